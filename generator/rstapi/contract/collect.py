"""Fold schemathesis' engine events into the result model (the only module that reads them).

Every failure becomes a finding of one class (`DRIFT_CLASSES`) with the expected and the observed
status or field and the RST line of the documented fact it contradicts. Beside schemathesis' checks,
each response is read for what the reference does not mention (undocumented keys and bodies: drift)
and for objects of another shape than documented; after the run, an operation whose documented
success status never came while an undocumented one did is a finding of its own.
"""

from __future__ import annotations

import functools
import json
import re
import shlex
from collections import Counter
from collections.abc import Callable
from typing import Any

import attrs
from schemathesis.engine import Status, events

from rstapi.contract.bounds import retry_after_seconds
from rstapi.contract.deleted import Deletions
from rstapi.contract.foreign import ForeignItems
from rstapi.contract.plan import Plan
from rstapi.contract.reach import refusal_detail, refused_credentials, unreached_reason
from rstapi.contract.redirect import redirect_advice
from rstapi.contract.reference import Reference, Unmentioned
from rstapi.contract.results import DRIFT, FAILURE, CheckFailure, OperationResult, SentRequest
from rstapi.contract.returned import Returned, Unreturned
from rstapi.contract.settings import DOCUMENTED_PHASE
from rstapi.contract.steps import needed_steps
from rstapi.naming import pointer_token
from rstapi.records import Record

__all__ = ["DRIFT_CLASSES", "Collector", "curl_command", "excerpt_of"]

# Checks that judge a request sent with another method than the operation's (schemathesis' coverage
# phase tries OPTIONS, PUT ... on each path): only these; never the operation's schemas.
_OTHER_METHOD_CHECKS = frozenset({"not_a_server_error", "unsupported_method"})
_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})
# Checks whose findings are one per documented fact (a field, a header), whatever value broke it
_KEYED_BY_EXPECTED = frozenset({"response_schema_conformance", "response_headers_conformance"})
_THROTTLED = 429  # Too Many Requests: the run waits out what it can (bounds.py), the rest is partial
_EXCERPT_BYTES = 500  # of a response body shown with a finding
_BODY_BYTES = 4096  # kept of the first body of each status, to say why an operation was not reached
_TOKEN_VARIABLE = "$TOKEN"
_HIDDEN_HEADERS = frozenset(
    {"host", "user-agent", "accept-encoding", "connection", "content-length", "x-schemathesis-testcaseid"}
)

# What an undocumented-field finding adds when the keys are an array's items the reference has no rows for.
_ROWLESS = ": the array's items have no rows, so the run cannot judge them"
# A schemathesis check (and, for positive data, the phase) -> the class of drift it shows.
DRIFT_CLASSES: dict[str, str] = {
    "status_code_conformance": "undocumented status",
    "response_schema_conformance": "response does not match the documented schema",
    "positive_data_acceptance": "stricter input rules than documented",
    "positive_data_acceptance/examples": "documented request example rejected",
    "negative_data_rejection": "laxer input rules than documented",
    "not_a_server_error": "server error",
    "content_type_conformance": "undocumented content type",
    "response_headers_conformance": "response header not as documented",
    "response_shape": "object of another shape than documented",
    "documented_status": "documented status never came",
    "documented_case": "not the status the reference documents for this case",
    "refused_state": "an action on an item in a state the reference refuses",
    "follow_up": "the documented follow-up refused on a fresh item",
    "undocumented_field": "undocumented field (not in the reference)",
    "undocumented_body": "undocumented body (not in the reference)",
    "unreturned_field": "documented field never returned",
    "unsent_header": "documented response header never sent",
}


@attrs.frozen(repr=False)
class _Answered(Record):
    """A response as the body checks read it, whoever sent its request."""

    status: int
    content: bytes
    curl: str  # its request's reproduction
    excerpt: str  # its body, shortened (an HTML page: its title)


@attrs.frozen(repr=False)
class _Fact(Record):
    """What a response body contradicts or leaves out of the reference, before it is a finding."""

    kind: str  # a key of DRIFT_CLASSES
    title: str
    message: str
    severity: str  # FAILURE or DRIFT
    expected: str
    observed: str
    pointer: str | None  # the documented fact's JSON pointer
    add_at: tuple[str | None, str] | None = None  # where a writer adds what no line documents


_Maker = Callable[[_Fact], CheckFailure]


@attrs.define(repr=False)
class _Tally(Record):
    cases: int = 0
    passed: Counter[str] = attrs.Factory(Counter)
    failed: Counter[str] = attrs.Factory(Counter)
    failures: dict[tuple[str, ...], CheckFailure] = attrs.Factory(dict)
    drift: dict[tuple[str, ...], CheckFailure] = attrs.Factory(dict)
    statuses: Counter[int] = attrs.Factory(Counter)
    errors: list[str] = attrs.Factory(list)
    skip_reasons: list[str] = attrs.Factory(list)
    own: Counter[int] = attrs.Factory(Counter)  # statuses of requests with the operation's own method
    bodies: dict[int, str] = attrs.Factory(dict)  # the first body of each of those statuses
    throttled: list[str] = attrs.Factory(list)  # the Retry-After of each 429 the run could not wait out
    # (status, detail) of each answer refusing the run's own credentials (a token expired mid-run)
    refused: list[tuple[int, str]] = attrs.Factory(list)
    # the first (URL sent, Location) of each redirect status, to say what the redirect was
    redirected: dict[int, tuple[str, str]] = attrs.Factory(dict)


