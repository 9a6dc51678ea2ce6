"""``rstapi postman`` and ``rstapi site``: the published artefacts, from the spec file alone."""

from __future__ import annotations

from pathlib import Path

import click

from rstapi.commands._shared import SPEC_OPTION, STDOUT, emit_report, input_limit
from rstapi.config import ConfigError
from rstapi.publish import build_site, collection_from_spec, dump_collection, load_spec

__all__ = ["postman_command", "site_command"]


@click.command("postman")
@SPEC_OPTION
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("spec/postman_collection.json"),
    show_default=True,
    help="Where to write the collection (- for stdout).",
)
@click.option("--base-url", help="The collection's baseUrl (default: the spec's first server).")
def postman_command(spec_path: Path, out: Path, base_url: str | None) -> None:
    """Write a Postman v2.1 collection of the spec's operations."""
    collection = collection_from_spec(load_spec(spec_path, input_limit()), base_url=base_url)
    emit_report(dump_collection(collection), out)
    if out != STDOUT:
        click.echo(f"wrote {out}")


@click.command("site")
@SPEC_OPTION
@click.option("--out", type=click.Path(path_type=Path), default=Path("spec/site"), show_default=True)
@click.option(
    "--assets",
    type=click.Path(path_type=Path),
    default=None,
    help="A swagger-ui-dist folder to take Swagger UI from (default: the drf-spectacular-sidecar package's).",
)
def site_command(spec_path: Path, out: Path, assets: Path | None) -> None:
    """Write an offline Swagger UI page for the spec."""
    if out.exists() and not out.is_dir():  # the folder is swapped in whole: only a folder is replaced
        raise ConfigError(f"{out}: not a folder; --out names the folder the site is written to")
    build_site(load_spec(spec_path, input_limit()), out, assets)
    click.echo(f"wrote {out}/index.html")
