"""One of the services in the test process itself, as Django's ASGI application, for the tests
that hand `run_contract` an in-process `app` (no socket): `application(NAME, DATABASE, search_rate=...)`.

Django is configured once per process: the first call decides the service and its settings, and a
later call asking for other ones fails rather than testing the wrong service. The environment
variables the settings read are put back afterwards, so a service started later as a server of its
own (conftest's `drf_server`) does not inherit them."""

import os
from typing import Any

_CONFIGURED: dict[str, tuple[str, str]] = {}  # "service" -> (name, search rate)


def application(name: str, database: str, *, search_rate: str = "5/min") -> Any:
    wanted = (name, search_rate)
    if _CONFIGURED and _CONFIGURED["service"] != wanted:
        raise RuntimeError(f"Django already serves {_CONFIGURED['service']} in this process, not {wanted}")
    if not _CONFIGURED:
        saved = dict(os.environ)
        os.environ["DRF_SERVICES_SEARCH_RATE"] = search_rate
        try:
            from tests.contract.drf_services.serve import prepare

            prepare(name, database)
        finally:
            os.environ.clear()
            os.environ.update(saved)
        _CONFIGURED["service"] = wanted
    from django.core.asgi import get_asgi_application

    return get_asgi_application()
