"""Run schemathesis over a spec: every selected operation, every phase, every check.

`run_contract(spec, settings)` tests the server at `settings.base_url`; with `app=` it tests an ASGI
app in-process instead (no sockets; `base_url` then only names the host and decides the safety rule).
"""

from __future__ import annotations

import copy
import subprocess
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.config._checks import PositiveDataAcceptanceConfig
from schemathesis.engine import from_schema

from rstapi.contract.auth import authorization_header, request_headers
from rstapi.contract.bounds import Watch, bounded_run
from rstapi.contract.collect import Collector
from rstapi.contract.path_params import fill_fixed_path_values, linked_path_names
from rstapi.contract.plan import NOT_INCLUDED, Plan, plan_operations
from rstapi.contract.preflight import preflight
from rstapi.contract.reference import Reference, contract_document
from rstapi.contract.reserved import use_reserved_names
from rstapi.contract.results import ContractReport
from rstapi.contract.settings import DOCUMENTED_PHASE, PHASES, ContractError, ContractSettings

__all__ = ["run_contract", "schemathesis_config"]

_RESET_TIMEOUT = 120
# The phases that get `--path-param` values from `path_params.fill_fixed_path_values`: schemathesis'
# `parameters` override would overwrite the invalid path values of their negative cases too.
_HOOKED_PHASES = ("coverage", "stateful")


def run_contract(
    spec: dict[str, Any],
    settings: ContractSettings,
    *,
    app: Any = None,
    sourcemap: Mapping[str, str] | None = None,
    reset: Callable[[], None] | None = None,
) -> ContractReport:
    """``_run_contract`` bounded (``rstapi.contract.bounds``): capped bodies, a total deadline per
    request, ``max_time`` for the run; a run interrupted (SIGINT, SIGTERM, max_time) returns the
    partial report, which says so."""
    watch = Watch(
        int(settings.max_body_mb * 2**20),
        settings.request_deadline,
        settings.max_time,
        throttle_wait=settings.throttle_wait,
    )
    report: ContractReport | None = None
    with bounded_run(watch):
        report = _run_contract(
            spec,
            settings,
            app=app,
            sourcemap=sourcemap,
            reset=reset,
            stopped=lambda: watch.interrupted is not None,
        )
    if report is None:  # interrupted before any test ran
        report = ContractReport(settings.base_url, settings.seed, settings.max_examples, operations=())
    return attrs.evolve(report, errors=report.errors + watch.notes(), notes=report.notes + watch.remarks())


