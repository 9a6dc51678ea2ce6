"""One object documented in two places of a house-style endpoint: dotted rows of a field table
("owner.name", "skills[].level") and a section of its own ("Fields in the owner object", a
subsection of "Objects Returned by the Gadgets Endpoint"). The spec has one schema with the
fields of both; a field the two places type differently is RST198, naming both lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.pipeline import BuildResult, build
from tests.conftest import build_document, operation
from tests.rst_style import document, endpoint, field_table, line_number, subsection

PATH = "/gizmo/v1/gadgets"


def _schema(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    pointed = schema.get("items", schema.get("allOf", [schema])[0])
    if "$ref" not in pointed:
        return schema
    found: dict[str, Any] = spec["components"]["schemas"][pointed["$ref"].rsplit("/", 1)[1]]
    return found


def _response(spec: dict[str, Any]) -> dict[str, Any]:
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    return _schema(spec, media["schema"])


def _types(schema: dict[str, Any]) -> dict[str, str]:
    return {name: value.get("type", "object") for name, value in schema["properties"].items()}


def _found(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


def _objects_section(*parts: str) -> str:
    title = "Objects Returned by the Gadgets Endpoint"
    stars = "*" * len(title)
    return f"\n{stars}\n{title}\n{stars}\n\nThe objects the endpoint returns.\n" + "".join(parts)


_DOTTED = field_table(
    ("name", "string", "The gadget's name."),
    ("owner", "object", "Who owns the gadget."),
    ("owner.name", "string", "The owner's name."),
    ("owner.email", "string", "The owner's address."),
)
_OWNER = field_table(("name", "string", "The owner's full name."), ("phone", "string", "A phone number."))


def _owner_in_objects_section(table: str) -> tuple[str, ...]:
    owner = subsection("owner", "The ``owner`` object has these fields.\n\n" + table)
    return endpoint(title="Gadgets Endpoint", rest=subsection("Response Values", _DOTTED)), _objects_section(
        owner
    )


def _owner_in_fields_section(table: str) -> tuple[str, ...]:
    rest = subsection("Response Values", _DOTTED) + subsection("Fields in the owner object", table)
    return (endpoint(title="Gadgets Endpoint", rest=rest),)


@pytest.mark.parametrize("sections", [_owner_in_objects_section, _owner_in_fields_section])
def test_dotted_rows_and_a_section_for_the_same_object_are_one_schema(tmp_path: Path, sections: Any) -> None:
    spec, result, text = build_document(tmp_path, *sections(_OWNER))
    top = _response(spec)
    assert list(top["properties"]) == ["name", "owner"]  # no "owner.name" property beside "owner"
    owner = _schema(spec, top["properties"]["owner"])
    assert _types(owner) == {"name": "string", "phone": "string", "email": "string"}
    assert owner["properties"]["name"]["description"] == "The owner's full name."  # the object's own section
    assert owner["properties"]["email"]["description"] == "The owner's address."
    assert _found(result, "RST198") == [] and _found(result, "RST154") == []
    dotted, own = line_number(text, "``owner.name``"), line_number(text, "``name``", 2)
    assert _found(result, "RST199") == [
        (
            dotted,
            f"field 'owner.name' is documented here and at line {own}; the spec reads it from line {own}",
        )
    ]
    assert str(result.coverage).startswith("table rows 6/7")  # the spec has one place per field
    assert _found(result, "RST151") == []


@pytest.mark.parametrize("sections", [_owner_in_objects_section, _owner_in_fields_section])
def test_a_field_typed_differently_in_the_two_places_is_rst198_naming_both_lines(
    tmp_path: Path, sections: Any
) -> None:
    table = field_table(("name", "integer", "The owner's number."), ("phone", "string", "A phone number."))
    spec, result, text = build_document(tmp_path, *sections(table))
    owner = _schema(spec, _response(spec)["properties"]["owner"])
    assert _types(owner) == {"name": "integer", "phone": "string", "email": "string"}
    dotted = line_number(text, "``owner.name``")
    own = line_number(text, "``name``", 2)
    assert _found(result, "RST198") == [
        (
            dotted,
            f"field 'owner.name' is documented as 'string' here and as 'integer' at line {own}; "
            f"the spec follows line {own}",
        )
    ]


def test_array_item_rows_and_an_items_section_are_one_items_schema(tmp_path: Path) -> None:
    table = field_table(
        ("skills", "array", "What the gadget can do."),
        ("skills[].level", "integer", "How well."),
    )
    items = field_table(("name", "string", "The skill's name."), ("level", "integer", "From 1 to 5."))
    rest = subsection("Response Values", table) + subsection("Fields in the skills array", items)
    spec, result, text = build_document(tmp_path, endpoint(rest=rest))
    top = _response(spec)
    assert list(top["properties"]) == ["skills"]
    assert _types(_schema(spec, top["properties"]["skills"])) == {"name": "string", "level": "integer"}
    assert _found(result, "RST198") == []
    assert [message for _, message in _found(result, "RST199")] == [
        f"field 'skills[].level' is documented here and at line {line_number(text, '``level``')}; "
        f"the spec reads it from line {line_number(text, '``level``')}"
    ]


def test_dotted_rows_with_no_row_for_their_object_meet_its_section(tmp_path: Path) -> None:
    table = field_table(("name", "string", "The gadget's name."), ("owner.email", "string", "The address."))
    owner = subsection("owner", "The ``owner`` object has these fields.\n\n" + _OWNER)
    sections = (
        endpoint(title="Gadgets Endpoint", rest=subsection("Response Values", table)),
        _objects_section(owner),
    )
    spec, result, _ = build_document(tmp_path, *sections)
    top = _response(spec)
    assert list(top["properties"]) == ["name", "owner"]
    assert _types(_schema(spec, top["properties"]["owner"])) == {
        "name": "string",
        "phone": "string",
        "email": "string",
    }
    assert _found(result, "RST154") == []


def test_an_object_section_meets_the_dotted_rows_of_an_item_table(tmp_path: Path) -> None:
    """The parts' table documents ``supplier.city``; a "supplier" subsection documents the rest."""
    parts = field_table(
        ("serial", "string", "The serial number."),
        ("supplier", "object", "Who supplies it."),
        ("supplier.city", "string", "Where it is."),
    )
    supplier = field_table(("country", "string", "The supplier's country."))
    objects = _objects_section(
        subsection("Parts", "Each element returned in the ``parts`` array has these fields.\n\n" + parts),
        subsection("supplier", "The ``supplier`` object of each part.\n\n" + supplier),
    )
    top_table = field_table(("parts", "array", "The gadget's parts."))
    gadgets = endpoint(title="Gadgets Endpoint", rest=subsection("Response Values", top_table))
    spec, result, _ = build_document(tmp_path, gadgets, objects)
    item = _schema(spec, _response(spec)["properties"]["parts"])
    assert list(item["properties"]) == ["serial", "supplier"]
    assert _types(_schema(spec, item["properties"]["supplier"])) == {"country": "string", "city": "string"}
    assert _found(result, "RST154") == []


