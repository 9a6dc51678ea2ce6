"""Paging a list response (`count`, `next`, `previous`, `results`) over the example's results.

`page` is one-based; `page_size` and its alias `limit` set the page length. `next` and `previous`
are absolute URLs on the mock itself, built from the request, so a client can follow them to the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import parse_qsl, quote, urlencode

from rstapi.mock.http import Request
from rstapi.openapi.refs import resolve

SIZE_PARAMS: Final = ("page_size", "limit")
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


def page_request(query: dict[str, list[str]], default_size: int) -> PageRequest:
    """The page asked for; missing or non-numeric values fall back to page 1 and the default size.
    Of a repeated key the last value counts, as Django's ``QueryDict.get`` reads it."""
    page = _integer(query.get("page"), 1)
    size = default_size
    for name in SIZE_PARAMS:
        size = _integer(query.get(name), size)
    return PageRequest(page, min(max(size, 1), _MAX_SIZE))


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
    if not 1 <= wanted.page <= pages:
        return None
    start = (wanted.page - 1) * wanted.size
    page = dict(value)
    page["count"] = total
    page["results"] = [items[index % len(items)] for index in range(start, min(start + wanted.size, total))]
    page["next"] = page_url(request, wanted.page + 1) if wanted.page < pages else None
    page["previous"] = page_url(request, wanted.page - 1) if wanted.page > 1 else None
    _update_counters(page, wanted.page, pages, start)
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
    path = quote(request.raw_path.decode("latin-1"), safe=_PATH_SAFE)
    pairs = parse_qsl(request.query.decode("latin-1"), keep_blank_values=True, encoding="latin-1")
    kept = [(key, val) for key, val in pairs if key != "page"]
    query = urlencode([*kept, ("page", str(number))], encoding="latin-1")
    return f"{base_url(request)}{path}?{query}"
