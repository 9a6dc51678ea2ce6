"""Changing a spec that may already be served: each dict on the way to a change is copied first.

The live preview serves the emitted spec before validation ends, and validation may then take an
operation or an example out (``openapi/validate.py``'s repairs). The spec served must stay as it
was when it was handed over (a mock reads it lazily, from another thread), so the repairs change a
copy: the top level and the dicts along each changed place, everything else shared.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["Writable", "detached"]


class Writable:
    """``spec`` to change without changing it: ``at`` gives a dict of the copy that may be changed.

    ``spec`` is the copy (the same object until the first ``at``), ``changed`` whether there was one.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.changed = False
        self._own: set[int] = set()  # the dicts this copy made (alive: they are in it)

    def at(self, parts: Sequence[Any]) -> dict[str, Any] | None:
        """The dict at ``parts`` in the copy, it and each dict above it this copy's own; None when
        a step is missing or not a dict (nothing is copied then)."""
        node: Any = self.spec
        for part in parts:
            node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            return None
        if not self.changed:
            self.spec = self._copy(self.spec)
            self.changed = True
        mine: dict[str, Any] = self.spec
        for part in parts:
            child = mine[part]
            if id(child) not in self._own:
                child = mine[part] = self._copy(child)
            mine = child
        return mine

    def _copy(self, node: dict[str, Any]) -> dict[str, Any]:
        copy = dict(node)
        self._own.add(id(copy))
        return copy


def detached(spec: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of ``spec`` (its sharing within kept), for a step that changes it in place."""
    import copy  # only a live preview with an overlay copies
    import pickle

    try:
        copied: dict[str, Any] = pickle.loads(pickle.dumps(spec, pickle.HIGHEST_PROTOCOL))
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        copied = copy.deepcopy(spec)
    return copied
