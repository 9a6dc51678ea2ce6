"""What several commands share: exit codes, common options, diagnostics output, report writing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import click

from rstapi.config import DEFAULT_MAX_INPUT_MB, Config, ConfigError, api_tables, load_config
from rstapi.diagnostics import Diagnostic

__all__ = [
    "API_OPTION",
    "CACHE_OPTIONS",
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "EXIT_USAGE",
    "FAIL_ON_OPTION",
    "HTTPDOMAIN_ARROWS_OPTION",
    "MICROVERSION_OPTION",
    "NO_OVERLAY_OPTION",
    "PROJECT_ROOT_OPTION",
    "SOURCE_OPTION",
    "SPEC_OPTION",
    "STDOUT",
    "STRICT_OPTION",
    "emit_report",
    "input_limit",
    "make_config",
    "print_diagnostic",
]

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

API_OPTION = click.option(
    "--api", help="Read the API of that name in [[tool.rstapi.apis]] (its sources and overlay), as lint does."
)
SOURCE_OPTION = click.option(
    "--source",
    "sources",
    multiple=True,
    type=click.Path(path_type=Path),
    help="RST reference(s); default from [tool.rstapi].",
)
STRICT_OPTION = click.option(
    "--strict", is_flag=True, help="Fail on unresolved warnings too (= --fail-on warning)."
)
FAIL_ON_OPTION = click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "never"]),
    default=None,
    help="Exit 1 when an unresolved finding is at least this level (default: error, or fail-on in [tool.rstapi]).",
)
NO_OVERLAY_OPTION = click.option(
    "--no-overlay", is_flag=True, help="Apply no overlay, not even [tool.rstapi]'s (for another reference)."
)
PROJECT_ROOT_OPTION = click.option(
    "--project-root",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder includes and samples may be read from (default: the git work tree's top level, "
    "else the folder holding conf.py, else the source's folder; project-root in [tool.rstapi]).",
)
MICROVERSION_OPTION = click.option(
    "--microversion",
    default=None,
    help="Build the API as of this microversion (MAJOR.MINOR): what documents other versions "
    "(x-openstack-min-version / x-openstack-max-version) is left out.",
)
HTTPDOMAIN_ARROWS_OPTION = click.option(
    "--httpdomain-arrows",
    type=click.Choice(["1.x", "2.x", "auto"]),
    default=None,
    help="Read httpdomain's :<json/:>json and :<header/:>header as sphinxcontrib-httpdomain 1.x or 2.x "
    "does (default: auto, each document's signs; httpdomain-arrows in [tool.rstapi]).",
)


def _cache_flag(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    """``--no-cache``/``--cache-dir`` go to ``make_config`` through the context (no command's
    signature names them)."""
    if value:
        ctx.meta[f"rstapi.{param.name}"] = value


def CACHE_OPTIONS(command: Any) -> Any:  # a decorator, named as the other options
    """``--no-cache`` and ``--cache-dir`` for a command that builds the sources."""
    command = click.option(
        "--no-cache",
        is_flag=True,
        expose_value=False,
        callback=_cache_flag,
        help="Parse every file again: neither read nor write the cache of each file's reading.",
    )(command)
    return click.option(
        "--cache-dir",
        type=click.Path(path_type=Path, file_okay=False),
        expose_value=False,
        callback=_cache_flag,
        help="Where each file's reading is kept (default: .rstapi_cache beside pyproject.toml; "
        "cache-dir in [tool.rstapi]). Delete it at any time.",
    )(command)


SPEC_OPTION = click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path),
    default=Path("spec/openapi.yaml"),
    show_default=True,
)


def make_config(
    sources: Sequence[Path],
    overlay: Path | None,
    no_overlay: bool = False,
    *,
    needs_sources: bool = True,
    **flags: Any,
) -> Config:
    """The settings from the command line over [tool.rstapi]; ConfigError when the command reads
    the reference (``needs_sources``) and neither names any source."""
    context = click.get_current_context(silent=True)
    meta = context.meta if context is not None else {}
    cache = {name: meta[f"rstapi.{name}"] for name in ("no_cache", "cache_dir") if f"rstapi.{name}" in meta}
    config = load_config(Path("."), sources=tuple(sources) or None, overlay=overlay, **cache, **flags)
    if needs_sources and not config.sources:
        apis = ", ".join(api.name for api in api_tables())
        several = f"; choose an API of [[tool.rstapi.apis]] with --api NAME ({apis})" if apis else ""
        raise ConfigError(f"no --source given and no [tool.rstapi] sources in pyproject.toml{several}")
    if no_overlay:
        if overlay is not None:
            raise ConfigError("give --overlay or --no-overlay, not both")
        config = attrs.evolve(config, overlay=None)
    return config


def input_limit() -> int:
    """``max-input-mb`` of [tool.rstapi] in bytes, for commands that read a spec, not the sources
    (the default when pyproject.toml says nothing usable; the commands that need it report that)."""
    try:
        return load_config(Path(".")).max_input_bytes
    except ConfigError:
        return DEFAULT_MAX_INPUT_MB * 2**20


def print_diagnostic(diagnostic: Diagnostic, err: bool = False) -> None:
    line = str(diagnostic)
    if diagnostic.resolution:
        line += f" [resolved: {diagnostic.resolution}]"
    click.echo(line, err=err)


STDOUT = Path("-")  # ``--output -``: the standard output


def emit_report(text: str, output: Path | None) -> None:
    """``text`` to stdout (no ``output``, or ``-``), or atomically to ``output``."""
    from rstapi.openapi.write import write_atomic

    if output is None or output == STDOUT:
        click.echo(text, nl=False)
        return
    try:
        write_atomic(output, text)
    except OSError as error:
        raise ConfigError(f"{output}: cannot write the report ({error.strerror})") from None
