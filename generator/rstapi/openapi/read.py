"""Reading an emitted spec file (YAML or JSON) back into a dict: one reader for every consumer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

__all__ = ["SpecFileError", "read_spec"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: much faster startup


class SpecFileError(Exception):
    """The spec file is missing, unreadable or not an OpenAPI document; the message says which."""


def read_spec(path: Path) -> dict[str, Any]:
    """The OpenAPI document at `path`: `.json` as JSON, anything else as YAML."""
    if not path.is_file():
        raise SpecFileError(f"{path}: no such file; build it first with `rstapi build`")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecFileError(f"{path}: cannot be read: {error}") from None
    try:
        spec = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_LOADER)
    except (ValueError, yaml.YAMLError) as error:
        raise SpecFileError(f"{path}: not YAML or JSON: {error}") from None
    if not isinstance(spec, dict) or "openapi" not in spec:
        raise SpecFileError(f"{path}: not an OpenAPI document (no `openapi` version field)")
    return spec
