"""The house style's parameter examples from curl URLs, as values of the parameters' types.

``operations.py`` gives a path parameter the segment a curl URL has in its place and a query
parameter the first value a curl URL sends, each with ``example_location`` at that curl; here
the text becomes a value of the parameter's type ("7" is 7 for an integer, "51.5" is 51.5 for a
number, "true" is true for a boolean, "42" stays "42" for a string), as a table's Example cell
and httpdomain's ``:query`` values are read. A text that is no value of the type is RST160 and
the parameter has no example. Parameters of other types (arrays, objects, none) keep theirs.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import parse_qsl, urlsplit

import attrs

from rstapi.diagnostics import SourceLocation
from rstapi.model import CurlExample, Operation, Parameter
from rstapi.rst.types import cell_value
from rstapi.rst.walk import Walk

__all__ = ["typed_curl_examples"]

_SCALARS = frozenset({"string", "integer", "number", "boolean"})


def typed_curl_examples(walk: Walk, operations: Sequence[Operation]) -> list[Operation]:
    """``operations`` with their curl-given parameter examples typed; RST160 once per value (the
    operations of one section share its curl examples)."""
    reported: set[str] = set()
    return [_operation(walk, operation, reported) for operation in operations]


def _operation(walk: Walk, operation: Operation, reported: set[str]) -> Operation:
    curls: dict[SourceLocation | None, CurlExample] = {
        c.location: c for c in reversed(operation.curl_examples)
    }
    parameters = tuple(_parameter(walk, p, curls, reported) for p in operation.parameters)
    if parameters == operation.parameters:
        return operation
    return attrs.evolve(operation, parameters=parameters)


def _parameter(
    walk: Walk, parameter: Parameter, curls: dict[SourceLocation | None, CurlExample], reported: set[str]
) -> Parameter:
    curl = curls.get(parameter.example_location)
    if curl is None or parameter.type.json_type not in _SCALARS:
        return parameter
    text = _written(parameter, curl)
    if text is None:
        return parameter
    fits, value = (True, text) if parameter.type.json_type == "string" else cell_value(text, parameter.type)
    if fits:
        return attrs.evolve(parameter, example=value)
    kind = parameter.type.raw or parameter.type.json_type
    message = (
        f"the curl example gives {parameter.located_in} parameter {parameter.name!r} the value "
        f"{text!r}, which is not a value of type {kind}; the parameter's example is left out"
    )
    where = _url_line(curl)
    if f"{where}: {message}" not in reported:
        reported.add(f"{where}: {message}")
        walk.report("RST160", message, where)
    return attrs.evolve(parameter, example=None, example_location=None)


def _written(parameter: Parameter, curl: CurlExample) -> str | None:
    """The text the curl URL gives the parameter: its path segment (kept as written), or the
    first value its query sends."""
    if parameter.located_in == "path":
        return parameter.example if isinstance(parameter.example, str) else None
    if parameter.located_in != "query":
        return None
    query = parse_qsl(urlsplit(curl.url).query, keep_blank_values=True)
    return next((value for name, value in query if name == parameter.name), None)


def _url_line(curl: CurlExample) -> SourceLocation:
    """Where the curl URL is written (the command's first line if not found)."""
    head = curl.url[:24]
    offset = next((i for i, line in enumerate(curl.raw.splitlines()) if head and head in line), 0)
    return curl.location.shifted(offset)
