# Set-up and everyday commands.  Everything runs inside .venv (created on first use).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site test test-fast lint constraints serve build check bench bench-speed clean-site

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,dev]'
	touch $(STAMP)

site: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/briefing build

build: site

test: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m pytest -q

# ruff (pyflakes, pycodestyle, import order, bugbear) and mypy; config in pyproject.toml, versions pinned there.
lint: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/mypy

# Unit tests only (no browser, serve, whole builds, site builds or benchmark data), on every core
# (pytest-xdist): under ~30 s on 2 cores.  `make test` runs in one process: its slow tests time real builds.
test-fast: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m pytest -q -m "not slow" -n auto

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

# Re-pin: resolve pyproject.toml's ranges afresh in a throwaway venv and write every version to constraints.txt
# (then `make test` and commit it).  Installs (`make`, CI) use constraints.txt, so a new release of a library
# changes nothing until someone re-pins on purpose.
constraints:
	rm -rf .venv-pin && $(PYTHON) -m venv .venv-pin
	.venv-pin/bin/python -m pip install --quiet --upgrade pip
	.venv-pin/bin/python -m pip install --quiet -e '.[test,dev]'
	echo "# Every installed version, made by \`make constraints\` from pyproject.toml; used by \`make\`'s install step." > constraints.txt
	.venv-pin/bin/python -m pip freeze --exclude-editable >> constraints.txt
	rm -rf .venv-pin

clean-site:
	rm -rf site docs
