"""What a curl example puts on the wire, as curl itself sends it: the method, the body's bytes and
the Content-Type curl adds (``-d`` a form, ``-F`` multipart, ``--json`` JSON), ``-u``'s Basic
credentials and whether ``-L`` follows redirects. The reader's `parse_curl` says what the command
means; this module adds what curl does on its own, which the reader has no need of.
"""

from __future__ import annotations

import base64
import json
import re
import shlex
from typing import NamedTuple
from urllib.parse import urlencode

from rstapi.model import CurlExample
from rstapi.rst.curl import CurlCommand, parse_curl, sent_method

__all__ = ["FORM", "MULTIPART", "Wire", "basic_header", "is_placeholder", "wire_of"]

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
JSON = "application/json"
_BOUNDARY = "rstapi-smoke-boundary"  # fixed: the bytes sent are the same on every run

# A value a reader is to replace with their own: <token>, {token}, $TOKEN, ${TOKEN}, [token],
# YOUR_TOKEN, TOKEN_HERE.
_PLACEHOLDER = re.compile(
    r"^(?:<[^<>]+>|\{[^{}]+\}|\$\{?[A-Za-z_]\w*\}?|\[[^\[\]]+\]|(?i:your)[_-]?\w*|\w*[_-](?i:here))$"
)
# -u/--user and its value, however the command writes it ("-u a:b", "--user=a:b", "-ua:b").
_USER = re.compile(r"""(?:^|\s)(?:-u|--user)(?:=|\s+)?("[^"]*"|'[^']*'|\S+)""")
# -L/--location, alone or in a cluster of short options that take no value ("-sL", "-iLs").
_FOLLOW = re.compile(r"(?:^|\s)(?:--location(?:-trusted)?|-[sSvikfgIN]*L[sSvikfgIN]*)(?=\s|$)")


def is_placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.match(value.strip()))


class Wire(NamedTuple):
    method: str
    body: bytes | None
    content_type: str | None  # the header curl sends, when the command does not write one
    media_type: str | None  # the body's media type (the command's header or curl's default)
    basic: tuple[str, str] | None  # -u's user and password
    follow_redirects: bool
    why_media: str  # how curl comes to send that media type, for a finding


def wire_of(example: CurlExample) -> Wire:
    command = parse_curl(example.raw)
    said = next((v for n, v in example.headers if n.lower() == "content-type"), "")
    body, default, why = _body(command, said)
    media = (said or default or "").split(";")[0].strip().lower() or None
    if said:
        why = f"the example's Content-Type header says {said!r}"
    return Wire(
        sent_method(example).upper(),
        body,
        None if said or body is None else default,
        media if body is not None else None,
        _basic(example.raw),
        bool(_FOLLOW.search(_flattened(example.raw))),
        why,
    )


def _body(command: CurlCommand, said: str) -> tuple[bytes | None, str | None, str]:
    """(the bytes, the media type curl labels them with unless the header ``said`` one, why)."""
    if command.form is not None and command.media_type == MULTIPART:
        return (
            _multipart(json.loads(command.form)),
            f"{MULTIPART}; boundary={_BOUNDARY}",
            "curl's -F sends it",
        )
    if command.form is not None and command.media_type in (FORM, None):
        return urlencode(json.loads(command.form)).encode("utf-8"), FORM, "curl's default for -d"
    if command.body is None:
        return None, None, ""
    if command.media_type == JSON and not said:  # no header: --json said it
        return command.body.encode("utf-8"), JSON, "curl's --json sends it"
    return command.body.encode("utf-8"), FORM, "curl's default for -d without a Content-Type header"


def _multipart(fields: dict[str, str]) -> bytes:
    parts = [
        f'--{_BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in fields.items()
    ]
    return ("".join(parts) + f"--{_BOUNDARY}--\r\n").encode("utf-8")


def _flattened(raw: str) -> str:
    return raw.replace("\\\n", " ")


def _basic(raw: str) -> tuple[str, str] | None:
    match = _USER.search(_flattened(raw))
    if match is None:
        return None
    try:
        value = shlex.split(match[1])[0]
    except (ValueError, IndexError):
        value = match[1]
    user, _, password = value.partition(":")
    return user, password


def basic_header(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
