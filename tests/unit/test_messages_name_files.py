"""A finding's message that names a line names its file when the line is in another file than the
finding's own (an included ``.inc`` file): "the field table at line 3 of fields.inc"."""

from __future__ import annotations

from pathlib import Path

from rstapi.config import Config
from rstapi.pipeline import BuildResult, build
from tests.rst_style import document, endpoint, field_table, line_number, literal, subsection
from tests.unit.test_osapiref_explored import _entry, _items, _operation

FIELDS = field_table(("name", "string", "The gadget's name."))
EXAMPLE = '{\n    "name": "cog",\n    "size": 2\n}'


def _build(tmp_path: Path, files: dict[str, str]) -> BuildResult:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return build(Config(sources=(tmp_path / "index.rst",), root=tmp_path))


def _messages(result: BuildResult, code: str) -> list[tuple[str, str]]:
    return [(str(d.location), d.message) for d in result.diagnostics if d.code == code]


def test_doc201_names_the_included_file_of_the_field_table(tmp_path: Path) -> None:
    """It said "the field table at line 3", a line of index.rst that holds no table."""
    rest = subsection("Response Values", ".. include:: fields.inc\n") + subsection(
        "Example Response", literal(EXAMPLE)
    )
    text = document(endpoint(rest=rest))
    result = _build(tmp_path, {"index.rst": text, "fields.inc": FIELDS})
    table = line_number(FIELDS, "``name``")  # the table's first row, where its schema is
    size = line_number(text, '"size"')
    assert _messages(result, "DOC201") == [
        (
            f"index.rst:{size}",
            f"the example at line {size} has field 'size', which the field table at line {table} "
            "of fields.inc does not document",
        )
    ]


def test_doc201_in_one_file_says_the_line_alone(tmp_path: Path) -> None:
    rest = subsection("Response Values", FIELDS) + subsection("Example Response", literal(EXAMPLE))
    text = document(endpoint(rest=rest))
    result = _build(tmp_path, {"index.rst": text})
    example, table = line_number(text, '"size"'), line_number(text, "``name``")
    assert [m for _, m in _messages(result, "DOC201")] == [
        f"the example at line {example} has field 'size', which the field table at line {table} does not document"
    ]


def test_rst178_names_the_lines_of_an_included_file_by_their_file(tmp_path: Path) -> None:
    """os-api-ref's loose prose named "lines 14, 1": line 1 of the .inc file as if it were the page's."""
    page = (
        "==========\nKettle API\n==========\n\n"
        + _operation("Show Kettle", "GET /v1/kettles/{kettle_id}", _items("kettle_id: kettle_id"))
        + "Rates\n=====\n\nAll rates are per hour.\n\n.. include:: guide.inc\n"
    )
    files = {
        "index.rst": page,
        "guide.inc": "They change at noon.\n",
        "parameters.yaml": _entry("kettle_id", "path", "string"),
    }
    result = _build(tmp_path, files)
    first = line_number(page, "All rates")
    assert (
        f"index.rst:{first}",
        f"the prose of section 'Rates' (lines {first} and 1 of guide.inc) stands in no rest_method "
        "section and after the page's first one, so it is not the API's description either: the "
        "spec leaves it out",
    ) in _messages(result, "RST178")
