"""Requests are checked against the spec: 400 with pointers and rules, 413, 415, malformed JSON."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest
from conftest import TOKEN_PATH, Client, call_raw
from mock_spec import CUSTOMER, VALID_ALLOCATION, build_spec

from rstapi.mock import make_app
from rstapi.mock.formats import as_jsonschema_reads
from rstapi.openapi.structure import SCHEMA
from tests.publish.conftest import served

ALLOCATE = f"/enterprise/v1/enterprise-customer/{CUSTOMER}/admin/assignments/allocate"
LIST = "/enterprise/v1/enterprise-catalogs/"


def _problems(response: Any) -> set[tuple[str, str]]:
    assert response.status_code == 400, response.text
    return {(p["pointer"], p["rule"]) for p in response.json()["problems"]}


def test_valid_body_is_accepted(client: Client, auth: dict[str, str]) -> None:
    assert client.post(ALLOCATE, json=VALID_ALLOCATION, headers=auth).status_code == 202


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"content_key": None}, ("/body/content_key", "type")),
        ({"content_price_cents": -1}, ("/body/content_price_cents", "minimum")),
        ({"content_price_cents": "100"}, ("/body/content_price_cents", "type")),
        ({"notify": "maybe"}, ("/body/notify", "enum")),
        ({"learner_emails": ["a@example.com"] * 4}, ("/body/learner_emails", "maxItems")),
        ({"learner_emails": ["not an email"]}, ("/body/learner_emails/0", "format")),
        ({"surprise": 1}, ("/body", "additionalProperties")),
    ],
)
def test_body_rules_are_reported_with_pointer_and_rule(
    client: Client, auth: dict[str, str], change: dict[str, Any], expected: tuple[str, str]
) -> None:
    response = client.post(ALLOCATE, json={**VALID_ALLOCATION, **change}, headers=auth)
    assert expected in _problems(response)


@pytest.mark.parametrize("address", ["a@b@c", "no-domain@", "@", "two words@example.com"])
def test_an_email_is_what_jsonschema_accepts(client: Client, auth: dict[str, str], address: str) -> None:
    """jsonschema's email rule (a string with an "@") decides, also where the Rust validator, asked
    first, is told that rule instead of its own RFC 5321 parse (mock/formats.py)."""
    body = {**VALID_ALLOCATION, "learner_emails": [address]}
    assert client.post(ALLOCATE, json=body, headers=auth).status_code == 202


def test_the_rust_validator_reads_an_email_format_as_its_pattern() -> None:
    schema = {
        "properties": {
            "to": {"type": "string", "format": "email"},
            "cc": {"format": "idn-email", "pattern": "example"},
            "kind": {"enum": [{"format": "email"}], "default": {"format": "email"}},
        }
    }
    read = as_jsonschema_reads(schema, SCHEMA)["properties"]
    assert read["to"] == {"type": "string", "pattern": "@"}
    assert read["cc"] == {"format": "idn-email", "pattern": "example"}  # its own pattern: format kept
    assert read["kind"] == schema["properties"]["kind"]  # instances are data, never rewritten
    assert schema["properties"]["to"]["format"] == "email"  # a copy: the spec is not changed


def test_what_the_spec_says_is_a_schema_is_read_as_one() -> None:
    """Properties named like keywords are schemas; examples and extensions in the spec are data."""
    email = {"type": "string", "format": "email"}
    schema = {
        "properties": {"default": email, "format": email, "example": {"items": email}},
        "allOf": [{"properties": {"const": email}}],
        "x-sample": {"format": "email"},
    }
    read = as_jsonschema_reads(schema, SCHEMA)
    pattern = {"type": "string", "pattern": "@"}
    assert read["properties"] == {"default": pattern, "format": pattern, "example": {"items": pattern}}
    assert read["allOf"] == [{"properties": {"const": pattern}}]
    assert read["x-sample"] == {"format": "email"}  # an extension's value is data
    spec = {
        "paths": {
            "/a": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": email,
                                "example": {"format": "email"},
                                "examples": {"one": {"value": {"format": "email"}}},
                            }
                        }
                    }
                }
            }
        },
        "components": {"schemas": {"Address": email}},
    }
    media = as_jsonschema_reads(spec)["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]
    assert media["schema"] == pattern
    assert media["example"] == {"format": "email"} and media["examples"]["one"]["value"] == {
        "format": "email"
    }
    assert as_jsonschema_reads(spec)["components"]["schemas"]["Address"] == pattern


def _inline_body_with_data_refs() -> dict[str, Any]:
    spec = build_spec()
    document = {"$ref": "#/components/schemas/Job"}  # a payload that happens to hold a "$ref" key
    schema = {"type": "object", "properties": {"document": {"enum": [document], "default": document}}}
    operation = spec["paths"][ALLOCATE.replace(CUSTOMER, "{enterprise_uuid}")]["post"]
    operation["requestBody"]["content"]["application/json"]["schema"] = schema
    return spec


@pytest.mark.parametrize("spec", [_inline_body_with_data_refs()])
def test_a_ref_key_in_an_inline_schemas_enum_is_data(client: Client, auth: dict[str, str]) -> None:
    """An inline body schema's refs are made absolute for the registry; its enum, const and default
    are instances, so a body equal to a documented one is accepted as written."""
    accepted = client.post(ALLOCATE, json={"document": {"$ref": "#/components/schemas/Job"}}, headers=auth)
    assert accepted.status_code == 202, accepted.text
    refused = client.post(ALLOCATE, json={"document": {"$ref": "#/components/schemas/Other"}}, headers=auth)
    assert ("/body/document", "enum") in _problems(refused)


def test_missing_required_field_points_at_the_field(client: Client, auth: dict[str, str]) -> None:
    body = {key: value for key, value in VALID_ALLOCATION.items() if key != "content_key"}
    assert _problems(client.post(ALLOCATE, json=body, headers=auth)) == {("/body/content_key", "required")}


def test_path_parameter_format_is_checked(client: Client, auth: dict[str, str]) -> None:
    url = ALLOCATE.replace(CUSTOMER, "not-a-uuid")
    assert ("/path/enterprise_uuid", "format") in _problems(
        client.post(url, json=VALID_ALLOCATION, headers=auth)
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("page=two", ("/query/page", "type")),
        ("page=0", ("/query/page", "minimum")),
        ("page_size=1000", ("/query/page_size", "maximum")),
        ("current=perhaps", ("/query/current", "type")),
    ],
)
def test_query_parameters_are_checked(
    client: Client, auth: dict[str, str], query: str, expected: tuple[str, str]
) -> None:
    assert expected in _problems(client.get(f"{LIST}?{query}", headers=auth))


def test_query_booleans_and_integers_are_coerced(client: Client, auth: dict[str, str]) -> None:
    assert client.get(f"{LIST}?current=true&page=1&page_size=2", headers=auth).status_code == 200


def test_parameter_and_body_problems_are_reported_together(client: Client, auth: dict[str, str]) -> None:
    url = ALLOCATE.replace(CUSTOMER, "nope")
    problems = _problems(client.post(url, json={**VALID_ALLOCATION, "notify": 3}, headers=auth))
    assert {("/path/enterprise_uuid", "format"), ("/body/notify", "type")} <= problems


def test_missing_body_is_400(client: Client, auth: dict[str, str]) -> None:
    response = client.post(ALLOCATE, headers={**auth, "Content-Type": "application/json"})
    assert _problems(response) == {("/body", "required")}


@pytest.mark.parametrize("raw", [b"{", b"{'a': 1}", b'{"a": NaN}', b"\xff\xfe", b""])
def test_malformed_json_is_400(client: Client, auth: dict[str, str], raw: bytes) -> None:
    response = client.post(ALLOCATE, content=raw, headers={**auth, "Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["problems"][0]["pointer"] == "/body"


def test_wrong_content_type_is_415(client: Client, auth: dict[str, str]) -> None:
    response = client.post(
        ALLOCATE, content=b"learner_emails=a", headers={**auth, "Content-Type": "text/plain"}
    )
    assert response.status_code == 415
    assert "application/json" in response.json()["detail"]


def test_content_type_parameters_are_ignored(client: Client, auth: dict[str, str]) -> None:
    headers = {**auth, "Content-Type": "application/json; charset=utf-8"}
    assert client.post(ALLOCATE, json=VALID_ALLOCATION, headers=headers).status_code == 202


def test_body_over_the_limit_is_413_by_content_length(spec: dict[str, Any]) -> None:
    app = make_app(spec, body_limit=64, static_token="t")
    headers = [
        (b"authorization", b"JWT t"),
        (b"content-type", b"application/json"),
        (b"content-length", b"65"),
    ]
    assert call_raw(app, "POST", ALLOCATE.encode(), headers=headers, body=b" " * 65).status == 413


def test_body_over_the_limit_is_413_when_streamed(spec: dict[str, Any]) -> None:
    app = make_app(spec, body_limit=64, static_token="t")
    headers = [(b"authorization", b"JWT t"), (b"content-type", b"application/json")]
    assert call_raw(app, "POST", ALLOCATE.encode(), headers=headers, body=b" " * 100, chunk=10).status == 413


def test_a_streamed_body_over_the_limit_is_read_to_its_end_before_the_413() -> None:
    """A client still sending when the mock refuses must read the 413, not a reset: the mock reads on."""
    chunks = [{"type": "http.request", "body": b"a" * 100, "more_body": True} for _ in range(9)]
    chunks.append({"type": "http.request", "body": b"a", "more_body": False})
    pending = list(chunks)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        assert pending == [], "the reply started before the body was read"
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": TOKEN_PATH,
        "headers": [(b"content-type", b"application/x-www-form-urlencoded")],
    }
    asyncio.run(make_app(build_spec(), body_limit=150)(scope, receive, send))
    assert sent[0]["status"] == 413


def test_a_chunked_body_over_the_limit_gets_a_413_over_a_real_socket(spec: dict[str, Any]) -> None:
    with served(make_app(spec)) as url:
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
            sock.sendall(
                f"POST {TOKEN_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode()
                + b"Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
            )
            piece = b"a" * 65536
            for _ in range(48):  # 3 MiB against the default 1 MiB limit
                sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
            sock.sendall(b"0\r\n\r\n")
            answer = _reply_of(sock)
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    assert b"payload_too_large" in answer


def _reply_of(sock: socket.socket) -> bytes:
    """One whole HTTP reply: the head and body may come in separate segments."""
    answer = sock.recv(65536)
    head, _, body = answer.partition(b"\r\n\r\n")
    length = next(
        (
            int(line.split(b":")[1])
            for line in head.lower().split(b"\r\n")
            if line.startswith(b"content-length:")
        ),
        0,
    )
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def _search_spec() -> dict[str, Any]:
    """One unsecured GET with a required and an optional query parameter and a required header."""
    ok = {"200": {"description": "ok", "content": {"application/json": {"example": {"hits": 0}}}}}
    parameters = [
        {"name": "q", "in": "query", "required": True, "schema": {"type": "string", "minLength": 2}},
        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 10}},
        {"name": "X-Tenant", "in": "header", "required": True, "schema": {"type": "string"}},
    ]
    operation = {"operationId": "search", "parameters": parameters, "responses": ok}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/search": {"get": operation}},
    }


@pytest.mark.parametrize(
    ("url", "headers", "expected"),
    [
        ("/search", {"X-Tenant": "acme"}, {("/query/q", "required")}),  # no query string at all
        ("/search?other=1", {"X-Tenant": "acme"}, {("/query/q", "required")}),
        ("/search", {}, {("/query/q", "required"), ("/header/X-Tenant", "required")}),
        ("/search?q=ab&limit=11", {"X-Tenant": "acme"}, {("/query/limit", "maximum")}),
    ],
)
def test_required_parameters_are_checked_with_or_without_a_query_string(
    url: str, headers: dict[str, str], expected: set[tuple[str, str]]
) -> None:
    client = Client(make_app(_search_spec()))
    assert _problems(client.get(url, headers=headers)) == expected
    assert client.get("/search?q=ab", headers={"X-Tenant": "acme"}).status_code == 200


def _dated_spec() -> dict[str, Any]:
    """One POST whose body holds a date and a date-time (no credentials)."""
    body = {
        "type": "object",
        "properties": {
            "starts": {"type": "string", "format": "date"},
            "at": {"type": "string", "format": "date-time"},
            "coded": {"type": "string", "format": "date", "pattern": "^2"},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Dates", "version": "1"},
        "paths": {
            "/bookings": {
                "post": {
                    "operationId": "create_bookings",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": {"201": {"description": "Booked."}, "400": {"description": "Refused."}},
                }
            }
        },
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("starts", "20-3-02-29"),  # jsonschema-rs 0.60 took these as dates
        ("starts", ".024-01-02"),
        ("starts", "0000-01-02"),  # no date Python (or jsonschema) can hold
        ("at", "2024-01-02T23:59:60Z"),  # a leap second: no RFC 3339 date-time for jsonschema
        ("at", "2024-01-0-T03:04:05Z"),
        ("coded", "2-3-02-29"),  # a schema with a pattern of its own is held to the shape too
    ],
)
def test_a_malformed_date_is_refused_though_the_rust_validator_takes_it(field: str, value: str) -> None:
    """The mock asks jsonschema-rs first and lets through what it calls valid: its date check
    took a malformed year or day, so a client sending one passed the mock and failed the service."""
    client = Client(make_app(_dated_spec()))
    response = client.post("/bookings", json={field: value})
    assert (f"/body/{field}", "format") in _problems(response)


@pytest.mark.parametrize(
    ("field", "value"),
    [("starts", "2024-02-29"), ("at", "2024-01-02t03:04:05.5+05:30"), ("coded", "2024-01-02")],
)
def test_a_well_formed_date_is_accepted(field: str, value: str) -> None:
    client = Client(make_app(_dated_spec()))
    assert client.post("/bookings", json={field: value}).status_code == 201
