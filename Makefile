# Set-up and everyday commands.  Everything runs inside .venv (created on first use).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site test test-fast serve build check bench bench-speed clean-site

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/briefing build

build: site

test: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m pytest -q

# Unit tests only (no browser, serve, whole builds, site builds or benchmark data): under ~30 s.
test-fast: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m pytest -q -m "not slow"

serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/briefing serve

check: $(STAMP)
	$(BIN)/briefing check

bench: $(STAMP)
	$(BIN)/python benchmarks/clean_bench.py
	$(BIN)/python benchmarks/quotes_bench.py
	$(BIN)/python benchmarks/facts_bench.py
	$(BIN)/python benchmarks/facts_news_bench.py
	$(BIN)/python benchmarks/consolidate_bench.py

bench-speed: $(STAMP)
	$(BIN)/python benchmarks/build_bench.py 10 100 1000
	$(BIN)/python benchmarks/site_bench.py
	$(BIN)/python benchmarks/store_bench.py

clean-site:
	rm -rf site docs
