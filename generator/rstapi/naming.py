"""Stable names: operationIds, tags and component names, derived from one operation's own facts.

A name never depends on another section, so editing one endpoint cannot rename another.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

__all__ = [
    "base_path",
    "humanised",
    "is_param",
    "item_name",
    "operation_id_for",
    "pascal",
    "path_mismatch",
    "path_pointer",
    "path_values",
    "path_words",
    "pointer_parts",
    "pointer_token",
    "schema_pointer",
    "segments",
    "singular",
    "snake",
    "tag_for",
]

_VERSION = re.compile(r"^v\d+(?:\.\d+)?$", re.I)
_PARAM = re.compile(r"^\{[^{}]+\}$")
_PARAM_IN = re.compile(r"\{([^{}]+)\}")  # a parameter within a segment
_VERBS = {"GET": "get", "PUT": "update", "PATCH": "partial_update", "DELETE": "delete"}


_CASE_CHANGE = re.compile(r"([a-z0-9])([A-Z])")
_NOT_ALNUM = re.compile(r"[^0-9a-zA-Z]+")


def snake(text: str) -> str:
    return _NOT_ALNUM.sub("_", _CASE_CHANGE.sub(r"\1_\2", text)).strip("_").lower()


def humanised(name: str) -> str:
    """A name as words for readers: "page_of_course_run" -> "Page of course run"."""
    words = " ".join(name.replace("_", " ").split())
    return words[:1].upper() + words[1:]


def pascal(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in snake(text).split("_") if word)


def is_param(segment: str) -> bool:
    return bool(_PARAM.match(segment))


def path_words(path: str) -> list[str]:
    """The path's literal segments after its version segment (or all of them)."""
    segments = [s for s in path.split("/") if s]
    versions = [i for i, s in enumerate(segments) if _VERSION.match(s)]
    if versions:
        segments = segments[versions[0] + 1 :]
    return [s for s in segments if not is_param(s)]


# Plural endings and their singular, longest first: the first that fits is used.
_SINGULAR_ENDINGS = (
    ("ies", "y"),
    ("sses", "ss"),
    ("xes", "x"),
    ("ss", "ss"),
    ("us", "us"),
    ("is", "is"),
    ("s", ""),
)


def singular(word: str) -> str:
    """``catalogs`` -> ``catalog``, ``entries`` -> ``entry``; a word without a plural ending is kept."""
    for plural, single in _SINGULAR_ENDINGS:
        if word.endswith(plural) and len(word) > len(plural):
            return word[: len(word) - len(plural)] + single
    return word


def item_name(path: str) -> str:
    """The model name of one item of the list at ``path``: its last literal segment, singular."""
    words = path_words(path)
    return pascal(singular(snake(words[-1]))) if words else "Item"


def tag_for(path: str) -> str:
    words = path_words(path)
    return words[0] if words else "default"


def operation_id_for(method: str, path: str) -> str:
    """``list_x`` / ``get_x`` for GET, the action word first for POST to an action path.

    A segment holding a parameter (``{id}``, ``{name}.json``) names an item: GET of it is
    ``get_``, and its literal rest (``json``) is a word of the name. A POST to a plural noun
    (``/projects/{id}/pots``) creates an item of that collection (``create_projects_pots``); to
    another word (``/orders/{id}/cancel``) it is that action (``cancel_orders``)."""
    words = _id_words(path) or ["root"]
    last = [s for s in path.split("/") if s][-1:] or [""]
    item = bool(_PARAM_IN.search(last[0]))
    if method == "GET":
        verb = "get" if item else "list"
    elif method == "POST" and len(words) > 1 and not item and singular(words[-1]) == words[-1]:
        return "_".join([words[-1], *words[:-1]])
    elif method == "POST":
        verb = "create"
    else:
        verb = _VERBS.get(method, method.lower())
    return "_".join([verb, *words])


def _id_words(path: str) -> list[str]:
    """The path's words for an operationId: its literal segments after the version segment, and
    the literal rest of a segment that holds a parameter (``json`` of ``{name}.json``)."""
    segments = [s for s in path.split("/") if s]
    versions = [i for i, s in enumerate(segments) if _VERSION.match(s)]
    if versions:
        segments = segments[versions[0] + 1 :]
    words = (snake(_PARAM_IN.sub(" ", segment)) for segment in segments)
    return [word for word in words if word]


def pointer_token(part: str) -> str:
    """One reference token of a JSON pointer (RFC 6901): ``~`` and ``/`` escaped."""
    return part.replace("~", "~0").replace("/", "~1")


def pointer_parts(pointer: str) -> list[str]:
    """A JSON pointer's reference tokens, unescaped (``/paths/~1a/get`` -> ``["paths", "/a", "get"]``)."""
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]


