"""``rstapi lint``: every place the reference contradicts itself."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from rstapi.commands._shared import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    FAIL_ON_OPTION,
    NO_OVERLAY_OPTION,
    SOURCE_OPTION,
    STRICT_OPTION,
    emit_report,
    make_config,
)
from rstapi.lint.report import FORMATS, read_sources, report_human
from rstapi.pipeline import build

__all__ = ["lint_command"]


@click.command("lint")
@SOURCE_OPTION
@click.option("--overlay", type=click.Path(path_type=Path), help="Overlay whose x-resolves actions count.")
@click.option(
    "--format", "fmt", type=click.Choice(["human", *FORMATS]), default="human", help="Report format."
)
@STRICT_OPTION
@FAIL_ON_OPTION
@click.option("--output", type=click.Path(path_type=Path), help="Write the report to a file, not stdout.")
@NO_OVERLAY_OPTION
def lint_command(
    sources: tuple[Path, ...],
    overlay: Path | None,
    fmt: str,
    strict: bool,
    fail_on: str | None,
    output: Path | None,
    no_overlay: bool,
) -> None:
    """Report every place the reference contradicts itself (the spec is not written)."""
    config = make_config(sources, overlay, no_overlay, strict=strict, fail_on=fail_on)
    result = build(config)
    if fmt == "human":
        lines = read_sources((path, config.display(path)) for path in config.sources)
        text = report_human(result.diagnostics, lines, color=output is None and sys.stdout.isatty())
    else:
        text = FORMATS[fmt](result.diagnostics)
    emit_report(text, output)
    if result.unreadable:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_PROBLEMS if result.failed(config.fail_on) else EXIT_OK)
