"""Reading the spec to publish: a file that exists, is valid OpenAPI and documents operations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing.exceptions import Unresolvable

from rstapi.errors import InputError
from rstapi.inputs import DEFAULT_MAX_BYTES
from rstapi.naming import pointer_token
from rstapi.openapi.read import SpecFileError, read_spec
from rstapi.publish.operations import spec_operations

__all__ = ["SpecError", "load_spec"]


class SpecError(InputError):
    """The spec cannot be published; the message says what is wrong and how to fix it."""


def load_spec(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """The OpenAPI document at `path` (YAML or JSON, at most `max_bytes`), checked before anything
    is built from it."""
    try:
        spec = read_spec(path, max_bytes)
    except SpecFileError as error:
        raise SpecError(str(error)) from None
    try:
        validate(spec)
    except OpenAPIValidationError as error:
        # The validator's own checks (unique operationIds, path parameters, defaults of their
        # schema's type) give no place: then the message is all there is to say.
        where = "".join(f"/{pointer_token(str(part))}" for part in error.absolute_path)
        at = f" at {where}" if where else ""
        raise SpecError(f"{path}: not valid OpenAPI{at}: {_first_line(error.message)}") from None
    except Unresolvable as error:  # the validator follows each $ref: one that leads nowhere
        ref = str(error.ref)
        shown = f"#{ref}" if ref.startswith("/") else ref  # a pointer into the spec itself
        raise SpecError(f"{path}: not valid OpenAPI: the $ref {shown!r} leads nowhere") from None
    if not spec_operations(spec):
        raise SpecError(f"{path}: the spec documents no operations (its `paths` are empty)")
    return spec


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0][:300] if message.strip() else "invalid"
