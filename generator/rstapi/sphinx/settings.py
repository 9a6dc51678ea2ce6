"""The extension's ``rstapi_*`` configuration values, and which APIs a Sphinx project documents.

Nothing needs configuring: without ``rstapi_apis`` the project documents one API named ``api``,
read from ``[tool.rstapi]``'s sources when they are documents of this project (with its overlay),
else from every document. ``[[tool.rstapi.apis]]`` (which the CLI reads too) or ``rstapi_apis``
name several. Suppressions and the baseline are ``rstapi lint``'s, from pyproject.toml.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

import attrs

from rstapi.config import Config, ConfigError, api_tables, load_config
from rstapi.records import Record

__all__ = ["CONFIG_VALUES", "ApiSetup", "ConfigValue", "Settings", "settings_of"]

_PATH = (str, os.PathLike)
_LIST = (list, tuple)
_KIND_NAMES = {
    str: "a string",
    os.PathLike: "a path",
    dict: "a dict",
    list: "a list",
    tuple: "a tuple",
    bool: "a bool",
}


class ConfigValue(NamedTuple):
    name: str
    default: Any
    rebuild: str  # what Sphinx rebuilds when it changes
    kinds: tuple[type, ...]  # the types it may have besides None
    meaning: str  # docs/sphinx.md documents each


CONFIG_VALUES: tuple[ConfigValue, ...] = (
    ConfigValue("rstapi_apis", {}, "env", (dict,), "name -> {sources, overlay, out}: several APIs"),
    ConfigValue(
        "rstapi_sources",
        None,
        "env",
        _LIST,
        "documents of the one API (paths or globs under the source folder)",
    ),
    ConfigValue("rstapi_overlay", None, "", _PATH, "the one API's overlay (relative to conf.py)"),
    ConfigValue(
        "rstapi_out", None, "", _PATH, "also write the one API's spec there (relative to conf.py), atomically"
    ),
    ConfigValue("rstapi_static_path", "_static/rstapi", "", (str,), "where in the build output the specs go"),
    ConfigValue("rstapi_console", True, "html", (bool,), "add an API console page (Swagger UI) per API"),
    ConfigValue(
        "rstapi_console_page",
        "api-console",
        "html",
        (str,),
        "its page name (-NAME appended for several APIs)",
    ),
    ConfigValue("rstapi_console_servers", [], "html", _LIST, "extra server URLs the console offers first"),
    ConfigValue("rstapi_try_it", True, "html", (bool,), "a 'Try it' link beside each operation"),
    ConfigValue("rstapi_baseline", None, "", _PATH, "a `rstapi lint --baseline` file (relative to conf.py)"),
    ConfigValue(
        "rstapi_root", None, "env", _PATH, "the repository root (default: the folder holding pyproject.toml)"
    ),
    ConfigValue(
        "rstapi_report_level", "warning", "", (str,), "findings at or above this level are Sphinx warnings"
    ),
)
# Values that name a place inside the build output: a relative path that stays there.
_INSIDE_OUTPUT = ("rstapi_static_path", "rstapi_console_page")


@attrs.frozen(repr=False)
class ApiSetup(Record):
    """One API of the project: its sources (None: every document), overlay and repository copy."""

    name: str
    sources: tuple[Path, ...] | None
    overlay: Path | None
    out: Path | None


@attrs.frozen(repr=False)
class Settings(Record):
    root: Path  # paths in findings and in the spec are relative to it, as the CLI's are
    base: Config  # [tool.rstapi]: suppressions, baseline, limits
    apis: tuple[ApiSetup, ...]


def settings_of(config: Any, srcdir: Path, confdir: Path) -> Settings:
    """The project's settings from Sphinx's ``config``; ConfigError for unusable values."""
    _check_values(config)
    root = Path(confdir, config.rstapi_root) if config.rstapi_root else _pyproject_root(srcdir)
    base = load_config(root)
    if config.rstapi_baseline:
        base = attrs.evolve(base, baseline=confdir / config.rstapi_baseline)
    return Settings(root, base, _apis(config, srcdir, confdir, root, base))


def _check_values(config: Any) -> None:
    """ConfigError naming the first value of a type its setting does not take, or a place in the
    build output that would leave it."""
    for value in CONFIG_VALUES:
        given: Any = getattr(config, value.name)
        fits = given is None or isinstance(given, value.kinds)  # a flag: mypy would narrow `given`
        if not fits:
            kinds = " or ".join(_KIND_NAMES[k] for k in value.kinds)
            raise ConfigError(f"{value.name} must be {kinds} ({value.meaning}), not {given!r}")
        if value.kinds is _LIST and given and not all(isinstance(item, _PATH) for item in given):
            raise ConfigError(f"{value.name} must be a list of strings ({value.meaning}), not {given!r}")
    for name in _INSIDE_OUTPUT:
        place = PurePosixPath(str(getattr(config, name)).replace("\\", "/").strip("/"))
        if not place.parts or ".." in place.parts:
            raise ConfigError(
                f"{name} must name a place inside the build output, not {getattr(config, name)!r}"
            )


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
    if not isinstance(entry, dict) or not isinstance(entry.get("sources"), _LIST):
        raise ConfigError(f"rstapi_apis[{name!r}] needs a list of sources: {entry!r}")
    for key in ("overlay", "out"):
        if entry.get(key) is not None and not isinstance(entry[key], _PATH):
            raise ConfigError(f"rstapi_apis[{name!r}][{key!r}] must be a path, not {entry[key]!r}")
    overlay = confdir / entry["overlay"] if entry.get("overlay") else None
    out = confdir / entry["out"] if entry.get("out") else None
    return ApiSetup(str(name), tuple(srcdir / str(s) for s in entry["sources"]), overlay, out)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())
