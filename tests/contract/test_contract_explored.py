"""What an exploratory tester found `rstapi contract` reporting wrongly, each against a small real
server on 127.0.0.1 (Python's http.server, as the tester's): a --path-param that turned invalid
requests valid, a documented refusal called "stricter input rules", flags failing as "cannot reach",
findings with blank expected/observed, and RFC 9110's 501 for an unknown method called a failure."""

from __future__ import annotations

import copy
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml
from click.testing import CliRunner

from rstapi.cli import main

_NAME = {"type": "string", "maxLength": 10, "description": "The name."}
_GADGET = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
    "required": ["id", "name"],
}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Gizmo", "version": "1.0.0"},
    "paths": {
        "/gadgets/{gadget_id}": {
            "get": {
                "operationId": "get_gadget",
                "parameters": [
                    {
                        "name": "gadget_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1},
                        "description": "The gadget id. Must be >= 1.",
                    }
                ],
                "responses": {
                    "200": {"description": "OK", "content": {"application/json": {"schema": _GADGET}}},
                    "404": {"description": "No such gadget"},
                },
            }
        },
        "/gadgets": {
            "post": {
                "operationId": "create_gadget",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "name": _NAME,
                                    "color": {"type": "string", "enum": ["red", "blue"]},
                                },
                                "required": ["name"],
                            },
                            "example": {"name": "w", "color": "red"},
                        }
                    },
                },
                "responses": {
                    "201": {"description": "Created", "content": {"application/json": {"schema": _GADGET}}},
                    "400": {"description": "Bad request"},
                    "422": {"description": "The factory cannot make this gadget now"},
                },
            }
        },
    },
}


