"""Django settings shared by the services: DEBUG off (Django's own error pages), SQLite at
$DRF_SERVICES_DATABASE for users and tokens, the service's routes from $DRF_SERVICES_URLCONF."""

import os

SECRET_KEY = "contract-tests-only-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "rest_framework",
    "rest_framework.authtoken",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
# $DRF_SERVICES_SSL_REDIRECT: answer every plain-http request with a 301 to its https address, as
# a deployment with Django's SECURE_SSL_REDIRECT (or a gateway) does
if os.environ.get("DRF_SERVICES_SSL_REDIRECT"):
    MIDDLEWARE.insert(0, "django.middleware.security.SecurityMiddleware")
    SECURE_SSL_REDIRECT = True
APPEND_SLASH = True
ROOT_URLCONF = os.environ.get("DRF_SERVICES_URLCONF", "tests.contract.drf_services.library")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("DRF_SERVICES_DATABASE", ":memory:"),
    }
}
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # drf_services.SEARCH_RATE; a test may start the service with another ($DRF_SERVICES_SEARCH_RATE)
    "DEFAULT_THROTTLE_RATES": {"search": os.environ.get("DRF_SERVICES_SEARCH_RATE", "5/min")},
    "UNAUTHENTICATED_USER": None,
}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"null": {"class": "logging.NullHandler"}},
    "loggers": {"django": {"handlers": ["null"], "propagate": False}},
}
MIGRATION_MODULES = {app: None for app in ("contenttypes", "auth", "sessions", "authtoken")}
