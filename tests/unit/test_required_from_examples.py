"""Required response fields from the reference's evidence: every example gives them, no word says otherwise."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from rstapi.diagnostics import SourceLocation
from rstapi.model import Api, Example, Field, ObjectSchema, Operation, Response, TypeSpec
from rstapi.openapi.required import (
    _ABSENCE,
    _ABSENCE_WORDING,
    ABSENCE_PHRASES,
    REQUIRED_FROM,
    may_be_absent,
    required_fields,
)
from tests.conftest import build_rst
from tests.rst_style import document, endpoint, subsection

GADGETS = """.. list-table::
   :header-rows: 1

   * - Field
     - Data Type
     - Description
   * - ``uuid``
     - string
     - The gadget's UUID.
   * - ``colour``
     - string (Nullable)
     - The colour.
   * - ``nickname``
     - string
     - A nickname, if any.
   * - ``size``
     - integer
     - The size.
"""


def _rest(*examples: str) -> str:
    rest = subsection("Response Values", GADGETS)
    for example in examples:
        rest += subsection("Example Response", f".. code-block:: json\n\n  {example}\n")
    return rest


def _schema(tmp_path: Path, *examples: str, overlay: str | None = None) -> dict[str, Any]:
    result = build_rst(
        tmp_path, document(endpoint(path="/gizmo/v1/gadgets/{id}", rest=_rest(*examples))), overlay=overlay
    )
    schema: dict[str, Any] = result.spec["components"]["schemas"]["GetGadgetsResponse"]
    return schema


def test_a_field_every_example_gives_is_required_and_nullable_stays_separate(tmp_path: Path) -> None:
    schema = _schema(
        tmp_path,
        '{"uuid": "a", "colour": null, "nickname": "n", "size": 1}',
    )
    assert schema["required"] == ["uuid", "colour", "size"]
    assert schema[REQUIRED_FROM] == "examples"
    colour = schema["properties"]["colour"]
    assert colour["type"] == ["string", "null"]


def test_a_field_missing_from_one_example_stays_optional(tmp_path: Path) -> None:
    schema = _schema(tmp_path, '{"uuid": "a", "colour": "red", "size": 1}', '{"uuid": "b", "colour": "blue"}')
    assert schema["required"] == ["uuid", "colour"]


def test_no_example_means_no_required_claim(tmp_path: Path) -> None:
    schema = _schema(tmp_path)
    assert "required" not in schema and REQUIRED_FROM not in schema


def test_an_overlay_action_removes_a_field_from_required(tmp_path: Path) -> None:
    overlay = """
    overlay: 1.0.0
    info: {title: t, version: '1'}
    actions:
      - target: $.components.schemas.GetGadgetsResponse.required[?(@ == 'size')]
        description: The service leaves size out for unsized gadgets.
        remove: true
    """
    schema = _schema(tmp_path, '{"uuid": "a", "colour": "red", "size": 1}', overlay=overlay)
    assert schema["required"] == ["uuid", "colour"]


@pytest.mark.parametrize(
    ("description", "phrase"),
    [
        ("The amount paid, if any.", "if any"),
        ("Geographic location, if one exists.", "if one exists"),
        ("The SSO id. (Only applicable for customers using SSO.)", "only applicable"),
        ("Only returned for admins.", "only returned"),
    ],
)
def test_absence_phrases(description: str, phrase: str) -> None:
    assert may_be_absent(description) == phrase
    assert phrase in ABSENCE_PHRASES or f", {phrase}" in ABSENCE_PHRASES


def test_the_absence_pattern_matches_what_its_phrases_match_without_its_look_ahead() -> None:
    """``_ABSENCE`` looks ahead for the phrases' first characters before trying them: every
    character that case-insensitively is a phrase's first (Unicode's folds too: "ı" for "i")
    passes, so a phrase written with it is found as the phrases alone find it."""
    plain = re.compile(_ABSENCE_WORDING, re.IGNORECASE)
    firsts = {first: re.compile(re.escape(first), re.IGNORECASE) for first in {p[0] for p in ABSENCE_PHRASES}}
    starting = {
        first: [chr(c) for c in range(sys.maxunicode + 1) if as_written.fullmatch(chr(c))]
        for first, as_written in firsts.items()
    }
    assert "\u0131" in starting["i"]
    for phrase in ABSENCE_PHRASES:
        for character in starting[phrase[0]]:
            text = f"The value {character}{phrase[1:]}."
            found, expected = _ABSENCE.search(text), plain.search(text)
            assert (
                (found and found.group(0)) == (expected and expected.group(0)) == f"{character}{phrase[1:]}"
            )


@pytest.mark.parametrize(
    "description",
    [
        "Signifies if the course is excluded from search.",
        "Notified if any of the runs is published.",
        "Whether or not it is active.",
    ],
)
def test_conditions_inside_a_description_are_not_absence(description: str) -> None:
    assert may_be_absent(description) is None


def _field(name: str, spec: TypeSpec, description: str = "") -> Field:
    return Field(name, spec, description or f"The {name}.", SourceLocation("ref.rst", 1))


def test_items_nested_in_a_page_example_are_evidence_for_the_item_schema() -> None:
    """Each item of the page's ``results`` is one example object of the item's schema."""
    where = SourceLocation("ref.rst", 1)
    item = ObjectSchema(
        "Gadget", (_field("uuid", TypeSpec("string")), _field("size", TypeSpec("integer"))), where
    )
    results = TypeSpec("array", items=TypeSpec("object", ref="Gadget"))
    page = ObjectSchema(
        "GadgetPage", (_field("count", TypeSpec("integer")), _field("results", results)), where
    )
    value = {"count": 2, "results": [{"uuid": "a", "size": 1}, {"uuid": "b"}]}
    response = Response(
        200, "OK", where, TypeSpec("object", ref="GadgetPage"), (Example("page", "", where, value),)
    )
    operation = Operation("list_gadgets", "GET", "/g", "g", "", "", where, responses=(response,))
    request_only = ObjectSchema("CreateGadgetRequest", (_field("uuid", TypeSpec("string")),), where)
    found = required_fields(Api("t", "", ("ref.rst",), (operation,), (item, page, request_only)))
    assert found["Gadget"].required == ("uuid",)
    assert found["Gadget"].optional == {"size": "absent from 1 of 2 example objects"}
    assert found["GadgetPage"].required == ("count", "results")
    assert "CreateGadgetRequest" not in found  # a request schema is never a response's evidence
