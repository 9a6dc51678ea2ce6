"""Helpers for the stateful mock's tests: the real spec, a stateful app, the generated client over ASGI.

Nothing leaves the process: requests go through httpx.ASGITransport to the in-process app.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import httpx

from rstapi.mock import load_spec, make_app
from rstapi.mock.app import MockApp

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_spec(ROOT / "spec" / "openapi.yaml")
BASE_URL = "http://testserver"
TOKEN = "stateful-tests-token"
AUTH = {"Authorization": f"JWT {TOKEN}"}

sys.path.insert(0, str(ROOT / "generated_client"))  # the committed client, as tests/functional uses it

# The generated client's pieces the tests use, imported here, after the path is set.
from edx_enterprise_api_client import models  # noqa: E402
from edx_enterprise_api_client.api.assignment_configurations import (  # noqa: E402
    cancel_assignment_configurations_admin_assignments as cancel_api,
)
from edx_enterprise_api_client.api.assignment_configurations import (  # noqa: E402
    remind_assignment_configurations_admin_assignments as remind_api,
)
from edx_enterprise_api_client.api.bulk_license_enrollment import (  # noqa: E402
    create_bulk_license_enrollment as enroll_api,
)
from edx_enterprise_api_client.api.enterprise_catalogs import (  # noqa: E402
    get_enterprise_catalogs as catalog_api,
)
from edx_enterprise_api_client.api.enterprise_catalogs import (  # noqa: E402
    list_enterprise_catalogs as catalogs_api,
)
from edx_enterprise_api_client.api.enterprise_customer import (  # noqa: E402
    list_enterprise_customer_learner_summary as learners_api,
)
from edx_enterprise_api_client.api.policy_allocation import allocate_policy_allocation as allocate_api  # noqa: E402
from edx_enterprise_api_client.api.subscriptions import assign_subscriptions_licenses as assign_api  # noqa: E402
from edx_enterprise_api_client.api.subscriptions import bulk_revoke_subscriptions_licenses as revoke_api  # noqa: E402
from edx_enterprise_api_client.api.subscriptions import list_subscriptions as plans_api  # noqa: E402
from edx_enterprise_api_client.auth import jwt_client  # noqa: E402
from edx_enterprise_api_client.client import AuthenticatedClient  # noqa: E402

__all__ = [
    "AuthenticatedClient",
    "allocate_api",
    "assign_api",
    "cancel_api",
    "catalog_api",
    "catalogs_api",
    "enroll_api",
    "learners_api",
    "models",
    "plans_api",
    "remind_api",
    "revoke_api",
]

# Seed ids, all taken from the spec's own examples (see generator/rstapi/mock/state/seed.py).
POLICY = "904b1785-9d3a-1000-848d-6ae7a56e6355"
CONFIGURATION = "6fc7ef56-d1c4-4aa8-a649-e6eb209f0000"
SEED_ASSIGNMENTS = ("8977ef56-d1c4-4aa8-a649-e6eb209f0000", "8907ef56-d1c4-4aa8-a649-e6eb209f0000")
PLAN = "104b1785-1d3a-1000-148d-1ae7a56e6355"
PRIOR_PLAN = "4b27b24a-48f5-4266-448e-47d5b7deacb2"
CUSTOMER = "204b1785-2d3a-2000-248d-2ae7a56e6355"
CATALOG = "3f56a21c-76c8-47c0-add8-a99714d40d94"
PLAN_CATALOG = "304b1785-3d3a-3000-348d-3ae7a56e6355"
COURSE = "edx+tr1012"
RUNS = ("course-v1:HarvardX+FIH+3T2023", "course-v1:edx+tr1012+1T2021")
PROGRAM = "fcfe93c3-9123-4a58-a190-8614c96b8eab"

ALLOCATE = f"/enterprise/v1/policy-allocation/{POLICY}/allocate/"
REMIND = f"/enterprise/v1/assignment-configurations/{CONFIGURATION}/admin/assignments/remind/"
CANCEL = f"/enterprise/v1/assignment-configurations/{CONFIGURATION}/admin/assignments/cancel/"
PLANS = "/enterprise/v1/subscriptions"
ASSIGN = f"/enterprise/v1/subscriptions/{PLAN}/licenses/assign"
REVOKE = f"/enterprise/v1/subscriptions/{PLAN}/licenses/bulk-revoke"
ENROLL = "/enterprise/v1/bulk-license-enrollment"
LEARNERS = f"/enterprise/v3/enterprise-customer/{CUSTOMER}/learner-summary"


def stateful_app(spec: dict[str, Any] | None = None) -> MockApp:
    return make_app(spec or SPEC, stateful=True, static_token=TOKEN, clock=lambda: 1_700_000_000.0)


class Http:
    """Synchronous calls to an app through httpx.AsyncClient over ASGITransport."""

    def __init__(self, app: MockApp) -> None:
        self.app = app

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return asyncio.run(self._request(method, url, **kwargs))

    async def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers=AUTH) as client:
            response = await client.request(method, url, **kwargs)
        assert response.status_code < 500, response.text  # a stateful reply that breaks the spec is a 500
        return response

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def state(self) -> Any:
        return self.get("/__mock__/state").json()

    def plan(self, plan: str = PLAN) -> dict[str, Any]:
        listed = self.get(PLANS).json()["results"]
        return next(item for item in listed if item["uuid"] == plan)


class SyncASGITransport(httpx.BaseTransport):
    """The generated sync client over the in-process app (httpx.ASGITransport is async-only)."""

    def __init__(self, app: MockApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return asyncio.run(self._handle(request))

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        response = await self._asgi.handle_async_request(request)
        content = await response.aread()
        return httpx.Response(
            response.status_code, headers=response.headers, content=content, request=request
        )


def generated_client(app: MockApp) -> AuthenticatedClient:
    """The generated client, authenticated with the static token, talking to `app` in-process."""
    return jwt_client(BASE_URL, TOKEN, httpx_args={"transport": SyncASGITransport(app)})
