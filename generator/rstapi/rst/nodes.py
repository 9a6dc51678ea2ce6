"""Small readers over docutils nodes: titles, text with literals kept, source lines."""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import docutils.nodes
import docutils.utils

__all__ = [
    "LITERAL",
    "block_text",
    "body_of",
    "cell_text",
    "elements_in",
    "elements_of",
    "line_of",
    "nodes_of",
    "positions_by_class",
    "remembered",
    "rst_text",
    "sections_around",
    "subsections",
    "texts_remembered",
    "title_of",
]

# An inline literal as rst_text writes it: ``name``.
LITERAL = re.compile(r"``([^`]+)``")


E = TypeVar("E", bound=docutils.nodes.Element)
N = TypeVar("N", bound=docutils.nodes.Node)


def elements_of(doctree: docutils.nodes.Element) -> list[docutils.nodes.Element]:
    """Every element of ``doctree`` in document order (``ParsedDocument.all_elements`` keeps them
    for a parsed document): ``list(doctree.findall(Element))``, without findall's generator per node and level: a
    call per element (twice as fast as a stack of reversed child lists), the stack only for a
    doctree nested deeper than the interpreter recurses."""
    return _listed(doctree, docutils.nodes.Element)


def elements_in(node: docutils.nodes.Element, cls: type[E]) -> list[E]:
    """``list(node.findall(cls))`` for a class of element, from ``elements_of(node)``."""
    return [element for element in elements_of(node) if isinstance(element, cls)]


def nodes_of(doctree: docutils.nodes.Element) -> list[docutils.nodes.Node]:
    """Every node of ``doctree`` (elements and text) in document order: ``list(doctree.findall())``
    listed as ``elements_of`` lists the elements."""
    return _listed(doctree, docutils.nodes.Node)


def _listed(doctree: docutils.nodes.Element, kind: type[N]) -> list[N]:
    found: list[N] = []
    try:
        _visit(doctree, kind, found.append)
    except RecursionError:
        return _by_stack(doctree, kind)
    return found


def _visit(node: Any, kind: type[N], found: Callable[[N], None]) -> None:
    found(node)
    for child in node.children:
        if isinstance(child, kind):
            _visit(child, kind, found)


def _by_stack(doctree: docutils.nodes.Element, kind: type[N]) -> list[N]:
    found: list[N] = []
    stack: list[Any] = [doctree]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend([child for child in reversed(node.children) if isinstance(child, kind)])
    return found


def positions_by_class(elements: Sequence[docutils.nodes.Element]) -> dict[type, list[int]]:
    """The positions in ``elements`` of each class of element (its own class, not its bases)."""
    found: defaultdict[type, list[int]] = defaultdict(list)
    for position, element in enumerate(elements):
        found[type(element)].append(position)
    return found


def line_of(node: docutils.nodes.Node) -> int:
    """The first source line of ``node`` (parse.py sets a ``code-block``'s to its first content line)."""
    return int(getattr(node, "line", None) or docutils.utils.get_source_line(node)[1] or 0)


# What is read once per node while the doctrees hold still (``texts_remembered``): a memo per
# reading, keyed by the node itself (an element hashes by identity, and the key keeps it alive).
_MEMOS: list[contextvars.ContextVar[dict[Any, Any] | None]] = []
T = TypeVar("T")


@contextlib.contextmanager
def texts_remembered() -> Iterator[None]:
    """Within this block each section's ``title_of`` and each element's ``rst_text`` (and what
    else is ``remembered``) are read once: the readers ask a section's title (and so its kind)
    about ten times, and the text of a paragraph in a table cell is the cell's, the section's
    prose's and the lint's. For a block that changes no text (extraction, once ``:ref:``s show
    their titles)."""
    tokens = [(memo, memo.set({})) for memo in _MEMOS]
    try:
        yield
    finally:
        for memo, token in tokens:
            memo.reset(token)


def remembered(read: Callable[[E], T]) -> Callable[[E], T]:
    """``read`` made to read each node once within ``texts_remembered`` (every call outside it reads).

    Only for a reading of what ``texts_remembered`` holds still (the doctree's text and shape)."""
    memo: contextvars.ContextVar[dict[Any, Any] | None] = contextvars.ContextVar(
        f"rstapi_{read.__name__}", default=None
    )
    _MEMOS.append(memo)

    @functools.wraps(read)
    def once(node: E) -> T:
        found_by_node = memo.get()
        if found_by_node is None:
            return read(node)
        found = found_by_node.get(node, _UNREAD)
        if found is _UNREAD:
            found = found_by_node[node] = read(node)
        return found  # type: ignore[no-any-return]

    return once


_UNREAD = object()


@remembered
def title_of(section: docutils.nodes.Element) -> tuple[str, int]:
    """A section's title text and the line it is written on (the underline's line - 1)."""
    title = section[0]
    return " ".join(title.astext().split()), max(line_of(title) - 1, 1)


@remembered
def block_text(node: docutils.nodes.Element) -> str:
    """``node.astext()`` (a literal block's, a paragraph's), read once within ``texts_remembered``:
    each reader of a section asks a literal block whether it is JSON, a curl command or unused,
    and then reads it (docutils unescapes each Text child at every ``astext``)."""
    text: str = node.astext()
    return text


