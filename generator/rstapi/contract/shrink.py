"""Minimal reproductions: after the run, each distinct finding's request shrunk to the smallest one
that still gives the same finding (the same class and status).

A generated request that found something carries whatever the generator made: 2 KB of unicode keys
where one empty field would do, a path value of twelve random characters where one fails the
same way. For each finding of a class decided by the answer's status (a server error, an undocumented
status, stricter or laxer input rules), reduced variants of its request are sent one at a time
(greedily, the largest cut first): body fields dropped (half of them, then one at a time), arrays
halved, strings and path and query values shortened, optional query values dropped. A variant is kept
when it gets the same status (for stricter input rules: the same fields blamed, and the request still
one the reference documents as valid; for laxer: still one it documents as invalid) and is shorter.

Bounded: at most `shrink_requests` extra requests per finding and `shrink_time` seconds for all of
them; never for a write the run was not allowed to send; the documented phase's findings (built from
the reference's own requests) are left as they are. Stateful chains keep their steps (steps.py has
already dropped the calls the failing request does not need).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import attrs

from rstapi.contract.collect import Collector, curl_command, excerpt_of
from rstapi.contract.documented import PHASE as DOCUMENTED_PHASE
from rstapi.contract.documented import send
from rstapi.contract.path_params import fits_as_written, schema_validator
from rstapi.contract.results import CheckFailure, SentRequest
from rstapi.contract.settings import ContractSettings
from rstapi.contract.variants import Request
from rstapi.naming import pointer_token
from rstapi.openapi.refs import lookup, resolve, spec_registry
from rstapi.records import Record

__all__ = ["shrink_findings"]

_BY_STATUS = frozenset({"not_a_server_error", "status_code_conformance", "documented_case"})
_VALID_INPUT, _INVALID_INPUT = "positive_data_acceptance", "negative_data_rejection"
_SHRINKABLE = _BY_STATUS | {_VALID_INPUT, _INVALID_INPUT}
_SAFE = frozenset({"GET", "HEAD", "OPTIONS"})
_KEPT_HEADERS_NOT = frozenset(
    {"host", "user-agent", "accept-encoding", "connection", "content-length", "content-type"}
)
_PCHAR = "~:@+!$&'()*,;="  # what a path segment may hold unencoded (RFC 3986)
_CANDIDATES = 2000  # reduced variants looked at (most are free: invalid or not smaller) per finding
_DEPTH = 6


def shrink_findings(
    collector: Collector,
    labels: dict[str, str],
    settings: ContractSettings,
    app: Any,
    stopped: Callable[[], bool] = lambda: False,
) -> None:
    """Replace each shrinkable finding of the collector by its smallest reproduction. An interrupt
    (Ctrl-C, SIGTERM, --max-time: `stopped`) ends the shrinking, keeping what was shrunk."""
    if settings.shrink_requests <= 0 or settings.shrink_time <= 0:
        return
    deadline = time.monotonic() + settings.shrink_time
    templates = {own: served.partition(" ")[2] for served, own in labels.items()}
    try:
        for label, key, finding in collector.shrinkable():
            if time.monotonic() >= deadline or stopped():
                return
            if _worth(finding, settings):
                shrinker = _Shrinker(collector, label, templates.get(label, ""), settings, app, finding)
                smaller = shrinker.run(deadline)
                if smaller is not None:
                    collector.replace(label, key, smaller)
    except KeyboardInterrupt:  # bounds.py's interrupt: the findings stand as they are
        return


def _worth(finding: CheckFailure, settings: ContractSettings) -> bool:
    request = finding.request
    if request is None or finding.check not in _SHRINKABLE or finding.phase == DOCUMENTED_PHASE:
        return False
    if len(finding.steps) > 1 or finding.status is None:
        return False
    if settings.read_only and request.method.upper() not in _SAFE:
        return False  # a write the run may not send to this host
    kind = dict(request.headers).get("content-type", dict(request.headers).get("Content-Type", ""))
    return not request.body or "json" in kind.lower()


class _Shrinker:
    def __init__(
        self,
        collector: Collector,
        label: str,
        template: str,
        settings: ContractSettings,
        app: Any,
        finding: CheckFailure,
    ) -> None:
        self._ref = collector.reference
        self._label = label
        self._template = template
        self._settings = settings
        self._app = app
        self._finding = finding
        assert finding.request is not None
        self._sent = finding.request
        self._headers = {k: v for k, v in finding.request.headers if k.lower() not in _KEPT_HEADERS_NOT}
        self._blamed = _blamed(finding.response_excerpt)
        self._validity = _Validity(self._ref, label, template)

    def run(self, deadline: float) -> CheckFailure | None:
        current = _request_of(self._sent, self._settings.base_url)
        if current is None:
            return None
        sent, best = 0, None
        while sent < self._settings.shrink_requests and time.monotonic() < deadline:
            found = None
            for candidate in _limited(self._candidates(current)):
                if sent >= self._settings.shrink_requests or time.monotonic() >= deadline:
                    break
                sent += 1
                (answer,) = send(self._settings, self._headers, [candidate], self._app)
                if self._reproduces(answer):
                    found = (candidate, answer)
                    break
            if found is None:
                break
            current, best = found[0], found[1]
        return None if best is None else self._shrunk(best, sent)

    def _candidates(self, current: Request) -> Iterator[Request]:
        size = _size(current)
        expected = self._expected_validity()
        for candidate in _reductions(current, self._template):
            if _size(candidate) >= size:
                continue
            if expected is not None and self._validity.valid(candidate) is not expected:
                continue
            yield candidate

    def _expected_validity(self) -> bool | None:
        check = self._finding.check
        return True if check == _VALID_INPUT else False if check == _INVALID_INPUT else None

    def _reproduces(self, answer: Any) -> bool:
        if answer.status != self._finding.status:
            return False
        if self._finding.check == _VALID_INPUT and self._blamed:
            return bool(self._blamed & _blamed(answer.content.decode("utf-8", "replace")))
        return True

    def _shrunk(self, answer: Any, sent: int) -> CheckFailure:
        headers = _named_as_before(self._sent.headers, answer.headers)
        request = SentRequest(self._sent.method, answer.url, headers, answer.body)
        curl = curl_command(_Wire(request.method, request.url, dict(request.headers), request.body))
        before = len(self._finding.curl)
        note = f"reproduction shrunk from {before} to {len(curl)} characters ({sent} more requests)"
        return attrs.evolve(
            self._finding,
            curl=curl,
            steps=(curl,) if self._finding.steps else (),
            response_excerpt=excerpt_of(answer.content, answer.content_type),
            request=request,
            shrunk=note,
        )


def _named_as_before(
    original: tuple[tuple[str, str], ...], sent: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str], ...]:
    """The shrunk request's headers as the finding's request named them: the client sends names in
    lower case and adds its defaults (``accept: */*``), which the reproduction did not show."""
    values = {name.lower(): value for name, value in sent}
    return tuple((name, values[name.lower()]) for name, _ in original if name.lower() in values)


@attrs.frozen(repr=False)
class _Wire(Record):
    """A request as `curl_command` reads it."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes


def _limited(candidates: Iterator[Request]) -> Iterator[Request]:
    for index, candidate in enumerate(candidates):
        if index >= _CANDIDATES:
            return
        yield candidate


def _request_of(sent: SentRequest, base_url: str) -> Request | None:
    """The sent request as the documented phase's `Request` (path below the base URL, JSON body)."""
    base = base_url.rstrip("/")
    if not sent.url.startswith(base):
        return None
    parts = urlsplit(sent.url[len(base) :])
    try:
        body = json.loads(sent.body) if sent.body else None
    except ValueError:
        return None
    query = tuple(parse_qsl(parts.query, keep_blank_values=True))
    return Request(sent.method.upper(), parts.path, query, body)


def _size(request: Request) -> int:
    body = len(json.dumps(request.body)) if request.body is not None else 0
    return len(request.path) + sum(len(quote(k)) + len(quote(v)) + 2 for k, v in request.query) + body


def _blamed(body: str) -> frozenset[str]:
    """The fields a Django-REST-framework-style 400 names (`{"field": ["message"]}`)."""
    try:
        document = json.loads(body)
    except ValueError:
        return frozenset()
    return frozenset(map(str, document)) if isinstance(document, dict) else frozenset()


def _reductions(request: Request, template: str) -> Iterator[Request]:
    """Smaller variants of `request`, the largest cuts first: the body's, the query's, the path's."""
    if request.body is not None:
        for body in _smaller(request.body, 0):
            yield attrs.evolve(request, body=body)
    for index in range(len(request.query)):
        yield attrs.evolve(request, query=request.query[:index] + request.query[index + 1 :])
    for index, (name, value) in enumerate(request.query):
        for shorter in _shorter(value, numeric=True):
            query = (*request.query[:index], (name, shorter), *request.query[index + 1 :])
            yield attrs.evolve(request, query=query)
    yield from _shorter_paths(request, template)


def _shorter_paths(request: Request, template: str) -> Iterator[Request]:
    """Each path parameter's value shortened (the segments where the template has `{name}`)."""
    names, segments = template.split("/"), request.path.split("/")
    if len(names) != len(segments):
        return
    for index, name in enumerate(names):
        if not (name.startswith("{") and name.endswith("}")):
            continue
        for shorter in _shorter(unquote(segments[index]), numeric=True):
            if shorter:
                path = [*segments[:index], quote(shorter, safe=_PCHAR), *segments[index + 1 :]]
                yield attrs.evolve(request, path="/".join(path))


def _smaller(value: Any, depth: int) -> Iterator[Any]:
    """Smaller JSON values of the same place: fewer keys or items, shorter strings, zero."""
    if depth > _DEPTH:
        return
    if isinstance(value, dict):
        yield from _smaller_object(value, depth)
    elif isinstance(value, list):
        yield from _smaller_array(value, depth)
    elif isinstance(value, str):
        yield from _shorter(value, numeric=False)
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and value != 0:
        yield 0


def _smaller_object(value: dict[str, Any], depth: int) -> Iterator[Any]:
    keys = sorted(value, key=lambda key: -len(json.dumps(value[key])) - len(json.dumps(key)))
    if len(keys) > 1:
        half = len(keys) // 2
        yield {key: value[key] for key in keys[half:]}  # the larger half dropped
        yield {key: value[key] for key in keys[:half]}
    for key in keys:
        yield {name: item for name, item in value.items() if name != key}
    for key in keys:
        for smaller in _smaller(value[key], depth + 1):
            yield {**value, key: smaller}


def _smaller_array(value: list[Any], depth: int) -> Iterator[Any]:
    if len(value) > 1:
        yield value[: len(value) // 2]
        yield value[len(value) // 2 :]
    if value:
        yield []
    for index, item in enumerate(value):
        for smaller in _smaller(item, depth + 1):
            yield [*value[:index], smaller, *value[index + 1 :]]


def _shorter(text: str, *, numeric: bool) -> Iterator[str]:
    """Shorter strings than `text`, the shortest first; a number's "0" for a numeric value."""
    options = ["", "a", text[:1], text[: len(text) // 2]]
    if numeric and text.lstrip("-").isdigit():
        options = ["0", "1", text[: len(text) // 2]]
    seen = {text}
    for option in options:
        if option not in seen and len(json.dumps(option)) < len(json.dumps(text)):
            seen.add(option)
            yield option


class _Validity:
    """Whether a request is one the reference documents as valid: its body against the body's
    schema, its path and query values against theirs, the required query parameters present."""

    def __init__(self, reference: Any, label: str, template: str) -> None:
        self._spec = reference.spec
        self._operation = reference.operation_pointer(label)
        self._template = template
        registry = spec_registry(self._spec)
        self._validators: dict[str, Any] = {}

        def validator(pointer: str) -> Any:
            if pointer not in self._validators:
                self._validators[pointer] = schema_validator(self._spec, pointer, registry)
            return self._validators[pointer]

        self._validator = validator
        self._parameters = self._declared()

    def _declared(self) -> dict[tuple[str, str], tuple[bool, str]]:
        """(location, name) -> (required, pointer of the schema)."""
        found = {}
        for index, written in enumerate(self._node().get("parameters") or ()):
            parameter = resolve(self._spec, written)
            if isinstance(parameter, dict) and "schema" in parameter:
                where = (str(parameter.get("in")), str(parameter.get("name")))
                pointer = f"{self._operation}/parameters/{index}/schema"
                found[where] = (bool(parameter.get("required")), pointer)
        return found

    def _node(self) -> dict[str, Any]:
        node = lookup(self._spec, "#" + self._operation)
        return node if isinstance(node, dict) else {}

    def valid(self, request: Request) -> bool:
        given = {("query", name): value for name, value in request.query}
        given.update(self._path_values(request.path))
        for where, (required, pointer) in self._parameters.items():
            if where[0] not in ("query", "path"):
                continue
            if where not in given:
                if required:
                    return False
            elif not self._value_ok(pointer, given[where]):
                return False
        return self._body_ok(request.body)

    def _path_values(self, path: str) -> dict[tuple[str, str], str]:
        names, segments = self._template.split("/"), path.split("/")
        if len(names) != len(segments):
            return {}
        return {
            ("path", name[1:-1]): unquote(segment)
            for name, segment in zip(names, segments, strict=True)
            if name.startswith("{") and name.endswith("}")
        }

    def _value_ok(self, pointer: str, raw: str) -> bool:
        return fits_as_written(self._validator(pointer), raw)

    def _body_ok(self, body: Any) -> bool:
        written = self._node().get("requestBody")
        request_body = resolve(self._spec, written)
        if not isinstance(request_body, dict):
            return body is None
        if body is None:
            return not request_body.get("required")
        prefix = f"{self._operation}/requestBody"
        if isinstance(written, dict) and "$ref" in written:
            prefix = str(written["$ref"]).lstrip("#")
        for media in request_body.get("content") or {}:
            if "json" in media:
                pointer = f"{prefix}/content/{pointer_token(media)}/schema"
                return bool(self._validator(pointer).is_valid(body))
        return True
