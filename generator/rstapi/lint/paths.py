"""Path templates compared segment by segment: shapes, parameter names, versions."""

from __future__ import annotations

import re

from rstapi.naming import is_param, segments

__all__ = ["param_names", "segments", "shape", "shape_suffix_of", "version_of"]

_VERSION = re.compile(r"^v\d+(?:\.\d+)?$", re.I)


def shape(path: str) -> tuple[str, ...]:
    """The path with every parameter written ``{}``, trailing slash ignored."""
    return tuple("{}" if is_param(s) else s for s in segments(path) if s)


def param_names(path: str) -> list[str]:
    return [s[1:-1] for s in segments(path) if is_param(s)]


def shape_suffix_of(short: str, full: str) -> bool:
    """``short`` names the last segments of ``full`` (parameters compared by position only)."""
    tail = shape(short)
    return bool(tail) and shape(full)[-len(tail) :] == tail


def version_of(path: str) -> str | None:
    return next((s for s in segments(path) if _VERSION.match(s)), None)
