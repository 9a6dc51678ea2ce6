"""Checking that every operation of the spec made it into the generated client."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rstapi.openapi.structure import OPERATION_METHODS

__all__ = ["missing_operations", "operation_ids"]


def operation_ids(spec: dict[str, Any]) -> Iterator[str]:
    """Every operation's id (or `METHOD path` when it has none), in spec order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in OPERATION_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                yield str(operation.get("operationId") or f"{method.upper()} {path}")


def missing_operations(
    spec: dict[str, Any], package: Path, module_name_for: Callable[[str], str]
) -> tuple[str, ...]:
    """The operations with no `api/<tag>/<module>.py` defining `sync_detailed` in `package`."""
    present = {path.stem for path in package.glob("api/*/*.py") if _defines_functions(path)}
    return tuple(op for op in operation_ids(spec) if module_name_for(op) not in present)


def _defines_functions(module: Path) -> bool:
    text = module.read_text(encoding="utf-8")
    return "def sync_detailed(" in text and "async def asyncio_detailed(" in text
