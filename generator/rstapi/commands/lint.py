"""``rstapi lint``: every place the reference contradicts itself."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import attrs
import click

from rstapi.commands._shared import (
    CACHE_OPTIONS,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    FAIL_ON_OPTION,
    HTTPDOMAIN_ARROWS_OPTION,
    MICROVERSION_OPTION,
    NO_OVERLAY_OPTION,
    PROJECT_ROOT_OPTION,
    SOURCE_OPTION,
    STRICT_OPTION,
    emit_report,
    make_config,
)
from rstapi.config import Config, ConfigError
from rstapi.lint.anchors import AnchorIndex
from rstapi.lint.baseline import dump_baseline, load_baseline
from rstapi.lint.report import FORMATS, read_sources, report_human, report_json
from rstapi.lint.suppress import apply_baseline
from rstapi.openapi.write import write_atomic
from rstapi.pipeline import BuildResult, build

__all__ = ["lint_command"]


@click.command("lint")
@SOURCE_OPTION
@CACHE_OPTIONS
@click.option("--overlay", type=click.Path(path_type=Path), help="Overlay whose x-resolves actions count.")
@click.option(
    "--format", "fmt", type=click.Choice(["human", *FORMATS]), default="human", help="Report format."
)
@STRICT_OPTION
@FAIL_ON_OPTION
@click.option(
    "--output", type=click.Path(path_type=Path), help="Write the report to a file, not stdout (- is stdout)."
)
@NO_OVERLAY_OPTION
@PROJECT_ROOT_OPTION
@MICROVERSION_OPTION
@HTTPDOMAIN_ARROWS_OPTION
@click.option(
    "--baseline",
    type=click.Path(path_type=Path),
    help="Findings recorded in this file no longer count (CI fails only on new ones); "
    "default: baseline in [tool.rstapi].",
)
@click.option("--no-baseline", is_flag=True, help="Count every finding, the configured baseline's too.")
@click.option("--update-baseline", is_flag=True, help="Rewrite the baseline file from the current findings.")
@click.option("--api", help="Lint the API of that name in [[tool.rstapi.apis]] (its sources and overlay).")
def lint_command(
    sources: tuple[Path, ...],
    overlay: Path | None,
    fmt: str,
    strict: bool,
    fail_on: str | None,
    output: Path | None,
    no_overlay: bool,
    project_root: Path | None,
    microversion: str | None,
    httpdomain_arrows: str | None,
    baseline: Path | None,
    no_baseline: bool,
    update_baseline: bool,
    api: str | None,
) -> None:
    """Report every place the reference contradicts itself (the spec is not written)."""
    config = make_config(
        sources,
        overlay,
        no_overlay,
        strict=strict,
        fail_on=fail_on,
        project_root=project_root,
        microversion=microversion,
        api=api,
        httpdomain_arrows=httpdomain_arrows,
    )
    chosen = _baseline(config, baseline, no_baseline)
    if update_baseline:
        if chosen is None:
            raise ConfigError("--update-baseline needs --baseline FILE (or baseline in [tool.rstapi])")
        result = write_baseline(config, chosen)
    else:
        result = build(attrs.evolve(config, baseline=chosen))
    if fmt == "human":
        lines = read_sources((path, config.display(path)) for path in config.sources)
        text = report_human(result.diagnostics, lines, color=_colour(output))
        if result.coverage:  # above the last line, the counts
            head, _, last = text.rstrip("\n").rpartition("\n")
            text = f"{head}\ncoverage: {result.coverage}\n{last}\n"
    elif fmt == "json":
        text = report_json(result.diagnostics, result.coverage)
    else:
        text = FORMATS[fmt](result.diagnostics)
    emit_report(text, output)
    if result.unreadable:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_PROBLEMS if result.failed(config.fail_on) else EXIT_OK)


def _baseline(config: Config, given: Path | None, no_baseline: bool) -> Path | None:
    """``--baseline FILE``, else ``baseline`` in [tool.rstapi] (so ``rstapi lint --strict`` is the
    project's CI gate as it is), none with ``--no-baseline``."""
    if no_baseline and given is not None:
        raise ConfigError("give --baseline or --no-baseline, not both")
    return None if no_baseline else given or config.baseline


def write_baseline(config: Config, path: Path) -> BuildResult:
    """Record every finding the build leaves unresolved (the old baseline is not consulted).

    Returns the build as the new baseline sees it: every recorded finding resolved.
    """
    result = build(attrs.evolve(config, baseline=None))
    index = AnchorIndex(result.api)
    text = dump_baseline(result.diagnostics, index)
    try:
        write_atomic(path, text)
    except OSError as error:
        raise ConfigError(f"{path}: cannot write the baseline ({error.strerror})") from None
    click.echo(f"wrote {config.display(path)}", err=True)
    settled = apply_baseline(result.diagnostics, load_baseline(path), index, config.display(path))
    return result._replace(diagnostics=tuple(settled))


def _colour(output: object) -> bool:
    """Colour on a terminal only, and never when the user asks for none (https://no-color.org)."""
    return output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
