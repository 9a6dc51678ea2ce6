"""The document's contradictions, found on the extracted model."""

from __future__ import annotations

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api

__all__ = ["lint"]


def lint(api: Api) -> list[Diagnostic]:
    """Every place the reference contradicts itself."""
    return []
