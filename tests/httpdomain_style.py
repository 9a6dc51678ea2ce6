"""Small httpdomain documents for unit tests: one resource, built, its spec as written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import BuildResult
from tests.conftest import build_rst


def resource(method: str, path: str, *lines: str) -> str:
    """A page with one ``.. http:<method>:: <path>`` whose content is ``lines`` (indented)."""
    body = "\n".join(f"   {line}" if line else "" for line in lines)
    return f"Things\n======\n\n.. http:{method}:: {path}\n\n   Does a thing.\n\n{body}\n"


def built(tmp_path: Path, text: str) -> tuple[dict[str, Any], BuildResult]:
    """The document's spec as written (no x-rst-source) and the build's result."""
    result = build_rst(tmp_path, text)
    assert result.spec is not None
    return split_sources(result.spec)[0], result


def component(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The component a ``$ref`` schema names."""
    found: dict[str, Any] = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return found
