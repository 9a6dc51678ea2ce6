"""Older revisions and siblings of the house style (issue 23): a JSON example that stops before
its last closing brackets, the endpoint as the document's title section, "Arrays in the X
Endpoint" sections, and an example showing the page of a table that documents the items.

Each test builds a small document through the real pipeline and asserts the spec fragment a user
would see, and the finding where the document needs one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.pipeline import BuildResult
from tests.conftest import build_document, build_rst, operation
from tests.rst_style import endpoint, field_table, line_number, literal, subsection

PATH = "/gizmo/v1/gadgets"


def _found(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


def _examples(spec: dict[str, Any], method: str = "get", path: str = PATH) -> list[Any]:
    media = operation(spec, method, path)["responses"]["200"]["content"]["application/json"]
    return [example["value"] for example in media["examples"].values()]


# ---------------------------------------------------------------- a block that stops before its closers

_TRUNCATED = """{
  "count": 1,
  "results": [
    {
      "name": "sprocket",
      "manual": "https://gizmo.example.org/manuals/
          sprocket.pdf",
      "tags": ["small", "red"]
    }"""
_TABLE = field_table(
    ("count", "integer", "How many gadgets."),
    ("results", "array", "The gadgets."),
)


def test_a_block_that_stops_before_its_last_closers_is_read_with_them_added(tmp_path: Path) -> None:
    rest = subsection("Response Values", _TABLE) + subsection("Example Response", literal(_TRUNCATED))
    spec, result, text = build_document(tmp_path, endpoint(rest=rest))
    item = {"name": "sprocket", "manual": "https://gizmo.example.org/manuals/sprocket.pdf"}
    assert _examples(spec) == [{"count": 1, "results": [{**item, "tags": ["small", "red"]}]}]
    last = line_number(text, '"tags": ["small", "red"]') + 1
    assert _found(result, "RST137") == [
        (
            last,
            "JSON example has its last closing brackets missing, read with them added at the end (']}' added)",
        )
    ]
    assert [line for line, _ in _found(result, "RST132")] == [line_number(text, '"manual"')]
    assert _found(result, "RST117") == []


@pytest.mark.parametrize(
    "pasted",
    [
        '{\n  "count": 1,\n  "results": [1, 2}',  # a closer that pairs with no opener: not a truncation
        '{\n  "count": 1,\n  "results": ["a", "b',  # stops inside a string: the value is not guessed
        '{\n  "count": 1,\n  "results": [1, 2]}\n]',  # one closer too many
    ],
    ids=["mismatched", "inside-a-string", "extra-closer"],
)
def test_a_block_whose_brackets_do_not_pair_up_is_not_completed(tmp_path: Path, pasted: str) -> None:
    rest = subsection("Response Values", _TABLE) + subsection("Example Response", literal(pasted))
    _, result, _ = build_document(tmp_path, endpoint(rest=rest))
    assert _found(result, "RST137") == []
    assert len(_found(result, "RST117")) == 1


def test_a_curl_body_that_stops_early_is_what_the_command_sends_and_is_not_completed(tmp_path: Path) -> None:
    curl = 'curl -X POST https://h.example/gizmo/v1/gadgets -d \'{"name": "sprocket"\''
    rest = subsection("Request Values", field_table(("name", "string", "The name."))) + subsection(
        "Example Request", literal(curl)
    )
    _, result, _ = build_document(tmp_path, endpoint(method="POST", rest=rest))
    assert _found(result, "RST137") == []
    assert len(_found(result, "RST117")) == 1


def _schema(spec: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return found


def _response(spec: dict[str, Any], method: str = "get", path: str = PATH) -> dict[str, Any]:
    media = operation(spec, method, path)["responses"]["200"]["content"]["application/json"]
    return _schema(spec, media["schema"])


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    """Each property's type, or the component its items (or it) point at, by name."""
    shown = {}
    for name, value in schema["properties"].items():
        pointed = value.get("items", value.get("allOf", [value])[0])
        shown[name] = pointed["$ref"].rsplit("/", 1)[1] if "$ref" in pointed else value["type"]
    return shown


# ---------------------------------------------------------------- the endpoint as the document's title section

_TITLE_ENDPOINT = """\
################
Gadgets Endpoint
################

GET calls to the gadgets endpoint return the gadgets of the workshop.

===================
Method and Endpoint
===================

.. list-table::
   :header-rows: 1

   * - Method
     - Endpoint
   * - GET
     - ``/gizmo/v1/gadgets/``

Example Request
---------------

::

   curl -X GET https://api.example.com/gizmo/v1/gadgets/

Response Values
---------------

{table}
Example Response
----------------

{example}
Errata
------

Nothing here yet.
"""


def test_parts_nested_under_method_and_endpoint_are_the_endpoints(tmp_path: Path) -> None:
    table = field_table(("name", "string", "The gadget's name."), ("size", "integer", "The gadget's size."))
    text = _TITLE_ENDPOINT.format(table=table, example=literal('{\n  "name": "sprocket",\n  "size": 3\n}'))
    result = build_rst(tmp_path, text)
    assert result.spec is not None
    spec = result.spec
    assert _properties(_response(spec, path=PATH + "/")) == {"name": "string", "size": "integer"}
    assert _examples(spec, path=PATH + "/") == [{"name": "sprocket", "size": 3}]
    assert spec["servers"] == [{"url": "https://api.example.com"}]
    assert str(result.coverage) == "table rows 3/3, examples 1/1"
    assert [line for line, _ in _found(result, "RST157")] == [line_number(text, "Errata")]
    assert _found(result, "RST152") == [] and _found(result, "RST150") == []


# ---------------------------------------------------------------- "Arrays in the X Endpoint"

_GADGET_TABLE = field_table(
    ("name", "string", "The gadget's name."),
    ("parts", "array", "The gadget's parts."),
    ("maker", "object", "Who made the gadget."),
)
_GADGET = '{\n  "name": "s",\n  "parts": [{"serial": "A1", "supplier": {"city": "Oslo"}}],\n  "maker": {"email": "m@e.org"}\n}'


def _arrays_section(title: str, *parts: str) -> str:
    stars = "*" * len(title)
    return f"\n{stars}\n{title}\n{stars}\n\nThe arrays and objects the endpoint returns.\n" + "".join(parts)


_ARRAYS = (
    subsection(  # the supplier of each part, before the parts it belongs to
        "supplier",
        "The ``supplier`` object of each part.\n\n" + field_table(("city", "string", "Where it is.")),
    ),
    subsection(
        "Parts",
        "Each element returned in the ``parts`` array has these fields.\n\n"
        + field_table(("serial", "string", "The serial number."), ("supplier", "object", "Who supplies it.")),
    ),
    subsection(
        "Manufacturer",
        "The ``maker`` object has these fields.\n\n"
        + field_table(("email", "string", "The maker's address.")),
    ),
)


@pytest.mark.parametrize("title", ["Arrays in the Gadgets Endpoint", "Objects Returned by the Gadgets API"])
def test_an_arrays_section_gives_each_array_or_object_field_it_names_its_table(
    tmp_path: Path, title: str
) -> None:
    gadgets = endpoint(
        title="Gadgets Endpoint",
        rest=subsection("Response Values", _GADGET_TABLE) + subsection("Example Response", literal(_GADGET)),
    )
    other = endpoint(
        title="Widgets Endpoint", path="/gizmo/v1/widgets", rest=subsection("Response Values", _GADGET_TABLE)
    )
    spec, result, _ = build_document(tmp_path, gadgets, other, _arrays_section(title, *_ARRAYS))
    top = _response(spec)
    assert _properties(top) == {
        "name": "string",
        "parts": "ListGadgetsPartsItem",
        "maker": "ListGadgetsMaker",
    }
    parts = spec["components"]["schemas"]["ListGadgetsPartsItem"]
    assert _properties(parts) == {"serial": "string", "supplier": "ListGadgetsSupplier"}
    assert _properties(spec["components"]["schemas"]["ListGadgetsSupplier"]) == {"city": "string"}
    assert _properties(spec["components"]["schemas"]["ListGadgetsMaker"]) == {"email": "string"}
    assert _properties(_response(spec, path="/gizmo/v1/widgets")) == {
        "name": "string",
        "parts": "array",
        "maker": "object",
    }  # the section names the gadgets endpoint, not the one just before it
    assert str(result.coverage) == "table rows 12/12, examples 1/1"  # 3 + 3 + 2 method rows + 1 + 2 + 1
    assert [d.code for d in result.diagnostics if d.code.startswith("RST15") or d.code == "RST110"] == []


def test_an_arrays_section_belongs_to_the_endpoint_before_it_and_reports_what_it_cannot_place(
    tmp_path: Path,
) -> None:
    stray = subsection("Colours", "The colours.\n\n" + field_table(("hue", "string", "The hue.")))
    sections = (
        endpoint(rest=subsection("Response Values", _GADGET_TABLE)),
        _arrays_section("Arrays in the Response", _ARRAYS[1], stray),
    )
    spec, result, text = build_document(tmp_path, *sections)
    assert _properties(_response(spec))["parts"] == "ListGadgetsPartsItem"
    assert [line for line, _ in _found(result, "RST154")] == [line_number(text, "Colours")]
    assert str(result.coverage) == "table rows 6/7, examples 0/0"  # all but the hue


def test_an_arrays_subsection_may_write_its_fields_as_a_list_and_every_item_is_counted(
    tmp_path: Path,
) -> None:
    listed = "The ``maker`` object.\n\n* ``email`` (string): The maker's address.\n* ``phone``: string. A number.\n"
    stray = "The colours.\n\n* red, the first\n* blue, the second\n"
    sections = (
        endpoint(rest=subsection("Response Values", _GADGET_TABLE)),
        _arrays_section(
            "Arrays in the Gadgets Endpoint", subsection("maker", listed), subsection("Colours", stray)
        ),
    )
    spec, result, text = build_document(tmp_path, *sections)
    assert _properties(spec["components"]["schemas"]["ListGadgetsMaker"]) == {
        "email": "string",
        "phone": "string",
    }
    assert (
        str(result.coverage) == "table rows 6/8, examples 0/0"
    )  # 1 method row, 3 fields, 2 items; not the colours
    assert [line for line, _ in _found(result, "RST154")] == [line_number(text, "Colours")]


# ---------------------------------------------------------------- an example showing the page of the items

_ITEMS = field_table(("name", "string", "The gadget's name."), ("size", "integer", "The gadget's size."))
_PAGE = (
    '{\n  "count": 2,\n  "next": null,\n  "previous": null,\n  "results": [\n'
    '    {"name": "sprocket", "size": 3},\n    {"name": "cog", "size": 1}\n  ]\n}'
)


def test_a_page_example_over_an_items_table_makes_the_table_the_items_of_the_page(tmp_path: Path) -> None:
    rest = subsection("Response Values", _ITEMS) + subsection("Example Response", literal(_PAGE))
    spec, result, _ = build_document(tmp_path, endpoint(rest=rest))
    page = _response(spec)
    assert _properties(page) == {
        "count": "integer",
        "next": ["string", "null"],
        "previous": ["string", "null"],
        "results": "ListGadgetsResultsItem",
    }
    assert _properties(spec["components"]["schemas"]["ListGadgetsResultsItem"]) == {
        "name": "string",
        "size": "integer",
    }
    assert "description" not in page["properties"]["count"]  # the document says nothing of it
    assert _examples(spec)[0]["results"][1] == {"name": "cog", "size": 1}
    assert [d.code for d in result.diagnostics if d.code.startswith(("DOC201", "SPEC"))] == []


def test_a_page_example_uses_the_documents_own_envelope_table(tmp_path: Path) -> None:
    envelope = field_table(
        ("count", "integer", "How many gadgets there are."),
        ("next", "string", "The next page's URL."),
        ("previous", "string", "The previous page's URL."),
        ("results", "array", "This page's gadgets."),
    )
    rest = subsection("Response Values", _ITEMS) + subsection("Example Response", literal(_PAGE))
    pagination = "\n**********\nPagination\n**********\n\nLists are paginated.\n\n" + envelope
    spec, result, _ = build_document(tmp_path, pagination, endpoint(rest=rest))
    page = _response(spec)
    assert page["properties"]["count"]["description"] == "How many gadgets there are."
    assert _properties(page)["results"] == "ListGadgetsResultsItem"
    assert _found(result, "DOC201") == []


def test_an_example_whose_items_the_table_does_not_document_stays_a_contradiction(tmp_path: Path) -> None:
    other = _PAGE.replace('"name"', '"label"').replace('"size"', '"weight"')
    rest = subsection("Response Values", _ITEMS) + subsection("Example Response", literal(other))
    spec, result, _ = build_document(tmp_path, endpoint(rest=rest))
    assert _properties(_response(spec)) == {"name": "string", "size": "integer"}
    assert {message.split("'")[1] for _, message in _found(result, "DOC201")} >= {"count", "results"}
