"""The overlay targets ``rstapi.openapi.jsonpath`` does not read itself, parsed and evaluated by
jsonpath-ng: imported only for such a target."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from rstapi.openapi.jsonpath import Match, Query

__all__ = ["jsonpath_ng_query"]


def jsonpath_ng_query(target: str) -> Query:
    """The target as jsonpath-ng parses and evaluates it (ValueError when it cannot parse it)."""
    try:
        parsed = _parser().parse(target)
    except Exception as error:  # jsonpath-ng raises bare Exceptions for some syntax
        raise ValueError(str(error) or type(error).__name__) from None
    return lambda document: [_match(found) for found in parsed.find(document)]


def _match(found: Any) -> Match:
    """A jsonpath-ng result (a DatumInContext) as a Match."""
    from jsonpath_ng import Fields, Index

    path: list[str | int] = []
    current = found
    while current is not None and current.context is not None:
        if isinstance(current.path, Fields):
            path.append(str(current.path.fields[0]))
        elif isinstance(current.path, Index):
            path.append(_index_of(current.path))
        current = current.context
    parent = found.context.value if found.context is not None else None
    key = path[0] if parent is not None and isinstance(found.path, (Fields, Index)) else None
    return Match(found.value, parent, key, tuple(reversed(path)))


def _index_of(path: Any) -> int:
    """The position an Index path step names (``indices`` since jsonpath-ng 1.6, ``index`` before)."""
    indices = getattr(path, "indices", None)
    return int(indices[0] if indices else getattr(path, "index"))  # noqa: B009 - older jsonpath-ng


@functools.cache
def _parser() -> Any:
    from jsonpath_ng.ext.parser import ExtendedJsonPathLexer, ExtendedJsonPathParser

    class _ReusedLexer(ExtendedJsonPathLexer):
        """jsonpath-ng's lexer, built once: jsonpath-ng builds a PLY lexer (and parser) per ``parse``
        call, about 5 ms, which made a 5,000-action overlay take half a minute. A clone per target
        keeps each tokenization independent."""

        _built: Any = None

        def tokenize(self, string: str) -> Iterator[Any]:
            if _ReusedLexer._built is None:
                _ReusedLexer._built = _first_lexer(self)
            if _ReusedLexer._built is False:  # a jsonpath-ng without vendored PLY: its own, slower way
                yield from super().tokenize(string)
                return
            lexer = _ReusedLexer._built.clone()
            lexer.latest_newline = 0
            lexer.string_value = None
            lexer.input(string)
            while (token := lexer.token()) is not None:
                token.col = token.lexpos - lexer.latest_newline
                yield token
            if lexer.string_value is not None:
                raise ValueError("unexpected end of the string literal or identifier")

    return ExtendedJsonPathParser(lexer_class=_ReusedLexer)


def _first_lexer(instance: Any) -> Any:
    """The PLY lexer jsonpath-ng's own ``tokenize`` builds, from its pre-generated table."""
    import logging

    try:
        from jsonpath_ng._ply import lex  # jsonpath-ng 1.8 vendors PLY with pre-generated tables
    except ImportError:
        return False
    return lex.lex(  # type: ignore[no-untyped-call]
        module=instance,
        debug=False,
        optimize=True,
        lextab=instance._ply_table_module,
        errorlog=logging.getLogger("jsonpath_ng.lexer"),
    )
