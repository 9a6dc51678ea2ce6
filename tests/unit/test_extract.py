"""parse + extract + emit on documents the generator has never seen (other endpoints, hosts, headings)."""

from __future__ import annotations

from pathlib import Path

from rstapi.config import Config
from rstapi.diagnostics import Level
from rstapi.pipeline import build
from tests.conftest import FIXTURES, build_rst, codes, operation
from tests.rst_style import document, endpoint, field_table, literal, subsection


def _sibling() -> dict:
    result = build(Config(sources=(FIXTURES / "sibling_reference.rst",), root=FIXTURES.parent.parent))
    assert [d for d in result.diagnostics if d.level >= Level.WARNING] == []
    assert result.spec is not None
    return result.spec


def test_sibling_reference_operations_paths_and_ids() -> None:
    spec = _sibling()
    ids = {p: {m: op["operationId"] for m, op in item.items()} for p, item in spec["paths"].items()}
    assert ids == {
        "/shop/v4/widgets/": {"get": "list_widgets"},
        "/shop/v4/widgets/{widget_id}/": {"get": "get_widgets"},
        "/shop/v4/widgets/{widget_id}/paint/": {"post": "paint_widgets"},
    }


def test_server_comes_from_the_curl_examples_host() -> None:
    assert _sibling()["servers"] == [{"url": "https://widgets.example.org"}]


def test_query_parameters_from_table_curl_and_prose() -> None:
    params = {p["name"]: p for p in operation(_sibling(), "get", "/shop/v4/widgets/")["parameters"]}
    assert params["colour"]["schema"] == {"type": "string", "enum": ["red", "green", "blue"]}
    assert params["colour"]["example"] == "red"
    assert params["page"]["schema"] == {"type": "integer"} and params["page"]["example"] == 2
    assert params["page_size"]["schema"] == {"type": "integer", "default": 50}


