"""docutils' state transitions made once per state class while rstapi parses.

docutils starts a nested state machine for every list and every run of explicit markup
(directives, comments, targets: ``RSTState.nested_list_parse``), and each of its fifteen states
makes its transition table again: for each transition a pattern looked up, a ``hasattr``, a
``getattr`` and a tuple, some 200,000 for a document of 250 os-api-ref operations, a fifth of
its parse. A table depends on the state's class alone (its patterns and methods are class
attributes), so inside ``made_once`` ``State.make_transitions`` keeps the table a class made the
first time and binds its methods to each new state: the same names, patterns, methods and next
states. A table is kept only when each method is the class's own function (no instance
attribute, no other callable) and each pattern is the one the class holds when it is reused.
Outside the block (Sphinx parsing its own documents) docutils is as shipped.
"""

from __future__ import annotations

import contextlib
import types
from collections.abc import Iterator
from typing import Any

from docutils.statemachine import State

__all__ = ["made_once"]

_Part = tuple[str, Any, Any, str]  # name, compiled pattern, function, next state
_MADE: dict[tuple[type[Any], tuple[Any, ...]], tuple[list[str], list[_Part]] | None] = {}
_SHIPPED = State.make_transitions


@contextlib.contextmanager
def made_once() -> Iterator[None]:
    """Within the block, docutils' states reuse their class's transition table (a table whose
    class now holds another pattern is made again)."""
    for key, made in list(_MADE.items()):
        if made is not None and not _current(key[0], made[1]):
            del _MADE[key]
    State.make_transitions = _make_transitions
    try:
        yield
    finally:
        State.make_transitions = _SHIPPED


def _make_transitions(self: State, name_list: Any) -> tuple[list[str], dict[str, Any]]:
    """``State.make_transitions``, its table made once per class and names."""
    try:
        key = (type(self), tuple(name_list))
        unmade = key not in _MADE
    except TypeError:  # a name docutils would take but a dict cannot
        return _SHIPPED(self, name_list)  # type: ignore[no-any-return]  # docutils has no hints
    if unmade:
        names, transitions = _SHIPPED(self, name_list)
        _MADE[key] = _shareable(self, names, transitions)
        return names, transitions
    made = _MADE[key]
    if made is None:
        return _SHIPPED(self, name_list)  # type: ignore[no-any-return]
    names, parts = made
    bound = types.MethodType
    return list(names), {
        name: (pattern, bound(function, self), state) for name, pattern, function, state in parts
    }


def _shareable(
    self: State, names: list[str], transitions: dict[str, Any]
) -> tuple[list[str], list[_Part]] | None:
    """The table as parts any state of the class can bind; None when a method is not plainly
    the class's function (then the class's tables are made as docutils makes them)."""
    parts: list[_Part] = []
    for name in names:
        pattern, method, state = transitions[name]
        function = getattr(type(self), name, None)
        if not isinstance(function, types.FunctionType) or name in vars(self):
            return None
        if getattr(method, "__func__", None) is not function or method.__self__ is not self:
            return None
        parts.append((name, pattern, function, state))
    return list(names), parts


def _current(kind: type[Any], parts: list[_Part]) -> bool:
    """Each pattern of the table is the one the class holds (a whitespace pattern of
    ``StateWS`` is added to the patterns by each new state, the same object each time)."""
    patterns = {**(getattr(kind, "patterns", None) or {}), **(getattr(kind, "ws_patterns", None) or {})}
    return all(patterns.get(name) is pattern for name, pattern, _, _ in parts)
