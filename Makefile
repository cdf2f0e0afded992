# palimpsest — `make run` sets everything up and runs the main job; `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SAMPLE := sample
ARCHIVE ?= archive

.PHONY: install system run test lint bench clean-archive

install: system $(STAMP)

system:
	@bash scripts/install-system.sh

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

run: install
	$(BIN)/palimpsest sample $(SAMPLE)
	$(BIN)/palimpsest ingest $(SAMPLE)/collection --archive $(ARCHIVE)
	$(BIN)/palimpsest list --archive $(ARCHIVE)
	$(BIN)/palimpsest search '"communist party"' --archive $(ARCHIVE)

test: install lint
	OMP_THREAD_LIMIT=1 $(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

bench: install
	OMP_THREAD_LIMIT=1 $(BIN)/python bench/run.py

clean-archive:
	rm -rf $(ARCHIVE) $(SAMPLE)
