"""Generate the typed Python client from the spec: fast path, staging folder, checks, atomic swap.

    generate_client(spec, out, config) -> Result

Nothing is written unless the generation is clean: every warning is accepted by the allowlist and
every operation of the spec is in the client. The committed client is replaced only by a complete one.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from rstapi.client.allowlist import GeneratorWarning, judge, load_allowlist
from rstapi.client.fingerprint import FINGERPRINT_FILE, fingerprint, read_fingerprint, render_fingerprint
from rstapi.client.names import client_spec
from rstapi.client.operations import missing_operations
from rstapi.client.presence import without_presence_rules
from rstapi.client.requirements import install_hint, missing_requirements
from rstapi.errors import InputError
from rstapi.records import Record

__all__ = [
    "ClientError",
    "Result",
    "default_allowlist",
    "default_config",
    "default_templates",
    "generate_client",
]

TEMPLATES_DIR = "templates"
PROJECT_CONFIG = Path("client/openapi-python-client.yaml")
PACKAGED = Path(str(resources.files("rstapi.client")))
ALLOWLIST_FILE = "generator-warnings.yaml"


class ClientError(InputError):
    """An input cannot be read (missing spec or config, a broken allowlist): a usage error."""


@attrs.frozen(repr=False)
class Result(Record):
    """What `generate_client` did: took the fast path, or generated (and then wrote, unless it failed)."""

    out: Path
    fingerprint: str
    fast_path: bool
    warnings: tuple[GeneratorWarning, ...] = ()
    missing_operations: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.missing_operations) or any(not warning.accepted for warning in self.warnings)

    @property
    def written(self) -> bool:
        return not self.fast_path and not self.failed


def default_templates(config: Path) -> Path | None:
    """The custom template folder beside the config file, else the package's own (the facade,
    auth, pagination and exceptions modules), so an installed rstapi needs no checkout."""
    folder = config.parent / TEMPLATES_DIR
    return folder if folder.is_dir() else PACKAGED / TEMPLATES_DIR


def default_config() -> Path:
    """``client/openapi-python-client.yaml`` when the project has one, else the package's default."""
    return PROJECT_CONFIG if PROJECT_CONFIG.is_file() else PACKAGED / "default-config.yaml"


def default_allowlist(config: Path) -> Path:
    return config.parent / ALLOWLIST_FILE


def generate_client(
    spec: Path,
    out: Path,
    config: Path,
    *,
    templates: Path | None = None,
    allowlist: Path | None = None,
    force: bool = False,
) -> Result:
    """Regenerate `out` from `spec` unless its recorded fingerprint says it is already up to date."""
    started = time.perf_counter()
    _require_files(spec, config)
    _require_generator()
    templates = templates if templates is not None else default_templates(config)
    value = fingerprint(spec, config, templates)
    if not force and read_fingerprint(out) == value:
        return Result(out, value, fast_path=True, seconds=time.perf_counter() - started)
    accepted = load_allowlist(allowlist if allowlist is not None else default_allowlist(config))
    with _staging(out) as staging:
        result = _generate(spec, config, templates, staging, out, value)
        result = attrs.evolve(result, warnings=judge(result.warnings, accepted))
        if not result.failed:
            (staging / FINGERPRINT_FILE).write_text(render_fingerprint(value), encoding="utf-8")
            _swap_into_place(staging, out)
    return attrs.evolve(result, seconds=time.perf_counter() - started)


def _require_files(*paths: Path) -> None:
    for path in paths:
        if not path.is_file():
            raise ClientError(f"{path}: no such file")


def _require_generator() -> None:
    missing = missing_requirements()
    if missing:
        raise ClientError(install_hint(missing))


def _generate(
    spec_path: Path, config: Path, templates: Path | None, staging: Path, out: Path, value: str
) -> Result:
    from rstapi.client.run import module_name_for, run_generator  # the generator imports slowly

    spec = without_presence_rules(client_spec(_load_spec(spec_path)))
    warnings = run_generator(spec, spec_path, config, templates, staging)
    missing = missing_operations(spec, _package_dir(staging), module_name_for)
    return Result(out, value, fast_path=False, warnings=warnings, missing_operations=missing)


def _load_spec(path: Path) -> dict[str, Any]:
    """The spec, checked as every command that publishes one checks it (valid OpenAPI, with operations)."""
    from rstapi.publish.load import SpecError, load_spec

    try:
        return load_spec(path)
    except SpecError as error:
        raise ClientError(str(error)) from None


def _package_dir(project: Path) -> Path:
    """The one Python package in the generated project (it holds py.typed)."""
    marker = next(iter(sorted(project.glob("*/py.typed"))), None)
    return marker.parent if marker is not None else project


@contextlib.contextmanager
def _staging(out: Path) -> Iterator[Path]:
    """A fresh folder beside `out` (same file system, so the final rename is atomic); removed after."""
    out.parent.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        yield root / out.name
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _swap_into_place(staged: Path, out: Path) -> None:
    """Replace `out` with `staged`: two renames, so a reader never sees a half-written client."""
    retired = staged.parent / f"{out.name}.previous"
    if out.exists():
        out.rename(retired)
    try:
        staged.rename(out)
    except OSError:
        if retired.exists():
            retired.rename(out)  # put the committed client back before the staging folder goes
        raise
    shutil.rmtree(retired, ignore_errors=True)
