"""Live preview: the swappable app, the rebuild that serves before validating, findings diffs."""

from __future__ import annotations

import asyncio
import gc
import json
from pathlib import Path
from typing import Any

import docutils.nodes
import httpx
import pytest

from rstapi.config import load_config
from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.lint.anchors import AnchorIndex
from rstapi.mock import MockSettings
from rstapi.mock.app import MockApp
from rstapi.preview import Preview, SwappableApp, diff_findings
from rstapi.preview.session import _keyed
from tests.rst_helpers import EXAMPLE, FIELDS, document, endpoint

INDEX = [("/widgets/{widget_id}", "/api/v1/widgets/{widget_id}", "widgets Endpoint")]
CLEAN = document(endpoint(), index=INDEX)
TWICE = document(endpoint(response=(*FIELDS, ("name", "string", "Again."))), index=INDEX)


def _text_app(body: bytes) -> Any:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": body})

    return app


async def _get(app: Any, path: str) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock.test") as c:
        return await c.get(path)


def test_swap_sends_new_requests_to_the_new_app() -> None:
    app = SwappableApp(_text_app(b"old"))
    assert asyncio.run(_get(app, "/")).text == "old"
    app.swap(_text_app(b"new"))
    assert asyncio.run(_get(app, "/")).text == "new" and app.generation == 1


def test_lifespan_is_answered_by_the_wrapper() -> None:
    sent: list[dict[str, Any]] = []
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(SwappableApp(_text_app(b""))({"type": "lifespan"}, receive, send))
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.rstapi]\nsources = ["ref.rst"]\n', encoding="utf-8")
    (tmp_path / "ref.rst").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def _preview(project: Path) -> Preview:
    return Preview(load_config(project), lambda spec: MockApp(spec, MockSettings()), None)


def test_rebuild_serves_the_new_spec_and_reports_only_new_findings(project: Path) -> None:
    preview = _preview(project)
    app, first = preview.rebuild()
    assert app is not None and first.new == ()
    (project / "ref.rst").write_text(TWICE, encoding="utf-8")
    served: list[Any] = []
    app, changes = preview.rebuild(serve=served.append)
    assert served == [app]
    assert [d.code for d in changes.new] == ["DOC204"] and changes.gone == ()
    assert ": WARNING DOC204 field 'name' is already listed" in changes.lines()[0]
    assert changes.lines()[0].startswith("+ ref.rst:")
    (project / "ref.rst").write_text(CLEAN, encoding="utf-8")
    _, fixed = preview.rebuild()
    assert fixed.new == () and [d.code for d in fixed.gone] == ["DOC204"]
    assert fixed.lines()[0].startswith("- ref.rst:")


def test_a_moved_finding_is_not_news(project: Path) -> None:
    preview = _preview(project)
    (project / "ref.rst").write_text(TWICE, encoding="utf-8")
    preview.rebuild()
    (project / "ref.rst").write_text("\n\n\n" + TWICE, encoding="utf-8")
    _, changes = preview.rebuild()
    assert changes.lines() == []


def test_the_served_spec_is_the_rebuilt_one(project: Path) -> None:
    preview = _preview(project)
    (project / "ref.rst").write_text(
        document(endpoint(response=(*FIELDS, ("colour", "string", "Hue."))), index=INDEX), encoding="utf-8"
    )
    app, _ = preview.rebuild()
    assert "colour" in asyncio.run(_get(SwappableApp(app), "/openapi.json")).text


def test_a_long_session_keeps_only_the_current_readings(project: Path) -> None:
    """Each save's reading replaces the saved file's last one: a session of many saves holds as
    many doctrees after the tenth save as after the second (a watch of a day's edits stays the size
    it reached; the parser's pooled state machines hold the doctree they last parsed until then)."""
    preview = _preview(project)
    alive = []
    for save in range(10):
        (project / "ref.rst").write_text(CLEAN + f"\n.. save {save}\n", encoding="utf-8")
        app, _ = preview.rebuild()
        assert app is not None
        gc.collect()  # then the doctrees alive, by type: isinstance would ask lazy objects (Django's)
        alive.append(sum(type(o) is docutils.nodes.document for o in gc.get_objects()))
    assert alive[-1] == alive[1], alive


def test_diff_counts_repeated_findings() -> None:
    one = Diagnostic("DOC204", "twice", SourceLocation("a.rst", 3))
    keyed = _keyed([one], AnchorIndex(None))
    twice = _keyed([one, one], AnchorIndex(None))
    assert len(diff_findings(keyed, twice).new) == 1 and diff_findings(twice, keyed).gone == (one,)


