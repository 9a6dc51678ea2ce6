"""The generator's warnings, and the one file that accepts some of them with a reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs

from rstapi.errors import InputError
from rstapi.pyyaml import yaml
from rstapi.records import Record

__all__ = ["AcceptedWarning", "AllowlistError", "GeneratorWarning", "judge", "load_allowlist"]


class AllowlistError(InputError):
    """The allowlist file cannot be read or has the wrong shape (a usage error)."""


@attrs.frozen(repr=False)
class GeneratorWarning(Record):
    """One warning (or error) openapi-python-client reported; `accepted_because` is set when allowed."""

    level: str
    header: str
    detail: str
    accepted_because: str | None = None

    @property
    def accepted(self) -> bool:
        return self.accepted_because is not None

    def __str__(self) -> str:
        text = f"{self.level.lower()}: {self.header.strip()}"
        return f"{text}: {self.detail.strip()}" if self.detail.strip() else text


@attrs.frozen(repr=False)
class AcceptedWarning(Record):
    """An allowlist entry: warnings whose header or detail contains `match` are accepted for `reason`."""

    match: str
    reason: str

    def covers(self, warning: GeneratorWarning) -> bool:
        return self.match in warning.header or self.match in warning.detail


def load_allowlist(path: Path | None) -> tuple[AcceptedWarning, ...]:
    """The entries of the allowlist file; a missing path means nothing is accepted."""
    if path is None or not path.exists():
        return ()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise AllowlistError(f"{path}: {error}") from error
    entries = data.get("accepted") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise AllowlistError(f"{path}: expected a mapping with an `accepted:` list")
    return tuple(_entry(path, index, entry) for index, entry in enumerate(entries))


def _entry(path: Path, index: int, entry: Any) -> AcceptedWarning:
    match = entry.get("match") if isinstance(entry, dict) else None
    reason = entry.get("reason") if isinstance(entry, dict) else None
    if not (isinstance(match, str) and match and isinstance(reason, str) and reason.strip()):
        raise AllowlistError(f"{path}: accepted[{index}] needs a non-empty `match` and a `reason`")
    return AcceptedWarning(match, reason.strip())


def judge(
    warnings: tuple[GeneratorWarning, ...], allowlist: tuple[AcceptedWarning, ...]
) -> tuple[GeneratorWarning, ...]:
    """The warnings with `accepted_because` filled in where an allowlist entry covers them."""
    return tuple(_judged(warning, allowlist) for warning in warnings)


def _judged(warning: GeneratorWarning, allowlist: tuple[AcceptedWarning, ...]) -> GeneratorWarning:
    for entry in allowlist:
        if entry.covers(warning):
            return attrs.evolve(warning, accepted_because=entry.reason)
    return warning
