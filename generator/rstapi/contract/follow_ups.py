"""The documented phase's stateful part: the follow-ups the spec's links describe, on an item in its
documented state and in each state the reference says the follow-up is refused in.

- For each link of a producer's success response to a follow-up (allocate -> remind), the
  producer's documented request (each e-mail in it made a fresh reserved address, so no seeded item
  is touched), then the follow-up the link builds: expected, a documented success.
- For each rule of the follow-up's ``x-rstapi-refused-when`` (rst/states.py) whose state-setting
  operation the same producer response links to: a fresh producer call, the setter, then the
  follow-up: expected, the rule's refusal status (a 4xx when it names none). A 2xx is "an action on
  an item in a state the reference refuses", at the rule's line; from the static rstapi mock
  (its Server header), which keeps no state, it is not judged, the reason among the skipped cases.

Only operations the run selects take part (so writes only where the plan allows them: loopback or
--allow-writes); each chain is two or three requests, per link and per rule.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from typing import Any

import attrs

from rstapi.contract.auth import request_headers
from rstapi.contract.collect import DRIFT_CLASSES, Collector, excerpt_of
from rstapi.contract.documented import PHASE, STATIC_MOCK_SERVER, Answer, send, sent_curl
from rstapi.contract.results import FAILURE, CheckFailure
from rstapi.contract.settings import ContractSettings
from rstapi.contract.variants import Request, documented_request
from rstapi.naming import pointer_parts, pointer_token
from rstapi.openapi.emit import REFUSED_WHEN
from rstapi.records import Record

__all__ = ["run_follow_ups"]

_METHODS = ("get", "put", "post", "delete", "patch")
_PARAM = re.compile(r"\{([^}]+)\}")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MISSING = object()  # a runtime expression with no value in the exchange
# why a refused state's 2xx from the static rstapi mock (its Server header) is not judged
_STATELESS = "the static rstapi mock keeps no state: every call gets its example"


@attrs.frozen(repr=False)
class _Link(Record):
    name: str
    producer: str  # served "METHOD /path"
    status: str  # the response the link is on ("202")
    target: str  # served label of the operation it leads to
    link: dict[str, Any]


@attrs.frozen(repr=False)
class _Step(Record):
    label: str  # served
    request: Request
    answer: Answer


def run_follow_ups(
    served: dict[str, Any],
    labels: dict[str, str],
    include: list[str],
    settings: ContractSettings,
    authorization: str | None,
    app: Any,
    collector: Collector,
) -> None:
    """Send each link's chain and each refused-state chain of the selected operations; feed the collector."""
    headers = request_headers(settings, authorization)
    chains = _Chains(served, labels, settings, headers, app, collector)
    for group in _link_groups(served, set(include)):
        for link in group:
            chains.documented_state(link)
            for index, rule in enumerate(chains.rules(link.target)):
                setter = next((other for other in group if other.target == chains.label_of(rule)), None)
                chains.refused_state(link, setter, index, rule)


