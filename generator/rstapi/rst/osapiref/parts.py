"""An operation section's parts, in document order, each with the direction its section gives.

The section holding a ``rest_method`` is the operation; its "Request" and "Response" subsections
(any title with one of ``vocabulary.DIRECTION_WORDS``) say whether what they hold belongs to the
request or the response, and a subsection whose title names neither ("Parameters", "Example")
holds what the section around it holds (keystone's "Response" > "Parameters" is the response's);
a subsection holding its own ``rest_method`` is another operation. A rubric naming one direction
(``.. rubric:: Response``, a heading that is no section) says it for what follows it in its section,
up to the next such rubric.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
import docutils.nodes

from rstapi.records import Record
from rstapi.rst.nodes import title_of
from rstapi.rst.osapiref.directives import rest_method, rest_parameters, rest_status_code
from rstapi.rst.osapiref.vocabulary import DIRECTION_WORDS, UNDIRECTED_TITLES

__all__ = ["Part", "named_direction", "parts_of"]

_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
_READ = (rest_parameters, rest_status_code, docutils.nodes.literal_block, docutils.nodes.paragraph)


@attrs.frozen(repr=False)
class Part(Record):
    node: docutils.nodes.Element
    direction: str | None  # "request", "response"; None: the operation's own body
    section: docutils.nodes.section
    before: docutils.nodes.Element | None = None  # the paragraph or rubric before a literal block (its title)


def parts_of(section: docutils.nodes.section) -> list[Part]:
    return list(_walk(section, None))


def _walk(section: docutils.nodes.section, direction: str | None) -> Iterator[Part]:
    previous: docutils.nodes.Element | None = None
    current = direction  # what a rubric since the section's start says, else the section's
    for child in section.children:
        if isinstance(child, docutils.nodes.section):
            if not any(isinstance(c, rest_method) for c in child.children):
                yield from _walk(child, _direction(child, direction))
            continue
        if isinstance(child, docutils.nodes.rubric):
            current, previous = named_direction(child.astext()) or current, child
            continue
        if not isinstance(child, docutils.nodes.Element) or isinstance(child, docutils.nodes.title):
            continue
        for node in _readable(child):
            yield Part(
                node, current, section, previous if isinstance(node, docutils.nodes.literal_block) else None
            )
            previous = node if isinstance(node, docutils.nodes.paragraph) else None


def _readable(node: docutils.nodes.Element) -> Iterator[docutils.nodes.Element]:
    """``node`` itself when it is a part, else the parts inside it (a container, a note)."""
    if isinstance(node, _READ):
        yield node
        return
    for child in node.children:
        if isinstance(child, docutils.nodes.Element):
            yield from _readable(child)


def _direction(section: docutils.nodes.section, around: str | None) -> str | None:
    """What a subsection's title says it holds ("Response Example (v2.47)": the response), else
    what the section around it holds (``around``; None: the operation's own)."""
    title = " ".join(_QUALIFIER.sub("", title_of(section)[0]).lower().split())  # "Response Example (v2.47)"
    return named_direction(title) or around or UNDIRECTED_TITLES.get(title)


def named_direction(title: str) -> str | None:
    """The direction a title's words name ("Response Example (v2.47)", "Example Create Server: JSON
    request"), if they name one only."""
    words = re.findall(r"[a-z]+", _QUALIFIER.sub("", title).lower())
    named = {DIRECTION_WORDS[word] for word in words if word in DIRECTION_WORDS}
    return named.pop() if len(named) == 1 else None
