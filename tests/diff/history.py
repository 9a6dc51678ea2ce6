"""A small git repository of a house-style reference, one API change (or none) per commit."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.rst_style import document, endpoint, field_table, subsection

REFERENCE = "docs/gizmo.rst"
OVERLAY = "docs/overlay.yaml"
PYPROJECT = f"""[tool.rstapi]
sources = ["{REFERENCE}"]
overlay = "{OVERLAY}"
"""
NO_ACTIONS = "overlay: 1.0.0\ninfo:\n  title: Gizmo facts\n  version: 1.0.0\nactions: []\n"
REQUIRED_COLOUR = """overlay: 1.0.0
info:
  title: Gizmo facts
  version: 1.0.0
actions:
  - target: "$.paths['/gizmo/v1/gadgets'].get.parameters[?(@.name == 'colour')]"
    description: The service rejects a listing without a colour.
    update:
      required: true
"""


def reference(
    *,
    delete: bool = False,
    size_in_response: bool = True,
    size_type: str = "integer",
    prose: str = "GET calls to the ``gadgets`` endpoint list gadgets.",
    preamble: str = "",
) -> str:
    """The Gizmo reference; each keyword is one edit a commit of the history makes."""
    listing = subsection(
        "Parameters", field_table(("colour", "string", "Only gadgets of this colour."), header="Parameter")
    )
    rows = [("id", "integer", "The gadget's ID."), ("name", "string", "The gadget's name.")]
    if size_in_response:
        rows.append(("size", "integer", "The gadget's size."))
    listing += subsection("Response Values", field_table(*rows))
    create = subsection(
        "Request Values",
        field_table(("name", "string", "The new gadget's name."), ("size", size_type, "Its size.")),
    )
    sections = [
        preamble,
        endpoint(prose=prose, rest=listing),
        endpoint("create gadgets Endpoint", "POST", "/gizmo/v1/gadgets", "POST makes a gadget.", create),
    ]
    if delete:
        sections.append(
            endpoint("gadget Endpoint", "DELETE", "/gizmo/v1/gadgets/{gadget_id}", "DELETE removes a gadget.")
        )
    return document(*sections)


# Six lines of notes for writers (an RST comment) and blank lines: they move every line after them.
SHIFTED = (
    "\n.. A note for writers:\n" + "".join(f"   keep line {n} of this note.\n" for n in range(2, 7)) + "\n\n"
)

# (commit message, reference text, overlay text): the history the tests walk, oldest first.
COMMITS: tuple[tuple[str, str, str], ...] = (
    ("Initial reference", reference(), NO_ACTIONS),
    ("Add the delete endpoint", reference(delete=True), NO_ACTIONS),
    ("Remove the size field from the listing", reference(delete=True, size_in_response=False), NO_ACTIONS),
    ("Make colour required", reference(delete=True, size_in_response=False), REQUIRED_COLOUR),
    (
        "Size is a string now",
        reference(delete=True, size_in_response=False, size_type="string"),
        REQUIRED_COLOUR,
    ),
    (
        "Reword the listing prose",
        reference(
            delete=True, size_in_response=False, size_type="string", prose="Lists every gadget you own."
        ),
        REQUIRED_COLOUR,
    ),
    (
        "Shift lines with an introduction",
        reference(
            delete=True,
            size_in_response=False,
            size_type="string",
            prose="Lists every gadget you own.",
            preamble=SHIFTED,
        ),
        REQUIRED_COLOUR,
    ),
)


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Docs Writer",
        "GIT_AUTHOR_EMAIL": "docs@example.org",
        "GIT_COMMITTER_NAME": "Docs Writer",
        "GIT_COMMITTER_EMAIL": "docs@example.org",
        "GIT_CONFIG_NOSYSTEM": "1",
        "HOME": str(repo),
    }
    done = subprocess.run(
        ["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True, timeout=60
    )
    return done.stdout.strip()


def make_history(
    repo: Path, commits: tuple[tuple[str, str, str], ...] = COMMITS, date: Callable[[int], str] | None = None
) -> list[str]:
    """``repo`` with one commit per entry of ``commits``; their hashes, oldest first."""
    repo.mkdir(parents=True, exist_ok=True)
    git(repo, "init", "-q", "-b", "main")
    (repo / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (repo / "docs").mkdir(exist_ok=True)
    hashes = []
    for number, (message, text, overlay) in enumerate(commits):
        (repo / REFERENCE).write_text(text, encoding="utf-8")
        (repo / OVERLAY).write_text(overlay, encoding="utf-8")
        git(repo, "add", "-A")
        when = date(number) if date else f"2026-01-{number + 1:02d}T12:00:00+00:00"
        git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "-m", message, "--date", when)
        hashes.append(git(repo, "rev-parse", "HEAD"))
    return hashes
