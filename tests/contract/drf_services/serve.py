"""Start one of the services: `python -m tests.contract.drf_services.serve NAME PORT DATABASE`
(NAME: library, ledger, shop, tracker, portal or board). Creates the tables, the users alice and bob with their tokens, then runs
Django's own server on 127.0.0.1:PORT (no reloader)."""

import os
import sys


def prepare(name: str, database: str) -> None:
    """Configure Django for the service NAME, its SQLite database at DATABASE; create the tables and
    the users alice and bob with their tokens."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.contract.drf_services.settings"
    os.environ["DRF_SERVICES_URLCONF"] = f"tests.contract.drf_services.{name}"
    os.environ["DRF_SERVICES_DATABASE"] = database
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", run_syncdb=True, verbosity=0)
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    from tests.contract import drf_services as ids

    for username, key in (("alice", ids.ALICE_TOKEN), ("bob", ids.BOB_TOKEN)):
        Token.objects.create(user=User.objects.create(username=username), key=key)


def main(name: str, port: str, database: str) -> None:
    prepare(name, database)
    from django.core.management import call_command

    call_command("runserver", f"127.0.0.1:{port}", use_reloader=False, skip_checks=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