def subsections(section: docutils.nodes.Element) -> list[docutils.nodes.section]:
    return [c for c in section.children if isinstance(c, docutils.nodes.section)]


def sections_around(node: docutils.nodes.Node) -> Iterator[docutils.nodes.section]:
    """The sections enclosing ``node``, innermost first."""
    parent = node.parent
    while parent is not None:
        if isinstance(parent, docutils.nodes.section):
            yield parent
        parent = parent.parent


def body_of(section: docutils.nodes.Element) -> list[docutils.nodes.Element]:
    """The section's own content: not its title, not its subsections, no system messages."""
    skip = (docutils.nodes.section, docutils.nodes.title, docutils.nodes.system_message)
    return [c for c in section.children if isinstance(c, docutils.nodes.Element) and not isinstance(c, skip)]


def _link(text: str, uri: str) -> str:
    """A link as RST writes it (`text <uri>`_), the URI alone when it is its own text."""
    shown = " ".join(text.split())
    return uri if shown in {uri, ""} else f"`{shown} <{uri}>`_"


def rst_text(node: docutils.nodes.Node) -> str:
    """Text with inline literals kept as ``literal`` (they carry field and value names)."""
    if isinstance(node, docutils.nodes.Text):
        return str(node)
    return _rst_text(node)


@remembered
def _rst_text(node: docutils.nodes.Element) -> str:
    return _text_of(node, _text_kind(type(node)))


def cell_text(entry: docutils.nodes.Element) -> str:
    """``rst_text`` of a table's cell, which only the table's one reading asks for: not kept
    (its paragraphs are, as the section's prose reads them again)."""
    return _text_of(entry, _text_kind(type(entry)))


def _text_of(node: docutils.nodes.Element, kind: int) -> str:
    """``rst_text`` of an element of ``kind`` (``_text_kind``). A block's children are read through
    the memo (a table cell's paragraph is read again as the section's prose); an inline child's
    text (a literal, a link, emphasis) is part of its block's only, read with it."""
    if kind & _LITERAL:
        return f"``{_plain_text(node) if kind & _PLAIN_LITERAL else node.astext()}``"
    if kind & _REFERENCE and node.get("refuri"):
        return _link(node.astext(), node["refuri"])
    if kind & _SILENT:
        return ""
    parts = []
    for child in node.children:
        child_kind = _KINDS.get(type(child)) or _text_kind(type(child))
        if child_kind & _TEXT:
            parts.append(child)  # a Text is its str
        elif child_kind & _INLINE_ELEMENT:
            parts.append(_text_of(child, child_kind))
        else:
            parts.append(_rst_text(child))
    joined = (" " if kind & _SPACED else "").join(parts)
    text = " ".join(joined.split())
    if kind & _INLINE and text:  # "Deprecated since version 2: " before its text
        text = (" " if joined[0].isspace() else "") + text + (" " if joined[-1].isspace() else "")
    return text


def _plain_text(node: docutils.nodes.Element) -> str:
    """``node.astext()`` of a docutils literal: its one Text child as it is when it holds no null
    escape (``docutils.nodes.unescape`` changes nothing then)."""
    children = node.children
    if len(children) == 1 and type(children[0]) is docutils.nodes.Text and "\x00" not in children[0]:
        return str(children[0])
    text: str = node.astext()
    return text


# What ``rst_text`` does with a node of a class, as bits (each class's worked out once: a node's
# class is looked up, not tested against each kind of node in turn)
_TEXT = 1  # a Text node: its str
_LITERAL = 2  # ``text``
_PLAIN_LITERAL = 4  # docutils' own literal class (its astext is the Element's)
_REFERENCE = 8  # a link, when it has a URI
_SILENT = 16  # a system message: no text
_SPACED = 32  # a table cell or list item: its children joined by a space
_INLINE = 64  # an inline node: its text keeps a space at either end
_INLINE_ELEMENT = 128  # any inline element (docutils.nodes.Inline): read with its block
_KNOWN = 256  # set for every class worked out (a plain element's kind is no other bit)
_KINDS: dict[type, int] = {}


def _text_kind(cls: type) -> int:
    found = _KINDS.get(cls)
    if found is None:
        nodes = docutils.nodes
        found = _KINDS[cls] = (
            _KNOWN
            | (_TEXT if issubclass(cls, nodes.Text) else 0)
            | (_LITERAL if issubclass(cls, nodes.literal) else 0)
            | (_PLAIN_LITERAL if cls is nodes.literal else 0)
            | (_REFERENCE if issubclass(cls, nodes.reference) else 0)
            | (_SILENT if issubclass(cls, nodes.system_message) else 0)
            | (_SPACED if issubclass(cls, (nodes.entry, nodes.list_item)) else 0)
            | (_INLINE if issubclass(cls, nodes.inline) else 0)
            | (_INLINE_ELEMENT if issubclass(cls, nodes.Inline) and issubclass(cls, nodes.Element) else 0)
        )
    return found
