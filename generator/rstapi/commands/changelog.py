"""``rstapi changelog [REVISIONS]``: an API changelog from the configured reference's git history."""

from __future__ import annotations

from pathlib import Path

import click

from rstapi.commands._shared import (
    API_OPTION,
    CACHE_OPTIONS,
    NO_OVERLAY_OPTION,
    SOURCE_OPTION,
    emit_report,
    make_config,
)

__all__ = ["changelog_command"]


@click.command("changelog")
@click.argument("revisions", default="HEAD")
@SOURCE_OPTION
@CACHE_OPTIONS
@click.option("--overlay", type=click.Path(path_type=Path), help="Overlay path (read at each revision).")
@NO_OVERLAY_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True
)
@click.option(
    "--output",
    type=click.Path(path_type=Path),
    help="Write the changelog here instead of stdout (- is stdout).",
)
@API_OPTION
def changelog_command(
    revisions: str,
    sources: tuple[Path, ...],
    overlay: Path | None,
    no_overlay: bool,
    fmt: str,
    output: Path | None,
    api: str | None,
) -> None:
    """Write an API changelog from the reference's git history.

    One entry per commit that changed the API, newest first (REVISIONS: e.g. HEAD or v1..main).
    Revisions that do not build are listed with their diagnostics. Each distinct content of the
    reference is built once.
    """
    from rstapi.diff.changelog import changelog, changelog_json, changelog_markdown
    from rstapi.diff.git import Repository

    config = make_config(sources, overlay, no_overlay, api=api)
    log = changelog(config, Repository(), revisions)
    emit_report(changelog_json(log) if fmt == "json" else changelog_markdown(log), output)
