"""The source map: JSON pointer -> file:line, read from beside the spec or off inline sources."""

from __future__ import annotations

import json
from pathlib import Path

from rstapi.openapi.sourcemap import load_sourcemap, source_for, sourcemap_path

SPEC = {
    "paths": {
        "/gizmo/v1/gadgets/{id}": {"get": {"x-rst-source": "g.rst:12", "responses": {"200": {}}}},
    },
    "components": {"schemas": {"Gadget": {"properties": {"a/b": {"x-rst-source": "g.rst:40"}}}}},
}


def test_inline_sources_are_keyed_by_escaped_pointer_and_ancestors_answer_for_children(
    tmp_path: Path,
) -> None:
    sourcemap = load_sourcemap(tmp_path / "openapi.yaml", SPEC)
    assert sourcemap == {
        "/components/schemas/Gadget/properties/a~1b": "g.rst:40",
        "/paths/~1gizmo~1v1~1gadgets~1{id}/get": "g.rst:12",
    }
    assert source_for(sourcemap, "/paths/~1gizmo~1v1~1gadgets~1{id}/get/responses/200") == "g.rst:12"
    assert source_for(sourcemap, "/info") is None


def test_a_map_written_beside_the_spec_wins(tmp_path: Path) -> None:
    spec_path = tmp_path / "openapi.yaml"
    assert sourcemap_path(spec_path) == tmp_path / "openapi.sourcemap.json"
    sourcemap_path(spec_path).write_text(json.dumps({"/paths": "other.rst:3"}), encoding="utf-8")
    assert load_sourcemap(spec_path, SPEC) == {"/paths": "other.rst:3"}


def test_every_documented_status_has_the_line_that_documents_it(tmp_path: Path) -> None:
    """Statuses said in prose ("404 Not Found - ...") have no body, yet a consumer (the contract run)
    cites their line, not the endpoint's heading."""
    from rstapi.openapi.sourcemap import split_sources
    from tests.conftest import build_document
    from tests.rst_style import endpoint, line_number, subsection

    statuses = (
        "The request can return the following responses:\n\n"
        "    204 No Content - The gadget was deleted.\n\n"
        "    404 Not Found - No gadget has this id.\n"
    )
    rest = subsection("Response", statuses)
    spec, _, text = build_document(
        tmp_path, endpoint(method="DELETE", path="/gizmo/v1/gadgets/{gadget_id}", rest=rest)
    )
    _, sourcemap = split_sources(spec)
    responses = "/paths/~1gizmo~1v1~1gadgets~1{gadget_id}/delete/responses"
    assert sourcemap[f"{responses}/204"] == f"ref.rst:{line_number(text, '204 No Content')}"
    assert sourcemap[f"{responses}/404"] == f"ref.rst:{line_number(text, '404 Not Found')}"
