# Two commands for a newcomer: `make run` and `make test`. Both build on `make install`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The install stamp is named after pyproject.toml's content rather than compared with it by
# time: a fresh checkout or a second worktree sharing this virtualenv has a newer file with
# the same dependencies, and re-installing would point the editable install at it.
PYPROJECT_SUM := $(shell cksum < pyproject.toml | cut -d' ' -f1)
STAMP := $(VENV)/.installed-$(PYPROJECT_SUM)
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes (pytest-xdist). `--dist load` hands tests out in pytest-django's order, so in
# each process the tests that truncate tables (transactional ones) still run after the others,
# which need the rows the data migrations made. TEST_WORKERS=0 runs everything in one process.
TEST_WORKERS ?= 2

.PHONY: install run test lint check-deploy clean messages

install: $(STAMP)

# Re-install only when the dependency list changes.
$(STAMP):
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py refresh_forecasts
	$(BIN)/python manage.py ensure_admin --login-file var/admin-login.txt
	$(BIN)/python -m config.run --host $(HOST) --port $(PORT)

test: install
	bash scripts/ensure-chromium.sh
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist load $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check-deploy: install
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=check-deploy-only-$$(date +%s)-not-a-real-secret-value-000000 \
		ALLOWED_HOSTS=pledgewatch.example.org EMAIL_URL=smtp+tls://alerts:check-deploy@smtp.example.org:587 \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) var .pytest_cache

# Refresh locale/fr/LC_MESSAGES/django.po from the code and templates, then compile the .mo
# (both committed). Needs GNU gettext (apt-get install gettext). See docs/translations.md.
messages: install
	$(BIN)/python manage.py makemessages --locale fr --no-obsolete --add-location file \
		--ignore '.venv/*' --ignore 'var/*' --ignore 'tests/*' --ignore 'bench/*' --ignore 'build/*'
	$(BIN)/python manage.py makemessages --domain djangojs --locale fr --no-obsolete \
		--add-location file --ignore '.venv/*' --ignore 'var/*' --ignore 'tests/*' \
		--ignore 'bench/*' --ignore 'build/*' --ignore 'staticfiles/*' --ignore '*.min.js'
	$(BIN)/python manage.py compilemessages --locale fr --ignore '.venv/*'
