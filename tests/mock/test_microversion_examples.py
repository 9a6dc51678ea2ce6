"""An os-api-ref operation whose samples show several microversions (a "(v2.5)" sample beside the
first one): the mock answers the sample of the microversion a client asks for in its version header
(`X-OpenStack-<Service>-API-Version: 2.5`, `OpenStack-API-Version: <service> 2.5`, `latest`), the
latest sample as of it, instead of the first sample whatever the version."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Client

from rstapi.config import Config
from rstapi.mock import make_app
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import build

PAGE = """\
==========
 Keys API
==========

Show Key Pair
=============

.. rest_method:: GET /os-keypairs/{keypair_name}

Shows a key pair.

Normal response codes: 200

Request
-------

.. rest_parameters:: parameters.yaml

   - keypair_name: keypair_name_path

Response
--------

.. rest_parameters:: parameters.yaml

   - keypair: keypair
   - name: keypair_name
   - type: keypair_type

**Example Show Key Pair**

.. code-block:: json

   {"keypair": {"name": "k1"}}

**Example Show Key Pair (v2.5)**

.. code-block:: json

   {"keypair": {"name": "k1", "type": "ssh"}}

**Example Show Key Pair (v2.12)**

.. code-block:: json

   {"keypair": {"name": "k1", "type": "x509"}}
"""

PARAMETERS = """\
keypair_name_path:
  description: The key pair's name.
  in: path
  required: true
  type: string
keypair:
  description: The key pair.
  in: body
  required: true
  type: object
keypair_name:
  description: The key pair's name.
  in: body
  required: true
  type: string
keypair_type:
  description: The key's type.
  in: body
  required: true
  type: string
  min_version: 2.5
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Client:
    folder = tmp_path_factory.mktemp("keys")
    (folder / "index.rst").write_text(PAGE, encoding="utf-8")
    (folder / "parameters.yaml").write_text(PARAMETERS, encoding="utf-8")
    result = build(Config(sources=(folder / "index.rst",), root=folder))
    assert result.spec is not None
    spec: dict[str, Any] = split_sources(result.spec)[0]
    return Client(make_app(spec, token_secret="versions-" + "s" * 32))


def _shown(client: Client, headers: dict[str, str]) -> Any:
    reply = client.get("/os-keypairs/k1", headers=headers)
    assert reply.status_code == 200, reply.text
    return reply.json()["keypair"]


@pytest.mark.parametrize(
    ("header", "value", "expected"),
    [
        ("X-OpenStack-Key-API-Version", "2.5", {"name": "k1", "type": "ssh"}),
        ("X-OpenStack-Key-API-Version", "2.11", {"name": "k1", "type": "ssh"}),
        ("OpenStack-API-Version", "key 2.20", {"name": "k1", "type": "x509"}),
        ("OpenStack-API-Version", "key latest", {"name": "k1", "type": "x509"}),
        ("X-OpenStack-Key-API-Version", "2.1", {"name": "k1"}),
    ],
)
def test_the_sample_of_the_version_asked_for(client: Client, header: str, value: str, expected: Any) -> None:
    assert _shown(client, {header: value}) == expected


def test_without_a_version_header_the_first_sample(client: Client) -> None:
    assert _shown(client, {}) == {"name": "k1"}
    assert _shown(client, {"X-OpenStack-Key-API-Version": "not a version"}) == {"name": "k1"}
