"""An overlay's security scheme over the one an httpdomain or os-api-ref reader made of the same
name (``Authorization: Token ...`` is the apiKey scheme ``Token``): the overlay's wins, and OVL304
says when an example of the document sends the credentials the other way."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from rstapi.mock import make_app
from rstapi.openapi.auth import auth_prefix
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import BuildResult
from tests.conftest import build_rst
from tests.rst_style import line_number
from tests.unit.test_osapiref_explored import _build

PAGE = """\
Vault API
=========

.. http:get:: /vaults

   Lists vaults.

   **Example request**:

   .. sourcecode:: http

      GET /vaults HTTP/1.1
      Authorization: Token 9944b0

   :reqheader Authorization: ``Token <key>``
   :statuscode 200: the vaults
   :statuscode 401: no key

.. http:get:: /seals

   Lists seals.

   :reqheader Authorization: a bearer token
   :statuscode 200: the seals
   :statuscode 401: no key
"""
OVERLAY = """\
overlay: 1.0.0
info: {title: vault fixes, version: 1.0.0}
actions:
  - target: $.components.securitySchemes
    description: The keys are bearer tokens; the seals take an API key header.
    update:
      Token:
        type: http
        scheme: bearer
        description: A bearer token from the vault's console.
      Bearer:
        type: apiKey
        in: header
        name: X-Vault-Key
"""


def _built(tmp_path: Path, overlay: str | None = OVERLAY) -> tuple[dict[str, Any], BuildResult]:
    result = build_rst(tmp_path, PAGE, overlay=overlay)
    assert result.spec is not None
    return split_sources(result.spec)[0], result


def _found(result: BuildResult, code: str) -> list[tuple[str, str]]:
    return [(str(d.location), d.message) for d in result.diagnostics if d.code == code]


def test_an_overlays_scheme_of_another_type_replaces_the_readers(tmp_path: Path) -> None:
    """The overlay's ``Token: {type: http, scheme: bearer}`` was merged into the reader's apiKey
    ``Token`` (``in``, ``name`` and ``x-rstapi-auth-prefix: Token`` kept), which OpenAPI refuses:
    the whole action was OVL303 and left out, so the overlay's word was lost. It replaces the
    reader's scheme now; the consumers send ``Bearer``."""
    spec, result = _built(tmp_path)
    assert spec["components"]["securitySchemes"] == {
        "Token": {
            "type": "http",
            "scheme": "bearer",
            "description": "A bearer token from the vault's console.",
        },
        "Bearer": {"type": "apiKey", "in": "header", "name": "X-Vault-Key"},
    }
    assert _found(result, "OVL303") == []
    assert auth_prefix(spec) == "Bearer"


def test_ovl304_says_the_documents_example_sends_another_scheme(tmp_path: Path) -> None:
    """The example request sends ``Authorization: Token 9944b0``: OVL304 at the overlay's action
    names the example's line; the Bearer scheme, which no example sends (only the description
    names it), is replaced without a finding."""
    _, result = _built(tmp_path)
    [(where, message)] = _found(result, "OVL304")
    assert where == "overlay.yaml:4"
    assert f"ref.rst:{line_number(PAGE, 'GET /vaults HTTP/1.1')}" in message
    assert "'Authorization: Token <key>'" in message and "'Authorization: Bearer <credentials>'" in message


def test_the_mock_asks_for_the_overlays_scheme(tmp_path: Path) -> None:
    spec, _ = _built(tmp_path)

    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=make_app(spec))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as client:
            return await client.get("/vaults", headers={"Authorization": "Token 9944b0"})

    reply = asyncio.run(send())
    assert reply.status_code == 401 and "Bearer" in reply.text


def test_an_overlay_of_the_same_kind_still_merges(tmp_path: Path) -> None:
    """An overlay that only describes the reader's scheme (same type, same word) merges into it."""
    overlay = OVERLAY.replace(
        "        type: http\n        scheme: bearer\n",
        "        type: apiKey\n        in: header\n        name: Authorization\n",
    ).replace("      Bearer:\n        type: apiKey\n        in: header\n        name: X-Vault-Key\n", "")
    spec, result = _built(tmp_path, overlay)
    token = spec["components"]["securitySchemes"]["Token"]
    assert token["x-rstapi-auth-prefix"] == "Token" and token["description"].startswith("A bearer token")
    assert _found(result, "OVL304") == []


OS_PAGE = """\
===========
 Vault API
===========

List Vaults
===========

.. rest_method:: GET /v1/vaults

Lists vaults.

.. code-block:: console

   $ curl -H "Authorization: Token 9944b0" https://vault.example.com/v1/vaults

Normal response codes: 200

Request
-------

.. rest_parameters:: vault.yaml

   - Authorization: auth_token
"""
OS_PARAMETERS = """\
auth_token:
  description: |
    ``Token <key>``.
  in: header
  required: true
  type: string
"""


def test_osapiref_the_overlays_scheme_wins_and_ovl304_names_the_curl(tmp_path: Path) -> None:
    (tmp_path / "overlay.yaml").write_text(OVERLAY, encoding="utf-8")
    from rstapi.config import Config
    from rstapi.pipeline import build

    _build(tmp_path, {"index.rst": OS_PAGE, "vault.yaml": OS_PARAMETERS})  # writes the files
    result = build(
        Config(sources=(tmp_path / "index.rst",), overlay=tmp_path / "overlay.yaml", root=tmp_path)
    )
    assert result.spec is not None
    spec = split_sources(result.spec)[0]
    assert spec["components"]["securitySchemes"]["Token"]["type"] == "http"
    [(_, message)] = _found(result, "OVL304")
    assert f"index.rst:{line_number(OS_PAGE, '$ curl -H')}" in message