class Collector:
    """Feed it every event of a run; `results()` gives one OperationResult per planned operation."""

    def __init__(
        self,
        plan: Plan,
        reference: Reference | None = None,
        authorization: str | None = None,
        strict_drift: bool = False,
        labels: dict[str, str] | None = None,
        throttle_wait: float | None = None,
        path_params: tuple[tuple[str, str], ...] = (),
        base_url: str = "",
    ) -> None:
        self._plan = plan
        self._base_url = base_url.rstrip("/")
        self._deletions = Deletions(dict(path_params))  # the fixed items the run deleted
        self._foreign = ForeignItems(dict(path_params))  # the fixed items refused as another user's
        self._throttle_wait = throttle_wait
        self._reference = reference if reference is not None else Reference({})
        self._authorization = authorization
        self._strict = strict_drift
        self._labels = labels or {}  # the served "METHOD /path" -> the spec's
        self._tallies = {op.label: _Tally() for op in plan.selected}
        self._seen: set[tuple[str, str]] = set()
        self._returned = Returned(self._reference)
        self.errors: list[str] = []
        self.elapsed = 0.0

    def feed(self, event: events.EngineEvent) -> None:
        if isinstance(event, events.ScenarioFinished):
            self._scenario(event)
        elif isinstance(event, events.NonFatalError):
            self._error(self._labels.get(event.label, event.label), f"{event.info.title}: {event.value}")
        elif isinstance(event, events.FatalError):
            self.errors.append(f"{type(event.exception).__name__}: {event.exception}")
        elif isinstance(event, events.EngineFinished):
            self.elapsed += event.running_time  # one engine per phase when resetting between

    @property
    def reference(self) -> Reference:
        return self._reference

    def skip(self, label: str, reason: str) -> None:
        if label in self._tallies:
            self._tallies[label].skip_reasons.append(reason)

    def error(self, label: str, message: str) -> None:
        self._error(label, message)

    def record(
        self,
        label: str,
        status: int,
        content: bytes,
        finding: CheckFailure | None,
        check: str = "documented_phase",
        curl: str = "",
        credentials: bool = True,
        retry_after: str = "",
        content_type: str = "",
        received: tuple[tuple[str, str], ...] = (),
        path_values: dict[str, str] | None = None,
        url: str = "",
    ) -> None:
        """One request of the documented phase (sent with the operation's own method), and its
        finding if the answer contradicts what the reference documents for it (else `check` passed);
        `curl` reproduces it (for the body's drift, a documented field its answer lacks). Its body is
        read as schemathesis' answers are (`_read_body`), and its headers (`received`, names in lower
        case) as schemathesis' response_headers_conformance reads them (`_read_headers`). A request
        sent without the run's credentials (`credentials` False) is left out of what `reach` judges;
        `path_values` (its path parameters' values) tell when it deleted or met a deleted fixed item;
        `url`, the URL it was sent to, what a redirect of it was."""
        tally = self._tallies.get(label)
        if tally is None:
            return
        tally.cases += 1
        tally.statuses[status] += 1
        if credentials:
            tally.own[status] += 1
            tally.bodies.setdefault(status, content[:_BODY_BYTES].decode("utf-8", errors="replace"))
            self._deletions.observe(label, status, path_values or {}, DOCUMENTED_PHASE)
            self._foreign.observe(label, status, path_values or {}, _is_json(content))
            location = next((value for name, value in received if name.lower() == "location"), "")
            _redirected(tally, status, url, location)
            self._refused(tally, status, content)
        if status == _THROTTLED:
            tally.throttled.append(retry_after)
        answer = _Answered(status, content, curl, excerpt_of(content, content_type))
        made: _Maker = functools.partial(self._documented_finding, answer=answer)
        self._read_body(tally, label, answer, made, validate=True)
        self._read_headers(tally, label, status, received, made)
        self._observe_headers(label, status, {name.lower() for name, _ in received}, curl)
        if finding is None:
            tally.passed[check] += 1
            return
        tally.failed[finding.check] += 1
        field = finding.expected if finding.check != "not_a_server_error" else ""
        self._add(tally.failures, (finding.check, str(status), field), lambda: finding)

    def shrinkable(self) -> list[tuple[str, tuple[str, ...], CheckFailure]]:
        """(operation label, key, finding) of every failure found so far (see shrink.py)."""
        return [
            (label, key, finding)
            for label, tally in self._tallies.items()
            for key, finding in tally.failures.items()
        ]

    def replace(self, label: str, key: tuple[str, ...], finding: CheckFailure) -> None:
        """Put `finding` (a smaller reproduction of the same finding) in the place of `key`'s."""
        self._tallies[label].failures[key] = finding

    def restored(self) -> None:
        """The service was reset between phases: the fixed items the run deleted are back."""
        self._deletions.restored()

    def notes(self) -> tuple[str, ...]:
        """What the run did that the reader should know: the fixed items it deleted, met by later
        requests of operations it reached (deleted.py)."""
        return self._deletions.notes(self._reached())

    def _reached(self) -> set[str]:
        """The operations a request carrying the run's credentials got a 2xx from."""
        return {label for label, tally in self._tallies.items() if any(200 <= s < 300 for s in tally.own)}

    def results(self) -> tuple[OperationResult, ...]:
        return tuple(self._result(op.label, op.operation_id, op.skip_reason) for op in self._plan.operations)

    def _result(self, label: str, operation_id: str, skip_reason: str | None) -> OperationResult:
        tally = self._tallies.get(label, _Tally())
        self._documented_status_never_came(label, tally)
        self._documented_fields_never_came(label, tally)
        return OperationResult(
            label=label,
            operation_id=operation_id,
            cases=tally.cases,
            passed_checks=tuple(sorted(tally.passed.items())),
            failed_checks=tuple(sorted(tally.failed.items())),
            failures=tuple(tally.failures.values()),
            errors=tuple(tally.errors) + self._partial(tally) + self._token_refused(label, tally),
            skip_reasons=(skip_reason,) if skip_reason else tuple(dict.fromkeys(tally.skip_reasons)),
            statuses=tuple(sorted(tally.statuses.items())),
            drift=tuple(tally.drift.values()),
            strict_drift=self._strict,
            not_reached=unreached_reason(
                tally.own,
                tally.bodies,
                self._deletions.reason(label) or self._foreign.missing(label, self._reached()),
                foreign=self._foreign.reason(label, self._reached()),
                redirect=self._redirect(tally),
            ),
        )

    def _redirect(self, tally: _Tally) -> dict[int, str]:
        """What each redirect status the operation got was, read from its first Location."""
        return {
            status: redirect_advice(self._base_url, url, location)
            for status, (url, location) in tally.redirected.items()
            if url and self._base_url
        }

    def _refused(self, tally: _Tally, status: int, content: bytes) -> None:
        """Keep an answer refusing the credentials of a request that carried the run's own: a 401,
        or a 403 whose `detail` is an authentication refusal (DRF behind SessionAuthentication)."""
        text = content[:_BODY_BYTES].decode("utf-8", errors="replace")
        if status == 401 or (status == 403 and refused_credentials(text)):
            tally.refused.append((status, refusal_detail(text)))

    def _token_refused(self, label: str, tally: _Tally) -> tuple[str, ...]:
        """An operation the run reached (a 2xx) whose other requests, carrying the same credentials,
        were refused as unauthenticated: the token expired or was revoked mid-run, and those requests
        tested nothing, so its results are partial (an error, never a silent pass). An operation
        never reached says so itself (`reach`); one the spec marks anonymous (`security: []`, the
        token endpoint) refuses the credentials its body carries, not the run's."""
        if not tally.refused or not any(200 <= status < 300 for status in tally.own):
            return ()
        if self._reference.operation(label).get("security") == []:
            return ()
        count = len(tally.refused)
        status, detail = tally.refused[0]
        plural = "s" if count != 1 else ""
        return (
            f"the token was refused mid-run: {count} request{plural} carrying the run's credentials "
            f"{'were' if count != 1 else 'was'} answered {status}{detail} while others were accepted: "
            f"{'those requests were' if count != 1 else 'that request was'} not judged, so this "
            "operation's results are partial (the token expired or was revoked during the run: use "
            "one that outlasts it, or --client-id/--client-secret)",
        )

    def _partial(self, tally: _Tally) -> tuple[str, ...]:
        """The operation's results are partial when the service throttled requests the run could
        not wait out (bounds.Watch.pause): those requests were never judged, so the operation is
        not green (an error of its own, never a silent pass)."""
        if not tally.throttled:
            return ()
        count = len(tally.throttled)
        waits = [seconds for seconds in map(retry_after_seconds, tally.throttled) if seconds is not None]
        said = f"Retry-After up to {max(waits):g}s" if waits else "no Retry-After to wait for"
        budget = (
            f" within --throttle-wait {self._throttle_wait:g}s" if self._throttle_wait is not None else ""
        )
        return (
            f"throttled: {count} response{'s' if count != 1 else ''} {'were' if count != 1 else 'was'} "
            f"429 Too Many Requests ({said}) and the run could not wait {'them' if count != 1 else 'it'} "
            f"out{budget}: those requests were not judged, so this operation's results are partial "
            "(raise --throttle-wait, lower --max-examples, or exempt the run's user from the throttle)",
        )

    def _error(self, label: str, message: str) -> None:
        tally = self._tallies.get(label)
        (tally.errors if tally is not None else self.errors).append(message)

    def _scenario(self, event: events.ScenarioFinished) -> None:
        recorder, phase = event.recorder, str(event.phase.value)
        own = self._labels.get(recorder.label, recorder.label)
        if event.status == Status.SKIP and event.skip_reason and own in self._tallies:
            self._tallies[own].skip_reasons.append(f"{phase}: {event.skip_reason}")
        for case_id, node in recorder.cases.items():
            label = self._labels.get(node.value.operation.label, node.value.operation.label)
            tally = self._tallies.get(label)
            if tally is None:
                continue
            tally.cases += 1
            interaction = recorder.interactions.get(case_id)
            response = interaction.response if interaction is not None else None
            if (
                interaction is not None
                and response is not None
                and (recorder.label, case_id) not in self._seen
            ):
                self._seen.add((recorder.label, case_id))
                tally.statuses[response.status_code] += 1
                if response.status_code == _THROTTLED:
                    tally.throttled.append(",".join(response.headers.get("retry-after", [])))
                if _own_method(node.value):
                    if not self._without_credentials(interaction.request):
                        tally.own[response.status_code] += 1
                        tally.bodies.setdefault(response.status_code, _body_text(response))
                        values = node.value.path_parameters or {}
                        self._deletions.observe(label, response.status_code, values, phase)
                        content = response.content or b""
                        self._foreign.observe(label, response.status_code, values, _is_json(content))
                        location = ",".join(response.headers.get("location", []))
                        _redirected(tally, response.status_code, str(response.request.url), location)
                        if self._with_run_credentials(interaction.request):
                            self._refused(tally, response.status_code, response.content or b"")
                    answer = _Answered(
                        response.status_code,
                        response.content or b"",
                        self._curl(response.request),
                        _excerpt(response),
                    )
                    self._read_body(tally, label, answer, self._maker(recorder, case_id, phase))
                    names = {str(name).lower() for name in response.headers}
                    self._observe_headers(label, response.status_code, names, answer.curl)
            for check in recorder.checks.get(case_id, ()):
                if _own_method(node.value) or check.name in _OTHER_METHOD_CHECKS:
                    self._check(tally, label, check, recorder, case_id, phase)

    def _maker(self, recorder: Any, case_id: str, phase: str) -> _Maker:
        """Turns a body fact of schemathesis' answer to `case_id` into a finding (its reproduction
        the chain of steps that led to it)."""

        def make(fact: _Fact) -> CheckFailure:
            return self._finding(
                fact.kind,
                fact.title,
                fact.message,
                recorder,
                case_id,
                phase,
                fact.severity,
                fact.expected,
                fact.observed,
                fact.pointer,
                add_at=fact.add_at,
            )

        return make

    def _with_run_credentials(self, request: Any) -> bool:
        """The request carried the run's own Authorization value (not one schemathesis' ignored_auth
        put in its place)."""
        if self._authorization is None:
            return False
        for name, value in request.headers.items():
            if str(name).lower() == "authorization":
                values = value if isinstance(value, list) else [value]
                return self._authorization in map(str, values)
        return False

    def _without_credentials(self, request: Any) -> bool:
        """A request the run has credentials for sent without them (schemathesis' ignored_auth
        check, a negative case leaving the header out): its refusal says nothing of whether the
        operation can be reached, so it is left out of the statuses `reach` judges."""
        return self._authorization is not None and not any(
            str(name).lower() == "authorization" for name in request.headers
        )

    def _check(self, tally: _Tally, label: str, check: Any, recorder: Any, case_id: str, phase: str) -> None:
        if check.status == Status.SUCCESS:
            tally.passed[check.name] += 1
            return
        status = _status(recorder, case_id) or 0
        if check.name == "status_code_conformance" and status >= 500:
            return  # the server error is its own finding: one 500 is reported once
        if self._conforming(label, check.name, status, recorder, case_id, phase):
            tally.passed[check.name] += 1
            return
        tally.failed[check.name] += 1
        info = check.failure_info
        if info is None:
            return
        failure = info.failure
        kind = f"{check.name}/{phase}" if f"{check.name}/{phase}" in DRIFT_CLASSES else check.name
        expected, observed, pointer = self._facts(label, check.name, failure, recorder, case_id)
        # Identical findings (operation, class, status, field) are one finding with a count.
        field = expected if check.name in _KEYED_BY_EXPECTED else observed
        if check.name == "negative_data_rejection":
            field += f" {pointer}"  # one finding per rule broken, citing its own line
        key = (kind, str(status), field if check.name != "not_a_server_error" else "")
        self._add(
            tally.failures,
            key,
            lambda: self._finding(
                kind,
                str(failure.title),
                str(failure.message),
                recorder,
                case_id,
                phase,
                FAILURE,
                expected,
                observed,
                pointer,
                check=check.name,
                add_at=self._status_place(label) if check.name == "status_code_conformance" else None,
            ),
        )

    def _conforming(
        self, label: str, check: str, status: int, recorder: Any, case_id: str, phase: str
    ) -> bool:
        """A failed check the document allows: 501 Not Implemented to a method the operation does
        not have (what RFC 9110 recommends for a method the server does not recognise); a valid
        generated request refused with a 4xx the reference documents for the operation, whose answer
        names no field the request sent (a refusal the reference allows: state, a rule in its prose)."""
        if status == 501 and not _own_method(recorder.cases[case_id].value):
            return True
        if check != "positive_data_acceptance" or phase == "examples" or not 400 <= status < 500:
            return False
        documented = self._documented_refusal(label, status)
        return documented is not None and not documented[1] and not _sent_fields(recorder, case_id)

    def _documented_refusal(self, label: str, status: int) -> tuple[str | None, bool] | None:
        """(its line, stated only by the overlay) of the response the operation documents for
        `status` (exact or its range, not `default`); None when none is documented."""
        responses = self._reference.operation(label).get("responses") or {}
        for key in (str(status), f"{str(status)[0]}XX"):
            if key in responses:
                pointer = f"{self._reference.operation_pointer(label)}/responses/{pointer_token(key)}"
                source = self._reference.source(pointer)
                return source, self._reference.overlays(source)
        return None

    def _row_place(self, part: Unmentioned) -> tuple[str | None, str] | None:
        """Where a writer documents the keys of `part` the reference lacks: below the last row
        documenting that object (a table's rows for one object stay together; the new row's name
        is written as the reference names the object's rows, `results[].isbn`)."""
        prefix = re.sub(r"/\d+(?=/|$)", "[]", part.instance_path).strip("/").replace("/", ".")
        names = ", ".join(f"{prefix}.{key}" if prefix else key for key in part.extra)
        if part.rowless_array:
            array = prefix.removesuffix("[]") or "the body"
            return self._reference.source(part.rowless_array), (
                f"not in the reference; the reference documents {array} as an array without rows for its "
                f"items, so the run cannot judge them: a writer adds rows for {names} below the row "
                f"{array}, which starts at this line"
            )
        last = self._reference.last_row(part.schema_pointer)
        if last is None:
            return None
        source, row = last
        return source, (
            f"not in the reference; a writer adds a row for {names} below the last row documenting "
            f"this object, {prefix + '.' + row if prefix else row}, which starts at this line"
        )

    def _status_place(self, label: str) -> tuple[str | None, str]:
        """Where a writer documents a status the reference lacks: beside its last documented status,
        else in the operation's section."""
        last = self._reference.last_status_source(label)
        if last is not None:
            return last, "not documented; a writer adds it beside the operation's last documented status"
        operation = self._reference.source(self._reference.operation_pointer(label))
        return operation, "not documented; a writer adds it to the operation's section"

    def _add(self, found: dict[tuple[str, ...], CheckFailure], key: tuple[str, ...], make: Any) -> None:
        """Keep one finding per key, counted, with the shortest reproduction seen (no cap); one
        citing an overlay line says the rule is the overlay's."""
        made: CheckFailure = make()
        if not made.add_at and self._reference.overlays(made.source):
            made = attrs.evolve(made, overlay=True)
        known = found.get(key)
        if known is None:
            found[key] = made
        elif _size(made) < _size(known):
            found[key] = attrs.evolve(made, count=known.count + 1)
        else:
            found[key] = attrs.evolve(known, count=known.count + 1)

    def _facts(
        self, label: str, check: str, failure: Any, recorder: Any, case_id: str
    ) -> tuple[str, str, str]:
        """(expected, observed, JSON pointer of the contradicted fact) for a schemathesis failure."""
        ref = self._reference
        operation = ref.operation_pointer(label)
        status = getattr(failure, "status_code", None)
        if check == "status_code_conformance":
            documented = ", ".join(ref.documented_statuses(label))
            return (
                f"one of the documented statuses {documented}",
                f"status {status}",
                f"{operation}/responses",
            )
        if check == "response_schema_conformance":
            return self._schema_facts(label, failure, recorder, case_id)
        if check == "positive_data_acceptance":
            allowed = ", ".join(getattr(failure, "allowed_statuses", ()) or ())
            pointer = self._input_pointer(label, recorder, case_id)
            named = _sent_fields(recorder, case_id)
            refused = f" refusing {', '.join(named)}" if named else ""
            return (
                f"a status in {allowed} (or a 4xx the reference documents for the operation) "
                "for a request the reference documents as valid",
                f"status {status}{refused}{self._refusal_note(label, int(status or 0), bool(named))}",
                pointer,
            )
        if check == "negative_data_rejection":
            what, pointer = self._negated(label, recorder, case_id)
            return f"a 4xx for {what}", f"status {_status(recorder, case_id)}", pointer
        if check == "not_a_server_error":
            return "no 5xx", f"status {_status(recorder, case_id)}", operation
        if check == "content_type_conformance":
            return self._content_type_facts(label, failure, recorder, case_id)
        if check == "unsupported_method":
            return self._method_facts(label, failure, recorder, case_id)
        if check == "response_headers_conformance":
            return self._header_facts(label, failure, recorder, case_id)
        expected = _EXPECTED.get(check) or _first_line(str(getattr(failure, "title", "") or check))
        return expected, _first_line(str(failure.message)), operation

    def _refusal_note(self, label: str, status: int, named: bool) -> str:
        """What a finding says of a refusal status the operation documents: only the overlay's, or
        the reference's but naming a field sent (an input rule), and how to accept it."""
        documented = self._documented_refusal(label, status) if 400 <= status < 500 else None
        if documented is None:
            return ""
        source, overlay = documented
        where = f" ({source})" if source else ""
        if overlay:
            said = f"{status} is documented for this operation only by the overlay{where}"
        elif named:
            said = f"{status} is documented for this operation{where}, but the answer names a field the request sent"
        else:
            return ""
        return f"; {said}: if the service refuses valid data with it by design, --refusal-status {status} accepts it"

    def _content_type_facts(
        self, label: str, failure: Any, recorder: Any, case_id: str
    ) -> tuple[str, str, str]:
        defined = list(getattr(failure, "defined_content_types", None) or ())
        defined += list(getattr(failure, "media_types", None) or ())
        if getattr(failure, "defined", None):
            defined.append(str(failure.defined))
        actual = str(getattr(failure, "content_type", "") or getattr(failure, "actual", "") or "")
        interaction = recorder.interactions.get(case_id)
        empty = (
            interaction is not None and interaction.response is not None and not interaction.response.content
        )
        return (
            f"Content-Type {', '.join(dict.fromkeys(defined))}" if defined else "a documented Content-Type",
            f"Content-Type {actual}"
            if actual
            else "no Content-Type header" + (" and no body" if empty else ""),
            self._reference.operation_pointer(label),
        )

    def _header_facts(self, label: str, failure: Any, recorder: Any, case_id: str) -> tuple[str, str, str]:
        """A documented response header: the one missing (schemathesis names it) or the one whose
        value breaks its schema (schemathesis gives the value only: the documented header the
        response carries with that value), at the header's own line, and what the response had."""
        status = _status(recorder, case_id) or 0
        interaction = recorder.interactions.get(case_id)
        received = dict(interaction.response.headers) if interaction and interaction.response else {}
        missing = [str(name) for name in getattr(failure, "missing_headers", None) or ()]
        if missing:
            return self._missing_headers(label, status, received, missing)
        documented = self._documented_headers(label, status)
        name = _header_with_value(documented, received, getattr(failure, "instance", None))
        if name is None:
            return (
                "a documented response header",
                _first_line(str(failure.message)),
                self._reference.operation_pointer(label),
            )
        return self._header_value(label, status, received, name)

    def _documented_headers(self, label: str, status: int) -> dict[str, Any]:
        """The headers the reference documents for the operation's `status` response (by name)."""
        response = self._reference.response_pointer(label, status)
        documented = (self._reference.node(response) or {}).get("headers") if response else None
        return documented if isinstance(documented, dict) else {}

    def _header_pointer(self, label: str, status: int, name: str) -> str:
        response = self._reference.response_pointer(label, status) or ""
        return self._reference.resolve(f"{response}/headers/{pointer_token(name)}")

    def _missing_headers(
        self, label: str, status: int, received: dict[str, Any], missing: list[str]
    ) -> tuple[str, str, str]:
        """(expected, observed, the first one's pointer) for required headers a response lacks."""
        names = ", ".join(missing)
        plural = "s" if len(missing) > 1 else ""
        sent = ", ".join(sorted(received)) or "none"
        return (
            f"the header{plural} {names} (required) in a {status} response",
            f"no {names} header{plural}; the {status} response's headers: {sent}",
            self._header_pointer(label, status, missing[0]),
        )

    def _header_value(
        self, label: str, status: int, received: dict[str, Any], name: str
    ) -> tuple[str, str, str]:
        """(expected, observed, its pointer) for a header sent with a value its schema refuses."""
        pointer = self._header_pointer(label, status, name)
        schema = self._reference.node(self._reference.resolve(f"{pointer}/schema"))
        kind = schema.get("type") if isinstance(schema, dict) else None
        value = ", ".join(received.get(name.lower(), ()))
        return (
            f"the header {name}: {kind or 'its documented schema'} in a {status} response",
            f"{name}: {value}",
            pointer,
        )

    def _read_headers(
        self, tally: _Tally, label: str, status: int, pairs: tuple[tuple[str, str], ...], make: _Maker
    ) -> None:
        """The documented phase's answer judged as schemathesis' response_headers_conformance
        judges its own: a required header missing, a header whose value (read as its schema's type)
        the schema refuses; the same finding kind and key, so a header both find is one finding."""
        documented = self._documented_headers(label, status)
        if not documented:
            return
        received: dict[str, list[str]] = {}
        for name, value in pairs:
            received.setdefault(name.lower(), []).append(value)
        missing = [
            str(name)
            for name in documented
            if str(name).lower() not in received and self._required_header(label, status, str(name))
        ]
        facts = [self._missing_headers(label, status, received, missing)] if missing else []
        for name in map(str, documented):
            values = received.get(name.lower())
            schema = self._reference.resolve(f"{self._header_pointer(label, status, name)}/schema")
            node = self._reference.node(schema)
            if (
                values
                and node is not None
                and self._reference.schema_error(_header_instance(values[0], node), schema)
            ):
                facts.append(self._header_value(label, status, received, name))
        kind = "response_headers_conformance"
        for expected, observed, pointer in facts:
            tally.failed[kind] += 1
            fact = _Fact(kind, DRIFT_CLASSES[kind], observed, FAILURE, expected, observed, pointer)
            self._add(tally.failures, (kind, str(status), expected), functools.partial(make, fact))

    def _observe_headers(self, label: str, status: int, names: set[str], curl: str) -> None:
        """Count, for `returned`, the documented headers of `status` an answer carried (`names`)."""
        response = self._reference.response_pointer(label, status)
        if response is not None:
            self._returned.observe_headers(label, status, response, names, curl)

    def _required_header(self, label: str, status: int, name: str) -> bool:
        header = self._reference.node(self._header_pointer(label, status, name))
        return isinstance(header, dict) and header.get("required") is True

    def _method_facts(self, label: str, failure: Any, recorder: Any, case_id: str) -> tuple[str, str, str]:
        """A method the path does not document: 405 with an Allow header naming the documented ones."""
        path = label.partition(" ")[2]
        item = (self._reference.spec.get("paths") or {}).get(path) or {}
        methods = ", ".join(m.upper() for m in item if m in _HTTP_METHODS)
        status = _status(recorder, case_id)
        if getattr(failure, "failure_reason", "") == "missing_allow_header":
            observed = f"status {status} without an Allow header"
        else:
            observed = f"status {status} to {getattr(failure, 'method', 'another method')}"
        return (
            f"405 Method Not Allowed with an Allow header (the path documents {methods or 'no method'})",
            observed,
            self._reference.operation_pointer(label),
        )

    def _schema_facts(self, label: str, failure: Any, recorder: Any, case_id: str) -> tuple[str, str, str]:
        ref = self._reference
        tokens = [str(token) for token in getattr(failure, "instance_path", ()) or ()]
        response = ref.response_pointer(label, _status(recorder, case_id) or 0)
        schema = ref.body_schema_pointer(response) if response else None
        pointer = ref.schema_at(schema, tokens) if schema else ref.operation_pointer(label)
        documented = ref.node(pointer) if schema else None
        kind = documented.get("type") if isinstance(documented, dict) else None
        where = "/" + "/".join(tokens)
        value = json.dumps(getattr(failure, "instance", None))[:80]
        expected = f"{where}: {kind if kind else 'the documented schema'}"
        interaction = recorder.interactions.get(case_id)
        if interaction is not None and interaction.response is not None and not interaction.response.content:
            return expected, f"{where}: no body (an empty response)", pointer
        return expected, f"{where} = {value}", pointer

    def _negated(self, label: str, recorder: Any, case_id: str) -> tuple[str, str]:
        """What a negative case made invalid, in words, and the pointer of the documented fact it
        breaks: the parameter or body field its generation names (so the finding cites that row),
        else the operation."""
        ref = self._reference
        operation = ref.operation_pointer(label)
        meta = getattr(recorder.cases[case_id].value, "_meta", None)
        data = getattr(getattr(meta, "phase", None), "data", None)
        where = str(getattr(getattr(data, "parameter_location", None), "value", "") or "")
        fields = _instance_path(getattr(data, "location", None)) if where == "body" else []
        name = ".".join(fields) if fields else getattr(data, "parameter", None)
        if not isinstance(name, str) or not name or not where:
            return "a request the reference documents as invalid", operation
        how = getattr(data, "description", None)
        what = f"the {where} {'field' if where == 'body' else 'parameter'} {name} made invalid" + (
            f" ({how})" if isinstance(how, str) and how else ""
        )
        if where == "body":
            return what, self._body_field(operation, fields)
        for index in range(len(ref.operation(label).get("parameters") or ())):
            parameter = ref.node(ref.resolve(f"{operation}/parameters/{index}"))
            if isinstance(parameter, dict) and (parameter.get("name"), parameter.get("in")) == (name, where):
                return what, f"{operation}/parameters/{index}"
        return what, operation

    def _body_field(self, operation: str, fields: list[str]) -> str:
        """The pointer of the request body's schema documenting `fields`, else the operation."""
        ref = self._reference
        body = ref.resolve(f"{operation}/requestBody")
        for media in (ref.node(body) or {}).get("content") or {}:
            schema = f"{body}/content/{pointer_token(media)}/schema"
            pointer = ref.schema_at(schema, fields)
            if pointer != ref.resolve(schema):
                return pointer
        return operation

    def _input_pointer(self, label: str, recorder: Any, case_id: str) -> str:
        """The documented example the request sent, else the field the service's 400 names, else the
        operation."""
        ref = self._reference
        operation = ref.operation_pointer(label)
        case = recorder.cases[case_id].value
        request_body = ref.resolve(f"{operation}/requestBody")
        content = (ref.node(request_body) or {}).get("content") or {}
        for media, entry in content.items():
            for name, example in ((entry or {}).get("examples") or {}).items():
                if isinstance(example, dict) and example.get("value") == case.body:
                    return f"{request_body}/content/{pointer_token(media)}/examples/{pointer_token(name)}"
        named = _named_fields(recorder, case_id)
        for media in content:
            schema = f"{request_body}/content/{pointer_token(media)}/schema"
            for field in named:
                pointer = ref.schema_at(schema, [field])
                if pointer != ref.resolve(schema):
                    return pointer
        for index, parameter in enumerate(ref.operation(label).get("parameters") or ()):
            if isinstance(parameter, dict) and parameter.get("name") in named:
                return f"{operation}/parameters/{index}"
        return operation

    def _read_body(
        self, tally: _Tally, label: str, answer: _Answered, make: _Maker, validate: bool = False
    ) -> None:
        """Drift: a body where none is documented, keys the reference does not mention; a failure: an
        object with undocumented keys that also lacks documented ones (another shape), and, with
        `validate` (an answer schemathesis' checks never saw), a body its schema refuses. Every
        answer of the run is read here, schemathesis' and the documented phase's alike (`make` turns
        a fact into a finding with the answer's reproduction), so a field is one finding with a count."""
        ref = self._reference
        documented = ref.response_pointer(label, answer.status)
        if documented is None or not answer.content:
            return
        schema = ref.body_schema_pointer(documented)
        node = ref.node(documented)
        if schema is None:
            if not (isinstance(node, dict) and node.get("content")) and answer.status < 400:
                self._add(
                    tally.drift,
                    ("undocumented_body", str(answer.status)),
                    lambda: make(
                        _Fact(
                            "undocumented_body",
                            "Body not in the reference",
                            answer.excerpt,
                            DRIFT,
                            f"no body for status {answer.status}",
                            f"a body: {answer.excerpt[:80]}",
                            documented,
                        )
                    ),
                )
            return
        try:
            body = json.loads(answer.content)
        except ValueError:
            return
        self._returned.observe(label, answer.status, schema, body, answer.curl)
        for part in ref.unmentioned(body, schema):
            self._unmentioned(tally, part, make)
        error = ref.schema_error(body, schema) if validate else None
        if error is not None:
            self._schema_error(tally, answer.status, schema, *error, make)

    def _schema_error(
        self, tally: _Tally, status: int, schema: str, tokens: tuple[str, ...], value: Any, make: _Maker
    ) -> None:
        """A body its documented schema refuses, said as `_schema_facts` says schemathesis' finding
        (its first error, as schemathesis reports one; the same key, so a field both find is one
        finding)."""
        kind = "response_schema_conformance"
        pointer = self._reference.schema_at(schema, list(tokens))
        documented = self._reference.node(pointer)
        typed = documented.get("type") if isinstance(documented, dict) else None
        where = "/" + "/".join(tokens)
        expected = f"{where}: {typed if typed else 'the documented schema'}"
        observed = f"{where} = {json.dumps(value)[:80]}"
        tally.failed[kind] += 1
        fact = _Fact(kind, DRIFT_CLASSES[kind], observed, FAILURE, expected, observed, pointer)
        self._add(tally.failures, (kind, str(status), expected), lambda: make(fact))

    def _unmentioned(self, tally: _Tally, part: Unmentioned, make: _Maker) -> None:
        shape = part.other_shape
        kind = "response_shape" if shape else "undocumented_field"
        expected = "keys " + ", ".join(part.missing) if shape else "only the documented keys"
        extra = ", ".join(part.extra)
        observed = (
            f"keys {extra} instead of {', '.join(part.missing)}"
            if shape
            else f"keys {extra} (not in the reference{_ROWLESS if part.rowless_array else ''})"
        )
        where = re.sub(r"/\d+(?=/|$)", "/*", part.instance_path)
        if shape:
            tally.failed[kind] += 1
        fact = _Fact(
            kind,
            DRIFT_CLASSES[kind],
            f"{where}: {observed}",
            FAILURE if shape else DRIFT,
            f"{where}: {expected}",
            f"{where}: {observed}",
            part.schema_pointer,
            add_at=None if shape else self._row_place(part),
        )
        self._add(
            tally.failures if shape else tally.drift, (kind, where, ",".join(part.extra)), lambda: make(fact)
        )

    def _documented_status_never_came(self, label: str, tally: _Tally) -> None:
        documented = {s for s in self._reference.documented_statuses(label) if s.startswith("2")}
        # answers to the operation's own method only: the 200 to an OPTIONS on a DELETE's path is no
        # success of the DELETE
        observed = {str(status) for status in tally.own if 200 <= status < 300}
        if not documented or not observed or documented & observed or any("X" in s for s in documented):
            return
        pointer = f"{self._reference.operation_pointer(label)}/responses/{min(documented)}"
        key = ("documented_status",)
        if key in tally.failures:
            return
        tally.failed["documented_status"] += 1
        tally.failures[key] = CheckFailure(
            check="documented_status",
            title=DRIFT_CLASSES["documented_status"],
            message=f"documented {', '.join(sorted(documented))}; the service answered {', '.join(sorted(observed))}",
            curl="",
            kind=FAILURE,
            drift_class=DRIFT_CLASSES["documented_status"],
            expected=f"status {', '.join(sorted(documented))}",
            observed=f"status {', '.join(sorted(observed))}",
            source=self._reference.source(pointer),
        )

    def _documented_fields_never_came(self, label: str, tally: _Tally) -> None:
        """A documented field none of the operation's responses carried: drift, or a failure when
        the reference says every response has it (required). A documented header none of the
        responses of its status carried: drift (a required one is a failure of each response
        already, response_headers_conformance)."""
        for field in self._returned.never(label):
            if field.header and field.required:
                continue
            key = ("unsent_header" if field.header else "unreturned_field", field.pointer)
            if key in tally.failures or key in tally.drift:
                continue
            if field.required:
                tally.failed["unreturned_field"] += 1
            found = tally.failures if field.required else tally.drift
            found[key] = self._unreturned(field)

    def _unreturned(self, field: Unreturned) -> CheckFailure:
        kind = "unsent_header" if field.header else "unreturned_field"
        plural = "s" if field.responses != 1 else ""
        statuses = ", ".join(map(str, field.statuses))
        optional = "required" if field.required else "optional"
        if field.header:
            said = f"never sent in {field.responses} response{plural} ({statuses})"
            expected = f"the header {field.name} in some {' or '.join(map(str, field.statuses))} response"
        else:
            said = f"never returned in {field.responses} response{plural}"
            expected = f"{field.name} in some response"
        observed = f"{field.name}: {said}" + ("" if field.header else f" ({statuses}) carrying its object")
        source = self._reference.sourcemap.get(field.pointer)
        return CheckFailure(
            check=kind,
            title=DRIFT_CLASSES[kind],
            message=f"{field.name}: documented, {said}",
            curl=field.curl,
            kind=FAILURE if field.required else DRIFT,
            drift_class=DRIFT_CLASSES[kind],
            expected=f"{expected} (documented, {optional})",
            observed=observed,
            source=source,
            overlay=self._reference.overlays(source),
        )

    def _finding(
        self,
        kind: str,
        title: str,
        message: str,
        recorder: Any,
        case_id: str,
        phase: str,
        severity: str,
        expected: str,
        observed: str,
        pointer: str | None,
        check: str | None = None,
        add_at: tuple[str | None, str] | None = None,
    ) -> CheckFailure:
        """`add_at` is (source, what it is) when no line documents the case: where a writer adds it."""
        interaction = recorder.interactions.get(case_id)
        response = interaction.response if interaction is not None else None
        chain = needed_steps(_chain(recorder, case_id))
        steps = tuple(self._curl(r.request) for r in chain)
        return CheckFailure(
            check=check or kind,
            title=title,
            message=message.strip(),
            curl=steps[-1] if steps else "",
            status=response.status_code if response is not None else None,
            response_excerpt=_excerpt(response) if response is not None else "",
            phase=phase,
            kind=severity,
            drift_class=DRIFT_CLASSES.get(kind, kind.replace("_", " ")),
            expected=expected,
            observed=observed,
            source=add_at[0] if add_at else self._reference.source(pointer) if pointer else None,
            add_at=add_at[1] if add_at else "",
            steps=steps,
            request=_sent(chain[-1].request) if chain else None,
        )

    def _documented_finding(self, fact: _Fact, answer: _Answered) -> CheckFailure:
        """A body fact of an answer to the documented phase (a request rstapi sent, not schemathesis)."""
        return CheckFailure(
            check=fact.kind,
            title=fact.title,
            message=fact.message.strip(),
            curl=answer.curl,
            status=answer.status,
            response_excerpt=answer.excerpt,
            phase=DOCUMENTED_PHASE,
            kind=fact.severity,
            drift_class=DRIFT_CLASSES.get(fact.kind, fact.kind.replace("_", " ")),
            expected=fact.expected,
            observed=fact.observed,
            source=fact.add_at[0]
            if fact.add_at
            else self._reference.source(fact.pointer)
            if fact.pointer
            else None,
            add_at=fact.add_at[1] if fact.add_at else "",
        )

    def _curl(self, request: Any) -> str:
        return curl_command(request)


