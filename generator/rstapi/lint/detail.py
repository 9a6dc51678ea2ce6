"""A detail endpoint's curl example against its example response: DOC215.

A GET whose path ends in a parameter returns one item; when the curl example asks for an
item that the documented example response is not (no top-level value equals the id the
curl URL gives), whoever follows the doc against a service gets another item than the one shown,
or a 404 where the service has no such item (the static mock answers every well-formed id with
the example, so it shows neither).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api, Example, Operation
from rstapi.naming import is_param, path_pointer
from rstapi.rst.vocabulary import PAGINATION_FIELDS

__all__ = ["check"]


def check(api: Api) -> Iterator[Diagnostic]:
    for operation in api.operations:
        last = operation.path.rstrip("/").rsplit("/", 1)[-1]
        if operation.method != "GET" or not is_param(last):
            continue
        examples = [
            e for r in operation.responses if 200 <= r.status < 300 for e in r.examples if _one_item(e)
        ]
        if examples:
            yield from _unmatched(operation, last[1:-1], examples)


def _one_item(example: Example) -> bool:
    """A parsed example of one item (a page of items is a list response, not a detail)."""
    return (
        example.parsed
        and isinstance(example.value, dict)
        and not set(PAGINATION_FIELDS) <= set(example.value)
    )


def _requested_id(url: str, template: str) -> str | None:
    have = [s for s in urlsplit(url).path.split("/") if s]
    want = [s for s in template.split("/") if s]
    if len(have) < len(want) or have[-1].startswith("{"):
        return None
    return unquote(have[len(have) - len(want) :][-1])


def _unmatched(operation: Operation, name: str, examples: list[Example]) -> Iterator[Diagnostic]:
    values = {  # an id is a string or a number in the example; the URL spells it as text
        str(v)
        for e in examples
        if isinstance(e.value, dict)
        for v in e.value.values()
        if isinstance(v, str | int) and not isinstance(v, bool)
    }
    for curl in operation.curl_examples:
        wanted = _requested_id(curl.url, operation.path)
        if wanted is None or wanted in values:
            continue
        shown = next(iter(e.location for e in examples))
        message = (
            f"the curl example asks for {name} {wanted!r}, but the example response ({shown.named_from(curl.location)}) "
            f"shows another item: a service answers that request with another item than the one shown, "
            f"or a 404 where it has no such item"
        )
        pointer = f"{path_pointer(operation.path, operation.method)}/parameters"
        yield Diagnostic("DOC215", message, curl.location, pointer=pointer)