class _Chains:
    def __init__(
        self,
        served: dict[str, Any],
        labels: dict[str, str],
        settings: ContractSettings,
        headers: dict[str, str],
        app: Any,
        collector: Collector,
    ) -> None:
        self._served = served
        self._labels = labels
        self._settings = settings
        self._headers = headers
        self._app = app
        self._collector = collector
        self._ids = _operation_ids(served)
        self._count = 0

    def label_of(self, rule: dict[str, Any]) -> str:
        return self._ids.get(str(rule.get("operationId")), "")

    def rules(self, target: str) -> list[dict[str, Any]]:
        rules = _operation(self._served, target).get(REFUSED_WHEN)
        return [rule for rule in rules or () if isinstance(rule, dict)]

    def documented_state(self, link: _Link) -> None:
        """Producer -> follow-up on the fresh item: a documented success."""
        steps = self._chain([link])
        if steps is None:
            return
        last = steps[-1]
        what = (
            f"{self._name(link.target)} on the item {self._name(link.producer)} just made (link {link.name})"
        )
        status = last.answer.status
        finding = None
        if status >= 500:
            finding = self._finding(steps, "not_a_server_error", "no 5xx", what, self._link_pointer(link))
        elif 400 <= status < 500 and status != 401:
            finding = self._finding(
                steps, "follow_up", f"a documented success for {what}", what, self._link_pointer(link)
            )
        self._record(last, finding, "follow_up")

    def refused_state(self, link: _Link, setter: _Link | None, index: int, rule: dict[str, Any]) -> None:
        """Producer -> the call that sets the rule's state -> follow-up: the rule's refusal."""
        own = self._own(link.target)
        if setter is None:
            why = f"{rule.get('operationId')} (which leaves the item {rule.get('state')}) is not linked from {self._name(link.producer)}"
            self._collector.skip(own, f"{PHASE}: the refused-state rule is not tested: {why}")
            return
        steps = self._chain([setter, link])
        if steps is None:
            return
        self._judge_refusal(steps, link, setter, index, rule)

    def _judge_refusal(
        self, steps: list[_Step], link: _Link, setter: _Link, index: int, rule: dict[str, Any]
    ) -> None:
        last, status = steps[-1], steps[-1].answer.status
        refusal = str(rule.get("status") or "")
        what = f"{self._name(link.target)} on an item {self._name(setter.target)} left {rule.get('state')!r}"
        pointer = (
            f"{self._collector.reference.operation_pointer(self._own(link.target))}/{REFUSED_WHEN}/{index}"
        )
        expected = f"{refusal or 'a 4xx'} for {what}, which the reference refuses"
        if 200 <= status < 300 and last.answer.server == STATIC_MOCK_SERVER:
            self._collector.skip(self._own(link.target), f"{PHASE}: {what} not judged: {_STATELESS}")
            return
        finding = None
        if status >= 500:
            finding = self._finding(steps, "not_a_server_error", "no 5xx", what, pointer)
        elif 200 <= status < 300:
            finding = self._finding(steps, "refused_state", expected, what, pointer, rule)
        elif refusal and str(status) != refusal and status != 401:
            finding = self._finding(steps, "documented_case", expected, what, pointer, rule)
        self._record(last, finding, "refused_state")

    def _chain(self, links: list[_Link]) -> list[_Step] | None:
        """The producer's fresh call, then each link's operation in turn; None (recorded) when a
        step before the last does not succeed or a link finds no value."""
        self._count += 1
        producer = links[0].producer
        start = self._request(producer, {}, None)
        if start is None:
            return None
        start = attrs.evolve(start, body=_fresh(start.body, f"{self._settings.seed}:{self._count}"))
        steps = [self._send(producer, start)]
        for link in links:
            stopped = _stopped(steps, link)
            request = self._follow(link, steps[0]) if not stopped else None
            if request is None:
                why = stopped or f"the link gave no value from {self._name(producer)}'s answer"
                self._collector.skip(
                    self._own(links[-1].target), f"{PHASE}: link {link.name} not followed: {why}"
                )
                self._record_all(steps)
                return None
            steps.append(self._send(link.target, request))
        self._record_all(steps[:-1])
        return steps

    def _follow(self, link: _Link, first: _Step) -> Request | None:
        """The request the link builds from the producer's exchange."""
        parameters = _parameters(link.link, _template(link.target), first, _template(first.label))
        if parameters is None:
            return None
        request = self._request(link.target, *parameters)
        if request is None:
            return None
        if "requestBody" in link.link:
            body = _evaluate(link.link["requestBody"], first, _template(first.label))
            if body is _MISSING:
                return None
            request = attrs.evolve(request, body=body)
        return request

    def _request(self, label: str, path: dict[str, str], query: dict[str, str] | None) -> Request | None:
        method, _, template = label.partition(" ")
        fixed = dict(self._settings.path_params)
        request = documented_request(self._served, template, method.lower(), fixed, path)
        if request is None or not query:
            return request
        merged = dict(request.query) | query
        return attrs.evolve(request, query=tuple(merged.items()))

    def _send(self, label: str, request: Request) -> _Step:
        return _Step(label, request, send(self._settings, self._headers, [request], self._app)[0])

    def _record(self, step: _Step, finding: CheckFailure | None, check: str = "documented_phase") -> None:
        answer = step.answer
        if answer.status == 0:
            self._collector.error(self._own(step.label), f"{PHASE}: {answer.content.decode()}")
            return
        curl = sent_curl(step.request.method, answer)
        self._collector.record(
            self._own(step.label),
            answer.status,
            answer.content,
            finding,
            check,
            curl,
            retry_after=answer.retry_after,
            content_type=answer.content_type,
            received=answer.received,
        )

    def _record_all(self, steps: list[_Step]) -> None:
        for step in steps:
            self._record(step, None)

    def _own(self, label: str) -> str:
        return self._labels.get(label, label)

    def _name(self, label: str) -> str:
        return str(_operation(self._served, label).get("operationId") or self._own(label))

    def _link_pointer(self, link: _Link) -> str:
        operation = self._collector.reference.operation_pointer(self._own(link.producer))
        return f"{operation}/responses/{pointer_token(link.status)}/links/{pointer_token(link.name)}"

    def _finding(
        self,
        steps: list[_Step],
        check: str,
        expected: str,
        what: str,
        pointer: str,
        rule: dict[str, Any] | None = None,
    ) -> CheckFailure:
        last = steps[-1]
        reference = self._collector.reference
        source = reference.source(pointer)
        observed = f"status {last.answer.status}"
        message = f"{observed} for {what}"
        if rule is not None:
            said = repr(str(rule.get("rule", ""))) + (f" ({source})" if source else "")
            message = f"{last.answer.status} where the reference refuses {what}: {said}"
        curls = tuple(sent_curl(step.request.method, step.answer) for step in steps)
        return CheckFailure(
            check=check,
            title=DRIFT_CLASSES[check],
            message=message,
            curl=curls[-1],
            status=last.answer.status,
            response_excerpt=excerpt_of(last.answer.content, last.answer.content_type),
            phase=PHASE,
            kind=FAILURE,
            drift_class=DRIFT_CLASSES[check],
            expected=expected,
            observed=observed,
            source=source,
            overlay=reference.overlays(source),
            steps=curls,
        )


