"""One live-preview session: rebuild spec + lint from the sources, and report what changed.

The process stays warm between saves (imports done, the mock's settings and token secret kept),
and every file's reading kept (``rstapi.rst.cache``), so a save costs the saved file's parse,
the extraction and the later stages, plus one mock app; the Swagger UI page is rewritten as its spec.js only.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from rstapi.config import Config
from rstapi.diagnostics import Diagnostic
from rstapi.lint.anchors import AnchorIndex
from rstapi.lint.baseline import Baseline, Key
from rstapi.memo import EmitMemo
from rstapi.pipeline import BuildResult, build
from rstapi.records import Record
from rstapi.rst.cache import ParseCache

__all__ = ["FindingsDiff", "Preview", "diff_findings"]


@attrs.frozen(repr=False)
class FindingsDiff(Record):
    """Unresolved findings that appeared and that went away since the previous build."""

    new: tuple[Diagnostic, ...] = ()
    gone: tuple[Diagnostic, ...] = ()

    def lines(self) -> list[str]:
        """``+ path:line:col: LEVEL CODE message`` per new finding, ``- ...`` per fixed one."""
        return [f"+ {d}" for d in self.new] + [f"- {d}" for d in self.gone]


def _keyed(diagnostics: Sequence[Diagnostic], index: AnchorIndex) -> dict[Key, list[Diagnostic]]:
    keyed: dict[Key, list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        if not diagnostic.resolved:
            keyed.setdefault(Baseline.key(diagnostic, index.anchor(diagnostic)), []).append(diagnostic)
    return keyed


def diff_findings(before: dict[Key, list[Diagnostic]], after: dict[Key, list[Diagnostic]]) -> FindingsDiff:
    """Matched by content (code, anchor, message without line numbers): moved findings are not news."""
    new: list[Diagnostic] = []
    gone: list[Diagnostic] = []
    for key in after.keys() | before.keys():
        now, then = after.get(key, []), before.get(key, [])
        new += now[len(then) :]
        gone += then[len(now) :]
    order: Callable[[Diagnostic], Any] = lambda d: d.sort_key  # noqa: E731
    return FindingsDiff(tuple(sorted(new, key=order)), tuple(sorted(gone, key=order)))


class Preview:
    """Builds on demand; ``make_app(spec)`` turns a spec into the ASGI app to serve."""

    def __init__(self, config: Config, make_app: Callable[[dict[str, Any]], Any], site: Path | None) -> None:
        self.config = config
        self._make_app = make_app
        self._site = site
        self._findings: dict[Key, list[Diagnostic]] = {}
        self.result: BuildResult | None = None
        # each file's reading, kept in the process too: a save parses the saved file only
        # (none with --no-cache: every save parses every file); written to disk after each rebuild
        self.cache = (
            ParseCache(config.cache_dir, keep_in_memory=True, later=True) if config.cache_dir else None
        )
        # and what emitting each kept operation and schema gave: a save emits what it changed
        self.memo = EmitMemo() if self.cache is not None else None

    def rebuild(self, serve: Callable[[Any], None] | None = None) -> tuple[Any | None, FindingsDiff]:
        """The new app (None when the sources no longer give a spec) and the findings' changes.

        ``serve`` gets the new app as soon as the spec is emitted, before validation finishes.
        """
        served: list[Any] = []
        specs: list[dict[str, Any]] = []

        def on_spec(spec: dict[str, Any]) -> None:
            specs.append(spec)
            served.append(self.app_for(spec))
            if serve is not None:
                serve(served[-1])  # the last spec: a rejected overlay action rebuilds it
            self._write_page(spec)  # the page's copy (a JSON dump of the spec) once the mock has it

        result = build(self.config, on_spec=on_spec, cache=self.cache, memo=self.memo)
        self.result = result
        if self.cache is not None:
            self.cache.flush()  # the new readings on disk, for the next session: after the swap
            self.cache.forget_unused()  # the saved files' old readings: a session keeps its size
        if served and result.spec is not None and result.spec is not specs[-1]:
            on_spec(result.spec)  # validation took examples or operations out of the spec served early
        findings = _keyed(result.diagnostics, AnchorIndex(result.api))
        changes = diff_findings(self._findings, findings)
        self._findings = findings
        return (served[-1] if served and result.spec is not None else None), changes

    def _write_page(self, spec: dict[str, Any]) -> None:
        """The Swagger UI page reads its spec from spec.js: rewriting it is the page's hot swap."""
        if self._site is not None and (self._site / "index.html").is_file():
            spec_js = f"window.RSTAPI_SPEC = {json.dumps(spec, indent=1, ensure_ascii=False)};\n"
            (self._site / "spec.js").write_text(spec_js, encoding="utf-8", newline="\n")

    def app_for(self, spec: dict[str, Any]) -> Any:
        return self._make_app(spec)
