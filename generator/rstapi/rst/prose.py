"""A page's prose in CommonMark: the API's introduction and an operation's description, for every
dialect that renders them (os-api-ref's operations and introductions, httpdomain's introductions).

What a page says in its own words, in document order: paragraphs, literal blocks as fenced code
blocks (a JSON sample too, when the prose is an introduction), lists (an item a line: "- item",
"1. item"), definition lists (an item a line: "- **term** (classifier): definition"), admonitions
("Note: ..."), simple tables (a pipe table: one paragraph or none a cell, no cell spanning rows or
columns), rubrics in bold, a topic or sidebar after its title in bold, and what a block quote or
container holds (an epigraph's attribution after a dash), a footnote as "[1] text"; a list or a
literal block inside a list item or a definition nested under it. What is not rendered is reported
(RST186) with what was left out: a table with spanning cells or cells holding more than a
paragraph, a block of another kind. Markup that says nothing (targets, comments, a table of contents) is nothing.

What a dialect reads as something else is its ``ProseRules``, data each reader passes: os-api-ref
reads a "Normal response codes: 200" paragraph as an operation's statuses and its ``rest_method``
as the operation, so neither is prose of its pages; an httpdomain page's such line is prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs
import docutils.nodes

from rstapi.diagnostics import Diagnostic
from rstapi.rst.examples import looks_like_json
from rstapi.rst.nodes import line_of, rst_text, sections_around, title_of
from rstapi.rst.resources import file_use
from rstapi.rst.walk import Walk

__all__ = [
    "ADMONITIONS",
    "SAYING_BLOCKS",
    "ProseRules",
    "blocks_of",
    "introduction_from",
    "json_block",
    "says_something",
]

# The blocks of a section's own content that say something (an introduction's, prose between
# operations): what the readers report as RST178 when no part of the spec shows them.
SAYING_BLOCKS: tuple[type[docutils.nodes.Element], ...] = (
    docutils.nodes.paragraph,
    docutils.nodes.bullet_list,
    docutils.nodes.enumerated_list,
    docutils.nodes.definition_list,
    docutils.nodes.Admonition,
    docutils.nodes.table,
    docutils.nodes.block_quote,
    docutils.nodes.literal_block,
)


def json_block(node: docutils.nodes.Node) -> bool:
    """A literal block holding JSON: an example, not prose (coverage reports one no part reads)."""
    return isinstance(node, docutils.nodes.literal_block) and looks_like_json(node.astext())


def says_something(node: docutils.nodes.Node) -> bool:
    """Whether ``node`` is a block of prose (``SAYING_BLOCKS``, not a JSON block)."""
    return isinstance(node, SAYING_BLOCKS) and not json_block(node)


# An admonition (``.. note::``) -> the word its text is introduced by ("Note: All times are UTC.").
ADMONITIONS: dict[str, str] = {
    "attention": "Attention",
    "caution": "Caution",
    "danger": "Danger",
    "error": "Error",
    "hint": "Hint",
    "important": "Important",
    "note": "Note",
    "seealso": "See also",
    "tip": "Tip",
    "warning": "Warning",
}


@attrs.frozen
class ProseRules:
    """What a dialect reads as no prose: a paragraph it reads as something else (``skipped``
    matched at its start) and its own directives' nodes (``own``), left out without a word."""

    skipped: re.Pattern[str] | None = None
    own: tuple[type[docutils.nodes.Element], ...] = ()


# Nodes that are no prose: markup that shows nothing, a file's use (a JSON sample is read as an
# example; another literal block is prose, a fenced code block).
_NOT_PROSE = (
    docutils.nodes.target,
    docutils.nodes.comment,
    docutils.nodes.substitution_definition,
    docutils.nodes.system_message,
    docutils.nodes.title,
    docutils.nodes.pending,
    docutils.nodes.raw,
    docutils.nodes.transition,
    file_use,
)
# A topic's classes that make it navigation, not prose (docutils' and Sphinx's ``contents``).
_NAVIGATION = {"contents"}
# Nodes whose children are the prose (a block quote: text indented by mistake, as a page shows it).
_HOLDERS = (docutils.nodes.block_quote, docutils.nodes.container, docutils.nodes.compound)
_HINT = (
    "Write it as paragraphs, a list, a definition list or a table with one paragraph a cell and no "
    "spanning cells, which the description keeps, or accept that the spec leaves it out."
)


