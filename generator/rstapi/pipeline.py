"""The whole build as one function of values: sources -> (Api, spec, diagnostics).

parse -> extract -> lint -> emit -> overlay -> validate -> repair; nothing here prints or exits.

Whenever the sources can be read, the result holds a spec: what contradicts itself is reported
and left out (an overlay action that would make the spec invalid, an operation whose path
template is malformed, an example that does not conform to its schema), never the whole spec.
Only unreadable input (RST100, RST101, an unusable overlay file) gives ``spec=None``.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from rstapi.config import Config
from rstapi.coverage import measure
from rstapi.diagnostics import Diagnostic, Level, ReadError, SourceLocation, refuse_unbounded
from rstapi.gcpause import gc_paused
from rstapi.inputs import resolving_once
from rstapi.lint import lint
from rstapi.lint.suppress import settle
from rstapi.memo import EmitMemo
from rstapi.model import Api, Coverage
from rstapi.openapi.cow import detached
from rstapi.openapi.emit import emit
from rstapi.openapi.validate import (
    drop_examples,
    drop_invalid_operations,
    drop_malformed_paths,
    merge_equivalent_paths,
    once_per_example,
    validate_spec,
)
from rstapi.rst import load_api
from rstapi.rst.options import ReadOptions
from rstapi.rst.states import read_state_rules

if TYPE_CHECKING:  # imported only by a build that has an overlay, a cache
    from rstapi.openapi.overlay import AppliedAction, Overlay
    from rstapi.rst.cache import ParseCache

__all__ = ["BuildResult", "build", "build_from"]


class BuildResult(NamedTuple):
    api: Api | None
    spec: dict[str, Any] | None
    diagnostics: tuple[Diagnostic, ...]
    applied: tuple[AppliedAction, ...] = ()
    coverage: Coverage | None = None  # table rows and examples of the document that are in the spec

    @property
    def unreadable(self) -> bool:
        """The input could not be read at all: nothing may be written (exit 2)."""
        return self.spec is None

    def failed(self, fail_on: str) -> bool:
        """An unresolved finding at or above ``fail_on`` ("error", "warning"; "never" never fails)."""
        if fail_on == "never":
            return False
        worst = Level.WARNING if fail_on == "warning" else Level.ERROR
        return any(d.level >= worst and not d.resolved for d in self.diagnostics)


# Reading failures after which there is no document to build from.
UNREADABLE = frozenset({"RST100", "RST101", "OVL300"})


def build(
    config: Config,
    on_spec: Callable[[dict[str, Any]], None] | None = None,
    cache: ParseCache | None = None,
    memo: EmitMemo | None = None,
) -> BuildResult:
    """Everything the sources say, and everything wrong with them. Raises ReadError for I/O.

    ``on_spec`` sees the finished spec before it is validated (the slowest step), so a live
    preview can serve it while validation runs; that dict is never changed afterwards (what
    validation leaves out is left out of a copy, the result's spec). Files whose reading is kept
    in ``cache`` (else in ``config.cache_dir``, when set) are not parsed again; the result is the
    same. Each path is resolved once per build (``inputs.resolving_once``). ``memo`` keeps what
    emitting each model object gave, for the next build of a live preview (``rstapi.memo``).
    """
    # No cyclic collection during the build: a docutils doctree is millions of small objects with
    # parent pointers, and every full collection walked all of them again (a quarter of the parse;
    # build time grew with the square of the document's size). What the build leaves behind is
    # collected by the next automatic collection after it.
    with gc_paused(), resolving_once():  # the tree as it is when the build starts
        sources = [(path, config.display(path)) for path in config.sources]
        for path, display in sources:
            check_input(path, display, config.max_input_bytes)
        options = ReadOptions(httpdomain_arrows=config.httpdomain_arrows)
        api, diagnostics = load_api(
            sources,
            config.max_input_bytes,
            config.project_root,
            config.microversion,
            options,
            cache if cache is not None else _cache_of(config),
        )
        return _build_on(api, diagnostics, config, on_spec, memo)


def _cache_of(config: Config) -> ParseCache | None:
    if config.cache_dir is None:
        return None
    from rstapi.rst.cache import ParseCache

    return ParseCache(config.cache_dir)


def build_from(api: Api, diagnostics: list[Diagnostic], config: Config) -> BuildResult:
    """The build from an Api already read (the Sphinx extension reads Sphinx's doctrees):
    lint, emit, overlay, validate and settle, as ``build`` does after reading."""
    with gc_paused():  # as ``build``
        return _build_on(api, list(diagnostics), config)


def check_input(path: Path, display: str, max_bytes: int) -> None:
    """Refuse, before reading, what cannot be read in bounded time and memory (ReadError: exit 2)."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise ReadError(f"{display}: no such file") from None
    except OSError as error:
        raise ReadError(f"{display}: cannot read ({error.strerror})") from None
    if stat.S_ISDIR(status.st_mode):
        raise ReadError(f"{display}: is a directory, not an RST file")
    refuse_unbounded(status, display, max_bytes, "a reference", "the reference")


def _build_on(
    api: Api | None,
    diagnostics: list[Diagnostic],
    config: Config,
    on_spec: Callable[[dict[str, Any]], None] | None = None,
    memo: EmitMemo | None = None,
) -> BuildResult:
    if api is None or any(d.code in UNREADABLE for d in diagnostics):
        return BuildResult(api, None, tuple(diagnostics))
    if memo is not None:
        memo.start()
    api, stated = read_state_rules(api, memo)  # on the model: every dialect's prose
    overlay: Overlay | None = None
    unusable: list[Diagnostic] = []
    if config.overlay is not None:
        from rstapi.openapi.overlay import load_overlay

        overlay, unusable = load_overlay(
            config.overlay, config.display(config.overlay), config.max_input_bytes
        )
        if overlay is None:
            return BuildResult(api, None, tuple(diagnostics + stated + lint(api) + unusable))
    spec, applied, problems, sources = _spec_of(api, overlay, on_spec, memo)
    # The lint runs once the spec is served (a live preview shows the spec first); its findings
    # are listed where they always were, before the overlay's and the spec's.
    diagnostics += stated + lint(api) + unusable + problems
    if not spec.get("paths") and not any(d.code == "RST153" for d in diagnostics):
        where = SourceLocation(config.display(config.sources[0]), 1) if config.sources else None
        diagnostics.append(Diagnostic("SPEC405", "the sources document no operation", where))
    coverage, lost = measure(api, spec, diagnostics, sources)
    resolved = settle([_resolve(d, applied) for d in diagnostics + lost], api, config)
    ordered = _said_once(sorted(resolved, key=lambda d: d.sort_key))
    return BuildResult(api, spec, ordered, tuple(applied), coverage)


def _said_once(diagnostics: list[Diagnostic]) -> tuple[Diagnostic, ...]:
    """Each finding once: a section read once per method (a "GET, PUT" row) finds the same thing at
    the same line for each of its operations, which a reader needs to see only once."""
    seen: dict[tuple[object, ...], Diagnostic] = {}
    for diagnostic in diagnostics:
        key = (diagnostic.code, diagnostic.location, diagnostic.message, diagnostic.resolution)
        seen.setdefault(key, diagnostic)
    return tuple(seen.values())


def _spec_of(
    api: Api,
    overlay: Overlay | None,
    on_spec: Callable[[dict[str, Any]], None] | None = None,
    memo: EmitMemo | None = None,
) -> tuple[dict[str, Any], list[AppliedAction], list[Diagnostic], set[str] | None]:
    """The emitted spec with the overlay's actions that keep it valid, its examples that conform;
    and its inline sources, gathered while it was validated (None: validation saw another spec,
    one from which a repair took something out since).

    With ``memo``, the emitted dicts (and the model's example values in them) outlive the build:
    the overlay, which changes what it targets in place, is applied to a copy."""
    spec = emit(api, memo)
    diagnostics = drop_malformed_paths(spec) + merge_equivalent_paths(spec)
    applied: list[AppliedAction] = []
    problems: list[Diagnostic] = []
    if overlay is not None:
        from rstapi.openapi.overlay import apply_overlay

        spec, problems, applied = apply_overlay(spec if memo is None else detached(spec), overlay)
    if on_spec is not None:
        on_spec(spec)
    findings, validated = _validated(spec)
    rejected = _breaking_actions(findings, applied)
    if overlay is not None and rejected:  # validated twice only when an action breaks the spec
        diagnostics += [_rejected(action, finding) for action, finding in rejected]
        lines = {action.location.line for action, _ in rejected}
        spec = emit(api, memo)
        drop_malformed_paths(spec)
        merge_equivalent_paths(spec)
        kept = overlay._replace(actions=tuple(a for a in overlay.actions if a.line not in lines))
        spec, problems, applied = apply_overlay(spec if memo is None else detached(spec), kept)
        if on_spec is not None:
            on_spec(spec)
        findings, validated = _validated(spec)
    diagnostics += problems
    # what validation takes out is taken out of a copy: the spec handed to ``on_spec`` stays as it was
    spec, left_out = drop_invalid_operations(spec, findings)
    if left_out:  # validated once more only when an operation contradicts OpenAPI
        diagnostics += left_out
        findings, validated = _validated(spec)
    spec = drop_examples(spec, [d.pointer for d in findings if d.code == "SPEC401" and d.pointer])
    findings = once_per_example(findings)
    return spec, applied, diagnostics + findings, validated[1] if validated[0] is spec else None


def _validated(spec: dict[str, Any]) -> tuple[list[Diagnostic], tuple[dict[str, Any], set[str]]]:
    """``validate_spec``'s findings, and the spec with the inline sources gathered on the way (the
    spec is never changed after: each repair changes a copy, ``openapi/cow.py``)."""
    sources: set[str] = set()
    return validate_spec(spec, sources), (spec, sources)


# Findings that make the spec unusable: an overlay action that causes one is not applied.
_BREAKING = frozenset({"SPEC400", "SPEC403"})


def _breaking_actions(
    findings: list[Diagnostic], applied: list[AppliedAction]
) -> list[tuple[AppliedAction, Diagnostic]]:
    """Each applied action that touched a place the validator rejects, with the first such finding."""
    broken = [d for d in findings if d.code in _BREAKING and d.pointer is not None]
    found = []
    for action in applied:
        finding = next(
            (d for d in broken for touched in action.touched if _related(touched, str(d.pointer))), None
        )
        if finding is not None:
            found.append((action, finding))
    return found


def _related(touched: str, broken: str) -> bool:
    """One pointer lies inside the other (or they are the same)."""
    return any(a == b or a.startswith(b.rstrip("/") + "/") for a, b in ((touched, broken), (broken, touched)))


def _rejected(action: AppliedAction, finding: Diagnostic) -> Diagnostic:
    named = f" {action.description!r}" if action.description else ""
    return Diagnostic(
        "OVL303",
        f"action{named} is not applied: it would make the spec invalid "
        f"({finding.code} at {finding.pointer}: {finding.message})",
        action.location,
        pointer=finding.pointer,
    )


def _resolve(diagnostic: Diagnostic, applied: list[AppliedAction]) -> Diagnostic:
    for action in applied:
        if action.resolves_finding(diagnostic.code, diagnostic.pointer):
            return attrs.evolve(
                diagnostic, resolution=f"corrected by the overlay ({action.location}): {action.description}"
            )
    return diagnostic  # suppressions and the baseline: rstapi.lint.suppress.settle
