"""Reading the spec to publish: a file that exists, is valid OpenAPI and documents operations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from rstapi.publish.operations import spec_operations

__all__ = ["SpecError", "load_spec"]


class SpecError(Exception):
    """The spec cannot be published; the message says what is wrong and how to fix it."""


def load_spec(path: Path) -> dict[str, Any]:
    """The OpenAPI document at `path` (YAML or JSON), checked before anything is built from it."""
    spec = _parse(path, _read(path))
    try:
        validate(spec)
    except OpenAPIValidationError as error:
        where = "/" + "/".join(str(part) for part in error.absolute_path)
        raise SpecError(f"{path}: not valid OpenAPI at {where}: {_first_line(error.message)}") from None
    if not spec_operations(spec):
        raise SpecError(f"{path}: the spec documents no operations (its `paths` are empty)")
    return spec


def _read(path: Path) -> str:
    if not path.is_file():
        raise SpecError(f"{path}: no such file; build it first with `rstapi build`")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(f"{path}: cannot be read: {error}") from None


def _parse(path: Path, text: str) -> dict[str, Any]:
    try:
        spec = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as error:
        raise SpecError(f"{path}: not YAML or JSON: {error}") from None
    if not isinstance(spec, dict) or "openapi" not in spec:
        raise SpecError(f"{path}: not an OpenAPI document (no `openapi` version field)")
    return spec


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0][:300] if message.strip() else "invalid"
