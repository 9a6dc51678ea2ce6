"""Content negotiation: which representation (JSON or XML) an Accept header asks for, and whether it
accepts a media type an operation documents instead of them (an image)."""

from __future__ import annotations

from enum import Enum
from typing import Final


class Representation(Enum):
    JSON = "application/json"
    XML = "application/xml"

    # Enum's own __hash__ is a Python function (hash of the name); the members are singletons compared
    # by identity, so identity's C hash agrees with it and keeps reply-cache lookups off the interpreter.
    __hash__ = object.__hash__


_MEDIA = {
    "application/json": Representation.JSON,
    "application/*": Representation.JSON,
    "*/*": Representation.JSON,
    "application/xml": Representation.XML,
    "text/xml": Representation.XML,
}
_WILDCARDS: Final = frozenset({"*/*", "application/*"})
EVERY: Final = frozenset(Representation)  # what an operation documenting no JSON or XML is served in
_CACHE_LIMIT: Final = 256
_cache: dict[bytes, Representation | None] = {}


def negotiate(accept: bytes | None) -> Representation | None:
    """The preferred representation the header accepts; JSON when absent; None when none is acceptable."""
    if accept is None:
        return Representation.JSON
    if accept in _cache:
        return _cache[accept]
    chosen = _choose(accept.decode("latin-1"))
    if len(_cache) >= _CACHE_LIMIT:
        _cache.clear()
    _cache[accept] = chosen
    return chosen


def negotiate_among(accept: bytes | None, served: frozenset[Representation]) -> Representation | None:
    """The preferred representation of `served` (those an operation documents) the header accepts, a
    wildcard taking the first served; None when it accepts none. Not cached: `negotiate` answers the
    usual request, this one only when its choice is not served."""
    text = "" if accept is None else accept.decode("latin-1")
    if not text.strip():
        return _first(served)
    for media, quality in _ranked(text):
        if quality <= 0:
            continue
        if media in _WILDCARDS:
            return _first(served)
        chosen = _MEDIA.get(media) or _suffixed(media)
        if chosen is not None and chosen in served:
            return chosen
    return None


def accepts_any(accept: bytes | None, media: frozenset[str]) -> bool:
    """Whether the header accepts one of `media` (an operation's documented media types that are
    neither JSON nor XML), by its name, its type's wildcard (`image/*`) or `*/*`."""
    if not media:
        return False
    text = "" if accept is None else accept.decode("latin-1")
    if not text.strip():
        return True
    for wanted, quality in _ranked(text):
        if quality > 0 and (
            wanted == "*/*" or wanted in media or any(_in_range(kind, wanted) for kind in media)
        ):
            return True
    return False


def _in_range(kind: str, wanted: str) -> bool:
    return wanted.endswith("/*") and kind.startswith(wanted[:-1])


def _first(served: frozenset[Representation]) -> Representation | None:
    return next((each for each in Representation if each in served), None)


def _choose(accept: str) -> Representation | None:
    if not accept.strip():
        return Representation.JSON
    for media, quality in _ranked(accept):
        if quality > 0 and media in _MEDIA:
            return _MEDIA[media]
        if quality > 0 and (suffixed := _suffixed(media)) is not None:
            return suffixed
    return None


def _suffixed(media: str) -> Representation | None:
    """A vendor type's representation by its structured syntax suffix (RFC 6839):
    ``application/vnd.acme+json`` is JSON, ``application/atom+xml`` XML."""
    if media.endswith("+json"):
        return Representation.JSON
    return Representation.XML if media.endswith("+xml") else None


def _ranked(accept: str) -> list[tuple[str, float]]:
    """The header's media ranges (the first 64), the most preferred first."""
    return sorted(
        (_parse_range(part) for part in accept.split(",")[:64]), key=lambda pair: pair[1], reverse=True
    )


def _parse_range(part: str) -> tuple[str, float]:
    media, *params = part.split(";")
    quality = 1.0
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "q":
            quality = _quality(value.strip())
    return media.strip().lower(), quality


def _quality(value: str) -> float:
    try:
        quality = float(value)
    except ValueError:
        return 0.0
    return quality if 0.0 <= quality <= 1.0 else 0.0
