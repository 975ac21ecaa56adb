# Two commands set everything up on a fresh machine:
#   make run    creates .venv, installs clausecheck, checks the bundled example contract
#   make test   creates .venv with the test extras and runs the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EXAMPLE := examples/procurement-draft.docx

.PHONY: run test lint bench accuracy clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/clausecheck check $(EXAMPLE) --fail-on never

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/speed.py

accuracy: $(VENV)/.installed
	$(BIN)/python benchmarks/accuracy.py ../shared/corpus/labelled/docs

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis
