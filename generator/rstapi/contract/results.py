"""The result model of a contract run: per operation, the checks that passed, failed or were skipped."""

from __future__ import annotations

from collections import Counter

import attrs

__all__ = ["CheckFailure", "ContractReport", "OperationResult"]

PASSED, FAILED, SKIPPED = "passed", "failed", "skipped"


@attrs.frozen
class CheckFailure:
    """One distinct failure: which check, what it saw, and how to send the request again."""

    check: str
    title: str
    message: str
    curl: str
    status: int | None = None
    response_excerpt: str = ""
    phase: str = ""


@attrs.frozen
class OperationResult:
    label: str  # "METHOD /path"
    operation_id: str
    cases: int = 0
    passed_checks: tuple[tuple[str, int], ...] = ()  # (check name, passing runs)
    failed_checks: tuple[tuple[str, int], ...] = ()  # (check name, failing runs)
    failures: tuple[CheckFailure, ...] = ()
    errors: tuple[str, ...] = ()
    skip_reasons: tuple[str, ...] = ()  # the whole operation's, or a phase's ("examples: ...")

    @property
    def status(self) -> str:
        if self.failed_checks or self.errors:
            return FAILED
        return PASSED if self.cases else SKIPPED

    @property
    def failed_check_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.failed_checks)


@attrs.frozen
class ContractReport:
    base_url: str
    seed: int
    max_examples: int
    operations: tuple[OperationResult, ...]
    elapsed: float = 0.0
    errors: tuple[str, ...] = ()  # problems not tied to one operation

    @property
    def ok(self) -> bool:
        """True when no check failed and nothing went wrong."""
        return not self.errors and all(op.status != FAILED for op in self.operations)

    @property
    def cases(self) -> int:
        return sum(op.cases for op in self.operations)

    @property
    def counts(self) -> Counter[str]:
        return Counter(op.status for op in self.operations)

    @property
    def failed_check_names(self) -> frozenset[str]:
        return frozenset(name for op in self.operations for name in op.failed_check_names)

    def operation(self, name: str) -> OperationResult:
        """The result for an operationId or a "METHOD /path" label."""
        for result in self.operations:
            if name in (result.operation_id, result.label):
                return result
        raise KeyError(name)
