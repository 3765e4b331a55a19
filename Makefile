# marsad: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
DB     ?= marsad.db

.PHONY: run serve test bench bench-store lint eval clean install install-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## run: install, extract the example articles shipped in the package into out/examples.jsonl, store them
## in the embedded SQLite database $(DB) (a second run adds nothing) and list the stored events
run: $(VENV)/.installed
	$(BIN)/marsad extract --examples --summary --output out/examples.jsonl
	$(BIN)/marsad ingest --examples --db $(DB)
	$(BIN)/marsad events --db $(DB) --limit 10

## serve: the web dashboard and REST API over $(DB) at http://127.0.0.1:8000/ (run `make run` first)
serve: $(VENV)/.installed
	$(BIN)/marsad serve --db $(DB)

## test: install dev dependencies and run the whole test suite
test: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

## bench: end-to-end speed and memory on the SaudiNewsNet corpus (needs ../shared)
bench: $(VENV)/.installed
	@if [ -d "$(SHARED)/corpora/saudinewsnet" ]; then \
	  $(BIN)/marsad bench $(SHARED)/corpora/saudinewsnet; \
	else echo "bench: $(SHARED)/corpora/saudinewsnet not found; run: marsad bench PATH"; exit 1; fi

## bench-store: extract vs ingest time on the SaudiNewsNet corpus, and a second ingest (needs ../shared)
bench-store: $(VENV)/.installed
	$(BIN)/python tools/bench_store.py $(SHARED)/corpora/saudinewsnet

## eval: score marsad on the canonical example and the development gold sets (needs ../shared)
eval: $(VENV)/.installed
	@for gold in $(SHARED)/examples/kyrgyzstan-commentary/gold.json $(SHARED)/eval/diplomacy/dev.jsonl \
	    $(SHARED)/eval/arabic_event_gsr/spans_dev.jsonl $(SHARED)/eval/arabic_event_gsr/detection_dev.jsonl; do \
	  if [ -f "$$gold" ]; then $(BIN)/marsad -q eval --gold "$$gold" | tail -n 1; \
	  else echo "eval: $$gold not found"; fi; \
	done

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out build $(DB) $(DB)-wal $(DB)-shm *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
