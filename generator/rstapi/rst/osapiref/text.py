"""A parameters.yaml description (reStructuredText) as the plain text the spec carries.

Descriptions are short RST: paragraphs, ``literals``, roles and links, now and then a list.
Parsing each with docutils would cost more than the whole reference; this keeps paragraphs
(lines joined), list items (one a line), literals as written (as the house style's reader does),
a role's text without the role (``:ref:`Servers <servers>``` -> "Servers"), a link as
CommonMark (`` `docs <https://x>`_ `` -> "[docs](https://x)") and an admonition as its text after
its word (``.. note::`` then "Required from 2.37." -> "Note: Required from 2.37.").

A description is rendered in the page that lists it, so a substitution reference (``|product|``)
shows the text the page defines for it (``rst_epilog``'s under Sphinx, the page's own):
``substituted`` replaces those before ``description_text``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import docutils.nodes

from rstapi.rst.prose import ADMONITIONS

__all__ = ["description_text", "substituted"]

_ROLE = re.compile(r":[\w:.+-]+:`(?P<text>[^`<]*?)\s*(?:<[^`>]*>)?`")
_LINK = re.compile(r"`(?P<text>[^`<]+?)\s*<(?P<url>[^`>]+)>`__?")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.|#\.)\s+")
# A substitution reference: |name|, the name neither beginning nor ending with a space.
_SUBSTITUTION = re.compile(r"\|(?P<name>[^|\s](?:[^|]*[^|\s])?)\|")


_ADMONITION = re.compile(r"^(?P<indent> *)\.\.\s+(?P<name>[\w-]+)::(?:\s+(?P<text>.*?))?\s*$")


def substituted(rst: str, doctree: docutils.nodes.document) -> str:
    """``rst`` with each substitution reference ``doctree`` defines replaced by the definition's
    text, as the page that renders it shows it; one it does not define is kept as written."""
    if "|" not in rst or not getattr(doctree, "substitution_defs", None):
        return rst

    def text_of(match: re.Match[str]) -> str:
        name = doctree.substitution_names.get(docutils.nodes.fully_normalize_name(match["name"]))
        definition = doctree.substitution_defs.get(name) if name else None
        return str(definition.astext()) if definition is not None else match[0]

    return _SUBSTITUTION.sub(text_of, rst)


@functools.cache
def description_text(rst: str) -> str:
    lines = rst.strip().splitlines()
    blocks: list[str] = []
    start = 0
    for begin, end, label, body in _admonitions(lines):
        blocks.append(_paragraphs("\n".join(lines[start:begin])))
        text = description_text(body)
        blocks.append(f"{label}: {text}" if text else "")
        start = end
    blocks.append(_paragraphs("\n".join(lines[start:])))
    return "\n\n".join(b for b in blocks if b)


def _admonitions(lines: list[str]) -> Iterator[tuple[int, int, str, str]]:
    """Each admonition of ``lines``: its first line, the line after it, its word and its text (the
    directive line's own text, then the lines indented under it)."""
    number = 0
    while number < len(lines):
        match = _ADMONITION.match(lines[number])
        if match is None or match["name"].lower() not in ADMONITIONS:
            number += 1
            continue
        indent, end = len(match["indent"]), number + 1
        while end < len(lines) and (
            not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
        ):
            end += 1
        body = [match["text"] or ""] + [line.strip() for line in lines[number + 1 : end]]
        yield number, end, ADMONITIONS[match["name"].lower()], "\n".join(body)
        number = end


def _paragraphs(rst: str) -> str:
    paragraphs = []
    for block in re.split(r"\n\s*\n", rst.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if lines and _ITEM.match(lines[0]):
            paragraphs.append("\n".join(_inline(line) for line in _items(lines)))
        else:
            paragraphs.append(_inline(" ".join(lines)))
    return "\n\n".join(p for p in paragraphs if p)


def _items(lines: list[str]) -> list[str]:
    """A list's lines with each item's continuation lines joined to it."""
    items: list[str] = []
    for line in lines:
        if _ITEM.match(line) or not items:
            items.append(line)
        else:
            items[-1] += " " + line
    return items


def _inline(text: str) -> str:
    text = _LINK.sub(lambda m: f"[{m['text']}]({m['url']})", text)
    return _ROLE.sub(lambda m: m["text"], text)
