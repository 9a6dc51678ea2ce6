"""Endpoint paths as house-style references write them: path parameters spelled as web frameworks
spell them, and a long path broken over a grid table cell's lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from rstapi.config import Config
from rstapi.pipeline import build
from tests.rst_helpers import document, endpoint

GRID = """\
Method and Endpoint
===================

+--------+----------------------------------------------+
| Method | Endpoint                                     |
+========+==============================================+
| GET    | ``/api/v1/enterprises/{enterprise_uuid}/``   |
|        | ``gadgets/{gadget_id}/``                     |
+--------+----------------------------------------------+
"""


def _paths(tmp_path: Path, text: str) -> dict[str, object]:
    source = tmp_path / "ref.rst"
    source.write_text(text, encoding="utf-8")
    result = build(Config(sources=(source,), root=tmp_path))
    assert result.spec is not None
    return result.spec["paths"]


@pytest.mark.parametrize(
    "written",
    ["/api/v1/gadgets/<gadget_id>/", "/api/v1/gadgets/<int:gadget_id>/", "/api/v1/gadgets/:gadget_id/"],
)
def test_framework_spellings_of_a_path_parameter(tmp_path: Path, written: str) -> None:
    paths = _paths(tmp_path, document(endpoint("gadgets", path=written, curls=[])))
    assert list(paths) == ["/api/v1/gadgets/{gadget_id}/"]
    parameters = paths["/api/v1/gadgets/{gadget_id}/"]["get"]["parameters"]  # type: ignore[index]
    assert [(p["name"], p["in"], p["required"]) for p in parameters] == [("gadget_id", "path", True)]


def test_a_colon_inside_a_segment_is_no_parameter(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path, document(endpoint("gadgets", method="POST", path="/api/v1/gadgets:batch", curls=[]))
    )
    assert list(paths) == ["/api/v1/gadgets:batch"]


def test_a_path_broken_over_a_grid_cells_lines_is_one_path(tmp_path: Path) -> None:
    text = document(endpoint("gadgets", curls=[]))
    start = text.index("Method and Endpoint")
    end = text.index("\n\n", text.index(".. list-table::", start)) + 2
    end = text.index("\n\n", end) + 2  # past the table's rows
    paths = _paths(tmp_path, text[:start] + GRID + "\n" + text[end:])
    assert list(paths) == ["/api/v1/enterprises/{enterprise_uuid}/gadgets/{gadget_id}/"]


def test_a_path_converter_gives_its_parameters_type(tmp_path: Path) -> None:
    """Django's and Flask's converters type the parameter (every one was a string); one the
    reader does not know is RST112 and the parameter stays a string."""
    written = "/api/v1/regions/<uuid:region_id>/places/<int:place_id>/<float:lat>/<slug:name>/<year:y>/"
    source = tmp_path / "ref.rst"
    source.write_text(document(endpoint("places", path=written, curls=[])), encoding="utf-8")
    result = build(Config(sources=(source,), root=tmp_path))
    assert result.spec is not None
    [item] = result.spec["paths"].values()
    schemas = {p["name"]: p["schema"] for p in item["get"]["parameters"]}
    assert schemas == {
        "region_id": {"type": "string", "format": "uuid"},
        "place_id": {"type": "integer"},
        "lat": {"type": "number"},
        "name": {"type": "string"},
        "y": {"type": "string"},
    }
    [found] = [d for d in result.diagnostics if d.code == "RST112"]
    assert "converter 'year' of parameter 'y'" in found.message
