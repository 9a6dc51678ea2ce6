"""OpenAPI Overlay Specification 1.0.0: JSONPath targets with ``update`` or ``remove``.

The overlay is the reviewable record of every deviation from the RST; each applied
action is returned with the JSON pointers it touched, so a lint finding at one of
those places can be reported as resolved by it.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from rstapi.diagnostics import Diagnostic, ReadError, SourceLocation
from rstapi.inputs import read_bounded
from rstapi.naming import pointer_token
from rstapi.openapi.jsonpath import Match, compile_target
from rstapi.openapi.literal import keep_literals
from rstapi.openapi.schemes import replace_retyped_schemes
from rstapi.openapi.sourcemap import OVERLAY_KEY
from rstapi.openapi.yamlload import load_yaml
from rstapi.pyyaml import yaml

__all__ = ["AppliedAction", "Overlay", "apply_overlay", "load_overlay"]


class Action(NamedTuple):
    target: str
    description: str
    update: Any = None
    remove: bool = False
    line: int = 0
    resolves: tuple[str, ...] = ()  # x-resolves: the finding codes this action corrects


class Overlay(NamedTuple):
    path: str
    actions: tuple[Action, ...]


class AppliedAction(NamedTuple):
    description: str
    pointers: tuple[str, ...]
    location: SourceLocation
    resolves: tuple[str, ...] = ()
    touched: tuple[str, ...] = ()  # the pointers of what it removed or wrote (each leaf of an update)

    def resolves_finding(self, code: str, pointer: str | None) -> bool:
        """The action corrects ``code`` at ``pointer`` (or inside it) and says so with ``x-resolves``."""
        if pointer is None or code not in self.resolves:
            return False
        return any(p == pointer or p.startswith(pointer + "/") for p in self.pointers)


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Records each mapping's line, so an action can be named by file:line."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def load_overlay(
    path: Path, display: str, max_bytes: int = 20 * 2**20
) -> tuple[Overlay | None, list[Diagnostic]]:
    """Read an overlay file; a problem is a diagnostic, never an exception (ReadError for I/O).

    The file is read every time; what it says is worked out once per content (a live preview
    rebuilds on every save of the reference, the overlay unchanged)."""
    if not path.exists():
        raise ReadError(f"{display}: no such overlay file")
    data = read_bounded(path, display, max_bytes, "an overlay file", "the file")
    overlay, problems = _overlay_in(data, display)
    return overlay, list(problems)


@functools.lru_cache(maxsize=4)
def _overlay_in(data: bytes, display: str) -> tuple[Overlay | None, tuple[Diagnostic, ...]]:
    """The overlay the file's bytes hold. Shared between builds: an action's ``update`` is only
    ever copied into a spec (``_merge``), never changed."""
    overlay, problems = _parsed(data, display)
    return overlay, tuple(problems)


def _parsed(data: bytes, display: str) -> tuple[Overlay | None, list[Diagnostic]]:
    try:
        document = load_yaml(data.decode("utf-8"), _LineLoader)
    except UnicodeDecodeError as error:
        return None, [
            Diagnostic(
                "OVL300", f"overlay is not valid UTF-8 at offset {error.start}", SourceLocation(display)
            )
        ]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        problem = getattr(error, "problem", None) or str(error)
        return None, [
            Diagnostic("OVL300", f"overlay is not valid YAML: {problem}", SourceLocation(display, line))
        ]
    return _overlay_from(document, display)


def _overlay_from(document: Any, display: str) -> tuple[Overlay | None, list[Diagnostic]]:
    if not isinstance(document, dict) or str(document.get("overlay", "")) != "1.0.0":
        return None, [
            Diagnostic(
                "OVL300",
                "not an Overlay 1.0.0 document: 'overlay: 1.0.0' is missing",
                SourceLocation(display, 1),
            )
        ]
    raw_actions = document.get("actions")
    if not isinstance(raw_actions, list):
        return None, [Diagnostic("OVL300", "an overlay needs an 'actions' list", SourceLocation(display, 1))]
    actions, diagnostics = [], []
    for raw in raw_actions:
        line = raw.get("__line__", 0) if isinstance(raw, dict) else 0
        if (
            not isinstance(raw, dict)
            or not isinstance(raw.get("target"), str)
            or ("update" not in raw and raw.get("remove") is not True)
        ):
            diagnostics.append(
                Diagnostic(
                    "OVL302",
                    "action needs a 'target' and 'update' or 'remove: true'",
                    SourceLocation(display, line),
                )
            )
            continue
        resolves = tuple(str(code) for code in raw.get("x-resolves", ()) or ())
        actions.append(
            Action(
                raw["target"],
                str(raw.get("description", "")),
                _strip_lines(raw.get("update")),
                raw.get("remove") is True,
                line,
                resolves,
            )
        )
    return Overlay(display, tuple(actions)), diagnostics


def _merge(target: Any, update: Any) -> Any:
    """Objects merge recursively; an array gains the update's items it does not already hold."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        for item in update if isinstance(update, list) else [update]:
            if item not in target:
                target.append(copy.deepcopy(item))
        return target
    return copy.deepcopy(update)