@attrs.frozen
class _Reading:
    walk: Walk
    rules: ProseRules
    samples: bool  # a JSON sample is code too (an introduction's), not an example read elsewhere
    whose: str  # whose description the prose is, for a finding: "the API's", "the operation's"


def introduction_from(
    walk: Walk,
    parts: Sequence[tuple[docutils.nodes.section, Sequence[docutils.nodes.Node]]],
    rules: ProseRules,
) -> str:
    """The introduction made of ``parts``, a section and the content of it the introduction
    holds, in document order: each part after the first one's after its section's title in bold;
    a JSON block is code (it is the sample of no operation)."""
    reading = _Reading(walk, rules, samples=True, whose="the API's")
    found = []
    for number, (section, children) in enumerate(parts):
        blocks = list(_blocks(reading, list(children)))
        found += [f"**{title_of(section)[0]}**"] if blocks and number else []
        found += blocks
    return "\n\n".join(found)


def blocks_of(walk: Walk, children: Sequence[docutils.nodes.Node], rules: ProseRules) -> list[str]:
    """An operation's prose among ``children``, a block each: a JSON sample and its title (the
    paragraph just before it) are the operation's example, not prose."""
    return list(_blocks(_Reading(walk, rules, samples=False, whose="the operation's"), list(children)))


def _blocks(reading: _Reading, children: list[docutils.nodes.Node]) -> Iterator[str]:
    elements = [c for c in children if isinstance(c, docutils.nodes.Element)]
    for number, node in enumerate(elements):
        following = elements[number + 1] if number + 1 < len(elements) else None
        if isinstance(node, docutils.nodes.paragraph) and _is_sample(following) and not reading.samples:
            continue  # a sample's title ("**Example Create Server**", "Response (v2.47):")
        text = _block(reading, node)
        if text:
            yield text


def _block(reading: _Reading, node: docutils.nodes.Element) -> str:
    if isinstance(node, (docutils.nodes.section, *_NOT_PROSE, *reading.rules.own)):
        return ""
    if isinstance(node, docutils.nodes.paragraph):
        skipped = reading.rules.skipped
        return "" if skipped is not None and skipped.match(node.astext()) else rst_text(node)
    if isinstance(node, docutils.nodes.literal_block):
        return "" if _is_sample(node) and not reading.samples else _code(node)
    if isinstance(node, (docutils.nodes.bullet_list, docutils.nodes.enumerated_list)):
        return _list(node)
    if isinstance(node, docutils.nodes.definition_list):
        return "\n".join(map(_definition, _children(node, docutils.nodes.definition_list_item)))
    if isinstance(node, docutils.nodes.Admonition):
        return _admonition(reading, node)
    if isinstance(node, docutils.nodes.table):
        return _table(reading, node)
    if isinstance(node, docutils.nodes.rubric):
        return f"**{rst_text(node)}**"
    if isinstance(node, _HOLDERS):
        return "\n\n".join(_blocks(reading, node.children))
    if isinstance(node, docutils.nodes.topic) and _NAVIGATION & set(node.get("classes", [])):
        return ""  # a table of contents (``.. contents::``): the page's navigation, said by its sections
    if isinstance(node, (docutils.nodes.topic, docutils.nodes.sidebar)):
        return _titled(reading, node)
    if isinstance(node, (docutils.nodes.footnote, docutils.nodes.citation)):
        return _note(node)
    if isinstance(node, docutils.nodes.attribution):
        return f"— {rst_text(node)}"  # an epigraph's or a quote's source, as a page shows it
    name = node.tagname.replace("_", " ")
    _left_out(
        reading, node, f"{'an' if name[0] in 'aeiou' else 'a'} {name}", "the description does not render it"
    )
    return ""