def test_request_body_types_enum_minimum_and_example() -> None:
    spec = _sibling()
    body = operation(spec, "post", "/shop/v4/widgets/{widget_id}/paint/")["requestBody"]["content"][
        "application/json"
    ]
    schema = spec["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]]["properties"]
    assert schema["colour"]["enum"] == ["red", "green", "blue"]
    assert schema["coats"]["type"] == "integer" and schema["coats"]["minimum"] == 1
    assert schema["finish_by"] == {**schema["finish_by"], "type": "string", "format": "date-time"}
    assert body["examples"]["example_request"]["value"] == {
        "colour": "green",
        "coats": 2,
        "finish_by": "2030-01-01T00:00:00Z",
    }


def test_ref_to_fields_section_becomes_a_component() -> None:
    spec = _sibling()
    detail = operation(spec, "get", "/shop/v4/widgets/{widget_id}/")["responses"]["200"]
    assert detail["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Widget"}
    widget = spec["components"]["schemas"]["Widget"]["properties"]
    assert widget["painted"]["type"] == ["boolean", "null"]
    assert widget["tags"]["items"] == {"type": "string"}


def test_results_items_point_at_the_referenced_schema() -> None:
    spec = _sibling()
    listing = operation(spec, "get", "/shop/v4/widgets/")["responses"]["200"]["content"]["application/json"]
    envelope = spec["components"]["schemas"][listing["schema"]["$ref"].rsplit("/", 1)[1]]
    assert envelope["properties"]["results"]["items"] == {"$ref": "#/components/schemas/Widget"}
    assert listing["examples"]["example_response"]["value"]["results"][0]["widget_id"] == "w-1"


def test_status_from_the_example_sentence() -> None:
    responses = operation(_sibling(), "post", "/shop/v4/widgets/{widget_id}/paint/")["responses"]
    assert list(responses) == ["201"]
    assert (
        responses["201"]["content"]["application/json"]["examples"]["example_response"]["value"]["job"]
        == "paint-17"
    )


def test_every_element_is_traced_to_its_rst_line() -> None:
    spec = _sibling()
    source = (FIXTURES / "sibling_reference.rst").read_text().splitlines()
    paint = operation(spec, "post", "/shop/v4/widgets/{widget_id}/paint/")
    line = int(paint["x-rst-source"].rsplit(":", 1)[1])
    assert source[line - 1] == "Widget Paint Endpoint"
    coats = spec["components"]["schemas"]["PaintWidgetsRequest"]["properties"]["coats"]
    assert source[int(coats["x-rst-source"].rsplit(":", 1)[1]) - 1].strip() == "* - ``coats``"


def test_missing_leading_slash_is_added_and_trailing_slash_kept(tmp_path: Path) -> None:
    result = build_rst(tmp_path, document(endpoint(path="gizmo/v2/things/{thing_id}/")))
    assert list(result.spec["paths"]) == ["/gizmo/v2/things/{thing_id}/"]
    params = result.spec["paths"]["/gizmo/v2/things/{thing_id}/"]["get"]["parameters"]
    assert params[0]["name"] == "thing_id" and params[0]["in"] == "path" and params[0]["required"] is True


def test_operation_id_is_stable_when_another_section_changes(tmp_path: Path) -> None:
    one = build_rst(
        tmp_path, document(endpoint(), endpoint("other Endpoint", "POST", "/gizmo/v1/other/{x}/poke"))
    )
    two = build_rst(
        tmp_path, document(endpoint("renamed Endpoint", "PUT", "/gizmo/v1/elsewhere"), endpoint())
    )
    assert one.spec["paths"]["/gizmo/v1/gadgets"]["get"]["operationId"] == "list_gadgets"
    assert two.spec["paths"]["/gizmo/v1/gadgets"]["get"]["operationId"] == "list_gadgets"
    assert one.spec["paths"]["/gizmo/v1/other/{x}/poke"]["post"]["operationId"] == "poke_other"


def test_code_block_json_example_and_status_list(tmp_path: Path) -> None:
    rest = subsection("Response", "    202 Accepted - Queued.\n\n    409 Conflict - Already running.\n")
    rest += subsection("Example Response", '.. code-block:: json\n\n  {"queued": true}\n')
    result = build_rst(tmp_path, document(endpoint(method="POST", path="/gizmo/v1/jobs", rest=rest)))
    responses = result.spec["paths"]["/gizmo/v1/jobs"]["post"]["responses"]
    assert sorted(responses) == ["202", "409"]
    assert responses["202"]["description"] == "Queued."
    assert [c for c in codes(result) if c[0] != "RST115"] == []


def test_body_field_said_to_be_query_parameter_becomes_query(tmp_path: Path) -> None:
    table = field_table(
        ("tenant", "string", "The tenant, provided as a query param."), ("name", "string", "A name.")
    )
    result = build_rst(tmp_path, document(endpoint(method="POST", rest=subsection("Request Values", table))))
    op = result.spec["paths"]["/gizmo/v1/gadgets"]["post"]
    assert [p["name"] for p in op["parameters"] if p["in"] == "query"] == ["tenant"]
    body = result.spec["components"]["schemas"]["CreateGadgetsRequest"]["properties"]
    assert list(body) == ["name"]


def test_path_parameter_example_from_curl_and_query_from_url(tmp_path: Path) -> None:
    curl = 'curl -X GET \\\n  https://h.example/gizmo/v1/gadgets/g-9?verbose=true \\\n  -H "Authorization: JWT {access token}"'
    rest = subsection("Example Request", literal(curl))
    result = build_rst(tmp_path, document(endpoint(path="/gizmo/v1/gadgets/{gadget_id}", rest=rest)))
    params = {
        p["name"]: p for p in result.spec["paths"]["/gizmo/v1/gadgets/{gadget_id}"]["get"]["parameters"]
    }
    assert params["gadget_id"]["example"] == "g-9"
    assert params["verbose"]["schema"] == {"type": "boolean"} and params["verbose"]["example"] is True
