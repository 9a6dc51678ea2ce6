"""os-api-ref references (rest_method, rest_parameters with a parameters.yaml, response-code lines,
literalinclude samples outside the Sphinx folder, microversions) give the same spec as any reader.

The fixture is tests/fixtures/osapiref/, a made-up service written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.diagnostics import Level
from rstapi.microversions import parse_version
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import BuildResult, build
from tests.rst_style import line_number

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "osapiref"
INDEX = FIXTURE / "api-ref" / "source" / "index.rst"
SHOWN = "tests/fixtures/osapiref"


def _build(version: str | None = None) -> BuildResult:
    return build(
        Config(sources=(INDEX,), root=ROOT, microversion=parse_version(version) if version else None)
    )


@pytest.fixture(scope="module")
def result() -> BuildResult:
    return _build()


@pytest.fixture(scope="module")
def spec(result: BuildResult) -> dict[str, Any]:
    assert result.spec is not None
    return result.spec


def _op(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method]
    return found


def _schema(spec: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return found


def _sample(relative: str) -> Any:
    return json.loads((FIXTURE / "doc" / "api_samples" / relative).read_text(encoding="utf-8"))


def _inc_line(name: str, needle: str, occurrence: int = 1) -> int:
    text = (FIXTURE / "api-ref" / "source" / name).read_text(encoding="utf-8")
    return line_number(text, needle, occurrence)


def test_every_rest_method_is_an_operation_with_its_section_title_as_summary(spec: dict[str, Any]) -> None:
    found = sorted((method.upper(), path) for path, item in spec["paths"].items() for method in item)
    assert found == [
        ("DELETE", "/gadgets/{gadget_id}"),
        ("GET", "/gadgets"),
        ("GET", "/gadgets/{gadget_id}"),
        ("GET", "/gadgets/{gadget_id}/widgets"),
        ("POST", "/gadgets"),
        ("POST", "/gadgets/{gadget_id}/action"),
        ("PUT", "/gadgets/{gadget_id}/widgets/{widget_id}"),
    ]
    show = _op(spec, "get", "/gadgets/{gadget_id}")
    assert show["summary"] == "Show Gadget Details"
    assert show["description"] == "Shows one gadget."


def test_the_build_is_clean_and_covers_every_item_and_sample(result: BuildResult) -> None:
    assert [str(d) for d in result.diagnostics if d.level >= Level.WARNING] == []
    assert result.coverage is not None
    # 9 rest_method + 40 rest_parameters items, less the stop action's gadget_id (the start action's stands for it)
    assert result.coverage.table_rows == (48, 48)
    assert result.coverage.examples == (10, 10)


def test_path_query_and_header_entries_are_parameters(spec: dict[str, Any]) -> None:
    listed = {p["name"]: p for p in _op(spec, "get", "/gadgets")["parameters"]}
    assert listed["limit"]["in"] == "query" and listed["limit"]["schema"] == {"type": "integer"}
    assert listed["limit"]["required"] is False
    assert listed["X-Gizmo-Trace"]["in"] == "header"
    assert listed["marker"]["description"].startswith(
        "The ID of the last-seen item. Use the `limit` parameter"  # CommonMark in the spec
    )
    (gadget_id,) = _op(split_sources(spec)[0], "get", "/gadgets/{gadget_id}")["parameters"]
    assert gadget_id == {
        "name": "gadget_id",
        "in": "path",
        "required": True,
        "description": "The UUID of the gadget.",
        "schema": {"type": "string"},
    }


def test_body_items_nest_as_the_sample_shows_with_names_as_written(spec: dict[str, Any]) -> None:
    body = _op(spec, "post", "/gadgets")["requestBody"]["content"]["application/json"]
    top = _schema(spec, body["schema"])
    assert list(top["properties"]) == ["gadget"] and top["required"] == ["gadget"]
    gadget = _schema(spec, top["properties"]["gadget"]["allOf"][0])
    assert list(gadget["properties"]) == ["name", "color", "OS-GZM:zone"]
    assert gadget["required"] == ["name"]
    assert gadget["properties"]["OS-GZM:zone"]["x-openstack-min-version"] == "2.3"
    assert body["examples"]["gadget_create_req_v2_3"]["value"] == _sample("gadgets/gadget-create-req.json")


def test_nested_arrays_of_objects_get_item_schemas(spec: dict[str, Any]) -> None:
    media = _op(spec, "get", "/gadgets")["responses"]["200"]["content"]["application/json"]
    gadgets = _schema(spec, media["schema"])["properties"]["gadgets"]
    item = _schema(spec, gadgets["items"])
    assert list(item["properties"]) == ["id", "name", "links"]
    link = _schema(spec, item["properties"]["links"]["items"])
    assert list(link["properties"]) == ["href", "rel"]
    assert media["examples"]["gadgets_list_resp"]["value"] == _sample("gadgets/gadgets-list-resp.json")


def test_response_code_lines_are_responses(spec: dict[str, Any]) -> None:
    responses = _op(spec, "post", "/gadgets")["responses"]
    assert {status: r["description"] for status, r in responses.items()} == {
        "202": "Accepted",
        "400": "Bad Request (badRequest)",
        "401": "Unauthorized (unauthorized)",
        "409": "Conflict (conflictingRequest)",
    }
    assert "content" in responses["202"]
    assert responses["202"]["headers"]["Location"]["description"] == "The URL of the new gadget."
    assert "content" not in _op(spec, "delete", "/gadgets/{gadget_id}")["responses"]["204"]


def test_actions_on_one_path_are_one_operation_whose_body_has_one_key_of_each(spec: dict[str, Any]) -> None:
    action = _op(spec, "post", "/gadgets/{gadget_id}/action")
    assert action["summary"] == "Start Gadget (start Action), Stop Gadget (stop Action)"
    assert action["description"] == (
        "**Start Gadget (start Action)**: Starts a stopped gadget.\n\n**Response**\n\n"
        "There is no body content for the response of a successful start.\n\n"
        "**Stop Gadget (stop Action)**: Stops a running gadget.\n\n**Response**\n\n"
        "There is no body content for the response of a successful stop."
    )
    assert [p["name"] for p in action["parameters"]] == ["gadget_id"]
    body = action["requestBody"]["content"]["application/json"]
    schema = _schema(spec, body["schema"])
    assert schema["properties"]["start"]["type"] == "null"  # os-api-ref's type none
    assert schema["properties"]["stop"]["x-openstack-min-version"] == "2.2"  # the stop action's
    assert "required" not in schema
    assert sorted(body["examples"]) == ["gadget_start_req", "gadget_stop_req"]
    assert sorted(action["responses"]) == ["202", "404", "409"]


def test_an_action_of_a_later_microversion_is_not_in_an_earlier_one() -> None:
    built = _build("2.1")
    assert built.spec is not None
    body = _op(built.spec, "post", "/gadgets/{gadget_id}/action")["requestBody"]["content"][
        "application/json"
    ]
    assert list(_schema(built.spec, body["schema"])["properties"]) == ["start"]
    assert list(body["examples"]) == ["gadget_start_req"]  # the stop action's sample shows 2.2
    assert [str(d) for d in built.diagnostics if d.level >= Level.WARNING] == []
    later = _build("2.5")
    assert later.spec is not None
    body = _op(later.spec, "post", "/gadgets/{gadget_id}/action")["requestBody"]["content"][
        "application/json"
    ]
    assert sorted(body["examples"]) == ["gadget_start_req", "gadget_stop_req"]  # one of each action


def test_descriptions_are_text_links_in_commonmark(spec: dict[str, Any]) -> None:
    media = _op(spec, "get", "/gadgets")["responses"]["200"]["content"]["application/json"]
    item = _schema(spec, _schema(spec, media["schema"])["properties"]["gadgets"]["items"])
    assert item["properties"]["links"]["description"] == (
        "Links to the resource. See [API Guide / Links](https://gizmo.example.com/api-guide/links.html)."
    )


def test_microversions_are_kept_on_fields_and_examples(spec: dict[str, Any]) -> None:
    media = _op(spec, "get", "/gadgets/{gadget_id}")["responses"]["200"]["content"]["application/json"]
    gadget = _schema(spec, _schema(spec, media["schema"])["properties"]["gadget"]["allOf"][0])
    assert gadget["properties"]["widget_count"]["x-openstack-max-version"] == "2.4"
    assert gadget["properties"]["labels"]["x-openstack-min-version"] == "2.5"
    assert "labels" not in gadget["required"] and "widget_count" not in gadget["required"]
    examples = media["examples"]
    assert sorted(examples) == ["gadget_show_resp", "gadget_show_resp_v2_5"]
    assert examples["gadget_show_resp_v2_5"]["x-openstack-min-version"] == "2.5"


def test_of_two_operations_for_disjoint_versions_the_later_is_shown(
    result: BuildResult, spec: dict[str, Any]
) -> None:
    widgets = _op(spec, "get", "/gadgets/{gadget_id}/widgets")
    assert widgets["x-openstack-min-version"] == "2.10"
    found = [(d.location.line if d.location else 0) for d in result.diagnostics if d.code == "RST188"]
    assert found == [_inc_line("widgets.inc", "rest_method:: GET /gadgets/{gadget_id}/widgets")]


@pytest.mark.parametrize(
    ("version", "has", "lacks"), [("2.4", "widget_count", "labels"), ("2.5", "labels", "widget_count")]
)
def test_microversion_builds_the_spec_as_of_that_version(version: str, has: str, lacks: str) -> None:
    built = _build(version)
    assert built.spec is not None
    media = _op(built.spec, "get", "/gadgets/{gadget_id}")["responses"]["200"]["content"]["application/json"]
    gadget = _schema(built.spec, _schema(built.spec, media["schema"])["properties"]["gadget"]["allOf"][0])
    assert has in gadget["properties"] and lacks not in gadget["properties"]
    (example,) = media["examples"].values()
    assert has in example["value"]["gadget"]
    assert [str(d) for d in built.diagnostics if d.level >= Level.WARNING] == []


def test_an_older_operation_is_built_for_its_microversion() -> None:
    built = _build("2.9")
    assert built.spec is not None
    widgets = _op(built.spec, "get", "/gadgets/{gadget_id}/widgets")
    assert widgets["x-openstack-max-version"] == "2.9"
    assert not [d for d in built.diagnostics if d.code == "RST188"]


def test_the_source_map_points_into_the_inc_files_and_the_samples(spec: dict[str, Any]) -> None:
    _, places = split_sources(spec)
    show = "/paths/~1gadgets~1{gadget_id}/get"
    assert (
        places[show]
        == f"{SHOWN}/api-ref/source/gadgets.inc:{_inc_line('gadgets.inc', 'rest_method:: GET /gadgets/{gadget_id}')}"
    )
    example = f"{show}/responses/200/content/application~1json/examples/gadget_show_resp_v2_5"
    assert places[example] == f"{SHOWN}/doc/api_samples/gadgets/v2.5/gadget-show-resp.json:1"


def test_each_file_is_read_by_its_own_dialect(tmp_path: Path) -> None:
    from tests.rst_style import document, endpoint

    (tmp_path / "house.rst").write_text(document(endpoint()), encoding="utf-8")
    operation = "Ping\n====\n\n.. rest_method:: GET /ping\n\nAnswers.\n\nNormal response codes: 204\n"
    (tmp_path / "ping.rst").write_text(operation, encoding="utf-8")
    built = build(Config(sources=(tmp_path / "house.rst", tmp_path / "ping.rst"), root=tmp_path))
    assert built.spec is not None
    assert sorted(built.spec["paths"]) == ["/gizmo/v1/gadgets", "/ping"]
    assert _op(built.spec, "get", "/ping")["summary"] == "Ping"


def test_the_cli_takes_microversion_and_project_root(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from rstapi.cli import main

    base = ["build", "--source", str(INDEX), "--no-overlay", "--out", str(tmp_path / "spec.yaml")]
    wrong = CliRunner().invoke(main, [*base, "--microversion", "two"])
    assert (
        wrong.exit_code == 2 and "--microversion must be MAJOR.MINOR (like 2.47), not 'two'" in wrong.output
    )
    narrow = CliRunner().invoke(
        main, [*base, "--microversion", "2.9", "--project-root", str(FIXTURE / "api-ref")]
    )
    assert narrow.exit_code == 0, narrow.output
    assert "outside the project root (api-ref/" in narrow.output  # the samples under doc/ are refused