def test_an_object_fields_section_names_its_schema_after_the_object_not_as_items(tmp_path: Path) -> None:
    """ "Fields in the owner object" of an object field is the field's own schema (``...Owner``);
    only an array's section documents items (``...PartsItem``)."""
    table = field_table(("owner", "object", "Who owns the gadget."), ("parts", "array", "The parts."))
    rest = (
        subsection("Response Values", table)
        + subsection("Fields in the owner object", _OWNER)
        + subsection("Fields in the parts array", field_table(("serial", "string", "The serial.")))
    )
    spec, _, _ = build_document(tmp_path, endpoint(rest=rest))
    top = _response(spec)
    assert top["properties"]["owner"]["allOf"] == [{"$ref": "#/components/schemas/ListGadgetsOwner"}]
    assert top["properties"]["parts"]["items"] == {"$ref": "#/components/schemas/ListGadgetsPartsItem"}
    assert "ListGadgetsOwnerItem" not in spec["components"]["schemas"]


_USER = "\n.. _user fields:\n" + subsection(
    "Fields in a User",
    field_table(
        ("name", "string", "The name."), ("email", "string", "The address."), ("id", "integer", "The id.")
    ),
)


def test_dotted_rows_of_a_field_with_a_ref_meet_the_section_it_names(tmp_path: Path) -> None:
    """Every dotted row is a field of the section the :ref: names: the field is that schema, each
    row RST199 (agreeing) or RST198 (saying otherwise), none dropped without a word."""
    table = field_table(
        ("name", "string", "The gadget's name."),
        ("owner", "object", "Who owns the gadget. See :ref:`user fields`."),
        ("owner.name", "string", "The owner's name."),
        ("owner.id", "string", "The owner's id."),
    )
    spec, result, text = build_document(tmp_path, endpoint(rest=subsection("Response Values", table)), _USER)
    assert _response(spec)["properties"]["owner"]["allOf"] == [{"$ref": "#/components/schemas/User"}]
    assert sorted(spec["components"]["schemas"]) == ["ListGadgetsResponse", "User"]
    name, number = line_number(text, "- ``name``", 2), line_number(text, "- ``id``")
    assert _found(result, "RST199") == [
        (
            line_number(text, "``owner.name``"),
            f"field 'owner.name' is documented here and at line {name}; the spec reads it from line {name}",
        )
    ]
    assert _found(result, "RST198") == [
        (
            line_number(text, "``owner.id``"),
            f"field 'owner.id' is documented as 'string' here and as 'integer' at line {number}; "
            f"the spec follows line {number}",
        )
    ]
    assert _found(result, "RST200") == [] and _found(result, "RST151") == []


