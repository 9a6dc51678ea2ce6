"""The whole build as one function of values: sources -> (Api, spec, diagnostics).

parse -> extract -> lint -> emit -> overlay -> validate; nothing here prints or exits.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from typing import Any

import attrs

from rstapi.config import Config
from rstapi.coverage import measure
from rstapi.diagnostics import Diagnostic, Level
from rstapi.lint import lint
from rstapi.model import Api, Coverage
from rstapi.openapi.emit import emit
from rstapi.openapi.overlay import AppliedAction, apply_overlay, load_overlay
from rstapi.openapi.validate import validate_spec
from rstapi.rst import load_api

__all__ = ["BuildResult", "build"]


@attrs.frozen
class BuildResult:
    api: Api | None
    spec: dict[str, Any] | None
    diagnostics: tuple[Diagnostic, ...]
    applied: tuple[AppliedAction, ...] = ()
    coverage: Coverage | None = None  # table rows and examples of the document that are in the spec

    def failed(self, strict: bool) -> bool:
        worst = Level.WARNING if strict else Level.ERROR
        return self.spec is None or any(d.level >= worst and not d.resolved for d in self.diagnostics)


def build(config: Config) -> BuildResult:
    """Everything the sources say, and everything wrong with them. Raises ReadError for I/O."""
    with _gc_paused():
        api, diagnostics = load_api([(path, config.display(path)) for path in config.sources])
        return _build_on(api, diagnostics, config)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while one build runs (as mypy does for its batch runs).

    A docutils doctree is millions of small objects with parent pointers; every full collection
    during the build walks all of them again, which costs a quarter of the parse and makes build
    time grow with the square of the document's size. What the build leaves behind is collected
    by the next automatic collection after it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build_on(api: Api | None, diagnostics: list[Diagnostic], config: Config) -> BuildResult:
    if api is None:
        return BuildResult(None, None, tuple(diagnostics))
    diagnostics += lint(api)
    spec = emit(api)
    applied: list[AppliedAction] = []
    if config.overlay is not None:
        overlay, problems = load_overlay(config.overlay, config.display(config.overlay))
        diagnostics += problems
        if overlay is None:
            return BuildResult(api, None, tuple(diagnostics))
        spec, problems, applied = apply_overlay(spec, overlay)
        diagnostics += problems
    diagnostics += validate_spec(spec)
    coverage, lost = measure(api, spec, diagnostics)
    resolved = [_resolve(d, applied, config) for d in diagnostics + lost]
    ordered = tuple(sorted(resolved, key=lambda d: d.sort_key))
    return BuildResult(api, spec, ordered, tuple(applied), coverage)


def _resolve(diagnostic: Diagnostic, applied: list[AppliedAction], config: Config) -> Diagnostic:
    for action in applied:
        if action.resolves_finding(diagnostic.code, diagnostic.pointer):
            return attrs.evolve(
                diagnostic, resolution=f"corrected by the overlay ({action.location}): {action.description}"
            )
    for suppression in config.suppressions:
        if suppression.matches(diagnostic):
            return attrs.evolve(diagnostic, resolution=f"suppressed: {suppression.reason}")
    return diagnostic