def curl_command(request: Any) -> str:
    """The request as a curl command; the access token is `$TOKEN`, never its value."""
    parts = ["curl", "-X", request.method, shlex.quote(str(request.url))]
    for name, value in request.headers.items():
        if name.lower() in _HIDDEN_HEADERS:
            continue
        if name.lower() == "authorization":
            parts += ["-H", f'"Authorization: {_variable(value)}"']
        else:
            parts += ["-H", shlex.quote(f"{name}: {value}")]
    body = request.body
    if body:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        parts += ["-d", shlex.quote(text)]
    return " ".join(parts)


# What the reference leads a client to expect, for schemathesis' checks that have no facts of their
# own above (a finding never prints an empty "expected:"); another check says its failure's title.
_EXPECTED = {
    "ignored_auth": "401 or 403 for a request without the credentials the operation's security requires, "
    "or with wrong ones",
    "missing_required_header": "a 4xx for a request without a header the reference requires",
    "ensure_resource_availability": "the resource the previous step created, available to the next step "
    "(not a 404)",
    "use_after_free": "404 for a resource after the step that deleted it",
}


def _instance_path(location: object) -> list[str]:
    """The body fields a schema location names ("/properties/title/type" -> ["title"]; an array's
    items are its first item, "0")."""
    tokens = str(location or "").split("/")
    path = []
    for index, token in enumerate(tokens):
        if token == "properties" and index + 1 < len(tokens):
            path.append(tokens[index + 1].replace("~1", "/").replace("~0", "~"))
        elif token == "items" and (index == 0 or tokens[index - 1] != "properties"):
            path.append("0")
    return path


