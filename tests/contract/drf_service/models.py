"""Plans with licenses, catalogs and allocated assignments: just enough state for the five operations."""

import uuid

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models

LICENSE_STATES = ("assigned", "activated", "revoked")


class SubscriptionPlan(models.Model):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4)
    title = models.CharField(max_length=255)
    enterprise_customer_uuid = models.UUIDField()
    enterprise_catalog_uuid = models.UUIDField()
    start_date = models.DateTimeField()
    expiration_date = models.DateTimeField()
    is_active = models.BooleanField(default=True)
    plan_type = models.CharField(max_length=40, default="standard")  # not in the reference
    admins = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="administered_plans")


class License(models.Model):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4)
    plan = models.ForeignKey(SubscriptionPlan, on_delete=models.CASCADE, related_name="license_set")
    user_email = models.EmailField()
    status = models.CharField(max_length=20, choices=[(state, state) for state in LICENSE_STATES])


class Catalog(models.Model):
    uuid = models.UUIDField(unique=True)
    title = models.CharField(max_length=255)


class Assignment(models.Model):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4)
    policy_uuid = models.UUIDField()
    learner_email = models.EmailField()
    # "org+number": the service's rule, stated nowhere in the reference, checked by full_clean().
    content_key = models.CharField(max_length=255, validators=[RegexValidator(r"^[\w.-]+\+[\w.-]+$")])
    content_quantity = models.IntegerField()
    state = models.CharField(max_length=20, default="allocated")
