"""One immutable configuration, built once from pyproject.toml's [tool.rstapi] and the CLI flags."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.errors import InputError
from rstapi.inputs import inside, resolved
from rstapi.records import Record

__all__ = [
    "FAIL_ON",
    "ApiTable",
    "Config",
    "ConfigError",
    "Suppression",
    "api_tables",
    "expand_sources",
    "load_config",
]

# --fail-on / fail-on: the lowest level of an unresolved finding that makes a command exit 1.
FAIL_ON = ("error", "warning", "never")
DEFAULT_MAX_INPUT_MB = 20


class ConfigError(InputError):
    """The configuration itself is unusable (a usage error: exit 2)."""


class Suppression(NamedTuple):
    """One ``[[tool.rstapi.suppress]]`` entry: a code, a place and a reason.

    The place is an anchor that survives edits (``pointer``, or ``section`` and optionally
    ``field``), or a ``location``: ``"path"`` (the whole file) or ``"path:line"`` (fragile:
    it stops matching when lines are inserted above it; still honoured, and reported).
    """

    code: str
    location: str  # "", "path" or "path:line"
    reason: str
    pointer: str | None = None
    section: str | None = None
    field: str | None = None
    origin: SourceLocation | None = None  # the entry's line in pyproject.toml

    @property
    def line_based(self) -> bool:
        path, _, line = self.location.rpartition(":")
        return bool(path) and line.isdigit()

    def matches(self, diagnostic: Diagnostic, anchor: Any = None) -> bool:
        """Whether this entry covers ``diagnostic``; ``anchor`` is its :class:`rstapi.lint.anchors.Anchor`."""
        if diagnostic.code != self.code:
            return False
        if self.pointer or self.section:
            return anchor is not None and self._anchored_match(anchor)
        where = diagnostic.location
        return where is not None and self.location in {where.path, f"{where.path}:{where.line}"}

    def _anchored_match(self, anchor: Any) -> bool:
        if self.pointer and anchor.pointer != self.pointer:
            return False
        if self.section and anchor.section != self.section:
            return False
        return not self.field or anchor.field == self.field


def _expand(paths: Iterable[Path | str]) -> tuple[Path, ...]:
    return expand_sources(paths)


@attrs.frozen(repr=False)
class Config(Record):
    sources: tuple[Path, ...] = attrs.field(converter=_expand)
    overlay: Path | None = None
    out: Path = Path("spec/openapi.yaml")
    format: str = "yaml"
    fail_on: str = "error"  # one of FAIL_ON
    force: bool = False  # build may replace a spec that has operations with one that has none
    max_input_bytes: int = DEFAULT_MAX_INPUT_MB * 2**20
    suppressions: tuple[Suppression, ...] = ()
    root: Path = Path(".")
    baseline: Path | None = None  # findings recorded there no longer count (rstapi lint --baseline)
    configured_sources: bool = True  # the sources are [tool.rstapi]'s, so its suppressions must all match
    project_root: Path | None = None  # what includes may read; None: each source's (rst.project.project_root)
    microversion: tuple[int, int] | None = None  # build the API as of this microversion (--microversion)
    httpdomain_arrows: str | None = None  # "1.x"/"2.x": how httpdomain's <, > read; None: per document
    cache_dir: Path | None = None  # each file's reading kept there (rstapi.rst.cache); None: no cache

    def display(self, path: Path) -> str:
        """A path as diagnostics show it: relative to the project root where possible."""
        try:  # resolved once per build (``inputs.resolving_once``): a build shows each source twice
            return resolved(path).relative_to(resolved(self.root)).as_posix()
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
    if not isinstance(table, dict):
        raise ConfigError(f"{pyproject}: [tool.rstapi] must be a table, not {table!r}")
    _check_keys(table)
    return table


# [tool.rstapi]'s keys and the TOML types each takes ([tool.rstapi.contract]'s own are
# rstapi.contract.config's).
_KEYS: dict[str, tuple[type, ...]] = {
    "sources": (list,),
    "overlay": (str,),
    "out": (str,),
    "format": (str,),
    "fail-on": (str,),
    "max-input-mb": (int, float),
    "suppress": (list,),
    "baseline": (str,),
    "project-root": (str,),
    "httpdomain-arrows": (str,),
    "cache-dir": (str,),
    "apis": (list,),
    "contract": (dict,),
}
_FORMATS = ("yaml", "json")
_TOML_NAMES = {list: "a list", str: "a string", int: "an integer", float: "a number", dict: "a table"}


def _check_keys(table: dict[str, Any]) -> None:
    """ConfigError for a key [tool.rstapi] does not have (a typo would otherwise leave its default
    in force unseen), a value of another type, a source that is not a path, or another format."""
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise ConfigError(f"[tool.rstapi] has unknown keys: {', '.join(unknown)} (known: {', '.join(_KEYS)})")
    for key, value in table.items():
        if not isinstance(value, _KEYS[key]):
            kinds = " or ".join(_TOML_NAMES[kind] for kind in _KEYS[key])
            raise ConfigError(f"[tool.rstapi] {key} must be {kinds}, not {value!r}")
    if not all(isinstance(source, str) for source in table.get("sources", ())):
        raise ConfigError(f"[tool.rstapi] sources must be a list of paths, not {table['sources']!r}")
    if table.get("format", "yaml") not in _FORMATS:
        raise ConfigError(
            f"[tool.rstapi] format must be one of {', '.join(_FORMATS)}, not {table['format']!r}"
        )


_SUPPRESS_HEADER = "[[tool.rstapi.suppress]]"


def _suppressions(raw: Any, root: Path) -> tuple[Suppression, ...]:
    lines = _entry_lines(root / "pyproject.toml")
    result = []
    for number, entry in enumerate(raw or ()):
        places = ("location", "pointer", "section")
        if not isinstance(entry, dict) or not entry.get("reason") or not entry.get("code"):
            raise ConfigError(f"[tool.rstapi] suppress entries need a code, a place and a reason: {entry!r}")
        if not any(entry.get(key) for key in places):
            raise ConfigError(
                f"[tool.rstapi] suppress entry needs a pointer, a section or a location: {entry!r}"
            )
        origin = SourceLocation("pyproject.toml", lines[number]) if number < len(lines) else None
        optional = {key: str(entry[key]) for key in ("pointer", "section", "field") if entry.get(key)}
        location, reason = str(entry.get("location", "")), str(entry["reason"])
        result.append(Suppression(str(entry["code"]), location, reason, **optional, origin=origin))
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


def _entry_lines(pyproject: Path) -> list[int]:
    """The line of each ``[[tool.rstapi.suppress]]`` header, in order (tomllib keeps no lines)."""
    if not pyproject.is_file():
        return []
    text = pyproject.read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(text, start=1) if line.strip() == _SUPPRESS_HEADER]


def expand_sources(paths: Iterable[Path | str]) -> tuple[Path, ...]:
    """Files as given; a folder stands for every ``*.rst`` below it, sorted (a split reference); a
    glob (``api/**/*.rst``, ``*/v1/x.rst``: ``**`` spans folders) for the ``.rst`` files and folders
    it matches, sorted, as the Sphinx extension reads an API's sources. A path that exists is no
    glob (``notes[1].rst``). A folder with no ``.rst`` file, or a glob that matches none, is a
    ConfigError: a source that reads nothing is a typo. A file named twice (a folder and a file in
    it, ``a.rst`` and ``./a.rst``) is one source, where it is first named, as Sphinx reads a
    document once: read twice, each of its operations was "already documented" at itself."""
    result: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir() and not _is_glob(path):
            found = [path]
        else:
            found = _glob(path) if _is_glob(path) else sorted(path.rglob("*.rst"))
            if not found:
                raise ConfigError(
                    f"{path}: is a directory with no .rst file below it{_other_documents(path)}"
                )
        result += found
    return _once(result)


def _once(paths: list[Path]) -> tuple[Path, ...]:
    """Each file where it is first named (symlinks resolved)."""
    seen: set[Path] = set()
    unique = []
    for path in paths:
        key = resolved(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return tuple(unique)


_WILDCARDS = frozenset("*?[")


def _is_glob(path: Path) -> bool:
    return not path.exists() and any(_WILDCARDS & set(part) for part in path.parts)


def _glob(path: Path) -> list[Path]:
    """The files the glob ``path`` matches, sorted, a folder it matches standing for the ``.rst``
    files below it: from its first part with a wildcard on (``Path.glob``, ``**`` any depth of
    folders). The files are ``.rst`` ones, or those of the suffix the pattern writes (``*.txt``:
    a project whose ``source_suffix`` reads ``.txt``, which the CLI does not read from conf.py)."""
    first = next(n for n, part in enumerate(path.parts) if _WILDCARDS & set(part))
    base, pattern = Path(*path.parts[:first]), Path(*path.parts[first:]).as_posix()
    suffix = path.suffix if path.suffix in _OTHER_SUFFIXES else ".rst"
    found: list[Path] = []
    for match in sorted(base.glob(pattern)):
        files = sorted(match.rglob("*.rst")) if match.is_dir() else [match] if match.suffix == suffix else []
        found += [f for f in files if f.is_file()]
    if not found:
        raise ConfigError(f"{path}: the pattern matches no {suffix} file (nor a folder holding a .rst one)")
    return found


def _other_documents(folder: Path) -> str:
    """What a folder without ``.rst`` files holds that a Sphinx project may read (``.txt``, ``.md``)."""
    suffixes = sorted({p.suffix for p in folder.rglob("*.*") if p.suffix in _OTHER_SUFFIXES and p.is_file()})
    if not suffixes:
        return ""
    globs = " or ".join(f"{folder.as_posix()}/**/*{suffix}" for suffix in suffixes)
    return f" (it holds {', '.join(suffixes)} files: give them by name, or as a glob such as {globs})"


# Suffixes of documents a Sphinx project's ``source_suffix`` may read besides ``.rst``.
_OTHER_SUFFIXES = frozenset({".txt", ".rest"})


class ApiTable(NamedTuple):
    """One ``[[tool.rstapi.apis]]`` entry: an API of a project that documents several (paths under
    the root; the Sphinx extension reads the same entries)."""

    name: str
    sources: tuple[Path, ...]
    overlay: Path | None
    out: Path


def api_tables(root: Path = Path(".")) -> tuple[ApiTable, ...]:
    """Every ``[[tool.rstapi.apis]]`` entry of ``root``'s pyproject.toml, in order."""
    return _api_tables(_table(root), root)


