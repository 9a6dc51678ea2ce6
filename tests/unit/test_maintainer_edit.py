"""The scripted docs edit (tests/maintainer_edit.py) is an edit the extractor understands."""

from __future__ import annotations

import pytest

from rstapi.rst.extract import extract
from rstapi.rst.parse import parse
from tests.maintainer_edit import realistic_edit
from tests.rst_helpers import FIELDS, document, endpoint

PARAMS = (("page", "integer", "The page to return."),)


def test_the_edit_adds_a_parameter_a_field_and_prose() -> None:
    text = document(endpoint(parameters=PARAMS))
    api, _ = extract([parse(realistic_edit(text), "ref.rst")])
    [operation] = api.operations
    assert {p.name for p in operation.parameters} >= {"page", "page_hint"}
    assert any(schema.field("docs_note") for schema in api.schemas)
    assert "revised by the docs team" in realistic_edit(text)
    assert {f.name for s in api.schemas for f in s.fields} >= {name for name, _, _ in FIELDS}


def test_a_document_without_the_house_style_tables_is_refused() -> None:
    with pytest.raises(ValueError, match="not a house-style reference"):
        realistic_edit("Title\n=====\n\nJust prose.\n")


def test_the_edit_is_made_once() -> None:
    edited = realistic_edit(document(endpoint(parameters=PARAMS)))
    assert realistic_edit(edited) == edited
