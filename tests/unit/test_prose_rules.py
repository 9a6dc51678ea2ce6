"""Rules a field table states in prose become the spec's: a mutually exclusive pair ("either ``a``
or ``b``, but not both") is `not: {required: [a, b]}` at the row's line, "at least one item" is
`minItems`, and a rule naming no field of its table is RST189."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest

from rstapi.openapi.sourcemap import split_sources
from tests.conftest import build_rst, codes
from tests.rst_style import document, endpoint, field_table, line_number, subsection

SCHEMA = "CreateGadgetsRequest"


def _build(tmp_path: Path, *rows: tuple[str, str, str]) -> tuple[Any, dict[str, str], str, Any]:
    text = document(endpoint(method="POST", rest=subsection("Request Values", field_table(*rows))))
    result = build_rst(tmp_path, text)
    assert result.spec is not None
    spec, sourcemap = split_sources(result.spec)
    return spec["components"]["schemas"][SCHEMA], sourcemap, text, result


@pytest.mark.parametrize(
    "wording",
    [
        "A request must either provide ``serials`` or ``query``, but not both.",
        "``serials`` and ``query`` are mutually exclusive.",
        "Give only one of ``serials`` and ``query``.",
    ],
)
def test_a_mutually_exclusive_pair_is_a_rule_of_the_object(tmp_path: Path, wording: str) -> None:
    schema, sourcemap, text, result = _build(
        tmp_path,
        ("serials", "array", "The gadgets' serial numbers."),
        ("query", "string", f"A search for gadgets. {wording}"),
    )
    assert sorted(schema["not"]["required"]) == ["query", "serials"]
    assert sourcemap[f"/components/schemas/{SCHEMA}/not"] == f"ref.rst:{line_number(text, '``query``')}"
    assert not [c for c in codes(result) if c[0] == "RST189"]
    jsonschema.validate({"serials": ["a1"]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"serials": ["a1"], "query": "x"}, schema)
    either = wording.startswith("A request must either")  # "either ... or ...": exactly one
    assert ("anyOf" in schema) is either
    if either:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({}, schema)


def test_a_rule_naming_a_singular_of_a_field_is_read_and_said(tmp_path: Path) -> None:
    schema, _, text, result = _build(
        tmp_path,
        ("serials", "array", "Either ``serial`` or ``query``, not both."),
        ("query", "string", "A search for gadgets."),
    )
    assert sorted(schema["not"]["required"]) == ["query", "serials"]
    finding = next(d for d in result.diagnostics if d.code == "RST189")
    assert finding.location is not None and finding.location.line == line_number(text, "``serials``")
    assert "``serial``" in finding.message and "read as ``serials``" in finding.message


def test_a_rule_naming_no_field_is_not_read(tmp_path: Path) -> None:
    schema, _, _, result = _build(
        tmp_path,
        ("serials", "array", "Either ``colour`` or ``query``, not both."),
        ("query", "string", "A search for gadgets."),
    )
    assert "not" not in schema
    assert "is not read: ``colour``" in next(d.message for d in result.diagnostics if d.code == "RST189")


def test_at_least_one_item_is_the_lists_minimum(tmp_path: Path) -> None:
    schema, _, _, _ = _build(
        tmp_path,
        ("serials", "array", "The serial numbers; give at least one serial."),
        ("tags", "array", "Tags, at least 2 entries."),
        ("note", "string", "At least one word."),
    )
    properties = schema["properties"]
    assert properties["serials"]["minItems"] == 1 and properties["tags"]["minItems"] == 2
    assert "minItems" not in properties["note"]


def test_the_client_reads_the_object_without_its_presence_rules() -> None:
    """openapi-python-client cannot type an object with `not`/`anyOf` of `required` lists (its body
    would become Any): the client's document leaves them out, and keeps any other anyOf."""
    from rstapi.client.presence import without_presence_rules

    ruled = {
        "type": "object",
        "not": {"required": ["a", "b"]},
        "anyOf": [{"required": ["a"]}, {"required": ["b"]}],
    }
    other = {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "string"}]}
    spec = {"components": {"schemas": {"Ruled": ruled, "Other": other}}}
    client = without_presence_rules(spec)
    assert client["components"]["schemas"]["Ruled"] == {"type": "object"}
    assert client["components"]["schemas"]["Other"] == other
    assert spec["components"]["schemas"]["Ruled"] is ruled and "not" in ruled  # the spec is not changed