def _api_tables(table: dict[str, Any], root: Path) -> tuple[ApiTable, ...]:
    found: list[ApiTable] = []
    for entry in table.get("apis") or ():
        name = entry.get("name") if isinstance(entry, dict) else None
        sources = entry.get("sources") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name or not isinstance(sources, list) or not sources:
            raise ConfigError(f"[[tool.rstapi.apis]] entries need a name and a list of sources: {entry!r}")
        if any(api.name == name for api in found):
            raise ConfigError(f"[[tool.rstapi.apis]] names the API {name!r} twice")
        for key in ("overlay", "out"):
            if key in entry and not isinstance(entry[key], str):
                raise ConfigError(
                    f"[[tool.rstapi.apis]] {key} of the API {name!r} must be a path, not {entry[key]!r}"
                )
        if not all(isinstance(source, str) for source in sources):
            raise ConfigError(
                f"[[tool.rstapi.apis]] sources of the API {name!r} must be paths, not {sources!r}"
            )
        overlay = root / entry["overlay"] if entry.get("overlay") else None
        out = root / entry.get("out", f"spec/{name}/openapi.yaml")
        found.append(ApiTable(name, tuple(root / str(s) for s in sources), overlay, out))
    return tuple(found)


def _api_table(table: dict[str, Any], root: Path, name: str) -> dict[str, Any]:
    """``table`` with the sources, overlay and out of the API ``name`` in place of its own."""
    apis = _api_tables(table, root)
    api = next((a for a in apis if a.name == name), None)
    if api is None:
        known = ", ".join(a.name for a in apis) or "none: [[tool.rstapi.apis]] is empty"
        raise ConfigError(f"no API named {name!r} in [[tool.rstapi.apis]] (known: {known})")
    return {**table, "sources": list(api.sources), "overlay": api.overlay, "out": api.out}


