"""What a reviewer reads in the spec (issue 23): examples named and summarised from their titles,
no file path or line number anywhere (the source map holds them, so an edit that moves text
leaves the spec byte-identical), no invented parameter descriptions, and descriptions in
CommonMark rather than RST."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from rstapi.openapi.sourcemap import split_sources
from rstapi.openapi.write import dump_spec
from tests.conftest import build_rst, operation
from tests.rst_style import code_block, document, endpoint, field_table, literal, subsection

GADGET = "/gizmo/v1/gadgets/{gadget_id}"
_GADGET_EXAMPLE = '{\n  "gadget_id": "g-1",\n  "name": "sprocket",\n  "parts": [{"serial": "A1"}]\n}'
_PROSE = (
    "GET calls to the ``gadgets/{gadget_id}`` endpoint return one gadget, described in "
    ":ref:`gadget-fields`; see `the workshop guide <https://gizmo.example.org/guide>`_ and "
    ":ref:`the parts <gadget-fields>`.\n\n"
    "* the ``name`` and\n* the ``parts`` of the gadget.\n\n"
    "#. Find the gadget.\n#. Read it."
)

# One of each construct the spec is made from: a fields section with its example, an endpoint
# with path parameters, curl, a table pointing at the fields section, titled examples (one with
# a status), a POST with a request table and a JSON body, an endpoint with no table at all.
FIXTURE = document(
    "\n.. _gadget-fields:\n\n*****************\nFields in a Gadget\n*****************\n\n"
    "The fields of a gadget.\n\n"
    + field_table(
        ("gadget_id", "string", "The gadget's ``id``."),
        ("name", "string", "The name; see `the catalogue <https://gizmo.example.org/c>`_."),
        ("parts", "array", "The parts, as :ref:`gadget-fields` lists them."),
    )
    + "\n**************************************************\n"
    "Example Response Showing Information about a Gadget\n"
    "**************************************************\n\n" + literal(_GADGET_EXAMPLE),
    endpoint(
        title="gadget Endpoint",
        path=GADGET,
        prose=_PROSE,
        rest=subsection(
            "Example Request", literal("curl -X GET https://api.example.com/gizmo/v1/gadgets/g-1")
        )
        + subsection("Response Values", "The response is a :ref:`gadget <gadget-fields>`.\n")
        + subsection("Example 404 Response", literal('{\n  "detail": "Not found."\n}')),
    ),
    endpoint(
        title="paint Endpoint",
        method="POST",
        path="/gizmo/v1/gadgets/{gadget_id}/paint",
        prose="POST calls to the ``paint`` endpoint paint a gadget.",
        rest=subsection("Request Values", field_table(("colour", "string", "One of ``red``, ``blue``.")))
        + subsection(
            "Example Request",
            literal(
                "curl -X POST https://api.example.com/gizmo/v1/gadgets/g-1/paint \\\n"
                '  -d \'{"colour": "red"}\''
            )
            + literal(
                "curl -X POST https://api.example.com/gizmo/v1/gadgets/g-2/paint \\\n"
                '  -d \'{"colour": "blue"}\''
            ),
        )
        + subsection("Example Response", code_block('{\n  "job": "paint-1"\n}')),
    ),
)


def _written(tmp_path: Path, text: str) -> tuple[str, dict[str, Any]]:
    """The spec as ``rstapi build`` writes it (its places split out into the source map)."""
    result = build_rst(tmp_path, text)
    assert result.spec is not None
    clean = split_sources(result.spec)[0]
    return dump_spec(clean), clean


def _examples(spec: dict[str, Any], method: str, path: str, status: str) -> dict[str, Any]:
    found: dict[str, Any] = operation(spec, method, path)["responses"][status]["content"]["application/json"]
    return found["examples"]


def test_examples_are_named_and_summarised_by_their_titles(tmp_path: Path) -> None:
    _, spec = _written(tmp_path, FIXTURE)
    shown = {name: e["summary"] for name, e in _examples(spec, "get", GADGET, "200").items()}
    assert shown == {"gadget": "Gadget"}
    shown = {name: e["summary"] for name, e in _examples(spec, "get", GADGET, "404").items()}
    assert shown == {"example_404_response": "Example 404 response"}
    paint = "/gizmo/v1/gadgets/{gadget_id}/paint"
    request = operation(spec, "post", paint)["requestBody"]["content"]["application/json"]["examples"]
    assert {name: e["summary"] for name, e in request.items()} == {
        "example_request": "Example request",
        "example_request_2": "Example request (2)",  # a second example under the same title
    }
    assert {name: e["summary"] for name, e in _examples(spec, "post", paint, "200").items()} == {
        "example_response": "Example response"
    }


def test_the_spec_names_no_file_and_no_line(tmp_path: Path) -> None:
    written, spec = _written(tmp_path, FIXTURE)
    assert "ref.rst" not in written and not re.search(r"\.rst\b|:\d+\b", written)
    inferred = spec["components"]["schemas"]["GetGadgetsResponse404"]["description"]
    assert inferred == "Inferred from the example; the reference has no field table for it."


def _with_lines_above_every_construct(text: str) -> str:
    """A comment and a blank line inserted above every line that starts a block at the margin
    (section titles, labels, directives, paragraphs, tables, literal blocks' introductions); not
    between a label and its section, which would make the label another element's."""
    lines, edited = text.splitlines(), []
    for index, line in enumerate(lines):
        before = [earlier for earlier in lines[:index] if earlier.strip()][-1:]
        labelled = bool(before) and before[0].startswith(".. _")
        if line and not line[0].isspace() and (index == 0 or not lines[index - 1].strip()) and not labelled:
            edited += [".. a note the docs team added", ""]
        edited.append(line)
    return "\n".join(edited) + "\n"


def test_lines_inserted_above_every_construct_leave_the_spec_byte_identical(tmp_path: Path) -> None:
    edited = _with_lines_above_every_construct(FIXTURE)
    assert edited.count(".. a note") > 25  # the edit reaches every construct
    (tmp_path / "before").mkdir()
    (tmp_path / "after").mkdir()
    assert _written(tmp_path / "after", edited)[0] == _written(tmp_path / "before", FIXTURE)[0]


def test_a_path_parameter_the_doc_does_not_describe_has_no_description(tmp_path: Path) -> None:
    _, spec = _written(tmp_path, FIXTURE)
    [gadget_id] = operation(spec, "get", GADGET)["parameters"]
    assert gadget_id == {
        "name": "gadget_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string"},
    } | ({"example": gadget_id["example"]} if "example" in gadget_id else {})


