"""An os-api-ref page's prose: an operation section's as its description, and the page's
introduction, rendered by the shared renderer (``rstapi.rst.prose``) with os-api-ref's rules.

What os-api-ref reads as no prose: the response-code lines ("Normal response codes: 200"), read
as the operation's statuses, and its ``rest_method``; a sample's title (the paragraph just before a
JSON sample) and the sample, read as an operation's example. A Request or Response subsection's
prose comes after its title in bold.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

import docutils.nodes

from rstapi.rst.nodes import title_of
from rstapi.rst.osapiref import vocabulary as vocab
from rstapi.rst.osapiref.directives import rest_method
from rstapi.rst.prose import ProseRules, blocks_of, introduction_from
from rstapi.rst.walk import Walk

__all__ = [
    "RULES",
    "before_foreign",
    "description_of",
    "introduction_of",
    "introduction_sections",
    "is_operation",
]

N = TypeVar("N", bound=docutils.nodes.Node)

RULES = ProseRules(skipped=vocab.CODE_LINE, own=(rest_method,))


def description_of(walk: Walk, section: docutils.nodes.section) -> str:
    """The section's prose and its subsections' (not those of another ``rest_method``)."""
    return "\n\n".join(_section(walk, section, top=True))


def introduction_of(walk: Walk) -> str:
    """A page's introduction: what it says before its first ``rest_method`` section
    (``introduction_sections``), each section after the first one's after its title in bold. The
    page shows a JSON block there as code, since it is the sample of no operation, and so does the
    description (a fenced ``json`` block, the paragraph before it kept)."""
    parts = [(s, before_foreign(walk, s.children)) for s in introduction_sections(walk)]
    return introduction_from(walk, parts, RULES)


def introduction_sections(walk: Walk) -> list[docutils.nodes.section]:
    """The sections (of a page's, in document order) whose own content comes before the page's
    first ``rest_method`` section: a section's content comes before its subsections'. On a page
    httpdomain's reader reads too, the introduction ends at its first directive as well: the
    section holding it is the last one, its content before the directive (``before_foreign``)."""
    found = []
    for section in walk.sections:
        if is_operation(section) or walk.foreign_to(section):
            break
        found.append(section)
        if walk.holds_foreign(section):
            break
    return found


def before_foreign(walk: Walk, children: Sequence[N]) -> list[N]:
    """``children`` up to the first object another reader of the page reads (all of them on a
    page only os-api-ref reads)."""
    if not walk.foreign:
        return list(children)
    cut = next(
        (n for n, c in enumerate(children) if isinstance(c, docutils.nodes.Element) and walk.foreign_to(c)),
        len(children),
    )
    return list(children[:cut])


def is_operation(section: docutils.nodes.section) -> bool:
    """Whether ``section`` is an operation's: a ``rest_method`` is part of its own content."""
    return any(isinstance(child, rest_method) for child in section.children)


def _section(walk: Walk, section: docutils.nodes.section, top: bool = False) -> Iterator[str]:
    blocks = blocks_of(walk, section.children, RULES)
    for child in section.children:
        if isinstance(child, docutils.nodes.section) and not is_operation(child):
            blocks.extend(_section(walk, child))
    if blocks and not top:
        yield f"**{title_of(section)[0]}**"
    yield from blocks