def _run_contract(
    spec: dict[str, Any],
    settings: ContractSettings,
    *,
    app: Any = None,
    sourcemap: Mapping[str, str] | None = None,
    reset: Callable[[], None] | None = None,
    stopped: Callable[[], bool] = lambda: False,
) -> ContractReport:
    """Test every operation the plan selects; never raises for a failing check (see the report).

    `sourcemap` (JSON pointer -> "file:line", `rstapi.openapi.sourcemap.load_sourcemap`) names the RST
    line of each finding; without it the spec's inline sources are used. With `reset` (or the
    settings' `reset_command`), phases run one at a time and the service is reset between them."""
    plan = plan_operations(spec, settings)
    reference = Reference(spec, sourcemap)
    # The document schemathesis and the collector read: the same pointers, without invented error bodies.
    document = contract_document(reference, check_invented_bodies=settings.check_invented_bodies)
    authorization = authorization_header(spec, settings, app) if plan.selected else None
    served, labels = _served_document(document, settings)
    collector = Collector(
        plan,
        Reference(document, reference.sourcemap),
        authorization,
        settings.strict_drift,
        labels,
        throttle_wait=settings.throttle_wait,
        path_params=settings.path_params,
        base_url=settings.base_url,
    )
    if plan.selected:
        chosen = {op.label for op in plan.selected}
        include = [label for label, own in labels.items() if own in chosen]
        if settings.preflight:
            preflight(served, settings, authorization, app, include)
        documented = DOCUMENTED_PHASE in settings.phases
        if documented:
            from rstapi.contract.documented import run_documented
            from rstapi.contract.follow_ups import run_follow_ups

            run_documented(served, labels, include, settings, authorization, app, collector)
            run_follow_ups(served, labels, include, settings, authorization, app, collector)
        linked = _linked(spec, plan)
        for index, phases in enumerate(_phase_groups(settings, reset)):
            if index or (documented and phases):
                _reset(settings.reset_command, reset)
                if settings.reset_command is not None or reset is not None:
                    collector.restored()  # the items the run deleted are back
            config = schemathesis_config(attrs.evolve(settings, phases=phases), authorization)
            if "stateful" in phases and not linked:
                config["phases"]["stateful"]["enabled"] = False  # nothing to chain: not an error
            if not any(phase["enabled"] for phase in config["phases"].values()):
                continue
            fixed = {} if "parameters" in config else dict(settings.path_params)
            for event in from_schema(_load_schema(served, config, include, app, fixed)).execute():
                collector.feed(event)
        from rstapi.contract.shrink import shrink_findings

        if not stopped():  # a run the user stopped sends nothing more
            shrink_findings(collector, labels, settings, app, stopped)
    return ContractReport(
        base_url=settings.base_url,
        seed=settings.seed,
        max_examples=settings.max_examples,
        operations=tuple(r for r in collector.results() if r.skip_reasons != (NOT_INCLUDED,)),
        elapsed=collector.elapsed,
        errors=tuple(collector.errors),
        left_out=tuple(op.label for op in plan.skipped if op.skip_reason == NOT_INCLUDED),
        notes=collector.notes(),
    )


def schemathesis_config(settings: ContractSettings, authorization: str | None = None) -> dict[str, Any]:
    """The schemathesis.toml equivalent of the settings: all checks on, a fixed seed, bounded examples."""
    config: dict[str, Any] = {
        "seed": settings.seed,
        "base-url": settings.base_url.rstrip("/"),
        "request-timeout": settings.request_timeout,
        "continue-on-failure": True,  # one finding must not hide the next one on the same operation
        # A redirect is the answer to the request sent: followed, a POST came back as a GET (a 405
        # blamed on the operation) and a PUT without its body (a 400 blamed on the example).
        "max-redirects": 0,
        "generation": {"max-examples": settings.max_examples, "database": "none"},
        "checks": {"enabled": True, **_positive_acceptance(settings)},
        "phases": {phase: {"enabled": phase in settings.phases} for phase in PHASES},
    }
    # The reference is the contract: schemathesis' error feedback would learn the rules a 400 names
    # ("Must be a valid UUID.") and stop sending what the reference allows, hiding stricter input rules.
    config["phases"]["fuzzing"]["error-feedback"] = {"enabled": False}
    if settings.read_only:  # coverage would otherwise try undeclared methods (PUT, DELETE ...) on each path
        config["phases"]["coverage"]["unexpected-methods"] = []
    headers = request_headers(settings, authorization)
    if headers:
        config["headers"] = headers
    # The coverage and stateful phases would write a fixed value over the invalid path values of
    # their negative cases too (schemathesis applies `parameters` after generating, the stateful
    # phase just before each call): they get the values from `path_params.fill_fixed_path_values`
    # instead, in groups of their own (`_phase_groups`).
    if settings.path_params and not set(settings.phases) & set(_HOOKED_PHASES):
        config["parameters"] = {f"path.{name}": value for name, value in settings.path_params}
    if settings.checks:
        config["checks"]["enabled"] = False
        config["checks"].update({name: {"enabled": True} for name in settings.checks})
    config["checks"].update({name: {"enabled": False} for name in settings.exclude_checks})
    return config


