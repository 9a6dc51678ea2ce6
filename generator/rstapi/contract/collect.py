"""Fold schemathesis' engine events into the result model (the only module that reads them)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs
from schemathesis.engine import Status, events

from rstapi.contract.plan import Plan
from rstapi.contract.results import CheckFailure, OperationResult

__all__ = ["Collector"]

_MAX_FAILURES_PER_OPERATION = 10
_EXCERPT_CHARS = 400


@attrs.define
class _Tally:
    cases: int = 0
    passed: Counter[str] = attrs.Factory(Counter)
    failed: Counter[str] = attrs.Factory(Counter)
    failures: dict[tuple[str, str, str], CheckFailure] = attrs.Factory(dict)
    errors: list[str] = attrs.Factory(list)
    skip_reasons: list[str] = attrs.Factory(list)


class Collector:
    """Feed it every event of a run; `results()` gives one OperationResult per planned operation."""

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        self._tallies = {op.label: _Tally() for op in plan.selected}
        self.errors: list[str] = []
        self.elapsed = 0.0

    def feed(self, event: events.EngineEvent) -> None:
        if isinstance(event, events.ScenarioFinished):
            self._scenario(event)
        elif isinstance(event, events.NonFatalError):
            self._error(event.label, f"{event.info.title}: {event.value}")
        elif isinstance(event, events.FatalError):
            self.errors.append(f"{type(event.exception).__name__}: {event.exception}")
        elif isinstance(event, events.EngineFinished):
            self.elapsed = event.running_time

    def results(self) -> tuple[OperationResult, ...]:
        return tuple(self._result(op.label, op.operation_id, op.skip_reason) for op in self._plan.operations)

    def _result(self, label: str, operation_id: str, skip_reason: str | None) -> OperationResult:
        tally = self._tallies.get(label, _Tally())
        return OperationResult(
            label=label,
            operation_id=operation_id,
            cases=tally.cases,
            passed_checks=tuple(sorted(tally.passed.items())),
            failed_checks=tuple(sorted(tally.failed.items())),
            failures=tuple(tally.failures.values()),
            errors=tuple(tally.errors),
            skip_reasons=(skip_reason,) if skip_reason else tuple(dict.fromkeys(tally.skip_reasons)),
        )

    def _error(self, label: str, message: str) -> None:
        tally = self._tallies.get(label)
        (tally.errors if tally is not None else self.errors).append(message)

    def _scenario(self, event: events.ScenarioFinished) -> None:
        recorder, phase = event.recorder, str(event.phase.value)
        if event.status == Status.SKIP and event.skip_reason and recorder.label in self._tallies:
            self._tallies[recorder.label].skip_reasons.append(f"{phase}: {event.skip_reason}")
        for case_id, node in recorder.cases.items():
            tally = self._tallies.get(node.value.operation.label)
            if tally is None:
                continue
            tally.cases += 1
            for check in recorder.checks.get(case_id, ()):
                self._check(tally, check, recorder, case_id, phase)

    def _check(self, tally: _Tally, check: Any, recorder: Any, case_id: str, phase: str) -> None:
        if check.status == Status.SUCCESS:
            tally.passed[check.name] += 1
            return
        tally.failed[check.name] += 1
        info = check.failure_info
        if info is None or len(tally.failures) >= _MAX_FAILURES_PER_OPERATION:
            return
        failure = info.failure
        key = (check.name, str(failure.title), _first_line(str(failure.message)))
        if key not in tally.failures:
            tally.failures[key] = _failure(check.name, failure, info.code_sample, recorder, case_id, phase)


def _failure(name: str, failure: Any, curl: str, recorder: Any, case_id: str, phase: str) -> CheckFailure:
    interaction = recorder.interactions.get(case_id)
    response = interaction.response if interaction is not None else None
    return CheckFailure(
        check=name,
        title=str(failure.title),
        message=str(failure.message).strip(),
        curl=curl,
        status=response.status_code if response is not None else None,
        response_excerpt=_excerpt(response.content) if response is not None else "",
        phase=phase,
    )


def _excerpt(content: bytes | None) -> str:
    text = (content or b"").decode("utf-8", errors="replace")
    return text if len(text) <= _EXCERPT_CHARS else text[:_EXCERPT_CHARS] + " ..."


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""
