"""Django settings of the drifted service: production-like (DEBUG off, so errors are Django's own
pages), SQLite at $DRF_SERVICE_DATABASE."""

import os

SECRET_KEY = "contract-tests-only-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "rest_framework.authtoken",
    "tests.contract.drf_service.apps.DriftedServiceConfig",
]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "tests.contract.drf_service.urls"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("DRF_SERVICE_DATABASE", ":memory:"),
    }
}
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["tests.contract.drf_service.authentication.JwtTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 10,
    "UNAUTHENTICATED_USER": None,
}
LOGGING = {  # a 500 is the point of some requests: keep its traceback out of the test output
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"null": {"class": "logging.NullHandler"}},
    "loggers": {"django": {"handlers": ["null"], "propagate": False}},
}
# Tables straight from the models (`migrate --run-syncdb`): a fresh database per run, no history to replay.
MIGRATION_MODULES = {app: None for app in ("contenttypes", "auth", "authtoken", "drf_service")}
