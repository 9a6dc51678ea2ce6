"""``rstapi build``: the OpenAPI 3.1 spec from the RST reference."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

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
    STDOUT,
    STRICT_OPTION,
    make_config,
    print_diagnostic,
)
from rstapi.config import Config, api_tables
from rstapi.diagnostics import Level, count_by_level
from rstapi.errors import InputError
from rstapi.openapi.sourcemap import dump_sourcemap, sourcemap_path, split_sources
from rstapi.openapi.write import dump_spec, refuse_irregular, write_atomic
from rstapi.pipeline import BuildResult, build

__all__ = ["build_command", "summary"]


@click.command("build")
@SOURCE_OPTION
@CACHE_OPTIONS
@click.option(
    "--overlay",
    type=click.Path(path_type=Path),
    help="OpenAPI Overlay 1.0.0 file with the facts the RST lacks.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Where to write the spec (default spec/openapi.yaml; - for stdout, without the source map).",
)
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default=None, help="Output format.")
@STRICT_OPTION
@FAIL_ON_OPTION
@NO_OVERLAY_OPTION
@PROJECT_ROOT_OPTION
@MICROVERSION_OPTION
@HTTPDOMAIN_ARROWS_OPTION
@click.option("--force", is_flag=True, help="Replace a spec that has operations even with one that has none.")
@click.option(
    "--api",
    "apis",
    multiple=True,
    help="Build the API of that name in [[tool.rstapi.apis]] (default: every one there).",
)
def build_command(
    sources: tuple[Path, ...],
    overlay: Path | None,
    out: Path | None,
    fmt: str | None,
    strict: bool,
    fail_on: str | None,
    no_overlay: bool,
    project_root: Path | None,
    microversion: str | None,
    httpdomain_arrows: str | None,
    force: bool,
    apis: tuple[str, ...],
) -> None:
    """Build the OpenAPI 3.1 spec from the RST reference.

    The spec is written whenever the sources can be read, findings or not (what contradicts
    itself is left out and reported); the exit status follows --fail-on.
    """
    names: tuple[str | None, ...] = apis or (
        tuple(a.name for a in api_tables()) if not sources and out is None else ()
    )
    status = EXIT_OK
    for name in names or (None,):
        if name is not None and len(names) > 1:
            click.echo(f"API {name}:")
        config = make_config(
            sources,
            overlay,
            no_overlay,
            out=out,
            format=fmt,
            strict=strict,
            fail_on=fail_on,
            force=force,
            project_root=project_root,
            microversion=microversion,
            httpdomain_arrows=httpdomain_arrows,
            api=name,
        )
        status = max(status, _build_one(config))
    if status:
        sys.exit(status)


def _build_one(config: Config) -> int:
    """Build and write one API; the exit status it asks for."""
    result = build(config)
    to_stdout = config.out == STDOUT  # the spec alone on stdout; everything said goes to stderr
    for diagnostic in result.diagnostics:
        print_diagnostic(diagnostic, err=to_stdout)
    click.echo(summary(result), err=to_stdout)
    if result.spec is None:
        click.echo("spec not written: the input cannot be read (see above)", err=True)
        return EXIT_USAGE
    if _would_empty(config, result.spec):
        click.echo(
            f"spec not written: {config.display(config.out)} has operations and the sources document "
            "none (give --force to replace it anyway)",
            err=True,
        )
        return EXIT_PROBLEMS
    _write(config, result.spec)
    if result.failed(config.fail_on):
        click.echo(f"the input has unresolved findings at --fail-on {config.fail_on} (see above)", err=True)
        return EXIT_PROBLEMS
    return EXIT_OK


def _write(config: Config, spec: dict[str, Any]) -> None:
    """Write atomically; an I/O failure is one line and exit 2, and the previous file stays.

    ``--out -`` writes the spec to stdout (without a source map: its lines are not kept)."""
    if config.out == STDOUT:
        click.echo(dump_spec(split_sources(spec)[0], config.format), nl=False)
        return
    try:
        for path in (config.out, sourcemap_path(config.out)):  # both refused before either is written
            refuse_irregular(path)
        clean, sourcemap = split_sources(spec)
        write_atomic(config.out, dump_spec(clean, config.format))
        write_atomic(sourcemap_path(config.out), dump_sourcemap(sourcemap))
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise InputError(f"{config.display(config.out)}: cannot write the spec ({reason})") from None
    click.echo(f"wrote {config.display(config.out)} and {config.display(sourcemap_path(config.out))}")


def _would_empty(config: Config, spec: dict[str, Any]) -> bool:
    """Writing ``spec`` would replace a spec that has operations with one that has none."""
    if config.force or spec.get("paths") or not config.out.is_file():
        return False
    from rstapi.openapi.read import SpecFileError, read_spec  # only when a spec would be emptied

    try:
        previous = read_spec(config.out, config.max_input_bytes)
    except SpecFileError:
        return False  # not a spec we can read: nothing to protect
    return isinstance(previous, dict) and bool(previous.get("paths"))


def summary(result: BuildResult) -> str:
    spec = result.spec or {}
    operations = sum(len(item) for item in spec.get("paths", {}).values())
    schemas = len(spec.get("components", {}).get("schemas", {}))
    examples = _example_count(spec)
    counts = count_by_level(result.diagnostics)
    resolved = sum(1 for d in result.diagnostics if d.resolved)
    levels = ", ".join(f"{counts[level]} {level}" for level in sorted(Level, reverse=True))
    covered = f"; {result.coverage}" if result.coverage else ""
    return f"{operations} operations, {schemas} schemas, {examples} examples{covered}; diagnostics: {levels}, {resolved} resolved"


def _example_count(spec: Any) -> int:
    """The examples of every ``examples`` mapping in ``spec`` (walked over its mappings and lists)."""
    count = 0
    stack = [spec]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "examples" and isinstance(value, dict):
                    count += len(value)
                elif isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(value for value in node if isinstance(value, (dict, list)))
    return count
