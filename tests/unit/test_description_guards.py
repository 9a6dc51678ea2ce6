"""The cheap word checks before a description's wordings are searched (``types``' read-only and
listed values, ``rules``' exclusive pairs, a "(Nullable)" type cell) leave what is read as the
wordings alone would read it, in any case and with letters that are not ASCII."""

from __future__ import annotations

import re

import pytest

from rstapi.diagnostics import SourceLocation
from rstapi.model import Field, TypeSpec
from rstapi.rst import vocabulary as vocab
from rstapi.rst.rules import exclusive_rules
from rstapi.rst.types import described, enum_values, type_spec

READ_ONLY = [
    "Read-only.",
    "READ ONLY.",
    "Set by the server.",
    "Set by the \u017ferver.",  # a long s, which a case-insensitive match takes for an "s"
    "System-generated.",
    "Cannot be set.",
    "\u0131gnored if sent.",  # a dotless i
    "The widget's name.",
    "Only for admins.",
]


@pytest.mark.parametrize("text", READ_ONLY)
def test_read_only_as_the_wording_says(text: str) -> None:
    expected = bool(vocab.READ_ONLY_SAID.search(text))
    assert described(TypeSpec("string"), text).read_only is expected


@pytest.mark.parametrize(
    "text",
    ["Possible VALUES are a, b.", "One Of: red, green.", "Can be one of x, y.", "The name.", "A value."],
)
def test_listed_values_as_the_wordings_say(text: str) -> None:
    expected = next((m for p in vocab.ENUM_PHRASES_WITHOUT_LITERALS if (m := p.search(text))), None)
    assert bool(enum_values(text)) is (expected is not None)


def test_a_nullable_type_cell_is_read_in_any_case() -> None:
    upper = type_spec("enum string (NULLABLE)", "``a`` or ``b``")
    assert upper is not None
    assert (upper.nullable, upper.enum) == (True, ("a", "b"))
    assert type_spec("string (Nullable)", "") == TypeSpec("string", raw="string (Nullable)", nullable=True)


def test_exclusive_pairs_need_literals() -> None:
    at = SourceLocation("t.rst", 1)
    fields = (
        Field("a", TypeSpec("string"), "Either ``a`` or ``b``, not both.", at),
        Field("b", TypeSpec("string"), "Either a or b, not both.", at),
    )
    rules, _ = exclusive_rules(fields)
    assert [rule.names for rule in rules] == [("a", "b")]
    assert not any(re.search(p.pattern, fields[1].description, re.I) for p in vocab.EXCLUSIVE_PHRASES)