class _Gizmo(BaseHTTPRequestHandler):
    """A conforming service; `mode` changes one thing. Methods it does not define get http.server's
    501 (mode "http.server"), else 405 with an Allow header (or 404, mode "no 405")."""

    protocol_version = "HTTP/1.1"
    mode = "conforming"
    paths: ClassVar[list[str]] = []  # each server gets its own list (`gizmo`)

    def log_message(self, *args: Any) -> None:
        pass

    def _answer(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self.paths.append(self.path)
        if not self.path.startswith("/gadgets/"):
            return self._other()
        found = re.fullmatch(r"/gadgets/(\d+)", self.path)
        if found and int(found.group(1)) == 1:
            return self._answer(200, {"id": 1, "name": "widget"})
        return self._answer(404, {"detail": "Not found."})

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path != "/gadgets":
            return self._other()
        try:
            body = json.loads(raw)
        except ValueError:
            return self._answer(400, {"detail": "not JSON"})
        name, color = (body.get("name"), body.get("color", "red")) if isinstance(body, dict) else (None, None)
        if not (isinstance(name, str) and len(name) <= 10 and color in ("red", "blue")):
            return self._answer(400, {"detail": "bad"})
        if color == "blue" and self.mode == "refuses blue":
            return self._answer(422, {"detail": "No blue gadgets this season."})
        if color == "blue" and self.mode == "refuses blue naming it":
            return self._answer(422, {"color": ["Blue is not sold."]})
        return self._answer(201, None if self.mode == "no body" else {"id": 7, "name": name})

    def _other(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.mode == "no 405":
            return self._answer(404, {"detail": "Not found."})
        allow = "GET, OPTIONS" if self.path.startswith("/gadgets/") else "POST, OPTIONS"
        if self.command == "OPTIONS":
            return self._answer(204, headers={"Allow": allow})
        return self._answer(405, {"detail": "Method not allowed."}, {"Allow": allow})

    def __getattr__(self, name: str) -> Any:
        # do_PUT, do_QUERY ...: every method but GET and POST, unless http.server's own 501 is wanted
        if name.startswith("do_") and self.mode != "http.server":
            return self._other
        raise AttributeError(name)


@contextmanager
def gizmo(mode: str) -> Iterator[tuple[str, list[str]]]:
    """The service on a free 127.0.0.1 port; yields its base URL and the paths its GETs asked for."""
    handler = type("Handler", (_Gizmo,), {"mode": mode, "paths": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    # A client that closes its connection early (a timed-out or cancelled request) is no error of
    # the service's: http.server printed its traceback to sys.stderr, which CliRunner captures
    # into the run's output, and the JSON report no longer parsed (a flaky test).
    server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.paths
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def spec_file(tmp_path: Path) -> Path:
    path = tmp_path / "gizmo.yaml"
    path.write_text(yaml.safe_dump(SPEC, sort_keys=False))
    return path


def _run(spec: Path, base_url: str, *extra: str) -> tuple[int, str]:
    args = ["contract", "--spec", str(spec), "--base-url", base_url, "--max-examples", "3", *extra]
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.output


def _findings(output: str) -> list[dict[str, Any]]:
    document = json.loads(output[output.index("{") :])
    return [finding for operation in document["operations"] for finding in operation["findings"]]


def test_a_path_param_fills_the_valid_requests_and_leaves_the_invalid_ones_invalid(spec_file: Path) -> None:
    with gizmo("conforming") as (base_url, paths):
        code, output = _run(
            spec_file,
            base_url,
            "--include",
            "get_gadget",
            "--path-param",
            "gadget_id=1",
            "--phase",
            "coverage",
        )
    assert code == 0, output
    assert "laxer input rules" not in output
    assert "/gadgets/1" in paths  # the valid requests carry the fixed id
    assert "/gadgets/0" in paths  # the coverage phase's "below minimum: 1" is still sent as such


def test_a_path_param_its_schema_refuses_is_a_usage_error(spec_file: Path) -> None:
    with gizmo("conforming") as (base_url, _):
        code, output = _run(spec_file, base_url, "--path-param", "gadget_id=abc")
    assert code == 2, output
    assert "--path-param gadget_id=abc" in output and '"minimum": 1' in output, output


def test_a_path_param_no_operation_has_is_a_usage_error(spec_file: Path) -> None:
    with gizmo("conforming") as (base_url, _):
        code, output = _run(spec_file, base_url, "--path-param", "gadget=1")
    assert code == 2, output
    assert "--path-param gadget=1" in output and "gadget_id" in output, output


def test_a_valid_request_refused_with_a_documented_4xx_is_a_documented_refusal(spec_file: Path) -> None:
    with gizmo("refuses blue") as (base_url, _):
        code, output = _run(spec_file, base_url, "--include", "create_gadget", "--format", "json")
    assert code == 0, output
    assert '"422"' in output  # the refusal came, and was taken as the document allows it
    assert not [f for f in _findings(output) if f["class"] == "stricter input rules than documented"]


def test_a_documented_4xx_naming_a_field_sent_is_stricter_input_and_says_how_to_accept_it(
    spec_file: Path,
) -> None:
    with gizmo("refuses blue naming it") as (base_url, _):
        code, output = _run(spec_file, base_url, "--include", "create_gadget", "--format", "json")
    stricter = [f for f in _findings(output) if f["class"] == "stricter input rules than documented"]
    assert code == 1 and stricter, output
    assert "a 4xx the reference documents" in stricter[0]["expected"]
    assert "422 is documented for this operation" in stricter[0]["observed"]
    assert "--refusal-status 422" in stricter[0]["observed"]


@pytest.mark.parametrize(
    ("flag", "value", "named"),
    [("-H", "X-Tenant: a\nb", "-H/--header X-Tenant"), ("--request-timeout", "0", "--request-timeout")],
)
def test_a_flag_no_request_can_carry_is_a_usage_error_not_an_unreachable_service(
    spec_file: Path, flag: str, value: str, named: str
) -> None:
    with gizmo("conforming") as (base_url, _):
        code, output = _run(spec_file, base_url, "--include", "create_gadget", flag, value)
    assert code == 2, output
    assert named in output and "cannot reach" not in output, output


def test_findings_say_what_was_expected_and_observed(spec_file: Path) -> None:
    with gizmo("no body") as (base_url, _):
        code, output = _run(spec_file, base_url, "--include", "create_gadget", "--format", "json")
    found = {f["check"]: f for f in _findings(output) if f["status"] == 201}
    assert code == 1, output
    content_type = found["content_type_conformance"]
    assert content_type["expected"] == "Content-Type application/json", content_type
    assert content_type["observed"] == "no Content-Type header and no body", content_type
    assert found["response_schema_conformance"]["observed"] == "/: no body (an empty response)"


def test_an_unsupported_method_finding_says_what_was_expected(spec_file: Path) -> None:
    with gizmo("no 405") as (base_url, _):
        code, output = _run(spec_file, base_url, "--include", "create_gadget", "--format", "json")
    found = [f for f in _findings(output) if f["check"] == "unsupported_method"]
    assert code == 1 and found, output
    for finding in found:
        assert finding["expected"] == "405 Method Not Allowed with an Allow header (the path documents POST)"
        assert re.fullmatch(r"status 404 to [A-Z]+", finding["observed"]), finding


def test_501_for_a_method_the_server_does_not_recognise_is_no_failure(spec_file: Path) -> None:
    with gizmo("http.server") as (base_url, _):
        code, output = _run(spec_file, base_url, "--include", "create_gadget", "--format", "json")
    assert '"501"' in output  # QUERY, PUT ... were sent and answered 501 Not Implemented
    assert code == 0, output
    assert not _findings(output), output


_ID = {"type": "integer", "minimum": 1}
_SHOP_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shop", "version": "1.0.0"},
    "paths": {
        "/shops": {
            "post": {
                "operationId": "create_shop",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"name": _NAME}, "required": ["name"]}
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "Created",
                        "content": {"application/json": {"schema": _GADGET}},
                        "links": {
                            "ShopGadget": {
                                "operationId": "get_shop_gadget",
                                "parameters": {"shop_id": "$response.body#/id"},
                            }
                        },
                    },
                    "400": {"description": "Bad request"},
                },
            }
        },
        "/shops/{shop_id}/gadgets/{gadget_id}": {
            "get": {
                "operationId": "get_shop_gadget",
                "parameters": [
                    {"name": name, "in": "path", "required": True, "schema": _ID}
                    for name in ("shop_id", "gadget_id")
                ],
                "responses": {
                    "200": {"description": "OK", "content": {"application/json": {"schema": _GADGET}}},
                    "404": {"description": "No such gadget"},
                },
            }
        },
    },
}