def _own_method(case: Any) -> bool:
    """True when the case was sent with its operation's method (not OPTIONS, HEAD ... on its path)."""
    return str(case.method).upper() == str(case.operation.method).upper()


def _size(finding: CheckFailure) -> int:
    return sum(map(len, finding.steps)) or len(finding.curl)


def _variable(value: str) -> str:
    prefix, _, token = value.partition(" ")
    return f"{prefix} {_TOKEN_VARIABLE}" if token else _TOKEN_VARIABLE


def _chain(recorder: Any, case_id: str) -> list[Any]:
    """The responses (each with its request) leading to `case_id` (stateful steps), oldest first."""
    chain: list[Any] = []
    current: str | None = case_id
    while current is not None and len(chain) < 20:
        interaction = recorder.interactions.get(current)
        if interaction is not None and interaction.response is not None:
            chain.append(interaction.response)
        node = recorder.cases.get(current)
        current = node.parent_id if node is not None else None
    return chain[::-1]


def _sent(request: Any) -> SentRequest:
    body = request.body
    content = body.encode() if isinstance(body, str) else bytes(body or b"")
    return SentRequest(str(request.method), str(request.url), tuple(request.headers.items()), content)


def _header_with_value(documented: dict[str, Any], received: dict[str, Any], instance: Any) -> str | None:
    """The documented header whose received value is ``instance`` (as sent, or read as JSON, the
    way schemathesis coerces a header's text to its schema's type)."""
    for name in documented:
        values = received.get(str(name).lower())
        if not values:
            continue
        text = str(values[0])
        if instance == text or (isinstance(instance, (int, float, bool)) and json.dumps(instance) == text):
            return str(name)
    return None


