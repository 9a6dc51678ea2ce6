"""`rstapi diff` on the commits of a small house-style history: each change classified and located."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.diff.conftest import line_of, run, run_json
from tests.diff.history import COMMITS, REFERENCE, reference

LIST = "GET /gizmo/v1/gadgets"
CREATE = "POST /gizmo/v1/gadgets"


def _text(index: int) -> str:
    return COMMITS[index][1]


def _api(document: dict) -> list[tuple[str, str, str, bool]]:  # type: ignore[type-arg]
    return [(c["kind"], c["operation"], c["subject"], c["breaking"]) for c in document["changes"]]


def test_adding_an_endpoint_is_not_breaking(history: tuple[Path, list[str]], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    code, found = run_json(repo, monkeypatch, "diff", commits[0], commits[1])
    delete = "DELETE /gizmo/v1/gadgets/{gadget_id}"
    assert _api(found) == [("operation-added", delete, "`delete_gadgets`", False)]
    assert found["changes"][0]["new"]["source"] == f"{REFERENCE}:{line_of(_text(1), 'gadget Endpoint')}"
    assert code == 0
    assert run(repo, monkeypatch, "diff", commits[0], commits[1], "--fail-on", "any").exit_code == 1


def test_removing_a_response_field_is_breaking_and_points_at_the_old_row(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    code, found = run_json(repo, monkeypatch, "diff", commits[1], commits[2])
    assert _api(found) == [("response-field-removed", LIST, "response field `size`", True)]
    row = line_of(_text(1), "* - ``size``")  # the listing's table comes first
    assert found["changes"][0]["old"]["source"] == f"{REFERENCE}:{row}"
    assert found["changes"][0]["new"]["source"] is None
    assert code == 1
    assert run(repo, monkeypatch, "diff", commits[1], commits[2], "--fail-on", "never").exit_code == 0


def test_a_parameter_made_required_by_the_overlay_is_breaking(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    code, found = run_json(repo, monkeypatch, "diff", commits[2], commits[3])
    assert _api(found) == [("parameter-now-required", LIST, "query parameter `colour`", True)]
    assert found["changes"][0]["new"]["source"] == f"{REFERENCE}:{line_of(_text(3), '* - ``colour``')}"
    assert code == 1


def test_a_request_field_type_change_is_breaking(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    code, found = run_json(repo, monkeypatch, "diff", commits[3], commits[4])
    assert _api(found) == [("request-type-changed", CREATE, "request field `size`", True)]
    assert found["changes"][0]["detail"] == "integer -> string"
    # The request table is the second table with a size row in this revision (the listing has none now).
    assert found["changes"][0]["new"]["source"] == f"{REFERENCE}:{line_of(_text(4), '* - ``size``')}"
    assert code == 1


def test_rewording_prose_is_metadata_only(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    code, found = run_json(repo, monkeypatch, "diff", commits[4], commits[5], "--fail-on", "any")
    assert found["changes"] == []
    assert {(c["kind"], c["operation"]) for c in found["metadata"]} == {("description-changed", LIST)}
    assert code == 0


def test_shifting_lines_changes_nothing_but_source_lines(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    code, found = run_json(repo, monkeypatch, "diff", commits[5], commits[6], "--fail-on", "any")
    assert found["changes"] == []
    assert {c["kind"] for c in found["metadata"]} == {"source-moved"}
    assert code == 0
    _, hidden = run_json(repo, monkeypatch, "diff", commits[5], commits[6], "--hide-metadata")
    assert hidden["metadata"] == [] and hidden["summary"]["metadata"] == 0


def test_the_whole_history_at_once(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    _, found = run_json(repo, monkeypatch, "diff", commits[0], "main")
    kinds = {c["kind"] for c in found["changes"]}
    assert kinds == {
        "operation-added",
        "response-field-removed",
        "parameter-now-required",
        "request-type-changed",
    }
    assert found["summary"]["breaking"] == 3


def test_working_tree_is_the_default_new_side_and_is_left_alone(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, _ = history
    edited = reference(delete=False, size_in_response=False, size_type="string")
    path = repo / REFERENCE
    original = path.read_text(encoding="utf-8")
    path.write_text(edited, encoding="utf-8")
    try:
        code, found = run_json(repo, monkeypatch, "diff", "main")
        assert found["new"] == "working tree"
        assert _api(found) == [
            ("operation-removed", "DELETE /gizmo/v1/gadgets/{gadget_id}", "`delete_gadgets`", True)
        ]
        assert code == 1
        assert path.read_text(encoding="utf-8") == edited  # reading main did not check anything out
    finally:
        path.write_text(original, encoding="utf-8")
    status = subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True)
    assert status.stdout == ""


def test_markdown_is_a_pull_request_comment(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    result = run(repo, monkeypatch, "diff", commits[2], commits[4], "--format", "markdown", "--hide-metadata")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("## API changes: ")
    assert "**2 breaking**, 0 non-breaking, 0 metadata-only" in lines
    assert "### Breaking changes (2)" in lines
    colour = line_of(_text(4), "* - ``colour``")
    assert (
        f"| {LIST} | parameter now required: query parameter `colour` | "
        f"old {REFERENCE}:{colour}, new {REFERENCE}:{colour} |"
    ) in lines
    assert result.exit_code == 1


def test_github_annotations_point_at_the_rst_line(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    result = run(repo, monkeypatch, "diff", commits[0], commits[2], "--format", "github", "--hide-metadata")
    row = line_of(_text(0), "* - ``size``")
    delete = line_of(_text(2), "gadget Endpoint")
    assert result.stdout.splitlines() == [
        f"::error file={REFERENCE},line={row},title=API breaking::{LIST}: response field removed: response field `size`",
        f"::warning file={REFERENCE},line={delete},title=API non-breaking::DELETE /gizmo/v1/gadgets/{{gadget_id}}: "
        "operation added: `delete_gadgets`",
    ]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("diff", "no-such-revision"), "neither a spec or RST file nor a git revision"),
        (("diff", "HEAD", "--format", "yaml"), "Invalid value for '--format'"),
    ],
)
def test_unusable_input_exits_2(history, monkeypatch, arguments: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    repo, _ = history
    result = run(repo, monkeypatch, *arguments)
    assert result.exit_code == 2
    assert message in result.output


def test_spec_files_are_located_through_the_source_map_beside_them(
    history, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    try:
        for index in (1, 2):
            subprocess.run(["git", "checkout", "-q", commits[index]], cwd=repo, check=True)
            built = run(repo, monkeypatch, "build", "--out", str(tmp_path / f"{index}" / "openapi.yaml"))
            assert built.exit_code == 0, built.output
    finally:
        subprocess.run(["git", "checkout", "-q", "main"], cwd=repo, check=True)
    old, new = str(tmp_path / "1" / "openapi.yaml"), str(tmp_path / "2" / "openapi.yaml")
    code, found = run_json(repo, monkeypatch, "diff", old, new)
    assert _api(found) == [("response-field-removed", LIST, "response field `size`", True)]
    assert found["changes"][0]["old"]["source"] == f"{REFERENCE}:{line_of(_text(1), '* - ``size``')}"
    assert (found["old"], code) == (old, 1)