def _is_sample(node: docutils.nodes.Node | None) -> bool:
    return isinstance(node, docutils.nodes.literal_block) and looks_like_json(node.astext())


def _code(node: docutils.nodes.Element) -> str:
    """A literal block that is no JSON sample (a curl command, an HTTP exchange) as a fenced code
    block with its language ("console"), fenced with tildes: backticks are the emitter's inline
    literals (``openapi.commonmark``). Its trailing line ends are no part of it (Sphinx's
    ``literalinclude`` keeps the included file's last one, the CLI's stand-in does not)."""
    text = node.astext().rstrip("\n")
    language = next((c for c in node.get("classes", []) if c not in ("code", "none")), "")
    fence = "~" * max([3, *(len(run) + 1 for run in re.findall(r"~{3,}", text))])
    return f"{fence}{language}\n{text}\n{fence}"


def _children(
    node: docutils.nodes.Element, cls: type[docutils.nodes.Element]
) -> list[docutils.nodes.Element]:
    return [child for child in node.children if isinstance(child, cls)]


_LISTS = (docutils.nodes.bullet_list, docutils.nodes.enumerated_list)


def _list(node: docutils.nodes.Element, indent: str = "") -> str:
    """An item a line ("- item", "1. item"): ``_item``."""
    numbered = isinstance(node, docutils.nodes.enumerated_list)
    lines = []
    for number, item in enumerate(_children(node, docutils.nodes.list_item), 1):
        lines += _item(f"{indent}{f'{number}.' if numbered else '-'}", "", item.children)
    return "\n".join(lines)


def _definition(item: docutils.nodes.Element) -> str:
    """ "- **term** (classifier): definition": ``_item``."""
    terms = " ".join(rst_text(t) for t in _children(item, docutils.nodes.term))
    classifiers = ", ".join(rst_text(c) for c in _children(item, docutils.nodes.classifier))
    label = f"**{terms}**" + (f" ({classifiers})" if classifiers else "")
    blocks = [b for d in _children(item, docutils.nodes.definition) for b in d.children]
    return "\n".join(_item("-", label, blocks))


def _item(marker: str, label: str, children: Sequence[docutils.nodes.Node]) -> list[str]:
    """An item's lines: its marker, its label and its blocks' text on one line; a list or a
    literal block inside it on the lines after it, indented under the item's text (as CommonMark
    nests a list or a code block in an item)."""
    blocks = [c for c in children if isinstance(c, docutils.nodes.Element)]
    nested = (*_LISTS, docutils.nodes.literal_block)
    said = " ".join(filter(None, (_flat(b) for b in blocks if not isinstance(b, nested))))
    line = f"{marker} {label}: {said}" if label and said else f"{marker} {label or said}"
    inner = " " * (len(marker) + 1)  # the marker holds the item's indent
    lines = [line]
    for block in blocks:
        if isinstance(block, _LISTS):
            lines.append(_list(block, inner))
        elif isinstance(block, docutils.nodes.literal_block):
            lines += [inner + row if row else row for row in _code(block).split("\n")]
    return lines


def _admonition(reading: _Reading, node: docutils.nodes.Element) -> str:
    titles = [rst_text(c) for c in _children(node, docutils.nodes.title)]
    body = "\n\n".join(_blocks(reading, node.children))
    label = titles[0] if titles else ADMONITIONS.get(node.tagname, node.tagname.capitalize())
    return f"{label}: {body}" if body else ""


def _note(node: docutils.nodes.Element) -> str:
    """A footnote or citation: "[1] what it says", as a page shows it below the text."""
    label = " ".join(rst_text(c) for c in _children(node, docutils.nodes.label))
    blocks = [c for c in node.children if isinstance(c, docutils.nodes.Element)]
    said = " ".join(filter(None, (_flat(b) for b in blocks if not isinstance(b, docutils.nodes.label))))
    return f"[{label}] {said}" if said else ""


