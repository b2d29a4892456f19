# astro-airflow: every target installs what it needs into .venv itself, idempotently.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-16)
AIRFLOW ?= 2
PYTEST_ARGS ?=

.PHONY: help venv generate check-generated regenerate lint docs docs-serve test demo bench build clean

help:
	@echo "make demo                 a real local Airflow, driven by the client (AIRFLOW=2|3)"
	@echo "make test                 lint + check-generated + the whole test suite (real Airflow 2 and 3)"
	@echo "make generate             fetch specs if needed -> patch -> generate into generated/"
	@echo "make check-generated      fail with a diff if generated/ is not what the generator makes"
	@echo "make regenerate AIRFLOW_V1=2.x.y AIRFLOW_V2=3.x.y   move the pins and regenerate, all or nothing: patch table, API diff, verdict"
	@echo "make lint                 ruff + mypy --strict on facade/ and tests/typing/"
	@echo "make bench                benchmarks, side by side, ratios"
	@echo "make docs                 the documentation site into site/ (strict: any warning fails)"
	@echo "make docs-serve           the documentation site at http://127.0.0.1:8000, rebuilt on change"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required (found %s)" % sys.version.split()[0])'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

venv: $(STAMP)

generate: venv
	$(PY) scripts/generate.py

check-generated: venv
	$(PY) scripts/generate.py --check

regenerate: venv
	$(PY) scripts/regenerate.py $(if $(AIRFLOW_V1),--v1 $(AIRFLOW_V1)) $(if $(AIRFLOW_V2),--v2 $(AIRFLOW_V2))

lint: venv
	$(VENV)/bin/ruff check facade scripts tests
	$(VENV)/bin/ruff format --check facade scripts tests
	$(VENV)/bin/mypy --strict facade/astro_airflow tests/typing

# the reference is read from facade/ (mkdocs.yml `paths`) and the CLI hook imports facade/: this tree, whatever is installed
DOCS_ENV := NO_MKDOCS_2_WARNING=1 PYTHONPATH=facade:generated

docs: venv
	$(DOCS_ENV) $(VENV)/bin/mkdocs build --strict

docs-serve: venv
	$(DOCS_ENV) $(VENV)/bin/mkdocs serve --strict

test: lint check-generated docs
	$(PY) -m pytest $(PYTEST_ARGS)

demo: venv
	$(PY) scripts/demo.py --airflow $(AIRFLOW)

bench: venv
	$(PY) bench/run.py

build: venv
	rm -rf dist && $(PY) -m build --outdir dist .

clean:
	rm -rf $(VENV) dist build site .mypy_cache .ruff_cache .pytest_cache
