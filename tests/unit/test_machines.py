"""docutils' nested state machines and states made once (``rst/machines.py``) parse every
construct to the doctree docutils makes on its own, and leave docutils as shipped after."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, ClassVar

import docutils.core
import pytest
from docutils.parsers.rst.states import RSTState
from docutils.statemachine import State, StateMachine

from rstapi.rst import machines
from rstapi.rst.machines import made_once

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

EVERY_CONSTRUCT = """\
Title
=====

A paragraph with *emphasis*, ``code``, a `link <https://example.com>`_ and a ref_.

.. _ref: https://example.com/ref

- a bullet

  - nested, with a

    1. numbered
    2. list

#. auto
#. numbered

(a) letters
(b) in parens

term
   its definition

:field: a field list
:other: with two fields

-a          an option
--long=ARG  another

| a line block
|    indented

::

  literal

>  a quoted
>  literal block

.. note:: a directive
   with content

   - a list inside

.. |sub| replace:: a substitution

+-----+-----+
| a   | b   |
+=====+=====+
| c   | d   |
+-----+-----+

=====  =====
simple table
=====  =====
1      2
=====  =====

.. code-block:: json

   {"a": 1}

.. [1] a footnote

.. comment
"""

LISTS_AFTER_LISTS = """\
1. arabic
2. numbers

A. upper
B. letters

i) roman
ii) in parens

#. auto after explicit
#. again

- bullet with

  :a field: in it

  term
     a definition

  | a line
  |   block

  -o  an option

3. starts at three
4. four

.. note::

   Section-like text inside
   ------------------------

   1. a list in a directive

      .. code-block:: text

         nested code

Real section
------------

* star bullets
* more

  #. nested auto
"""

# Runs of explicit markup ended by every kind of line (machines.py parses a run from the lines it
# can reach): text right after a directive, "..." and "..x" lines, anonymous targets, a title,
# a comment, a run that reaches the end of the document.
EXPLICIT_RUNS = """\
.. note:: first
.. _target: https://example.com/a
__ https://example.com/anonymous
..
   a comment after an empty one
.. [#] a footnote
   continued
text right after the run, no blank line

.. |sub| replace:: a
   substitution
...an ellipsis line
..not markup either

.. code-block:: json

   {"a": 1}

.. code-block:: json

    {"b": 2}
Title right after
=================

.. note:: one

   with a paragraph

.. note:: two
  - a list in it

- a bullet list after the run

.. _last:
.. note:: at the end
"""


def _doctree(text: str) -> str:
    """The doctree with docutils' own messages in it (a list that ends without a blank line ...)."""
    settings = {"report_level": 1, "halt_level": 5, "warning_stream": io.StringIO()}
    return str(docutils.core.publish_doctree(text, settings_overrides=settings).pformat())


def _texts() -> list[str]:
    found = sorted([*FIXTURES.rglob("*.rst"), *FIXTURES.rglob("*.inc")])
    found = [path for path in found if path.stat().st_size < 30_000]  # kept fast: the small ones
    return [
        EVERY_CONSTRUCT,
        LISTS_AFTER_LISTS,
        EXPLICIT_RUNS,
        *(path.read_text(encoding="utf-8") for path in found),
    ]


@pytest.mark.parametrize("text", _texts())
def test_doctree_is_docutils_own(text: str) -> None:
    expected = _doctree(text)
    with made_once():
        first = _doctree(text)
        again = _doctree(text)  # now from the kept tables
    assert first == expected
    assert again == expected


def test_docutils_is_as_shipped_after_the_block() -> None:
    shipped, nested = State.make_transitions, RSTState.nested_sm
    with made_once():
        assert State.make_transitions is not shipped
        assert RSTState.nested_sm is not nested
        _doctree(LISTS_AFTER_LISTS)
        assert machines._POOL  # machines docutils was done with wait for the next list
    assert State.make_transitions is shipped
    assert RSTState.nested_sm is nested
    assert not machines._POOL


def test_a_machine_is_reused_only_when_docutils_is_done_with_it() -> None:
    """No machine is handed out while docutils still runs it (lists in lists in a directive)."""
    running: set[int] = set()
    taken: list[int] = []
    pooled_init, pooled_unlink = machines._Pooled.__init__, machines._Pooled.unlink

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        assert id(self) not in running
        running.add(id(self))
        taken.append(id(self))
        pooled_init(self, *args, **kwargs)

    def unlink(self: Any) -> None:
        running.discard(id(self))
        pooled_unlink(self)

    machines._Pooled.__init__ = init  # type: ignore[method-assign]
    machines._Pooled.unlink = unlink  # type: ignore[method-assign]
    try:
        with made_once():
            doctree = _doctree(LISTS_AFTER_LISTS)
    finally:
        machines._Pooled.__init__ = pooled_init  # type: ignore[method-assign]
        machines._Pooled.unlink = pooled_unlink  # type: ignore[method-assign]
    assert doctree == _doctree(LISTS_AFTER_LISTS)
    assert len(taken) > len(set(taken))  # some machines were taken back from the pool


class _Counting(State):  # a state whose pattern changes between parses, as a user's extension might
    patterns: ClassVar[dict[str, Any]] = {"word": r"\w+"}
    initial_transitions = ("word",)

    def word(self, match: Any, context: Any, next_state: Any) -> Any:
        return context, next_state, []


def test_a_table_whose_pattern_changed_is_made_again() -> None:
    with made_once():
        before = _Counting(StateMachine([_Counting], "_Counting")).transitions["word"][0]
    _Counting.patterns = {"word": r"\d+"}
    with made_once():
        state = _Counting(StateMachine([_Counting], "_Counting"))
    assert before.pattern == r"\w+"
    assert state.transitions["word"][0].pattern == r"\d+"
    assert state.transitions["word"][1].__self__ is state
