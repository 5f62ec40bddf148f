"""Settings shared by every environment, read from the environment (django-environ).

The defaults are the embedded ones `make run` uses: SQLite and a filesystem broker
under var/, so a newcomer needs no database or broker server.
"""

import datetime as dt
from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")  # optional; a missing file is ignored

DEBUG = env.bool("DEBUG", default=False)
# A development-only key; production.py demands SECRET_KEY from the environment.
SECRET_KEY = env("SECRET_KEY", default="insecure-development-key-set-SECRET_KEY-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "django_celery_beat",
    "simple_history",
    "pgtrigger",
    "corsheaders",
    # Content-Security-Policy (config.csp) and the admin login lockout.
    "csp",
    "axes",
    "claims",
    "tracker",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Early, so every answer gets a policy, those of the middleware below included.
    "config.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions and before common, as Django asks: the language from the switcher's
    # cookie, else Accept-Language.
    "django.middleware.locale.LocaleMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "config.middleware.PrivateWhenPersonalMiddleware",
    # Last, as django-axes requires: it answers a locked-out sign-in.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'pledgewatch.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL and a busy timeout let the web server, worker and beat share one SQLite file;
    # IMMEDIATE transactions take the write lock up front, which the status sweep relies on.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    # git ignores var/, so a fresh clone has none: make the file's folder before the first
    # connection does ("unable to open database file"). A file in memory needs none.
    if (name := str(DATABASES["default"]["NAME"])) != ":memory:" and not name.startswith("file:"):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

# django-axes first: it refuses a locked-out sign-in before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Public pages, e-mails, admin labels and API errors in English and French (docs/translations.md).
# The language: the switcher's cookie, else the browser's Accept-Language, else LANGUAGE_CODE.
# Each subscription keeps its own language for the e-mails it receives.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our own date formats per language (config/formats/<lang>/formats.py), ahead of Django's.
FORMAT_MODULE_PATH = ["config.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE", default="Europe/Paris")
# Deadlines are calendar dates; "today" for a claim is read in its own time zone, this by default.
CLAIMS_DEFAULT_TIMEZONE = env("CLAIMS_DEFAULT_TIMEZONE", default="Europe/Paris")
# Days after a deadline's end before an overdue claim counts as missed; per category overrides,
# e.g. GRACE_DAYS_BY_CATEGORY=certification=30,launch=14
CLAIMS_GRACE_DAYS = env.int("CLAIMS_GRACE_DAYS", default=7)
CLAIMS_GRACE_DAYS_BY_CATEGORY = {
    key: int(value) for key, value in env.dict("CLAIMS_GRACE_DAYS_BY_CATEGORY", default={}).items()
}

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Empty (as compose passes an unset variable) counts as unset: the console in development;
# production.py refuses to start without a real one.
EMAIL_URL = env("EMAIL_URL", default="")
EMAIL_CONFIG = environ.Env.email_url_config(EMAIL_URL or "consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Pledgewatch <alerts@localhost>")
# Seconds before an SMTP call gives up: well under the dispatch task's time limit, so a
# silent mail server fails the attempt instead of holding the alert's row lock.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Proxies in front of the site that append to X-Forwarded-For (a TLS proxy: 1). 0 = none, and
# the header is ignored: otherwise any client could pick its own address and dodge the
# throttles and the login lockout (config.clients). See docs/operations.md.
NUM_PROXIES = env.int("NUM_PROXIES", default=0)

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "claims.api.schema.AutoSchema",
    # Token first: an anonymous write is answered 401 with a WWW-Authenticate header. Failed
    # tokens are counted per client address and throttled (claims.api.authentication).
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.authentication.ThrottledTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # JSON with a nesting limit (claims.api.parsers); bodies over DATA_UPLOAD_MAX_MEMORY_SIZE
    # are answered 413 in the API's error shape.
    "DEFAULT_PARSER_CLASSES": [
        "claims.api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "NUM_PROXIES": NUM_PROXIES,
    # Deny by default: a new endpoint is closed until its view opts in to a permission.
    "DEFAULT_PERMISSION_CLASSES": ["claims.api.permissions.DenyAll"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_FILTER_BACKENDS": ["claims.api.filters.StrictFilterBackend"],
    # ?format= names a format the endpoint makes, or the answer says which ones it does.
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "claims.api.negotiation.FormatNegotiation",
    "DEFAULT_PAGINATION_CLASS": "claims.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    # Counters live in the default cache: Redis in production, so every worker shares them.
    "DEFAULT_THROTTLE_CLASSES": [
        "claims.api.throttles.AnonThrottle",
        "claims.api.throttles.UserThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("API_THROTTLE_ANON", default="300/minute"),
        "user": env("API_THROTTLE_USER", default="1200/minute"),
        # Requests with a wrong token, per client address; past it every token is refused.
        "auth_failure": env("API_THROTTLE_AUTH_FAILURES", default="20/hour"),
    },
    "EXCEPTION_HANDLER": "claims.api.errors.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Pledgewatch API",
    "DESCRIPTION": (
        "Dated vendor promises, their deadlines, statuses, lateness and slippage. Version 1 "
        "lives under /api/v1/, whose root lists every endpoint. Reading needs no credentials "
        "unless the deployment closes it; every write needs an editor, by token "
        "(Authorization: Token ...) or session. A PATCH sends the version of the claim it is "
        "based on; errors share one shape: {detail, errors}."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema and its docs are as open as the ledger itself (API_ANONYMOUS_READ).
    "SERVE_PERMISSIONS": ["claims.api.permissions.PublicRead"],
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "StatusEnum": "claims.models.Status",
        "CategoryEnum": "claims.models.Category",
        "OrganisationKindEnum": "claims.models.Organisation.Kind",
        "SourceKindEnum": "claims.models.Source.Kind",
        "EvidenceKindEnum": "claims.models.Evidence.Kind",
        "EvidenceStateEnum": "claims.models.Evidence.State",
        "OutcomeEnum": "claims.models.Outcome",
        "ReasonEnum": "claims.models.ReasonCode",
    },
    # Swagger UI from the project's own static files (drf-spectacular-sidecar): works offline.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}
INSTALLED_APPS += ["drf_spectacular_sidecar"]  # static files of the API docs (no CDN)
# Anonymous visitors may read the ledger (the public dashboard relies on it); off = sign-in to read.
API_ANONYMOUS_READ = env.bool("API_ANONYMOUS_READ", default=True)
# Deepest nesting of arrays and objects a JSON body may have; deeper ones get a 400.
API_JSON_MAX_DEPTH = env.int("API_JSON_MAX_DEPTH", default=32)
# Where the API lives: its answers carry Vary: Authorization, Cookie (config.middleware).
API_PATH_PREFIX = "/api/"
# Largest page a client may ask for with ?page_size=; larger asks are refused with a 400.
API_MAX_PAGE_SIZE = env.int("API_MAX_PAGE_SIZE", default=200)
# CORS is off unless origins are listed, e.g. CORS_ALLOWED_ORIGINS=https://newsroom.example
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/api/.*$"

# Celery: Redis when REDIS_URL is set, else kombu's filesystem transport under var/ (no server).
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL or "filesystem://")
# Redis re-delivers a message not acknowledged within this many seconds. Set once, here, for the
# broker and the result backend; it must exceed every countdown and retry delay the code uses
# (tracker.tasks.RETRY_BACKOFF_MAX), which a test checks.
CELERY_VISIBILITY_TIMEOUT = env.int("CELERY_VISIBILITY_TIMEOUT", default=60 * 60)
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
if CELERY_BROKER_URL.startswith("filesystem"):
    # kombu writes to and lists the message folder but makes none of its parents, so a fresh
    # clone gets both folders here (processed messages are not kept).
    for folder in ("broker", "broker-control"):
        (VAR_DIR / folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS.update(
        {
            "data_folder_in": str(VAR_DIR / "broker"),
            "data_folder_out": str(VAR_DIR / "broker"),
            "processed_folder": str(VAR_DIR / "broker-processed"),
            "control_folder": str(VAR_DIR / "broker-control"),
            "store_processed": False,
        }
    )
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_ENABLE_UTC = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# A task that outlives its limit is killed; each task also sets its own, shorter limits.
CELERY_TASK_TIME_LIMIT = 30 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 28 * 60
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# Alerts: how long an unsubscribe link stays valid (seconds).
TRACKER_UNSUBSCRIBE_MAX_AGE = env.int("TRACKER_UNSUBSCRIBE_MAX_AGE", default=180 * 24 * 60 * 60)
# Following a claim from its page (double opt-in): seconds the confirmation link stays valid,
# and follow requests allowed per client address per hour (more are answered 429).
TRACKER_FOLLOW_CONFIRM_MAX_AGE = env.int("TRACKER_FOLLOW_CONFIRM_MAX_AGE", default=3 * 24 * 60 * 60)
TRACKER_FOLLOW_REQUESTS_PER_HOUR = env.int("TRACKER_FOLLOW_REQUESTS_PER_HOUR", default=20)

# Outbound requests (config.http: feeds, articles). Hosts fetched even though they resolve to a
# private or loopback address, comma-separated: tests and a local demo only; the production
# settings refuse to start with it set. FEEDS_ALLOW_PRIVATE_HOSTS is its former name, still read.
OUTBOUND_ALLOW_PRIVATE_HOSTS = env.list(
    "OUTBOUND_ALLOW_PRIVATE_HOSTS", default=env.list("FEEDS_ALLOW_PRIVATE_HOSTS", default=[])
)
# Largest feed body, as sent and once decompressed (bytes); larger ones are aborted.
FEEDS_MAX_BYTES = env.int("FEEDS_MAX_BYTES", default=5 * 1024 * 1024)
# Seconds: the whole fetch (redirects included), and each connection or wait for data.
FEEDS_TIMEOUT = env.float("FEEDS_TIMEOUT", default=30.0)
FEEDS_CONNECT_TIMEOUT = env.float("FEEDS_CONNECT_TIMEOUT", default=10.0)
FEEDS_USER_AGENT = env("FEEDS_USER_AGENT", default=f"Pledgewatch/0.1 news watch (+{SITE_URL}/)")
# A news item becomes an evidence candidate for a claim at this score or above (0..1).
MATCH_THRESHOLD = env.float("MATCH_THRESHOLD", default=0.6)
# Flood control (tracker.services.news): an item whose title is nearly that of evidence already
# recorded for the same claim and kind within this many days adds no new candidate...
NEWS_DUPLICATE_WINDOW_DAYS = env.int("NEWS_DUPLICATE_WINDOW_DAYS", default=14)
# ...nearly meaning this similar (0..1, difflib's ratio of the folded titles).
NEWS_DUPLICATE_SIMILARITY = env.float("NEWS_DUPLICATE_SIMILARITY", default=0.85)
# New candidates at most per feed in one matching run, and per claim per day; the rest are held
# back, counted on the feed and marked on the item (0 = no cap).
NEWS_MAX_CANDIDATES_PER_FEED_RUN = env.int("NEWS_MAX_CANDIDATES_PER_FEED_RUN", default=20)
NEWS_MAX_CANDIDATES_PER_CLAIM_DAY = env.int("NEWS_MAX_CANDIDATES_PER_CLAIM_DAY", default=5)
# Items matched per transaction: a killed or timed-out run loses at most one batch's work.
NEWS_MATCH_BATCH = env.int("NEWS_MATCH_BATCH", default=200)

# Content-Security-Policy of HTML pages (config.csp gives every other answer default-src 'none').
# Scripts and styles only from our static files; style attributes (the admin's status colours)
# are allowed, inline <style> and <script> are not.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        # The nonce is sent only on pages that use it (a claim page's JSON-LD data block).
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
    },
}
# Pages that need more: Swagger UI (drf-spectacular) styles itself with an inline <style>.
CONTENT_SECURITY_POLICY_REPLACE_BY_PATH = {
    "/api/docs/": {"style-src": [SELF, UNSAFE_INLINE]},
}

# Admin sign-in lockout (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user
# name from one address, that pair is refused for AXES_COOLOFF_MINUTES (429, with a page that
# says so). Unlock sooner: manage.py axes_reset_username NAME (docs/security.md).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "config.clients.client_address"
AXES_LOCKOUT_CALLABLE = "config.lockout.locked_out"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
}