def load_config(root: Path = Path("."), api: str | None = None, **flags: Any) -> Config:
    """Defaults < [tool.rstapi] (or its ``[[tool.rstapi.apis]]`` entry named ``api``) < flags
    given on the command line (None means not given)."""
    table = _table(root)
    if api is not None:
        table = _api_table(table, root, api)
    sources = flags.get("sources") or tuple(_configured(root, s, "sources") for s in table.get("sources", ()))
    overlay = flags.get("overlay")
    if overlay is None and table.get("overlay"):
        overlay = _configured(root, table["overlay"], "overlay")
    out = flags.get("out") or (
        _configured(root, table["out"], "out") if table.get("out") else root / "spec/openapi.yaml"
    )
    config = Config(
        sources=tuple(Path(s) for s in sources),
        overlay=Path(overlay) if overlay else None,
        out=Path(out),
        format=flags.get("format") or table.get("format", "yaml"),
        fail_on=_fail_on(flags, table),
        force=bool(flags.get("force")),
        max_input_bytes=_max_input_bytes(table),
        suppressions=_suppressions(table.get("suppress"), root),
        root=root,
        baseline=Path(flags["baseline"]) if flags.get("baseline") else _configured_baseline(table, root),
        configured_sources=not flags.get("sources"),
        project_root=_project_root(flags, table, root),
        microversion=_microversion(flags.get("microversion")),
        httpdomain_arrows=_httpdomain_arrows(flags, table),
        cache_dir=_cache_dir(flags, table, root),
    )
    if not flags.get("sources"):  # a glob's or a folder's files too: none may lead outside
        for source in config.sources:
            _configured(root, source.relative_to(root) if source.is_relative_to(root) else source, "sources")
    return config