def _header_instance(text: str, schema: Any) -> Any:
    """A header's text as its schema's type reads it (schemathesis' coercion: a number, a boolean,
    null, a comma-separated array; a string or an untyped schema keeps the text)."""
    kinds = schema.get("type") if isinstance(schema, dict) else None
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or ())
    if not kinds or "string" in kinds:
        return text
    if "array" in kinds:
        items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
        return [_header_instance(item, items) for item in text.split(",")]
    if "object" in kinds:
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def _status(recorder: Any, case_id: str) -> int | None:
    interaction = recorder.interactions.get(case_id)
    return interaction.response.status_code if interaction is not None and interaction.response else None


def _named_fields(recorder: Any, case_id: str) -> list[str]:
    """The fields a Django-REST-framework-style 400 names (`{"field": ["message"]}`)."""
    interaction = recorder.interactions.get(case_id)
    try:
        body = json.loads(interaction.response.content) if interaction and interaction.response else None
    except ValueError:
        return []
    return [str(key) for key in body] if isinstance(body, dict) else []


def _sent_fields(recorder: Any, case_id: str) -> list[str]:
    """The fields a 400 names that the request sent (a query, path or header parameter, a body key)."""
    case = recorder.cases[case_id].value
    sent: set[str] = set()
    for part in (case.query, case.path_parameters, case.headers, case.body):
        if isinstance(part, dict):
            sent.update(str(key) for key in part)
    return [field for field in _named_fields(recorder, case_id) if field in sent]


