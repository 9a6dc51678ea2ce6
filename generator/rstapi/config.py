"""One immutable configuration, built once from pyproject.toml's [tool.rstapi] and the CLI flags."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import attrs

from rstapi.diagnostics import Diagnostic
from rstapi.errors import InputError

__all__ = ["FAIL_ON", "Config", "ConfigError", "Suppression", "load_config"]

# --fail-on / fail-on: the lowest level of an unresolved finding that makes a command exit 1.
FAIL_ON = ("error", "warning", "never")
DEFAULT_MAX_INPUT_MB = 20


class ConfigError(InputError):
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


@attrs.frozen
class Config:
    sources: tuple[Path, ...]
    overlay: Path | None = None
    out: Path = Path("spec/openapi.yaml")
    format: str = "yaml"
    fail_on: str = "error"  # one of FAIL_ON
    force: bool = False  # build may replace a spec that has operations with one that has none
    max_input_bytes: int = DEFAULT_MAX_INPUT_MB * 2**20
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


def _fail_on(flags: dict[str, Any], table: dict[str, Any]) -> str:
    given = flags.get("fail_on")
    if flags.get("strict"):
        if given not in (None, "warning"):
            raise ConfigError(f"--strict means --fail-on warning; it contradicts --fail-on {given}")
        given = "warning"
    value = str(given or table.get("fail-on", "error"))
    if value not in FAIL_ON:
        raise ConfigError(f"[tool.rstapi] fail-on must be one of {', '.join(FAIL_ON)}, not {value!r}")
    return value


def _max_input_bytes(table: dict[str, Any]) -> int:
    raw = table.get("max-input-mb", DEFAULT_MAX_INPUT_MB)
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or raw <= 0:
        raise ConfigError(f"[tool.rstapi] max-input-mb must be a positive number, not {raw!r}")
    return int(raw * 2**20)


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
        fail_on=_fail_on(flags, table),
        force=bool(flags.get("force")),
        max_input_bytes=_max_input_bytes(table),
        suppressions=_suppressions(table.get("suppress")),
        root=root,
    )
