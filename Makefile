# The two entry points of the README: `make run` and `make test`. Both create or
# refresh the virtualenv in .venv/ from the pinned lock file (PyPI only).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test install system-deps lint lock bench clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

## Install and run the gateway on the embedded default (maildir upstream in ./var/outbox).
run: install
	$(BIN)/dlp-gateway serve

## Install everything and run the whole test suite (lint included).
test: install system-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

## Debian tools the tests use (swaks, prometheus/promtool); skipped tests say so when absent.
system-deps:
	@sh deploy/dev/system-deps.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Re-pin: resolve pyproject's dependencies (with test extras) into requirements.lock.
lock:
	rm -rf .venv-lock && $(PY) -m venv .venv-lock
	.venv-lock/bin/python -m pip install -q --upgrade pip
	.venv-lock/bin/python -m pip install -q -e '.[test]'
	.venv-lock/bin/python -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock
	rm -rf .venv-lock dlp_gateway.egg-info

bench: install
	$(BIN)/python bench/relay.py
	$(BIN)/python bench/scan.py
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) var .pytest_cache
