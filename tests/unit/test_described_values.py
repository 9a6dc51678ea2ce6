"""Whatever a description says, reading its values (``types.described``, every dialect's) gives a
schema a value can satisfy, or says why not: no exception, no range that holds no value, no length
no string has, no list size no list has, and a pattern both regular expression engines read. The
descriptions are made of the words the wordings are written with, so the readers' tables meet."""

from __future__ import annotations

import math
import re

import jsonschema_rs
from hypothesis import given, settings
from hypothesis import strategies as st

from rstapi.model import TypeSpec
from rstapi.rst.types import described, left_out

_VOCABULARY = (
    "at least|at most|must be|between|and|to|from|a value|greater than|less than|positive|"
    "non-negative|up to|max.|min:|or more|or fewer|exactly|characters|digits|letters|items|tags|"
    "length|regex|pattern|regular expression|must match|default|Default:|one of|(|)|-|,|.|``|^|$|"
    "[a-z]|{2}|\\d|+|*|0|1|2|5|10|-3|64|100|1.5|1e3|none|the|page|not|cannot|never|be|exceed|"
    "limited to|through|range|range:|[|]|longer than|shorter than|more than|or greater than|if|when|set|1,000|2,5|are|contain|chars|fewer than"
)
WORDS = st.sampled_from(_VOCABULARY.split("|"))
DESCRIPTIONS = st.lists(WORDS, max_size=14).map(" ".join)
KINDS = st.sampled_from(["string", "integer", "number", "array"])


def _holds_a_value(spec: TypeSpec) -> bool:
    """Whether some number lies within the spec's ends (an integer, for an integer)."""
    ends = [(spec.minimum, True), (spec.exclusive_minimum, False)]
    lows = [(value, closed) for value, closed in ends if value is not None]
    ends = [(spec.maximum, True), (spec.exclusive_maximum, False)]
    highs = [(value, closed) for value, closed in ends if value is not None]
    if not lows or not highs:
        return True
    low, low_closed = max(lows, key=lambda end: (end[0], not end[1]))  # the tighter of two equal ends
    high, high_closed = min(highs, key=lambda end: (end[0], end[1]))
    if spec.json_type == "integer":
        least = math.ceil(low) if low_closed else math.floor(low) + 1
        most = math.floor(high) if high_closed else math.ceil(high) - 1
        return least <= most
    return low < high or (low == high and low_closed and high_closed)


@settings(max_examples=1500, deadline=None, derandomize=True)  # the same cases in every run (CI)
@given(DESCRIPTIONS, KINDS)
def test_the_values_read_are_satisfiable_or_left_out_with_a_reason(description: str, kind: str) -> None:
    spec = TypeSpec(kind, items=TypeSpec("string") if kind == "array" else None)
    made = described(spec, description)
    problems = left_out(description, made)
    assert all(isinstance(problem, str) and problem for problem in problems)
    assert _holds_a_value(made), (description, made)
    if made.min_length is not None and made.max_length is not None:
        assert 0 <= made.min_length <= made.max_length, (description, made)
    if made.min_items is not None and made.max_items is not None:
        assert 0 <= made.min_items <= made.max_items, (description, made)
    if made.pattern is not None:
        re.compile(made.pattern)
        jsonschema_rs.validator_for({"type": "string", "pattern": made.pattern})
