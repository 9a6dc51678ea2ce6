"""The whole build as one function of values: sources -> (Api, spec, diagnostics).

parse -> extract -> lint -> emit -> overlay -> validate; nothing here prints or exits.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from rstapi.config import Config
from rstapi.diagnostics import Diagnostic, Level
from rstapi.lint import lint
from rstapi.lint.suppress import settle
from rstapi.model import Api
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

    def failed(self, strict: bool) -> bool:
        worst = Level.WARNING if strict else Level.ERROR
        return self.spec is None or any(d.level >= worst and not d.resolved for d in self.diagnostics)


def build(config: Config, on_spec: Callable[[dict[str, Any]], None] | None = None) -> BuildResult:
    """Everything the sources say, and everything wrong with them. Raises ReadError for I/O.

    ``on_spec`` sees the finished spec before it is validated (the slowest step), so a live
    preview can serve it while validation runs.
    """
    with _gc_paused():
        api, diagnostics = load_api([(path, config.display(path)) for path in config.sources])
        return _build_on(api, diagnostics, config, on_spec)


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


def _build_on(
    api: Api | None,
    diagnostics: list[Diagnostic],
    config: Config,
    on_spec: Callable[[dict[str, Any]], None] | None = None,
) -> BuildResult:
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
    if on_spec is not None:
        on_spec(spec)
    diagnostics += validate_spec(spec)
    resolved = settle([_resolve(d, applied) for d in diagnostics], api, config)
    return BuildResult(api, spec, tuple(sorted(resolved, key=lambda d: d.sort_key)), tuple(applied))


def _resolve(diagnostic: Diagnostic, applied: list[AppliedAction]) -> Diagnostic:
    for action in applied:
        if action.resolves_finding(diagnostic.code, diagnostic.pointer):
            return attrs.evolve(
                diagnostic, resolution=f"corrected by the overlay ({action.location}): {action.description}"
            )
    return diagnostic  # suppressions and the baseline: rstapi.lint.suppress.settle
