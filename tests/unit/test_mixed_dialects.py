"""A page that mixes dialects: os-api-ref's ``rest_method`` beside httpdomain's ``http:get`` is read
by both readers, each its own objects; a house-style endpoint on a page a directive dialect reads
is RST204, never dropped without a word."""

from __future__ import annotations

from pathlib import Path

from rstapi.config import Config
from rstapi.pipeline import BuildResult, build
from tests.rst_style import endpoint, field_table, line_number, subsection
from tests.unit.test_osapiref_explored import _entry, _items, _operation

PARAMETERS = _entry("kettle_id", "path", "string") + _entry("volume", "body", "integer")

INTRO = """\
###########
Kitchen API
###########

The kitchen boils and pours.

"""

HTTP = """\
Cups
====

Cups hold tea.

.. http:get:: /v1/cups/(int:cup_id)

   Show a cup.

   **Example response**:

   .. sourcecode:: json

      {"colour": "blue"}

   :param cup_id: the cup
   :>json string colour: the cup's colour
   :statuscode 200: the cup

"""

KETTLE = _operation(
    "Show Kettle",
    "GET /v1/kettles/{kettle_id}",
    _items("kettle_id: kettle_id"),
    _items("volume: volume") + '.. code-block:: json\n\n   {"volume": 2}\n\n',
)

GUIDE = "Tea guide\n=========\n\nSteep for three minutes.\n"


def _build(tmp_path: Path, text: str) -> BuildResult:
    (tmp_path / "index.rst").write_text(text, encoding="utf-8")
    (tmp_path / "parameters.yaml").write_text(PARAMETERS, encoding="utf-8")
    return build(Config(sources=(tmp_path / "index.rst",), root=tmp_path))


def test_a_page_mixing_rest_method_and_http_get_gives_both_dialects_operations(tmp_path: Path) -> None:
    """The page was read as os-api-ref alone: GET /v1/cups/{cup_id} was missing from the spec with
    no finding (its rows not even counted), and the directive was an RST186 of the description."""
    for text in (INTRO + KETTLE + HTTP + GUIDE, INTRO + HTTP + KETTLE + GUIDE):
        result = _build(tmp_path, text)
        assert result.spec is not None
        paths = result.spec["paths"]
        assert set(paths) == {"/v1/kettles/{kettle_id}", "/v1/cups/{cup_id}"}
        cup = paths["/v1/cups/{cup_id}"]["get"]["responses"]["200"]["content"]["application/json"]
        assert cup["examples"] and "colour" in str(cup["schema"]) + str(result.spec["components"])
        kettle = paths["/v1/kettles/{kettle_id}"]["get"]["responses"]["200"]["content"]["application/json"]
        assert kettle["examples"]
        assert result.coverage.examples == (2, 2)
        assert result.spec["info"]["description"].startswith("The kitchen boils and pours.")
        # each place is spoken for once (the guide's prose: one RST178, not one per reader), and
        # nothing inside one dialect's operation is reported by the reader that does not read it;
        # a group's prose after the page's first operation is no description, as on a page of one
        loose = [line_number(text, "Steep for three minutes.")]
        if text.index("Cups hold tea.") > text.index("rest_method"):
            loose.insert(0, line_number(text, "Cups hold tea."))
        assert [(d.code, d.location.line) for d in result.diagnostics] == [("RST178", n) for n in loose]


def test_a_house_style_endpoint_on_a_directive_page_is_reported_at_its_title(tmp_path: Path) -> None:
    """The house-style section's GET /gizmo/v1/gadgets was dropped without a word on an os-api-ref
    page (an httpdomain page only counted its rows as lost)."""
    house = endpoint(rest=subsection("Response Values", field_table(("name", "string", "The name."))))
    for dialect in (KETTLE, HTTP):
        text = INTRO + dialect + house
        result = _build(tmp_path, text)
        found = [(d.location.line, d.message) for d in result.diagnostics if d.code == "RST204"]
        assert [line for line, _ in found] == [line_number(text, "gadgets Endpoint", 2)]
        assert "'gadgets Endpoint'" in found[0][1] and "not read" in found[0][1]
