"""A request sent again is answered as it was the first time: the GET memo and the router's table of
paths already matched change how fast the mock answers, never what it answers."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from conftest import DEMO_FORM, TOKEN_PATH, Clock, call_raw
from mock_spec import CATALOG_A, CATALOG_B, build_spec

from rstapi.mock import make_app
from rstapi.mock.app import MockApp

DETAIL = "/enterprise/v1/enterprise-catalogs/{}/"
STATIC = "static-token"
AUTH = (b"authorization", f"JWT {STATIC}".encode())
FORM = b"application/x-www-form-urlencoded"


def _app(spec: dict[str, Any], clock: Clock | None = None) -> MockApp:
    return make_app(spec, token_secret="s" * 32, static_token=STATIC, clock=clock or Clock())


def _get(app: MockApp, path: str, *headers: tuple[bytes, bytes], method: str = "GET") -> Any:
    answer = call_raw(app, method, path.encode(), headers=[(b"host", b"testserver"), AUTH, *headers])
    return answer.status, answer.headers, answer.body


def test_a_get_sent_again_gets_the_same_status_headers_and_body() -> None:
    app = _app(build_spec())
    first = _get(app, DETAIL.format(CATALOG_A))
    assert first[0] == 200 and CATALOG_A.encode() in first[2]
    assert _get(app, DETAIL.format(CATALOG_A)) == first


def test_another_value_of_a_remembered_path_pattern_gets_its_own_answer() -> None:
    app = _app(build_spec())
    assert CATALOG_A.encode() in _get(app, DETAIL.format(CATALOG_A))[2]
    assert CATALOG_B.encode() in _get(app, DETAIL.format(CATALOG_B))[2]
    assert CATALOG_A.encode() in _get(app, DETAIL.format("no-such-catalog"))[2]  # the first example
    assert CATALOG_B.encode() in _get(app, DETAIL.format(CATALOG_B))[2]


def test_origin_and_head_are_honoured_on_a_repeated_get() -> None:
    app = _app(build_spec())
    plain = _get(app, DETAIL.format(CATALOG_A))
    with_origin = _get(app, DETAIL.format(CATALOG_A), (b"origin", b"http://page.example"))
    assert with_origin[1][b"access-control-allow-origin"] == b"*"
    assert b"access-control-allow-origin" not in _get(app, DETAIL.format(CATALOG_A))[1]
    head = _get(app, DETAIL.format(CATALOG_A), method="HEAD")
    assert head == (200, plain[1], b"")
    assert _get(app, DETAIL.format(CATALOG_A)) == plain


def test_a_repeated_get_is_refused_once_its_token_has_expired() -> None:
    clock = Clock()
    app = make_app(build_spec(), token_secret="s" * 32, clock=clock, token_ttl=60)
    form = urlencode(DEMO_FORM).encode()
    issued = call_raw(app, "POST", TOKEN_PATH.encode(), headers=[(b"content-type", FORM)], body=form)
    token = json.loads(issued.body)["access_token"]
    header = (b"authorization", f"JWT {token}".encode())
    request = [(b"host", b"testserver"), header]
    assert call_raw(app, "GET", DETAIL.format(CATALOG_A).encode(), headers=request).status == 200
    clock.now += 61
    assert call_raw(app, "GET", DETAIL.format(CATALOG_A).encode(), headers=request).status == 401


def test_a_header_parameter_is_validated_on_every_repeat() -> None:
    spec = build_spec()
    limit = {"name": "X-Limit", "in": "header", "schema": {"type": "integer", "maximum": 10}}
    spec["paths"][DETAIL.replace("{}", "{uuid}")]["get"]["parameters"].append(limit)
    app = _app(spec)
    assert _get(app, DETAIL.format(CATALOG_A), (b"x-limit", b"5"))[0] == 200
    refused = _get(app, DETAIL.format(CATALOG_A), (b"x-limit", b"50"))
    assert refused[0] == 400 and b"/header/X-Limit" in refused[2]
    assert _get(app, DETAIL.format(CATALOG_A), (b"x-limit", b"5"))[0] == 200


def test_headers_given_as_lists_are_answered_alike() -> None:
    app = _app(build_spec())
    as_tuples = _get(app, DETAIL.format(CATALOG_A))
    as_lists = [[b"host", b"testserver"], list(AUTH)]
    for _ in range(2):  # not hashable, so never memoised: answered in full each time
        answer = call_raw(app, "GET", DETAIL.format(CATALOG_A).encode(), headers=as_lists)  # type: ignore[arg-type]
        assert (answer.status, answer.headers, answer.body) == as_tuples
