"""An API changelog from the reference's git history: one entry per commit that changed the API.

Each revision is read with git (never checked out) and built once: revisions are keyed by the
blob ids of the configured sources and overlay, so content seen before (a revert, a commit that
touched only other files) is not built again, and each file's reading is kept across revisions
(``rstapi.rst.cache``, in memory and in the project's cache folder): a revision that changed one
file of sixty parses that one file.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from rstapi.config import Config
from rstapi.diff.changes import Change, Severity
from rstapi.diff.compare import compare
from rstapi.diff.git import Commit, Repository
from rstapi.diff.load import Built, build_revision, relative_inputs, revision_inputs
from rstapi.diff.side import Side
from rstapi.records import Record
from rstapi.rst.cache import ParseCache

__all__ = ["Changelog", "Entry", "changelog", "changelog_json", "changelog_markdown"]

EMPTY = Side("nothing", {"openapi": "3.1.0", "info": {}, "paths": {}})


@attrs.frozen(repr=False)
class Entry(Record):
    commit: Commit
    changes: tuple[Change, ...] = ()  # API changes only (metadata is not a changelog entry)
    errors: tuple[str, ...] = ()  # the diagnostics of a revision that does not build

    @property
    def builds(self) -> bool:
        return not self.errors


@attrs.frozen(repr=False)
class Changelog(Record):
    revisions: str  # what was walked, e.g. "HEAD" or "v1..main"
    entries: tuple[Entry, ...]
    walked: int  # commits that touched the reference or the overlay
    builds: int  # builds actually run (distinct contents)
    parsed: int | None = None  # documents parsed by those builds (None: no cache counted them)


class _Builder:
    """Built sides by content: one build per distinct set of input blobs."""

    def __init__(self, config: Config, repository: Repository) -> None:
        self.config, self.repository = config, repository
        self.cache: dict[tuple[tuple[str, str], ...], Built] = {}
        # each file's reading, across revisions: a revision that changed one file parses that file
        # (none with --no-cache: every revision parses every file)
        self.readings = ParseCache(config.cache_dir, keep_in_memory=True) if config.cache_dir else None

    def at(self, commit: str) -> Built:
        inputs = revision_inputs(self.config, self.repository, commit)
        key = tuple(sorted(inputs.items()))
        if key not in self.cache:
            self.cache[key] = build_revision(
                commit[:10], self.config, self.repository, commit, inputs, self.readings
            )
        return self.cache[key]


def changelog(config: Config, repository: Repository, revisions: str = "HEAD") -> Changelog:
    """Walk ``revisions`` oldest first; compare each building revision with the last one that built."""
    builder = _Builder(config, repository)
    commits = repository.history(revisions, relative_inputs(config))
    previous = _baseline(builder, repository, revisions)
    entries = []
    for commit in commits:
        built = builder.at(commit.hash)
        if built.side is None:
            entries.append(Entry(commit, errors=built.errors))
            continue
        if built.side.spec != previous.spec:
            changes = [c for c in compare(previous, built.side) if c.severity is not Severity.METADATA]
            if changes:
                entries.append(Entry(commit, tuple(changes)))
        previous = built.side
    parsed = builder.readings.misses if builder.readings is not None else None
    return Changelog(revisions, tuple(entries), len(commits), len(builder.cache), parsed)


def _baseline(builder: _Builder, repository: Repository, revisions: str) -> Side:
    """For ``A..B`` the API as of A (if it builds); for a whole history, no API at all."""
    start = revisions.partition("..")[0] if ".." in revisions else ""
    commit = repository.commit_of(start) if start else None
    side = builder.at(commit).side if commit else None
    return side or EMPTY


def _entry_dict(entry: Entry) -> dict[str, Any]:
    return {
        "commit": entry.commit.hash,
        "date": entry.commit.date,
        "subject": entry.commit.subject,
        "builds": entry.builds,
        "diagnostics": list(entry.errors),
        "breaking": sum(1 for c in entry.changes if c.breaking),
        "changes": [c.as_dict() for c in entry.changes],
    }


def changelog_json(log: Changelog) -> str:
    document = {
        "revisions": log.revisions,
        "commits_walked": log.walked,
        "revisions_built": log.builds,
        "entries": [_entry_dict(entry) for entry in reversed(log.entries)],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _markdown_entry(entry: Entry) -> list[str]:
    head = f"## {entry.commit.date[:10]} · `{entry.commit.hash[:10]}` · {entry.commit.subject}"
    if not entry.builds:
        return [head, "", "This revision does not build:", "", "```", *entry.errors, "```", ""]
    lines = [head, ""]
    for change in entry.changes:
        where = f" ({change.source})" if change.source else ""
        lines.append(f"- **{change.severity}** {change.message()}{where}")
    return [*lines, ""]


def changelog_markdown(log: Changelog) -> str:
    changed = sum(1 for e in log.entries if e.builds)
    broken = len(log.entries) - changed
    lines = [
        "# API changelog",
        "",
        f"`{log.revisions}`: {log.walked} commits touched the reference; {changed} changed the API"
        + (f", {broken} did not build." if broken else "."),
        "",
    ]
    for entry in reversed(log.entries):
        lines += _markdown_entry(entry)
    return "\n".join(lines).rstrip("\n") + "\n"
