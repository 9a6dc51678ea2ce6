"""Values listed in parentheses with no "or" and no lead-in, "The state (``open``, ``closed``).",
are the field's values when every one is a value of its type; not when they are examples ("(e.g.
``open``)", "such as (``open``, ``closed``)") or none of its type ("(``low``, ``high``)" of an
integer, which is then no finding either: the parentheses may hold anything)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.openapi.sourcemap import split_sources
from tests.conftest import build_document
from tests.httpdomain_style import built, component, resource
from tests.rst_style import endpoint, field_table, subsection


def _field(tmp_path: Path, kind: str, description: str) -> tuple[dict[str, Any], Any]:
    rest = subsection("Request Values", field_table(("state", kind, description)))
    spec, result, _ = build_document(tmp_path, endpoint(method="POST", rest=rest))
    schemas = split_sources(spec)[0]["components"]["schemas"]
    (schema,) = [s for s in schemas.values() if "state" in s.get("properties", {})]
    return schema["properties"]["state"], result


@pytest.mark.parametrize(
    ("kind", "description", "enum"),
    [
        ("string", "The state (``open``, ``closed``).", ["open", "closed"]),
        (
            "string",
            "The state (``open``, ``closed``, ``merged``); default ``open``.",
            ["open", "closed", "merged"],
        ),
        ("integer", "The priority (``1``, ``2``, ``3``).", [1, 2, 3]),
    ],
)
def test_parenthesised_literals_are_the_values(
    tmp_path: Path, kind: str, description: str, enum: list[Any]
) -> None:
    state, _ = _field(tmp_path, kind, description)
    assert state["enum"] == enum


@pytest.mark.parametrize(
    ("kind", "description"),
    [
        ("string", "The state (e.g. ``open``)."),
        ("string", "The state (such as ``open``, ``closed``)."),
        ("string", "The state, such as (``open``, ``closed``)."),
        ("string", "The state, for example (``open``, ``closed``)."),
        ("integer", "The priority (``low``, ``high``)."),
    ],
)
def test_examples_or_values_of_another_type_are_no_enum(tmp_path: Path, kind: str, description: str) -> None:
    state, result = _field(tmp_path, kind, description)
    assert "enum" not in state
    assert [d.code for d in result.diagnostics if d.code == "RST160"] == []


def test_an_httpdomain_field_reads_them_alike(tmp_path: Path) -> None:
    text = resource(
        "post", "/tickets", ":<json string state: the state (``open``, ``closed``)", ":statuscode 201: made"
    )
    spec, _ = built(tmp_path, text)
    body = spec["paths"]["/tickets"]["post"]["requestBody"]["content"]["application/json"]
    assert component(spec, body["schema"])["properties"]["state"]["enum"] == ["open", "closed"]
