"""``rstapi postman`` and ``rstapi site``: the published artefacts, from the spec file alone."""

from __future__ import annotations

from pathlib import Path

import click

from rstapi.commands._shared import SPEC_OPTION
from rstapi.openapi.write import write_atomic
from rstapi.publish import build_site, collection_from_spec, dump_collection, load_spec

__all__ = ["postman_command", "site_command"]


@click.command("postman")
@SPEC_OPTION
@click.option(
    "--out", type=click.Path(path_type=Path), default=Path("spec/postman_collection.json"), show_default=True
)
@click.option("--base-url", help="The collection's baseUrl (default: the spec's first server).")
def postman_command(spec_path: Path, out: Path, base_url: str | None) -> None:
    """Write a Postman v2.1 collection of the spec's operations."""
    collection = collection_from_spec(load_spec(spec_path), base_url=base_url)
    write_atomic(out, dump_collection(collection))
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
    build_site(load_spec(spec_path), out, assets)
    click.echo(f"wrote {out}/index.html")
