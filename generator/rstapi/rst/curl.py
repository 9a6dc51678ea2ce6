"""curl commands in example blocks -> method, URL, headers and body, as the doc intends them.

The house style often breaks a command over lines without a trailing ``\\``; the
intent is one command, so lines are joined, and each such defect is recorded
as a problem for the lint to report. The data curl sends (``-d``, ``--data-urlencode``) is
the body, or with ``-G``/``--get`` the URL's query string, as curl sends it; data the reader
does not read (a file's content, a value without a name) is ``unread``, for the lint to report.
"""

from __future__ import annotations

import functools
import json
import re
import shlex
from collections.abc import Sequence
from typing import NamedTuple
from urllib.parse import parse_qsl, quote

from rstapi.diagnostics import SourceLocation
from rstapi.model import CurlExample

__all__ = ["CurlCommand", "looks_like_curl", "parse_curl", "sent_method", "split_commands", "url_line"]


class CurlCommand(NamedTuple):
    method: str | None
    url: str
    headers: tuple[tuple[str, str], ...]
    body: str | None
    body_line: int  # 0-based line of the block where the body starts
    problems: tuple[tuple[int, str], ...]  # (0-based line, message)
    unread: tuple[tuple[int, str], ...] = ()  # (0-based line, message): data sent but not read
    # the media type curl sends the body as when the command says it (a Content-Type header,
    # ``--json``) or sends a form: ``-F`` fields, or data of name=value pairs, with no header
    media_type: str | None = None
    form: str | None = None  # a form's fields (``-F``, ``-d a=1 -d b=2``) as a JSON object's text
    form_line: int = 0  # 0-based line where the form's first field is written


# A shell prompt before the command, as terminals show it: "$ curl ...", "% curl ...".
_PROMPT = re.compile(r"^[ \t]*[$%>#][ \t]+(?=curl\b)", re.M)
# Short options written with their value attached (-XPOST, -H'Accept: ...', -d'{...}') and long
# options with "=" (--request=POST): one word, split into flag and value.
_ATTACHED = re.compile(r"^(?P<flag>-[XHdF])(?P<value>.+)$|^(?P<long>--[a-z-]+)=(?P<long_value>.*)$", re.S)


# A shell comment line ("# Enroll a learner"; not a root prompt, "# curl ...").
_COMMENT_LINE = re.compile(r"[ \t]*#(?![ \t]+curl\b)")


def _without_leading_comments(text: str) -> str:
    """``text`` with the shell comment lines before the command blanked (each line keeps its place)."""
    if "#" not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _COMMENT_LINE.match(line):
            lines[index] = ""
        elif line.strip():
            break
    return "\n".join(lines)


def split_commands(text: str) -> list[tuple[int, str]]:
    """(0-based first line, text) of each curl command of a block: one that holds several
    ("# List them" / ``curl ...`` / "# Add one" / ``curl -X POST ...``) is cut before each line
    that starts a command, the comment lines before it going with it. A block of one command is
    returned whole."""
    if text.count("curl") < 2:
        return [(0, text)]
    lines = text.split("\n")
    bare = _PROMPT.sub("", "\n".join("" if _COMMENT_LINE.match(line) else line for line in lines))
    starts = [index for index, line in _logical_lines(bare) if line == "curl" or line.startswith("curl ")]
    if len(starts) < 2:
        return [(0, text)]
    cuts, bare_lines = [0], bare.split("\n")
    for start in starts[1:]:
        while start > cuts[-1] + 1 and not bare_lines[start - 1].strip():
            start -= 1  # the blank and comment lines before a command are its own
        cuts.append(start)
    ends = [*cuts[1:], len(lines)]
    return [(cut, "\n".join(lines[cut:end]).rstrip("\n")) for cut, end in zip(cuts, ends, strict=True)]


def sent_method(command: CurlExample) -> str:
    """The method curl sends: ``-X``, else POST with a body, else GET."""
    return command.method or ("POST" if command.body is not None else "GET")


