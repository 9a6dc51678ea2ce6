"""The httpdomain reader: each construct of tests/fixtures/httpdomain/ as the spec shows it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.pipeline import BuildResult, build

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "httpdomain"


@pytest.fixture(scope="module")
def first() -> BuildResult:
    return build(Config(sources=(FIXTURES / "first.rst",), overlay=None, root=FIXTURES))


def _operation(result: BuildResult, method: str, path: str) -> dict[str, Any]:
    assert result.spec is not None
    found: dict[str, Any] = result.spec["paths"][path][method]
    return found


def test_a_get_directive_becomes_an_operation_with_typed_path_parameter(first: BuildResult) -> None:
    operation = _operation(first, "get", "/gadgets/{gadget_id}")
    assert operation["summary"] == "One gadget"
    assert operation["description"] == "The gadget with the given id."
    gadget_id = operation["parameters"][0]
    assert (gadget_id["name"], gadget_id["in"], gadget_id["schema"]) == (
        "gadget_id",
        "path",
        {"type": "integer"},
    )
    assert gadget_id["description"] == "the gadget's id"
    assert first.coverage is not None and str(first.coverage) == "table rows 11/11, examples 1/1"
