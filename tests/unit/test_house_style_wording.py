"""The house style as authors write it: other titles, headers, type cells and pasted JSON.

Each test builds a small document through the real pipeline and asserts the spec fragment
a user would see (and the diagnostic, where the document needs one).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.diagnostics import Level, SourceLocation
from rstapi.pipeline import BuildResult, build
from rstapi.rst.examples import json_example, repair_json
from tests.conftest import FIXTURES, ROOT, build_document, operation
from tests.rst_style import (
    code_block,
    endpoint,
    endpoint_for,
    field_table,
    line_number,
    list_table,
    literal,
    subsection,
)

PATH = "/gizmo/v1/gadgets"


_build = build_document


def _component(spec: dict[str, Any], media: dict[str, Any]) -> dict[str, Any]:
    name = media["schema"]["$ref"].rsplit("/", 1)[1]
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def _problems(result: BuildResult) -> list[str]:
    return [str(d) for d in result.diagnostics if d.level >= Level.WARNING]


def _found(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


# ---------------------------------------------------------------- 1. request sections titled by the method

_BODY_TABLE = field_table(
    ("name", "string", "The gadget's name."),
    ("size", "integer", "The gadget's size."),
)
_PAYLOAD = '{\n  "name": "sprocket",\n  "size": 3\n}'


@pytest.mark.parametrize(
    ("method", "values_title", "example_title"),
    [
        ("POST", "POST Data Values", "POST Payload Example"),
        ("PUT", "PUT Request Values", "PUT Payload Example"),
        ("PATCH", "PATCH Request Values", "Example Payload"),
        ("POST", "Request Body", "Sample Request"),
    ],
)
def test_method_titled_sections_give_the_request_body_and_its_example(
    tmp_path: Path, method: str, values_title: str, example_title: str
) -> None:
    spec, result, _ = _build(
        tmp_path,
        endpoint(
            method=method,
            rest=subsection(values_title, _BODY_TABLE) + subsection(example_title, literal(_PAYLOAD)),
        ),
    )
    body = operation(spec, method.lower(), PATH)["requestBody"]["content"]["application/json"]
    properties = _component(spec, body)["properties"]
    assert (properties["name"]["type"], properties["size"]["type"]) == ("string", "integer")
    assert [e["value"] for e in body["examples"].values()] == [{"name": "sprocket", "size": 3}]
    assert _problems(result) == []


def test_a_method_titled_section_belongs_to_that_method_only(tmp_path: Path) -> None:
    rest = subsection("POST Data Values", _BODY_TABLE) + subsection("POST Payload Example", literal(_PAYLOAD))
    spec, _, _ = _build(tmp_path, endpoint_for(("GET", "POST"), rest=rest))
    assert "requestBody" in operation(spec, "post", PATH)
    get = operation(spec, "get", PATH)
    assert "requestBody" not in get
    assert get.get("parameters", []) == []


def test_method_titled_response_sections_belong_to_their_method(tmp_path: Path) -> None:
    rest = subsection("GET Response Values", field_table(("count", "integer", "How many.")))
    rest += subsection("POST Response Values", field_table(("gadget_id", "string", "The new gadget.")))
    rest += subsection("POST Sample Response", literal('{"gadget_id": "g-1"}'))
    spec, result, _ = _build(tmp_path, endpoint_for(("GET", "POST"), rest=rest))
    get = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    post = operation(spec, "post", PATH)["responses"]["200"]["content"]["application/json"]
    assert list(_component(spec, get)["properties"]) == ["count"]
    assert list(_component(spec, post)["properties"]) == ["gadget_id"]
    assert ("examples" in get, [e["value"] for e in post["examples"].values()]) == (
        False,
        [{"gadget_id": "g-1"}],
    )
    assert _problems(result) == []


def test_a_payload_example_without_a_table_gives_the_body_an_inferred_schema(tmp_path: Path) -> None:
    spec, result, _ = _build(
        tmp_path, endpoint(method="POST", rest=subsection("POST Payload Example", literal(_PAYLOAD)))
    )
    body = operation(spec, "post", PATH)["requestBody"]["content"]["application/json"]
    schema = _component(spec, body)
    assert {n: p["type"] for n, p in schema["properties"].items()} == {"name": "string", "size": "integer"}
    assert schema["description"].startswith("Inferred from the example")
    assert [e["value"] for e in body["examples"].values()] == [{"name": "sprocket", "size": 3}]
    assert _problems(result) == []


def test_a_json_block_in_a_get_request_section_is_reported_not_a_body(tmp_path: Path) -> None:
    spec, result, text = _build(tmp_path, endpoint(rest=subsection("Example Request", literal(_PAYLOAD))))
    assert "requestBody" not in operation(spec, "get", PATH)
    assert [line for line, _ in _found(result, "RST136")] == [line_number(text, '"name": "sprocket"') - 1]


# ---------------------------------------------------------------- 2. field tables with other headers


@pytest.mark.parametrize("name_header", ["Object", "Name", "Key", "Property", "Field"])
@pytest.mark.parametrize("type_header", ["Type", "Data Type"])
def test_field_table_headers(tmp_path: Path, name_header: str, type_header: str) -> None:
    table = list_table(
        (name_header, type_header, "Description"),
        ("``gadget_id``", "integer", "The gadget's id."),
        ("``colour``", "string", "The gadget's colour."),
    )
    spec, result, _ = _build(tmp_path, endpoint(rest=subsection("Response Values", table)))
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    properties = _component(spec, media)["properties"]
    assert {n: p["type"] for n, p in properties.items()} == {"gadget_id": "integer", "colour": "string"}
    assert _found(result, "RST111") == []


# ---------------------------------------------------------------- 3. example titles


@pytest.mark.parametrize(
    "title",
    [
        "Example Response",
        "Example Responses",
        "Sample Response",
        "Sample Responses",
        "An Example Response",
        "Example Response Showing Information about skills list",
        "Example Responses Showing Information about the gadgets",
    ],
)
def test_example_section_titles(tmp_path: Path, title: str) -> None:
    spec, _, _ = _build(
        tmp_path,
        endpoint(rest=subsection(title, literal('{"gadget_id": 7}'))),
    )
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    assert [e["value"] for e in media["examples"].values()] == [{"gadget_id": 7}]


# ---------------------------------------------------------------- 4. type cells as authors write them


@pytest.mark.parametrize(
    ("cell", "schema"),
    [
        ("string <uuid>", {"type": "string", "format": "uuid"}),
        ("string (uuid)", {"type": "string", "format": "uuid"}),
        ("Array of strings", {"type": "array", "items": {"type": "string"}}),
        ("list of objects", {"type": "array", "items": {"type": "object"}}),
        ("array (obj)", {"type": "array", "items": {"type": "object"}}),
        ("integer (Nullable)", {"type": ["integer", "null"]}),
        ("string, nullable", {"type": ["string", "null"]}),
        ("date", {"type": "string", "format": "date"}),
        ("timestamp", {"type": "string", "format": "date-time"}),
        ("URL", {"type": "string", "format": "uri"}),
        ("bool", {"type": "boolean"}),
        ("list[string]", {"type": "array", "items": {"type": "string"}}),
        ("int[]", {"type": "array", "items": {"type": "integer"}}),
        ("array[object]", {"type": "array", "items": {"type": "object"}}),
        ("double", {"type": "number"}),
        ("long", {"type": "integer"}),
        ("JSON object", {"type": "object"}),
        ("any", {}),
        ("string (ISO 8601 date)", {"type": "string", "format": "date"}),
        ("String, ISO 8601 format", {"type": "string", "format": "date-time"}),
        ("Integer (read-only)", {"type": "integer", "readOnly": True}),
        ("string, max length 255", {"type": "string", "maxLength": 255}),
        ("boolean, default false", {"type": "boolean", "default": False}),
        ("array of objects (see below)", {"type": "array", "items": {"type": "object"}}),
    ],
)
def test_type_cells(tmp_path: Path, cell: str, schema: dict[str, Any]) -> None:
    table = field_table(("thing", cell, "A thing."))
    spec, result, _ = _build(tmp_path, endpoint(rest=subsection("Response Values", table)))
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    thing = _component(spec, media)["properties"]["thing"]
    shown = {"type", "format", "items", "readOnly", "maxLength", "default"}
    assert {k: v for k, v in thing.items() if k in shown} == schema
    assert [d.code for d in result.diagnostics if d.code in {"RST112", "RST130"}] == []


def test_array_items_come_from_the_example_when_the_table_gives_none(tmp_path: Path) -> None:
    table = field_table(("tags", "array", "The gadget's tags."), ("parts", "list", "Its parts."))
    example = '{"tags": ["red", "big"], "parts": [{"id": 1}, {"id": 2}]}'
    spec, _, _ = _build(
        tmp_path,
        endpoint(
            rest=subsection("Response Values", table) + subsection("Example Response", literal(example))
        ),
    )
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    properties = _component(spec, media)["properties"]
    assert properties["tags"]["items"] == {"type": "string"}
    assert properties["parts"]["items"] == {"type": "object"}


def test_mixed_or_empty_example_arrays_leave_the_items_open(tmp_path: Path) -> None:
    table = field_table(("tags", "array", "Tags."), ("notes", "array", "Notes."))
    example = '{"tags": ["red", 2], "notes": []}'
    spec, _, _ = _build(
        tmp_path,
        endpoint(
            rest=subsection("Response Values", table) + subsection("Example Response", literal(example))
        ),
    )
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    properties = _component(spec, media)["properties"]
    assert (properties["tags"]["items"], properties["notes"]["items"]) == ({}, {})


def test_a_misspelt_type_is_reported_at_the_type_cell_with_a_did_you_mean(tmp_path: Path) -> None:
    table = field_table(("size", "interger", "The size."), ("shape", "squiggle", "The shape."))
    spec, result, text = _build(tmp_path, endpoint(rest=subsection("Response Values", table)))
    assert _found(result, "RST130") == [
        (
            line_number(text, "- interger"),
            "unknown data type 'interger' for field 'size': did you mean 'integer'?",
        )
    ]
    assert [line for line, _ in _found(result, "RST112")] == [line_number(text, "- squiggle")]
    assert spec["paths"][PATH]["get"]["responses"]["200"]["content"]


# ---------------------------------------------------------------- 5. GET request values are query parameters


def test_get_request_values_are_query_parameters(tmp_path: Path) -> None:
    table = field_table(
        ("colour", "string", "Only gadgets of this colour."), ("page", "integer", "The page.")
    )
    spec, result, _ = _build(tmp_path, endpoint(rest=subsection("Request Values", table)))
    get = operation(spec, "get", PATH)
    assert "requestBody" not in get
    assert [(p["name"], p["in"], p["schema"]["type"]) for p in get["parameters"]] == [
        ("colour", "query", "string"),
        ("page", "query", "integer"),
    ]
    assert _found(result, "DOC209") == []


def test_request_values_described_as_query_parameters_are_query_parameters(tmp_path: Path) -> None:
    values = "Pass the following values as query parameters.\n\n" + field_table(
        ("dry_run", "bool", "Only report what would change.")
    )
    spec, _, _ = _build(tmp_path, endpoint(method="POST", rest=subsection("Request Values", values)))
    post = operation(spec, "post", PATH)
    assert "requestBody" not in post
    assert [(p["name"], p["in"]) for p in post["parameters"]] == [("dry_run", "query")]


# ---------------------------------------------------------------- 6. JSON examples as authors paste them


@pytest.mark.parametrize(
    ("pasted", "code", "needle", "value"),
    [
        (
            '{\n  "name": "a\x01b",\n  "size": 1\n}',
            "RST131",
            '"name"',
            {"name": "a\x01b", "size": 1},
        ),
        (
            '{\n  "url": "https://example.org/gadgets/\n     7/",\n  "size": 1\n}',
            "RST132",
            '"url"',
            {"url": "https://example.org/gadgets/7/", "size": 1},
        ),
        ('{\n  "size": 1,\n  "tags": ["a",],\n}', "RST133", '"tags"', {"size": 1, "tags": ["a"]}),
        (
            '{\n  "size": 1,\n  "tags": ["a", ...],\n  "name": ...\n}',
            "RST134",
            '"tags"',
            {"size": 1, "tags": ["a"]},
        ),
        (
            '{\n  "size": 1, // in cm\n  # the colour\n  "name": "a"\n}',
            "RST135",
            '"size"',
            {"size": 1, "name": "a"},
        ),
        ('# a gadget\n{\n  "size": 1\n}', "RST135", "# a gadget", {"size": 1}),
    ],
)
def test_pasted_json_is_repaired_with_a_diagnostic_at_its_line(
    tmp_path: Path, pasted: str, code: str, needle: str, value: dict[str, Any]
) -> None:
    table = field_table(
        ("name", "string", "Name."),
        ("size", "integer", "Size."),
        ("url", "URL", "Link."),
        ("tags", "array", "Tags."),
    )
    spec, result, text = _build(
        tmp_path,
        endpoint(rest=subsection("Response Values", table) + subsection("Example Response", literal(pasted))),
    )
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    assert [e["value"] for e in media["examples"].values()] == [value]
    assert [line for line, _ in _found(result, code)] == [line_number(text, needle)]
    assert _found(result, "RST117") == [] and _found(result, "SPEC401") == []


def test_a_literal_tab_in_a_string_reaches_the_spec_as_docutils_expands_it(tmp_path: Path) -> None:
    spec, result, _ = _build(
        tmp_path, endpoint(rest=subsection("Example Response", literal('{"name": "a\tb"}')))
    )
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    assert [e["value"]["name"].split() for e in media["examples"].values()] == [["a", "b"]]
    assert _problems(result) == []


def test_an_unrepairable_example_keeps_its_line_after_repairs(tmp_path: Path) -> None:
    pasted = '{\n  "size": 1, // cm\n  "url": "https://example.org/\n    x",\n  "name": "a" "b"\n}'
    spec, result, text = _build(tmp_path, endpoint(rest=subsection("Example Response", code_block(pasted))))
    assert [line for line, _ in _found(result, "RST117")] == [line_number(text, '"name": "a" "b"')]
    assert "content" not in operation(spec, "get", PATH)["responses"]["200"]


def test_a_5000_digit_integer_is_a_diagnostic_not_a_traceback(tmp_path: Path) -> None:
    pasted = '{\n  "size": ' + "7" * 5000 + "\n}"
    spec, result, text = _build(tmp_path, endpoint(rest=subsection("Example Response", literal(pasted))))
    found = _found(result, "RST117")
    assert [line for line, _ in found] == [line_number(text, '"size"')]
    assert "digits" in found[0][1]
    assert PATH in spec["paths"]


def test_a_curl_body_with_a_trailing_comma_is_the_request_example(tmp_path: Path) -> None:
    curl = (
        "curl -X POST https://gizmo.example.org/gizmo/v1/gadgets \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        '  -d \'{"name": "sprocket", "size": 3,}\''
    )
    spec, result, text = _build(
        tmp_path,
        endpoint(
            method="POST",
            rest=subsection("Request Values", _BODY_TABLE) + subsection("Example Request", literal(curl)),
        ),
    )
    body = operation(spec, "post", PATH)["requestBody"]["content"]["application/json"]
    assert [e["value"] for e in body["examples"].values()] == [{"name": "sprocket", "size": 3}]
    assert [line for line, _ in _found(result, "RST133")] == [line_number(text, "-d '{")]


# ---------------------------------------------------------------- a whole reference in mixed wordings


def _mixed() -> tuple[dict[str, Any], BuildResult]:
    source = FIXTURES / "house_style" / "mixed_wordings.rst"
    result = build(Config(sources=(source,), root=ROOT))
    assert result.spec is not None
    return result.spec, result


def test_mixed_wordings_reference_operations_and_parameters() -> None:
    spec, result = _mixed()
    methods = {path: sorted(item) for path, item in spec["paths"].items()}
    assert methods == {
        "/workshop/v2/gizmos": ["get", "post"],
        "/workshop/v2/gizmos/{gizmo_uuid}": ["patch", "put"],
        "/workshop/v2/skills": ["get"],
    }
    listing = operation(spec, "get", "/workshop/v2/gizmos")
    assert [(p["name"], p["in"]) for p in listing["parameters"]] == [
        ("colour", "query"),
        ("made_after", "query"),
    ]
    assert "requestBody" not in listing
    assert [d.level for d in result.diagnostics if d.level is Level.ERROR] == []


def test_mixed_wordings_reference_request_bodies_per_method() -> None:
    spec, _ = _mixed()
    gizmo = "/workshop/v2/gizmos/{gizmo_uuid}"
    create = operation(spec, "post", "/workshop/v2/gizmos")["requestBody"]["content"]["application/json"]
    assert _component(spec, create)["properties"]["owner_uuid"]["format"] == "uuid"
    assert [e["value"]["parts"] for e in create["examples"].values()] == [["cog", "spring"]]
    put = operation(spec, "put", gizmo)["requestBody"]["content"]["application/json"]
    patch = operation(spec, "patch", gizmo)["requestBody"]["content"]["application/json"]
    assert list(_component(spec, put)["properties"]) == ["name", "colour"]
    assert list(_component(spec, patch)["properties"]) == ["colour"]
    assert ("examples" in put, [e["value"] for e in patch["examples"].values()]) == (
        False,
        [{"colour": "blue"}],
    )


def test_mixed_wordings_reference_repaired_examples_and_their_diagnostics() -> None:
    spec, result = _mixed()
    listing = operation(spec, "get", "/workshop/v2/gizmos")["responses"]["200"]["content"]["application/json"]
    (example,) = listing["examples"].values()
    assert example["value"]["manual"] == "https://workshop.example.org/manuals/sprocket.pdf"
    assert example["value"]["tags"] == ["small", "red"]
    skills = operation(spec, "get", "/workshop/v2/skills")["responses"]["200"]["content"]["application/json"]
    assert [e["value"] for e in skills["examples"].values()] == [
        {"count": 2, "results": [{"skill": "welding", "level": 3}]}
    ]
    assert sorted(d.code for d in result.diagnostics if d.code.startswith(("RST13", "SPEC"))) == [
        "RST132",
        "RST133",
        "RST134",
        "RST135",
    ]


# ---------------------------------------------------------------- numbers no one means stay safe

_BIG = "9" * 5000


@pytest.mark.parametrize(
    "section",
    [
        endpoint(
            rest=subsection(
                "Example Request", literal(f"curl https://h.example/gizmo/v1/gadgets?page={_BIG}")
            )
        ),
        endpoint(
            rest=subsection("Example Request", literal("curl https://h.example/gizmo/v1/gadgets?page=\u00b2"))
        ),
        endpoint(prose=f"An optional ``limit`` parameter has a default value of {_BIG}."),
        endpoint(rest=subsection("Response Values", field_table(("tags", "array", f"Limit is {_BIG}.")))),
        endpoint(rest=subsection("Response Values", field_table(("size", "integer", f"Must be >= {_BIG}.")))),
    ],
    ids=["curl-query", "curl-superscript-digit", "prose-default", "limit", "minimum"],
)
def test_huge_or_odd_numbers_in_the_prose_and_urls_build_a_spec(tmp_path: Path, section: str) -> None:
    spec, result, _ = _build(tmp_path, section)
    get = operation(spec, "get", PATH)
    assert all(isinstance(p["schema"].get("default", 0), int) for p in get.get("parameters", []))
    assert _found(result, "SPEC400") == []


def test_json_repair_never_raises_and_keeps_the_line_count() -> None:
    """A seeded, bounded mutation loop over a pasted example: every outcome is a value."""
    rng = random.Random(11)
    pieces = [*'{}[],:"\\ \n\t.#/*…ab1-', "...", "//", "/*", "*/", "\x01", "\x1c", "null"]
    pasted = '{\n  "a": [1, 2, {"b": "x/y"}],\n  "c": "https://e.org/\n    z",\n  "d": null\n}'
    for _ in range(3000):
        text = list(pasted)
        for _ in range(rng.randint(1, 6)):
            where = rng.randrange(len(text))
            text[where : where + rng.randint(0, 1)] = [rng.choice(pieces)]
        mutated = "".join(text)
        repaired, _ = repair_json(mutated)
        assert repaired.count("\n") == mutated.count("\n")
        example, problems = json_example("x", mutated, SourceLocation("ref.rst", 10))
        assert example.parsed or [p.code for p in problems] == ["RST117"]
        assert all(p.location is not None and p.location.line >= 10 for p in problems)


def test_a_type_qualifier_that_says_nothing_the_spec_holds_is_reported_and_the_type_kept(
    tmp_path: Path,
) -> None:
    table = field_table(("thing", "string (legacy field)", "A thing."))
    spec, result, text = _build(tmp_path, endpoint(rest=subsection("Response Values", table)))
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    assert _component(spec, media)["properties"]["thing"]["type"] == "string"
    found = _found(result, "RST112")
    assert found == [
        (
            line_number(text, "string (legacy field)"),
            "'legacy field' in the data type 'string (legacy field)' of field 'thing' is not read; "
            "the field is typed string",
        )
    ]