def _configured(root: Path, written: object, key: str) -> Path:
    """A path [tool.rstapi] names: inside the project (symlinks resolved), whoever wrote the file.

    A path given on the command line is the user's choice; one in pyproject.toml may come with a
    pull request, and must not make a CI run read or replace a file outside the checkout."""
    path = root / str(written)
    if not inside(path, root):
        raise ConfigError(f"[tool.rstapi] {key}: {written} leads outside the project ({resolved(root)})")
    return path


def _microversion(given: str | None) -> tuple[int, int] | None:
    from rstapi.microversions import parse_version

    if given is None:
        return None
    found = parse_version(given)
    if found is None:
        raise ConfigError(f"--microversion must be MAJOR.MINOR (like 2.47), not {given!r}")
    return found


def _httpdomain_arrows(flags: dict[str, Any], table: dict[str, Any]) -> str | None:
    """``--httpdomain-arrows``, else ``httpdomain-arrows`` in [tool.rstapi]; "auto" (None): per document."""
    from rstapi.rst.options import ARROW_CONVENTIONS

    given = flags.get("httpdomain_arrows") or table.get("httpdomain-arrows", "auto")
    if given != "auto" and given not in ARROW_CONVENTIONS:
        choices = ", ".join(f'"{c}"' for c in (*ARROW_CONVENTIONS, "auto"))
        raise ConfigError(f"[tool.rstapi] httpdomain-arrows must be one of {choices}, not {given!r}")
    return None if given == "auto" else str(given)


def _cache_dir(flags: dict[str, Any], table: dict[str, Any], root: Path) -> Path | None:
    """``--cache-dir``, else ``cache-dir`` in [tool.rstapi] (inside the project), else
    ``.rstapi_cache`` beside pyproject.toml; None with ``--no-cache``. Absolute: a git revision's
    build (``rstapi changelog``) runs in a temporary folder and uses the project's cache."""
    if flags.get("no_cache"):
        return None
    if flags.get("cache_dir"):
        return Path(flags["cache_dir"]).absolute()
    written = table.get("cache-dir")
    if written is None:  # the default; a symlink that leads out of the project (planted) means none
        default = root / ".rstapi_cache"
        return default.absolute() if inside(default, root) else None
    if not isinstance(written, str) or not written:
        raise ConfigError(f"[tool.rstapi] cache-dir must be a folder name, not {written!r}")
    return _configured(root, written, "cache-dir").absolute()


def _configured_baseline(table: dict[str, Any], root: Path) -> Path | None:
    """``baseline`` in [tool.rstapi]: the lint baseline every command honours (inside the project)."""
    return _configured(root, table["baseline"], "baseline") if table.get("baseline") else None


def _project_root(flags: dict[str, Any], table: dict[str, Any], root: Path) -> Path | None:
    """``--project-root``, else ``project-root`` in [tool.rstapi] (relative to pyproject.toml)."""
    given = flags.get("project_root") or (
        root / str(table["project-root"]) if table.get("project-root") else None
    )
    if given is not None and not Path(given).is_dir():
        raise ConfigError(f"project root {Path(given).as_posix()}: is not a directory")
    return Path(given) if given is not None else None
