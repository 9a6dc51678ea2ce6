"""The Django app of the drifted DRF service."""

from django.apps import AppConfig


class DriftedServiceConfig(AppConfig):
    name = "tests.contract.drf_service"
    label = "drf_service"
    default_auto_field = "django.db.models.BigAutoField"
