"""Start the drifted service: `python -m tests.contract.drf_service.serve PORT DATABASE`.

Creates the SQLite tables (`migrate --run-syncdb`), seeds the reference's example ids and two users
with tokens, then runs Django's own development server on 127.0.0.1:PORT (no reloader)."""

import os
import sys
from datetime import UTC, datetime, timedelta


def main(port: str, database: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.contract.drf_service.settings"
    os.environ["DRF_SERVICE_DATABASE"] = database
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", run_syncdb=True, verbosity=0)
    _seed()
    call_command("runserver", f"127.0.0.1:{port}", use_reloader=False, skip_checks=True)


def _seed() -> None:
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    from tests.contract import drf_service as ids
    from tests.contract.drf_service.models import Catalog, License, SubscriptionPlan

    admin, viewer = User.objects.create(username="admin"), User.objects.create(username="viewer")
    Token.objects.create(user=admin, key=ids.ADMIN_TOKEN)
    Token.objects.create(user=viewer, key=ids.VIEWER_TOKEN)
    now = datetime.now(UTC)
    plan = SubscriptionPlan.objects.create(
        uuid=ids.PLAN_UUID,
        title="Seeded plan",
        enterprise_customer_uuid=ids.CUSTOMER_UUID,
        enterprise_catalog_uuid=ids.CATALOG_UUID,
        start_date=now - timedelta(days=30),
        expiration_date=now + timedelta(days=335),
    )
    plan.admins.add(admin)
    License.objects.create(plan=plan, user_email=ids.KNOWN_EMAIL, status="activated")
    Catalog.objects.create(uuid=ids.CATALOG_UUID, title="Seeded catalog")


if __name__ == "__main__":
    main(*sys.argv[1:3])
