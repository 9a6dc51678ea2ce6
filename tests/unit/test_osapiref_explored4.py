"""Defects of the os-api-ref reader found after the third round, each with a made-up service
inline: a sample right under the rest_method (no Request or Response subsection, its name saying
neither) read by what it can be, a major version alone (``min_version: 3``), a ``required`` that is
no YAML boolean, and literal blocks outside every operation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.rst_style import line_number
from tests.unit.test_osapiref_explored import _build, _codes, _entry, _index, _items, _sample, _schema, _spec

_WIDGET = _entry("widget", "body", "object") + _entry("colour", "body", "string")
_WIDGET_ID = _entry("widget_id", "path", "string")


def _operation(title: str, method_path: str, body: str, codes: str = "Normal response codes: 200") -> str:
    return f"{title}\n{'=' * len(title)}\n\n.. rest_method:: {method_path}\n\nDoes it.\n\n{codes}\n\n{body}"


def _response(spec: dict[str, Any], method: str, status: str = "200") -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"]["/widgets/{widget_id}"][method]["responses"][status]
    return found


def _level(result: Any, code: str) -> list[str]:
    return [d.level.name for d in result.diagnostics if d.code == code]


# ---------------------------------------------------------------- a. a sample under no subsection


def test_a_sample_right_under_a_get_is_its_response_example(tmp_path: Path) -> None:
    body = (
        _items("widget_id: widget_id") + _items("widget: widget", "colour: colour") + _sample("widget.json")
    )
    text = _index(_operation("Show Widget", "GET /widgets/{widget_id}", body))
    result = _build(
        tmp_path,
        {
            "index.rst": text,
            "parameters.yaml": _WIDGET_ID + _WIDGET,
            "widget.json": '{"widget": {"colour": "red"}}\n',
        },
    )
    spec = _spec(result)
    content = _response(spec, "get")["content"]["application/json"]
    assert content["examples"]["widget"]["value"] == {"widget": {"colour": "red"}}
    body_schema = _schema(spec, content["schema"])
    assert list(body_schema["properties"]) == ["widget"]
    assert list(_schema(spec, body_schema["properties"]["widget"])["properties"]) == ["colour"]
    assert _codes(result, "RST152") == [] and _codes(result, "RST182") == []
    found = _codes(result, "RST176")
    assert found[0] == (
        f"index.rst:{line_number(text, 'rest_parameters', 2)}",
        "body parameters 'widget', 'colour' stand under no Request or Response subsection: they are "
        "read as the response's, since a GET has no request body",
    )
    assert found[1] == (
        "widget.json:1",
        "a JSON sample under no Request or Response subsection is read as the response's example: "
        "a GET has no request body",
    )
    assert _level(result, "RST176") == ["INFO", "INFO"]


def test_a_sample_right_under_a_post_is_the_side_whose_parameters_list_its_keys(tmp_path: Path) -> None:
    body = (
        "Request\n-------\n\n"
        + _items("widget_id: widget_id", "widget: widget", "colour: colour")
        + "Response\n--------\n\n"
        + _items("job: job")
    )
    text = _operation(
        "Paint Widget",
        "POST /widgets/{widget_id}",
        _sample("paint.json") + body,
        "Normal response codes: 202",
    )
    result = _build(
        tmp_path,
        {
            "index.rst": _index(text),
            "parameters.yaml": _WIDGET_ID + _entry("job", "body", "string") + _WIDGET,
            "paint.json": '{"job": "j-1"}\n',
        },
    )
    spec = _spec(result)
    assert list(_response(spec, "post", "202")["content"]["application/json"]["examples"]) == ["paint"]
    assert (
        "examples"
        not in spec["paths"]["/widgets/{widget_id}"]["post"]["requestBody"]["content"]["application/json"]
    )
    assert _codes(result, "RST176") == [
        (
            "paint.json:1",
            "a JSON sample under no Request or Response subsection is read as the response's example: "
            "the response's body parameters list its keys ('job'), and the request's body parameters "
            "do not list its keys ('job')",
        )
    ]
    assert _codes(result, "RST152") == []


def test_a_sample_under_an_operation_answering_204_only_is_the_request_example(tmp_path: Path) -> None:
    body = _items("widget_id: widget_id", "widget: widget", "colour: colour") + _sample("widget.json")
    text = _operation("Update Widget", "PUT /widgets/{widget_id}", body, "Normal response codes: 204")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(text),
            "parameters.yaml": _WIDGET_ID + _WIDGET,
            "widget.json": '{"widget": {"colour": "blue"}}\n',
        },
    )
    request = _spec(result)["paths"]["/widgets/{widget_id}"]["put"]["requestBody"]["content"][
        "application/json"
    ]
    assert request["examples"]["widget"]["value"] == {"widget": {"colour": "blue"}}
    assert [message for _, message in _codes(result, "RST176")] == [
        "a JSON sample under no Request or Response subsection is read as the request's example: the "
        "request's body parameters list its keys ('widget'), and its only success status, 204, has no body"
    ]


def test_a_sample_either_side_could_hold_stays_out_with_the_reason(tmp_path: Path) -> None:
    body = _items("widget_id: widget_id", "widget: widget", "colour: colour") + _sample("widget.json")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("Update Widget", "PUT /widgets/{widget_id}", body)),
            "parameters.yaml": _WIDGET_ID + _WIDGET,
            "widget.json": '{"widget": {"colour": "blue"}}\n',
        },
    )
    operation = _spec(result)["paths"]["/widgets/{widget_id}"]["put"]
    assert "examples" not in operation["requestBody"]["content"]["application/json"]
    assert "content" not in operation["responses"]["200"]
    assert _codes(result, "RST152") == [
        (
            "widget.json:1",
            "a JSON sample under no Request or Response subsection, its file named neither -req nor "
            "-resp, went into no part of the spec: the request's body parameters list its keys "
            "('widget'), and the response lists no body parameter",
        )
    ]
    assert _codes(result, "RST176") == []


# ---------------------------------------------------------------- b. a major version alone


def test_a_major_version_alone_is_its_first_microversion(tmp_path: Path) -> None:
    size = _entry("size", "body", "integer", more="  min_version: 3\n")
    body = "Response\n--------\n\n" + _items("colour: colour", "size: size")
    text = _operation("Show Widget", "GET /widgets/{widget_id}", _items("widget_id: widget_id") + body)
    text = text.replace("\n\nDoes it.", "\n   max_version: 4\n\nDoes it.")
    files = {"index.rst": _index(text), "parameters.yaml": _WIDGET_ID + size + _WIDGET}
    result = _build(tmp_path, files)
    spec = _spec(result)
    operation = spec["paths"]["/widgets/{widget_id}"]["get"]
    assert operation["x-openstack-max-version"] == "4.0"
    widget = _schema(spec, _response(spec, "get")["content"]["application/json"]["schema"])
    assert widget["properties"]["size"]["x-openstack-min-version"] == "3.0"
    assert _codes(result, "RST186") == []
    older = _spec(_build(tmp_path, files, version="2.9"))
    shown = _schema(
        older,
        older["paths"]["/widgets/{widget_id}"]["get"]["responses"]["200"]["content"]["application/json"][
            "schema"
        ],
    )
    assert list(shown["properties"]) == ["colour"]


# ---------------------------------------------------------------- c. required as os-api-ref tests it


def test_a_required_that_is_no_yaml_boolean_is_required_as_the_page_shows_it(tmp_path: Path) -> None:
    yaml_text = (
        _entry("widget_id", "path", "string")
        + _entry("colour", "query", "string").replace("required: true", 'required: "false"')
        + _entry("shade", "query", "string").replace("required: true", "required: False")
        + _entry("size", "query", "string").replace("required: true", "required: 0")
    )
    quoted = 'required: "false"'
    query = _items("widget_id: widget_id", "colour: colour", "shade: shade", "size: size")
    text = _operation("Show Widget", "GET /widgets/{widget_id}", query)
    result = _build(tmp_path, {"index.rst": _index(text), "parameters.yaml": yaml_text})
    parameters = _spec(result)["paths"]["/widgets/{widget_id}"]["get"]["parameters"]
    assert {p["name"]: p["required"] for p in parameters} == {
        "widget_id": True,
        "colour": True,
        "shade": False,
        "size": True,
    }
    assert _codes(result, "RST177") == [
        (
            f"parameters.yaml:{line_number(yaml_text, quoted)}",
            "entry 'colour' has required \"false\", a quoted string: os-api-ref shows the parameter as "
            "optional only for the boolean false, so its page shows it as required, and so does the spec",
        ),
        (
            f"parameters.yaml:{line_number(yaml_text, 'required: 0')}",
            "entry 'size' has required '0', no YAML boolean: os-api-ref shows the parameter as "
            "optional only for the boolean false, so its page shows it as required, and so does the spec",
        ),
    ]
    assert _level(result, "RST177") == ["WARNING", "WARNING"]


# ---------------------------------------------------------------- d. literal blocks outside operations


def test_a_literal_block_outside_every_operation_is_said_to_hold_no_api_fact(tmp_path: Path) -> None:
    """One before the first operation is the page's introduction, the API's description (below);
    one in a section after it is RST178."""
    later = "Guides\n======\n\nAsk the service like this::\n\n   $ widget list --long\n\n"
    inside = "It answers like this::\n\n   HTTP/1.1 200 OK\n\n"
    text = _index(
        _operation("Show Widget", "GET /widgets/{widget_id}", inside + _items("widget_id: widget_id")) + later
    )
    result = _build(tmp_path, {"index.rst": text, "parameters.yaml": _WIDGET_ID})
    assert [found for found in _codes(result, "RST178") if "literal block" in found[1]] == [
        (
            f"index.rst:{line_number(text, '$ widget list')}",
            "the literal block '$ widget list --long' in 'Guides' of 'Thing API' stands in no rest_method "
            "section: it documents no operation, so the spec leaves it out",
        )
    ]
    assert _level(result, "RST178") == ["INFO", "INFO"]
    description = _spec(result)["paths"]["/widgets/{widget_id}"]["get"]["description"]
    assert "~~~\nHTTP/1.1 200 OK\n~~~" in description  # inside an operation: its description's


# ---------------------------------------------------------------- rubrics and titles naming a side


_TASK = _entry("task_id", "body", "string")


def _build_robot(request: str, response: str) -> str:
    return _operation(
        "Build Widget", "POST /widgets/{widget_id}", request + response, "Normal response codes: 202"
    )


def test_a_rubric_naming_the_response_says_whose_are_the_parameters_and_samples_after_it(
    tmp_path: Path,
) -> None:
    request = ".. rubric:: Request\n\n" + _items("widget_id: widget_id", "widget: widget", "colour: colour")
    request += '.. rubric:: Request Example\n\n.. code-block:: json\n\n   {"widget": {"colour": "red"}}\n\n'
    response = ".. rubric:: Response\n\n" + _items("task_id: task_id")
    response += '**Example Build Widget: JSON response**\n\n.. code-block:: json\n\n   {"task_id": "t-1"}\n\n'
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_build_robot(request, response)),
            "parameters.yaml": _WIDGET_ID + _TASK + _WIDGET,
        },
    )
    spec = _spec(result)
    operation = spec["paths"]["/widgets/{widget_id}"]["post"]
    request_body = operation["requestBody"]["content"]["application/json"]
    assert list(_schema(spec, request_body["schema"])["properties"]) == ["widget"]
    assert list(request_body["examples"]) == ["request_example"]
    assert request_body["examples"]["request_example"]["value"] == {"widget": {"colour": "red"}}
    accepted = operation["responses"]["202"]["content"]["application/json"]
    assert list(_schema(spec, accepted["schema"])["properties"]) == ["task_id"]
    assert list(accepted["examples"]) == ["example_build_widget_json_response"]
    assert [d.code for d in result.diagnostics if d.code in ("RST152", "RST176", "RST196", "DOC201")] == []


def test_a_sample_written_in_an_included_file_is_named_by_its_title_not_by_the_file(tmp_path: Path) -> None:
    response = "Response\n--------\n\n" + _items("task_id: task_id")
    response += '**Example Build Widget (v2.3)**\n\n.. code-block:: json\n\n   {"task_id": "t-2"}\n\n'
    response += '.. code-block:: json\n\n   {"task_id": "t-1"}\n\n'
    request = "Request\n-------\n\n" + _items("widget_id: widget_id")
    files = {
        "index.rst": _index(".. include:: widgets.inc\n"),
        "widgets.inc": _build_robot(request, response),
        "parameters.yaml": _WIDGET_ID + _TASK,
    }
    examples = _spec(_build(tmp_path, files))["paths"]["/widgets/{widget_id}"]["post"]["responses"]["202"][
        "content"
    ]["application/json"]["examples"]
    assert list(examples) == ["example_build_widget_v2_3", "response_example"]
    assert examples["example_build_widget_v2_3"]["x-openstack-min-version"] == "2.3"
