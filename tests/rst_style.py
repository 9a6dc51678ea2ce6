"""Small documents in the reference's house style, for unit tests."""

from __future__ import annotations

ENDPOINT = """
.. _{label}:

{stars}
{title}
{stars}

{prose}

===================
Method and Endpoint
===================

.. list-table::
   :header-rows: 1

   * - Method
     - Endpoint
   * - {method}
     - ``{path}``
{rest}
"""


def endpoint(
    title: str = "gadgets Endpoint",
    method: str = "GET",
    path: str = "/gizmo/v1/gadgets",
    prose: str = "GET calls to the ``gadgets`` endpoint list gadgets.",
    rest: str = "",
    label: str | None = None,
) -> str:
    """One endpoint section; ``rest`` holds the subsections after 'Method and Endpoint'."""
    stars = "*" * max(len(title), 10)
    return ENDPOINT.format(
        label=label or title, stars=stars, title=title, prose=prose, method=method, path=path, rest=rest
    )


def subsection(title: str, body: str) -> str:
    bar = "=" * len(title)
    return f"\n{bar}\n{title}\n{bar}\n\n{body}\n"


def field_table(*rows: tuple[str, str, str], header: str = "Field") -> str:
    lines = [
        ".. list-table::",
        "   :header-rows: 1",
        "",
        f"   * - {header}",
        "     - Data Type",
        "     - Description",
    ]
    for name, kind, description in rows:
        lines += [f"   * - ``{name}``", f"     - {kind}", f"     - {description}"]
    return "\n".join(lines) + "\n"


def literal(text: str) -> str:
    return "::\n\n" + "\n".join("   " + line for line in text.splitlines()) + "\n"


def document(*sections: str, title: str = "Gizmo API Reference") -> str:
    bar = "#" * len(title)
    return f"{bar}\n{title}\n{bar}\n\nThe Gizmo API.\n" + "".join(sections)


def line_number(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the ``occurrence``-th line containing ``needle``."""
    hits = [number for number, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


# ---------------------------------------------------------------- wordings (house-style variants)


def list_table(headers: tuple[str, ...], *rows: tuple[str, ...]) -> str:
    """A list-table with any header wording ("Object", "Type" ...) and cells written as given."""
    lines = [".. list-table::", "   :header-rows: 1", ""]
    for row in (headers, *rows):
        lines += [f"   * - {row[0]}", *(f"     - {cell}" for cell in row[1:])]
    return "\n".join(lines) + "\n"


def code_block(text: str, language: str = "json") -> str:
    """A ``code-block`` directive holding ``text`` (written verbatim, tabs included)."""
    return f".. code-block:: {language}\n\n" + "\n".join("   " + line for line in text.splitlines()) + "\n"


def endpoint_for(methods: tuple[str, ...], path: str = "/gizmo/v1/gadgets", rest: str = "") -> str:
    """One endpoint section whose 'Method and Endpoint' table has a row per method for ``path``."""
    text = endpoint(method=methods[0], path=path, rest=rest)
    first = f"   * - {methods[0]}\n     - ``{path}``\n"
    more = "".join(f"   * - {method}\n     - ``{path}``\n" for method in methods[1:])
    return text.replace(first, first + more, 1)


def nested_section(title: str, body: str, underline: str = "-") -> str:
    """A section one level below ``subsection`` (or deeper, with another underline character)."""
    return f"\n{title}\n{underline * len(title)}\n\n{body}\n"


def table_titled(title: str, *rows: tuple[str, str, str]) -> str:
    """A field table whose own title names what it documents ("Fields in the courses array")."""
    return field_table(*rows).replace(".. list-table::", f".. list-table:: {title}", 1)
