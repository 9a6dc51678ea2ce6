"""The documented phase: before schemathesis' phases, each operation's own documented request and
variants of it that change one thing (variants.py), each judged against the outcome the reference
documents for that change. Findings go to the collector like schemathesis' own, so they are counted,
reported and located the same way.

Order matters for a service with state: the unknown ids and the partial lists go first (they change
nothing the documented request needs), then the documented request, then the single-field changes,
which are judged only when the documented request itself succeeded (otherwise a refusal cannot be
blamed on the one field changed).
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any
from urllib.parse import urlencode, urlsplit

import attrs
import httpx

from rstapi.contract.auth import request_headers
from rstapi.contract.bounds import THROTTLE_RETRIES, flight, throttle_pause
from rstapi.contract.collect import Collector, curl_command, excerpt_of
from rstapi.contract.literal import literal_variant
from rstapi.contract.reach import refused_credentials
from rstapi.contract.reference import Reference
from rstapi.contract.results import FAILURE, CheckFailure, SentRequest
from rstapi.contract.settings import ContractSettings
from rstapi.contract.variants import (
    ACCEPTED,
    DOCUMENTED,
    LITERAL,
    NOT_FOUND,
    REFUSED,
    Request,
    Variant,
    variants_for,
)
from rstapi.naming import path_values, pointer_token
from rstapi.openapi.literal import LITERAL_KEY
from rstapi.records import Record

__all__ = ["PHASE", "Answer", "run_documented", "send", "sent_curl"]

PHASE = "documented"
_REFUSED_WITH_403 = (
    "the service refuses a request without credentials with 403, as Django REST framework does when "
    "the view's first authentication class sends no WWW-Authenticate header (SessionAuthentication): "
    "document 403 for it, or put an authentication class that answers 401 first"
)
CHECK = "documented_phase"
_FIRST = (NOT_FOUND, DOCUMENTED)  # sent before the documented request itself
# The Server header of `rstapi mock` without --stateful (rstapi.mock.settings.SERVER_STATIC): it
# answers every well-formed id with its example, so an unknown id's 404 is not its contract
STATIC_MOCK_SERVER = "rstapi-mock (static)"
_STATIC_MOCK = "the static rstapi mock answers every well-formed id with its example"


@attrs.frozen(repr=False)
class Answer(Record):
    """A response as the phase judges it, with the request that was sent (for the reproduction)."""

    status: int
    content: bytes
    content_type: str
    url: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    retry_after: str = ""  # the response's Retry-After header (a throttled answer's)
    server: str = ""  # the response's Server header (the static rstapi mock names itself there)
    received: tuple[tuple[str, str], ...] = ()  # the response's headers (names in lower case)


def run_documented(
    served: dict[str, Any],
    labels: dict[str, str],
    include: list[str],
    settings: ContractSettings,
    authorization: str | None,
    app: Any,
    collector: Collector,
) -> None:
    """Send each included operation's documented request and its variants; feed the collector."""
    headers = request_headers(settings, authorization)
    judge = _Judge(collector.reference, collector)
    for served_label in _deletes_last(include):
        method, _, path = served_label.partition(" ")
        made = variants_for(served, path, method.lower(), dict(settings.path_params), settings.seed)
        own = labels.get(served_label, served_label)
        judge.templates[own] = path
        if made is None:
            collector.skip(own, f"{PHASE}: no documented value for a path parameter (give --path-param)")
            continue
        base, variants = made
        literal = literal_variant(served, path, method.lower(), base)
        variants += [literal] if literal is not None else []  # sent last: it may change state
        first = [v for v in variants if v.expect in _FIRST]
        later = [v for v in variants if v.expect not in _FIRST]
        requests = [v.request for v in first] + [base] + [v.request for v in later]
        answers = send(settings, headers, requests, app)
        base_answer = answers[len(first)]
        judge.base(own, base, base_answer)
        if authorization is not None and _takes_credentials(served, path, method.lower()):
            judge.anonymous(own, base, send(settings, _without_credentials(headers), [base], app)[0])
        for variant, answer in zip(
            first + later, answers[: len(first)] + answers[len(first) + 1 :], strict=True
        ):
            judge.variant(own, variant, answer, 200 <= base_answer.status < 300)


def _deletes_last(include: list[str]) -> list[str]:
    """The operations in the run's order, a DELETE after every other: its documented request
    deletes the item `--path-param` names, which the other operations' documented requests need
    (sent before, each finds it; sent after, each gets 404 and is not reached). Among the DELETEs,
    a nested one (`/projects/{id}/tasks/`) goes before the one of the item it is under
    (`/projects/{id}/`), which would leave it nothing to delete."""
    return sorted(include, key=_delete_order)


