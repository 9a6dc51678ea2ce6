"""One immutable configuration, built once from pyproject.toml's [tool.rstapi] and the CLI flags."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from rstapi.diagnostics import Diagnostic

__all__ = ["Config", "ConfigError", "Suppression", "expand_sources", "load_config"]


class ConfigError(Exception):
    """The configuration itself is unusable (a usage error: exit 2)."""


@attrs.frozen
class Suppression:
    code: str
    location: str  # "path" or "path:line"
    reason: str

    def matches(self, diagnostic: Diagnostic) -> bool:
        if diagnostic.code != self.code or diagnostic.location is None:
            return False
        where = diagnostic.location
        return self.location in {where.path, f"{where.path}:{where.line}"}


def _expand(paths: Iterable[Path | str]) -> tuple[Path, ...]:
    return expand_sources(paths)


@attrs.frozen
class Config:
    sources: tuple[Path, ...] = attrs.field(converter=_expand)
    overlay: Path | None = None
    out: Path = Path("spec/openapi.yaml")
    format: str = "yaml"
    strict: bool = False
    suppressions: tuple[Suppression, ...] = ()
    root: Path = Path(".")

    def display(self, path: Path) -> str:
        """A path as diagnostics show it: relative to the project root where possible."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


def _table(root: Path) -> dict[str, Any]:
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return {}
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{pyproject}: {error}") from None
    table = data.get("tool", {}).get("rstapi", {})
    return table if isinstance(table, dict) else {}


def _suppressions(raw: Any) -> tuple[Suppression, ...]:
    result = []
    for entry in raw or ():
        if not isinstance(entry, dict) or not entry.get("reason") or not entry.get("code"):
            raise ConfigError(
                f"[tool.rstapi] suppress entries need a code, a location and a reason: {entry!r}"
            )
        result.append(Suppression(str(entry["code"]), str(entry.get("location", "")), str(entry["reason"])))
    return tuple(result)


def expand_sources(paths: Iterable[Path | str]) -> tuple[Path, ...]:
    """Files as given; a folder stands for every ``*.rst`` below it, sorted (a split reference)."""
    result: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            result.append(path)
            continue
        found = sorted(path.rglob("*.rst"))
        if not found:
            raise ConfigError(f"{path}: is a directory with no .rst file below it")
        result += [f for f in found if f not in result]
    return tuple(result)


def load_config(root: Path = Path("."), **flags: Any) -> Config:
    """Defaults < [tool.rstapi] < flags given on the command line (None means not given)."""
    table = _table(root)
    sources = flags.get("sources") or tuple(root / s for s in table.get("sources", ()))
    overlay = flags.get("overlay")
    if overlay is None and table.get("overlay"):
        overlay = root / table["overlay"]
    out = flags.get("out") or (root / table["out"] if table.get("out") else root / "spec/openapi.yaml")
    return Config(
        sources=tuple(Path(s) for s in sources),
        overlay=Path(overlay) if overlay else None,
        out=Path(out),
        format=flags.get("format") or table.get("format", "yaml"),
        strict=bool(flags.get("strict")),
        suppressions=_suppressions(table.get("suppress")),
        root=root,
    )
