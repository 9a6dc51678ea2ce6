"""The spec of an os-api-ref reference works with every consumer: the mock serves its samples,
validates requests against its parameters, and the generated client type-checks (mypy --strict)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest

from rstapi.client import generate_client
from rstapi.config import Config
from rstapi.mock.app import make_app
from rstapi.openapi.sourcemap import split_sources
from rstapi.openapi.write import dump_spec
from rstapi.pipeline import build

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "osapiref"
SAMPLES = FIXTURE / "doc" / "api_samples"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    result = build(Config(sources=(FIXTURE / "api-ref" / "source" / "index.rst",), root=ROOT))
    assert result.spec is not None
    return split_sources(result.spec)[0]


@pytest.fixture(scope="module")
def client(spec: dict[str, Any]) -> httpx.Client:
    transport = httpx.ASGITransport(app=make_app(spec))
    return _SyncOverAsync(transport)


class _SyncOverAsync(httpx.Client):
    """A synchronous client over the in-process ASGI app (httpx's ASGI transport is async only)."""

    def __init__(self, transport: httpx.ASGITransport) -> None:
        super().__init__(base_url="http://testserver")
        self._asgi = transport

    def request(self, method: str, url: Any, **kwargs: Any) -> httpx.Response:
        import asyncio

        async def call() -> httpx.Response:
            async with httpx.AsyncClient(transport=self._asgi, base_url="http://testserver") as inner:
                response = await inner.request(method, url, **kwargs)
                await response.aread()
                return response

        return asyncio.run(call())


def _sample(relative: str) -> Any:
    return json.loads((SAMPLES / relative).read_text(encoding="utf-8"))


def test_the_mock_serves_the_samples(client: httpx.Client) -> None:
    listed = client.request("GET", "/gadgets")
    assert listed.status_code == 200 and listed.json() == _sample("gadgets/gadgets-list-resp.json")
    created = client.request("POST", "/gadgets", json=_sample("gadgets/gadget-create-req.json"))
    assert created.status_code == 202 and created.json() == _sample("gadgets/gadget-create-resp.json")
    fitted = client.request("PUT", "/gadgets/g1/widgets/w1", json=_sample("widgets/widget-fit-req.json"))
    assert fitted.status_code == 200 and fitted.json() == _sample("widgets/widget-fit-resp.json")
    assert client.request("DELETE", "/gadgets/g1").status_code == 204


def test_the_mock_holds_requests_to_the_parameters_file(client: httpx.Client) -> None:
    missing = client.request("POST", "/gadgets", json={"gadget": {"color": "red"}})
    assert missing.status_code == 400
    assert [(p["pointer"], p["rule"]) for p in missing.json()["problems"]] == [
        ("/body/gadget/name", "required")
    ]
    refused = client.request("GET", "/gadgets", params={"limit": "many"})
    # the list documents 200, 401 and 403 only: the mock refuses with a status it documents
    assert refused.status_code == 403
    assert [p["pointer"] for p in refused.json()["problems"]] == ["/query/limit"]


CONFIG = "project_name_override: gizmo-client\npackage_name_override: gizmo_client\npost_hooks: []\n"
USAGE = """\
from gizmo_client import Client
from gizmo_client.api.gadgets import create_gadgets, list_gadgets
from gizmo_client.models import CreateGadgetsRequest, CreateGadgetsRequestGadget

client = Client(base_url="http://testserver")
body = CreateGadgetsRequest(gadget=CreateGadgetsRequestGadget(name="toaster"))
create_gadgets.sync_detailed(client=client, body=body)
list_gadgets.sync_detailed(client=client, limit="ten")
"""


@pytest.mark.slow
def test_the_generated_client_type_checks(spec: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(dump_spec(spec), encoding="utf-8")
    config = tmp_path / "client" / "config.yaml"
    config.parent.mkdir()
    config.write_text(CONFIG, encoding="utf-8")
    (tmp_path / "templates").mkdir()  # none of the project's own: they are about the project's API
    result = generate_client(
        tmp_path / "spec.yaml", tmp_path / "out", config, templates=tmp_path / "templates"
    )
    assert not result.failed and not result.missing_operations, result.warnings
    (tmp_path / "out" / "usage.py").write_text(textwrap.dedent(USAGE), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        str(tmp_path / "cache"),
        "gizmo_client",
        "usage.py",
    ]
    checked = subprocess.run(command, cwd=tmp_path / "out", capture_output=True, text=True, check=False)
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    # the client itself is clean; the one mistake in the usage (a string limit) is caught
    assert len(errors) == 1 and errors[0].startswith("usage.py:8:") and '"limit"' in errors[0], checked.stdout