def test_an_overlay_action_the_build_rejects_is_not_served(project: Path) -> None:
    (project / "overlay.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: fixes, version: '1'}\nactions:\n"
        "  - target: $..properties.name\n    description: a broken type\n    update: {type: objest}\n",
        encoding="utf-8",
    )
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8") + 'overlay = "overlay.yaml"\n', encoding="utf-8"
    )
    served: list[Any] = []
    preview = Preview(load_config(project), lambda spec: spec, None)
    app, _ = preview.rebuild(serve=served.append)
    assert preview.result is not None and "OVL303" in [d.code for d in preview.result.diagnostics]
    assert "objest" not in str(app) and served[-1] is app


def test_watch_sees_every_rst_file_of_the_project_and_the_overlay(tmp_path: Path) -> None:
    """A document a toctree names, an included file or a new one is part of the reference: saving it
    rebuilds, like saving the source or the overlay; other files do not."""
    from rstapi.commands.watch import watched
    from rstapi.config import Config

    docs = tmp_path / "docs"
    (docs / "api").mkdir(parents=True)
    (docs / "conf.py").write_text("project = 'gizmo'\n", encoding="utf-8")
    source, overlay = docs / "api" / "index.rst", tmp_path / "overlay.yaml"
    config = Config(sources=(source,), overlay=overlay, root=tmp_path)
    folders, wanted = watched(config)
    assert folders == sorted({docs.resolve(), tmp_path.resolve()})
    for path in (source, docs / "links.rst", docs / "api" / "new_endpoint.rst", overlay):
        assert wanted(None, str(path)), path
    for path in (docs / "conf.py", tmp_path / "README.rst", tmp_path / "other.yaml"):
        assert not wanted(None, str(path)), path


def test_watch_sees_the_inc_files_samples_and_parameters_files_the_documents_name(tmp_path: Path) -> None:
    """An os-api-ref project: saving an .inc file, parameters.yaml or a sample beside the Sphinx
    folder rebuilds; another JSON file there does not."""
    from rstapi.commands.watch import watched
    from rstapi.config import Config

    source_dir, samples = tmp_path / "api-ref" / "source", tmp_path / "doc" / "api_samples"
    source_dir.mkdir(parents=True)
    samples.mkdir(parents=True)
    (source_dir / "conf.py").write_text("extensions = ['os_api_ref']\n", encoding="utf-8")
    (source_dir / "index.rst").write_text(".. include:: things.inc\n", encoding="utf-8")
    inc = ".. rest_parameters:: parameters.yaml\n\n   - a: a\n\n.. literalinclude:: ../../doc/api_samples/a-req.json\n"
    (source_dir / "things.inc").write_text(inc, encoding="utf-8")
    folders, wanted = watched(Config(sources=(source_dir / "index.rst",), root=tmp_path))
    assert folders == sorted({source_dir.resolve(), samples.resolve()})
    for path in (source_dir / "things.inc", source_dir / "parameters.yaml", samples / "a-req.json"):
        assert wanted(None, str(path)), path
    assert not wanted(None, str(samples / "other.json"))


def test_watch_sees_what_an_included_file_of_any_suffix_names(tmp_path: Path) -> None:
    """An include names reStructuredText whatever its suffix: the sample that file names counts."""
    from rstapi.commands.watch import watched
    from rstapi.config import Config

    (tmp_path / "parts").mkdir()
    (tmp_path / "index.rst").write_text(".. include:: parts/response.rest\n", encoding="utf-8")
    (tmp_path / "parts" / "response.rest").write_text(".. literalinclude:: reply.json\n", encoding="utf-8")
    _folders, wanted = watched(Config(sources=(tmp_path / "index.rst",), root=tmp_path))
    assert wanted(None, str(tmp_path / "parts" / "response.rest"))
    assert wanted(None, str(tmp_path / "parts" / "reply.json"))
    assert not wanted(None, str(tmp_path / "parts" / "other.json"))


def _with_overlay(project: Path, summary: str) -> None:
    (project / "overlay.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: fixes, version: '1'}\nactions:\n"
        f"  - target: $.info\n    description: the title\n    update: {{title: {summary}}}\n",
        encoding="utf-8",
    )


def test_an_edited_overlay_is_read_again(project: Path) -> None:
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8") + 'overlay = "overlay.yaml"\n', encoding="utf-8"
    )
    preview = Preview(load_config(project), lambda spec: spec, None)
    _with_overlay(project, "First title")
    first, _ = preview.rebuild()
    _with_overlay(project, "Second title")
    second, _ = preview.rebuild()
    assert (first["info"]["title"], second["info"]["title"]) == ("First title", "Second title")


