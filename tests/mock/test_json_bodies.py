"""A JSON request body means what the standard library's decoder says it means, value and refusal alike.

The mock reads most bodies with orjson; these tests hold it to the standard decoder on the inputs
where the two disagree (big integers, lone surrogates, deep nesting, bad bytes), and refuses the
numbers JSON cannot hold (NaN, Infinity, and 1e999, which would read as infinity) alike.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rstapi.mock.bodies import BodyRefused, parse_json


def _standard(raw: bytes) -> Any:
    return json.loads(raw.decode("utf-8"))


def _refusal(raw: bytes) -> tuple[str, list[Any]]:
    with pytest.raises(BodyRefused) as refused:
        parse_json(raw)
    assert refused.value.status == 400
    return refused.value.detail, refused.value.problems


_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**62, max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(exclude_categories=())),  # lone surrogates included
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=5), inner, max_size=5),
    max_leaves=25,
)


@given(value=_values, ascii_only=st.booleans())
def test_any_document_reads_as_the_standard_decoder_reads_it(value: Any, ascii_only: bool) -> None:
    raw = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    try:
        expected = _standard(raw)
    except UnicodeDecodeError:  # a lone surrogate written raw: not UTF-8
        assert _refusal(raw)[0] == "The request body is not valid UTF-8."
        return
    assert repr(parse_json(raw)) == repr(expected)  # repr tells 1 from 1.0


@pytest.mark.parametrize(
    "raw",
    [
        b"18446744073709551616",  # 2**64: orjson alone would make it a float
        b'{"cents": -9223372036854775809}',
        b"[123456789012345678901234567890, 1.5]",
        b'{"id": "3fa85f64-5717-4562", "at": "2026-12-03", "cents": 18446744073709551617}',  # 2**64 + 1
        b'"\\ud800"',  # a lone surrogate escape
        b"[" * 300 + b"]" * 300,  # deeper than orjson is trusted with, shallower than the limit
    ],
)
def test_inputs_orjson_reads_differently_keep_their_standard_value(raw: bytes) -> None:
    assert repr(parse_json(raw)) == repr(_standard(raw))


@pytest.mark.parametrize(
    ("raw", "detail"),
    [
        (b"[1,]", "The request body is not valid JSON."),
        (b'{"a": NaN}', "The request body is not valid JSON."),
        (b'{"a": Infinity}', "The request body is not valid JSON."),
        (b'{"a": 1e999}', "The request body is not valid JSON."),  # the standard decoder would say inf
        (b"[-1.5E+400]", "The request body is not valid JSON."),
        (b'"\x00"', "The request body is not valid JSON."),
        (b"\xef\xbb\xbf{}", "The request body is not valid JSON."),
        (b'{"a": "\xff"}', "The request body is not valid UTF-8."),
        (b"[" * 5000 + b"]" * 5000, "The JSON body is nested too deeply."),
    ],
)
def test_refusals_say_what_the_standard_decoder_says(raw: bytes, detail: str) -> None:
    found, problems = _refusal(raw)
    assert found == detail
    assert [p["pointer"] for p in problems] == ["/body"]


def test_a_malformed_body_names_the_place_as_the_standard_decoder_does() -> None:
    with pytest.raises(json.JSONDecodeError) as standard:
        _standard(b'{"a": [1,]}')
    assert _refusal(b'{"a": [1,]}')[1][0]["message"] == str(standard.value)


def test_a_number_too_large_for_a_double_is_named_in_the_problem() -> None:
    assert "1e999" in _refusal(b'{"price": 1e999}')[1][0]["message"]