def apply_overlay(
    spec: dict[str, Any], overlay: Overlay
) -> tuple[dict[str, Any], list[Diagnostic], list[AppliedAction]]:
    """Apply every action in order; an action that cannot apply is a diagnostic and is skipped.

    What each action adds or changes is recorded at the spec's root (``OVERLAY_KEY``, see
    sourcemap.py) with the action's line, so the source map names the overlay for it."""
    diagnostics: list[Diagnostic] = []
    applied: list[AppliedAction] = []
    written: dict[str, str] = {}
    for action in overlay.actions:
        where = SourceLocation(overlay.path, action.line)
        matches, problem = _matches(spec, action)
        if problem is not None:
            diagnostics.append(Diagnostic(problem[0], problem[1], where))
            continue
        pointers = tuple(m.pointer for m in matches)
        if not action.remove:
            for pointer, match in zip(pointers, matches, strict=True):
                _keep_literals(pointer, match, action.update, written)
        _record(written, pointers, matches, action, f"{overlay.path}:{action.line}")
        for pointer, match in zip(pointers, matches, strict=True):
            if not action.remove:
                diagnostics += replace_retyped_schemes(pointer, match.value, action.update, where)
            _apply(spec, match, action)
        touched = tuple(t for p in pointers for t in _leaves(p, None if action.remove else action.update))
        applied.append(AppliedAction(action.description, pointers, where, action.resolves, touched))
    spec[OVERLAY_KEY] = {"file": overlay.path, "sources": dict(sorted(written.items()))}
    return spec, diagnostics, applied


def _keep_literals(pointer: str, match: Match, update: Any, written: dict[str, str]) -> None:
    """The reference's request examples this update replaces, kept beside them (literal.py); a target
    selecting the example itself is read from the object holding it."""
    if isinstance(match.value, dict):
        keep_literals(match.value, pointer, update, written)
    elif isinstance(match.parent, dict) and isinstance(match.key, str):
        parent = pointer.rpartition("/")[0]
        keep_literals(match.parent, parent, {match.key: update}, written)


def _record(
    written: dict[str, str],
    pointers: tuple[str, ...],
    matches: list[Match],
    action: Action,
    source: str,
) -> None:
    """Before the action applies: the places it adds or changes get `source`; what it removes
    loses the places earlier actions gave it."""
    for pointer, match in zip(pointers, matches, strict=True):
        if action.remove:
            for known in [p for p in written if p == pointer or p.startswith(pointer + "/")]:
                del written[known]
        else:
            written.update(dict.fromkeys(_changes(pointer, match.value, action.update), source))


def _changes(pointer: str, before: Any, update: Any) -> Iterator[str]:
    """The pointers below `pointer` whose value merging `update` into `before` adds or changes: a new
    key (its whole value), a changed scalar, a list gaining items."""
    if isinstance(before, dict) and isinstance(update, dict):
        for key, value in update.items():
            below = f"{pointer}/{pointer_token(str(key))}"
            if key in before:
                yield from _changes(below, before[key], value)
            else:
                yield below
    elif isinstance(before, list):
        if any(item not in before for item in (update if isinstance(update, list) else [update])):
            yield pointer
    elif before != update:
        yield pointer


def _matches(spec: dict[str, Any], action: Action) -> tuple[list[Match], tuple[str, str] | None]:
    """What the action's target selects, or why the action cannot apply (code, message)."""
    try:
        matches = compile_target(action.target)(spec)
    except ValueError as error:
        return [], ("OVL302", f"target {action.target!r} is not valid JSONPath: {error}")
    except Exception as error:  # jsonpath-ng fails on filters over scalars and the like
        return [], (
            "OVL302",
            f"target {action.target!r} cannot be evaluated: {type(error).__name__}: {error}",
        )
    if not matches:
        return [], ("OVL301", f"target {action.target!r} matches nothing in the spec")
    if not action.remove and not isinstance(action.update, dict):
        objects = [m.pointer or "/" for m in matches if isinstance(m.value, dict)]
        if objects:
            message = f"update {action.update!r} is not a mapping, so it cannot merge into the object at {objects[0]}"
            return [], ("OVL302", message)
    return matches, None


def _leaves(pointer: str, update: Any) -> Iterator[str]:
    """The pointers an update writes below ``pointer``: one per key path to a non-mapping value."""
    if not isinstance(update, dict) or not update:
        yield pointer
        return
    for key, value in update.items():
        yield from _leaves(f"{pointer}/{pointer_token(str(key))}", value)


def _apply(spec: dict[str, Any], match: Match, action: Action) -> None:
    if action.remove:
        if isinstance(match.parent, dict) and isinstance(match.key, str):
            match.parent.pop(match.key, None)
        elif isinstance(match.parent, list) and isinstance(match.key, int):
            match.parent.pop(match.key)
        return
    if isinstance(match.value, (dict, list)):
        _merge(match.value, action.update)
    elif isinstance(match.parent, dict) and isinstance(match.key, str):
        match.parent[match.key] = copy.deepcopy(action.update)
