"""os-api-ref documents of a fifth round: a page's introduction (what it says before its first
``rest_method``) as the API's description, and what the reader makes of the constructs os-api-ref's
source supports."""

from __future__ import annotations

from pathlib import Path

from tests.rst_style import line_number
from tests.unit.test_osapiref_explored import _build, _codes, _entry, _items, _operation, _spec

_KETTLE_ID = _entry("kettle_id", "path", "string")

INTRO = """\
============
 Kettle API
============

The Kettle service boils water.

Every request takes a token:

.. code-block:: console

   $ curl -H "X-Auth-Token: $TOKEN" https://kettle.example.com/v1/

.. note::

   Temperatures are in degrees Celsius.

The version document:

.. code-block:: json

   {"version": "1.0", "status": "CURRENT"}

.. rest_expand_all::

Kettles
=======

A kettle holds water.

"""


def test_a_pages_introduction_is_the_apis_description_code_blocks_and_notes_too(tmp_path: Path) -> None:
    """Only its paragraphs were: the console block was RST178, the note was dropped without a
    word, the JSON block was RST152 (and its paragraph was kept with nothing after its colon), and
    the prose of the resource group's section before its first operation was dropped too."""
    text = INTRO + _operation("Show Kettle", "GET /v1/kettles/{kettle_id}", _items("kettle_id: kettle_id"))
    result = _build(tmp_path, {"index.rst": text, "parameters.yaml": _KETTLE_ID})
    assert _spec(result)["info"]["description"] == (
        "The Kettle service boils water.\n\n"
        "Every request takes a token:\n\n"
        '~~~console\n$ curl -H "X-Auth-Token: $TOKEN" https://kettle.example.com/v1/\n~~~\n\n'
        "Note: Temperatures are in degrees Celsius.\n\n"
        "The version document:\n\n"
        '~~~json\n{"version": "1.0", "status": "CURRENT"}\n~~~\n\n'
        "**Kettles**\n\n"
        "A kettle holds water."
    )
    assert _codes(result, "RST178") == [] and _codes(result, "RST152") == []
    assert result.coverage is not None and result.coverage.examples == (0, 0)


def test_prose_after_the_first_operation_outside_every_operation_is_rst178(tmp_path: Path) -> None:
    """A resource group's introduction after the page's first operation has no place in the spec:
    it was left out without a word."""
    later = "Teapots\n=======\n\nA teapot pours tea.\n\n- green\n- black\n\n"
    text = (
        INTRO
        + _operation("Show Kettle", "GET /v1/kettles/{kettle_id}", _items("kettle_id: kettle_id"))
        + later
        + _operation("List Teapots", "GET /v1/teapots")
    )
    result = _build(tmp_path, {"index.rst": text, "parameters.yaml": _KETTLE_ID})
    first, second = line_number(text, "A teapot pours"), line_number(text, "- green")
    assert _codes(result, "RST178") == [
        (
            f"index.rst:{first}",
            f"the prose of section 'Teapots' (lines {first}, {second}) stands in no rest_method section "
            "and after the page's first one, so it is not the API's description either: the spec leaves it out",
        )
    ]
    assert "teapot" not in _spec(result)["info"]["description"]


def test_a_table_the_introduction_cannot_show_is_said_to_be_left_out_of_the_apis_description(
    tmp_path: Path,
) -> None:
    table = "+---+---+\n| a | b |\n+===+===+\n| wide  |\n+---+---+\n\n"
    text = INTRO.replace("A kettle holds water.\n", "A kettle holds water.\n\n" + table) + _operation(
        "Show Kettle", "GET /v1/kettles/{kettle_id}", _items("kettle_id: kettle_id")
    )
    result = _build(tmp_path, {"index.rst": text, "parameters.yaml": _KETTLE_ID})
    [(place, message)] = _codes(result, "RST186")
    assert place == f"index.rst:{line_number(text, '+---+---+')}"
    assert message.startswith("a table in the prose of 'Kettles' is left out of the API's description")
