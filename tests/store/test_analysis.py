"""Alignment, dyad series and networks as pure functions over event records (no database)."""

from __future__ import annotations

from typing import Any

from marsad.analysis.alignment import alignment_report, kind_of, period_of
from marsad.analysis.dyads import dyad_series, network
from marsad.analysis.merge import ClusterIndex, Report, sentence_words


def ev(i: int, actor: list[str], recipient: list[str], quad: int, *, polarity: str = "asserted", aux: str = "actual",
       day: str | None = "2024-01-10", cluster: int | None = None, type_: str = "CONSULT") -> dict[str, Any]:
    return {"id": i, "cluster_id": cluster if cluster is not None else 1000 + i, "document": f"d{i}",
            "type": type_, "cameo": "040", "quad_class": quad, "score": 1.0 if quad < 3 else -4.0,
            "actor": actor, "recipient": recipient, "polarity": polarity, "aux": aux, "attribution": "reported",
            "day": day, "trigger_text": "t", "sentence_text": f"sentence {i}", "gloss_en": f"gloss {i}"}


def test_kinds() -> None:
    assert kind_of(ev(1, ["A"], ["B"], 1)) == "cooperation"
    assert kind_of(ev(1, ["A"], ["B"], 2, polarity="negated")) == "withheld"
    assert kind_of(ev(1, ["A"], ["B"], 4)) == "conflict"
    assert kind_of(ev(1, ["A"], ["B"], 4, polarity="negated")) == "not counted"
    assert kind_of(ev(1, ["A"], ["B"], 1, aux="hypothetical")) == "not counted"


def test_periods() -> None:
    assert period_of("2024-01-10", "month") == "2024-01"
    assert period_of("2024-01-10", "week") == "2024-W02"
    assert period_of("2024-01", "week") == "undated"
    assert period_of("1990", "month") == "undated"
    assert period_of(None, None) == "all"


def test_alignment_balance_direction_and_repeats() -> None:
    events = [
        ev(1, ["KGZ:GOV"], ["RUS:GOV"], 1, polarity="negated"),        # withheld: a skipped meeting
        ev(2, ["RUS"], ["KGZ"], 3),                                    # conflict toward the focal actor
        ev(3, ["KGZ"], ["USA"], 2),
        ev(4, ["KGZ"], ["USA"], 2, cluster=1003),                      # a repeat of event 3: counted once
        ev(5, ["KGZ", "CHN"], [], 1),                                  # joint action
        ev(6, ["TJK"], ["UZB"], 4),                                    # not about the focal actor
    ]
    report = alignment_report(events, "KGZ", ["RUS", "USA", "CHN", "UZB"])
    rows = {r["code"]: r for r in report["counterparts"]}
    assert rows["RUS"]["total"] == {"cooperation": 0, "withheld": 1, "conflict": 1, "balance": -2}
    assert rows["RUS"]["directions"]["in"]["conflict"] == 1 and rows["RUS"]["directions"]["out"]["withheld"] == 1
    assert rows["USA"]["total"]["cooperation"] == 1 and len(rows["USA"]["evidence"]) == 2
    assert [e["counted"] for e in rows["USA"]["evidence"]] == [True, False]
    assert rows["CHN"]["directions"]["joint"]["cooperation"] == 1
    assert rows["UZB"]["verdict"] == "no clear change" and not rows["UZB"]["evidence"]
    assert report["answer"].startswith("Kyrgyzstan is withdrawing cooperation from Russia and building it with")
    assert "No clear change with Uzbekistan" in report["answer"]


def test_alignment_change_between_periods() -> None:
    events = [ev(1, ["KGZ"], ["RUS"], 1, day="2022-01-05"), ev(2, ["KGZ"], ["RUS"], 1, day="2022-01-20"),
              ev(3, ["KGZ"], ["RUS"], 3, day="2022-10-02")]
    row = alignment_report(events, "KGZ", ["RUS"], by="month")["counterparts"][0]
    assert [p["period"] for p in row["periods"]] == ["2022-01", "2022-10"]
    assert row["change"] == -3  # +2 in January, -1 in October


def test_dyad_series_and_network() -> None:
    events = [ev(1, ["SAU"], ["YEM"], 4, day="2015-04-01"), ev(2, ["SAU"], ["YEM"], 4, day="2015-04-02", cluster=1001),
              ev(3, ["YEM"], ["SAU"], 3, day="2015-05-01"), ev(4, ["SAU"], ["USA"], 1, day="2015-05-03")]
    rows = dyad_series(events, "SAU", "YEM", by="month")
    assert rows == [
        {"period": "2015-04", "direction": "SAU->YEM", "quad1": 0, "quad2": 0, "quad3": 0, "quad4": 1, "events": 1,
         "mentions": 2, "mean_score": -4.0},
        {"period": "2015-05", "direction": "YEM->SAU", "quad1": 0, "quad2": 0, "quad3": 1, "quad4": 0, "events": 1,
         "mentions": 1, "mean_score": -4.0},
    ]
    assert len(dyad_series(events, "SAU", "YEM", both_directions=False)) == 1
    net = {r["code"]: r for r in network(events, "SAU")}
    assert net["YEM"]["events"] == 2 and net["YEM"]["out"] == 1 and net["YEM"]["in"] == 1
    assert net["USA"]["cooperation"] == 1


def _report(actors: set[str], recipients: set[str], day: str | None, text: str, doc: int, cameo: str = "057") -> Report:
    return Report("AGREE", "asserted", "actual", cameo, frozenset(actors), frozenset(recipients), day,
                  sentence_words(text), doc)


def test_merging_rules() -> None:
    index = ClusterIndex()
    a = index.assign(_report({"RUS", "TUR"}, set(), "2024-05-02", "وقعت روسيا وتركيا اتفاقية", 1))
    assert index.assign(_report({"TUR"}, {"RUS"}, "2024-05-04", "وقعت تركيا مع روسيا اتفاقية", 2)) is a
    assert index.assign(_report({"TUR"}, {"IRN"}, "2024-05-02", "وقعت تركيا مع إيران اتفاقية", 3)) is not a
    assert index.assign(_report({"RUS"}, set(), "2024-05-30", "وقعت روسيا اتفاقية", 4)) is not a
    # different CAMEO code and different wording: another event
    assert index.assign(_report({"RUS"}, set(), "2024-05-02", "وافقت موسكو على الهدنة", 5, cameo="030")) is not a
    # no day: merges only within its own document
    b = index.assign(_report({"EGY"}, set(), None, "اتفقت مصر", 6))
    assert index.assign(_report({"EGY"}, set(), None, "اتفقت مصر", 6)) is b
    assert index.assign(_report({"EGY"}, set(), None, "اتفقت مصر", 7)) is not b
    # no actor: never merged
    assert index.assign(_report(set(), {"EGY"}, "2024-05-02", "x", 8)) is not index.assign(
        _report(set(), {"EGY"}, "2024-05-02", "x", 8))