def test_dotted_rows_a_referenced_section_lacks_are_rst200_and_kept(tmp_path: Path) -> None:
    table = field_table(
        ("owner", "object", "Who owns the gadget. See :ref:`user fields`."),
        ("owner.name", "string", "The owner's name."),
        ("owner.nick", "string", "A nickname."),
    )
    spec, result, text = build_document(tmp_path, endpoint(rest=subsection("Response Values", table)), _USER)
    owner = _schema(spec, _response(spec)["properties"]["owner"])
    assert _types(owner) == {"name": "string", "email": "string", "id": "integer", "nick": "string"}
    assert list(owner["properties"]) == ["name", "email", "id", "nick"]
    assert owner["properties"]["name"]["description"] == "The name."  # the section the :ref: names
    section = line_number(text, "Fields in a User")
    assert _found(result, "RST200") == [
        (
            line_number(text, "``owner``"),
            f"field 'owner' points at 'User' (line {section}), and rows of its own document fields that "
            "section does not have ('owner.nick'); the spec gives the field a schema of its own: the "
            "section's fields, then those rows",
        )
    ]
    assert [line for line, _ in _found(result, "RST199")] == [line_number(text, "``owner.name``")]


def test_an_object_section_of_a_field_with_a_ref_meets_the_section_it_names(tmp_path: Path) -> None:
    """The same with the object's own "Fields in the owner object" section in place of dotted rows."""
    table = field_table(("owner", "object", "Who owns the gadget. See :ref:`user fields`."))
    own = field_table(("email", "string", "The owner's address."))
    rest = subsection("Response Values", table) + subsection("Fields in the owner object", own)
    spec, result, text = build_document(tmp_path, endpoint(rest=rest), _USER)
    assert _response(spec)["properties"]["owner"]["allOf"] == [{"$ref": "#/components/schemas/User"}]
    assert [line for line, _ in _found(result, "RST199")] == [line_number(text, "- ``email``")]


def test_dotted_rows_of_a_field_with_refs_to_several_sections_are_read_and_said(tmp_path: Path) -> None:
    team = "\n.. _team fields:\n" + subsection(
        "Fields in a Team", field_table(("name", "string", "The name."))
    )
    table = field_table(
        ("owner", "object", "One of :ref:`user fields` or :ref:`team fields`."),
        ("owner.name", "string", "The owner's name."),
    )
    rest = subsection("Response Values", table)
    spec, result, text = build_document(tmp_path, endpoint(rest=rest), _USER, team)
    assert _types(_schema(spec, _response(spec)["properties"]["owner"])) == {"name": "string"}
    user, team_line = line_number(text, "Fields in a User"), line_number(text, "Fields in a Team")
    assert _found(result, "RST200") == [
        (
            line_number(text, "``owner``"),
            f"field 'owner' points at one of 'User' (line {user}) or 'Team' (line {team_line}) and rows of "
            "its own document its object; the spec reads the rows, not the :ref:s",
        )
    ]


def test_dotted_rows_of_a_field_section_in_another_file_meet_the_section_its_ref_names(
    tmp_path: Path,
) -> None:
    """The :ref: is linked once every file's sections are known: the rows of a "Fields in a
    Gadget" section of a second file meet the "Fields in a User" section of a third."""
    gadget = "\n.. _gadget fields:\n" + subsection(
        "Fields in a Gadget",
        field_table(
            ("owner", "object", "Who owns it. See :ref:`user fields`."),
            ("owner.name", "string", "The owner's name."),
        ),
    )
    listing = endpoint(rest=subsection("Response Values", "See :ref:`gadget fields`."))
    texts = {"a.rst": document(listing), "b.rst": document(gadget, title="Gadgets"), "c.rst": document(_USER)}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = build(Config(sources=tuple(tmp_path / name for name in texts), root=tmp_path))
    assert result.spec is not None
    owner = result.spec["components"]["schemas"]["Gadget"]["properties"]["owner"]
    assert owner["allOf"] == [{"$ref": "#/components/schemas/User"}]
    assert [d.code for d in result.diagnostics if d.code.startswith("RST19")] == ["RST199"]
