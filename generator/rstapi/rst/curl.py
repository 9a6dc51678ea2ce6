"""curl commands in example blocks -> method, URL, headers and body, as the doc intends them.

The house style often breaks a command over lines without a trailing ``\\``; the
intent is one command, so lines are joined, and each such defect is recorded
as a problem for the lint to report.
"""

from __future__ import annotations

import re
import shlex
from typing import NamedTuple

__all__ = ["CurlCommand", "looks_like_curl", "parse_curl"]


class CurlCommand(NamedTuple):
    method: str | None
    url: str
    headers: tuple[tuple[str, str], ...]
    body: str | None
    body_line: int  # 0-based line of the block where the body starts
    problems: tuple[tuple[int, str], ...]  # (0-based line, message)


# A shell prompt before the command, as terminals show it: "$ curl ...", "% curl ...".
_PROMPT = re.compile(r"^[ \t]*[$%>#][ \t]+(?=curl\b)", re.M)
# Short options written with their value attached (-XPOST, -H'Accept: ...', -d'{...}') and long
# options with "=" (--request=POST): one word, split into flag and value.
_ATTACHED = re.compile(r"^(?P<flag>-[XHd])(?P<value>.+)$|^(?P<long>--[a-z-]+)=(?P<long_value>.*)$", re.S)


def looks_like_curl(text: str) -> bool:
    return _PROMPT.sub("", text).lstrip().startswith("curl ")


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(first line index, text) for each shell line, ``\\``-continuations joined.

    A line broken inside a word (``https://host/v2/\\``) continues that word, as
    the doc intends; otherwise the break is a word boundary.
    """
    result: list[tuple[int, str]] = []
    buffer, start = "", 0
    for index, raw in enumerate(text.splitlines()):
        line = raw.strip()
        if not buffer:
            start = index
        if line.endswith("\\"):
            head = line[:-1]
            buffer += head if head and not head[-1].isspace() else head.rstrip() + " "
            continue
        buffer += line
        if buffer.strip():
            result.append((start, buffer.strip()))
        buffer = ""
    if buffer.strip():
        result.append((start, buffer.strip()))
    return result


_BLANKS = re.compile(r"[ \t\r\n]+")  # shlex's whitespace
# A word of a line without backslashes: unquoted runs and quoted strings that close.
_QUOTED_WORD = re.compile(r"""(?:[^ \t\r\n'"]+|'[^']*'|"[^"]*")+""")
_QUOTES = re.compile(r"""'([^']*)'|"([^"]*)\"""")


def _words(line: str) -> list[str]:
    """``shlex.split(line)`` without shlex's character-by-character reader for the lines a curl
    command is made of: a line without quotes or backslashes is split on shlex's whitespace; one
    without backslashes is cut into words of unquoted runs and quoted strings, the quotes
    dropped, when only blanks lie between the words (no quote is left open). Other lines go to
    shlex."""
    if "\\" in line:
        return shlex.split(line)
    if "'" not in line and '"' not in line:
        return [word for word in _BLANKS.split(line) if word]
    words: list[str] = []
    end = 0
    for word in _QUOTED_WORD.finditer(line):
        if line[end : word.start()].strip(" \t\r\n"):
            return shlex.split(line)  # a quote left open: shlex says so
        words.append(_QUOTES.sub(_unquoted, word[0]))
        end = word.end()
    if line[end:].strip(" \t\r\n"):
        return shlex.split(line)
    return words


def _unquoted(quoted: re.Match[str]) -> str:
    return quoted[1] if quoted[1] is not None else quoted[2]


def _tokens(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    tokens: list[tuple[int, str]] = []
    problems: list[tuple[int, str]] = []
    for position, (index, line) in enumerate(lines):
        try:
            words = _words(line)
        except ValueError:
            problems.append((index, f"stray text that is not part of the command: {line!r}"))
            continue
        if position > 0 and words and words[0] != "curl":
            problems.append((index, f"line continuation '\\' missing before {line[:40]!r}"))
        tokens.extend((index, word) for word in words)
    return tokens, problems


_BODY_FLAGS = frozenset({"-d", "--data", "--data-raw", "--data-binary", "--json"})


def parse_curl(text: str) -> CurlCommand:
    """What the curl command in ``text`` asks for; defects are collected, not raised."""
    tokens, problems = _tokens(_logical_lines(_PROMPT.sub("", text)))
    tokens = [split for token in tokens for split in _split_attached(token)]
    method: str | None = None
    url, body, body_line = "", None, 0
    headers: list[tuple[str, str]] = []
    iterator = iter(tokens)
    for index, word in iterator:
        if word in {"-X", "--request"}:
            method = next(iterator, (index, ""))[1].upper() or None
        elif word in {"-H", "--header"}:
            name, _, value = next(iterator, (index, ""))[1].partition(":")
            headers.append((name.strip(), value.strip()))
        elif word in _BODY_FLAGS:
            body_line, body = next(iterator, (index, ""))
        elif word == "--url":
            url = next(iterator, (index, ""))[1] or url
        elif "://" in word and not url:
            url = word
    if body:
        body_line = _physical_line(text, body, body_line)
    return CurlCommand(method, url, tuple(headers), body, body_line, tuple(problems))


def _split_attached(token: tuple[int, str]) -> list[tuple[int, str]]:
    index, word = token
    match = _ATTACHED.match(word)
    if match is None:
        return [token]
    if match["flag"]:
        return [(index, match["flag"]), (index, match["value"])]
    return [(index, match["long"]), (index, match["long_value"])]


def _physical_line(text: str, body: str, fallback: int) -> int:
    """The block line where the body's first line is written."""
    first = body.splitlines()[0][:30]
    lines = text.splitlines()
    return next((i for i in range(fallback, len(lines)) if first in lines[i]), fallback)