def test_watch_swaps_the_served_app_on_a_save_and_leaves_the_collector_as_it_was(project: Path) -> None:
    import gc
    import threading
    import time

    from rstapi.commands.watch import _watch

    preview = Preview(load_config(project), lambda spec: spec, None)
    first, _ = preview.rebuild()
    app = SwappableApp(first)
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(preview, app, stop), daemon=True)
    watcher.start()
    try:
        time.sleep(0.5)  # armed
        saved = document(endpoint(response=(*FIELDS, ("colour", "string", "Hue."))), index=INDEX)
        (project / "ref.rst").write_text(saved, encoding="utf-8")
        deadline = time.monotonic() + 20
        while app.generation == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        stop.set()
        watcher.join(10)
    assert app.generation >= 1 and "'colour'" in str(app.app) and "'colour'" not in str(first)
    assert gc.get_freeze_count() == 0


def test_what_validation_leaves_out_is_not_left_in_the_served_app(project: Path) -> None:
    """The app is made from the spec as soon as it is emitted; an example validation then drops
    (SPEC401) must not stay in what the mock serves."""
    wrong = EXAMPLE.replace('"size": 3', '"size": "three"')
    (project / "ref.rst").write_text(document(endpoint(example=wrong), index=INDEX), encoding="utf-8")
    preview = Preview(load_config(project), lambda spec: json.dumps(spec), None)  # a snapshot, as MockApp
    served: list[Any] = []
    app, _ = preview.rebuild(serve=served.append)
    assert preview.result is not None and "SPEC401" in [d.code for d in preview.result.diagnostics]
    assert '"three"' not in app and served[-1] is app


def test_the_spec_served_early_is_never_changed_afterwards(project: Path) -> None:
    """The mock reads its spec lazily, from the server's thread: what validation takes out later
    (SPEC401 here) is taken out of a copy, which is served in its turn."""
    wrong = EXAMPLE.replace('"size": 3', '"size": "three"')
    (project / "ref.rst").write_text(document(endpoint(example=wrong), index=INDEX), encoding="utf-8")
    handed: list[tuple[dict[str, Any], str]] = []
    preview = Preview(load_config(project), lambda spec: handed.append((spec, json.dumps(spec))), None)
    preview.rebuild()
    (early, as_handed), (late, _) = handed
    assert json.dumps(early) == as_handed and '"three"' in as_handed
    assert preview.result is not None and preview.result.spec is late
    assert '"three"' not in json.dumps(late)


def test_the_new_spec_is_served_before_the_lint_validation_and_cache_writes_run(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the user waits for after a save is the new spec: the findings, validation and the
    cache's entries on disk follow the swap (the console prints the findings once they are ready)."""
    import attrs

    import rstapi.pipeline
    from rstapi.rst.cache import ParseCache

    order: list[str] = []
    for name in ("lint", "validate_spec"):
        real = getattr(rstapi.pipeline, name)
        monkeypatch.setattr(
            rstapi.pipeline,
            name,
            lambda *a, _real=real, _name=name, **k: order.append(_name) or _real(*a, **k),
        )
    flush = ParseCache.flush
    monkeypatch.setattr(ParseCache, "flush", lambda self: order.append("flush") or flush(self))
    config = attrs.evolve(load_config(project), cache_dir=project / "cache")
    preview = Preview(config, lambda spec: order.append("app") or spec, None)
    preview.rebuild(serve=lambda app: order.append("served"))
    assert order[:2] == ["app", "served"] and set(order[2:]) == {"validate_spec", "lint", "flush"}


def test_watch_sees_a_name_in_an_included_file_relative_to_the_document(tmp_path: Path) -> None:
    """Sphinx reads a name in an included file relative to the document (the build does too): that
    sample counts, and so does the one beside the included file, which docutils alone would read."""
    from rstapi.commands.watch import watched
    from rstapi.config import Config

    (tmp_path / "inc").mkdir()
    (tmp_path / "index.rst").write_text(".. include:: inc/things.inc\n", encoding="utf-8")
    (tmp_path / "inc" / "things.inc").write_text(
        ".. literalinclude:: samples/a-resp.json\n", encoding="utf-8"
    )
    _folders, wanted = watched(Config(sources=(tmp_path / "index.rst",), root=tmp_path))
    assert wanted(None, str(tmp_path / "samples" / "a-resp.json"))
    assert wanted(None, str(tmp_path / "inc" / "samples" / "a-resp.json"))
    assert not wanted(None, str(tmp_path / "samples" / "b-resp.json"))
