"""No value a user gives reaches git as an option: a revision that looks like one is a bad
revision (exit 2), and git writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.diff.conftest import run


@pytest.mark.parametrize(
    "arguments",
    [
        ("changelog", "--", "--output={target}"),
        ("changelog", "--", "--output={target}..HEAD"),
        ("diff", "--", "--output={target}"),
    ],
    ids=["changelog", "changelog-range", "diff"],
)
def test_a_revision_that_looks_like_an_option_is_not_one(
    history: tuple[Path, list[str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    arguments: tuple[str, ...],
) -> None:
    repo, _ = history
    target = tmp_path / "written-by-git.txt"
    result = run(repo, monkeypatch, *(arg.format(target=target) for arg in arguments))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert not target.exists()  # git did not take --output as its option


def test_a_real_range_still_works(history: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    repo, commits = history
    result = run(repo, monkeypatch, "changelog", f"{commits[0]}..{commits[2]}")
    assert result.exit_code == 0, result.output
