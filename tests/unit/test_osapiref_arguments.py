"""os-api-ref's directives take the arguments os-api-ref's own take: ``rest_parameters`` with no
file (os-api-ref shows an error and no table) and ``rest_status_code`` with a third argument (it
reads the last two) are findings at the directive's line, and the rest of the page is read. Under
sphinx-build the stand-in runs on the same text (tests/sphinx/test_osapiref_pages.py)."""

from __future__ import annotations

from pathlib import Path

from tests.rst_style import line_number
from tests.unit.test_osapiref_explored import _build, _entry, _index, _items, _operation, _spec

_YAML = _entry("limit", "query", "integer", required=False) + _entry("name", "body", "string")


def _findings(result: object, code: str) -> list[tuple[str, str]]:
    return [(str(d.location), d.message) for d in result.diagnostics if d.code == code]  # type: ignore[attr-defined]


def test_rest_parameters_without_a_file_is_a_finding_and_the_rest_is_read(tmp_path: Path) -> None:
    request = ".. rest_parameters::\n\n   - limit: limit\n\n"
    index = _index(_operation("List Gadgets", "GET /gadgets", request=request, response=_items("name: name")))
    result = _build(tmp_path, {"index.rst": index, "parameters.yaml": _YAML})
    line = next(n for n, text in enumerate(index.splitlines(), 1) if text == ".. rest_parameters::")
    found = [m for where, m in _findings(result, "RST186") if where == f"index.rst:{line}"]
    assert len(found) == 1 and "names no parameters file" in found[0], _findings(result, "RST186")
    assert _findings(result, "RST103") == []  # docutils' "1 argument(s) required" no more
    operation = _spec(result)["paths"]["/gadgets"]["get"]
    assert "parameters" not in operation  # the list without a file is not read
    assert "200" in operation["responses"]


def test_a_third_rest_status_code_argument_is_a_finding_and_the_last_two_are_read(tmp_path: Path) -> None:
    codes = ".. rest_status_code:: extra success status.yaml\n\n   - 202\n\n"
    index = _index(_operation("Start Gadget", "POST /gadgets/start", codes=codes))
    status = "202:\n  default: Accepted, the gadget starts.\n"
    result = _build(tmp_path, {"index.rst": index, "parameters.yaml": _YAML, "status.yaml": status})
    line = line_number(index, ".. rest_status_code::")
    found = [m for where, m in _findings(result, "RST186") if where == f"index.rst:{line}"]
    assert found == [
        "rest_status_code argument 'extra' is not read: os-api-ref reads the last two, the type "
        "('success') and the status file ('status.yaml')"
    ]
    responses = _spec(result)["paths"]["/gadgets/start"]["post"]["responses"]
    assert responses["202"]["description"] == "Accepted, the gadget starts."
