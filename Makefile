# One command per workflow. Each target creates .venv and installs what it needs.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SC := $(VENV)/bin/sourcecheck
# Source texts: the development copies beside the checkout when they are there (read, never
# copied: they belong to others), else a folder of the user's own.
TEXTS ?= $(if $(wildcard ../shared/sources/*.txt),../shared/sources,sources/texts)
DB ?= sourcecheck.db

.PHONY: demo test chromium wordnet dictionaries lint format bench clean

# The demo needs sourcecheck alone; the tests add their tools (pytest, ruff, mypy, playwright...).
$(VENV)/.runtime: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed: $(VENV)/.runtime
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

## demo: build sourcecheck.db from claims/ and sources/ (texts from TEXTS=DIR, and downloaded
## when online) and summarize it
demo: $(VENV)/.runtime
	@$(MAKE) --no-print-directory wordnet || echo "demo: going on without WordNet" \
	  "(opposites from the curated table only)"
	@$(MAKE) --no-print-directory dictionaries || echo "demo: going on without FreeDict's" \
	  "dictionaries (words across languages paired by their vectors only)"
	$(SC) import claims/ sources/ --texts $(TEXTS) --db $(DB)
	@# Offline, or a site down: say what was not fetched and how to supply it, and go on
	@# (exit 6 is a failed download, 3 a download that is not usable text).
	@echo "$(SC) source fetch --db $(DB) --timeout 60 --connect-timeout 5"
	@$(SC) source fetch --db $(DB) --timeout 60 --connect-timeout 5 || case $$? in \
	  3|6) echo "demo: going on without those texts. Save each in a folder of your own," \
	       "DIR, under the name listed above (.txt, .html, .pdf or .epub as its format is)," \
	       "then run make demo TEXTS=DIR again." ;; \
	  *) exit 1 ;; esac
	$(SC) verify --db $(DB)
	$(SC) source list --db $(DB)
	$(SC) report --db $(DB) -o report.html
	$(SC) report --db $(DB) -o report.md
	@echo "demo: the report is in $(CURDIR)/report.html (open it in a browser) and $(CURDIR)/report.md;"
	@echo "demo: browse the database with: $(SC) serve --db $(DB) --open"

## test: lint, type-check and run the whole test suite (installs Debian's chromium for the browser tests)
test: $(VENV)/.installed chromium wordnet dictionaries
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest

## chromium: the browser tests drive Debian's /usr/bin/chromium (Playwright never downloads one)
chromium:
	@test -x /usr/bin/chromium || { apt-get update && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }

## wordnet: Princeton WordNet 3.0 from Debian's wordnet-base (/usr/share/wordnet), whose
## antonyms tell opposites beyond the curated table (matching/wordnet.py reads its files)
wordnet:
	@test -f /usr/share/wordnet/index.adj || test -f "$$WNSEARCHDIR/index.adj" || { \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wordnet-base; }

## dictionaries: FreeDict's German-English, English-German and English-Russian dictionaries
## and Mueller's English-Russian one (mueller7-dict: FreeDict's has 26 KB, matching/mueller.py)
## from Debian (/usr/share/dictd), which pair words and tell opposites across languages
## (matching/bilingual.py reads their files); with the venv there, their translations by
## headword are kept once in ~/.cache/sourcecheck (matching/dicttable.py; else on first use)
## FREEDICT_DIR names another folder: it must hold them (Debian installs into /usr/share/dictd
## only, so installing would not help); the target fails when a run would find none.
DICTD := $(or $(FREEDICT_DIR),/usr/share/dictd)
DICT_FILES := freedict-deu-eng.index freedict-eng-deu.index freedict-eng-rus.index \
  mueller7.index
dictionaries:
	@for f in $(DICT_FILES); do test -f "$(DICTD)/$$f" || missing="$$missing $$f"; done; \
	if [ -n "$$missing" ] && [ -n "$(FREEDICT_DIR)" ]; then \
	  echo "dictionaries: FREEDICT_DIR=$(FREEDICT_DIR) lacks$$missing (Debian's" \
	    "dict-freedict-* and mueller7-dict install into /usr/share/dictd: unset FREEDICT_DIR" \
	    "to use them)" >&2; \
	  exit 1; \
	elif [ -n "$$missing" ]; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y \
	    --no-install-recommends dict-freedict-deu-eng dict-freedict-eng-deu \
	    dict-freedict-eng-rus mueller7-dict || exit 1; \
	fi
	@test ! -x $(PY) || $(PY) -c "import sys; \
	  from sourcecheck.matching.bilingual import dictionaries; found = dictionaries(); \
	  print('dictionaries:', found); sys.exit(found == 'none')"

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

format: $(VENV)/.installed
	$(VENV)/bin/ruff format src tests bench
	$(VENV)/bin/ruff check --fix src tests bench

bench: $(VENV)/.installed
	$(PY) bench/bench_match.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache report.html report.md
