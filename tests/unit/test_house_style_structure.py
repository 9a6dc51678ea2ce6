"""The house style's structure across references: split files, shared envelopes, nested item tables.

Each test builds a small document in the house style through the real pipeline and asserts the
spec fragment a user would see.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from rstapi.cli import main
from rstapi.config import Config
from rstapi.pipeline import BuildResult, build
from tests.rst_style import document, endpoint, field_table, literal, nested_section, subsection, table_titled


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def _build(root: Path, *sources: Path) -> BuildResult:
    return build(Config(sources=sources, root=root))


def _codes(result: BuildResult) -> list[str]:
    return [d.code for d in result.diagnostics]


def _component(spec: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return schema


def _response_schema(spec: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    media = spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return _component(spec, media["schema"])


# ---------------------------------------------------------------- a reference split over files

_GADGET_FIELDS = """
.. _gadget Fields:

************************
Fields in a gadget
************************

""" + field_table(("gadget_id", "string", "The gadget's id."), ("size", "integer", "Its size."))

_GADGETS = endpoint(
    rest=subsection(
        "Response Values", "The request returns a :ref:`gadget <gadget Fields>` for each gadget.\n"
    ),
    path="/gizmo/v1/gadgets/{gadget_id}",
)


def test_a_ref_into_another_given_file_resolves(tmp_path: Path) -> None:
    gadgets = _write(tmp_path, "gadgets.rst", document(_GADGETS))
    common = _write(tmp_path, "common.rst", document(_GADGET_FIELDS, title="Common Fields"))
    result = _build(tmp_path, gadgets, common)
    assert result.spec is not None
    schema = result.spec["paths"]["/gizmo/v1/gadgets/{gadget_id}"]["get"]["responses"]["200"]
    assert schema["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Gadget"}
    assert "RST113" not in _codes(result) and "RST156" not in _codes(result)


def test_a_ref_into_a_project_file_not_given_is_a_warning_naming_it(tmp_path: Path) -> None:
    gadgets = _write(tmp_path, "docs/gadgets.rst", document(_GADGETS))
    _write(tmp_path, "docs/common.rst", document(_GADGET_FIELDS, title="Common Fields"))
    result = _build(tmp_path, gadgets)
    found = [d for d in result.diagnostics if d.code == "RST156"]
    assert [str(d.level) for d in found] == ["warning"]
    assert "docs/common.rst" in found[0].message and "gadget Fields" in found[0].message
    assert "RST113" not in _codes(result)
    assert result.spec is not None and "/gizmo/v1/gadgets/{gadget_id}" in result.spec["paths"]


def test_a_ref_defined_nowhere_in_the_project_stays_an_error(tmp_path: Path) -> None:
    gadgets = _write(tmp_path, "docs/gadgets.rst", document(_GADGETS))
    result = _build(tmp_path, gadgets)
    assert "RST113" in _codes(result) and "RST156" not in _codes(result)


def test_a_folder_source_builds_every_rst_file_below_it_into_one_spec(tmp_path: Path) -> None:
    _write(tmp_path, "docs/b_gadgets.rst", document(_GADGETS))
    _write(tmp_path, "docs/a_common.rst", document(_GADGET_FIELDS, title="Common Fields"))
    widgets = endpoint(title="widgets Endpoint", path="/gizmo/v1/widgets", prose="Widgets.")
    _write(tmp_path, "docs/sub/widgets.rst", document(widgets, title="Widgets"))
    out = tmp_path / "openapi.json"
    result = CliRunner().invoke(
        main,
        ["build", "--source", str(tmp_path / "docs"), "--no-overlay", "--out", str(out), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    spec = __import__("json").loads(out.read_text())
    assert sorted(spec["paths"]) == ["/gizmo/v1/gadgets/{gadget_id}", "/gizmo/v1/widgets"]
    assert "Gadget" in spec["components"]["schemas"]
    # deterministic: the same folder gives the same bytes
    first = out.read_bytes()
    CliRunner().invoke(
        main,
        ["build", "--source", str(tmp_path / "docs"), "--no-overlay", "--out", str(out), "--format", "json"],
    )
    assert out.read_bytes() == first


def test_two_source_options_build_one_spec(tmp_path: Path) -> None:
    gadgets = _write(tmp_path, "gadgets.rst", document(_GADGETS))
    common = _write(tmp_path, "common.rst", document(_GADGET_FIELDS, title="Common Fields"))
    out = tmp_path / "openapi.yaml"
    result = CliRunner().invoke(
        main, ["build", "--source", str(gadgets), "--source", str(common), "--no-overlay", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "#/components/schemas/Gadget" in out.read_text()


def test_a_folder_without_rst_files_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["build", "--source", str(tmp_path / "empty"), "--no-overlay"])
    assert result.exit_code == 2 and "no .rst file" in result.output


# ---------------------------------------------------------------- a shared paginated envelope

_ENVELOPE = """
.. _paginated response:

