"""Which operations a run tests, and why each of the others is left out."""

from __future__ import annotations

from typing import Any

import attrs

from rstapi.contract.path_params import check_path_params
from rstapi.contract.settings import ContractError, ContractSettings
from rstapi.records import Record

__all__ = ["NOT_INCLUDED", "Plan", "PlannedOperation", "plan_operations"]

NOT_INCLUDED = "not named by --include"  # the skip reason of an operation --include leaves out

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@attrs.frozen(repr=False)
class PlannedOperation(Record):
    label: str  # "METHOD /path", as schemathesis names it
    operation_id: str
    method: str
    skip_reason: str | None = None

    @property
    def selected(self) -> bool:
        return self.skip_reason is None

    def known_as(self, name: str) -> bool:
        return name in (self.operation_id, self.label)


@attrs.frozen(repr=False)
class Plan(Record):
    operations: tuple[PlannedOperation, ...]

    @property
    def selected(self) -> tuple[PlannedOperation, ...]:
        return tuple(op for op in self.operations if op.selected)

    @property
    def skipped(self) -> tuple[PlannedOperation, ...]:
        return tuple(op for op in self.operations if not op.selected)


def plan_operations(spec: dict[str, Any], settings: ContractSettings) -> Plan:
    """Every operation of the spec, each either selected or skipped with the reason; names
    (`--include`, `--exclude`, `--path-param`) that fit nothing are usage errors."""
    operations = list(_operations(spec))
    _check_names(operations, settings.include + settings.exclude)
    check_path_params(spec, settings)
    return Plan(tuple(attrs.evolve(op, skip_reason=_skip_reason(op, settings)) for op in operations))


def _operations(spec: dict[str, Any]) -> Any:
    for path, item in (spec.get("paths") or {}).items():
        for method in _METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                label = f"{method.upper()} {path}"
                yield PlannedOperation(label, str(operation.get("operationId") or label), method.upper())


def _check_names(operations: list[PlannedOperation], names: tuple[str, ...]) -> None:
    unknown = [name for name in names if not any(op.known_as(name) for op in operations)]
    if unknown:
        raise ContractError(f"no operation is called {', '.join(map(repr, unknown))} (use an operationId)")


def _skip_reason(operation: PlannedOperation, settings: ContractSettings) -> str | None:
    if settings.include and not any(operation.known_as(name) for name in settings.include):
        return NOT_INCLUDED
    if any(operation.known_as(name) for name in settings.exclude):
        return "excluded by --exclude"
    if settings.read_only and operation.method not in _SAFE_METHODS:
        return f"{operation.method} may change data on a non-loopback host; pass --allow-writes to test it"
    return None
