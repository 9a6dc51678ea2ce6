"""Junk input always gets a 4xx, never a 5xx: one test per kind, then a fuzz test."""

from __future__ import annotations

import os
from typing import Any

import pytest
from conftest import call_raw
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mock_spec import CUSTOMER

from rstapi.mock import make_app
from rstapi.mock.app import MockApp

ALLOCATE = f"/enterprise/v1/enterprise-customer/{CUSTOMER}/admin/assignments/allocate".encode()
LIST = b"/enterprise/v1/enterprise-catalogs/"
AUTH = (b"authorization", b"JWT t")
JSON = (b"content-type", b"application/json")


@pytest.fixture(scope="module")
def junk_app() -> MockApp:
    from mock_spec import build_spec

    return make_app(build_spec(), static_token="t")


def _assert_4xx(status: int) -> None:
    assert 400 <= status < 500, status


def test_random_bytes_as_body(junk_app: MockApp) -> None:
    for seed in range(20):
        body = os.urandom(64 + seed)
        _assert_4xx(call_raw(junk_app, "POST", ALLOCATE, headers=[AUTH, JSON], body=body).status)


def test_wrong_types_everywhere(junk_app: MockApp) -> None:
    for body in (
        b"[]",
        b"1",
        b'"x"',
        b"null",
        b'{"learner_emails": {}, "content_key": [], "content_price_cents": {}}',
    ):
        _assert_4xx(call_raw(junk_app, "POST", ALLOCATE, headers=[AUTH, JSON], body=body).status)


def test_huge_query_string(junk_app: MockApp) -> None:
    many_fields = b"&".join(b"f%d=1" % i for i in range(5000))
    assert call_raw(junk_app, "GET", LIST, headers=[AUTH], query=many_fields).status == 400
    long_value = b"page=" + b"9" * 100_000
    assert call_raw(junk_app, "GET", LIST, headers=[AUTH], query=long_value).status == 400


def test_deeply_nested_json(junk_app: MockApp) -> None:
    for depth in (1_000, 100_000):
        body = b"[" * depth + b"]" * depth
        _assert_4xx(call_raw(junk_app, "POST", ALLOCATE, headers=[AUTH, JSON], body=body).status)
        nested_object = b'{"a":' * depth + b"1" + b"}" * depth
        _assert_4xx(call_raw(junk_app, "POST", ALLOCATE, headers=[AUTH, JSON], body=nested_object).status)


def test_invalid_utf8_in_the_path(junk_app: MockApp) -> None:
    assert (
        call_raw(junk_app, "GET", b"/enterprise/v1/enterprise-catalogs/%ff%fe/", headers=[AUTH]).status == 400
    )
    assert call_raw(junk_app, "GET", b"/\xff\xfe", headers=[AUTH]).status == 400
    assert call_raw(junk_app, "GET", b"no-leading-slash", headers=[AUTH]).status == 400


def test_invalid_utf8_in_headers(junk_app: MockApp) -> None:
    for name in (b"authorization", b"accept", b"prefer", b"host", b"content-type", b"content-length"):
        headers = [AUTH, JSON, (name, b"\xff\xfe\x00junk")]
        _assert_4xx(call_raw(junk_app, "POST", ALLOCATE, headers=headers, body=b"{}").status)


def test_invalid_utf8_in_the_query(junk_app: MockApp) -> None:
    assert call_raw(junk_app, "GET", LIST, headers=[AUTH], query=b"page=%ff").status == 400
    assert call_raw(junk_app, "GET", LIST, headers=[AUTH], query=b"page=\xff").status == 400


_methods = st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"])
_paths = st.one_of(
    st.sampled_from([LIST, ALLOCATE, LIST + b"x/", b"/oauth2/v1/access_token", b"/api/v1/jobs/1"]),
    st.binary(max_size=64).map(lambda raw: b"/" + raw),
)
_header_names = st.sampled_from([b"authorization", b"accept", b"content-type", b"prefer", b"host", b"x-junk"])
_headers = st.lists(st.tuples(_header_names, st.binary(max_size=40)), max_size=5)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    method=_methods, path=_paths, query=st.binary(max_size=80), headers=_headers, body=st.binary(max_size=200)
)
def test_fuzz_never_5xx(
    junk_app: MockApp, method: str, path: bytes, query: bytes, headers: list[Any], body: bytes
) -> None:
    response = call_raw(junk_app, method, path, query=query, headers=[AUTH, *headers], body=body)
    assert response.status < 500, response.body


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
        max_leaves=20,
    )
)
def test_fuzz_json_bodies_are_200_or_4xx(junk_app: MockApp, body: Any) -> None:
    import json

    raw = json.dumps(body).encode()
    response = call_raw(junk_app, "POST", ALLOCATE, headers=[AUTH, JSON], body=raw)
    assert response.status in (202, 400), response.body