def _phase_groups(settings: ContractSettings, reset: Callable[[], None] | None) -> list[tuple[str, ...]]:
    """schemathesis' phases to run: together, or one at a time when the service is reset between;
    with `--path-param`, the phases whose fixed values come from a hook (`_HOOKED_PHASES`) apart from
    those that take them from the config, each run keeping the phases' order."""
    phases = tuple(phase for phase in settings.phases if phase in PHASES)
    if reset is not None or settings.reset_command is not None:
        return [(phase,) for phase in phases]
    if not settings.path_params:
        return [phases]
    groups: list[tuple[str, ...]] = []
    for phase in phases:
        if groups and (phase in _HOOKED_PHASES) == (groups[-1][0] in _HOOKED_PHASES):
            groups[-1] += (phase,)
        else:
            groups.append((phase,))
    return groups


def _reset(command: str | None, reset: Callable[[], None] | None) -> None:
    """Reset the service between phases: the hook, then the shell command (it must exit 0)."""
    if reset is not None:
        reset()
    if command is None:
        return
    try:
        done = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=_RESET_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise ContractError(f"the reset command {command!r} did not finish in {_RESET_TIMEOUT}s") from None
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip()[-300:]
        raise ContractError(f"the reset command {command!r} failed with exit {done.returncode}: {tail}")


def _linked(spec: dict[str, Any], plan: Plan) -> bool:
    """True when a response link of a selected operation leads to a selected operation."""
    selected = {op.operation_id for op in plan.selected}
    for item in (spec.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            if not isinstance(operation, dict) or operation.get("operationId") not in selected:
                continue
            for response in (operation.get("responses") or {}).values():
                links = response.get("links") if isinstance(response, dict) else None
                if any(
                    isinstance(link, dict) and link.get("operationId") in selected
                    for link in (links or {}).values()
                ):
                    return True
    return False


def _positive_acceptance(settings: ContractSettings) -> dict[str, Any]:
    if not settings.refusal_statuses:
        return {}
    statuses = [
        *PositiveDataAcceptanceConfig._DEFAULT_EXPECTED_STATUSES,
        *map(str, settings.refusal_statuses),
    ]
    return {"positive_data_acceptance": {"expected-statuses": statuses}}


def _served_document(
    document: dict[str, Any], settings: ContractSettings
) -> tuple[dict[str, Any], dict[str, str]]:
    """The document with the paths the service answers (path map, trailing slash) and the servers'
    path under the base URL's; and each served "METHOD /path" label -> the spec's label."""
    served = copy.deepcopy(document)
    prefix = _servers_path(served, settings.base_url)
    served.pop("servers", None)  # the only target is the base URL the user gave
    paths: dict[str, Any] = {}
    labels: dict[str, str] = {}
    for path, item in (document.get("paths") or {}).items():
        target = prefix + settings.service_path(path)
        paths[target] = served["paths"][path]
        for method in item if isinstance(item, dict) else ():
            labels[f"{method.upper()} {target}"] = f"{method.upper()} {path}"
    served["paths"] = paths
    return served, labels


def _servers_path(document: dict[str, Any], base_url: str) -> str:
    """The first server URL's path, when the base URL carries a path of its own that the spec's
    paths do not already start with (the spec says `https://host/api`, the user `http://127.0.0.1:8000/api`)."""
    from urllib.parse import urlsplit

    servers = document.get("servers") or []
    server_path = urlsplit(str(servers[0].get("url", ""))).path.rstrip("/") if servers else ""
    base_path = urlsplit(base_url).path.rstrip("/")
    return server_path if server_path and base_path and not base_path.endswith(server_path) else ""


def _load_schema(
    document: dict[str, Any], config: dict[str, Any], labels: list[str], app: Any, fixed: dict[str, str]
) -> Any:
    use_reserved_names()
    schema = schemathesis.openapi.from_dict(document, config=SchemathesisConfig.from_dict(config))
    if fixed:
        hook = fill_fixed_path_values(fixed, linked_path_names(document))
        schema.hooks.register_hook_with_name(hook, "map_case")
    if app is not None:
        schema.app = app
    return schema.include(name=labels)
