"""JSON examples with their source place; a parse error points at the RST line and column."""

from __future__ import annotations

import json
import textwrap

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.model import Example

__all__ = ["json_example", "looks_like_json"]


def looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in {"{", "["}


def json_example(
    name: str, raw: str, location: SourceLocation, column: int = 0
) -> tuple[Example, list[Diagnostic]]:
    """Parse ``raw`` (written at ``location``); on failure the example keeps ``parsed=False``."""
    text = textwrap.dedent(raw)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        first_line_indent = (
            column
            if error.lineno == 1
            else len(raw.splitlines()[error.lineno - 1]) - len(raw.splitlines()[error.lineno - 1].lstrip())
        )
        where = SourceLocation(
            location.path, location.line + error.lineno - 1, first_line_indent + error.colno
        )
        message = f"JSON example does not parse: {error.msg} (line {error.lineno}, column {error.colno} of the JSON)"
        return Example(name, raw, location, None, parsed=False), [Diagnostic("RST117", message, where)]
    except RecursionError:
        message = "JSON example is nested too deeply to read"
        return Example(name, raw, location, None, parsed=False), [Diagnostic("RST117", message, location)]
    return Example(name, raw, location, value), []
