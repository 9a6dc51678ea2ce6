"""Field rows as a third exploratory tester wrote them: dotted rows with no row for their parent,
a nested list repeating its parent's path, a description saying the value may be null, and a
required word as a sentence in the middle of a description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.openapi.sourcemap import split_sources
from rstapi.rst.types import required_marked, type_spec
from tests.conftest import build_document, operation
from tests.rst_style import code_block, endpoint, list_table, subsection

PATH = "/gizmo/v1/gadgets"


def _request(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request body's component and every component, as the spec writes them."""
    written = split_sources(spec)[0]
    media = operation(written, "post", PATH)["requestBody"]["content"]["application/json"]
    schemas: dict[str, Any] = written["components"]["schemas"]
    return schemas[media["schema"]["$ref"].rsplit("/", 1)[1]], schemas


def _ref(schema: dict[str, Any]) -> str:
    found = schema["items"] if "items" in schema else schema.get("allOf", [schema])[0]
    return str(found["$ref"]).rsplit("/", 1)[1]


def test_dotted_rows_with_no_row_for_their_parent_imply_it(tmp_path: Path) -> None:
    """ "lines[].sku" with no "lines" row is an array of objects, "shipping.address.city" objects
    within objects (they were properties named with the dots, and the example was refused)."""
    table = list_table(
        ("Field", "Data Type", "Required", "Description"),
        ("``lines[].sku``", "string", "Yes", "The SKU."),
        ("``shipping.address.city``", "string", "Yes", "The city."),
    )
    example = code_block('{"lines": [{"sku": "A"}], "shipping": {"address": {"city": "Oslo"}}}')
    rest = subsection("Request Values", table) + subsection("Example Request", example)
    spec, result, _ = build_document(tmp_path, endpoint(method="POST", rest=rest))
    body, schemas = _request(spec)
    assert list(body["properties"]) == ["lines", "shipping"]
    assert body["properties"]["lines"]["type"] == "array"
    assert schemas[_ref(body["properties"]["lines"])]["required"] == ["sku"]
    shipping = schemas[_ref(body["properties"]["shipping"])]
    assert schemas[_ref(shipping["properties"]["address"])]["properties"]["city"]["type"] == "string"
    assert [d.code for d in result.diagnostics if d.code in {"DOC201", "SPEC401", "DOC217"}] == []


NESTED = """\
* ``meta`` (object): Metadata.

  * ``meta.lang`` (string): The language.
  * ``meta.labels`` (array of objects): Labels.

    * ``name`` (string, required): The label's name.
"""


def test_a_nested_list_may_repeat_its_parents_path(tmp_path: Path) -> None:
    """Fields listed inside ``meta`` as "meta.lang" are meta's "lang" (they were "meta.lang")."""
    spec, _, _ = build_document(tmp_path, endpoint(method="POST", rest=subsection("Request Values", NESTED)))
    body, schemas = _request(spec)
    meta = schemas[_ref(body["properties"]["meta"])]
    assert list(meta["properties"]) == ["lang", "labels"]
    assert schemas[_ref(meta["properties"]["labels"])]["required"] == ["name"]


def test_a_description_saying_null_makes_the_value_nullable() -> None:
    said = ["When the member left. Nullable.", "The zip; may be null.", "The manager, or null if none."]
    not_said = ["Never null.", "Not nullable.", "A non-nullable id.", "Cannot be null.", "The null island."]
    assert [type_spec("string", text).nullable for text in said] == [True] * 3  # type: ignore[union-attr]
    assert [type_spec("string", text).nullable for text in not_said] == [False] * 5  # type: ignore[union-attr]


def test_a_required_word_as_a_sentence_in_the_middle_counts() -> None:
    assert required_marked("integer", "The quantity. Required. Must be at least 1.")[1] is True
    assert required_marked("integer", "The quantity. Required if ``sku`` is set. More.")[1] is None


def test_an_example_breaking_a_documented_format_is_doc203(tmp_path: Path) -> None:
    """A uuid, date or email field whose example is none (jsonschema's format checks) is DOC203
    at the field's row, as a wrong type is; a value of the format is not (they passed silently)."""
    table = list_table(
        ("Field", "Data Type", "Description"),
        ("``id``", "uuid", "The id."),
        ("``created``", "date", "The day."),
        ("``contact``", "email", "Who to write to."),
    )
    bad = '{"id": "not-a-uuid", "created": "2024-02-30", "contact": "nobody"}'
    good = (
        '{"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "created": "2024-02-28", "contact": "a@example.com"}'
    )
    for example, expected in ((bad, ["contact", "created", "id"]), (good, [])):
        rest = subsection("Response Values", table) + subsection("Example Response", code_block(example))
        _, result, text = build_document(tmp_path, endpoint(rest=rest))
        found = [d for d in result.diagnostics if d.code == "DOC203"]
        assert sorted(d.message.split("'")[1] for d in found) == expected
        if found:
            [created] = [d for d in found if d.message.startswith("'created'")]
            assert (
                "documented as 'date' (format date)" in created.message and "'2024-02-30'" in created.message
            )
            assert created.location is not None
            assert created.location.line == text.splitlines().index("   * - ``created``") + 1
