"""An array whose type says nothing of its items takes their type from its description ("each a
decimal", "each an integer", "a list of strings"), in every dialect; before, ``items: {}``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.decimals import DECIMAL_PATTERN
from rstapi.openapi.sourcemap import split_sources
from tests.conftest import build_document
from tests.httpdomain_style import built, component, resource
from tests.rst_style import endpoint, field_table, subsection
from tests.unit.test_dialect_values import _entry, _osapiref

AS_TEXT = {"type": "string", "format": "decimal", "pattern": DECIMAL_PATTERN}


def _items(schema: dict[str, Any]) -> dict[str, Any]:
    return {key: schema["items"][key] for key in ("type", "format", "pattern") if key in schema["items"]}


def test_an_httpdomain_array_each_a_decimal(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/sprockets",
        ":>json array prices: the prices, each a decimal",
        ":>json array counts: how many of each, each an integer",
        ":statuscode 200: the sprockets",
        "",
        "**Example response**:",
        "",
        ".. sourcecode:: json",
        "",
        '   {"prices": ["9.99"]}',
    )
    spec, result = built(tmp_path, text)
    media = spec["paths"]["/sprockets"]["get"]["responses"]["200"]["content"]["application/json"]
    properties = component(spec, media["schema"])["properties"]
    assert _items(properties["prices"]) == AS_TEXT
    assert _items(properties["counts"]) == {"type": "integer"}
    assert [d.code for d in result.diagnostics if d.code in ("DOC203", "SPEC401")] == []


@pytest.mark.parametrize(
    ("description", "items"),
    [
        ("The tags, a list of strings.", {"type": "string"}),
        ("The prices, each a decimal.", AS_TEXT),
        ("Flags; each one is a boolean.", {"type": "boolean"}),
        ("The counts, each an integer.", {"type": "integer"}),
    ],
)
def test_a_house_style_array_names_its_items(tmp_path: Path, description: str, items: dict[str, Any]) -> None:
    """No example shows the items: the description alone says their type."""
    rest = subsection("Request Values", field_table(("values", "array", description)))
    spec, _, _ = build_document(tmp_path, endpoint(method="POST", rest=rest))
    schemas = split_sources(spec)[0]["components"]["schemas"]
    (schema,) = [s for s in schemas.values() if "values" in s.get("properties", {})]
    assert _items(schema["properties"]["values"]) == items


def test_an_os_api_ref_array_each_a_decimal(tmp_path: Path) -> None:
    schema, _ = _osapiref(
        tmp_path, _entry("prices", "array", "The prices, each a decimal."), '{"prices": ["9.99"]}\n', "prices"
    )
    assert _items(schema["properties"]["prices"]) == AS_TEXT


def test_an_example_of_a_type_is_not_the_items_type(tmp_path: Path) -> None:
    """ "each a string or a number" names no one type; "a list of string IDs" names the items' ids."""
    rest = subsection("Request Values", field_table(("values", "array", "Each a string or a number.")))
    spec, _, _ = build_document(tmp_path, endpoint(method="POST", rest=rest))
    schemas = split_sources(spec)[0]["components"]["schemas"]
    (schema,) = [s for s in schemas.values() if "values" in s.get("properties", {})]
    assert schema["properties"]["values"].get("items", {}) == {}
