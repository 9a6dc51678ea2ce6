"""Run schemathesis over a spec: every selected operation, every phase, every check.

`run_contract(spec, settings)` tests the server at `settings.base_url`; with `app=` it tests an ASGI
app in-process instead (no sockets; `base_url` then only names the host and decides the safety rule).
"""

from __future__ import annotations

import copy
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.config._checks import PositiveDataAcceptanceConfig
from schemathesis.engine import from_schema

from rstapi.contract.auth import authorization_header
from rstapi.contract.collect import Collector
from rstapi.contract.plan import Plan, plan_operations
from rstapi.contract.results import ContractReport
from rstapi.contract.settings import PHASES, ContractSettings

__all__ = ["run_contract", "schemathesis_config"]


def run_contract(spec: dict[str, Any], settings: ContractSettings, *, app: Any = None) -> ContractReport:
    """Test every operation the plan selects; never raises for a failing check (see the report)."""
    plan = plan_operations(spec, settings)
    collector = Collector(plan)
    if plan.selected:
        authorization = authorization_header(spec, settings, app)
        schema = _load_schema(spec, schemathesis_config(settings, authorization), plan, app)
        for event in from_schema(schema).execute():
            collector.feed(event)
    return ContractReport(
        base_url=settings.base_url,
        seed=settings.seed,
        max_examples=settings.max_examples,
        operations=collector.results(),
        elapsed=collector.elapsed,
        errors=tuple(collector.errors),
    )


def schemathesis_config(settings: ContractSettings, authorization: str | None = None) -> dict[str, Any]:
    """The schemathesis.toml equivalent of the settings: all checks on, a fixed seed, bounded examples."""
    config: dict[str, Any] = {
        "seed": settings.seed,
        "base-url": settings.base_url.rstrip("/"),
        "request-timeout": settings.request_timeout,
        "generation": {"max-examples": settings.max_examples, "database": "none"},
        "checks": {"enabled": True, **_positive_acceptance(settings)},
        "phases": {phase: {"enabled": phase in settings.phases} for phase in PHASES},
    }
    if settings.read_only:  # coverage would otherwise try undeclared methods (PUT, DELETE ...) on each path
        config["phases"]["coverage"]["unexpected-methods"] = []
    if authorization is not None:
        config["headers"] = {"Authorization": authorization}
    return config


def _positive_acceptance(settings: ContractSettings) -> dict[str, Any]:
    if not settings.refusal_statuses:
        return {}
    statuses = [
        *PositiveDataAcceptanceConfig._DEFAULT_EXPECTED_STATUSES,
        *map(str, settings.refusal_statuses),
    ]
    return {"positive_data_acceptance": {"expected-statuses": statuses}}


def _load_schema(spec: dict[str, Any], config: dict[str, Any], plan: Plan, app: Any) -> Any:
    document = copy.deepcopy(spec)
    document.pop("servers", None)  # the only target is the base URL the user gave
    schema = schemathesis.openapi.from_dict(document, config=SchemathesisConfig.from_dict(config))
    if app is not None:
        schema.app = app
    return schema.include(name=[op.label for op in plan.selected])
