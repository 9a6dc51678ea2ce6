"""The readers' and the lint's format checks (``rstapi.formats.in_format``) agree with the checks
the mock and the contract run apply to requests and answers (JSON Schema 2020-12's, as OpenAPI 3.1
has them)."""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator

from rstapi.formats import in_format


@pytest.mark.parametrize(
    ("value", "written", "expected"),
    [
        ("09:30:00Z", "time", True),  # RFC 3339 full-time: the offset is part of it
        ("09:30:00+02:00", "time", True),
        ("09:30:00", "time", False),  # draft 3's time, which jsonschema's all-drafts checker held
        ("2024-05-01T09:30:00Z", "date-time", True),
        ("2024-05-01", "date-time", False),
        ("550e8400-e29b-41d4-a716-446655440000", "uuid", True),
        ("yesterday", "date", False),
        ("anything", "no-such-format", True),  # a format nobody checks holds any value
    ],
)
def test_a_format_holds_what_the_mock_and_the_contract_run_accept(
    value: str, written: str, expected: bool
) -> None:
    assert in_format(value, written) is expected
    checker = Draft202012Validator.FORMAT_CHECKER
    assert in_format(value, written) is (written not in checker.checkers or checker.conforms(value, written))
