from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.model import Document, Failure
from marsad.read.decode import decode_bytes
from marsad.read.readers import ReadOptions, read_inputs

ARTICLE = "ذكرت وكالة الأنباء أن وزير الخارجية العُماني التقى نظيره الإيراني في مسقط يوم الأحد."
SECOND = "أعلنت وزارة الدفاع القرغيزية إلغاء مناورات مشتركة مع طاجيكستان."


def docs(items):
    return [i for i in items if isinstance(i, Document)]


def fails(items):
    return [i for i in items if isinstance(i, Failure)]


@pytest.mark.parametrize(
    ("encoding", "data_of", "expected_encoding"),
    [
        ("utf-8", lambda t: t.encode("utf-8"), "utf-8"),
        ("utf-8-sig", lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
        ("utf-16", lambda t: t.encode("utf-16"), "utf-16"),
        ("utf-16-le no BOM", lambda t: t.encode("utf-16-le"), "utf-16-le"),
        ("utf-16-be no BOM", lambda t: t.encode("utf-16-be"), "utf-16-be"),
        ("cp1256", lambda t: t.encode("cp1256"), "cp1256"),
    ],
)
def test_encodings_are_detected(encoding: str, data_of, expected_encoding: str) -> None:
    text = ARTICLE.replace("ُ", "")  # cp1256 has no damma above at every position; keep the test honest
    decoded = decode_bytes(data_of(text))
    assert decoded.text == text
    assert decoded.encoding == expected_encoding
    if expected_encoding == "cp1256":
        assert decoded.warning and "Windows-1256" in decoded.warning


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_text"),
        (b"%PDF-1.7\n%\xe2\xe3", "not_text"),
        (bytes(range(256)) * 4, "not_text"),
        (b"caf\xe9 au lait, tr\xe8s bien, d\xe9j\xe0 vu" * 3, "bad_encoding"),
    ],
)
def test_binary_and_unknown_encodings_are_refused(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, "x.bin")
    assert info.value.code == code
    assert "x.bin" in str(info.value)


def test_txt_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    [doc] = list(read_inputs([p]))
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE
    assert doc.source == str(p)
    assert len(doc.id) == 16  # content hash when the input has no id
    [again] = list(read_inputs([p]))
    assert again.id == doc.id


def test_cp1256_file_warns_but_reads(tmp_path: Path) -> None:
    p = tmp_path / "legacy.txt"
    p.write_bytes(SECOND.encode("cp1256"))
    [doc] = list(read_inputs([p]))
    assert isinstance(doc, Document) and doc.text == SECOND
    assert any("Windows-1256" in w for w in doc.warnings)


def test_jsonl_with_bad_lines_goes_on(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE, "date": "2025-03-11", "title": "لقاء", "source": "wire",
                    "url": "http://example.org/1", "author": "مسقط: سلمى"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a3", "title": "no text"}, ensure_ascii=False),
        "",
        json.dumps({"id": "a5", "text": "   "}, ensure_ascii=False),
        json.dumps(["a list"]),
        json.dumps({"id": 6, "content": SECOND, "date_extracted": "2015-07-21 02:51:32"}, ensure_ascii=False),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([p]))
    good = docs(items)
    bad = fails(items)
    assert [d.id for d in good] == ["a1", "6"]
    assert good[0].date == "2025-03-11" and good[0].title == "لقاء" and good[0].outlet == "wire"
    assert good[0].url == "http://example.org/1" and good[0].author == "مسقط: سلمى"
    assert good[1].text == SECOND and good[1].date == "2015-07-21"
    assert [(f.source.rsplit("#", 1)[1], f.code) for f in bad] == [
        ("2", "bad_json"), ("3", "missing_text"), ("5", "empty"), ("6", "bad_record")]