***************
Response Values
***************

List endpoints return their items a page at a time.

""" + field_table(
    ("count", "integer", "The number of items."),
    ("next", "string (Nullable)", "The next page's URL."),
    ("previous", "string (Nullable)", "The previous page's URL."),
    ("results", "array (obj)", "The items of this page."),
)

_ITEMS = field_table(("name", "string", "The name."), ("size", "integer", "The size."))


def _items_of(spec: dict[str, Any], path: str) -> dict[str, Any]:
    page = _response_schema(spec, path)
    assert sorted(page["properties"]) == ["count", "next", "previous", "results"]
    return _component(spec, page["properties"]["results"]["items"])


def test_list_endpoints_use_the_shared_envelope_by_wording_or_ref_with_their_own_items(
    tmp_path: Path,
) -> None:
    by_wording = endpoint(
        title="gadgets Endpoint",
        path="/gizmo/v1/gadgets",
        prose="GET calls to the ``gadgets`` endpoint return a paginated list of gadgets.",
        rest=subsection("Response Values", "Each gadget in ``results`` has these fields:\n\n" + _ITEMS),
    )
    in_response_values = endpoint(
        title="widgets Endpoint",
        path="/gizmo/v1/widgets",
        prose="Widgets.",
        rest=subsection(
            "Response Values",
            "The request returns a paginated list of widgets with these fields:\n\n"
            + field_table(("colour", "string", "The colour.")),
        ),
    )
    by_ref = endpoint(
        title="sprockets Endpoint",
        path="/gizmo/v1/sprockets",
        prose="Sprockets.",
        rest=subsection(
            "Response Values",
            "The request returns the values described in :ref:`paginated response`. "
            "The ``results`` hold these fields:\n\n" + field_table(("teeth", "integer", "The teeth.")),
        ),
    )
    result = _build(
        tmp_path, _write(tmp_path, "ref.rst", document(_ENVELOPE, by_wording, in_response_values, by_ref))
    )
    assert result.spec is not None
    assert sorted(_items_of(result.spec, "/gizmo/v1/gadgets")["properties"]) == ["name", "size"]
    assert sorted(_items_of(result.spec, "/gizmo/v1/widgets")["properties"]) == ["colour"]
    assert sorted(_items_of(result.spec, "/gizmo/v1/sprockets")["properties"]) == ["teeth"]
    assert result.coverage is not None and result.coverage.table_rows == (4 + 3 + 2 + 1 + 1, 11)


def test_paginated_wording_without_an_envelope_is_rst155(tmp_path: Path) -> None:
    text = document(
        endpoint(
            prose="GET calls return a paginated list of gadgets.", rest=subsection("Response Values", _ITEMS)
        )
    )
    result = _build(tmp_path, _write(tmp_path, "ref.rst", text))
    assert "RST155" in _codes(result)
    assert result.spec is not None
    assert sorted(_response_schema(result.spec, "/gizmo/v1/gadgets")["properties"]) == ["name", "size"]


# ---------------------------------------------------------------- fields of the objects in an array

_COURSES = field_table(
    ("title", "string", "The catalog's title."),
    ("courses", "array (obj)", "The catalog's courses."),
)
_COURSE = field_table(("key", "string", "The course key."), ("runs", "array (obj)", "The course's runs."))
_RUN = field_table(("start", "datetime", "When the run starts."), ("seats", "array (obj)", "The seats."))
_SEAT = field_table(("price", "number", "The price."))


def _deep(spec: dict[str, Any], schema: dict[str, Any], *names: str) -> dict[str, Any]:
    for name in names:
        schema = _component(spec, schema["properties"][name]["items"])
    return schema


def test_array_item_sections_nest_to_any_depth_inside_the_items(tmp_path: Path) -> None:
    rest = subsection(
        "Response Values",
        _COURSES
        + nested_section(
            "Fields in the courses array",
            _COURSE
            + nested_section(
                "Fields in the runs array",
                _RUN + nested_section("Fields in the seats array", _SEAT, "^"),
                "~",
            ),
        ),
    )
    result = _build(
        tmp_path, _write(tmp_path, "ref.rst", document(endpoint(path="/gizmo/v1/catalog", rest=rest)))
    )
    assert result.spec is not None
    top = _response_schema(result.spec, "/gizmo/v1/catalog")
    assert sorted(top["properties"]) == ["courses", "title"]  # not flattened into the parent
    assert sorted(_deep(result.spec, top, "courses")["properties"]) == ["key", "runs"]
    assert sorted(_deep(result.spec, top, "courses", "runs")["properties"]) == ["seats", "start"]
    assert sorted(_deep(result.spec, top, "courses", "runs", "seats")["properties"]) == ["price"]
    assert result.coverage is not None and result.coverage.table_rows == (
        8,
        8,
    )  # 1 method row + 2 + 2 + 2 + 1 field rows


def test_a_table_titled_after_an_array_field_fills_its_items(tmp_path: Path) -> None:
    rest = subsection(
        "Response Values",
        _COURSES
        + "\n"
        + table_titled(
            "Fields in the courses array",
            *[
                ("key", "string", "The course key."),
            ],
        ),
    )
    result = _build(
        tmp_path, _write(tmp_path, "ref.rst", document(endpoint(path="/gizmo/v1/catalog", rest=rest)))
    )
    assert result.spec is not None
    top = _response_schema(result.spec, "/gizmo/v1/catalog")
    assert sorted(_deep(result.spec, top, "courses")["properties"]) == ["key"]


def test_item_sections_beside_the_tables_go_to_the_request_or_the_response(tmp_path: Path) -> None:
    rest = (
        subsection("Request Values", field_table(("emails", "array (obj)", "Who to invite.")))
        + subsection("Fields in the emails array", field_table(("address", "email", "An address.")))
        + subsection("Response Values", _COURSES)
        + subsection("Fields in the courses array", _COURSE)
    )
    text = document(endpoint(method="POST", path="/gizmo/v1/invite", rest=rest))
    result = _build(tmp_path, _write(tmp_path, "ref.rst", text))
    assert result.spec is not None
    post = result.spec["paths"]["/gizmo/v1/invite"]["post"]
    body = _component(result.spec, post["requestBody"]["content"]["application/json"]["schema"])
    assert sorted(body["properties"]) == ["emails"]
    assert sorted(_deep(result.spec, body, "emails")["properties"]) == ["address"]
    response = _component(result.spec, post["responses"]["200"]["content"]["application/json"]["schema"])
    assert sorted(_deep(result.spec, response, "courses")["properties"]) == ["key", "runs"]


def test_fields_of_an_array_in_a_reusable_schema_nest_inside_it(tmp_path: Path) -> None:
    fields_section = (
        """
