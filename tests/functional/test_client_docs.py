"""The "get a token and call an endpoint" block of docs/client.md runs, as written, against the mock.

The block names the mock's loopback address; the test answers that address in-process (no socket).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from rstapi.mock.app import MockApp
from tests.functional.conftest import ROOT, SyncASGITransport

DOC = ROOT / "docs" / "client.md"
CLIENT_README = ROOT / "generated_client" / "README.md"
SNIPPET = re.compile(r"## Get a token and call an endpoint\n.*?```python\n(.*?)```", re.DOTALL)


def _snippet(document: Path = DOC) -> str:
    found = SNIPPET.search(document.read_text(encoding="utf-8"))
    assert found, f"{document}: no python block under 'Get a token and call an endpoint'"
    return found.group(1)


def test_the_client_readme_shows_the_same_snippet() -> None:
    assert _snippet(CLIENT_README) == _snippet(DOC)


def test_the_snippet_is_short_and_names_no_production_host_as_its_target() -> None:
    code = _snippet()
    assert len(code.splitlines()) <= 15
    assert re.search(r'^base_url = "http://127\.0\.0\.1:\d+"', code, re.MULTILINE)


def test_the_snippet_runs_against_the_mock(
    app: MockApp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bridge = SyncASGITransport(app)

    def loopback_only(**_: Any) -> httpx.BaseTransport:  # replaces the network transport httpx.Client builds
        return bridge

    monkeypatch.setattr(httpx._client, "HTTPTransport", loopback_only)
    exec(compile(_snippet(), str(DOC), "exec"), {})
    assert {request.url.host for request in bridge.requests} == {"127.0.0.1"}
    assert capsys.readouterr().out.splitlines() == [
        "1",
        "Enterprise Subscription 104b1785-1d3a-1000-148d-1ae7a56e6355",
    ]
