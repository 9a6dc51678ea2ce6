"""DRF serializers: what the service accepts (stricter than the reference in places) and answers."""

from django.utils import timezone
from rest_framework import serializers

from tests.contract.drf_service import CONTENT_KEY_PATTERN, LEARNERS_AT_MOST
from tests.contract.drf_service.models import SubscriptionPlan


class PlanFilterSerializer(serializers.Serializer):
    """The list's query: the reference documents a plain string for the customer id."""

    enterprise_customer_uuid = serializers.UUIDField(required=False)
    current = serializers.BooleanField(required=False, allow_null=True)


class SubscriptionPlanSerializer(serializers.ModelSerializer):
    is_revocation_cap_enabled = serializers.SerializerMethodField()
    days_until_expiration = serializers.SerializerMethodField()
    days_until_expiration_including_renewals = serializers.SerializerMethodField()
    is_locked_for_renewal_processing = serializers.SerializerMethodField()
    should_auto_apply_licenses = serializers.SerializerMethodField()
    licenses = serializers.SerializerMethodField()
    revocations = serializers.SerializerMethodField()
    prior_renewals = serializers.SerializerMethodField()

    class Meta:
        model = SubscriptionPlan
        fields = (
            "title",
            "uuid",
            "start_date",
            "expiration_date",
            "enterprise_customer_uuid",
            "enterprise_catalog_uuid",
            "is_active",
            "is_revocation_cap_enabled",
            "days_until_expiration",
            "days_until_expiration_including_renewals",
            "is_locked_for_renewal_processing",
            "should_auto_apply_licenses",
            "licenses",
            "revocations",
            "prior_renewals",
            "plan_type",  # not in the reference
        )

    def get_is_revocation_cap_enabled(self, plan: SubscriptionPlan) -> bool:
        return False

    def get_days_until_expiration(self, plan: SubscriptionPlan) -> int:
        return max((plan.expiration_date - timezone.now()).days, 0)

    def get_days_until_expiration_including_renewals(self, plan: SubscriptionPlan) -> int:
        return self.get_days_until_expiration(plan)

    def get_is_locked_for_renewal_processing(self, plan: SubscriptionPlan) -> bool:
        return False

    def get_should_auto_apply_licenses(self, plan: SubscriptionPlan) -> None:
        return None

    def get_licenses(self, plan: SubscriptionPlan) -> dict[str, int]:
        states = list(plan.license_set.values_list("status", flat=True))
        counts = {state: states.count(state) for state in ("activated", "assigned", "revoked")}
        return {**counts, "unassigned": 0, "total": len(states), "allocated": len(states)}

    def get_revocations(self, plan: SubscriptionPlan) -> dict[str, int]:
        used = plan.license_set.filter(status="revoked").count()
        return {"applied": used, "remaining": 10 - used}  # documented: {total, used, remaining}

    def get_prior_renewals(self, plan: SubscriptionPlan) -> list[object]:
        return []


class AssignSerializer(serializers.Serializer):
    user_emails = serializers.ListField(child=serializers.EmailField(), allow_empty=False)
    user_sfids = serializers.ListField(child=serializers.CharField(min_length=3), required=False)
    greeting = serializers.CharField(required=False, allow_blank=True)
    closing = serializers.CharField(required=False, allow_blank=True)
    notify_users = serializers.BooleanField(required=False)


class BulkRevokeSerializer(serializers.Serializer):
    user_emails = serializers.ListField(child=serializers.EmailField(), required=False)
    filters = serializers.ListField(child=serializers.DictField(), required=False)

    def validate(self, data: dict[str, object]) -> dict[str, object]:
        if ("user_emails" in data) == ("filters" in data):
            raise serializers.ValidationError("Provide either user_emails or filters, not both.")
        return data


class AllocateSerializer(serializers.Serializer):
    learner_emails = serializers.ListField(
        child=serializers.EmailField(), allow_empty=False, max_length=LEARNERS_AT_MOST
    )
    content_key = serializers.CharField()
    content_price_cents = serializers.IntegerField(min_value=0)


class KeyedAllocateSerializer(AllocateSerializer):
    """The content key a pattern's (the reference says nothing of its form)."""

    content_key = serializers.RegexField(CONTENT_KEY_PATTERN)


class LaxAllocateSerializer(AllocateSerializer):
    """The price unbounded: a negative price is accepted (the reference says it must be >= 0); as
    many learners as are sent."""

    learner_emails = serializers.ListField(child=serializers.EmailField(), allow_empty=False)
    content_price_cents = serializers.IntegerField()


class CatalogQuerySerializer(serializers.Serializer):
    limit = serializers.IntegerField(required=False, min_value=1)
