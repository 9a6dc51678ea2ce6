"""The items `--path-param` names that the run itself deleted, and the 404s that came after.

A DELETE sent with the fixed value of the parameter its path ends with (`DELETE /books/{book_id}/`
with `book_id=1`) and answered 2xx deletes the item the other operations' valid requests name: each
later request with that value gets 404. An operation all of whose answers were such 404s was not
reached because of the run, not because the user gave no `--path-param`; one reached before (the
documented phase sends its DELETE operations last) had its later phases test only the unknown-item
case. Both are said, naming the DELETE, the value and the phase. A reset between phases
(`--reset-command`) restores the item, and the tracking starts again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

import attrs

from rstapi.records import Record

__all__ = ["Deletions"]

_PARAMETER = re.compile(r"\{([^{}/]+)\}")


@attrs.frozen(repr=False)
class _Deletion(Record):
    label: str  # the DELETE operation
    name: str
    value: str
    status: int
    phase: str

    def said(self) -> str:
        return f"{self.label} answered {self.status} to {self.name}={self.value} ({self.phase} phase)"


class Deletions:
    """Feed it every answer to an operation's own method (`observe`), in the order they came."""

    def __init__(self, fixed: Mapping[str, str]) -> None:
        self._fixed = dict(fixed)
        self._deleted: dict[str, _Deletion] = {}  # parameter name -> the deletion of its fixed item
        self._gone: dict[str, Counter[_Deletion]] = {}  # operation -> its 404s after each deletion

    def observe(self, label: str, status: int, values: Mapping[str, str], phase: str) -> None:
        """One answer to `label` sent with the path `values`."""
        if status == 404:
            for name, value in values.items():
                deletion = self._deleted.get(name)
                if deletion is not None and deletion.value == str(value):
                    self._gone.setdefault(label, Counter())[deletion] += 1
        method, _, path = label.partition(" ")
        named = _PARAMETER.findall(path.rstrip("/").rpartition("/")[2])
        if method.upper() != "DELETE" or not 200 <= status < 300 or len(named) != 1:
            return
        name = named[0]
        value = str(values.get(name, ""))
        if name not in self._deleted and value and self._fixed.get(name) == value:
            self._deleted[name] = _Deletion(label, name, value, status, phase)

    def restored(self) -> None:
        """The service was reset: the deleted items are back."""
        self._deleted.clear()

    def reason(self, label: str) -> str:
        """Why `label`'s 404s came, when the run deleted the item they name (else "")."""
        gone = self._gone.get(label)
        if not gone:
            return ""
        deletion = min(gone, key=lambda found: (found.label, found.name))
        return (
            f"the run itself deleted {deletion.name}={deletion.value} before these requests: "
            f"{deletion.said()}; test that DELETE in a run of its own (--exclude it here), or give "
            "--reset-command to restore the item before each phase"
        )

    def notes(self, reached: set[str]) -> tuple[str, ...]:
        """One note per deletion that later requests of reached operations met: their phases after
        it tested only the unknown-item case."""
        met: dict[_Deletion, Counter[str]] = {}
        for label, counts in self._gone.items():
            if label in reached:
                for deletion, count in counts.items():
                    met.setdefault(deletion, Counter())[label] += count
        notes = []
        for deletion, labels in sorted(met.items(), key=lambda item: (item[0].label, item[0].name)):
            count = sum(labels.values())
            notes.append(
                f"{deletion.said()}: {count} later request{'s' if count != 1 else ''} with "
                f"{deletion.name}={deletion.value} got 404 ({', '.join(sorted(labels))}), testing only "
                "the unknown-item case there; give --reset-command to restore the item before each phase"
            )
        return tuple(notes)
