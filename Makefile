# The one entry point. `make run` and `make test` do all set-up on a fresh Debian machine.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     ?= indicators.duckdb
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint setup system-deps etl bench bench-quick bench-editors clean help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/ —/'

# The app is served as deploy/serve.py does it: nginx on port 8501 sends Streamlit's front end and
# passes the rest to one Streamlit process on 127.0.0.1:8502 (ten people opening the dashboard for
# the first time at once: docs/performance.md). Streamlit alone: .venv/bin/streamlit run app.py
run: setup $(DB)  ## set up, build the database if missing, start the app (http://localhost:8501/)
	$(PY) deploy/serve.py --listen 8501 --port 8502

# The suite runs on two worker processes (pytest-xdist): its browser, OCR and server tests spend most of their time
# waiting, and two workers bring a clean clone's run from about 18 to about 13 minutes on a 2-core machine. Every test
# uses its own temporary folder and free ports, and each worker starts its own PostgreSQL server; the browser tests
# keep to one worker (tests/conftest.py, BROWSER_MODULES), so two browsers never run at once. TEST_WORKERS=0 runs
# it in one process (`make test TEST_WORKERS=0`); one file or test: .venv/bin/python -m pytest tests/test_x.py.
TEST_WORKERS ?= 2
test: setup lint  ## set up, check the layering and the lint, then run the whole test suite
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup

# The layering (etl → tracking → outputs → dashboard → pages, contracts in pyproject.toml) and ruff.
lint: setup  ## import-linter's layer contracts and ruff
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/ruff check .

setup: system-deps $(STAMP)  ## venv + packages + system packages (idempotent)

# Debian packages the app and the tests need: Chromium (PNG export through kaleido, browser
# tests through Playwright), CJK fonts (Chinese in server-made images) and nginx (`make run` serves
# through it, deploy/serve.py; tests and benchmarks start it with their own config on free ports;
# on a machine with systemd, Debian also starts its default site on port 80: `systemctl disable
# --now nginx` if that is unwanted).
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' \
			|| ! { command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx; }; then \
		echo "Installing chromium, fonts-noto-cjk and nginx-light (Debian packages)…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-noto-cjk fontconfig nginx-light >/dev/null; \
	fi
	@# Tesseract with its Simplified Chinese model: the second OCR engine (docs/ocr.md); the default,
	@# RapidOCR, comes from requirements.txt with its models.
	@if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then \
		echo "Installing tesseract-ocr and tesseract-ocr-chi-sim (Debian packages)…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq tesseract-ocr tesseract-ocr-chi-sim >/dev/null; \
	fi
	@# PostgreSQL 15 (initdb, pg_ctl): the tests of the officials' store start a throw-away server
	@# from it in a temporary folder, as an unprivileged user (tests/pgserver.py, docs/postgres.md).
	@if ! test -x /usr/lib/postgresql/15/bin/initdb; then \
		echo "Installing postgresql (Debian package)…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq postgresql >/dev/null; \
	fi

# The pinned packages, then the project itself in editable mode (pyproject.toml): `import etl`,
# `pytest` and `python -m etl` work from any folder, with no sys.path edits.
$(STAMP): requirements.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps -e .
	@touch $@

$(DB):
	$(PY) -m etl build --db $(DB)

etl: setup  ## rebuild the database from data/sources
	$(PY) -m etl build --db $(DB)

bench-quick: setup  ## the five-source benchmark rows (≈1 min)
	$(PY) bench/run.py --quick

bench: setup  ## the full benchmark (province scale)
	$(PY) bench/run.py

# Issue 17: 200 editors saving at once — PostgreSQL with 2 app servers (and one killed) beside DuckDB (docs/scaling.md)
bench-editors: setup  ## the 200-editors save benchmark (≈2 min)
	$(PY) bench/editors.py

clean:  ## remove the venv and build outputs (never reported.duckdb)
	rm -rf $(VENV) $(DB) .pytest_cache