def looks_like_curl(text: str) -> bool:
    """A block whose command (after comment lines and a shell prompt) is curl's. A block without
    a prompt's character (a JSON example, most) is not searched for prompts line by line."""
    text = _without_leading_comments(text)
    if "$" in text or "%" in text or ">" in text or "#" in text:
        text = _PROMPT.sub("", text)
    return text.lstrip().startswith("curl ")


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(first line index, text) for each shell line, ``\\``-continuations joined.

    A line broken inside a word (``https://host/v2/\\``) continues that word, as
    the doc intends; otherwise the break is a word boundary. A line that leaves a quote open
    (``-d '{`` and the JSON on the lines after it) goes on, its line end kept inside the quote,
    as the shell reads it.
    """
    result: list[tuple[int, str]] = []
    buffer, start, state = "", 0, _UNQUOTED
    for index, raw in enumerate(text.splitlines()):
        if not buffer:
            start = index
        line = raw.rstrip() if state.quote else raw.strip()
        if state.quote:
            buffer += "\n"  # the line end is part of the quoted string
            state = _read(state, "\n")
        if line.endswith("\\") and not _read(state, line[:-1]).quote:
            head = line[:-1]
            joined = head if head and not head[-1].isspace() else head.rstrip() + " "
            buffer += joined
            state = _read(state, joined)
            continue
        buffer += line
        state = _read(state, line)
        if state.quote:
            continue
        if buffer.strip():
            result.append((start, buffer.strip()))
        buffer, state = "", _UNQUOTED
    if buffer.strip():
        result.append((start, buffer.strip()))
    return result


class _Quoting(NamedTuple):
    """Where the shell is in a command's text: the quote open (``'``, ``"`` or none), and whether
    a backslash escapes the next character."""

    quote: str
    escaped: bool


_UNQUOTED = _Quoting("", False)


def _read(state: _Quoting, text: str) -> _Quoting:
    """The state after ``text`` read from ``state``: a command's text is read once, piece by piece
    as it is joined (a backslash escapes the next character outside single quotes)."""
    if not text or ("'" not in text and '"' not in text and "\\" not in text):
        return _Quoting(state.quote, state.escaped and not text)
    quote, escaped = state
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\" and quote != "'":
            escaped = True
        elif quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
    return _Quoting(quote, escaped)


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
_URLENCODE = "--data-urlencode"
_GET_FLAGS = frozenset({"-G", "--get"})
# A cluster of short options that take no value, one of them -G ("-sG", "-sSLG").
_GET_CLUSTER = re.compile(r"^-[sSvLkifgIN]*G[sSvLkifgIN]*$")


class _Data(NamedTuple):
    """One value of a data option, as written: (0-based line, option, value)."""

    line: int
    flag: str
    value: str


class _Sent(NamedTuple):
    url: str
    body: str | None
    body_line: int
    unread: list[tuple[int, str]]


@functools.lru_cache(maxsize=1 << 14)
def parse_curl(text: str) -> CurlCommand:
    """What the curl command in ``text`` asks for; defects are collected, not raised.

    Kept by the text (pure, and the command immutable): the lint asks each example's command
    again for what its reading did not read (RST168), which the model does not keep, and finds
    the reading of the same build."""
    tokens, problems = _tokens(_logical_lines(_PROMPT.sub("", _without_leading_comments(text))))
    tokens = [split for token in tokens for split in _split_attached(token)]
    method: str | None = None
    url, get = "", False
    data: list[_Data] = []
    headers: list[tuple[str, str]] = []
    iterator = iter(tokens)
    for index, word in iterator:
        if word in {"-X", "--request"}:
            method = next(iterator, (index, ""))[1].upper() or None
        elif word in {"-H", "--header"}:
            name, _, value = next(iterator, (index, ""))[1].partition(":")
            headers.append((name.strip(), value.strip()))
        elif word in _BODY_FLAGS or word == _URLENCODE or word in _FORM_FLAGS:
            line, value = next(iterator, (index, ""))
            data.append(_Data(_physical_line(text, value, line), word, value))
        elif word in _GET_FLAGS or _GET_CLUSTER.match(word):
            get = True
        elif word == "--url":
            url = next(iterator, (index, ""))[1] or url
        elif "://" in word and not url:
            url = word
    parts = [piece for piece in data if piece.flag in _FORM_FLAGS]
    data = [piece for piece in data if piece.flag not in _FORM_FLAGS]
    sent = _in_query(url, data) if get else _in_body(url, data)
    form, form_line, unread = (None, 0, []) if get else _form(parts or data)
    said = next((value for name, value in headers if name.lower() == "content-type"), "")
    media = said.split(";")[0].strip().lower() or _sent_media(data, parts, form)
    return CurlCommand(
        method,
        sent.url,
        tuple(headers),
        sent.body,
        sent.body_line,
        tuple(problems),
        tuple(unread) if form is not None and not parts else (*sent.unread, *unread),  # a form reads all
        media or None,
        form,
        form_line,
    )


_FORM_FLAGS = frozenset({"-F", "--form", "--form-string"})
_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"
# A -F value's attributes after its content ("photo=@a.png;type=image/png"): not the content.
_FORM_ATTRIBUTES = re.compile(r";\s*(?:type|filename|headers|encoder)=.*$", re.S)


def _sent_media(data: Sequence[_Data], parts: Sequence[_Data], form: str | None) -> str:
    """The media type curl sends without a Content-Type header: ``--json``'s JSON, ``-F``'s
    multipart form, and a form for data of name=value pairs; "" for a ``-d`` body written as JSON,
    which the document means as JSON though curl labels it a form."""
    if any(piece.flag == "--json" for piece in data):
        return "application/json"
    if parts:
        return _MULTIPART
    return _FORM if form is not None else ""


def _form(data: Sequence[_Data]) -> tuple[str | None, int, list[tuple[int, str]]]:
    """(the fields as a JSON object's text, the line of the first, the parts not read) of the
    fields a command sends as a form: its ``-F`` parts (``name=content``; a file's, ``name=@file``,
    is not read), or its data when every ``-d`` value is name=value pairs ("a=1&b=2", curl joins
    the values with "&") and the ``--data-urlencode`` values name=content; None for other data."""
    fields: dict[str, str] = {}
    unread: list[tuple[int, str]] = []
    for piece in data:
        if piece.flag in _FORM_FLAGS:
            name, equals, content = piece.value.partition("=")
            if piece.flag != "--form-string":
                if content[:1] in ("@", "<"):
                    unread.append(
                        (
                            piece.line,
                            f"{piece.flag} {piece.value!r} sends a file's content, which is not read",
                        )
                    )
                    continue
                content = _FORM_ATTRIBUTES.sub("", content)
            pairs = [(name, content)] if name and equals else []
        elif piece.flag == _URLENCODE:
            pair, _ = _urlencoded(piece.value)
            pairs = [pair] if pair is not None else []
        elif piece.flag == "--json" or not _pairs(piece.value):
            return None, 0, []
        else:
            pairs = parse_qsl(piece.value, keep_blank_values=True)
        for name, content in pairs:
            fields.setdefault(name, content)
    if not fields:
        return None, 0, unread
    return json.dumps(fields, ensure_ascii=False), data[0].line, unread


def _pairs(value: str) -> bool:
    """A data value written as name=value pairs ("name=a&size=3"), not JSON nor a file."""
    return bool(value) and value[0] not in "{[@" and all("=" in pair for pair in value.split("&") if pair)


def _in_query(url: str, data: Sequence[_Data]) -> _Sent:
    """``-G``: every data value joins the URL's query string ("&"-separated, after "?" or "&"),
    a ``--data-urlencode`` content URL-encoded, as curl sends it; the request has no body."""
    parts: list[tuple[_Data, str]] = []
    unread: list[tuple[int, str]] = []
    for piece in data:
        if piece.flag == _URLENCODE:
            pair, why = _urlencoded(piece.value)
            if pair is None:
                unread.append((piece.line, why))
            else:
                parts.append((piece, f"{pair[0]}={quote(pair[1], safe='')}"))
        elif piece.value.startswith("@") and piece.flag != "--data-raw":
            unread.append(
                (piece.line, f"{piece.flag} {piece.value!r} sends a file's content, which is not read")
            )
        elif piece.value:
            parts.append((piece, piece.value))
    if url and parts:
        url += ("&" if "?" in url else "?") + "&".join(part for _, part in parts)
    else:  # no URL to send them with
        unread += [
            (p.line, f"{p.flag} {p.value!r} is sent with -G, but the command has no URL") for p, _ in parts
        ]
    return _Sent(url, None, 0, unread)


def _in_body(url: str, data: Sequence[_Data]) -> _Sent:
    """The body: the last ``-d``-like value as written; without one, the ``--data-urlencode``
    fields (name=content, content as written: curl encodes it) as a JSON object of the fields."""
    raw = [piece for piece in data if piece.flag != _URLENCODE]
    encoded = [piece for piece in data if piece.flag == _URLENCODE]
    if raw:
        joined = f"curl joins it to the {raw[-1].flag} body with '&'"
        unread = [(p.line, f"{_URLENCODE} {p.value!r} is not read: {joined}") for p in encoded]
        return _Sent(url, raw[-1].value, raw[-1].line, unread)
    fields: dict[str, str] = {}
    unread = []
    for piece in encoded:
        pair, why = _urlencoded(piece.value)
        if pair is not None and pair[0] in fields:
            why = f"{_URLENCODE} {piece.value!r} sends {pair[0]!r} again; the first value is read"
        if pair is None or pair[0] in fields:
            unread.append((piece.line, why))
            continue
        fields[pair[0]] = pair[1]
    if not fields:
        return _Sent(url, None, 0, unread)
    return _Sent(url, json.dumps(fields, ensure_ascii=False), encoded[0].line, unread)


def _urlencoded(value: str) -> tuple[tuple[str, str] | None, str]:
    """A ``--data-urlencode`` value's (name, content) when written name=content, else why it is
    not read. curl reads the value up to its first "=" or "@": "name=content", "=content",
    "content" (no name), "name@file" and "@file" (a file's content)."""
    cut = re.search(r"[=@]", value)
    if cut is not None and cut[0] == "@":
        return None, f"{_URLENCODE} {value!r} sends a file's content, which is not read"
    if cut is None or cut.start() == 0:
        return None, f"{_URLENCODE} {value!r} sends a value without a name; only name=content is read"
    return (value[: cut.start()], value[cut.end() :]), ""


def _split_attached(token: tuple[int, str]) -> list[tuple[int, str]]:
    index, word = token
    match = _ATTACHED.match(word)
    if match is None:
        return [token]
    if match["flag"]:
        return [(index, match["flag"]), (index, match["value"])]
    return [(index, match["long"]), (index, match["long_value"])]


def _physical_line(text: str, value: str, fallback: int) -> int:
    """The block line where a data value's (the body's) first line is written."""
    if not value.strip():
        return fallback
    first = value.splitlines()[0][:30]
    lines = text.splitlines()
    return next((i for i in range(fallback, len(lines)) if first in lines[i]), fallback)


def url_line(curl: CurlExample) -> SourceLocation:
    """Where a curl example's URL is written (the command's first line if not found)."""
    head = curl.url[:24]
    offset = next((i for i, line in enumerate(curl.raw.splitlines()) if head and head in line), 0)
    return curl.location.shifted(offset)
