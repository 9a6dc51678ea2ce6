"""Reading the reference at a git revision with git itself: the working tree is never touched.

No value a user gives reaches git as an option: revisions come after ``--end-of-options`` (git
2.24 or later), paths after ``--``.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import attrs

from rstapi.errors import InputError
from rstapi.records import Record

__all__ = ["Commit", "GitError", "Repository"]

TIMEOUT = 120
# Every value a user gives (a revision, a range) follows it, so git never reads one as an option
# ("--output=FILE" as a range would make ``git log`` write FILE); paths follow "--".
_END = "--end-of-options"


class GitError(InputError):
    """git is missing, this is no repository, or a revision does not exist: exit 2."""


@attrs.frozen(repr=False)
class Commit(Record):
    hash: str
    date: str  # author date, ISO 8601
    subject: str


@attrs.frozen(repr=False)
class Repository(Record):
    """The git repository around ``cwd``; paths are given relative to ``cwd``."""

    cwd: Path = Path(".")

    def run(self, *args: str, stdin: bytes | None = None) -> bytes:
        try:
            done = subprocess.run(
                ["git", *args], cwd=self.cwd, input=stdin, capture_output=True, timeout=TIMEOUT, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise GitError(f"git {args[0]}: cannot run git ({error})") from None
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise GitError(f"git {' '.join(args[:3])}: {message[-1] if message else 'failed'}")
        return done.stdout

    def commit_of(self, revision: str) -> str | None:
        """The full hash ``revision`` names, or None when it names no commit."""
        try:
            return (
                self.run("rev-parse", "--verify", "--quiet", _END, f"{revision}^{{commit}}").decode().strip()
            )
        except GitError:
            return None

    @cached_property
    def prefix(self) -> str:
        """Where ``cwd`` is inside the repository ("" at the top, else "sub/dir/"); asked of git once."""
        return self.run("rev-parse", "--show-prefix").decode().strip()

    def blob_ids(self, commit: str, paths: Sequence[str]) -> dict[str, str]:
        """path (relative to cwd) -> blob id at ``commit``, for the paths that exist there (a folder
        stands for every file below it)."""
        prefix = self.prefix
        listing = self.run("ls-tree", "-r", "-z", "--full-name", _END, commit, "--", *paths)
        found = {}
        for entry in listing.decode("utf-8", "surrogateescape").split("\0"):
            meta, _, full = entry.partition("\t")
            parts = meta.split()
            if len(parts) == 3 and parts[1] == "blob" and full.startswith(prefix):
                found[full[len(prefix) :]] = parts[2]
        return found

    def read_blobs(self, ids: Sequence[str]) -> dict[str, bytes]:
        """blob id -> contents, all through one ``git cat-file --batch``."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        output = self.run("cat-file", "--batch", stdin="".join(f"{i}\n" for i in wanted).encode())
        found: dict[str, bytes] = {}
        position = 0
        for blob in wanted:
            header_end = output.index(b"\n", position)
            size = int(output[position:header_end].split()[2])
            found[blob] = output[header_end + 1 : header_end + 1 + size]
            position = header_end + 1 + size + 1
        return found

    def history(self, revisions: str, paths: Sequence[str]) -> list[Commit]:
        """The commits of ``revisions`` (e.g. ``HEAD`` or ``v1..main``) touching ``paths``, oldest first."""
        log = self.run("log", "--reverse", "--format=%H%x00%aI%x00%s%x00", _END, revisions, "--", *paths)
        fields = log.decode("utf-8", "replace").split("\0")
        return [
            Commit(fields[i].strip(), fields[i + 1], fields[i + 2])
            for i in range(0, len(fields) - 2, 3)
            if fields[i].strip()
        ]
