"""docutils' nested state machines and their states made once while rstapi parses.

docutils starts a nested state machine for every list and every run of explicit markup
(directives, comments, targets: ``RSTState.nested_list_parse``) and unlinks it after its run;
each new machine makes its fifteen states, and each state its transition table (for each
transition a pattern looked up, a ``hasattr``, a ``getattr`` and a tuple). For a document of 250
os-api-ref operations that is 1,150 machines and 17,000 states: two fifths of the parse's
instructions. Inside ``made_once``:

- a nested machine docutils is done with (``unlink``) goes back to a pool, and the next nested
  machine of the same state classes is taken from it: its attributes set again by
  ``StateMachine.__init__`` as for a new machine, its states kept. docutils itself keeps nested
  machines for ``nested_parse`` the same way (``RSTState.nested_sm_cache``); each state is set
  up again by the machine's ``run`` (``runtime_init``) and by ``nested_list_parse`` (its
  ``blank_finish`` and list settings);
- a state made anyway takes its class's transition table made the first time, its methods bound
  to it: the same names, patterns, methods and next states. A table is kept only when each
  method is the class's own function and each pattern the one the class still holds;
- a run of explicit markup after the first construct (``Body.explicit_list``) is parsed from the
  lines up to the one that must end it, not from every line left in the document: docutils hands
  the nested machine ``input_lines[offset:]``, a copy of the rest of the document per run, which
  makes the parse of one long document (an os-api-ref reference with its includes spliced) grow
  with the square of its length. The run cannot go past the first unindented line that is
  neither blank nor explicit markup (``..`` or ``__``): each construct in it reads only indented
  lines (``get_indented``), and the ``Explicit`` state refuses any other line (``invalid_input``,
  the machine steps back and stops). That line is kept in the block, so the machine stops on it
  as it would have, and looks one line ahead as before.

The doctrees are docutils' own (tests/unit/test_machines.py). Outside the block (Sphinx parsing
its own documents) docutils is as shipped, and the pool is emptied.
"""

from __future__ import annotations

import contextlib
import re
import types
from collections.abc import Iterator
from typing import Any

from docutils.parsers.rst.states import Body, NestedStateMachine, RSTState
from docutils.statemachine import State

__all__ = ["made_once"]

_Part = tuple[str, Any, Any, str]  # name, compiled pattern, function, next state
_MADE: dict[tuple[type[Any], tuple[Any, ...]], tuple[list[str], list[_Part]] | None] = {}
_SHIPPED = State.make_transitions
_SHIPPED_EXPLICIT_LIST = Body.explicit_list


@contextlib.contextmanager
def made_once() -> Iterator[None]:
    """Within the block, docutils' states reuse their class's transition table (a table whose
    class now holds another pattern is made again)."""
    for key, made in list(_MADE.items()):
        if made is not None and not _current(key[0], made[1]):
            del _MADE[key]
    State.make_transitions = _make_transitions
    RSTState.nested_sm = _Pooled
    Body.explicit_list = _explicit_list
    _POOL.clear()
    _POOLING[0] = True
    try:
        yield
    finally:
        State.make_transitions = _SHIPPED
        RSTState.nested_sm = NestedStateMachine
        Body.explicit_list = _SHIPPED_EXPLICIT_LIST
        _POOLING[0] = False
        _POOL.clear()


_POOL: dict[tuple[Any, ...], list[NestedStateMachine]] = {}  # machines unlinked, by state classes
_POOLING = [False]


class _Pooled(NestedStateMachine):  # type: ignore[misc]  # docutils has no hints
    """docutils' nested state machine, taken from the pool when one of the same state classes
    and debug setting is there, and put back there when docutils unlinks it."""

    def __new__(cls, state_classes: Any, *args: Any, **kwargs: Any) -> Any:
        key = _key(state_classes, kwargs)
        kept = _POOL.get(key) if key is not None and _POOLING[0] else None
        if kept:
            machine = kept.pop()
            machine._reused = machine.states
            return machine
        return super().__new__(cls)

    def __init__(self, state_classes: Any, *args: Any, **kwargs: Any) -> None:
        states = self.__dict__.pop("_reused", None)
        if states is None:
            super().__init__(state_classes, *args, **kwargs)
            self._pool_key = _key(state_classes, kwargs)
            return
        key = self._pool_key
        self.__dict__.clear()  # a new machine's attributes, and its states as they are
        super().__init__((), *args, **kwargs)
        self.states, self._pool_key = states, key

    def unlink(self) -> None:
        if not _POOLING[0] or self._pool_key is None:
            super().unlink()
            return
        _POOL.setdefault(self._pool_key, []).append(self)


def _key(state_classes: Any, kwargs: dict[str, Any]) -> tuple[Any, ...] | None:
    """A pooled machine's kind: its state classes and debug setting (None: not pooled)."""
    try:
        key = (tuple(state_classes), kwargs.get("debug", False))
        hash(key)
    except TypeError:
        return None
    return key


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


def _explicit_list(self: Body, blank_finish: Any) -> None:
    """``Body.explicit_list`` on the lines its run can reach (up to and with the line that ends it)."""
    machine = self.state_machine
    offset = machine.line_offset + 1  # next line
    newline_offset, blank_finish = self.nested_list_parse(
        machine.input_lines[offset : _run_end(machine.input_lines.data, offset)],
        input_offset=machine.abs_line_offset() + 1,
        node=self.parent,
        initial_state="Explicit",
        blank_finish=blank_finish,
    )
    self.goto_line(newline_offset)
    if not blank_finish:
        self.parent += self.unindent_warning("Explicit markup")


# What the Explicit state takes on an unindented line: its explicit_markup and anonymous patterns
_EXPLICIT_START = re.compile("|".join(f"(?:{Body.patterns[n]})" for n in ("explicit_markup", "anonymous")))


def _run_end(lines: list[str], start: int) -> int | None:
    """The index after the first unindented line from ``start`` on that is neither empty nor
    explicit markup (None: the run may reach the end)."""
    match = _EXPLICIT_START.match
    for index in range(start, len(lines)):
        line = lines[index]
        if line and line[0] != " " and not match(line):
            return index + 1
    return None
