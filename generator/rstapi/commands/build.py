"""``rstapi build``: the OpenAPI 3.1 spec from the RST reference."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from rstapi.commands._shared import (
    EXIT_PROBLEMS,
    NO_OVERLAY_OPTION,
    SOURCE_OPTION,
    STRICT_OPTION,
    make_config,
    print_diagnostic,
)
from rstapi.diagnostics import Level, count_by_level
from rstapi.openapi.sourcemap import dump_sourcemap, sourcemap_path, split_sources
from rstapi.openapi.write import dump_spec, write_atomic
from rstapi.pipeline import BuildResult, build

__all__ = ["build_command", "summary"]


@click.command("build")
@SOURCE_OPTION
@click.option(
    "--overlay",
    type=click.Path(path_type=Path),
    help="OpenAPI Overlay 1.0.0 file with the facts the RST lacks.",
)
@click.option(
    "--out", type=click.Path(path_type=Path), help="Where to write the spec (default spec/openapi.yaml)."
)
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default=None, help="Output format.")
@STRICT_OPTION
@NO_OVERLAY_OPTION
def build_command(
    sources: tuple[Path, ...],
    overlay: Path | None,
    out: Path | None,
    fmt: str | None,
    strict: bool,
    no_overlay: bool,
) -> None:
    """Build the OpenAPI 3.1 spec from the RST reference."""
    config = make_config(sources, overlay, no_overlay, out=out, format=fmt, strict=strict)
    result = build(config)
    for diagnostic in result.diagnostics:
        print_diagnostic(diagnostic)
    click.echo(summary(result))
    if result.spec is None or result.failed(config.strict):
        click.echo(
            f"spec not written: the input has {'problems' if config.strict else 'errors'} (see above)",
            err=True,
        )
        sys.exit(EXIT_PROBLEMS)
    spec, sourcemap = split_sources(result.spec)
    write_atomic(config.out, dump_spec(spec, config.format))
    write_atomic(sourcemap_path(config.out), dump_sourcemap(sourcemap))
    click.echo(f"wrote {config.display(config.out)} and {config.display(sourcemap_path(config.out))}")


def summary(result: BuildResult) -> str:
    spec = result.spec or {}
    operations = sum(len(item) for item in spec.get("paths", {}).values())
    schemas = len(spec.get("components", {}).get("schemas", {}))
    examples = sum(1 for _ in _examples(spec))
    counts = count_by_level(result.diagnostics)
    resolved = sum(1 for d in result.diagnostics if d.resolved)
    levels = ", ".join(f"{counts[level]} {level}" for level in sorted(Level, reverse=True))
    return f"{operations} operations, {schemas} schemas, {examples} examples; diagnostics: {levels}, {resolved} resolved"


def _examples(node: Any) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "examples" and isinstance(value, dict):
                yield from value
            else:
                yield from _examples(value)
    elif isinstance(node, list):
        for value in node:
            yield from _examples(value)
