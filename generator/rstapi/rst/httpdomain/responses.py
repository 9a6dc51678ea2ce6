"""A resource's responses: one per ``:statuscode:`` field and per status an example shows; the body
fields (``:>json``, ``:>jsonarr``), response headers and media type go to the success status
(the first 2xx documented, else 200)."""

from __future__ import annotations

import attrs

from rstapi.diagnostics import SourceLocation
from rstapi.model import Example, Parameter, Response, TypeSpec
from rstapi.openapi.structure import is_status
from rstapi.rst.httpdomain.examples import body_example
from rstapi.rst.httpdomain.fields import Entry
from rstapi.rst.httpdomain.messages import media_type
from rstapi.rst.httpdomain.resource import Resource, reason, side
from rstapi.rst.httpdomain.schemas import fields_of, schema_of
from rstapi.rst.httpdomain.vocabulary import Role
from rstapi.rst.walk import Walk

__all__ = ["responses"]

_BODY_ROLES = (Role.RESPONSE_JSON, Role.RESPONSE_JSON_ARRAY)


def responses(walk: Walk, resource: Resource, stem: str) -> tuple[Response, ...]:
    documented = _documented(walk, resource)
    success = next((status for status in documented if 200 <= status < 300), 200)
    found = dict(documented)
    examples = _examples(walk, resource, success)
    for status, (shown, media) in examples.items():
        if status not in found:
            found[status] = Response(status, reason(status), shown[0].location)
            if documented:
                _report_undocumented(walk, resource, status, shown[0], documented)
        found[status] = attrs.evolve(found[status], examples=tuple(shown), media_type=media)
    found[success] = _success(walk, resource, stem, found.get(success))
    _report_unshown(walk, resource, found[success])
    return tuple(found.values())


def _report_unshown(walk: Walk, resource: Resource, response: Response) -> None:
    """A success status whose body the fields document but no example shows (DOC211)."""
    if response.schema is None or response.examples or response.status == 204 or resource.method == "HEAD":
        return
    name = f"{resource.method} {' or '.join(resource.node['signatures'])}"  # one field list for them all
    message = f"{name} documents the body of status {response.status} but shows no example response for it"
    walk.report("DOC211", message, response.location)


def _documented(walk: Walk, resource: Resource) -> dict[int, Response]:
    found: dict[int, Response] = {}
    for entry in resource.by_role(Role.STATUS):
        code = entry.name.split()[0] if entry.name.split() else ""
        if not (code.isdigit() and is_status(int(code))):
            walk.report(
                "RST164", f"status code {entry.name!r} is not an HTTP status; it is not read", entry.line
            )
            continue
        status = int(code)
        if status in found:
            walk.report("DOC204", f"status {status} is documented twice; the first is used", entry.line)
            continue
        found[status] = Response(status, entry.description or reason(status), walk.at(entry.line))
    return found


def _examples(walk: Walk, resource: Resource, success: int) -> dict[int, tuple[list[Example], str]]:
    """The example bodies by status (an HTTP message's own, a JSON block's the success status),
    with the media type the first message with a Content-Type gives."""
    found: dict[int, tuple[list[Example], str]] = {}
    for block in side(resource, "response"):
        message = block.message
        status = message.status if message is not None and message.status else success
        shown, media = found.get(status, ([], ""))
        example = body_example(walk, f"response_{status}_{len(shown) + 1}", block)
        if example is not None:
            found[status] = ([*shown, example], media or (message.media_type if message else None) or "")
    return {status: (shown, media or "application/json") for status, (shown, media) in found.items()}


def _report_undocumented(
    walk: Walk, resource: Resource, status: int, example: Example, documented: dict[int, Response]
) -> None:
    listed = ", ".join(str(s) for s in documented)
    message = f"the example response has status {status} {reason(status)}, but the :statuscode: fields document {listed}"
    walk.report("DOC213", message, example.location)


def _success(walk: Walk, resource: Resource, stem: str, response: Response | None) -> Response:
    """The success response with the body fields, the response headers and the media type."""
    entries = resource.by_role(*_BODY_ROLES)
    where = walk.at(entries[0].line) if entries else walk.at(resource.line)
    response = response or Response(200, reason(200), where)
    schema: TypeSpec | None = response.schema
    if entries:
        name = schema_of(walk, f"{stem}Response", fields_of(walk, entries, resource.types(*_BODY_ROLES)))
        schema = TypeSpec("object", ref=name)
        if resource.by_role(Role.RESPONSE_JSON_ARRAY):
            schema = TypeSpec("array", items=schema)
    headers = resource.by_role(Role.RESPONSE_HEADER)
    said = next((e for e in headers if e.name.lower() == "content-type"), None)
    media, at = _media(walk, resource, said, response.status)
    kept = tuple(
        Parameter(e.name, "header", TypeSpec("string"), e.description, walk.at(e.line), origin="field list")
        for e in headers
        if e is not said
    )
    return attrs.evolve(response, schema=schema, headers=kept, media_type=media, media_type_location=at)


def _media(
    walk: Walk, resource: Resource, said: Entry | None, status: int
) -> tuple[str, SourceLocation | None]:
    """The success body's media type: the Content-Type field's, else its example message's, else JSON."""
    written = media_type(said.description) if said is not None else None
    if said is not None and written:
        return written, walk.at(said.line)
    for block in side(resource, "response"):
        message = block.message
        if message is not None and message.status == status and message.media_type:
            return message.media_type, None
    return "application/json", None
