"""The ``__repr__`` of the toolkit's attrs classes, written once instead of generated for each.

attrs writes the methods of each class it makes as Python source and compiles it as the module
is imported; the ``__repr__`` is a large part of that source. Compiled for each of the toolkit's
classes (88), it cost every process that imports them: ``import rstapi.model`` (16 classes,
attrs imported first) took 11.2 ms with attrs' ``__repr__``s and 8.6 ms without (the least of 11
runs each), the Sphinx extension's imports (32 classes) about 5 ms more. So every class is
declared ``repr=False`` and inherits ``Record.__repr__``, which writes what attrs' would
(``Name(field=value, ...)``, a field declared ``repr=False`` left out) from the class's fields,
once a repr is asked for: in a test's failure or a debugger, not on a build's path.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["Record"]


class Record:
    """The base of the toolkit's attrs classes (no state of its own: ``__slots__`` is empty)."""

    __slots__ = ()

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{field.name}={getattr(self, field.name, attrs.NOTHING)!r}"
            for field in attrs.fields(_attrs_class(self))
            if field.repr
        )
        return f"{type(self).__qualname__.rsplit('>.', 1)[-1]}({shown})"


def _attrs_class(record: Record) -> Any:
    """The attrs class of ``record`` (every subclass of ``Record`` is one)."""
    return type(record)