def test_json_array_with_content_and_date_extracted(tmp_path: Path) -> None:
    p = tmp_path / "day.json"
    p.write_text(json.dumps([
        {"source": "aawsat", "date_extracted": "2015-07-21 02:51:32", "title": "عنوان", "author": "لندن: فلان",
         "content": ARTICLE, "url": "http://x"},
        {"source": "spa", "title": "بلا نص"},
    ], ensure_ascii=False), encoding="utf-8")
    items = list(read_inputs([p]))
    assert isinstance(items[0], Document) and items[0].date == "2015-07-21" and items[0].outlet == "aawsat"
    assert isinstance(items[1], Failure) and items[1].code == "missing_text" and items[1].source.endswith("#1")


def test_malformed_json_file(tmp_path: Path) -> None:
    p = tmp_path / "broken.json"
    p.write_text('[{"text": "نص"', encoding="utf-8")
    [f] = list(read_inputs([p]))
    assert isinstance(f, Failure) and f.code == "bad_json" and "line 1" in f.message


def test_html_main_text(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>لقاء في مسقط</title></head><body><nav>الرئيسية | اتصل بنا</nav>"
        f"<article><h1>لقاء في مسقط</h1><p>{ARTICLE}</p><p>{SECOND}</p></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>", encoding="utf-8")
    [doc] = list(read_inputs([p]))
    assert isinstance(doc, Document)
    assert ARTICLE in doc.text and SECOND in doc.text
    assert "اتصل بنا" not in doc.text
    assert doc.title == "لقاء في مسقط"


def test_directory_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c", "text": SECOND}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# not an input", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert [Path(i.source.split("#")[0]).name for i in items] == ["a.txt", "2.txt", "c.jsonl"]


def test_zip_members(tmp_path: Path) -> None:
    p = tmp_path / "day.zip"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("day.json", json.dumps([{"content": ARTICLE}, {"content": SECOND}], ensure_ascii=False))
        z.writestr("img.png", b"\x89PNG")
    items = list(read_inputs([p]))
    assert [i.text for i in items] == [ARTICLE, SECOND]
    assert items[0].source.endswith("day.zip!day.json#0")


@pytest.mark.parametrize(
    ("payload", "n_docs"),
    [
        (ARTICLE.encode(), 1),
        ((json.dumps({"id": "s1", "text": ARTICLE}, ensure_ascii=False) + "\n"
          + json.dumps({"id": "s2", "text": SECOND}, ensure_ascii=False)).encode(), 2),
        (json.dumps([{"text": ARTICLE}], ensure_ascii=False).encode(), 1),
    ],
)
def test_stdin_is_sniffed(payload: bytes, n_docs: int) -> None:
    items = list(read_inputs(["-"], stdin=io.BytesIO(payload)))
    assert len(docs(items)) == n_docs and not fails(items)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00binary", "not_text"),
        ("latin1.txt", "déjà vu, très café crème, naïve façade".encode("latin-1"), "bad_encoding"),
    ],
)
def test_bad_files_become_failures_and_batch_goes_on(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "z_good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    items = list(read_inputs([bad, good]))
    assert isinstance(items[0], Failure) and items[0].code == code and items[0].source == str(bad)
    assert isinstance(items[1], Document) and items[1].text == ARTICLE


def test_size_limit(tmp_path: Path) -> None:
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"id": "big", "text": ARTICLE * 50}, ensure_ascii=False) + "\n"
                 + json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    items = list(read_inputs([p], ReadOptions(max_bytes=2000)))
    assert isinstance(items[0], Failure) and items[0].code == "too_large" and "2,000" in items[0].message
    assert isinstance(items[1], Document) and items[1].id == "ok"


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    [f] = list(read_inputs([tmp_path / "nope.txt"]))
    assert isinstance(f, Failure) and f.code == "not_found"


def test_utf16_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "w.jsonl"
    p.write_bytes((json.dumps({"id": "u", "text": SECOND}, ensure_ascii=False) + "\n").encode("utf-16"))
    [doc] = list(read_inputs([p]))
    assert isinstance(doc, Document) and doc.text == SECOND
