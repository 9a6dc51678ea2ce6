"""What a second exploratory tester found in the os-api-ref reader, each with a made-up service
inline: a key no sample shows placed by its order (RST196) and a list's links beside the list,
``:min_version:`` lines of a rest_method, lists and admonitions in an operation's prose, a response
header's ``required``, admonitions in a parameters file's descriptions, and the hints of a status
file that lacks a status or a reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.diagnostics import Diagnostic
from tests.rst_style import line_number
from tests.unit.test_osapiref_explored import (
    _build,
    _entry,
    _index,
    _items,
    _operation,
    _sample,
    _schema,
    _spec,
)


def _found(result: Any, code: str) -> list[Diagnostic]:
    return [d for d in result.diagnostics if d.code == code]


def _response(spec: dict[str, Any], path: str, status: str = "200") -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path]["get"]["responses"][status]
    return found


# ---------------------------------------------------------------- 1. keys placed by their order

_LIST = (
    _entry("gadgets", "body", "array")
    + _entry("gadget_id", "body", "string")
    + _entry("gadget_name", "body", "string")
    + _entry("gadgets_links", "body", "array", required=False)
    + _entry("gadget_colour", "body", "string", required=False)
)


def test_a_lists_links_no_sample_shows_go_beside_the_list_not_inside_its_items(tmp_path: Path) -> None:
    response = _items(
        "gadgets: gadgets", "id: gadget_id", "name: gadget_name", "gadgets_links: gadgets_links"
    )
    response += _sample("gadgets-list-resp.json")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("List Gadgets", "GET /gadgets", response=response)),
            "parameters.yaml": _LIST,
            "gadgets-list-resp.json": '{"gadgets": [{"id": "g1", "name": "a"}]}\n',
        },
    )
    spec = _spec(result)
    top = _schema(spec, _response(spec, "/gadgets")["content"]["application/json"]["schema"])
    assert list(top["properties"]) == ["gadgets", "gadgets_links"]
    item = _schema(spec, top["properties"]["gadgets"]["items"])
    assert list(item["properties"]) == ["id", "name"]


def test_every_key_placed_inside_an_object_by_its_order_alone_is_a_guess(tmp_path: Path) -> None:
    response = _items("gadgets: gadgets", "id: gadget_id", "name: gadget_name", "colour: gadget_colour")
    response += _sample("gadgets-list-resp.json")
    index = _index(_operation("List Gadgets", "GET /gadgets", response=response))
    result = _build(
        tmp_path,
        {
            "index.rst": index,
            "parameters.yaml": _LIST,
            "gadgets-list-resp.json": '{"gadgets": [{"id": "g1", "name": "a"}]}\n',
        },
    )
    spec = _spec(result)
    top = _schema(spec, _response(spec, "/gadgets")["content"]["application/json"]["schema"])
    item = _schema(spec, top["properties"]["gadgets"]["items"])
    assert list(item["properties"]) == ["id", "name", "colour"]  # beside the item before it
    [guess] = _found(result, "RST196")
    assert str(guess.location) == f"index.rst:{line_number(index, '- colour: gadget_colour')}"
    assert "'colour'" in guess.message and "inside 'gadgets'" in guess.message
    assert "beside 'name'" in guess.message


# ---------------------------------------------------------------- 2. :min_version: lines


def test_a_rest_methods_option_style_version_lines_are_its_range(tmp_path: Path) -> None:
    codes = "Normal response codes: 200\n"
    old = _operation("List Gadgets", "GET /gadgets\n   :max_version: 2.5", codes=codes)
    new = _operation("List Gadgets Again", "GET /gadgets\n   :min_version: 2.6", codes=codes)
    result = _build(tmp_path, {"index.rst": _index(old, new), "parameters.yaml": _LIST})
    assert [d.code for d in result.diagnostics if d.code in ("RST186", "RST116")] == []
    [left] = _found(result, "RST188")
    assert "2.5" in left.message or "List Gadgets" in left.message
    shown = _spec(result)["paths"]["/gadgets"]["get"]
    assert shown["summary"] == "List Gadgets Again" and shown["x-openstack-min-version"] == "2.6"
    older = _spec(_build(tmp_path, {}, version="2.5"))["paths"]["/gadgets"]["get"]
    assert older["summary"] == "List Gadgets" and older["x-openstack-max-version"] == "2.5"


# ---------------------------------------------------------------- 3. lists and admonitions in prose


def test_an_operations_lists_and_admonitions_are_in_its_description(tmp_path: Path) -> None:
    prose = (
        "Does it.\n\nIt can be:\n\n- shiny\n- dull\n\n#. first\n#. second\n\n"
        ".. note::\n\n   Only for admins.\n\n.. warning:: It is slow.\n\n"
    )
    text = _operation("List Gadgets", "GET /gadgets").replace("Does it.\n\n", prose)
    result = _build(tmp_path, {"index.rst": _index(text), "parameters.yaml": _LIST})
    assert _spec(result)["paths"]["/gadgets"]["get"]["description"] == (
        "Does it.\n\nIt can be:\n\n- shiny\n- dull\n\n1. first\n2. second\n\n"
        "Note: Only for admins.\n\nWarning: It is slow."
    )


# ---------------------------------------------------------------- 4. a response header's required


def test_a_required_response_header_is_required_in_the_spec(tmp_path: Path) -> None:
    response = _items("X-Gadget-Count: gadget_count", "X-Gadget-Hint: gadget_hint")
    yaml = _entry("gadget_count", "header", "integer") + _entry("gadget_hint", "header", "string", False)
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("List Gadgets", "GET /gadgets", response=response)),
            "parameters.yaml": yaml,
        },
    )
    headers = _response(_spec(result), "/gadgets")["headers"]
    assert headers["X-Gadget-Count"]["required"] is True
    assert "required" not in headers["X-Gadget-Hint"]


# ---------------------------------------------------------------- 5. admonitions in descriptions


def test_a_note_in_a_parameters_description_is_its_text_after_note(tmp_path: Path) -> None:
    entry = (
        "gadget_tags:\n  description: |\n    A list.\n\n    .. note::\n\n       Required starting with 2.37.\n"
        "  in: query\n  required: false\n  type: string\n"
    )
    request = _items("tags: gadget_tags")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("List Gadgets", "GET /gadgets", request)),
            "parameters.yaml": entry,
        },
    )
    [parameter] = _spec(result)["paths"]["/gadgets"]["get"]["parameters"]
    assert parameter["description"] == "A list.\n\nNote: Required starting with 2.37."


# ---------------------------------------------------------------- 6. a status file's hints


def test_a_status_or_reason_the_status_file_lacks_says_to_add_it_there(tmp_path: Path) -> None:
    status = '200:\n  default: "It worked."\n409:\n  default: "It clashed."\n'
    codes = (
        ".. rest_status_code:: success status.yaml\n\n   - 200\n\n"
        ".. rest_status_code:: error status.yaml\n\n   - 405\n   - 409: duplicate_gadget\n"
    )
    index = _index(_operation("List Gadgets", "GET /gadgets", codes=codes))
    result = _build(tmp_path, {"index.rst": index, "parameters.yaml": _LIST, "status.yaml": status})
    missing, reason = _found(result, "RST186")
    assert str(missing.location) == f"index.rst:{line_number(index, '- 405')}"
    assert "Add the status to status.yaml" in missing.hint and "rest_method" not in missing.hint
    assert str(reason.location) == f"index.rst:{line_number(index, '- 409: duplicate_gadget')}"
    assert "Add the reason to status.yaml" in reason.hint and "('- 409')" in reason.hint
