"""What emitting each model object gave, kept from one build of a live preview to the next.

The model is frozen: an ``Operation`` or ``ObjectSchema`` that is the very object a previous build
emitted (a file whose reading and extraction are kept, ``rstapi.rst.kept``) emits the same dict
again; an example walked against the very schemas it reaches gives the same findings
(``conformance.checked_examples``), a schema given the same item types the same schema; the
states and descriptions an operation or schema lists are read once (``rst/states.py``). A live preview keeps one ``EmitMemo`` for the session, so a save re-emits only what the
saved file changed. The dicts it hands out are shared by the specs of successive builds: nothing
changes an emitted spec in place (validation's repairs copy what they change, ``openapi/cow.py``;
an overlay is applied to a copy, ``openapi.cow.detached``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Protocol, TypeVar

__all__ = ["EmitMemo", "Keep", "keep"]

T = TypeVar("T")


class EmitMemo:
    """Results by the identity of the objects they were made from (and a hashable ``extra``).

    Each ``start`` begins a build (``pipeline.build`` calls it): what the previous build did not ask for is forgotten then, so
    the memo holds one build's worth. An entry holds its objects, so their ids are not reused
    while the entry lives.
    """

    def __init__(self) -> None:
        self._then: dict[Hashable, tuple[tuple[object, ...], Any]] = {}
        self._now: dict[Hashable, tuple[tuple[object, ...], Any]] = {}
        self.made = 0  # results made rather than found, for tests and benchmarks

    def start(self) -> None:
        """A new build: what the last one asked for is kept, the rest forgotten."""
        if self._now:
            self._then, self._now = self._now, {}

    def get_all(self, sources: tuple[object, ...], extra: Hashable, make: Callable[[], T]) -> T:
        """``make()``, or what it gave for these very ``sources`` (in order) and ``extra`` before.

        The key is the sources' ids: an entry holds its sources, so while it lives no other
        object has one of those ids, and a key found is those very objects."""
        key = (id(sources[0]), extra) if len(sources) == 1 else (*map(id, sources), extra)
        found = self._now.get(key)
        if found is None:
            found = self._then.get(key)
            if found is None:
                found = (sources, make())
                self.made += 1
            self._now[key] = found
        result: T = found[1]
        return result


class Keep(Protocol):
    """``EmitMemo.get_all``, or what stands for it when nothing is kept (``keep``)."""

    def __call__(self, sources: tuple[object, ...], extra: Hashable, make: Callable[[], T]) -> T: ...


def keep(memo: EmitMemo | None) -> Keep:
    """``memo.get_all``; without a memo, a function that makes every result."""
    return memo.get_all if memo is not None else _made


def _made(sources: tuple[object, ...], extra: Hashable, make: Callable[[], T]) -> T:
    return make()
