"""The reference's own curl examples against the in-process mock: each gets its documented status.

An example the lint reports as broken in a way that changes the request is expected to fail, naming
the lint code (strict: fixing the doc flips the test). Broken-ness comes from the build's diagnostics.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from rstapi.config import load_config
from rstapi.contract import ContractSettings
from rstapi.contract.auth import authorization_header
from rstapi.contract.curl_smoke import REQUEST_BREAKING_CODES, SmokeRequest, send, smoke_requests, verdict
from rstapi.lint.anchors import AnchorIndex
from rstapi.mock import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, make_app
from rstapi.naming import path_pointer
from rstapi.pipeline import build
from rstapi.publish import load_spec
from tests.conftest import ROOT, SPEC


def _cases() -> list[Any]:
    result = build(load_config(ROOT))
    assert result.api is not None
    return [_param(request) for request in smoke_requests(result.api, result.diagnostics)]


def _param(request: SmokeRequest) -> Any:
    marks = []
    reason = request.broken_reason
    if reason is not None:
        marks.append(pytest.mark.xfail(strict=True, reason=reason))
    return pytest.param(request, id=request.name, marks=marks)


@pytest.fixture(scope="module")
def mock() -> tuple[Any, str]:
    spec = load_spec(SPEC)
    app = make_app(spec)
    settings = ContractSettings(
        "http://mock.test", client_id=DEMO_CLIENT_ID, client_secret=DEMO_CLIENT_SECRET
    )
    header = authorization_header(spec, settings, app)
    assert header is not None
    return app, header.split(" ", 1)[1]


@pytest.mark.parametrize("request_", _cases())
def test_curl_example_gets_its_documented_status(request_: SmokeRequest, mock: tuple[Any, str]) -> None:
    app, token = mock
    response = asyncio.run(send(request_, app, token))
    assert verdict(request_, response) is None


def test_the_broken_examples_name_their_lint_codes() -> None:
    """Anchored to content, not lines: an edit of the reference moves examples, not this test."""
    result = build(load_config(ROOT))
    assert result.api is not None
    requests = smoke_requests(result.api, result.diagnostics)
    codes = {d.code for r in requests for d in r.broken_by}
    assert {"RST117", "DOC206"} <= codes <= set(REQUEST_BREAKING_CODES)
    # DOC212 (a missing line continuation) leaves the request intact: its examples are not broken
    index = AnchorIndex(result.api)
    sloppy = {index.anchor(d).pointer for d in result.diagnostics if d.code == "DOC212"}
    pointers = {o.operation_id: path_pointer(o.path, o.method) for o in result.api.operations}
    intact = [r for r in requests if pointers.get(r.operation_id) in sloppy and not r.broken_by]
    assert intact, "every example with a DOC212 finding was reported broken"
