"""Production settings: secrets only from the environment, every `check --deploy` item on.

Settings that would quietly weaken a deployment refuse to load instead, naming the variable:
the outbound allow-list of private hosts (it opens the fetcher to the internal network) and a
missing or non-delivering EMAIL_URL (alerts would be marked sent and go nowhere).
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import EMAIL_URL, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")  # no default: refuse to start without one
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

for _name in ("OUTBOUND_ALLOW_PRIVATE_HOSTS", "FEEDS_ALLOW_PRIVATE_HOSTS"):
    if env.list(_name, default=[]):
        raise ImproperlyConfigured(
            f"{_name} is set, which lets feeds and article imports reach private and loopback "
            "addresses (your own network). It is for tests and local demos: unset it in "
            "production."
        )

# E-mail backends that deliver nothing: alerts would be recorded as sent and never arrive.
_UNDELIVERED_SCHEMES = ("consolemail", "filemail", "memorymail", "dummymail")
_email_scheme = EMAIL_URL.split(":", 1)[0].lower()
if not EMAIL_URL or _email_scheme in _UNDELIVERED_SCHEMES:
    _problem = f"{_email_scheme}:// delivers nothing" if EMAIL_URL else "it is not set"
    raise ImproperlyConfigured(
        "Set EMAIL_URL to the SMTP server alerts are sent through, e.g. "
        f"smtp+tls://user:password@smtp.example.org:587 ({_problem})."
    )
