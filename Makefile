# Newsroom: `make demo` sets everything up and runs the demo; `make test` sets
# everything up and runs the whole test suite. Both need only Python 3.11+ and make.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev

.PHONY: setup demo test test-fast lint format e2e bench bench-api bench-load schemathesis lock clean stack

$(STAMP): requirements/dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Newsroom needs Python 3.11 or newer; set PYTHON=python3.x")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/dev.txt
	@touch $(STAMP)

setup: $(STAMP)

demo: setup
	DEBUG=1 $(BIN)/python manage.py demo

# The production stack on this machine: gunicorn + WhiteNoise, local PostgreSQL and Redis
# (see docs/production.md). WORKERS, BIND, DB_NAME, DATABASE_URL, REDIS_URL override.
stack: setup
	VENV=$(VENV) scripts/run-stack.sh

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup lint
	DEBUG=0 NEWSROOM_ALLOW_DEV_KEY=1 $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

test-fast: setup
	$(BIN)/pytest -x -q -m "not e2e" $(PYTEST_ARGS)

e2e: setup
	$(BIN)/pytest -m e2e $(PYTEST_ARGS)

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/dates_heldout.py
	$(BIN)/python benchmarks/quotes.py
	$(BIN)/python benchmarks/linearity.py
	$(BIN)/python benchmarks/admin_page.py

# API benchmark: SQLite and PostgreSQL (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432)
# side by side, against a bare .values() view; builds and drops its own databases.
bench-api: setup
	$(BIN)/python benchmarks/api.py

# Schemathesis against the generated OpenAPI schema, more examples than in `make test`.
# Load test of gunicorn + PostgreSQL + Redis on loopback (locust), uncached and cached.
bench-load: setup
	$(BIN)/python benchmarks/load.py

schemathesis: setup
	SCHEMATHESIS_MAX_EXAMPLES=$${SCHEMATHESIS_MAX_EXAMPLES:-60} $(BIN)/pytest -q tests/test_api_schemathesis.py

lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -r requirements/base.in
	(echo "# Locked runtime set. Regenerate with \`make lock\` after editing base.in."; .lock-venv/bin/pip freeze) > requirements/base.txt
	.lock-venv/bin/pip install --quiet -r requirements/dev.in
	(echo "# Locked runtime + development set. Regenerate with \`make lock\` after editing dev.in."; .lock-venv/bin/pip freeze) > requirements/dev.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache
