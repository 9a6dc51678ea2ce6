"""The document's contradictions, found on the extracted model.

Each module holds one idea and exposes ``check(api) -> Iterator[Diagnostic]``;
``lint`` runs them all. Output formats live in ``report``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rstapi.decimals import decimals_as_shown
from rstapi.diagnostics import Diagnostic
from rstapi.lint import (
    curl,
    decimals,
    detail,
    examples,
    index,
    params,
    refs,
    required,
    statuses,
    tables,
    versions,
)
from rstapi.model import Api

__all__ = ["lint"]

_CHECKS: tuple[Callable[[Api], Iterator[Diagnostic]], ...] = (
    examples.check,
    tables.check,
    curl.check,
    index.check,
    refs.check,
    params.check,
    statuses.check,
    detail.check,
    required.check,
    versions.check,
)


def lint(api: Api) -> list[Diagnostic]:
    """Every place the reference contradicts itself, in document order. The checks see each decimal
    field as the spec says it is sent (``rstapi.decimals``), so an example showing it so is no
    contradiction; ``decimals.check`` reports where the document leaves that open."""
    sent, verdicts = decimals_as_shown(api)
    found = [*decimals.check(verdicts), *(diagnostic for check in _CHECKS for diagnostic in check(sent))]
    return sorted(found, key=lambda d: d.sort_key)
