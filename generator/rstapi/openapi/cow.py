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
        """The dict at ``parts`` in the copy, it and each dict or list above it this copy's own;
        None when a step is missing or not a dict (nothing is copied then). A step into a list is
        its index (``"0"`` or ``0``: a JSON pointer's token)."""
        node: Any = self.spec
        for part in parts:
            node = _child(node, part)
        if not isinstance(node, dict):
            return None
        if not self.changed:
            self.spec = self._copy(self.spec)
            self.changed = True
        mine: Any = self.spec
        for part in parts:
            key = int(part) if isinstance(mine, list) else part
            child = mine[key]
            if id(child) not in self._own:
                child = mine[key] = self._copy(child)
            mine = child
        return mine  # type: ignore[no-any-return]

    def _copy(self, node: Any) -> Any:
        copy = dict(node) if isinstance(node, dict) else list(node)
        self._own.add(id(copy))
        return copy


def _child(node: Any, part: Any) -> Any:
    """``node``'s entry at ``part``: a dict's key, a list's index; None when it has none."""
    if isinstance(node, dict):
        return node.get(part)
    if isinstance(node, list) and str(part).isdigit() and int(part) < len(node):
        return node[int(part)]
    return None


def detached(spec: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of ``spec`` (its sharing within kept), for a step that changes it in place."""
    import copy  # only a live preview with an overlay copies
    import pickle

    try:
        copied: dict[str, Any] = pickle.loads(pickle.dumps(spec, pickle.HIGHEST_PROTOCOL))
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        copied = copy.deepcopy(spec)
    return copied
