"""The lint baseline: findings the project already knows about, keyed by content, not line numbers.

``rstapi lint --baseline FILE`` resolves every finding the file records, so CI fails only on new
ones; ``--update-baseline`` rewrites the file from the current findings. An entry is the finding's
code, file, anchor (see :mod:`rstapi.lint.anchors`) and message with line numbers blanked, so an
edit that moves a finding keeps it baselined, and an edit that changes what it says does not.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from rstapi.diagnostics import Diagnostic, ReadError
from rstapi.errors import InputError
from rstapi.inputs import DEFAULT_MAX_BYTES, read_bounded
from rstapi.lint.anchors import Anchor, AnchorIndex

__all__ = ["BASELINE_VERSION", "Baseline", "BaselineError", "Key", "dump_baseline", "load_baseline"]

BASELINE_VERSION = 1
_LINE_NUMBER = re.compile(r"\b(lines?) \d+|(\.rst):\d+")

Key = tuple[str, str, str, str]  # code, file, anchor, message without line numbers


class BaselineError(InputError):
    """The baseline file cannot be read or is not a baseline (exit 2)."""


def _without_lines(message: str) -> str:
    return _LINE_NUMBER.sub(lambda m: f"{m[1]} N" if m[1] else f"{m[2]}:N", message)


class Baseline(NamedTuple):
    entries: tuple[tuple[Key, int], ...] = ()

    @staticmethod
    def key(diagnostic: Diagnostic, anchor: Anchor) -> Key:
        path = diagnostic.location.path if diagnostic.location else ""
        return (diagnostic.code, path, str(anchor), _without_lines(diagnostic.message))

    def counts(self) -> dict[Key, int]:
        return dict(self.entries)


def load_baseline(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Baseline:
    """The baseline file: a regular file of at most ``max_bytes`` (BaselineError otherwise)."""
    try:
        document = json.loads(read_bounded(path, str(path), max_bytes, "a baseline", "the baseline"))
    except ReadError as error:
        raise BaselineError(f"cannot read the baseline: {error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise BaselineError(f"{path}: not a baseline file ({error!r:.200})") from None
    if not isinstance(document, dict) or document.get("version") != BASELINE_VERSION:
        raise BaselineError(f"{path}: not a version {BASELINE_VERSION} rstapi baseline")
    try:
        return Baseline(tuple(_entry(item) for item in document.get("findings", ())))
    except (KeyError, TypeError, ValueError) as error:
        raise BaselineError(f"{path}: malformed baseline entry ({error!r})") from None


def _entry(item: dict[str, object]) -> tuple[Key, int]:
    key = (str(item["code"]), str(item["file"] or ""), str(item["anchor"]), str(item["message"]))
    return key, int(str(item.get("count", 1)))


def dump_baseline(diagnostics: Sequence[Diagnostic], index: AnchorIndex) -> str:
    """The baseline of every unresolved finding, sorted, as the JSON text to commit."""
    counts = Counter(Baseline.key(d, index.anchor(d)) for d in diagnostics if not d.resolved)
    findings = [
        {"code": code, "file": path or None, "anchor": anchor, "message": message, "count": counts[key]}
        for key in sorted(counts)
        for code, path, anchor, message in [key]
    ]
    document = {"version": BASELINE_VERSION, "findings": findings}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
