"""Routing: templates, trailing slashes, 404 and 405 with Allow, the spec's own pages."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from conftest import Client
from mock_spec import CATALOG_A, COURSE_KEY

from rstapi.mock.routing import InvalidPath, Router


def test_router_prefers_literal_segments_over_parameters() -> None:
    router = Router(["/a/{id}", "/a/special", "/a/{id}/b/"])
    assert router.match(b"/a/special") is not None
    assert router.match(b"/a/special").template == "/a/special"  # type: ignore[union-attr]
    assert router.match(b"/a/42").params == {"id": "42"}  # type: ignore[union-attr]
    assert router.match(b"/a/42/b/").template == "/a/{id}/b/"  # type: ignore[union-attr]


def test_router_keeps_trailing_slash_forms_apart() -> None:
    router = Router(["/x/{id}/"])
    assert router.match(b"/x/1") is None
    assert router.match(b"/x//") is None
    assert router.match(b"/x/1/") is not None


def test_router_decodes_percent_escapes_in_parameter_values() -> None:
    router = Router(["/c/{key}"])
    assert router.match(b"/c/course-v1%3AedX%2BDemoX").params == {"key": "course-v1:edX+DemoX"}  # type: ignore[union-attr]


def test_router_tells_apart_templates_of_the_same_depth() -> None:
    router = Router(["/a/{x}/b", "/a/{x}/c", "/a/{x}/{y}", "/d/{p}/{q}", "/d/{p}"])
    assert router.match(b"/a/1/c") == ("/a/{x}/c", {"x": "1"})
    assert router.match(b"/a/1/z") == ("/a/{x}/{y}", {"x": "1", "y": "z"})
    assert router.match(b"/d/%C3%A9/2") == ("/d/{p}/{q}", {"p": "\u00e9", "q": "2"})
    assert router.match(b"/d/\xc3\xa9/2") == ("/d/{p}/{q}", {"p": "\u00e9", "q": "2"})  # unescaped UTF-8
    assert router.match(b"/d/1") == ("/d/{p}", {"p": "1"})
    assert router.match(b"/e/1/2") is None


def test_router_refuses_invalid_utf8() -> None:
    with pytest.raises(InvalidPath):
        Router(["/c/{key}"]).match(b"/c/%ff%fe")
    with pytest.raises(InvalidPath):
        Router(["/c/{key}"]).match(b"/c/\xff")


def test_unknown_path_is_404_in_the_error_shape(client: Client) -> None:
    response = client.get("/no/such/path")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_path_missing_its_trailing_slash_is_404(client: Client, auth: dict[str, str]) -> None:
    assert client.get(f"/enterprise/v1/enterprise-catalogs/{CATALOG_A}", headers=auth).status_code == 404
    assert client.get(f"/enterprise/v1/enterprise-catalogs/{CATALOG_A}/", headers=auth).status_code == 200


def test_other_method_is_405_with_allow_header(client: Client, auth: dict[str, str]) -> None:
    response = client.request("PUT", "/enterprise/v1/enterprise-catalogs/", headers=auth)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, OPTIONS"
    assert response.json()["error"] == "method_not_allowed"


def test_course_detail_route_with_two_parameters(client: Client, auth: dict[str, str]) -> None:
    response = client.get(
        f"/enterprise/v2/enterprise-catalogs/{CATALOG_A}/courses/{COURSE_KEY}", headers=auth
    )
    assert response.status_code == 200
    assert response.json()["key"] == COURSE_KEY


def test_spec_is_served_as_json_and_yaml(client: Client, spec: dict[str, Any]) -> None:
    assert client.get("/openapi.json").json() == spec
    served = client.get("/openapi.yaml")
    assert served.headers["content-type"] == "application/yaml"
    assert yaml.safe_load(served.text) == json.loads(json.dumps(spec))


def test_docs_dir_is_served_at_docs(spec: dict[str, Any], tmp_path: Any) -> None:
    from rstapi.mock import make_app

    (tmp_path / "index.html").write_text("<html>docs</html>")
    (tmp_path / "app.js").write_text("let x = 1;")
    client = Client(make_app(spec, docs_dir=tmp_path))
    assert client.get("/docs").text == "<html>docs</html>"
    assert client.get("/docs/").headers["content-type"] == "text/html"
    assert client.get("/docs/app.js").text == "let x = 1;"
    assert client.get("/docs/../openapi.json").status_code in (200, 404)
    assert client.get("/docs/missing.js").status_code == 404


def test_the_mock_command_serves_a_page_built_from_the_packaged_assets_without_a_site(
    spec: dict[str, Any], tmp_path: Any
) -> None:
    from rstapi.commands.mock import _docs_folder
    from rstapi.mock import make_app

    with _docs_folder(spec, tmp_path / "no-site") as docs:
        assert docs is not None
        client = Client(make_app(spec, docs_dir=docs))
        assert "SwaggerUIBundle" in client.get("/docs/swagger-ui-bundle.js").text
        script = client.get("/docs/spec.js").text
        assert json.loads(script.removeprefix("window.RSTAPI_SPEC = ").removesuffix(";\n")) == spec
        assert 'src="./swagger-ui-bundle.js"' in client.get("/docs/").text
    assert not docs.exists()


def test_head_answers_as_get_without_a_body(client: Client, auth: dict[str, str]) -> None:
    get = client.get("/enterprise/v1/enterprise-catalogs/", headers=auth)
    head = client.request("HEAD", "/enterprise/v1/enterprise-catalogs/", headers=auth)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-length"] == str(len(get.content))
    assert client.request("HEAD", "/enterprise/v1/enterprise-catalogs/").status_code == 401
    assert client.request("HEAD", "/openapi.json").headers["content-length"] != "0"


def test_options_is_204_with_allow_and_needs_no_token(client: Client) -> None:
    response = client.request("OPTIONS", "/enterprise/v1/enterprise-catalogs/")
    assert response.status_code == 204 and response.content == b""
    assert response.headers["allow"] == "GET, HEAD, OPTIONS"
    assert "access-control-allow-origin" not in response.headers
    assert client.request("OPTIONS", "/nowhere/").status_code == 404


def test_a_cors_preflight_lets_a_page_on_another_port_send_a_token(client: Client, token: str) -> None:
    origin = {"Origin": "http://127.0.0.1:8000"}
    preflight = client.request(
        "OPTIONS",
        "/enterprise/v1/enterprise-catalogs/",
        headers={
            **origin,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "authorization",
        },
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "GET" in preflight.headers["access-control-allow-methods"]
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()
    response = client.get(
        "/enterprise/v1/enterprise-catalogs/", headers={**origin, "Authorization": f"JWT {token}"}
    )
    assert response.status_code == 200 and response.headers["access-control-allow-origin"] == "*"
    refused = client.get("/enterprise/v1/enterprise-catalogs/", headers=origin)
    assert refused.status_code == 401 and refused.headers["access-control-allow-origin"] == "*"


def test_headers_larger_than_the_limit_are_431(client: Client, auth: dict[str, str]) -> None:
    response = client.get("/enterprise/v1/enterprise-catalogs/", headers={**auth, "X-Padding": "a" * 20_000})
    assert response.status_code == 431
    assert response.json()["error"] == "request_header_fields_too_large"
    assert (
        client.get(
            "/enterprise/v1/enterprise-catalogs/", headers={**auth, "X-Padding": "a" * 4_000}
        ).status_code
        == 200
    )


def test_a_spec_with_an_integer_past_64_bits_is_served(spec: dict[str, Any]) -> None:
    """JSON allows any integer; a reference's example may hold a 25-digit id."""
    import copy

    from rstapi.mock import make_app

    big = copy.deepcopy(spec)
    big.setdefault("components", {}).setdefault("examples", {})["big"] = {"value": {"id": 10**24 + 7}}
    served = Client(make_app(big)).get("/openapi.json")
    assert served.status_code == 200 and served.json() == big
