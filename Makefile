# The two commands that matter: `make run` and `make test`. `make help` lists all.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PG_HOST ?= 127.0.0.1
PG_PORT ?= 5432
TEST_DATABASE_URL ?= postgres://postgres@$(PG_HOST):$(PG_PORT)/network_site
# Production settings, except plain HTTP on the test server.
# pytest-xdist: a worker per core, a whole test file to each.
PARALLEL := -n 2 --dist loadfile
TEST_ENV := DATABASE_URL=$(TEST_DATABASE_URL) SECRET_KEY=test-only DEBUG=0 \
	ALLOWED_HOSTS=testserver,127.0.0.1,localhost SECURE_SSL_REDIRECT=0

.DEFAULT_GOAL := help
.PHONY: help run test test-fast audit bench lint fmt check postgres chromium catalogues messages

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

catalogues: $(BIN)/.installed ## Compile the translations in locale/ (the .mo files Django reads)
	@if ls locale/*/LC_MESSAGES/django.po >/dev/null 2>&1; then \
	  $(BIN)/pybabel -q compile -d locale -D django; fi

messages: $(BIN)/.installed ## After changing the interface's words: extract them, update every catalogue
	$(BIN)/pybabel -q extract -F babel.cfg --add-location=file --sort-by-file \
	  -k gettext_lazy -k ngettext_lazy:1,2 -k pgettext_lazy:1c,2 -o locale/django.pot .
	@if ls locale/*/LC_MESSAGES/django.po >/dev/null 2>&1; then \
	  $(BIN)/pybabel -q update -i locale/django.pot -d locale -D django --ignore-obsolete; fi

run: $(BIN)/.installed catalogues ## Try the site: SQLite, demo content, http://127.0.0.1:8000
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py migrate --noinput
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py load_demo_content
	@# Email alerts: with no EMAIL_HOST, each message is printed here within 15 seconds.
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py send_alerts --every 15 & \
	  trap 'kill $$! 2>/dev/null' EXIT; \
	  DEBUG=$${DEBUG:-1} $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

postgres: ## Start the local PostgreSQL when it is down
	@pg_isready -q -h $(PG_HOST) -p $(PG_PORT) || { \
	  echo "Starting PostgreSQL"; \
	  pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql | sort -V | tail -n 1) main start; \
	  for i in $$(seq 1 30); do pg_isready -q -h $(PG_HOST) -p $(PG_PORT) && break; sleep 1; done; \
	  pg_isready -h $(PG_HOST) -p $(PG_PORT); }

chromium: ## Install Debian's chromium for the browser tests when missing
	@test -x /usr/bin/chromium || { \
	  echo "Installing chromium"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; }

test: $(BIN)/.installed catalogues postgres chromium audit ## Run the whole suite on PostgreSQL
	$(TEST_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	@# Two at a time, each worker on its own test database: first the tests that leave
	@# the demo library as they found it, then those that empty it after themselves,
	@# then one at a time those that restart PostgreSQL or time other processes (pytest.ini).
	$(TEST_ENV) $(BIN)/pytest $(PARALLEL) -m "not flushes and not alone"
	$(TEST_ENV) $(BIN)/pytest $(PARALLEL) -m "flushes and not alone"
	$(TEST_ENV) $(BIN)/pytest -m alone

test-fast: $(BIN)/.installed catalogues postgres ## The edit loop: the suite without browsers and real processes
	$(TEST_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(TEST_ENV) $(BIN)/pytest $(PARALLEL) -m "not slow and not flushes" --ignore=tests/browser
	$(TEST_ENV) $(BIN)/pytest $(PARALLEL) -m "not slow and flushes" --ignore=tests/browser

audit: $(BIN)/.installed ## Fail on a known vulnerability in an installed dependency
	@# Exits non-zero on any known vulnerability. Where the advisory service cannot be
	@# reached it can only list what it skipped, so say so plainly.
	set -o pipefail; $(BIN)/pip-audit --progress-spinner off --skip-editable 2>&1 | tee .audit.log
	@! grep -q "could not be audited" .audit.log || \
	  echo "WARNING: pip-audit could not reach its advisory service; the packages above were not checked."
	@rm -f .audit.log

bench: $(BIN)/.installed postgres ## Benchmarks: serving under load, search, and the alert forms
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python bench/serve.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/alert_forms.py

lint: $(BIN)/.installed ## Ruff: lint and check formatting
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: $(BIN)/.installed ## Ruff: fix what it can and format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: $(BIN)/.installed ## Django's deploy checks and missing migrations
	DEBUG=0 SECRET_KEY=$${SECRET_KEY:-check-only-$$(head -c 32 /dev/urandom | base64 | tr -dc A-Za-z0-9)} \
	  ALLOWED_HOSTS=$${ALLOWED_HOSTS:-example.org} $(BIN)/python manage.py check --deploy
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run
