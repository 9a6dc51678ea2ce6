"""The extension's ``rstapi_*`` configuration values, and which APIs a Sphinx project documents.

Nothing needs configuring: without ``rstapi_apis`` the project documents one API named ``api``,
read from ``[tool.rstapi]``'s sources when they are documents of this project (with its overlay),
else from every document. ``[[tool.rstapi.apis]]`` (which the CLI reads too) or ``rstapi_apis``
name several. Suppressions and the baseline are ``rstapi lint``'s, from pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs

from rstapi.config import Config, ConfigError, api_tables, load_config

__all__ = ["CONFIG_VALUES", "ApiSetup", "Settings", "settings_of"]

# (name, default, rebuild, meaning): docs/sphinx.md documents each.
CONFIG_VALUES: tuple[tuple[str, Any, str, str], ...] = (
    ("rstapi_apis", {}, "env", "name -> {sources, overlay, out}: several APIs"),
    ("rstapi_sources", None, "env", "documents of the one API (paths or globs under the source folder)"),
    ("rstapi_overlay", None, "", "the one API's overlay (relative to conf.py)"),
    ("rstapi_out", None, "", "also write the one API's spec there (relative to conf.py), atomically"),
    ("rstapi_static_path", "_static/rstapi", "", "where in the build output the specs go"),
    ("rstapi_console", True, "html", "add an API console page (Swagger UI) per API"),
    ("rstapi_console_page", "api-console", "html", "its page name (-NAME appended for several APIs)"),
    ("rstapi_console_servers", [], "html", "extra server URLs the console offers first"),
    ("rstapi_try_it", True, "html", "a 'Try it' link beside each operation"),
    ("rstapi_baseline", None, "", "a `rstapi lint --baseline` file (relative to conf.py)"),
    ("rstapi_root", None, "env", "the repository root (default: the folder holding pyproject.toml)"),
    ("rstapi_report_level", "warning", "", "findings at or above this level are Sphinx warnings"),
)


@attrs.frozen
class ApiSetup:
    """One API of the project: its sources (None: every document), overlay and repository copy."""

    name: str
    sources: tuple[Path, ...] | None
    overlay: Path | None
    out: Path | None


@attrs.frozen
class Settings:
    root: Path  # paths in findings and in the spec are relative to it, as the CLI's are
    base: Config  # [tool.rstapi]: suppressions, baseline, limits
    apis: tuple[ApiSetup, ...]


def settings_of(config: Any, srcdir: Path, confdir: Path) -> Settings:
    """The project's settings from Sphinx's ``config``; ConfigError for unusable values."""
    root = Path(confdir, config.rstapi_root) if config.rstapi_root else _pyproject_root(srcdir)
    base = load_config(root)
    if config.rstapi_baseline:
        base = attrs.evolve(base, baseline=confdir / config.rstapi_baseline)
    return Settings(root, base, _apis(config, srcdir, confdir, root, base))


def _pyproject_root(srcdir: Path) -> Path:
    here = srcdir.resolve()
    return next((d for d in (here, *here.parents) if (d / "pyproject.toml").is_file()), here)


def _apis(config: Any, srcdir: Path, confdir: Path, root: Path, base: Config) -> tuple[ApiSetup, ...]:
    if config.rstapi_apis:
        if not isinstance(config.rstapi_apis, dict):
            raise ConfigError(
                "rstapi_apis must be a dict: name -> {'sources': [...], 'overlay': ..., 'out': ...}"
            )
        return tuple(_from_conf(name, entry, srcdir, confdir) for name, entry in config.rstapi_apis.items())
    tables = api_tables(root)
    if tables:
        return tuple(ApiSetup(t.name, t.sources, t.overlay, None) for t in tables)
    sources = tuple(srcdir / s for s in config.rstapi_sources) if config.rstapi_sources else None
    overlay = confdir / config.rstapi_overlay if config.rstapi_overlay else None
    if sources is None and base.sources and all(_inside(s, srcdir) for s in base.sources):
        sources, overlay = base.sources, overlay or base.overlay
    return (ApiSetup("api", sources, overlay, confdir / config.rstapi_out if config.rstapi_out else None),)


def _from_conf(name: Any, entry: Any, srcdir: Path, confdir: Path) -> ApiSetup:
    if not isinstance(entry, dict) or not isinstance(entry.get("sources"), (list, tuple)):
        raise ConfigError(f"rstapi_apis[{name!r}] needs a list of sources: {entry!r}")
    overlay = confdir / entry["overlay"] if entry.get("overlay") else None
    out = confdir / entry["out"] if entry.get("out") else None
    return ApiSetup(str(name), tuple(srcdir / str(s) for s in entry["sources"]), overlay, out)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())
