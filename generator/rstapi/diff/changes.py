"""One API change between two specs, and the table of change kinds (breaking or not)."""

from __future__ import annotations

import enum

import attrs

from rstapi.records import Record

__all__ = ["KINDS", "Change", "Kind", "Severity"]


class Severity(enum.StrEnum):
    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"
    METADATA = "metadata"


@attrs.frozen(repr=False)
class Kind(Record):
    severity: Severity
    title: str  # what the change is, said to a client developer


# kind id -> what it means for a client that works today. The one place that decides "breaking".
KINDS: dict[str, Kind] = {
    "operation-added": Kind(Severity.NON_BREAKING, "operation added"),
    "operation-removed": Kind(Severity.BREAKING, "operation removed"),
    "path-renamed": Kind(Severity.BREAKING, "path changed (version segment)"),
    "path-parameter-renamed": Kind(Severity.NON_BREAKING, "path parameter renamed (same URL)"),
    "method-changed": Kind(Severity.BREAKING, "method changed"),
    "parameter-added": Kind(Severity.NON_BREAKING, "optional parameter added"),
    "required-parameter-added": Kind(Severity.BREAKING, "required parameter added"),
    "parameter-removed": Kind(Severity.BREAKING, "parameter removed"),
    "parameter-moved": Kind(Severity.BREAKING, "parameter moved"),
    "parameter-now-required": Kind(Severity.BREAKING, "parameter now required"),
    "parameter-now-optional": Kind(Severity.NON_BREAKING, "parameter now optional"),
    "parameter-type-changed": Kind(Severity.BREAKING, "parameter type changed"),
    "request-body-added": Kind(Severity.BREAKING, "request body now required"),
    "request-body-removed": Kind(Severity.NON_BREAKING, "request body removed"),
    "request-field-added": Kind(Severity.NON_BREAKING, "optional request field added"),
    "required-request-field-added": Kind(Severity.BREAKING, "required request field added"),
    "request-field-removed": Kind(Severity.BREAKING, "request field removed"),
    "request-field-now-required": Kind(Severity.BREAKING, "request field now required"),
    "request-field-now-optional": Kind(Severity.NON_BREAKING, "request field now optional"),
    "request-type-changed": Kind(Severity.BREAKING, "request field type changed"),
    "request-enum-value-added": Kind(Severity.NON_BREAKING, "request enum value added"),
    "request-enum-value-removed": Kind(Severity.BREAKING, "request enum value removed"),
    "request-now-nullable": Kind(Severity.NON_BREAKING, "request field now accepts null"),
    "request-no-longer-nullable": Kind(Severity.BREAKING, "request field no longer accepts null"),
    "request-values-narrowed": Kind(Severity.BREAKING, "request value bound narrowed"),
    "request-values-widened": Kind(Severity.NON_BREAKING, "request value bound widened"),
    "response-values-narrowed": Kind(Severity.NON_BREAKING, "response value bound narrowed"),
    "response-values-widened": Kind(Severity.BREAKING, "response value bound widened"),
    "response-field-added": Kind(Severity.NON_BREAKING, "response field added"),
    "response-field-removed": Kind(Severity.BREAKING, "response field removed"),
    "response-type-changed": Kind(Severity.BREAKING, "response field type changed"),
    "response-now-nullable": Kind(Severity.BREAKING, "response field now nullable"),
    "response-no-longer-nullable": Kind(Severity.NON_BREAKING, "response field no longer nullable"),
    "response-enum-value-added": Kind(Severity.BREAKING, "response enum value added"),
    "response-enum-value-removed": Kind(Severity.NON_BREAKING, "response enum value removed"),
    "status-added": Kind(Severity.NON_BREAKING, "status code added"),
    "status-removed": Kind(Severity.BREAKING, "status code removed"),
    "security-changed": Kind(Severity.BREAKING, "security changed"),
    "security-relaxed": Kind(Severity.NON_BREAKING, "security relaxed"),
    "description-changed": Kind(Severity.METADATA, "description changed"),
    "example-changed": Kind(Severity.METADATA, "example changed"),
    "source-moved": Kind(Severity.METADATA, "documented elsewhere in the RST"),
}


@attrs.frozen(repr=False)
class Change(Record):
    kind: str  # a key of KINDS
    operation: str  # "GET /gizmo/v1/gadgets", or "" for the whole API
    subject: str  # what changed, e.g. "query parameter `colour`"
    detail: str = ""  # e.g. "integer -> string"
    old_source: str | None = None  # "file:line" on the old side, where the thing was documented
    new_source: str | None = None
    old_pointer: str | None = None
    new_pointer: str | None = None

    @property
    def severity(self) -> Severity:
        return KINDS[self.kind].severity

    @property
    def breaking(self) -> bool:
        return self.severity is Severity.BREAKING

    @property
    def title(self) -> str:
        return KINDS[self.kind].title

    @property
    def source(self) -> str | None:
        """Where to look: the new side where the thing exists there, else the old side."""
        return self.new_source or self.old_source

    def message(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{where}{self.title}: {self.subject}{detail}"

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "severity": str(self.severity),
            "breaking": self.breaking,
            "operation": self.operation,
            "subject": self.subject,
            "detail": self.detail,
            "message": self.message(),
            "old": {"source": self.old_source, "pointer": self.old_pointer},
            "new": {"source": self.new_source, "pointer": self.new_pointer},
        }
