"""Changelog benchmark: `rstapi changelog` over a 50-commit history of a reference-sized document.

A temporary git repository gets N commits (default 50) of a full-size house-style reference
(tests/fixtures/newer_revision.rst, about 2,400 lines): most commits edit prose, every fifth adds
an endpoint, every tenth reverts the previous commit (content seen before). Reported: the wall
time of the whole changelog, the number of builds it ran (one per distinct content), and the
ratio of the changelog's time to that many single builds of the document in the same process
(target: at most 1.25, i.e. git, comparison and rendering cost under a quarter of the builds).

Run: python bench/changelog_bench.py [--commits 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rstapi.config import Config, load_config
from rstapi.diff.changelog import changelog, changelog_markdown
from rstapi.diff.git import Repository
from rstapi.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "tests" / "fixtures" / "newer_revision.rst"
TARGET_RATIO = 1.25
ENDPOINT = """
.. _bench endpoint {n}:

**********************
bench {n} Endpoint
**********************

GET calls to the ``bench{n}`` endpoint list bench items.

===================
Method and Endpoint
===================

.. list-table::
   :header-rows: 1

   * - Method
     - Endpoint
   * - GET
     - ``/enterprise/v9/bench{n}/``
"""


def _git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.org"}
    env |= {"GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.org", "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, timeout=60)


def make_repository(repo: Path, commits: int) -> int:
    """The history; returns the number of distinct contents of the reference in it."""
    _git(repo, "init", "-q", "-b", "main")
    (repo / "pyproject.toml").write_text('[tool.rstapi]\nsources = ["ref.rst"]\n', encoding="utf-8")
    text = DOCUMENT.read_text(encoding="utf-8")
    seen = set()
    previous = text
    for number in range(commits):
        if number % 10 == 9:
            text, previous = previous, text  # a revert: content seen before
        elif number % 5 == 4:
            previous, text = text, text + ENDPOINT.format(n=number)
        else:
            previous, text = text, text.replace("\n\n", f"\n\n.. note for writers, edit {number}\n\n", 1)
        (repo / "ref.rst").write_text(text, encoding="utf-8")
        seen.add(text)
        _git(repo, "add", "-A")
        _git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "-m", f"edit {number}")
    return len(seen)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=50)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rstapi-changelog-bench-") as folder:
        repo = Path(folder)
        distinct = make_repository(repo, options.commits)
        single = []
        for _ in range(3):
            start = time.perf_counter()
            build(Config(sources=(repo / "ref.rst",), root=repo))
            single.append(time.perf_counter() - start)
        config = load_config(repo)
        os.chdir(repo)
        start = time.perf_counter()
        log = changelog(config, Repository(repo))
        changelog_markdown(log)
        total = time.perf_counter() - start
    one = statistics.median(single)
    ratio = total / (log.builds * one)
    print(
        f"{options.commits} commits, {distinct} distinct contents, {log.builds} builds, {len(log.entries)} entries"
    )
    print(f"changelog: {total:.1f} s ({total / options.commits * 1000:.0f} ms per revision)")
    print(
        f"one build: {one * 1000:.0f} ms; changelog / ({log.builds} x one build) = {ratio:.2f} (target <= {TARGET_RATIO})"
    )
    ok = log.builds == distinct and ratio <= TARGET_RATIO
    print("OK" if ok else "NOT OK")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
