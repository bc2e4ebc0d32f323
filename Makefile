# The two commands: `make app` and `make test`. Both set everything up on a fresh
# machine that has only python3 (the venv, the packages, and for tests the browser,
# PostgreSQL and Label Studio through scripts/setup_test_services.sh).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: app test lint setup test-services clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch comes from the machine's local wheel cache; installing it first keeps pip
	# from resolving a different build for the packages that depend on it.
	$(BIN)/pip install --quiet torch==2.14.1 torchvision==0.29.1
	$(BIN)/pip install --quiet -e ".[dev,ray]"
	touch $(STAMP)

app: $(STAMP)
	$(BIN)/gridclip app

test-services:
	bash scripts/setup_test_services.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: $(STAMP) test-services lint
	$(BIN)/python -m pytest -ra $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .venv-ls .pytest_cache test-artifacts
