"""`rstapi changelog` keeps each file's reading across revisions: a commit that changed one file of
a several-file reference costs that file's parse, and the changelog is the one a build of every
file at every revision gives."""

from __future__ import annotations

from pathlib import Path

import attrs

from rstapi.config import load_config
from rstapi.diff.changelog import changelog, changelog_json
from rstapi.diff.git import Repository
from tests.diff.history import git

FILES = 6
PAGE = """Things {n}
========

.. http:get:: /things{n}/(int:thing_id)

   Return thing {n}.

{query}   :>json string name: the thing's name
   :statuscode 200: the thing
"""


def _history(repo: Path) -> int:
    """A reference of ``FILES`` httpdomain pages; each later commit adds a filter to one page.
    Returns the number of commits."""
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "pyproject.toml").write_text('[tool.rstapi]\nsources = ["api"]\n', encoding="utf-8")
    (repo / "api").mkdir()
    edits = [None, 0, 3, 5, 3]  # the page each commit edits (None: the first commit writes them all)
    for number, edited in enumerate(edits):
        for page in range(FILES) if edited is None else [edited]:
            query = "".join(
                f"   :query string filter{k}: a filter\n" for k in range(number) if edited == page
            )
            (repo / "api" / f"things{page}.rst").write_text(
                PAGE.format(n=page, query=query), encoding="utf-8"
            )
        git(repo, "add", "-A")
        git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "-m", f"edit {number}")
    return len(edits)


def test_a_commit_that_changed_one_file_parses_that_file(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    commits = _history(repo)
    config = attrs.evolve(load_config(repo), cache_dir=tmp_path / "cache")
    log = changelog(config, Repository(repo))
    assert log.builds == commits
    assert log.parsed == FILES + commits - 1  # every page once, then the one page each commit edited
    assert len(log.entries) == commits  # each commit changed the API
    uncached = changelog(attrs.evolve(config, cache_dir=None), Repository(repo))
    assert uncached.parsed is None
    assert changelog_json(log) == changelog_json(uncached)
    again = changelog(config, Repository(repo))  # a later run: every reading from the folder
    assert again.parsed == 0
    assert changelog_json(again) == changelog_json(log)
