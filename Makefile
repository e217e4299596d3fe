# One command per workflow. Each target creates .venv and installs what it needs.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SC := $(VENV)/bin/sourcecheck
TEXTS ?= sources/texts
DB ?= sourcecheck.db

.PHONY: demo test lint format bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

## demo: build sourcecheck.db from claims/ and sources/ (texts from TEXTS=DIR) and summarize it
demo: $(VENV)/.installed
	$(SC) import claims/ sources/ --texts $(TEXTS) --db $(DB)
	$(SC) verify --db $(DB)
	$(SC) source list --db $(DB)

## test: lint and run the whole test suite
test: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests bench

format: $(VENV)/.installed
	$(VENV)/bin/ruff format src tests bench
	$(VENV)/bin/ruff check --fix src tests bench

bench: $(VENV)/.installed
	$(PY) bench/bench_match.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
