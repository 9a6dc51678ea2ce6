"""httpdomain documents of a seventh round: operation names, header examples, the wording of
field descriptions, the headers OpenAPI says elsewhere, and the page's introduction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built


def _found(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


def _operation_ids(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {
        (method, path): operation["operationId"]
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    }


# ---------------------------------------------------------------- operation names

NAMED = """Kitchen
=======

.. http:post:: /v2/pots/(project_id)/pots

   Adds a pot to a project.

   :param project_id: the project
   :statuscode 201: added

.. http:post:: /v2/pots/(pot_id)/wash

   Washes a pot.

   :param pot_id: the pot
   :statuscode 204: washed

.. http:get:: /files/(name).json

   A file as JSON.

   :param name: the file's name
   :statuscode 200: the file

.. http:get:: /files/(name).xml

   A file as XML.

   :param name: the file's name
   :statuscode 200: the file
"""


def test_operation_ids_read_as_method_names(tmp_path: Path) -> None:
    """A POST to a nested collection was named as an action of its last word (``pots_pots``), a
    GET of ``(name).json`` as a list named after the parameter (``list_files_name_json``): the
    generated client's method names. A plural last word is a collection (create), a segment
    holding a parameter an item (get), its literal rest (``json``) a word of the name."""
    spec, _ = built(tmp_path, NAMED)
    assert _operation_ids(spec) == {
        ("post", "/v2/pots/{project_id}/pots"): "create_pots_pots",
        ("post", "/v2/pots/{pot_id}/wash"): "wash_pots",
        ("get", "/files/{name}.json"): "get_files_json",
        ("get", "/files/{name}.xml"): "get_files_xml",
    }
