"""Checking the examples again after array item types were inferred walks only what can differ.

``conformance.checked_again`` keeps the findings of an example whose walk reaches no schema the
inference replaced; the result must be what walking every example again gives.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rstapi.config import Config
from rstapi.conformance import array_items_from_examples, checked_again, checked_examples
from rstapi.diagnostics import SourceLocation
from rstapi.model import Api, Example, Field, ObjectSchema, TypeSpec
from rstapi.pipeline import build

AT = SourceLocation("ref.rst", 1)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _schema(name: str, *fields: Field, examples: tuple[Example, ...] = ()) -> ObjectSchema:
    return ObjectSchema(name, fields, AT, examples=examples)


def _example(value: object) -> Example:
    return Example("example", "", AT, value)


def _both(api: Api) -> tuple[object, object]:
    checked = checked_examples(api)
    inferred = array_items_from_examples(api, checked)
    assert inferred is not api
    return checked_again(inferred, api, checked), checked_examples(inferred)


def test_an_example_reaching_a_replaced_schema_through_a_ref_is_walked_again() -> None:
    """``Tag.labels`` becomes an array of strings; ``Box``'s example holds a null label inside its
    ``tag``, which is a finding only once the item type is known."""
    labels = Field("labels", TypeSpec("array"), "", AT)
    tag = _schema("Tag", labels, examples=(_example({"labels": ["a"]}),))
    box = _schema(
        "Box",
        Field("tag", TypeSpec("object", ref="Tag"), "", AT),
        examples=(_example({"tag": {"labels": ["b", None]}}),),
    )
    plain = _schema("Plain", Field("name", TypeSpec("string"), "", AT), examples=(_example({"name": 1}),))
    again, walked = _both(Api("t", "", ("ref.rst",), (), (tag, box, plain)))
    assert again == walked
    box_findings = next(findings for schema, _, findings in walked if schema.name == "Box")  # type: ignore[attr-defined]
    assert "null" in [f.kind.value for f in box_findings]  # the walk again found the null label


@pytest.mark.parametrize(
    ("folder", "source"),
    [
        ("house_style", "mixed_wordings.rst"),
        ("house_style/project", "index.rst"),
        ("httpdomain/project", "index.rst"),
        ("osapiref", "api-ref/source/index.rst"),
    ],
)
def test_each_fixture_project_gets_what_walking_every_example_again_gives(
    tmp_path: Path, folder: str, source: str
) -> None:
    shutil.copytree(FIXTURES / folder, tmp_path / "p")
    (tmp_path / "p" / ".git").mkdir()
    api = build(Config(sources=(tmp_path / "p" / source,), root=tmp_path / "p")).api
    assert api is not None
    checked = checked_examples(api)
    inferred = array_items_from_examples(api, checked)
    assert checked_again(inferred, api, checked) == checked_examples(inferred)