def _html(markdown: str) -> str:
    return MarkdownIt("commonmark").render(markdown)


_RST_MARKUP = re.compile(r"``|:ref:|`_|<https?:|^\s*\*\s|^#\.", re.M)


def test_descriptions_are_commonmark_without_rst_markup(tmp_path: Path) -> None:
    _, spec = _written(tmp_path, FIXTURE)
    described = operation(spec, "get", GADGET)["description"]
    html = _html(described)
    assert "<code>gadgets/{gadget_id}</code>" in html
    assert '<a href="https://gizmo.example.org/guide">the workshop guide</a>' in html
    assert "described in Fields in a Gadget;" in html  # a :ref: shows its section's title
    assert "and the parts." in html  # or the title it gives
    assert "<ul>\n<li>the <code>name</code> and</li>" in html and "<ol>\n<li>Find the gadget.</li>" in html
    assert not _RST_MARKUP.search(described) and not _RST_MARKUP.search(html)
    fields = spec["components"]["schemas"]["Gadget"]["properties"]
    for field in fields.values():
        assert not _RST_MARKUP.search(field["description"]) and not _RST_MARKUP.search(
            _html(field["description"])
        )
    assert '<a href="https://gizmo.example.org/c">the catalogue</a>' in _html(fields["name"]["description"])
    assert fields["parts"]["description"] == "The parts, as Fields in a Gadget lists them."


def test_fields_written_as_a_list_are_not_repeated_in_the_description(tmp_path: Path) -> None:
    fields = "The fields of a gadget.\n\n* ``name`` (string): The name.\n* ``size`` (integer): The size.\n"
    text = document(
        "\n.. _gadget-fields:\n\n******************\nFields in a Gadget\n******************\n\n" + fields
    )
    _, spec = _written(tmp_path, text)
    gadget = spec["components"]["schemas"]["Gadget"]
    assert gadget["description"] == "The fields of a gadget."
    assert list(gadget["properties"]) == ["name", "size"]