class _Shop(_Gizmo):
    """Creates shop 3 (any name up to 10 characters); knows gadget 1 of every shop."""

    def do_GET(self) -> None:
        self.paths.append(self.path)
        if re.fullmatch(r"/shops/[1-9]\d*/gadgets/1", self.path):
            return self._answer(200, {"id": 1, "name": "widget"})
        return self._answer(404, {"detail": "Not found."})

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path != "/shops":
            return self._other()
        try:
            name = json.loads(raw).get("name")
        except (ValueError, AttributeError):
            name = None
        if not (isinstance(name, str) and len(name) <= 10):
            return self._answer(400, {"detail": "bad"})
        return self._answer(201, {"id": 3, "name": name})


def test_a_path_param_leaves_the_invalid_path_values_of_stateful_requests_invalid(tmp_path: Path) -> None:
    """The stateful phase follows create_shop's link to a gadget of the new shop; the gadget id is
    generated, and a tenth of the steps are negative ("violates minimum": 0, -27...). schemathesis'
    own `parameters` override wrote the fixed id over them just before each call, so no invalid id
    was ever sent (the negative requests became valid ones labelled 'violates minimum')."""
    spec_file = tmp_path / "shop.yaml"
    spec_file.write_text(yaml.safe_dump(_SHOP_SPEC, sort_keys=False))
    handler = type("Handler", (_Shop,), {"paths": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base_url = f"http://127.0.0.1:{server.server_address[1]}"
        code, output = _run(
            spec_file, base_url, "--phase", "stateful", "--path-param", "gadget_id=1", "--max-examples", "8"
        )
    finally:
        server.shutdown()
        server.server_close()
    assert code == 0, output
    gadgets = {path.rsplit("/", 1)[1] for path in handler.paths if "/gadgets/" in path}
    assert "1" in gadgets  # the valid requests carry the fixed id
    assert [gadget for gadget in gadgets if int(gadget) < 1], gadgets  # the invalid ones stay invalid


def test_an_ignored_token_finding_says_what_was_expected(tmp_path: Path) -> None:
    """An operation whose security the service ignores fails schemathesis' ignored_auth and
    missing_required_header checks; their findings printed an empty "expected:"."""
    spec = copy.deepcopy(SPEC)
    spec["components"] = {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}}
    operation = spec["paths"]["/gadgets/{gadget_id}"]["get"]
    operation["security"] = [{"token": []}]
    operation["responses"]["401"] = {"description": "No token"}
    path = tmp_path / "secured.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    with gizmo("ignores tokens") as (base_url, _):
        code, output = _run(
            path, base_url, "--include", "get_gadget", "--format", "json", "--token", "Bearer t"
        )
    found = {f["check"]: f for f in _findings(output)}
    assert code == 1, output
    assert found["ignored_auth"]["expected"].startswith("401 or 403 for a request without the credentials")
    assert (
        found["missing_required_header"]["expected"]
        == "a 4xx for a request without a header the reference requires"
    )
    assert all(f["expected"] for f in found.values()), found
