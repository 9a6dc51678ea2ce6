"""A raw HTTP message as references show it (``.. sourcecode:: http``): start line, headers, body."""

from __future__ import annotations

import re

import attrs

from rstapi.records import Record
from rstapi.rst.credentials import media_type

__all__ = ["HttpMessage", "media_type", "read_message"]

_REQUEST_LINE = re.compile(r"^(?P<method>[A-Z]+)\s+(?P<target>\S+)(?:\s+HTTP/\d(?:\.\d)?)?\s*$")
_STATUS_LINE = re.compile(r"^HTTP/\d(?:\.\d)?\s+(?P<status>[1-5]\d\d)(?:\s+(?P<reason>.*))?$")
_HEADER = re.compile(r"^(?P<name>[!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(?P<value>.*)$")


@attrs.frozen(repr=False)
class HttpMessage(Record):
    """A request (``method`` and ``target``) or a response (``status``); ``body_line`` is the
    body's first line, ``header_lines`` each header's, counted from the message's first line (0)."""

    method: str | None = None
    target: str | None = None
    status: int | None = None
    reason: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    body: str = ""
    body_line: int = 0
    header_lines: tuple[int, ...] = ()

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)

    def header_line(self, name: str) -> int:
        """The line of the header ``name`` (the first of that name), counted as ``body_line``."""
        index = next((i for i, (key, _) in enumerate(self.headers) if key.lower() == name.lower()), 0)
        return self.header_lines[index] if index < len(self.header_lines) else 0

    @property
    def media_type(self) -> str | None:
        return media_type(self.header("Content-Type") or "")


def read_message(text: str) -> HttpMessage | None:
    """The message ``text`` holds, or None when its first line is neither a request nor a status line."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if start == len(lines):
        return None
    request, status = _REQUEST_LINE.match(lines[start].strip()), _STATUS_LINE.match(lines[start].strip())
    if request is None and status is None:
        return None
    headers, header_lines, index = _headers(lines, start + 1)
    body_start = next((i for i in range(index, len(lines)) if lines[i].strip()), len(lines))
    body = "\n".join(lines[body_start:])
    if request is not None:
        return HttpMessage(
            request["method"], request["target"], None, "", headers, body, body_start, header_lines
        )
    assert status is not None
    reason = (status["reason"] or "").strip()
    return HttpMessage(None, None, int(status["status"]), reason, headers, body, body_start, header_lines)


def _headers(lines: list[str], index: int) -> tuple[tuple[tuple[str, str], ...], tuple[int, ...], int]:
    """The header lines from ``index`` to the blank line (continuation lines joined), the line each
    starts at, and where the body starts."""
    found: list[tuple[str, str]] = []
    starts: list[int] = []
    while index < len(lines) and lines[index].strip():
        line = lines[index]
        match = _HEADER.match(line.strip())
        if line[:1] in " \t" and found:
            found[-1] = (found[-1][0], f"{found[-1][1]} {line.strip()}")
        elif match is None:
            break  # no blank line before the body: the body starts here
        else:
            found.append((match["name"], match["value"].strip()))
            starts.append(index)
        index += 1
    return tuple(found), tuple(starts), index
