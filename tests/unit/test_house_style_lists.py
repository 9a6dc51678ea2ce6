"""Fields written as a bullet, definition or field list, or in another table syntax, instead of a list-table.

A list in a request, parameters, response or fields section is read as fields when its first
item has a field's shape; whatever such a section's lists hold that is not read is reported
(RST150 for a whole list, RST151 for an item) and counted as lost by the coverage figure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.diagnostics import Level
from rstapi.openapi.sourcemap import sourcemap_from_spec, split_sources
from rstapi.pipeline import BuildResult
from tests.conftest import build_document, build_rst, operation
from tests.rst_style import document, endpoint, line_number, subsection

PATH = "/gizmo/v1/gadgets"


_build = build_document


def _response_pointer(spec: dict[str, Any]) -> str:
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    return str(media["schema"]["$ref"]).removeprefix("#")


def _response_component(spec: dict[str, Any]) -> dict[str, Any]:
    """The response body's component as the written spec has it (no x-rst-source)."""
    found: dict[str, Any] = split_sources(spec)[0]["components"]["schemas"][
        _response_pointer(spec).rsplit("/", 1)[1]
    ]
    return found


def _warnings(result: BuildResult) -> list[str]:
    return [str(d) for d in result.diagnostics if d.level >= Level.WARNING]