def _delete_order(label: str) -> tuple[bool, int]:
    method, _, path = label.partition(" ")
    deletes = method == "DELETE"
    return deletes, -path.strip("/").count("/") if deletes else 0


def _takes_credentials(served: dict[str, Any], path: str, method: str) -> bool:
    """The operation documents 401 (a request without credentials is refused) and is not one the
    spec marks anonymous (`security: []`, the token endpoint)."""
    operation = ((served.get("paths") or {}).get(path) or {}).get(method) or {}
    return "401" in (operation.get("responses") or {}) and operation.get("security") != []


def _without_credentials(headers: dict[str, str]) -> dict[str, str]:
    return {name: value for name, value in headers.items() if name.lower() != "authorization"}


class _Judge:
    def __init__(self, reference: Reference, collector: Collector) -> None:
        self._ref = reference
        self._collector = collector
        self.templates: dict[str, str] = {}  # an operation's label -> its served path template

    def _values(self, label: str, request: Request) -> dict[str, str]:
        """The path parameters' values `request` sent (which item it named)."""
        template = self.templates.get(label, "")
        if not template:
            return {}
        return path_values(urlsplit(request.path).path, template) or {}

    def base(self, label: str, base: Request, answer: Answer) -> None:
        """The documented request itself: a documented status (its refusal as such is the examples
        phase's "documented request example rejected")."""
        self.variant(label, Variant(base, DOCUMENTED, "the documented request"), answer, True)

    def anonymous(self, label: str, base: Request, answer: Answer) -> None:
        """The documented request sent without the run's credentials: the reference documents 401
        for it. Any other answer is a finding at the 401 line (a 403 "Authentication credentials
        were not provided." is how Django REST framework refuses it behind SessionAuthentication);
        the answer is left out of what `reach` judges (it carried no credentials)."""
        what = "the documented request sent without credentials"
        finding = None
        if answer.status == 0:
            self._collector.error(label, f"{PHASE}: {what}: {answer.content.decode()}")
            return
        if answer.status != 401:
            pointer = f"{self._operation(label)}/responses/401"
            own = self._ref.sourcemap.get(pointer)
            documented = str(answer.status) in self._documented(label)
            message = _where(answer.status, "401", what, own, self._ref.overlays(own))
            if answer.status == 403 and refused_credentials(answer.content.decode("utf-8", "replace")):
                message += f"; {_REFUSED_WITH_403}"
            finding = self._finding(
                label,
                Variant(base, DOCUMENTED, what),
                answer,
                "documented_case" if documented else "status_code_conformance",
                f"401 for {what}",
                f"status {answer.status}",
                pointer,
                message=message,
            )
        curl = sent_curl(base.method, answer)
        self._collector.record(
            label,
            answer.status,
            answer.content,
            finding,
            curl=curl,
            credentials=False,
            content_type=answer.content_type,
            received=answer.received,
            path_values=self._values(label, base),
        )

    def variant(self, label: str, variant: Variant, answer: Answer, base_ok: bool) -> None:
        status = answer.status
        finding = None
        if status == 0:  # no answer at all
            self._collector.error(label, f"{PHASE}: {variant.what}: {answer.content.decode()}")
            return
        if status == 401:  # the credentials were refused: says nothing about the change (see reach.py)
            self._record(label, variant, answer, None)
            return
        if status >= 500:
            finding = self._finding(
                label,
                variant,
                answer,
                "not_a_server_error",
                "no 5xx",
                f"status {status}",
                self._operation(label),
            )
        elif variant.expect == NOT_FOUND and answer.server == STATIC_MOCK_SERVER and status < 300:
            self._collector.skip(label, f"{PHASE}: {variant.what} not judged: {_STATIC_MOCK}")
        elif variant.expect == NOT_FOUND:
            finding = self._not_found(label, variant, answer)
        elif variant.expect in (DOCUMENTED, LITERAL) and str(status) not in self._documented(label):
            finding = self._undocumented(label, variant, answer)
        elif variant.expect == REFUSED and base_ok and 200 <= status < 300:
            finding = self._finding(
                label,
                variant,
                answer,
                "negative_data_rejection",
                f"a 4xx for {variant.what}",
                f"status {status}",
                self._field(label, variant),
            )
        elif variant.expect == ACCEPTED and base_ok and status in (400, 422):
            observed = f"status {status} refusing {variant.field} ({variant.what})"
            expected = f"a success for {variant.what}, which the reference allows"
            finding = self._finding(
                label,
                variant,
                answer,
                "positive_data_acceptance",
                expected,
                observed,
                self._field(label, variant),
            )
        if finding is not None and variant.expect == LITERAL:
            finding = self._literal(label, variant, finding)
        self._record(label, variant, answer, finding)

    def _record(self, label: str, variant: Variant, answer: Answer, finding: CheckFailure | None) -> None:
        """``answer`` to ``variant`` for the collector, with what it is judged to break (if anything)."""
        self._collector.record(
            label,
            answer.status,
            answer.content,
            finding,
            curl=sent_curl(variant.request.method, answer),
            retry_after=answer.retry_after,
            content_type=answer.content_type,
            received=answer.received,
            path_values=self._values(label, variant.request),
            url=answer.url,
        )

    def _literal(self, label: str, variant: Variant, finding: CheckFailure) -> CheckFailure:
        """A finding on the reference's literal request cites the literal's own line, and says
        that (and where) the overlay corrects it: the reference shows a request the spec does not."""
        operation = self._operation(label)
        written = [self._ref.source(f"{operation}/{cited}") for cited in variant.cites]
        fixes = [
            self._correction(f"{operation}/{cited}".replace(f"/{LITERAL_KEY}/", "/"))
            for cited in variant.cites
        ]
        at = ", ".join(dict.fromkeys(line for line in written if line)) or "no RST line"
        fixed = ", ".join(dict.fromkeys(line for line in fixes if line)) or "the overlay"
        message = (
            f"{finding.observed} for the reference's literal example request (written at {at}; "
            f"the overlay corrects it at {fixed}); the reference documents {', '.join(self._documented(label))}"
        )
        return attrs.evolve(finding, source=written[0], add_at="", overlay=False, message=message)

    def _correction(self, pointer: str) -> str | None:
        """The overlay's line for the value at `pointer`, or for a part of it it changed."""
        places = sorted(p for p in self._ref.sourcemap if p == pointer or p.startswith(pointer + "/"))
        return next(
            (self._ref.sourcemap[p] for p in places if self._ref.overlays(self._ref.sourcemap[p])), None
        )

    def _documented(self, label: str) -> tuple[str, ...]:
        return self._ref.documented_statuses(label)

    def _not_found(self, label: str, variant: Variant, answer: Answer) -> CheckFailure | None:
        documented = self._documented(label)
        expected = "404" if "404" in documented else next((s for s in documented if s.startswith("4")), "404")
        if str(answer.status) == expected:
            return None
        check = "documented_case" if str(answer.status) in documented else "status_code_conformance"
        pointer = f"{self._operation(label)}/responses/{expected}"
        own = self._ref.sourcemap.get(pointer)
        finding = self._finding(
            label,
            variant,
            answer,
            check,
            f"{expected} for {variant.what}",
            f"status {answer.status}",
            pointer,
            message=_where(answer.status, expected, variant.what, own, self._ref.overlays(own)),
        )
        if own is not None:
            return finding
        place = self._ref.last_status_source(label) or self._ref.source(self._operation(label))
        if place is None:  # a spec with no source map: nothing better to cite
            return finding
        note = f"no line documents {expected} for this operation; a writer adds it beside its last documented status"
        return attrs.evolve(finding, source=place, add_at=note)

    def _undocumented(self, label: str, variant: Variant, answer: Answer) -> CheckFailure:
        documented = ", ".join(self._documented(label))
        finding = self._finding(
            label,
            variant,
            answer,
            "status_code_conformance",
            f"one of the documented statuses {documented} for {variant.what}",
            f"status {answer.status}",
            self._operation(label),
        )
        last = self._ref.last_status_source(label)
        if last is None:
            return finding
        note = "not documented; a writer adds it beside the operation's last documented status"
        return attrs.evolve(finding, source=last, add_at=note)

    def _operation(self, label: str) -> str:
        return self._ref.operation_pointer(label)

    def _field(self, label: str, variant: Variant) -> str:
        operation = self._operation(label)
        if variant.location == "query":
            for index, parameter in enumerate(self._ref.operation(label).get("parameters") or ()):
                if isinstance(parameter, dict) and parameter.get("name") == variant.field:
                    return f"{operation}/parameters/{index}"
            return operation
        schema = f"{operation}/requestBody/content/{pointer_token('application/json')}/schema"
        field = self._ref.schema_at(schema, [variant.field] if variant.field else [])
        return f"{field}/{variant.rule}" if variant.rule else field

    def _finding(
        self,
        label: str,
        variant: Variant,
        answer: Answer,
        check: str,
        expected: str,
        observed: str,
        pointer: str,
        message: str = "",
    ) -> CheckFailure:
        from rstapi.contract.collect import DRIFT_CLASSES

        curl = curl_command(_Sent(variant.request.method, answer.url, dict(answer.headers), answer.body))
        return CheckFailure(
            check=check,
            title=DRIFT_CLASSES[check],
            message=message or f"{observed} for {variant.what}",
            curl=curl,
            status=answer.status,
            response_excerpt=excerpt_of(answer.content, answer.content_type),
            phase=PHASE,
            kind=FAILURE,
            drift_class=DRIFT_CLASSES[check],
            expected=expected,
            observed=observed,
            source=self._ref.source(pointer),
            overlay=self._ref.overlays(self._ref.source(pointer)),
            request=SentRequest(variant.request.method, answer.url, answer.headers, answer.body),
        )