.. _course Fields:

******************
Fields in a course
******************

"""
        + _COURSE
        + nested_section("Fields in the runs array", _RUN, "=")
    )
    rest = subsection("Response Values", "Returns a :ref:`course <course Fields>`.\n")
    result = _build(tmp_path, _write(tmp_path, "ref.rst", document(fields_section, endpoint(rest=rest))))
    assert result.spec is not None
    course = result.spec["components"]["schemas"]["Course"]
    assert sorted(_deep(result.spec, course, "runs")["properties"]) == ["seats", "start"]


def test_an_item_section_naming_no_array_of_its_table_is_rst154(tmp_path: Path) -> None:
    rest = subsection("Response Values", _COURSES + nested_section("Fields in the lessons array", _COURSE))
    result = _build(tmp_path, _write(tmp_path, "ref.rst", document(endpoint(rest=rest))))
    [found] = [d for d in result.diagnostics if d.code == "RST154"]
    assert "'Fields in the lessons array'" in found.message and "courses" in found.message


# ---------------------------------------------------------------- one of several documented types
# Emitted as anyOf: the house style's tables are open objects with no required fields, so an
# example item is valid under every choice and oneOf ("exactly one") would reject every example.


def _fields_section(label: str, title: str, *rows: tuple[str, str, str]) -> str:
    stars = "*" * len(title)
    return f"\n.. _{label}:\n\n{stars}\n{title}\n{stars}\n\n" + field_table(*rows)


_KINDS = (
    _fields_section("course Fields", "Fields in a course", ("key", "string", "The key.")),
    _fields_section("course_run Fields", "Fields in a course run", ("run_key", "string", "The run.")),
    _fields_section("program Fields", "Fields in a program", ("uuid", "string", "The program.")),
)
_THREE = "a :ref:`course <course Fields>`, a :ref:`course run <course_run Fields>`, or a :ref:`program <program Fields>`"
_ONE_OF = [
    {"$ref": "#/components/schemas/Course"},
    {"$ref": "#/components/schemas/CourseRun"},
    {"$ref": "#/components/schemas/Program"},
]


def test_array_items_that_may_be_one_of_several_documented_types_are_one_of(tmp_path: Path) -> None:
    rest = subsection(
        "Response Values",
        field_table(("count", "integer", "How many."), ("results", "array (obj)", "The content items."))
        + f"\nEach object in the ``results`` array may be {_THREE}.\n",
    ) + subsection("Example Response", literal('{"count": 1, "results": [{"key": "k"}]}'))
    text = document(*_KINDS, endpoint(path="/gizmo/v1/content", rest=rest))
    result = _build(tmp_path, _write(tmp_path, "ref.rst", text))
    assert result.spec is not None
    top = _response_schema(result.spec, "/gizmo/v1/content")
    assert top["properties"]["results"]["items"] == {"anyOf": _ONE_OF}
    assert [d.code for d in result.diagnostics if d.code.startswith("SPEC")] == []


def test_a_response_that_is_one_of_several_documented_types_is_one_of(tmp_path: Path) -> None:
    rest = subsection("Response Values", f"The request returns {_THREE}.\n")
    text = document(*_KINDS, endpoint(path="/gizmo/v1/content/{key}", rest=rest))
    result = _build(tmp_path, _write(tmp_path, "ref.rst", text))
    assert result.spec is not None
    media = result.spec["paths"]["/gizmo/v1/content/{key}"]["get"]["responses"]["200"]["content"]
    assert media["application/json"]["schema"] == {"anyOf": _ONE_OF}


def test_a_field_described_as_one_of_several_types_is_one_of(tmp_path: Path) -> None:
    holder = _fields_section(
        "bundle Fields", "Fields in a bundle", ("content", "array (obj)", f"Each item is {_THREE}.")
    )
    rest = subsection("Response Values", "Returns a :ref:`bundle <bundle Fields>`.\n")
    text = document(*_KINDS, holder, endpoint(path="/gizmo/v1/bundle", rest=rest))
    result = _build(tmp_path, _write(tmp_path, "ref.rst", text))
    assert result.spec is not None
    content = result.spec["components"]["schemas"]["Bundle"]["properties"]["content"]
    assert content["items"] == {"anyOf": _ONE_OF}


def test_the_shared_envelope_may_stand_under_any_title_near_the_top(tmp_path: Path) -> None:
    shared = _ENVELOPE.replace(".. _paginated response:\n", "").replace(
        "***************\nResponse Values\n***************", "**********\nPagination\n**********"
    )
    listing = endpoint(
        prose="GET calls to the ``gadgets`` endpoint return a paged list of gadgets.",
        rest=subsection("Response Values", _ITEMS),
    )
    result = _build(tmp_path, _write(tmp_path, "ref.rst", document(shared, listing)))
    assert result.spec is not None
    assert sorted(_items_of(result.spec, "/gizmo/v1/gadgets")["properties"]) == ["name", "size"]
    assert "RST155" not in _codes(result)


def test_paragraphs_naming_an_array_of_an_item_table_nest_one_level_deeper(tmp_path: Path) -> None:
    rest = subsection(
        "Response Values",
        _COURSES
        + "\nEach object in the ``courses`` array has these fields:\n\n"
        + _COURSE
        + "\nEach object in the ``runs`` array has these fields:\n\n"
        + _RUN,
    )
    text = document(endpoint(path="/gizmo/v1/catalog", rest=rest))
    result = _build(tmp_path, _write(tmp_path, "ref.rst", text))
    assert result.spec is not None
    top = _response_schema(result.spec, "/gizmo/v1/catalog")
    assert sorted(top["properties"]) == ["courses", "title"]
    assert sorted(_deep(result.spec, top, "courses")["properties"]) == ["key", "runs"]
    assert sorted(_deep(result.spec, top, "courses", "runs")["properties"]) == ["seats", "start"]
