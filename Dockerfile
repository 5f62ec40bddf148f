# The one image behind web, worker, beat and migrate in docker-compose.yml.
FROM python:3.11-slim

# PYTHONPATH: run the code from /app, not the copy `pip install .` puts in site-packages; that
# wheel carries no templates or static files, and BASE_DIR (hence var/static) must be /app.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PYTHONPATH=/app

RUN groupadd --system app && useradd --system --gid app --no-create-home --home-dir /app app

WORKDIR /app
# Only what the application needs: never .env, .venv, var/ or .git from the build context.
COPY pyproject.toml manage.py ./
COPY config ./config
COPY claims ./claims
COPY tracker ./tracker
# Project-wide templates (the language switcher, the lockout page) and the compiled French
# catalogue (locale/fr/LC_MESSAGES/django.mo, committed: no gettext tools needed here).
COPY templates ./templates
COPY locale ./locale
RUN pip install .

# Static files are baked into the image (whitenoise serves them). The key and the mail server are
# build-time dummies: collectstatic needs settings to load, and these values never reach a container.
RUN SECRET_KEY=collectstatic-at-build-time-only-not-used-at-runtime-0000000000 \
    ALLOWED_HOSTS=localhost EMAIL_URL=smtp://localhost:25 \
    python manage.py collectstatic --no-input

USER app
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
