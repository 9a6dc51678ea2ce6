"""curl examples against the "Method and Endpoint" table: DOC205, DOC206, DOC207, DOC212; and
the data a curl example sends that the reader does not read (RST168).

One section may document several operations (one row each); a curl example is
wrong only when it fits none of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

from rstapi.diagnostics import Diagnostic, Level, SourceLocation
from rstapi.model import Api, CurlExample, Operation
from rstapi.naming import SPANNING_CONVERTERS, path_mismatch, path_pointer
from rstapi.rst.curl import parse_curl, sent_method, url_line
from rstapi.rst.vocabulary import PAGINATION_FIELDS

__all__ = ["PAGE_PARAMETER", "check", "curl_method"]

# The envelope's page number parameter (Django REST framework's PageNumberPagination).
PAGE_PARAMETER = "page"


def check(api: Api) -> Iterator[Diagnostic]:
    sections: dict[SourceLocation, list[Operation]] = {}  # the operations of each section
    for operation in api.operations:
        sections.setdefault(operation.location, []).append(operation)
    for siblings in sections.values():  # a section's examples are checked once, against all its rows
        for curl in siblings[0].curl_examples:
            yield from _check_curl(api, siblings[0], siblings, curl)


def _check_curl(
    api: Api, first: Operation, siblings: list[Operation], curl: CurlExample
) -> Iterator[Diagnostic]:
    if curl.problems:
        message = "curl example is not one well-formed command: " + "; ".join(curl.problems)
        yield Diagnostic("DOC212", message, curl.location.shifted(_first_problem_offset(curl)))
    for line, unread in parse_curl(curl.raw).unread:
        yield Diagnostic("RST168", unread, curl.location.shifted(line))
    if not curl.url:
        return
    method = curl_method(curl)
    same_method = [o for o in siblings if o.method == method]
    if not same_method:
        yield _wrong_method(first, siblings, curl, method)
        return
    mismatches = [(o, path_mismatch(urlsplit(curl.url).path, o.path, _spanning(o))) for o in same_method]
    fitting = [o for o, problem in mismatches if problem is None]
    if not fitting:
        operation, problem = mismatches[0]
        message = f"curl URL path {urlsplit(curl.url).path!r} does not fit {operation.path!r}: {problem}"
        # A trailing slash alone is a slip a server usually redirects; other mismatches are errors.
        level = Level.WARNING if problem and problem.startswith("trailing slash") else Level.ERROR
        yield Diagnostic(
            "DOC206",
            message,
            url_line(curl),
            level=level,
            pointer=path_pointer(operation.path, operation.method),
        )
    yield from _undeclared_query(api, fitting or same_method, curl)


def _spanning(operation: Operation) -> frozenset[str]:
    """The path parameters whose value may hold slashes (a ``path`` converter's)."""
    return frozenset(
        p.name
        for p in operation.parameters
        if p.located_in == "path" and (p.type.raw or "").strip().lower() in SPANNING_CONVERTERS
    )


def _wrong_method(first: Operation, siblings: list[Operation], curl: CurlExample, method: str) -> Diagnostic:
    table = " or ".join(sorted({o.method for o in siblings}))
    message = f"curl example sends {method}, the 'Method and Endpoint' table says {table}"
    return Diagnostic("DOC205", message, curl.location, pointer=path_pointer(first.path, first.method))


def _paged(api: Api, operation: Operation) -> bool:
    """The success response is the paginated envelope, which implies the page parameter."""
    for response in operation.responses:
        schema = api.schema(response.schema.ref or "") if response.schema else None
        if schema is not None and set(PAGINATION_FIELDS) <= {f.name for f in schema.fields}:
            return True
    return False


def curl_method(curl: CurlExample) -> str:
    """What curl sends: ``-X``, else POST with a body, else GET."""
    return sent_method(curl)


def _undeclared_query(api: Api, operations: list[Operation], curl: CurlExample) -> Iterator[Diagnostic]:
    operation = operations[0]
    for name, _ in parse_qsl(urlsplit(curl.url).query, keep_blank_values=True):
        if name == PAGE_PARAMETER and _paged(api, operation):
            continue
        declared = [p for p in operation.parameters if p.name == name and p.located_in == "query"]
        if declared and all(p.origin == "curl" for p in declared):
            message = (
                f"curl example uses query parameter {name!r}, which no table or prose of the section declares"
            )
            yield Diagnostic(
                "DOC207", message, url_line(curl), pointer=path_pointer(operation.path, operation.method)
            )


def _first_problem_offset(curl: CurlExample) -> int:
    first = curl.problems[0]
    line = first.removeprefix("line ").split(":", 1)[0]
    return int(line) - curl.location.line if line.isdigit() else 0
