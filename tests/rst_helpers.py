"""Small references in the house style of rst_sources/, for the lint's unit tests.

``endpoint`` writes one endpoint section (label, ``***`` title "... Endpoint", then the
``===`` subsections "Method and Endpoint", "Request Values", "Example Request",
"Parameters", "Response Values" and "Example Response"); every part can be replaced.
By default the section is consistent, so a test changes exactly the part it is about.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path

from rstapi.diagnostics import Diagnostic
from rstapi.lint import lint
from rstapi.rst.extract import extract
from rstapi.rst.parse import parse

__all__ = ["CURL", "EXAMPLE", "FIELDS", "ROOT", "document", "endpoint", "line_of", "lint_rst", "only"]

ROOT = Path(__file__).resolve().parent.parent

Row = tuple[str, str, str]

FIELDS: tuple[Row, ...] = (
    ("widget_id", "string", "The widget's identifier."),
    ("name", "string", "The widget's name."),
    ("size", "integer", "How many parts the widget has."),
)
EXAMPLE = '{\n    "widget_id": "42",\n    "name": "sprocket",\n    "size": 3\n}'
CURL = (
    'curl -X GET \\\n  https://api.example.com/api/v1/widgets/42 \\\n  -H "Authorization: JWT {access token}"'
)


def _subsection(title: str, body: str) -> str:
    bar = "=" * len(title)
    return f"{bar}\n{title}\n{bar}\n\n{body.rstrip()}\n\n"


def field_table(rows: Sequence[Row], header: str = "Field") -> str:
    lines = [".. list-table::", "   :widths: 25 20 80", "   :header-rows: 1", ""]
    lines += [f"   * - {header}", "     - Data Type", "     - Description"]
    for name, kind, description in rows:
        lines += [f"   * - ``{name}``", f"     - {kind}", f"     - {description}"]
    return "\n".join(lines) + "\n"


def literal_block(text: str) -> str:
    return "::\n\n" + textwrap.indent(text, "   ") + "\n"


def endpoint(
    name: str = "widgets",
    *,
    method: str = "GET",
    path: str = "/api/v1/widgets/{widget_id}",
    label: str | None = None,
    prose: str | None = None,
    request: Sequence[Row] = (),
    curls: Sequence[str] = (CURL,),
    parameters: Sequence[Row] = (),
    response: Sequence[Row] = FIELDS,
    status: str = "200 OK",
    example: str | None = EXAMPLE,
    extra: str = "",
) -> str:
    """One endpoint section; ``extra`` is appended as more subsections."""
    title = f"{name} Endpoint"
    parts = [f".. _{label or title}:\n\n", f"{'*' * len(title)}\n{title}\n{'*' * len(title)}\n\n"]
    parts.append((prose or f"{method} calls to the ``{name}`` endpoint.") + "\n\n")
    method_rows = ["   * - Method", "     - Endpoint", f"   * - {method}", f"     - ``{path}``"]
    method_table = "\n".join([".. list-table::", "   :widths: 20 80", "   :header-rows: 1", "", *method_rows])
    parts.append(_subsection("Method and Endpoint", method_table))
    if request:
        parts.append(
            _subsection(
                "Request Values", "The request accepts these values in its body:\n\n" + field_table(request)
            )
        )
    if curls:
        parts.append(_subsection("Example Request", "\n".join(literal_block(c) for c in curls)))
    if parameters:
        parts.append(_subsection("Parameters", field_table(parameters, header="Parameter")))
    if response:
        parts.append(
            _subsection("Response Values", "The request returns these values:\n\n" + field_table(response))
        )
    sentence = f"A sample response with a status `{status}` will look like:\n\n"
    if example is not None:
        parts.append(_subsection("Example Response", sentence + literal_block(example)))
    return "".join(parts) + extra


def document(*sections: str, index: Sequence[tuple[str, str, str]] | None = None) -> str:
    """A reference: title, an optional endpoint list of (name, path, label), then the sections."""
    text = "#####################\nWidget API Reference\n#####################\n\nThe Widget API.\n\n"
    if index is not None:
        text += "*********\nEndpoints\n*********\n\n"
        for name, path, label in index:
            text += f"- **{name}** - You can make calls to the\n  ``{path}`` endpoint.\n  For details, see :ref:`{label}`.\n\n"
    return text + "".join(sections)


def lint_rst(text: str, path: str = "ref.rst") -> list[Diagnostic]:
    """Extraction's and the lint's findings for inline RST."""
    api, found = extract([parse(text, path)])
    return found + lint(api)


def only(found: Sequence[Diagnostic], code: str) -> list[Diagnostic]:
    return [d for d in found if d.code == code]


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the ``occurrence``-th line containing ``needle``."""
    hits = [number for number, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]
