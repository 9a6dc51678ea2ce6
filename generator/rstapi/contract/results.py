"""The result model of a contract run: per operation, the checks that passed, failed or were skipped,
the findings (failures, and drift "not in the reference") and the statuses the service answered."""

from __future__ import annotations

from collections import Counter

import attrs

from rstapi.records import Record

__all__ = ["CheckFailure", "ContractReport", "OperationResult", "SentRequest"]

PASSED, FAILED, SKIPPED, NOT_REACHED = "passed", "failed", "skipped", "not reached"
FAILURE, DRIFT = "failure", "drift"  # a contradiction of the reference; something it does not mention


@attrs.frozen(repr=False)
class SentRequest(Record):
    """A request a finding came from, as it went on the wire."""

    method: str
    url: str
    headers: tuple[tuple[str, str], ...]
    body: bytes


@attrs.frozen(repr=False)
class CheckFailure(Record):
    """One distinct finding: which check, what it expected and saw, the RST line of the documented fact
    it contradicts, and how to send the request(s) again."""

    check: str
    title: str
    message: str
    curl: str  # the failing request; `steps` holds the whole chain for a multi-step failure
    status: int | None = None
    response_excerpt: str = ""
    phase: str = ""
    kind: str = FAILURE
    drift_class: str = ""  # e.g. "undocumented status", "undocumented field"
    expected: str = ""
    observed: str = ""
    source: str | None = None  # "rst_sources/.../reference.rst:628"
    # Set when no line documents the case: `source` is then where a writer would add it, and this
    # says what it is ("after the operation's last documented status").
    add_at: str = ""
    overlay: bool = False  # `source` is the overlay's rule, not a line of the reference
    steps: tuple[str, ...] = ()  # curl commands, in order, ending with the failing one
    count: int = 1  # responses that gave this same finding (the reproduction is the shortest of them)
    # How the reproduction was shrunk ("shrunk from 2113 to 96 characters in 9 requests"), or "".
    shrunk: str = ""
    # The failing request as sent (method, URL, headers, body), for shrinking; not in any report.
    request: SentRequest | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def overlay_rule(self) -> str:
        """How the finding names a rule only the overlay states (edit the overlay, not the reference)."""
        return f"(the overlay's rule, {self.source})"


@attrs.frozen(repr=False)
class OperationResult(Record):
    label: str  # "METHOD /path"
    operation_id: str
    cases: int = 0
    passed_checks: tuple[tuple[str, int], ...] = ()  # (check name, passing runs)
    failed_checks: tuple[tuple[str, int], ...] = ()  # (check name, failing runs)
    failures: tuple[CheckFailure, ...] = ()
    errors: tuple[str, ...] = ()
    skip_reasons: tuple[str, ...] = ()  # the whole operation's, or a phase's ("examples: ...")
    statuses: tuple[tuple[int, int], ...] = ()  # (HTTP status the service answered, times)
    drift: tuple[CheckFailure, ...] = ()  # what the reference does not mention (failures only when strict)
    strict_drift: bool = False
    # Why no request succeeded (every response 401, 403, 404 ...); "" when a 2xx came (see reach.py).
    not_reached: str = ""

    @property
    def status(self) -> str:
        if self.not_reached:
            return NOT_REACHED
        if self.failed_checks or self.errors or (self.strict_drift and self.drift):
            return FAILED
        return PASSED if self.cases else SKIPPED

    @property
    def failed_check_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.failed_checks)

    @property
    def findings(self) -> tuple[CheckFailure, ...]:
        return self.failures + self.drift


@attrs.frozen(repr=False)
class ContractReport(Record):
    base_url: str
    seed: int
    max_examples: int
    operations: tuple[OperationResult, ...]
    elapsed: float = 0.0
    errors: tuple[str, ...] = ()  # problems not tied to one operation
    left_out: tuple[str, ...] = ()  # operations --include did not name (mentioned once, not as cases)
    notes: tuple[str, ...] = ()  # what the run did that the reader should know, failing nothing

    @property
    def ok(self) -> bool:
        """True when at least one operation passed, every tested operation was reached, no check
        failed and nothing went wrong: a run that tested nothing is never green."""
        return (
            not self.errors
            and not self.untested
            and all(op.status not in (FAILED, NOT_REACHED) for op in self.operations)
        )

    @property
    def untested(self) -> str:
        """ "" when some operation passed or failed; else why the run tested nothing, in one line
        ("nothing was tested: 1 operation skipped because POST may change data ...")."""
        if any(op.status in (PASSED, FAILED) for op in self.operations):
            return ""
        skipped = [op for op in self.operations if op.status == SKIPPED]
        if not skipped:
            return "" if self.operations else "nothing was tested: no operation was selected"
        reasons = list(
            dict.fromkeys(reason for op in skipped for reason in op.skip_reasons or ("no case ran",))
        )
        count = f"{len(skipped)} operation{'s' if len(skipped) != 1 else ''}"
        return f"nothing was tested: {count} skipped because {'; '.join(reasons)}"

    @property
    def unreached(self) -> tuple[OperationResult, ...]:
        """Operations the run sent requests to but never reached (no 2xx): it tested nothing there."""
        return tuple(op for op in self.operations if op.status == NOT_REACHED)

    @property
    def cases(self) -> int:
        return sum(op.cases for op in self.operations)

    @property
    def counts(self) -> Counter[str]:
        return Counter(op.status for op in self.operations)

    @property
    def failed_check_names(self) -> frozenset[str]:
        return frozenset(name for op in self.operations for name in op.failed_check_names)

    @property
    def drift_classes(self) -> frozenset[str]:
        """Every class of finding the run reported ("undocumented status", "undocumented field" ...)."""
        return frozenset(f.drift_class for op in self.operations for f in op.findings)

    def operation(self, name: str) -> OperationResult:
        """The result for an operationId or a "METHOD /path" label."""
        for result in self.operations:
            if name in (result.operation_id, result.label):
                return result
        raise KeyError(name)
