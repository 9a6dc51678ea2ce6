"""A docs writer's ordinary edit of a house-style reference, found by structure, never by line.

``realistic_edit`` adds a query parameter to the first "Parameters" table, a field row to the
last field table and a paragraph of prose before the first top-level table: the edit the
tests must survive (``nox -s edit_survives``; tests/golden/test_ci_baseline.py).
Run as ``python -m tests.maintainer_edit FILE`` to edit FILE in place.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["realistic_edit"]

PARAMETER_ROW = ["   * - ``page_hint``", "     - integer", "     - A page the caller would like first."]
FIELD_ROW = ["   * - ``docs_note``", "     - string", "     - A note the docs team added to this table."]
PROSE = ["This section was revised by the docs team; the values below are current.", ""]


def _header_rows(lines: list[str], first_cell: str) -> list[int]:
    """Indexes of the 'Description' line that ends each table header whose first cell is given."""
    return [
        n + 2
        for n, line in enumerate(lines[:-2])
        if line.strip() == f"* - {first_cell}" and lines[n + 1].strip() == "- Data Type"
    ]


def realistic_edit(text: str) -> str:
    """``text`` with the edit made (once: a reference that already has it is returned as it is)."""
    lines = text.splitlines()
    if PROSE[0] in lines:
        return text
    edits: list[tuple[int, list[str]]] = []
    if parameters := _header_rows(lines, "Parameter"):
        edits.append((parameters[0] + 1, PARAMETER_ROW))
    if fields := _header_rows(lines, "Field"):
        edits.append((fields[-1] + 1, FIELD_ROW))
    table = next((n for n, line in enumerate(lines) if line.startswith(".. list-table::")), None)
    if table is not None:
        edits.append((table, PROSE))
    if len(edits) < 3:
        raise ValueError("not a house-style reference: no Parameters table, field table or list-table")
    for at, new in sorted(edits, reverse=True):
        lines[at:at] = new
    return "\n".join(lines) + "\n"


def main(path: str) -> None:
    target = Path(path)
    target.write_text(realistic_edit(target.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1])
