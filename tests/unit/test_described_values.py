"""Whatever a description says, reading its values (``types.described``, every dialect's) gives a
schema a value can satisfy, or says why not: no exception, no range that holds no value, no length
no string has, no list size no list has, and a pattern both regular expression engines read. The
descriptions are made of the words the wordings are written with, so the readers' tables meet."""

from __future__ import annotations

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
    "[a-z]|{2}|\\d|+|*|0|1|2|5|10|-3|64|100|1.5|1e3|none|the|page"
)
WORDS = st.sampled_from(_VOCABULARY.split("|"))
DESCRIPTIONS = st.lists(WORDS, max_size=14).map(" ".join)
KINDS = st.sampled_from(["string", "integer", "number", "array"])


@settings(max_examples=1500, deadline=None)
@given(DESCRIPTIONS, KINDS)
def test_the_values_read_are_satisfiable_or_left_out_with_a_reason(description: str, kind: str) -> None:
    spec = TypeSpec(kind, items=TypeSpec("string") if kind == "array" else None)
    made = described(spec, description)
    problems = left_out(description, made)
    assert all(isinstance(problem, str) and problem for problem in problems)
    low = made.minimum if made.minimum is not None else made.exclusive_minimum
    high = made.maximum if made.maximum is not None else made.exclusive_maximum
    if low is not None and high is not None:
        assert low <= high, (description, made)
        if made.exclusive_minimum is not None or made.exclusive_maximum is not None:
            assert low < high, (description, made)  # an end left out holds no value
    if made.min_length is not None and made.max_length is not None:
        assert 0 <= made.min_length <= made.max_length, (description, made)
    if made.min_items is not None and made.max_items is not None:
        assert 0 <= made.min_items <= made.max_items, (description, made)
    if made.pattern is not None:
        re.compile(made.pattern)
        jsonschema_rs.validator_for({"type": "string", "pattern": made.pattern})