# ---------------------------------------------------------------------------------------
# Alert channels (tracker.services.channels): webhooks and Apprise URLs beside e-mail.
# Hosts that may be reached although private or loopback are OUTBOUND_ALLOW_PRIVATE_HOSTS,
# read where used with a default of [] (defined with the outbound client's settings).
# ---------------------------------------------------------------------------------------
# Fernet keys (Fernet.generate_key()), comma-separated, that seal channel secrets (Apprise URLs,
# webhook signing secrets); the first seals, every one unseals, so a new key goes first and the
# old one stays until `manage.py shell -c "from tracker.services import channel_secrets_reseal;
# channel_secrets_reseal()"` has run. Unset: one key derived from SECRET_KEY (development).
ALERT_CHANNEL_KEYS = env.list("ALERT_CHANNEL_KEYS", default=[])
# Webhook POSTs: total time (s, redirects included), each connection or wait, body read back.
ALERT_WEBHOOK_TIMEOUT = env.float("ALERT_WEBHOOK_TIMEOUT", default=10.0)
ALERT_WEBHOOK_CONNECT_TIMEOUT = env.float("ALERT_WEBHOOK_CONNECT_TIMEOUT", default=5.0)
ALERT_WEBHOOK_MAX_RESPONSE_BYTES = env.int("ALERT_WEBHOOK_MAX_RESPONSE_BYTES", default=64 * 1024)
# Hours the previous webhook secret keeps signing after a rotation.
ALERT_WEBHOOK_ROTATION_GRACE_HOURS = env.int("ALERT_WEBHOOK_ROTATION_GRACE_HOURS", default=24)
ALERT_USER_AGENT = env("ALERT_USER_AGENT", default=f"Pledgewatch/0.1 alerts (+{SITE_URL}/)")
# Apprise: seconds for a whole notification, and the URL schemes allowed (services that make
# HTTP requests only: the outbound guard vets those; mailto, syslog and the like are refused).
ALERT_APPRISE_TIMEOUT = env.float("ALERT_APPRISE_TIMEOUT", default=10.0)
ALERT_APPRISE_SCHEMES = env.list(
    "ALERT_APPRISE_SCHEMES",
    default=[
        "json", "jsons", "form", "forms", "xml", "xmls", "slack", "matrix", "matrixs", "ntfy",
        "ntfys", "msteams", "discord", "gotify", "gotifys", "mmost", "mmosts", "rocket",
        "rockets", "zulip", "gchat", "tgram", "pover", "apprise", "apprises",
    ],
)  # fmt: skip
# Failed delivery attempts in a row before a webhook or Apprise endpoint is paused (its owner,
# or the editors, are told by e-mail; an admin action resumes it).
ALERT_CHANNEL_PAUSE_AFTER = env.int("ALERT_CHANNEL_PAUSE_AFTER", default=5)
