"""A parameters.yaml description (reStructuredText) as the plain text the spec carries.

Descriptions are short RST: paragraphs, ``literals``, roles and links, now and then a list.
Parsing each with docutils would cost more than the whole reference; this keeps paragraphs
(lines joined), list items (one a line), literals as written (as the house style's reader does),
a role's text without the role (``:ref:`Servers <servers>``` -> "Servers") and a link as
CommonMark (`` `docs <https://x>`_ `` -> "[docs](https://x)").
"""

from __future__ import annotations

import functools
import re

__all__ = ["description_text"]

_ROLE = re.compile(r":[\w:.+-]+:`(?P<text>[^`<]*?)\s*(?:<[^`>]*>)?`")
_LINK = re.compile(r"`(?P<text>[^`<]+?)\s*<(?P<url>[^`>]+)>`__?")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.|#\.)\s+")


@functools.cache
def description_text(rst: str) -> str:
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
