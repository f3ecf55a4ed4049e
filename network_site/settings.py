"""Settings for the network site, read from the environment only.

Every variable is documented in `.env.example`.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Parse a boolean variable explicitly: "0", "false", "no", "off" and "" mean off."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() not in {"", "0", "false", "no", "off"}


def env_list(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


# --- Core -------------------------------------------------------------------

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable "
            "(or DEBUG=1 for local development only)."
        )
    # Only reachable with DEBUG on, which production never sets.
    SECRET_KEY = "insecure-local-development-key-never-used-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if DEBUG and not ALLOWED_HOSTS:
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. Set it to the site's host names, comma-separated "
        "(for example ALLOWED_HOSTS=www.example.org)."
    )

ROOT_URLCONF = "network_site.urls"
WSGI_APPLICATION = "network_site.wsgi.application"

# --- Applications -----------------------------------------------------------

INSTALLED_APPS = [
    "network_site.admin_site.NetworkAdminConfig",  # the admin, with our sign-in and reports
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",  # full-text and trigram lookups (unused on SQLite)
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    "markdownx",
    "simple_history",
    # The project, and the machinery every kind of record shares (network_site/*/).
    "network_site",
    "network_site.records",
    "network_site.vocabulary",
    "network_site.search",
    "network_site.pages",
    "network_site.api",
    "network_site.linkcheck",
    "network_site.alerts",
    "network_site.corrections",
    # The libraries: each holds kinds of record, which the records registry finds,
    # in this order (the home page's, the topic pages', search's).
    "laws",
    "protocols",
    "resources",
]

MIDDLEWARE = [
    # Anonymous pages from the cache, with the headers they were stored with:
    # nothing below runs for them.
    "network_site.records.page_cache.PublicPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # 304 for a matching ETag on pages rendered afresh.
    "django.middleware.http.ConditionalGetMiddleware",
    # A database outage gives a 503 page in the site's design, not a 500.
    "network_site.middleware.DatabaseUnavailableMiddleware",
    "csp.middleware.CSPMiddleware",
    "network_site.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the address alone (/es/…): it reads no cookie and sets none,
    # and an address without a code is English whatever the browser asks for.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Inside every middleware that adds headers: the page it draws gets them all.
    "network_site.middleware.MethodNotAllowedPageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

TEMPLATES = [
    {
        # Public pages: Jinja2, which renders the site's frame several times faster
        # (network_site/templating.py). Their templates are in templates/; an app's
        # own may also be in its jinja2/ folder.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "environment": "network_site.templating.environment",
        },
    },
    {
        # The admin and the apps it uses. network_site/templates/ comes first, so the
        # few templates of other apps we change are found there.
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "network_site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Django's form renderer, finding network_site/templates/ first, where the Markdown
# editor's widget is changed to show its preview beside it.
FORM_RENDERER = "network_site.templating.FormRenderer"

# --- Database ---------------------------------------------------------------

# An SQLite file when DATABASE_URL is unset, so `make run` needs no server.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "DB_PREPARED_STATEMENTS", True
):
    # A statement run over and over on one connection is planned once: psycopg
    # prepares it on its fifth run (psycopg's and Django's documented options). A
    # PgBouncer in transaction mode older than 1.21 cannot keep prepared statements:
    # set DB_PREPARED_STATEMENTS=0 behind one.
    DATABASES["default"]["OPTIONS"] = {
        **DATABASES["default"].get("OPTIONS", {}),
        "server_side_binding": True,
        "prepare_threshold": 5,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ------------------------------------------------------------------

# Whole anonymous pages are cached (network_site.records.page_cache); PAGE_CACHE=0 turns it off.
PAGE_CACHE = env_bool("PAGE_CACHE", True)
# Each process learns of content changes from PostgreSQL NOTIFY (network_site.records.page_cache).
PAGE_CACHE_LISTENER = True
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Email ---------------------------------------------------------------------

# This site's address, for links in email (sent without a request to take it from).
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/") or (
    f"https://{ALLOWED_HOSTS[0].lstrip('.')}" if not DEBUG else "http://127.0.0.1:8000"
)
# Alerts go through this SMTP server (`manage.py send_alerts`, from cron). Unset: each
# message is printed to the terminal instead, as `make run` does.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# A server that stops answering must not hold send_alerts past its next run.
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", f"alerts@{SITE_URL.split('://', 1)[1].split(':')[0]}"
)

# --- Staff: sign-in, sessions, the admin ---------------------------------------

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses locked-out sign-ins first
    "django.contrib.auth.backends.ModelBackend",
]
# The admin's address; set a less guessable one in production (with a trailing slash).
ADMIN_URL = os.environ.get("ADMIN_URL", "admin/").strip("/") + "/"
# Where staff land after signing in when the next= address is refused or missing.
LOGIN_REDIRECT_URL = "admin:index"
# Staff sessions end after eight hours, and when the browser closes.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Five wrong passwords for one account from one address lock that pair out for
# 15 minutes. The address is the connection's own (or the trusted proxy's view of
# it), never a header the client wrote, so a forged X-Forwarded-For neither
# dodges the lock nor locks anyone else out.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "network_site.signin.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# No log of successful sign-ins with addresses: failures are enough to lock out.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_VERBOSE = False
# Addresses of our own reverse proxies, whose X-Forwarded-For we believe (last hop only).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

# Records not reviewed within this many days are listed as stale in the admin.
STALE_AFTER_DAYS = int(os.environ.get("STALE_AFTER_DAYS", "365"))
# How long the deployment keeps database backups (README: a nightly pg_dump for each
# weekday). The privacy page tells readers an unsubscribed address leaves them then.
BACKUP_RETENTION_DAYS = int(os.environ.get("BACKUP_RETENTION_DAYS", "7"))

# --- Passwords and sessions --------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation ----------------------------------------------------

# English pages keep the addresses they have always had; a page in another language
# is the same address under its code: /es/laws/ (network_site/urls.py).
LANGUAGE_CODE = "en"
# The languages the site is offered in, each named in itself for the language menu.
# A language is listed here once its catalogue in locale/ translates the whole
# interface (README, "Languages"); RTL scripts are told by Django's LANGUAGES_BIDI.
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("pt", "Português"),
    ("so", "Soomaali"),
    ("ar", "العربية"),
    ("fr", "Français"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The languages whose interface a qualified translator has reviewed. Until then the
# pages in that language say that they have not been (templates/base.html).
REVIEWED_INTERFACE_LANGUAGES: list[str] = []
# The languages staff translate records into, each named in itself: a translation may
# be drafted and published before its language is offered to readers (LANGUAGES).
TRANSLATION_LANGUAGES = [
    ("es", "Español"),
    ("pt", "Português"),
    ("so", "Soomaali"),
    ("ar", "العربية"),
    ("fr", "Français"),
]
TIME_ZONE = "America/New_York"
USE_I18N = True
USE_TZ = True

# --- Static and uploaded files ----------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files browsers ask for at the site's root (/favicon.ico), served by WhiteNoise.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Images staff paste into Markdown: PNG or JPEG only, re-encoded on upload.
IMAGE_UPLOAD_MAX_BYTES = 5 * 1024 * 1024
IMAGE_UPLOAD_MAX_PIXELS = 4000 * 4000
# Protocol attachments: PDF only.
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o640

# --- Markdown ----------------------------------------------------------------

# One renderer, which sanitizes, for public pages and the admin preview alike.
MARKDOWNX_MARKDOWNIFY_FUNCTION = "network_site.markup.render_markdown"
MARKDOWNX_URLS_PATH = "/markdownx/markdownify/"
MARKDOWNX_UPLOAD_URLS_PATH = "/markdownx/upload/"
MARKDOWNX_UPLOAD_CONTENT_TYPES = ("image/png", "image/jpeg")
MARKDOWNX_UPLOAD_MAX_SIZE = IMAGE_UPLOAD_MAX_BYTES

# --- Security ----------------------------------------------------------------

# Public pages send no referrer; staff pages same-origin (network_site.middleware).
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Everything comes from this site: no CDN, fonts, analytics or inline script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)

# HTTPS in production; each can be turned off by its variable (tests over plain HTTP).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# Load balancers check health over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_HTTPS_PROXY") else None
)

# --- Logging -----------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {
        "one_line_warning": {"()": "network_site.logs.OneLineWarning"},
        # No client addresses or alert links' codes in any line (the privacy page).
        "private": {"()": "network_site.logs.PrivateLines"},
    },
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "formatter": "line", "filters": ["private"]}
    },
    "root": {"handlers": ["stdout"], "level": "INFO"},
    "loggers": {
        # The request logger would print paths with query strings (search terms).
        "django": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["stdout"], "level": "ERROR", "propagate": False},
        "django.server": {"handlers": [], "level": "ERROR", "propagate": False},
        # Anyone can send a bad Host header: one line, not a traceback at ERROR.
        "django.security.DisallowedHost": {
            "handlers": ["stdout"],
            "level": "WARNING",
            "filters": ["one_line_warning"],
            "propagate": False,
        },
    },
}

# --- Safety ------------------------------------------------------------------

# Where "Leave this site" goes: a neutral page that says nothing about us.
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.weather.gov/")
