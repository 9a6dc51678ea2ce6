"""Changelog benchmark: `rstapi changelog` over a 50-commit history of a reference-sized document.

A temporary git repository gets N commits (default 50) of a full-size house-style reference
(tests/fixtures/newer_revision.rst, about 2,400 lines): most commits edit prose, every fifth adds
an endpoint, every tenth reverts the previous commit (content seen before). Reported: the wall
time of the whole changelog, the number of builds it ran (one per distinct content), and the
ratio of the changelog's time to that many single builds of the document in the same process
(target: at most 1.25, i.e. git, comparison and rendering cost under a quarter of the builds).

Then the same for a project of 60 files (250 httpdomain operations, bench/httpdomain_bench.py's
generator) whose later commits each edit one file: the changelog's time with each file's reading
kept across revisions (rstapi.rst.cache: a commit costs the edited file's parse) against the
same changelog with --no-cache (every file of every revision parsed), and the documents parsed.

Run: python bench/changelog_bench.py [--commits 50] [--project-commits 10]
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

import attrs
from httpdomain_bench import write_project

from rstapi.config import Config, load_config
from rstapi.diff.changelog import changelog, changelog_markdown
from rstapi.diff.git import Repository
from rstapi.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
PROJECT_OPERATIONS, PROJECT_FILES = 250, 60
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


def make_project_repository(repo: Path, commits: int) -> list[Path]:
    """A 60-file httpdomain project (bench/httpdomain_bench.py's, 250 operations); each later
    commit adds a query parameter to one file, a different one each time."""
    _git(repo, "init", "-q", "-b", "main")
    (repo / "pyproject.toml").write_text('[tool.rstapi]\nsources = ["api"]\n', encoding="utf-8")
    files = write_project(repo / "api", PROJECT_OPERATIONS, PROJECT_FILES)
    _git(repo, "add", "-A")
    _git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "the project")
    anchor = "   :query string mode: how fast\n"
    for number in range(1, commits):
        page = files[(number * 7) % len(files)]
        text = page.read_text(encoding="utf-8").replace(
            anchor, f"{anchor}   :query string f{number}: new\n", 1
        )
        page.write_text(text, encoding="utf-8")
        _git(repo, "add", "-A")
        _git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "-m", f"edit {number}")
    return files


def project_case(commits: int) -> None:
    """The changelog of the 60-file project, each file's reading kept across revisions or not."""
    with tempfile.TemporaryDirectory(prefix="rstapi-changelog-bench-") as folder:
        repo = Path(folder) / "repo"
        repo.mkdir()
        files = make_project_repository(repo, commits)
        os.chdir(repo)
        config = load_config(repo)
        timed = {}
        for label, cache in (
            ("each file parsed at every revision (--no-cache)", None),
            ("readings kept across revisions", Path(folder) / "cache"),
        ):
            start = time.perf_counter()
            log = changelog(attrs.evolve(config, cache_dir=cache), Repository(repo))
            timed[label] = time.perf_counter() - start
            parsed = (
                "every file of every revision" if log.parsed is None else f"{log.parsed} documents parsed"
            )
            print(
                f"{len(files)}-file project, {commits} commits ({log.builds} builds): {label}: {timed[label]:.1f} s, {parsed}"
            )
        before, after = timed.values()
        print(f"changelog with kept readings / without: {after / before:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--commits", type=int, default=50, help="commits of the one-file history (0: skip it)"
    )
    parser.add_argument(
        "--project-commits", type=int, default=10, help="commits of the 60-file project (0: skip it)"
    )
    options = parser.parse_args()
    if options.project_commits:
        project_case(options.project_commits)
    if not options.commits:
        return 0
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