def _found(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


RESPONSE_LISTS = {
    "bullet, literal name, type in parentheses, colon": (
        "* ``name`` (string): The gadget's name.\n* ``size`` (integer): The gadget's size.\n"
    ),
    "bullet, dash separator": "* ``name`` (string) - The gadget's name.\n* ``size`` (integer) - The gadget's size.\n",
    "dash bullet, bare name, double dash": (
        "- name (string) -- The gadget's name.\n- size (integer) -- The gadget's size.\n"
    ),
    "bullet, type leading the description": (
        "* ``name``: string. The gadget's name.\n* ``size``: integer. The gadget's size.\n"
    ),
    "definition list with classifiers": (
        "``name`` : string\n   The gadget's name.\n\n``size`` : integer\n   The gadget's size.\n"
    ),
    "definition list, type in the term": (
        "``name`` (string)\n   The gadget's name.\n\n``size`` (integer)\n   The gadget's size.\n"
    ),
    "definition list, type leading the definition": (
        "``name``\n   string. The gadget's name.\n\n``size``\n   integer. The gadget's size.\n"
    ),
    "field list, type leading the body": ":name: string. The gadget's name.\n:size: integer. The gadget's size.\n",
    "field list, type in the name": ":name (string): The gadget's name.\n:size (integer): The gadget's size.\n",
}


@pytest.mark.parametrize("written", RESPONSE_LISTS.values(), ids=RESPONSE_LISTS.keys())
def test_response_fields_written_as_a_list(tmp_path: Path, written: str) -> None:
    spec, result, text = _build(tmp_path, endpoint(rest=subsection("Response Values", written)))
    component = _response_component(spec)
    assert component["properties"] == {
        "name": {"type": "string", "description": "The gadget's name."},
        "size": {"type": "integer", "description": "The gadget's size."},
    }
    assert _warnings(result) == []
    assert result.coverage is not None and result.coverage.table_rows == (3, 3)  # the method row, 2 items
    sources = sourcemap_from_spec(spec)
    pointer = _response_pointer(spec)
    assert sources[f"{pointer}/properties/name"] == f"ref.rst:{line_number(text, 'name')}"
    assert sources[f"{pointer}/properties/size"] == f"ref.rst:{line_number(text, 'size')}"


def test_get_request_values_as_a_definition_list_are_query_parameters(tmp_path: Path) -> None:
    values = "``page`` : integer\n   The page to show.\n\n``page_size`` : integer\n   Gadgets per page.\n"
    spec, result, _ = _build(tmp_path, endpoint(rest=subsection("Request Values", values)))
    parameters = {p["name"]: p for p in operation(spec, "get", PATH)["parameters"]}
    assert parameters["page"]["in"] == "query" and parameters["page"]["schema"] == {"type": "integer"}
    assert parameters["page_size"]["description"] == "Gadgets per page."
    assert _warnings(result) == []


def test_post_data_values_as_a_bullet_list_are_the_request_body(tmp_path: Path) -> None:
    values = "* ``name`` (string): The gadget's name.\n* ``tags`` (array): Labels for the gadget.\n"
    spec, result, _ = _build(tmp_path, endpoint(method="POST", rest=subsection("POST Data Values", values)))
    media = operation(spec, "post", PATH)["requestBody"]["content"]["application/json"]
    body = split_sources(spec)[0]["components"]["schemas"][media["schema"]["$ref"].rsplit("/", 1)[1]]
    assert body["properties"]["name"]["type"] == "string"
    assert body["properties"]["tags"]["type"] == "array"
    assert _warnings(result) == []


def test_a_fields_section_and_its_array_section_written_as_lists(tmp_path: Path) -> None:
    things = (
        "\n.. _Fields in a Gadget:\n\n******************\nFields in a Gadget\n******************\n\n"
        "* ``name`` (string): The gadget's name.\n* ``parts`` (array): The gadget's parts.\n"
        + subsection("Fields in the parts array", "* ``serial`` (string): The part's serial number.\n")
    )
    response = subsection("Response Values", "The response is a :ref:`Fields in a Gadget`.\n")
    spec, result, _ = _build(tmp_path, endpoint(rest=response), things)
    gadget = split_sources(spec)[0]["components"]["schemas"]["Gadget"]
    assert gadget["properties"]["name"]["type"] == "string"
    item = gadget["properties"]["parts"]["items"]["$ref"].rsplit("/", 1)[1]
    assert spec["components"]["schemas"][item]["properties"]["serial"]["type"] == "string"
    assert _response_pointer(spec) == "/components/schemas/Gadget"
    assert _warnings(result) == []


def test_a_nested_list_of_values_is_part_of_the_fields_description(tmp_path: Path) -> None:
    written = (
        "* ``status`` (string): One of:\n\n  * ``active``\n  * ``retired``\n\n* ``size`` (integer): Size.\n"
    )
    spec, result, _ = _build(tmp_path, endpoint(rest=subsection("Response Values", written)))
    status = _response_component(spec)["properties"]["status"]
    assert status["enum"] == ["active", "retired"]
    assert _warnings(result) == []


def test_what_a_field_section_list_holds_that_is_not_read_is_reported_and_counted(tmp_path: Path) -> None:
    response = (
        "* ``name`` (string): The gadget's name.\n* the gadget's colour\n* ``size``: The gadget's size.\n"
    )
    request = "* Results are sorted by date.\n* Pages hold ten gadgets.\n"
    sections = subsection("Response Values", response) + subsection("Request Values", request)
    spec, result, text = _build(tmp_path, endpoint(rest=sections))
    assert _response_component(spec)["properties"]["name"] == {
        "type": "string",
        "description": "The gadget's name.",
    }
    left_out = _found(result, "RST151")
    assert [line for line, _ in left_out] == [line_number(text, "the gadget's colour")]
    assert "bullet list in section 'Response Values'" in left_out[0][1]
    whole = _found(result, "RST150")
    assert [line for line, _ in whole] == [line_number(text, "Results are sorted")]
    assert "none of its 2 rows" in whole[0][1] and "``name`` (type): description" in whole[0][1]
    assert _found(result, "RST112") == [(line_number(text, "``size``:"), "field 'size' has no data type")]
    assert result.coverage is not None and result.coverage.table_rows == (3, 6)  # method row, name, size


def test_lists_outside_field_sections_are_prose(tmp_path: Path) -> None:
    """A list in the document's introduction or an endpoint's prose is neither read nor reported."""
    intro = "The Gizmo API offers:\n\n* ``gadgets`` - the gadgets.\n* ``widgets`` - the widgets.\n"
    spec, result, _ = _build(
        tmp_path, intro, endpoint(prose="Lists gadgets:\n\n* sorted by date\n* ten per page")
    )
    assert _warnings(result) == []
    assert result.coverage is not None and result.coverage.table_rows == (1, 1)
    assert spec["components"]["schemas"] == {}


OTHER_TABLE_SYNTAXES = {
    "grid table": (
        "+----------+-----------+--------------------+\n"
        "| Field    | Data Type | Description        |\n"
        "+==========+===========+====================+\n"
        "| ``name`` | string    | The gadget's name. |\n"
        "+----------+-----------+--------------------+\n"
        "| ``size`` | integer   | The gadget's size. |\n"
        "+----------+-----------+--------------------+\n"
    ),
    "simple table": (
        "========  =========  ==================\n"
        "Field     Data Type  Description\n"
        "========  =========  ==================\n"
        "``name``  string     The gadget's name.\n"
        "``size``  integer    The gadget's size.\n"
        "========  =========  ==================\n"
    ),
    "csv-table": (
        ".. csv-table::\n"
        '   :header: "Field", "Data Type", "Description"\n\n'
        '   "``name``", "string", "The gadget\'s name."\n'
        '   "``size``", "integer", "The gadget\'s size."\n'
    ),
}


@pytest.mark.parametrize("written", OTHER_TABLE_SYNTAXES.values(), ids=OTHER_TABLE_SYNTAXES.keys())
def test_field_tables_in_other_table_syntaxes(tmp_path: Path, written: str) -> None:
    """Not only list-tables: every docutils table syntax reads the same."""
    spec, result, _ = _build(tmp_path, endpoint(rest=subsection("Response Values", written)))
    assert _response_component(spec)["properties"] == {
        "name": {"type": "string", "description": "The gadget's name."},
        "size": {"type": "integer", "description": "The gadget's size."},
    }
    assert _warnings(result) == []
    assert result.coverage is not None and result.coverage.table_rows == (3, 3)


def test_a_second_field_table_that_names_no_array_is_reported_as_unused_not_as_unreadable(
    tmp_path: Path,
) -> None:
    second = "``size`` : integer\n   The gadget's size.\n"
    written = "* ``name`` (string): The gadget's name.\n\n" + second
    spec, result, text = _build(tmp_path, endpoint(rest=subsection("Response Values", written)))
    assert set(_response_component(spec)["properties"]) == {"name"}
    [unused] = [d for d in result.diagnostics if d.code == "RST150"]
    assert unused.location is not None and unused.location.line == line_number(text, "``size`` : integer")
    assert "definition list in section 'Response Values'" in unused.message
    assert "it reads as fields, but a section uses only its first field table or list" in unused.message


def test_a_finding_of_a_section_read_once_per_method_is_said_once(tmp_path: Path) -> None:
    """A 'Method and Endpoint' row for GET and PUT reads the section twice; a finding in it is the
    same finding, printed once."""
    rest = subsection("Response Values", "* ``name`` (string): The gadget's name.\n") + subsection(
        "Example Response", '.. code-block:: json\n\n   {"name": "sprocket", "colour": "red"}\n'
    )
    text = document(endpoint(rest=rest)).replace("   * - GET\n", "   * - GET, PUT\n")
    result = build_rst(tmp_path, text)
    assert result.spec is not None and set(result.spec["paths"][PATH]) == {"get", "put"}
    assert [d.code for d in result.diagnostics].count("DOC201") == 1


def test_dotted_rows_document_the_fields_of_an_object_or_array_field(tmp_path: Path) -> None:
    """ "owner.name" documents the ``name`` of the ``owner`` object; "parts[].serial" the ``serial``
    of each item of ``parts``, as other revisions write nested fields in one flat table."""
    table = (
        "* ``owner`` (object): Who owns the gadget.\n"
        "* ``owner.name`` (string): The owner's name.\n"
        "* ``parts`` (array): The gadget's parts.\n"
        "* ``parts[].serial`` (string): A part's serial number.\n"
        "* ``parts[].maker.country`` (string): Where it was made.\n"
        "* ``parts[].maker`` (object): Who made it.\n"
        "* ``version.major`` (integer): Nested too: the row implies a ``version`` object.\n"
    )
    example = '.. code-block:: json\n\n   {"owner": {"name": "a"}, "parts": [{"serial": "x", "maker": {"country": "NL"}}]}\n'
    rest = subsection("Response Values", table) + subsection("Example Response", example)
    spec, result, _ = _build(tmp_path, endpoint(rest=rest))
    written = split_sources(spec)[0]["components"]["schemas"]
    top = _response_component(spec)
    assert list(top["properties"]) == ["owner", "parts", "version"]  # was "version.major"
    version = written[top["properties"]["version"]["allOf"][0]["$ref"].rsplit("/", 1)[1]]
    assert version["properties"]["major"]["type"] == "integer"
    owner = written[top["properties"]["owner"]["allOf"][0]["$ref"].rsplit("/", 1)[1]]
    assert owner["properties"]["name"]["type"] == "string"
    part = written[top["properties"]["parts"]["items"]["$ref"].rsplit("/", 1)[1]]
    assert list(part["properties"]) == ["serial", "maker"]
    maker = written[part["properties"]["maker"]["allOf"][0]["$ref"].rsplit("/", 1)[1]]
    assert maker["properties"]["country"]["type"] == "string"
    assert [d.code for d in result.diagnostics if d.code.startswith("DOC20")] == ["DOC202"]  # version


NESTED_BULLETS = """\
* ``name`` (string): The name.
* ``profile`` (object): The profile, with these fields:

  * ``bio`` (string): A short bio.
  * ``website`` (URL): The user's website.

* ``roles`` (list of strings): The roles. One of:

  * ``admin``
  * ``staff``
"""
NESTED_DEFINITIONS = """\
``name`` : string
   The name.

``profile`` : dict
   The profile.

   ``bio`` : string
      A short bio.

   ``website`` : URL
      The user's website.
"""


@pytest.mark.parametrize("written", [NESTED_BULLETS, NESTED_DEFINITIONS], ids=["bullets", "definitions"])
def test_an_object_items_fields_listed_inside_it_are_its_properties(tmp_path: Path, written: str) -> None:
    """A list of typed fields inside an object item documents the object's fields, as dotted rows
    would (they were dropped, or flattened into its description); a list of values stays values."""
    spec, result, _ = _build(tmp_path, endpoint(rest=subsection("Response Values", written)))
    written_spec = split_sources(spec)[0]
    response = _response_component(spec)
    profile_ref = response["properties"]["profile"]["allOf"][0]["$ref"].rsplit("/", 1)[1]
    profile = written_spec["components"]["schemas"][profile_ref]["properties"]
    assert profile == {
        "bio": {"type": "string", "description": "A short bio."},
        "website": {"type": "string", "format": "uri", "description": "The user's website."},
    }
    assert "bio" not in response["properties"]["profile"].get("description", "")
    if written is NESTED_BULLETS:
        assert response["properties"]["roles"]["items"]["enum"] == ["admin", "staff"]
    assert _warnings(result) == []
