"""Field tables on their own: DOC204 (a field listed twice in one table)."""

from __future__ import annotations

from collections.abc import Iterator

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api, Field
from rstapi.naming import schema_pointer

__all__ = ["check"]


def check(api: Api) -> Iterator[Diagnostic]:
    for schema in api.schemas:
        first: dict[str, Field] = {}
        for field in schema.fields:
            if field.name not in first:
                first[field.name] = field
                continue
            message = f"field {field.full_name!r} is already listed in this table at line {first[field.name].location.line}"
            yield Diagnostic(
                "DOC204", message, field.location, pointer=schema_pointer(schema.name, field.name)
            )
