"""Reading an emitted spec file (YAML or JSON) back into a dict: one reader for every consumer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rstapi.diagnostics import ReadError
from rstapi.inputs import DEFAULT_MAX_BYTES, read_bounded
from rstapi.openapi.yamlload import MAX_DEPTH, deepest, load_yaml
from rstapi.pyyaml import yaml

__all__ = ["SpecFileError", "read_spec"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: much faster startup


class SpecFileError(Exception):
    """The spec file is missing, unreadable or not an OpenAPI document; the message says which."""


def read_spec(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """The OpenAPI document at `path`: `.json` as JSON, anything else as YAML.

    A regular file of at most ``max_bytes`` (``rstapi.inputs.read_bounded``), loaded without
    expanding aliases past a node budget or nesting past a depth (``yamlload``)."""
    if not path.exists():
        raise SpecFileError(f"{path}: no such file; build it first with `rstapi build`")
    try:
        text = read_bounded(path, str(path), max_bytes, "a spec", "the spec").decode("utf-8")
    except ReadError as error:
        raise SpecFileError(str(error)) from None
    except UnicodeDecodeError as error:
        raise SpecFileError(f"{path}: cannot be read: {error}") from None
    try:
        spec = _json(text) if path.suffix == ".json" else load_yaml(text, _LOADER)
    except (ValueError, yaml.YAMLError) as error:
        raise SpecFileError(f"{path}: not YAML or JSON: {error}") from None
    if not isinstance(spec, dict) or "openapi" not in spec:
        raise SpecFileError(f"{path}: not an OpenAPI document (no `openapi` version field)")
    return spec


def _json(text: str) -> Any:
    """JSON nested no deeper than a YAML spec may be."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValueError(f"nested more than {MAX_DEPTH} levels deep") from None
    if deepest(value) > MAX_DEPTH:
        raise ValueError(f"nested more than {MAX_DEPTH} levels deep")
    return value
