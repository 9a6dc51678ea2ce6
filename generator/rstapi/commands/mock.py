"""``rstapi mock``: every documented endpoint served offline from the spec."""

from __future__ import annotations

from pathlib import Path

import click

from rstapi.commands._shared import SPEC_OPTION

__all__ = ["mock_command"]


@click.command("mock")
@SPEC_OPTION
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default)."
)
@click.option("--port", type=int, default=4010, show_default=True)
@click.option(
    "--token",
    "static_token",
    help="Also accept this static token: Authorization: <prefix> <token> (the spec's auth prefix, e.g. JWT).",
)
@click.option(
    "--docs",
    "docs_dir",
    type=click.Path(path_type=Path),
    default=Path("spec/site"),
    show_default=True,
    help="Swagger UI page served at /docs (when the folder exists).",
)
@click.option(
    "--stateful",
    is_flag=True,
    help="Keep an in-memory enterprise: one call's effects show in the next (GET /__mock__/state, POST /__mock__/reset).",
)
def mock_command(
    spec_path: Path, host: str, port: int, static_token: str | None, docs_dir: Path, stateful: bool
) -> None:
    """Serve every documented endpoint offline from the spec."""
    from rstapi.mock import MockSettings
    from rstapi.mock import server as mock_server
    from rstapi.publish import load_spec

    spec = load_spec(spec_path)
    settings = MockSettings(
        static_token=static_token, docs_dir=docs_dir if docs_dir.is_dir() else None, stateful=stateful
    )
    for line in mock_server.banner(spec, host, port, settings):
        click.echo(line)
    mock_server.serve(spec, host=host, port=port, settings=settings)
