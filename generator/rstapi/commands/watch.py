"""``rstapi watch``: live preview. On every save of the reference or the overlay, rebuild the spec
and the lint, hot-swap the running mock (and its Swagger UI page at /docs) and print only what
changed in the findings, in the one diagnostic format."""

from __future__ import annotations

import dataclasses
import gc
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from rstapi.commands._shared import (
    API_OPTION,
    CACHE_OPTIONS,
    NO_OVERLAY_OPTION,
    SOURCE_OPTION,
    make_config,
    print_diagnostic,
)
from rstapi.config import Config

__all__ = ["watch_command", "watched"]


@click.command("watch")
@SOURCE_OPTION
@CACHE_OPTIONS
@click.option("--overlay", type=click.Path(path_type=Path), help="OpenAPI Overlay 1.0.0 file.")
@NO_OVERLAY_OPTION
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default)."
)
@click.option("--port", type=int, default=4010, show_default=True)
@click.option(
    "--assets",
    type=click.Path(path_type=Path),
    default=None,
    help="A swagger-ui-dist folder for the page at /docs (default: the drf-spectacular-sidecar package's).",
)
@API_OPTION
def watch_command(
    sources: tuple[Path, ...],
    overlay: Path | None,
    no_overlay: bool,
    host: str,
    port: int,
    assets: Path | None,
    api: str | None,
) -> None:
    """Live preview: rebuild, re-lint and hot-swap the mock on every save of the reference or overlay."""
    import uvicorn

    from rstapi.mock.server import uvicorn_options
    from rstapi.preview import Preview

    config = make_config(sources, overlay, no_overlay, api=api)
    site = Path(tempfile.mkdtemp(prefix="rstapi-watch-site-"))
    try:
        preview = Preview(config, _app_factory(site), site)
        app = _first_build(preview, site, assets)
        url = f"http://{host}:{port}"
        click.echo(f"Serving the mock at {url} (spec: {url}/openapi.yaml, page: {url}/docs); Ctrl-C stops")
        stop = threading.Event()
        watcher = threading.Thread(target=_watch, args=(preview, app, stop), daemon=True)
        watcher.start()
        uvicorn.run(app, host=host, port=port, **uvicorn_options())
        stop.set()
    finally:
        shutil.rmtree(site, ignore_errors=True)


def _app_factory(site: Path) -> Any:
    from rstapi.mock import MockSettings
    from rstapi.mock.app import MockApp

    settings = MockSettings()  # one token secret for the session: tokens survive a swap

    def make(spec: dict[str, Any]) -> Any:
        docs = site if (site / "index.html").is_file() else None
        return MockApp(spec, dataclasses.replace(settings, docs_dir=docs))

    return make


def _first_build(preview: Any, site: Path, assets: Path | None) -> Any:
    from rstapi.preview import SwappableApp
    from rstapi.publish.site import SiteError, build_site

    preview.rebuild()
    for diagnostic in preview.result.diagnostics:
        print_diagnostic(diagnostic)
    spec = preview.result.spec
    if spec is None:
        raise click.ClickException("the sources give no spec yet; fix the errors above and run watch again")
    try:
        build_site(spec, site, assets)
    except SiteError as error:
        click.echo(f"no Swagger UI page: {error}", err=True)
    return SwappableApp(preview.app_for(spec))


def watched(config: Config) -> tuple[list[Path], Callable[[Any, str], bool]]:
    """The folders to watch and which changes count: every ``.rst`` and ``.inc`` file of the
    sources' projects (so documents a toctree names and included files count, and new ones too),
    the files their directives name (samples, parameters files: beside the Sphinx folder too) and
    the overlay."""
    from rstapi.rst.project import sphinx_root

    overlay = config.overlay.resolve() if config.overlay else None
    roots = sorted({sphinx_root(source) for source in config.sources})
    named = _named_files(roots)
    outside = {path.parent for path in named if not any(path.is_relative_to(root) for root in roots)}
    folders = sorted({*roots, *outside, *([overlay.parent] if overlay else [])})

    def wanted(_change: Any, path: str) -> bool:
        found = Path(path).resolve()
        in_project = found.suffix in _DOCUMENTS and any(found.is_relative_to(root) for root in roots)
        return in_project or found == overlay or found in named

    return folders, wanted


_DOCUMENTS = (".rst", ".inc")


def _named_files(roots: list[Path]) -> set[Path]:
    """The files the directives of the projects' documents name (includes, samples, parameters),
    and those that the files they include name, whatever those files' suffix. A name in an
    included file is the build's relative to the document (as Sphinx reads it,
    ``rstapi.rst.include``) and is watched relative to the included file too, where docutils alone
    would read it (the build then says RST162 with that file's name)."""
    from rstapi.rst.resources import included_in, named_in

    found: set[Path] = set()
    documents = [p for root in roots for suffix in _DOCUMENTS for p in sorted(root.rglob(f"*{suffix}"))]
    pending = [(document, document) for document in documents]  # (a file, the document including it)
    read: set[tuple[Path, Path]] = set()
    while pending:
        named, document = pending.pop()
        read.add((named, document))
        try:
            text = named.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        folders = {named.parent, document.parent}
        found |= {(folder / target).resolve() for folder in folders for target in named_in(text)}
        included = {(folder / target).resolve() for folder in folders for target in included_in(text)}
        pending += [(path, document) for path in sorted(included) if (path, document) not in read]
    return found


def _watch(preview: Any, app: Any, stop: threading.Event) -> None:
    """Rebuild on every change that counts (``watched``), from the session's first build on.

    What exists by then (modules, the first build, the server) lives as long as the session: it is
    frozen out of the garbage collector's sight, so the full collection that follows each rebuild
    (a doctree is cyclic garbage) walks only what the rebuilds made, a third of the objects. It
    runs holding the interpreter lock, while the server should be answering with the new spec.
    A save is taken once the files have been quiet for 10 ms (an editor's write and rename come
    microseconds apart).
    """
    from watchfiles import watch

    gc.collect()
    gc.freeze()
    try:
        folders, wanted = watched(preview.config)
        for _changes in watch(*folders, watch_filter=wanted, stop_event=stop, debounce=50, step=10):
            _rebuild(preview, app)
    finally:
        gc.unfreeze()


def _rebuild(preview: Any, app: Any) -> None:
    started = time.perf_counter()
    new_app, diff = preview.rebuild(serve=app.swap)
    took = time.perf_counter() - started
    state = "mock updated" if new_app is not None else "no spec: the mock keeps the last good one"
    click.echo(f"rebuilt and linted in {took:.2f}s, {state}: {len(diff.new)} new, {len(diff.gone)} fixed")
    for line in diff.lines():
        click.echo(line)