def _titled(reading: _Reading, node: docutils.nodes.Element) -> str:
    """A topic or sidebar: its title (and subtitle) in bold, then its blocks."""
    said = [
        rst_text(c) for c in node.children if isinstance(c, (docutils.nodes.title, docutils.nodes.subtitle))
    ]
    inside = [c for c in node.children if not isinstance(c, docutils.nodes.subtitle)]
    blocks = list(_blocks(reading, inside))
    return "\n\n".join([f"**{': '.join(said)}**", *blocks] if said and blocks else blocks)


def _flat(node: docutils.nodes.Element) -> str:
    """A block's text on one line, its paragraphs and items joined by a space."""
    if isinstance(node, docutils.nodes.TextElement):
        return rst_text(node)
    return " ".join(filter(None, (_flat(c) for c in node.children if isinstance(c, docutils.nodes.Element))))


# ---------------------------------------------------------------- tables


def _table(reading: _Reading, table: docutils.nodes.Element) -> str:
    """A pipe table (its title in bold before it), or "" and RST186 for one it cannot show."""
    groups = _children(table, docutils.nodes.tgroup)
    if len(groups) != 1:
        _left_out(reading, table, "a table", "it is not one group of columns")
        return ""
    head = [_cells(row) for part in _children(groups[0], docutils.nodes.thead) for row in _rows(part)]
    body = [_cells(row) for part in _children(groups[0], docutils.nodes.tbody) for row in _rows(part)]
    columns = len(_children(groups[0], docutils.nodes.colspec)) or max(map(len, head + body), default=0)
    problem = _unshown(head, body, columns)
    if problem:
        _left_out(reading, table, "a table", problem)
        return ""
    titles = [f"**{rst_text(t)}**" for t in _children(table, docutils.nodes.title)]
    lines = [_row(head[0] if head else [""] * columns), _row(["---"] * columns)]
    lines += [_row(cells) for cells in body]
    return "\n\n".join([*titles, "\n".join(lines)])


def _rows(part: docutils.nodes.Element) -> list[docutils.nodes.Element]:
    return _children(part, docutils.nodes.row)


def _cells(row: docutils.nodes.Element) -> list[str | None]:
    """Each cell's text; None for one a pipe table cannot hold (it spans, or holds more than a
    paragraph)."""
    found: list[str | None] = []
    for entry in _children(row, docutils.nodes.entry):
        blocks = [c for c in entry.children if isinstance(c, docutils.nodes.Element)]
        spans = entry.get("morerows", 0) or entry.get("morecols", 0)
        plain = all(isinstance(b, docutils.nodes.paragraph) for b in blocks) and len(blocks) <= 1
        found.append(rst_text(entry).replace("|", "\\|") if plain and not spans else None)
    return found


def _unshown(head: list[list[str | None]], body: list[list[str | None]], columns: int) -> str:
    """Why the rows cannot be a pipe table ("" when they can)."""
    if len(head) > 1:
        return "it has more than one header row"
    if any(None in cells for cells in head + body):
        return "a cell spans rows or columns, or holds more than one paragraph"
    if any(len(cells) != columns for cells in head + body):
        return "its rows have different numbers of cells"
    return ""


def _row(cells: list[str | None]) -> str:
    return "| " + " | ".join(cell or "" for cell in cells) + " |"


def _left_out(reading: _Reading, node: docutils.nodes.Element, what: str, why: str = "") -> None:
    section = next(sections_around(node), None)
    title = title_of(section)[0] if section is not None else ""
    text = " ".join(node.astext().split())
    shown = text if len(text) <= 60 else text[:57] + "..."
    message = f"{what} in the prose of {title!r} is left out of {reading.whose} description"
    message += f" ({why})" if why else ""
    message += f": {shown!r}" if shown else ""
    reading.walk.diagnostics.append(Diagnostic("RST186", message, reading.walk.at(line_of(node)), hint=_HINT))
