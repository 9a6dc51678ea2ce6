"""``rstapi client``: the typed Python client, regenerated with openapi-python-client."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from rstapi.commands._shared import EXIT_PROBLEMS

if TYPE_CHECKING:
    from rstapi.client import Result

__all__ = ["client_command"]


@click.command("client")
@click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path),
    default=Path("spec/openapi.yaml"),
    show_default=True,
)
@click.option("--out", type=click.Path(path_type=Path), default=Path("generated_client"), show_default=True)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    default=None,
    help="openapi-python-client config; templates/ and generator-warnings.yaml sit beside it "
    "(default: client/openapi-python-client.yaml, else the package's own config and templates).",
)
@click.option("--force", is_flag=True, help="Regenerate even when the recorded spec hash matches.")
def client_command(spec_path: Path, out: Path, config_path: Path | None, force: bool) -> None:
    """Generate the typed Python client with openapi-python-client (does nothing when up to date)."""
    from rstapi.client import generate_client
    from rstapi.client.generate import default_allowlist, default_config

    config_path = config_path or default_config()

    result = generate_client(spec_path, out, config_path, force=force)
    if result.fast_path:
        click.echo(f"{out} is up to date with {spec_path} (spec hash matches); nothing to do")
        return
    _print_client_problems(result)
    if result.failed:
        allowlist = default_allowlist(config_path)
        click.echo(
            f"{out} not written: fix the spec (in the reference, or its overlay) or accept the warning"
            f" with a reason in {allowlist}",
            err=True,
        )
        sys.exit(EXIT_PROBLEMS)
    click.echo(f"wrote {out} in {result.seconds:.1f}s")


def _print_client_problems(result: Result) -> None:
    for warning in result.warnings:
        accepted = f" [accepted: {warning.accepted_because}]" if warning.accepted else ""
        click.echo(f"generator {warning}{accepted}", err=not warning.accepted)
    for operation_id in result.missing_operations:
        click.echo(f"error: operation {operation_id} is not in the generated client", err=True)
