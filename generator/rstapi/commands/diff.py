"""``rstapi diff OLD [NEW]``: what a change to the reference does to the API, and whether it breaks clients."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from rstapi.commands._shared import (
    API_OPTION,
    CACHE_OPTIONS,
    EXIT_PROBLEMS,
    NO_OVERLAY_OPTION,
    SOURCE_OPTION,
    emit_report,
    make_config,
)
from rstapi.config import ConfigError

__all__ = ["FAIL_ON_OPTION", "diff_command", "fails"]

FAIL_ON_OPTION = click.option(
    "--fail-on",
    type=click.Choice(["breaking", "any", "never"]),
    default="breaking",
    show_default=True,
    help="Exit 1 on breaking changes, on any API change, or never.",
)


@click.command("diff")
@click.argument("old")
@click.argument("new", required=False)
@SOURCE_OPTION
@CACHE_OPTIONS
@click.option(
    "--overlay",
    type=click.Path(path_type=Path),
    help="Overlay for both sides (a git side reads it at its revision).",
)
@NO_OVERLAY_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["human", "json", "markdown", "github"]),
    default="human",
    show_default=True,
)
@click.option(
    "--output", type=click.Path(path_type=Path), help="Write the report here instead of stdout (- is stdout)."
)
@click.option("--hide-metadata", is_flag=True, help="Leave out description, example and source-line changes.")
@FAIL_ON_OPTION
@API_OPTION
def diff_command(
    old: str,
    new: str | None,
    sources: tuple[Path, ...],
    overlay: Path | None,
    no_overlay: bool,
    fmt: str,
    output: Path | None,
    hide_metadata: bool,
    fail_on: str,
    api: str | None,
) -> None:
    """Classify the API changes between two specs, references or git revisions.

    OLD is compared with NEW (default: the working tree's reference). Each side is a spec file (.yaml/.json), an RST file, or a git revision of the configured
    reference (read with git; the working tree is left alone), e.g. `rstapi diff main`.
    """
    from rstapi.diff import Severity, compare
    from rstapi.diff.git import Repository
    from rstapi.diff.load import FILE_SUFFIXES, load_side, working_tree
    from rstapi.diff.render import render

    for side in (old, new):
        if side is not None and Path(side).suffix.lower() in FILE_SUFFIXES and not Path(side).is_file():
            raise ConfigError(f"{side}: no such file")  # a file's name, not a git revision
    files = new is not None and Path(old).is_file() and Path(new).is_file()  # no reference to read
    config = make_config(sources, overlay, no_overlay, needs_sources=not files, api=api)
    repository = Repository()
    before = load_side(old, config, repository)
    after = load_side(new, config, repository) if new is not None else working_tree(config)
    changes = compare(before, after)
    if hide_metadata:
        changes = [c for c in changes if c.severity is not Severity.METADATA]
    emit_report(render(fmt, before.label, after.label, changes), output)
    if fails(fail_on, [str(c.severity) for c in changes]):
        sys.exit(EXIT_PROBLEMS)


def fails(fail_on: str, severities: list[str]) -> bool:
    """Whether ``--fail-on`` turns these change severities into exit 1."""
    if fail_on == "breaking":
        return "breaking" in severities
    if fail_on == "any":
        return any(severity != "metadata" for severity in severities)
    return False
