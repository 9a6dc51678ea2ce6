"""The doc's text as CommonMark, which OpenAPI's ``description`` fields are rendered as.

The readers keep a description as the document wrote it, with the inline RST they need for
reading (``literal`` names of fields and values, `text <uri>`_ links); Swagger UI and Redoc render
CommonMark, where ``literal`` happens to work but `text <uri>`_ shows as code. The emitter writes
every description through ``commonmark``: ``literal`` -> `literal`, `text <uri>`_ -> [text](uri),
`text`_ (a named link whose target the reader did not keep) and interpreted text -> text, a role
left as written (:role:`text`) -> its text. Lists arrive as "- item" lines, which both languages
read alike.
"""

from __future__ import annotations

import functools
import re

__all__ = ["commonmark"]

_LITERAL = re.compile(r"``(?P<code>(?:[^`]|`(?!`))+?)``")
_LINK = re.compile(r"`(?P<text>[^`<]+?)\s*<(?P<uri>[^<>`\s]+)>`__?")
_ROLE = re.compile(r":[\w:+.-]+:`(?P<text>[^`]+)`")
_NAMED = re.compile(r"(?<![`\w])`(?P<text>[^`]+)`(?:__?)(?![`\w])")


@functools.lru_cache(maxsize=8192)  # a parameter's description is written once per operation using it
def commonmark(text: str) -> str:
    """``text`` (inline RST as the readers keep it) as CommonMark."""
    if "`" not in text:
        return text
    parts = []
    for index, piece in enumerate(_LITERAL.split(text)):
        # _LITERAL has one group: odd pieces are the code of a ``literal``, even ones the text around
        parts.append(_code(piece) if index % 2 else _inline(piece))
    return "".join(parts)


def _inline(text: str) -> str:
    text = _LINK.sub(lambda m: f"[{_escaped(m['text'])}]({m['uri']})", text)
    text = _ROLE.sub(lambda m: m["text"], text)
    return _NAMED.sub(lambda m: m["text"], text)


def _escaped(text: str) -> str:
    return re.sub(r"([\[\]])", r"\\\1", text)


def _code(code: str) -> str:
    """A code span whose fence is longer than any run of backticks inside it."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{fence}{padding}{code}{padding}{fence}"