def _excerpt(response: Any) -> str:
    kind = ",".join(response.headers.get("content-type", [])) if hasattr(response, "headers") else ""
    return excerpt_of(response.content or b"", kind)


def excerpt_of(content: bytes, kind: str) -> str:
    """The body, shortened to its first bytes; an HTML page becomes its title and size."""
    text = content.decode("utf-8", errors="replace")
    if "html" in kind or text.lstrip()[:1] == "<":
        title = re.search(r"<title>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
        heading = title.group(1).strip() if title else re.sub(r"<[^>]+>|\s+", " ", text).strip()[:80]
        return f"[HTML page {heading!r}, {len(content)} bytes]"
    if len(content) <= _EXCERPT_BYTES:
        return text
    return content[:_EXCERPT_BYTES].decode("utf-8", errors="ignore") + f" ... ({len(content)} bytes)"


def _redirected(tally: _Tally, status: int, url: str, location: str) -> None:
    if 300 <= status < 400 and url:
        tally.redirected.setdefault(status, (url, location))


def _is_json(content: bytes) -> bool:
    try:
        json.loads(content)
    except ValueError:
        return False
    return True


def _body_text(response: Any) -> str:
    content: bytes = response.content or b""
    return content[:_BODY_BYTES].decode("utf-8", errors="replace")


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""