def path_pointer(path: str, method: str) -> str:
    """The JSON pointer of an operation in the emitted spec."""
    return f"/paths/{pointer_token(path)}/{method.lower()}"


def schema_pointer(name: str, field: str | None = None) -> str:
    """The JSON pointer of a component schema (or one of its properties) in the emitted spec."""
    pointer = f"/components/schemas/{name}"
    return f"{pointer}/properties/{field}" if field else pointer


def segments(path: str) -> list[str]:
    """The path's segments; a trailing slash gives a final empty segment."""
    parts = path.strip().lstrip("/").split("/")
    return parts if parts != [""] else []


# Path converters whose value may hold slashes (Werkzeug's and Django's ``path``): the parameter
# spans one segment or more.
SPANNING_CONVERTERS = frozenset({"path"})


def path_mismatch(url_path: str, template: str, spanning: frozenset[str] = frozenset()) -> str | None:
    """Why ``url_path`` does not fit ``template`` (None when it does); a base path before it is fine.
    A parameter named in ``spanning`` (a ``path`` converter's) takes one segment or more."""
    aligned = _alignment(url_path, template, spanning)
    return aligned if isinstance(aligned, str) else None


def path_values(
    url_path: str, template: str, spanning: frozenset[str] = frozenset()
) -> dict[str, str] | None:
    """The values ``url_path`` gives the template's parameters (``/users/42`` for
    ``/users/{user_id}``: ``{"user_id": "42"}``), percent-decoded; None when it does not fit."""
    aligned = _alignment(url_path, template, spanning)
    if isinstance(aligned, str):
        return None
    found: dict[str, str] = {}
    for got, expected in aligned:
        for name, value in (_segment_values(got, expected) or {}).items():
            found.setdefault(name, unquote(value))
    return found


def _alignment(url_path: str, template: str, spanning: frozenset[str]) -> list[tuple[str, str]] | str:
    """The URL's text for each segment of the template (a spanning parameter's segments joined by
    slashes), or why the URL does not fit it."""
    have, want = segments(url_path), segments(template)
    if len(have) < len(want):
        return f"{len(want) - len(have)} segment(s) missing"
    span = next((i for i, part in enumerate(want) if is_param(part) and part[1:-1] in spanning), None)
    if span is not None and len(have) > len(want):
        return _spanned_alignment(have, want, span)
    return _aligned(have[len(have) - len(want) :], want)


def _aligned(have: list[str], want: list[str]) -> list[tuple[str, str]] | str:
    """Segments ``have`` paired with ``want`` one for one, or why they do not fit."""
    if have and want and (have[-1] == "") != (want[-1] == ""):
        return "trailing slash " + ("not in the template" if have[-1] == "" else "missing")
    for got, expected in zip(have, want, strict=True):
        if is_param(expected) and not got:
            return f"empty segment for {expected}"
        if _segment_values(got, expected) is None:
            return f"segment {got!r} where the template has {expected!r}"
    return list(zip(have, want, strict=True))


def _spanned_alignment(have: list[str], want: list[str], span: int) -> list[tuple[str, str]] | str:
    """``_aligned`` where ``want[span]`` takes the segments between its neighbours' (one at least):
    the template's tail fits the URL's tail, its head some place before the span."""
    after = len(want) - span - 1
    tail = _aligned(have[len(have) - after :], want[span + 1 :]) if after else []
    if isinstance(tail, str):
        return tail
    rest = have[: len(have) - after] if after else have
    for start in range(len(rest) - span):  # a base path may stand before the template's head
        head = _aligned(rest[start : start + span], want[:span])
        if not isinstance(head, str) and rest[start + span]:
            return [*head, ("/".join(rest[start + span :]), want[span]), *tail]
    return _aligned(have[len(have) - len(want) :], want)


def _segment_values(got: str, expected: str) -> dict[str, str] | None:
    """The values a URL's segment gives the parameters of a template's segment (``{name}``, or
    ``{name}.json`` where a parameter is part of it); None when it does not fit."""
    names = _PARAM_IN.findall(expected)
    if not names:
        return {} if got == expected else None
    parts = _PARAM_IN.split(expected)  # literal, name, literal, ...
    pattern = "".join("(.+?)" if index % 2 else re.escape(part) for index, part in enumerate(parts))
    match = re.fullmatch(pattern, got, re.S)
    return dict(zip(names, match.groups(), strict=True)) if match else None


def base_path(url_path: str, template: str) -> str | None:
    """The base path a URL puts before ``template`` ("/gizmo/v1" for "/gizmo/v1/gadgets/" and
    "/gadgets/"); "" when none; None when the URL does not fit the template."""
    if path_mismatch(url_path, template) is not None:
        return None
    have, want = segments(url_path), segments(template)
    prefix = [s for s in have[: len(have) - len(want)] if s]
    return "/" + "/".join(prefix) if prefix else ""
