"""The scenario's vocabulary, read from scenario.yaml beside this module.

Code asks for a role ("learner emails", "plan") and gets the name the spec uses; nothing of the
reference is spelled in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any

from rstapi.pyyaml import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """operationIds, parameter and field names, service values and settings, each keyed by role."""

    operations: dict[str, str]
    parameters: dict[str, str]
    fields: dict[str, str]
    values: dict[str, Any]
    settings: dict[str, int]

    def behaviour_of(self, operation_id: str | None) -> str | None:
        """The behaviour an operationId stands for, None when the scenario does not know it."""
        for behaviour, known in self.operations.items():
            if known == operation_id:
                return behaviour
        return None

    def strings(self, role: str) -> list[str]:
        value = self.values[role]
        return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def load_vocabulary(text: str | None = None) -> Vocabulary:
    """The vocabulary in `text`, or the packaged scenario.yaml."""
    if text is None:
        text = resources.files(__package__ or __name__).joinpath("scenario.yaml").read_text("utf-8")
    raw = yaml.load(text, Loader=_LOADER)
    if not isinstance(raw, dict):
        raise ValueError("scenario.yaml: not a mapping")
    return Vocabulary(
        operations=_strings(raw.get("operations")),
        parameters=_strings(raw.get("parameters")),
        fields=_strings(raw.get("fields")),
        values=dict(raw.get("values") or {}),
        settings={str(key): int(value) for key, value in (raw.get("settings") or {}).items()},
    )


def _strings(section: Any) -> dict[str, str]:
    return {str(key): str(value) for key, value in (section or {}).items()}
