"""`rstapi changelog`: one entry per API-changing commit, broken revisions listed, content built once."""

from __future__ import annotations

from pathlib import Path

from tests.diff.conftest import run, run_json
from tests.diff.history import COMMITS, NO_ACTIONS, make_history, reference


def test_one_entry_per_commit_that_changed_the_api(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    code, log = run_json(repo, monkeypatch, "changelog")
    assert code == 0
    entries = log["entries"]  # newest first
    assert [e["subject"] for e in entries] == [message for message, _, _ in COMMITS[:5]][::-1]
    assert [e["commit"] for e in entries] == commits[:5][::-1]
    kinds = [[c["kind"] for c in e["changes"]] for e in entries]
    assert kinds == [
        ["request-type-changed"],
        ["parameter-now-required"],
        ["response-field-removed"],
        ["operation-added"],
        ["operation-added", "operation-added"],
    ]
    assert [e["breaking"] for e in entries] == [1, 1, 1, 0, 0]
    assert entries[-1]["date"].startswith("2026-01-01")
    assert log["commits_walked"] == len(COMMITS)


def test_a_range_starts_from_its_first_revision(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    _, log = run_json(repo, monkeypatch, "changelog", f"{commits[2]}..{commits[4]}")
    assert [e["commit"] for e in log["entries"]] == [commits[4], commits[3]]


def test_markdown_changelog(history, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo, commits = history
    result = run(repo, monkeypatch, "changelog", f"{commits[1]}..{commits[3]}")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "# API changelog"
    assert lines[2] == f"`{commits[1]}..{commits[3]}`: 2 commits touched the reference; 2 changed the API."
    assert f"## 2026-01-04 · `{commits[3][:10]}` · Make colour required" in lines
    assert f"## 2026-01-03 · `{commits[2][:10]}` · Remove the size field from the listing" in lines
    assert any(
        line.startswith("- **breaking** GET /gizmo/v1/gadgets: response field removed: response field `size`")
        for line in lines
    )


def test_a_revision_that_does_not_build_is_listed_and_content_is_built_once(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    base = reference()
    commits = (
        ("Base", base, NO_ACTIONS),
        ("Break the reference", "", NO_ACTIONS),
        ("Restore it", base, NO_ACTIONS),
        ("Add the delete endpoint", reference(delete=True), NO_ACTIONS),
    )
    repo = tmp_path / "repo"
    hashes = make_history(repo, commits)
    code, log = run_json(repo, monkeypatch, "changelog")
    assert code == 0
    assert [(e["subject"], e["builds"]) for e in log["entries"]] == [
        ("Add the delete endpoint", True),
        ("Break the reference", False),
        ("Base", True),
    ]
    broken = log["entries"][1]
    assert broken["commit"] == hashes[1] and broken["changes"] == []
    assert any("RST101" in line for line in broken["diagnostics"])
    # "Restore it" has the content of "Base": recognised by its blobs, not built again, no entry.
    assert log["commits_walked"] == 4 and log["revisions_built"] == 3
    markdown = run(repo, monkeypatch, "changelog").stdout
    assert "This revision does not build:" in markdown and "1 did not build." in markdown


def test_not_a_repository_exits_2(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ref.rst").write_text(reference(), encoding="utf-8")
    result = run(tmp_path, monkeypatch, "changelog", "--source", "ref.rst", "--no-overlay")
    assert result.exit_code == 2
    assert "error: git" in result.output
