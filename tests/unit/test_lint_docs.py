"""docs/diagnostics.md documents exactly the codes of diagnostics.CODES, at their levels."""

from __future__ import annotations

import re

from rstapi.diagnostics import CODES
from tests.rst_helpers import ROOT

_ROW = re.compile(
    r'^\| <a id="(?P<anchor>[a-z0-9]+)"></a>(?P<code>[A-Z]+\d+) \| (?P<level>\w+) \|(?P<rest>.*)$'
)


def _rows() -> list[re.Match[str]]:
    text = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    return [m for line in text.splitlines() if (m := _ROW.match(line))]


def test_every_code_is_documented_once_and_nothing_else() -> None:
    documented = [m["code"] for m in _rows()]
    assert sorted(documented) == sorted(CODES)
    assert len(documented) == len(set(documented))


def test_documented_levels_and_anchors_match_the_table() -> None:
    for row in _rows():
        assert row["level"] == str(CODES[row["code"]].level), row["code"]
        assert row["anchor"] == row["code"].lower()


def test_every_row_has_failing_and_passing_examples_and_a_fix() -> None:
    for row in _rows():
        cells = [c.strip() for c in row["rest"].strip().strip("|").split(" | ")]
        assert len(cells) == 4 and all(cells), row["code"]


def test_readme_and_docs_state_the_format_the_diagnostics_print() -> None:
    from rstapi.diagnostics import Diagnostic, SourceLocation

    promised = "`path:line:col: LEVEL CODE message`"
    for doc in (ROOT / "README.md", ROOT / "docs" / "diagnostics.md"):
        assert promised in doc.read_text(encoding="utf-8"), doc
    shown = str(Diagnostic("DOC204", "twice", SourceLocation("a.rst", 3, 7)))
    assert shown == "a.rst:3:7: WARNING DOC204 twice"
    assert str(Diagnostic("DOC204", "twice", SourceLocation("a.rst", 3))) == "a.rst:3: WARNING DOC204 twice"


def test_every_code_in_the_table_is_one_the_toolkit_reports() -> None:
    """A documented code that nothing reports would promise a check that never runs (a code is
    retired by deleting it from the table and from docs/diagnostics.md)."""
    sources = [p for p in (ROOT / "generator" / "rstapi").rglob("*.py") if p.name != "diagnostics.py"]
    text = "\n".join(p.read_text(encoding="utf-8") for p in sources)
    assert [code for code in CODES if f'"{code}"' not in text] == []


def test_the_house_style_page_lists_every_title_header_and_type_the_extractor_reads() -> None:
    """docs/house-style.md is what writers read: every word of the vocabulary is on it."""
    from rstapi.rst import vocabulary

    page = (ROOT / "docs" / "house-style.md").read_text(encoding="utf-8").lower()
    cells = {cell.strip() for line in page.splitlines() for cell in re.split(r"[|;]", line)}
    words = {word.strip(" .,") for word in re.split(r"[,;:\n]\s*", page)}
    assert [t for t in vocabulary.SECTION_TITLES if t not in cells] == []
    assert [h for h in vocabulary.COLUMN_ROLES if h not in cells] == []
    assert [t for t in vocabulary.DATA_TYPES if t not in words and t not in cells] == []
