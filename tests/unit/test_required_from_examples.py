"""Required response fields from the reference's evidence: every example gives them, no word says otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from rstapi.openapi.required import ABSENCE_PHRASES, REQUIRED_FROM, may_be_absent
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


def _schema(tmp_path: Path, *examples: str, overlay: str | None = None) -> dict[str, object]:
    result = build_rst(
        tmp_path, document(endpoint(path="/gizmo/v1/gadgets/{id}", rest=_rest(*examples))), overlay=overlay
    )
    schema: dict[str, object] = result.spec["components"]["schemas"]["GetGadgetsResponse"]
    return schema


def test_a_field_every_example_gives_is_required_and_nullable_stays_separate(tmp_path: Path) -> None:
    schema = _schema(
        tmp_path,
        '{"uuid": "a", "colour": null, "nickname": "n", "size": 1}',
    )
    assert schema["required"] == ["uuid", "colour", "size"]
    assert schema[REQUIRED_FROM] == "examples"
    colour = schema["properties"]["colour"]  # type: ignore[index]
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
