"""``rstapi mock``: every documented endpoint served offline from the spec."""

from __future__ import annotations

import contextlib
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from rstapi.commands._shared import SPEC_OPTION, input_limit

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
    help="Swagger UI page served at /docs; when the folder does not exist, a page built from the spec.",
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

    spec = load_spec(spec_path, input_limit())
    _stop_cleanly_on_sigterm()
    with _docs_folder(spec, docs_dir) as docs:
        settings = MockSettings(static_token=static_token, docs_dir=docs, stateful=stateful)
        for line in mock_server.banner(spec, host, port, settings):
            click.echo(line)
        mock_server.serve(spec, host=host, port=port, settings=settings)


def _stop_cleanly_on_sigterm() -> None:
    """SIGTERM (how a service manager, a container or a test stops the server) ends the process by
    an exception, as Ctrl-C does, so the temporary docs folder is removed: uvicorn stops serving on
    it and raises it again once stopped, and its default action killed the process first (a
    Swagger UI copy left in the temporary folder at every stop). The exit status stays 143."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


@contextlib.contextmanager
def _docs_folder(spec: dict[str, Any], docs_dir: Path) -> Iterator[Path | None]:
    """``docs_dir`` when it exists, else the spec's Swagger UI page built in a temporary folder
    from the packaged assets (none, with a note, when they are missing)."""
    if docs_dir.is_dir():
        yield docs_dir
        return
    from rstapi.publish.site import SiteError, build_site

    folder = Path(tempfile.mkdtemp(prefix="rstapi-mock-docs-"))
    try:
        build_site(spec, folder / "site")
    except SiteError as error:
        click.echo(f"no Swagger UI page at /docs: {error}", err=True)
        shutil.rmtree(folder, ignore_errors=True)
        yield None
        return
    try:
        yield folder / "site"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
