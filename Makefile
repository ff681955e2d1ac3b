# The few verbs people type. `make demo` and `make test` work on a fresh machine with Python 3.11 and pip.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint serve bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	PREFECT_SERVER_ANALYTICS_ENABLED=false $(BIN)/summitwatch load seeds/
	$(BIN)/summitwatch summits
	$(BIN)/summitwatch members SCO
	$(BIN)/summitwatch attendees sco-astana-2024

test: $(STAMP)
	PREFECT_SERVER_ANALYTICS_ENABLED=false PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS=120 $(BIN)/python -m pytest -q

serve: $(STAMP)
	PREFECT_SERVER_ANALYTICS_ENABLED=false $(BIN)/summitwatch serve

lint: $(STAMP)
	$(BIN)/ruff check flows pipeline warehouse tests bench

bench: $(STAMP)
	PREFECT_SERVER_ANALYTICS_ENABLED=false $(BIN)/python -m bench.run --size $(or $(SIZE),small)

clean:
	rm -rf $(VENV) data build *.egg-info
