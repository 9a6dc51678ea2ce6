"""A stateful reproduction keeps only the calls that created the failing request's state."""

from __future__ import annotations

import json
from typing import Any

import attrs

from rstapi.contract.steps import needed_steps


@attrs.frozen
class _Request:
    method: str
    url: str
    body: bytes | None = None


@attrs.frozen
class _Response:
    request: _Request
    content: bytes


def _call(method: str, url: str, body: Any = None, answer: Any = None) -> _Response:
    sent = json.dumps(body).encode() if body is not None else None
    return _Response(_Request(method, url, sent), json.dumps(answer).encode())


ASSIGNMENT = "8977ef56-d1c4-4aa8-a649-e6eb209f0000"
ALLOCATE = _call(
    "POST", "http://h/allocate/", {"emails": ["a@example.com"]}, {"created": [{"uuid": ASSIGNMENT}]}
)
UNRELATED = _call("GET", "http://h/subscriptions/", None, {"results": [{"uuid": "104b1785-1d3a-1000"}]})
REMIND = _call("POST", "http://h/remind/", {"assignment_uuids": [ASSIGNMENT]}, {"detail": "boom"})


def test_a_call_whose_answer_the_failing_request_does_not_use_is_dropped() -> None:
    assert needed_steps([ALLOCATE, UNRELATED, REMIND]) == [ALLOCATE, REMIND]


def test_a_call_that_created_an_earlier_kept_calls_state_stays() -> None:
    """configuration -> allocate (uses the configuration) -> remind (uses the allocation)."""
    configuration = _call("POST", "http://h/configurations/", {}, {"id": "cfg-20240601"})
    allocate = _call("POST", "http://h/configurations/cfg-20240601/allocate/", {}, {"uuid": ASSIGNMENT})
    assert needed_steps([configuration, UNRELATED, allocate, REMIND]) == [configuration, allocate, REMIND]


def test_a_call_whose_request_made_the_state_stays() -> None:
    """assign (the e-mails in its request, not in its answer) -> revoke those e-mails."""
    assign = _call("POST", "http://h/assign/", {"user_emails": ["abc@example.com"]}, {"assigned": 1})
    revoke = _call("POST", "http://h/revoke/", {"user_emails": ["abc@example.com"]}, {"detail": "boom"})
    assert needed_steps([assign, revoke]) == [assign, revoke]


def test_a_call_that_cannot_create_state_is_dropped() -> None:
    """A GET whose answer gave the id: the id is written in the failing request; the GET is not needed."""
    listed = _call("GET", "http://h/assignments/", None, {"results": [{"uuid": ASSIGNMENT}]})
    assert needed_steps([listed, REMIND]) == [REMIND]


def test_a_single_request_is_its_own_reproduction() -> None:
    assert needed_steps([REMIND]) == [REMIND]
