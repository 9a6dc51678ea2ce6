"""Paging a list response (`count`, `next`, `previous`, `results`) over the example's results.

`page` is one-based; `page_size` and its alias `limit` set the page length. A list whose operation
takes an `offset` query parameter (DRF's LimitOffsetPagination) is paged by it instead: `offset` is
the index of the page's first result, `next` and `previous` move it by `limit` (`previous` drops it
at 0, as DRF does), and an offset past the end is an empty page, not a refusal. `next` and
`previous` are absolute URLs on the mock itself, built from the request, so a client can follow them
to the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import parse_qsl, quote, urlencode

from rstapi.mock.http import Request
from rstapi.openapi.refs import resolve

SIZE_PARAMS: Final = ("page_size", "limit")
OFFSET_PARAM: Final = "offset"
_OFFSET_SIZE_PARAM: Final = "limit"
_HOST: Final = re.compile(r"(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?")
_PATH_SAFE: Final = "/%:@!$&'()*+,;=-._~"
_MAX_SIZE: Final = 10_000
_DIGITS: Final = re.compile(r"-?[0-9]+")
_HUGE: Final = 10**10  # past every page: a page has at least one of at most _MAX_TOTAL results
_MAX_TOTAL: Final = 10_000  # results served for an example whose count is larger than the list it shows


def is_page_schema(spec: Any, schema: Any) -> bool:
    """True for an object schema with count, next, previous and an array of results."""
    schema = resolve(spec, schema)
    properties = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(properties, dict) or not {"count", "next", "previous", "results"} <= set(properties):
        return False
    results = resolve(spec, properties["results"])
    return isinstance(results, dict) and "array" in _types(results)


def _types(schema: dict[str, Any]) -> list[Any]:
    declared = schema.get("type")
    return declared if isinstance(declared, list) else [declared]


@dataclass(frozen=True, slots=True)
class PageRequest:
    page: int
    size: int
    offset: int | None = None  # the first result's index, for a list paged by offset


def page_request(query: dict[str, list[str]], default_size: int, by_offset: bool = False) -> PageRequest:
    """The page asked for; missing or non-numeric values fall back to page 1 (offset 0) and the
    default size. Of a repeated key the last value counts, as Django's ``QueryDict.get`` reads it."""
    page = _integer(query.get("page"), 1)
    size = default_size
    for name in SIZE_PARAMS:
        size = _integer(query.get(name), size)
    size = min(max(size, 1), _MAX_SIZE)
    if by_offset:
        offset = max(_integer(query.get(OFFSET_PARAM), 0), 0)
        return PageRequest(offset // size + 1, size, offset)
    return PageRequest(page, size)


def _integer(raw: list[str] | None, fallback: int) -> int:
    """The last value as an integer; one of ten digits or more is past any page (and any size), so
    it is read as the largest (or smallest) integer instead of being parsed."""
    if not raw or not _DIGITS.fullmatch(raw[-1]):
        return fallback
    value = raw[-1]
    if len(value.lstrip("-").lstrip("0")) > 9:
        return -_HUGE if value.startswith("-") else _HUGE
    return int(value)


def paginate(value: dict[str, Any], wanted: PageRequest, request: Request) -> dict[str, Any] | None:
    """The page of `value`'s results that was asked for; None when the page does not exist.

    A value whose `count` says there are more results than it lists (an example showing one item of
    many) is served as that many results, the listed ones repeated in turn, up to _MAX_TOTAL.
    """
    items = value.get("results")
    items = items if isinstance(items, list) else []
    total = _documented_total(value.get("count"), len(items))
    pages = max(1, -(-total // wanted.size))
    if wanted.offset is None and not 1 <= wanted.page <= pages:
        return None
    start = (wanted.page - 1) * wanted.size if wanted.offset is None else wanted.offset
    page = dict(value)
    page["count"] = total
    page["results"] = [items[index % len(items)] for index in range(start, min(start + wanted.size, total))]
    if wanted.offset is None:
        page["next"] = page_url(request, wanted.page + 1) if wanted.page < pages else None
        page["previous"] = page_url(request, wanted.page - 1) if wanted.page > 1 else None
    else:
        page["next"] = (
            offset_url(request, start + wanted.size, wanted.size) if start + wanted.size < total else None
        )
        page["previous"] = (
            offset_url(request, max(start - wanted.size, 0), wanted.size) if start > 0 else None
        )
    _update_counters(page, min(wanted.page, pages), pages, start)
    return page


def _documented_total(count: Any, listed: int) -> int:
    if not listed or isinstance(count, bool) or not isinstance(count, int) or count <= listed:
        return listed
    return min(count, max(listed, _MAX_TOTAL))


def _update_counters(page: dict[str, Any], number: int, pages: int, start: int) -> None:
    for key, counter in (("num_pages", pages), ("current_page", number), ("start", start)):
        if isinstance(page.get(key), int) and not isinstance(page.get(key), bool):
            page[key] = counter


def base_url(request: Request) -> str:
    """scheme://host[:port] of the request, from a well-formed Host header or the server address."""
    host = request.header(b"host")
    text = host.decode("latin-1") if host is not None else ""
    if not _HOST.fullmatch(text):
        server = request.server
        text = f"{server[0]}:{server[1]}" if server else "localhost"
    scheme = request.scheme if request.scheme in ("http", "https") else "http"
    return f"{scheme}://{text}"


def page_url(request: Request, number: int) -> str:
    """The request's own URL with `page` set to `number` and every other query parameter kept."""
    return _url_with(request, (("page", str(number)),))


def offset_url(request: Request, offset: int, size: int) -> str:
    """The request's own URL with `limit` set to `size` and `offset` to `offset` (left out at 0,
    as DRF's previous link leaves it), every other query parameter kept."""
    given = ((_OFFSET_SIZE_PARAM, str(size)),) + (((OFFSET_PARAM, str(offset)),) if offset else ())
    return _url_with(request, given, replaced=(_OFFSET_SIZE_PARAM, OFFSET_PARAM))


def _url_with(request: Request, given: tuple[tuple[str, str], ...], replaced: tuple[str, ...] = ()) -> str:
    """The request's URL with the `given` pairs last, in place of any pair of their names (and of
    the `replaced` names)."""
    path = quote(request.raw_path.decode("latin-1"), safe=_PATH_SAFE)
    pairs = parse_qsl(request.query.decode("latin-1"), keep_blank_values=True, encoding="latin-1")
    dropped = {*replaced, *(key for key, _ in given)}
    kept = [(key, val) for key, val in pairs if key not in dropped]
    query = urlencode([*kept, *given], encoding="latin-1")
    return f"{base_url(request)}{path}?{query}"
