"""Field tables against their examples: DOC201, DOC202, DOC203, DOC214."""

from __future__ import annotations

from tests.rst_helpers import FIELDS, document, endpoint, line_of, lint_rst, only

NESTED = """Each object in the ``parts`` array represents a part.

.. list-table::
   :widths: 25 20 80
   :header-rows: 1

   * - Field
     - Data Type
     - Description
   * - ``part_id``
     - integer
     - The part's number.
   * - ``colour``
     - enum string
     - The part's colour. One of ``red``, ``blue``.
"""


def _nested_doc(parts: str) -> str:
    rows = (*FIELDS, ("parts", "array (obj)", "The widget's parts."))
    section = endpoint(response=rows, example='{"name": "a", "size": 1, "parts": ' + parts + "}")
    return document(
        section.replace(
            "\n================\nExample Response", NESTED + "\n================\nExample Response", 1
        )
    )


def test_doc201_example_field_the_table_does_not_document() -> None:
    text = document(endpoint(example='{\n    "name": "sprocket",\n    "size": 3,\n    "weight": 7\n}'))
    [found] = only(lint_rst(text), "DOC201")
    assert found.location is not None and found.location.line == line_of(text, '"weight"')
    assert "'weight'" in found.message and f"table at line {line_of(text, '``widget_id``')}" in found.message
    assert found.pointer == "/components/schemas/GetWidgetsResponse/properties/weight"


def test_doc201_not_reported_when_every_field_is_documented() -> None:
    assert only(lint_rst(document(endpoint())), "DOC201") == []


def test_doc202_documented_field_in_no_example() -> None:
    rows = (*FIELDS, ("colour", "string", "The widget's colour."))
    text = document(endpoint(response=rows))
    [found] = only(lint_rst(text), "DOC202")
    assert (found.location and found.location.line) == line_of(text, "``colour``")
    assert "'colour' is documented but appears in none" in found.message


def test_doc202_not_reported_for_a_table_without_examples() -> None:
    rows = (*FIELDS, ("colour", "string", "The widget's colour."))
    assert only(lint_rst(document(endpoint(response=rows, example=None))), "DOC202") == []


def test_doc203_type_contradiction() -> None:
    text = document(endpoint(example='{\n    "name": "sprocket",\n    "size": [1, 2]\n}'))
    [found] = only(lint_rst(text), "DOC203")
    assert (found.location and found.location.line) == line_of(text, "``size``")
    example_line = line_of(text, '"size"')
    assert (
        found.message
        == f"'size' is documented as 'integer', but the example at line {example_line} shows an array ([1, 2])"
    )
    assert found.pointer == "/components/schemas/GetWidgetsResponse/properties/size"


def test_doc203_enum_contradiction() -> None:
    rows = (*FIELDS, ("state", "enum string", "One of ``new``, ``used``."))
    text = document(endpoint(response=rows, example='{"name": "a", "size": 1, "state": "broken"}'))
    [found] = only(lint_rst(text), "DOC203")
    assert "'state' is documented as one of 'new', 'used'" in found.message and "'broken'" in found.message


def test_doc203_inside_nested_objects_and_array_items() -> None:
    text = _nested_doc('[{"part_id": 1, "colour": "red"}, {"part_id": "two", "colour": "green"}]')
    found = only(lint_rst(text), "DOC203")
    assert sorted((d.location.line if d.location else 0) for d in found) == [
        line_of(text, "``part_id``"),
        line_of(text, "``colour``"),
    ]
    assert any("'part_id' is documented as 'integer'" in d.message and "a string" in d.message for d in found)


def test_doc203_not_reported_for_agreeing_nested_items() -> None:
    text = _nested_doc('[{"part_id": 1, "colour": "red"}, {"part_id": 2, "colour": "blue"}]')
    assert only(lint_rst(text), "DOC203") == []


def test_doc214_null_for_a_field_not_documented_as_nullable() -> None:
    text = document(endpoint(example='{\n    "name": null,\n    "size": 3\n}'))
    [found] = only(lint_rst(text), "DOC214")
    assert (found.location and found.location.line) == line_of(text, "``name``")
    assert "'name' is documented as 'string', not nullable" in found.message


def test_doc214_not_reported_for_a_nullable_field() -> None:
    rows = (("name", "string (Nullable)", "The name."), FIELDS[1])
    text = document(endpoint(response=rows, example='{"name": null, "size": 3}'))
    assert only(lint_rst(text), "DOC214") == []
