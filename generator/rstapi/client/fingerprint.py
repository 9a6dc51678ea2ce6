"""The content hash that says whether generated_client/ is up to date with its inputs.

It covers the spec, the generator config, every custom template and the versions of
openapi-python-client and of ruff (its post-hooks format the output), and is cheap to compute:
the fast path reads it without importing the generator.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

__all__ = ["FINGERPRINT_FILE", "fingerprint", "generator_version", "read_fingerprint", "render_fingerprint"]

FINGERPRINT_FILE = ".spec-hash"
GENERATOR = "openapi-python-client"
FORMATTER = "ruff"
# Bump when rstapi changes what it does to the generator's output, so old fingerprints stop matching.
PIPELINE_VERSION = "2"
_HEADER = "# sha256 of the spec, the client config and templates, openapi-python-client's and ruff's versions (rstapi client)"


def generator_version() -> str:
    return metadata.version(GENERATOR)


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


def fingerprint(spec: Path, config: Path, templates: Path | None) -> str:
    digest = hashlib.sha256()
    for label, data in _inputs(spec, config, templates):
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _inputs(spec: Path, config: Path, templates: Path | None) -> Iterable[tuple[str, bytes]]:
    yield "pipeline", PIPELINE_VERSION.encode()
    yield "generator", generator_version().encode()
    yield "formatter", _version(FORMATTER).encode()
    yield "spec", spec.read_bytes()
    yield "config", config.read_bytes()
    yield from _template_inputs(templates)


def _template_inputs(templates: Path | None) -> Iterable[tuple[str, bytes]]:
    if templates is None or not templates.is_dir():
        return
    for path in sorted(path for path in templates.rglob("*") if path.is_file()):
        yield f"template:{path.relative_to(templates).as_posix()}", path.read_bytes()


def render_fingerprint(value: str) -> str:
    return f"{_HEADER}\n{value}\n"


def read_fingerprint(out: Path) -> str | None:
    """The fingerprint recorded next to the client, or None when there is none."""
    try:
        lines = (out / FINGERPRINT_FILE).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    values = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return values[0] if len(values) == 1 else None
