"""Every error the mock sends, in the one shape the spec declares (components.schemas.Error)."""

from __future__ import annotations

import json
from typing import Any

from rstapi.mock.http import Reply, reply

Problem = dict[str, str]

_REASONS = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "unprocessable_entity",
    429: "too_many_requests",
    431: "request_header_fields_too_large",
    500: "internal_error",
}


def reason_for(status: int) -> str:
    """The `error` code used for a status: a stable snake_case word."""
    return _REASONS.get(status, f"http_{status}")


def error_body(status: int, detail: str, *, problems: list[Problem] | None = None, hint: str = "") -> Any:
    body: dict[str, Any] = {"error": reason_for(status), "detail": detail}
    if problems:
        body["problems"] = problems
    if hint:
        body["hint"] = hint
    return body


def error_reply(
    status: int,
    detail: str,
    *,
    problems: list[Problem] | None = None,
    hint: str = "",
    headers: tuple[tuple[bytes, bytes], ...] = (),
    documented: tuple[tuple[bytes, bytes], ...] = (),
) -> Reply:
    """A JSON error reply; error replies are always JSON, whatever the Accept header asked for.

    `headers` are the mock's own (WWW-Authenticate, Allow); `documented` the ones the operation
    documents for this status (lower-case names), sent after them unless the mock sets that name.
    """
    body = error_body(status, detail, problems=problems, hint=hint)
    if documented:
        own = {name for name, _ in headers}
        headers = (*headers, *(pair for pair in documented if pair[0] not in own))
    return reply(status, json.dumps(body, ensure_ascii=False).encode("utf-8"), extra=headers)


def allow_header(methods: list[str]) -> bytes:
    """The Allow header value: the documented methods, HEAD with GET, and OPTIONS."""
    allowed = {*methods, "OPTIONS", *(("HEAD",) if "GET" in methods else ())}
    return ", ".join(sorted(allowed)).encode("ascii")


def not_allowed(methods: list[str]) -> Reply:
    """405 with the Allow header of ``methods``."""
    headers = ((b"allow", allow_header(methods)),)
    return error_reply(405, "This path does not support that method.", headers=headers)


def problem(pointer: str, rule: str, message: str) -> Problem:
    """One validation problem: a JSON pointer into the request, the schema rule broken, and why."""
    return {"pointer": pointer, "rule": rule, "message": message}
