"""A default a field's description gives as a value ("Default: 10", "Defaults to ``asc``.") is the
schema's default, typed as the field is; words that give no value, or a value of another type or
outside the listed values, give none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.pipeline import build
from tests.conftest import build_document, operation
from tests.rst_style import endpoint, list_table, subsection

PATH = "/gizmo/v1/gadgets"


@pytest.mark.parametrize(
    ("kind", "description", "default"),
    [
        ("integer", "How many. Default: 10", 10),
        ("integer", "The page size (default 20).", 20),
        ("string", "One of ``asc``, ``desc``. Defaults to ``asc``.", "asc"),
        ("boolean", "Whether to include it. The default is true.", True),
        ("number", "A ratio. Default: 0.5", 0.5),
        ("integer", "How many. Default: ten", None),  # no value: a word, not a number
        ("integer", "How many. Default: ``ten``", None),  # a value, not of the type
        ("string", "One of ``asc``, ``desc``. Default: ``up``.", None),  # not among its values
        ("string", "By default, the caller's.", None),
        ("string", "Defaults to the current user.", None),
    ],
)
def test_a_default_in_the_description(tmp_path: Path, kind: str, description: str, default: Any) -> None:
    table = list_table(("Field", "Data Type", "Description"), ("``size``", kind, description))
    spec, result, _ = build_document(
        tmp_path, endpoint(method="POST", rest=subsection("POST Data Values", table))
    )
    media = operation(spec, "post", PATH)["requestBody"]["content"]["application/json"]
    schema = spec["components"]["schemas"][media["schema"]["$ref"].rsplit("/", 1)[1]]
    assert schema["properties"]["size"].get("default") == default
    said = [d for d in result.diagnostics if d.code == "RST160"]
    if default is None and "``" in description:  # a value was written, and it is left out: said so
        assert len(said) == 1 and "left out" in said[0].message
    else:
        assert said == []


def test_a_field_of_an_unknown_type_is_told_of_its_type_only(tmp_path: Path) -> None:
    table = list_table(("Field", "Data Type", "Description"), ("``size``", "blob", "How big. Default: ``x``"))
    _, result, _ = build_document(
        tmp_path, endpoint(method="POST", rest=subsection("POST Data Values", table))
    )
    assert [d.code for d in result.diagnostics if d.code in {"RST112", "RST160"}] == ["RST112"]


HTTPDOMAIN = """\
Gadgets
=======

.. http:get:: /gadgets

   :query integer limit: How many to list. Defaults to 25.
   :status 200: the gadgets
"""


def test_an_httpdomain_query_field_says_its_default_the_same_way(tmp_path: Path) -> None:
    (tmp_path / "api.rst").write_text(HTTPDOMAIN, encoding="utf-8")
    result = build(Config(sources=(tmp_path / "api.rst",), root=tmp_path))
    assert result.spec is not None
    (limit,) = result.spec["paths"]["/gadgets"]["get"]["parameters"]
    assert limit["schema"] == {"type": "integer", "default": 25}