def _link_groups(served: dict[str, Any], chosen: set[str]) -> Iterator[list[_Link]]:
    """The links of each selected producer's success response that lead to selected operations."""
    ids = _operation_ids(served)
    for producer in sorted(chosen):
        responses = _operation(served, producer).get("responses") or {}
        for status, response in responses.items():
            if not str(status).startswith("2") or not isinstance(response, dict):
                continue
            group = [
                _Link(str(name), producer, str(status), ids[str(link.get("operationId"))], link)
                for name, link in (response.get("links") or {}).items()
                if isinstance(link, dict) and ids.get(str(link.get("operationId"))) in chosen
            ]
            if group:
                yield group


def _operation_ids(served: dict[str, Any]) -> dict[str, str]:
    found = {}
    for path, item in (served.get("paths") or {}).items():
        for method in _METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict) and operation.get("operationId"):
                found[str(operation["operationId"])] = f"{method.upper()} {path}"
    return found


def _operation(served: dict[str, Any], label: str) -> dict[str, Any]:
    method, _, path = label.partition(" ")
    item = (served.get("paths") or {}).get(path) or {}
    operation = item.get(method.lower()) if isinstance(item, dict) else None
    return operation if isinstance(operation, dict) else {}


def _template(label: str) -> str:
    return label.partition(" ")[2]


def _stopped(steps: list[_Step], link: _Link) -> str:
    """Why the chain cannot go on to ``link`` ("" when it can): the producer did not answer the
    status the link is on, or a call after it did not succeed."""
    first = steps[0].answer.status
    if not (str(first) == link.status or (link.status.endswith("XX") and str(first)[0] == link.status[0])):
        return f"the producer's documented request got {first}, the link is on {link.status}"
    failed = [step for step in steps[1:] if not 200 <= step.answer.status < 300]
    return (
        f"{failed[0].request.method} {failed[0].request.path} got {failed[0].answer.status}" if failed else ""
    )


def _parameters(
    link: dict[str, Any], target: str, first: _Step, template: str
) -> tuple[dict[str, str], dict[str, str]] | None:
    """The link's path and query parameters, evaluated (a bare name: the path's if the target's
    path has it, else the query's); None when one has no value in the exchange."""
    in_path = set(_PARAM.findall(target))
    found: dict[str, dict[str, str]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
    for written, expression in (link.get("parameters") or {}).items():
        where, _, name = str(written).rpartition(".")
        value = _evaluate(expression, first, template)
        if value is _MISSING or isinstance(value, (dict, list)):
            return None
        found.get(where or ("path" if name in in_path else "query"), found["query"])[name] = _text(value)
    return found["path"], found["query"]


def _evaluate(expression: Any, step: _Step, template: str) -> Any:
    """A link value: a runtime expression ($request.path.x, $request.body#/p, $response.body#/p ...)
    against the producer's exchange, a structure of them, or a literal."""
    if isinstance(expression, dict):
        found = {key: _evaluate(value, step, template) for key, value in expression.items()}
        return _MISSING if _MISSING in found.values() else found
    if isinstance(expression, list):
        items = [_evaluate(value, step, template) for value in expression]
        return _MISSING if _MISSING in items else items
    if not isinstance(expression, str) or not expression.startswith("$"):
        return expression
    source, _, pointer = expression.partition("#")
    if source == "$request.body":
        return _pointed(step.request.body, pointer)
    if source == "$response.body":
        return _pointed(_json(step.answer.content), pointer)
    kind, _, name = source.removeprefix("$request.").partition(".")
    if kind == "path":
        return _path_values(template, step.request.path).get(name, _MISSING)
    if kind == "query":
        return dict(step.request.query).get(name, _MISSING)
    return _MISSING


def _pointed(document: Any, pointer: str) -> Any:
    node = document
    for token in pointer_parts(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return _MISSING
    return node


def _json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return _MISSING


def _path_values(template: str, path: str) -> dict[str, str]:
    names = _PARAM.findall(template)
    pattern = "^" + _PARAM.sub("([^/]+)", re.escape(template).replace(r"\{", "{").replace(r"\}", "}")) + "$"
    match = re.match(pattern, path)
    return dict(zip(names, match.groups(), strict=True)) if match else {}


def _fresh(body: Any, salt: str) -> Any:
    """The body with each e-mail (alone or in a list) a fresh reserved address (RFC 2606)."""
    if isinstance(body, dict):
        return {key: _fresh(value, f"{salt}:{key}") for key, value in body.items()}
    if isinstance(body, list):
        return [_fresh(value, f"{salt}:{index}") for index, value in enumerate(body)]
    if isinstance(body, str) and _EMAIL.match(body):
        return f"rstapi-state-{uuid.uuid5(uuid.NAMESPACE_URL, salt).hex[:10]}@example.com"
    return body


def _text(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)
