"""A query string written into an endpoint's path, in each dialect: the spec's path is what comes
before the ``?``, the query's names are query parameters (the documented one kept as documented),
and RST192 says so at the line the path is written on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.pipeline import build
from tests.rst_helpers import document, endpoint
from tests.rst_style import line_number

HOUSE = document(
    endpoint(
        "gizmos",
        path="/api/v1/gizmos/?page=<n>&ordering=name",
        curls=[],
        parameters=[("ordering", "string", "The field to sort by.")],
    )
)
HTTPDOMAIN = """\
Gizmos
======

.. http:get:: /gizmos/?page=2&ordering=name

   List gizmos.

   :query string ordering: The field to sort by.
   :status 200: the gizmos
"""
OS_API_REF = """\
======
Gizmos
======

List Gizmos
===========

.. rest_method:: GET /v2/gizmos?page=2&ordering=name

Normal response codes: 200
"""


def _built(tmp_path: Path, name: str, text: str, line: int) -> tuple[dict[str, Any], str]:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    result = build(Config(sources=(source,), root=tmp_path))
    assert result.spec is not None
    found = [d for d in result.diagnostics if d.code == "RST192"]
    assert len(found) == 1
    assert found[0].location is not None and found[0].location.line == line
    return result.spec, found[0].message


@pytest.mark.parametrize(
    ("name", "text", "where", "path"),
    [
        ("ref.rst", HOUSE, "   * - GET", "/api/v1/gizmos/"),  # the table row that names the path
        ("api.rst", HTTPDOMAIN, "?page=", "/gizmos/"),
        ("index.rst", OS_API_REF, "?page=", "/v2/gizmos"),
    ],
)
def test_the_query_string_leaves_the_path_and_names_query_parameters(
    tmp_path: Path, name: str, text: str, where: str, path: str
) -> None:
    if name == "index.rst":
        (tmp_path / "conf.py").write_text("extensions = ['os_api_ref']\n", encoding="utf-8")
    spec, message = _built(tmp_path, name, text, line_number(text, where))
    assert list(spec["paths"]) == [path]
    parameters = {
        p["name"]: p for p in spec["paths"][path]["get"].get("parameters", []) if p["in"] == "query"
    }
    assert parameters["page"]["schema"] == {"type": "string"} and not parameters["page"].get("required")
    added = message.split("query parameter(s) ")[-1].split(", ")
    if name == "index.rst":  # nothing documents either
        assert added == ["page", "ordering"]
    else:  # the documented parameter is kept as documented, not added again
        assert added == ["page"]
        assert parameters["ordering"]["description"] == "The field to sort by."


def test_a_query_parameter_the_path_names_is_declared_for_the_curl_examples(tmp_path: Path) -> None:
    """A curl example sending a query parameter the path's query string names is no DOC207
    (it said no table or prose declared it)."""
    curl = 'curl -X GET "https://api.example.com/api/v1/gizmos/?page=2&size=10" -H "Authorization: JWT {t}"'
    text = document(endpoint("gizmos", path="/api/v1/gizmos/?page=<n>&size=<int:size>", curls=[curl]))
    source = tmp_path / "ref.rst"
    source.write_text(text, encoding="utf-8")
    result = build(Config(sources=(source,), root=tmp_path))
    assert [d.code for d in result.diagnostics if d.code == "DOC207"] == []
    assert [d.code for d in result.diagnostics if d.code == "RST192"] == ["RST192"]
