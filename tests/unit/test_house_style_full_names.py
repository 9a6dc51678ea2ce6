"""Findings name a nested field by its full name as the document writes it ("owner.name",
"skills[].name"), not by its last part: with ``name`` under two parents, "field 'name'" does not
say which one is meant."""

from __future__ import annotations

from pathlib import Path

from rstapi.pipeline import BuildResult
from tests.conftest import build_document
from tests.rst_style import code_block, endpoint, field_table, line_number, list_table, subsection


def _said(result: BuildResult, *codes: str) -> list[tuple[str, int, str]]:
    return [
        (d.code, d.location.line if d.location else 0, d.message)
        for d in result.diagnostics
        if d.code in codes
    ]


_RESPONSE = field_table(
    ("owner", "object", "Who owns the gadget."),
    ("owner.name", "integer", "The owner's number."),
    ("owner.phone", "string", "A phone number."),
    ("maker", "object", "Who made the gadget."),
    ("maker.name", "integer", "The maker's number."),
    ("maker.phone", "string", "A phone number."),
    ("skills", "array", "What the gadget can do."),
)
_SKILLS = field_table(("name", "integer", "The skill's number."), ("phone", "string", "Whom to call."))
_SHOWN = (
    '{"owner": {"name": "a", "nick": "x"}, "maker": {"name": "b", "nick": "y"}, "skills": [{"name": "c"}]}'
)


def test_example_findings_name_a_nested_field_by_its_full_name(tmp_path: Path) -> None:
    rest = (
        subsection("Response Values", _RESPONSE)
        + subsection("Fields in the skills array", _SKILLS)
        + subsection("Example Response", code_block(_SHOWN))
    )
    _, result, text = build_document(tmp_path, endpoint(rest=rest))
    shown = line_number(text, '{"owner"')
    owner, maker = line_number(text, "``owner.name``"), line_number(text, "``maker.name``")
    skills = line_number(text, "``name``")
    assert sorted(_said(result, "DOC203")) == [
        (
            "DOC203",
            owner,
            f"'owner.name' is documented as 'integer', but the example at line {shown} shows a string (\"a\")",
        ),
        (
            "DOC203",
            maker,
            f"'maker.name' is documented as 'integer', but the example at line {shown} shows a string (\"b\")",
        ),
        (
            "DOC203",
            skills,
            f"'skills[].name' is documented as 'integer', but the example at line {shown} shows a string (\"c\")",
        ),
    ]
    assert sorted(message for _, _, message in _said(result, "DOC202")) == [
        "'maker.phone' is documented but appears in none of the table's examples",
        "'owner.phone' is documented but appears in none of the table's examples",
        "'skills[].phone' is documented but appears in none of the table's examples",
    ]
    undocumented = [message.split(", which")[0] for _, _, message in _said(result, "DOC201")]
    assert sorted(undocumented) == [
        f"the example at line {shown} has field 'maker.nick'",
        f"the example at line {shown} has field 'owner.nick'",
    ]


def test_table_findings_name_a_nested_field_by_its_full_name(tmp_path: Path) -> None:
    table = list_table(
        ("Field", "Data Type", "Required", "Description"),
        ("``owner.name``", "string", "Yes", "The owner's name."),
        ("``maker.name``", "string", "Yes", "The maker's name."),
        ("``maker.name``", "string", "Yes", "Said again."),
        ("``parts``", "array", "No", "The parts."),
    )
    parts = list_table(
        ("Field", "Data Type", "Required", "Description"),
        ("``name``", "strng", "Perhaps", "The part's name."),
    )
    rest = (
        subsection("Request Values", table)
        + subsection("Fields in the parts array", parts)
        + subsection("Example Request", code_block('{"owner": {}, "maker": {}}'))
    )
    _, result, text = build_document(tmp_path, endpoint(method="POST", rest=rest))
    example = line_number(text, '{"owner"')
    owner, maker = line_number(text, "``owner.name``"), line_number(text, "``maker.name``")
    part = line_number(text, "``name``")
    assert sorted(_said(result, "DOC217")) == [
        (
            "DOC217",
            example,
            f"request field '{name}' (required, ref.rst:{line}) is absent from the request example of "
            "POST /gizmo/v1/gadgets",
        )
        for name, line in sorted([("maker.name", maker), ("owner.name", owner)])
    ]
    assert _said(result, "DOC204") == [
        ("DOC204", maker + 4, f"field 'maker.name' is already listed in this table at line {maker}")
    ]
    assert _said(result, "RST130", "RST158") == [
        ("RST130", part + 1, "unknown data type 'strng' for field 'parts[].name': did you mean 'string'?"),
        (
            "RST158",
            part + 2,
            "Required cell 'Perhaps' of field 'parts[].name' is neither yes nor no; "
            "the field is left as the examples show it",
        ),
    ]


def test_rule_findings_name_the_fields_of_a_nested_object_by_their_full_names(tmp_path: Path) -> None:
    """RST189 names the rule's fields by their full names ("owner.serial", "parts[].code"), the
    rule itself quoted as the row writes it."""
    table = field_table(
        ("owner", "object", "Who owns the gadget."),
        ("owner.serials", "string", "Either ``serial`` or ``code``, not both."),
        ("owner.code", "string", "The owner's code."),
        ("parts", "array", "The parts."),
    )
    parts = field_table(
        ("serial", "string", "Either ``serial`` or ``colour``, not both."),
        ("code", "string", "The part's code."),
    )
    rest = subsection("Request Values", table) + subsection("Fields in the parts array", parts)
    _, result, text = build_document(tmp_path, endpoint(method="POST", rest=rest))
    assert _said(result, "RST189") == [
        (
            "RST189",
            line_number(text, "``owner.serials``"),
            "the rule 'either ``serial`` or ``code``, not both' names ``owner.serial``, no field of this "
            "table; read as ``owner.serials``",
        ),
        (
            "RST189",
            line_number(text, "- ``serial``"),
            "the rule 'either ``serial`` or ``colour``, not both' is not read: ``parts[].colour`` is no "
            "field of this table",
        ),
    ]
