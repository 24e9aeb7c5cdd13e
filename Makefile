# innodraft developer entry points. On a fresh Debian/Ubuntu machine:
#   make run    set everything up, start the app on the bundled example project
#   make test   set everything up, run the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
EXAMPLE := out/example.innodraft

.PHONY: run test setup system-deps translations models lint-eval bench package-check clean help

help:
	@echo "make run | test | setup | translations | models | lint-eval | bench | package-check | clean"

system-deps:
	@.ci/system-deps.sh

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "innodraft needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e ".[test,build]"
	@touch $(STAMP)

setup: system-deps $(STAMP) translations

translations: $(STAMP)
	@if [ -f innodraft/gui/build_translations.py ]; then $(PY) -m innodraft.gui.build_translations; fi

models: $(STAMP)
	$(PY) -m innodraft.lint.build

run: setup
	@mkdir -p out
	@[ -f $(EXAMPLE) ] || $(VENV)/bin/innodraft new --example $(EXAMPLE)
	$(VENV)/bin/innodraft $(EXAMPLE)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint-eval: $(STAMP)
	../shared/tools/lint-eval ../shared/devset/requirements-dev.jsonl --cmd "$(VENV)/bin/innodraft"

bench: $(STAMP)
	@for script in benchmarks/*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

package-check: setup
	@.ci/system-deps.sh --full
	packaging/ci.sh

clean:
	rm -rf build dist out .pytest_cache