def _where(status: int, expected: str, what: str, own: str | None, overlay: bool) -> str:
    """The case in words, naming who states the expected status: the reference's line, or the
    overlay's rule (which a writer changes in the overlay, not in the reference)."""
    if overlay:
        return f"{status} where the overlay, not the reference, states {expected} for {what} (the overlay's rule, {own})"
    return f"{status} where the reference documents {expected} for {what}" + (f" ({own})" if own else "")


@attrs.frozen(repr=False)
class _Sent(Record):
    """A request as `curl_command` reads it."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes


def sent_curl(method: str, answer: Answer) -> str:
    """The curl reproduction of the request that got ``answer``."""
    return curl_command(_Sent(method, answer.url, dict(answer.headers), answer.body))


def send(
    settings: ContractSettings, headers: dict[str, str], requests: list[Request], app: Any
) -> list[Answer]:
    base = settings.base_url.rstrip("/")
    if app is not None:
        return asyncio.run(_send_in_process(base, headers, requests, app))
    cap = int(settings.max_body_mb * 2**20)
    with httpx.Client(headers=headers, timeout=settings.request_timeout) as client:
        return [_exchange(client, base, request, settings.request_deadline, cap) for request in requests]


async def _send_in_process(
    base: str, headers: dict[str, str], requests: list[Request], app: Any
) -> list[Answer]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), headers=headers) as client:
        return [await _exchange_in_process(client, base, request) for request in requests]


async def _exchange_in_process(client: httpx.AsyncClient, base: str, request: Request) -> Answer:
    """One request to the app, a 429 waited out as `_exchange` does (the run's throttle budget)."""
    for _ in range(THROTTLE_RETRIES):
        response = await client.request(**_arguments(base, request))
        answer = _answer(response, response.content)
        wait = throttle_pause(answer.status, answer.retry_after)
        if wait is None:
            return answer
        await asyncio.sleep(wait)
    response = await client.request(**_arguments(base, request))
    return _answer(response, response.content)


def _exchange(client: httpx.Client, base: str, request: Request, deadline: float, cap: int) -> Answer:
    """One request under the run's bounds (bounds.py): a total deadline, at most `cap` body bytes,
    a 429 waited out (sent again after its Retry-After) while the run's throttle budget lasts."""
    for _ in range(THROTTLE_RETRIES):
        answer = _exchange_once(client, base, request, deadline, cap)
        wait = throttle_pause(answer.status, answer.retry_after)
        if wait is None:
            return answer
        time.sleep(wait)
    return _exchange_once(client, base, request, deadline, cap)


def _exchange_once(client: httpx.Client, base: str, request: Request, deadline: float, cap: int) -> Answer:
    with flight(deadline) as current:
        try:
            with client.stream(**_arguments(base, request)) as response:
                return _answer(response, _read(response, cap))
        except httpx.HTTPError as error:
            why = "no answer within the request deadline" if current.expired else str(error)
            return Answer(0, why.encode(), "", base + request.path, (), b"")


def _read(response: httpx.Response, cap: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        chunks.append(chunk[: cap - size])
        size += len(chunks[-1])
        if size >= cap:
            break
    return b"".join(chunks)


def _arguments(base: str, request: Request) -> dict[str, Any]:
    url = base + request.path + (f"?{urlencode(request.query)}" if request.query else "")
    arguments: dict[str, Any] = {"method": request.method, "url": url}
    if request.body is not None:
        arguments["content"] = json.dumps(request.body).encode()
        arguments["headers"] = {"Content-Type": "application/json"}
    return arguments


def _answer(response: httpx.Response, content: bytes) -> Answer:
    sent = response.request
    return Answer(
        response.status_code,
        content,
        response.headers.get("content-type", ""),
        str(sent.url),
        tuple(sent.headers.items()),
        sent.content,
        response.headers.get("retry-after", ""),
        response.headers.get("server", ""),
        tuple((name.lower(), value) for name, value in response.headers.multi_items()),
    )
