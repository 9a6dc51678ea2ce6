"""httpdomain documents read as their writers mean them: an ordinary word is no state, a query
array's items are typed, a form field written as always one value is that value, a synopsis
written after a blank line is said to be content (own fixtures: tests/httpdomain_style.py)."""

from __future__ import annotations

from pathlib import Path

from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built, resource


def _codes(result: BuildResult) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in result.diagnostics]


def test_an_ordinary_word_after_already_is_no_state(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/parcels/(int:parcel_id)/cancel",
        ":>json string status: the parcel's status",
        ":statuscode 200: cancelled",
        ":statuscode 409: the parcel is already in transit",
    )
    _, result = built(tmp_path, text)
    assert not [c for c in _codes(result) if c[0] in ("RST190", "RST191")]


def test_a_participle_no_operation_sets_is_still_said(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/parcels/(int:parcel_id)/cancel",
        ":statuscode 200: cancelled",
        ":statuscode 409: the parcel is already delivered",
    )
    _, result = built(tmp_path, text)
    assert [c for c in _codes(result) if c[0] == "RST191" and "'delivered'" in c[1]]
