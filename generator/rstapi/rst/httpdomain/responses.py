"""A resource's responses: one per ``:statuscode:`` field and per status an example shows. The
body fields (``:>json``, ``:>jsonarr``) and the media type go to the success status, the first 2xx
documented that carries a body (not 204 or 205), else 200: a 200 only when there is a body to put on
it (fields, an example without a status, a ``Content-Type``) or no status is documented at all. A
response header whose description names documented statuses ("on 503", "for 401 responses") goes
to those; the others to the success status when documented, else to the other non-error statuses
documented (a redirect's ``Location``), else to the success response, else to every status."""

from __future__ import annotations

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.model import Example, Parameter, Response, TypeSpec
from rstapi.openapi.structure import is_status
from rstapi.rst.credentials import UNSHAPED_HINT, media_types, placed_media, unshaped_finding
from rstapi.rst.httpdomain.examples import body_example
from rstapi.rst.httpdomain.fields import Entry
from rstapi.rst.httpdomain.parameters import header_key
from rstapi.rst.httpdomain.resource import Resource, reason, side
from rstapi.rst.httpdomain.schemas import fields_of, header_parameter, schema_of
from rstapi.rst.httpdomain.shown import with_shown_value
from rstapi.rst.httpdomain.vocabulary import BODYLESS_STATUSES, STATUS_CODE, STATUS_NAMED, Role
from rstapi.rst.walk import Walk

__all__ = ["responses"]

_BODY_ROLES = (Role.RESPONSE_JSON, Role.RESPONSE_JSON_ARRAY)


def responses(walk: Walk, resource: Resource, stem: str) -> tuple[Response, ...]:
    documented = _documented(walk, resource)
    success = next((s for s in documented if 200 <= s < 300 and s not in BODYLESS_STATUSES), 200)
    found = dict(documented)
    examples = _examples(walk, resource, success, documented)
    for status, (shown, media) in examples.items():
        if status not in found:
            found[status] = Response(status, reason(status), shown[0].location)
            if documented:
                _report_undocumented(walk, resource, status, shown[0], documented)
        found[status] = attrs.evolve(found[status], examples=tuple(shown), media_type=media)
    said = _content_type(resource)
    if success in found or not found or said is not None or resource.by_role(*_BODY_ROLES):
        _report_bodyless(walk, resource, documented, success)
        found[success] = _success(walk, resource, stem, found.get(success), said)
    _report_accept(walk, resource, found.get(success))
    for status, headers in _headers(
        walk, resource, said, documented, _header_statuses(documented, found, success)
    ):
        found[status] = attrs.evolve(found[status], headers=headers)
    return tuple(found.values())


def _report_bodyless(walk: Walk, resource: Resource, documented: dict[int, Response], success: int) -> None:
    """Body fields of an operation whose documented 2xx statuses all carry no body (204, 205): they
    go to a 200 the doc does not document (RST164)."""
    entries = resource.by_role(*_BODY_ROLES)
    bodyless = [str(status) for status in documented if status in BODYLESS_STATUSES]
    if not entries or success in documented or not bodyless:
        return
    message = (
        f"the body fields document a response body, but the 2xx status documented ({', '.join(bodyless)}) "
        f"carries none; they go to a {success} (document the status that carries the body)"
    )
    walk.report("RST164", message, entries[0].line)


def _header_statuses(documented: dict[int, Response], found: dict[int, Response], success: int) -> list[int]:
    """The statuses the response headers go to (see the module's docstring)."""
    if success in documented:
        return [success]
    redirects = [status for status in documented if status < 400]
    if redirects:
        return redirects
    return [success] if success in found else list(found)


def _report_unshown(walk: Walk, resource: Resource, response: Response) -> None:
    """A success status whose body the fields document but no example shows (DOC211)."""
    if response.examples or response.status == 204 or resource.method == "HEAD":
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


def _examples(
    walk: Walk, resource: Resource, success: int, documented: dict[int, Response]
) -> dict[int, tuple[list[Example], str]]:
    """The example bodies by status (an HTTP message's own, a JSON block's the success status, an
    error example's the one error status documented), with the media type the first message with
    a Content-Type gives."""
    found: dict[int, tuple[list[Example], str]] = {}
    errors = [status for status in documented if status >= 400]
    for block in [*side(resource, "response"), *side(resource, "error")]:
        message = block.message
        status = message.status if message is not None and message.status else success
        if block.intro == "error" and message is None:
            if len(errors) != 1:
                _report_unplaced_error(walk, block.line, errors)
                continue
            status = errors[0]
        shown, media = found.get(status, ([], ""))
        example = body_example(walk, f"response_{status}_{len(shown) + 1}", block)
        if example is not None:
            found[status] = ([*shown, example], media or (message.media_type if message else None) or "")
    return {status: (shown, media or "application/json") for status, (shown, media) in found.items()}


def _report_unplaced_error(walk: Walk, line: int, errors: list[int]) -> None:
    listed = ", ".join(str(status) for status in errors) or "none"
    message = (
        f"an error response example whose status is not said (the :statuscode: fields document "
        f"error statuses: {listed}); it is not read (show it as a raw HTTP response with its status line)"
    )
    walk.report("RST164", message, line)


def _report_undocumented(
    walk: Walk, resource: Resource, status: int, example: Example, documented: dict[int, Response]
) -> None:
    listed = ", ".join(str(s) for s in documented)
    message = f"the example response has status {status} {reason(status)}, but the :statuscode: fields document {listed}"
    walk.report("DOC213", message, example.location)


def _content_type(resource: Resource) -> Entry | None:
    return next((e for e in resource.by_role(Role.RESPONSE_HEADER) if e.name.lower() == "content-type"), None)


def _success(
    walk: Walk, resource: Resource, stem: str, response: Response | None, said: Entry | None
) -> Response:
    """The success response with the body fields and the media type; a media type with nothing
    else of the body said (``:resheader Content-Type: application/pdf``) has a body of any content
    (OpenAPI 3.1's schema for bytes; a text type's is a string)."""
    entries = resource.by_role(*_BODY_ROLES)
    where = walk.at(entries[0].line) if entries else walk.at(resource.line)
    response = response or Response(200, reason(200), where)
    schema: TypeSpec | None = response.schema
    named, at = _media(walk, resource, said, response.status)
    if entries:
        name = schema_of(walk, f"{stem}Response", fields_of(walk, entries, resource.types(*_BODY_ROLES)))
        schema = TypeSpec("object", ref=name)
        if resource.by_role(Role.RESPONSE_JSON_ARRAY):
            schema = TypeSpec("array", items=schema)
    elif schema is None and not response.examples and said is not None and media_types(said.description):
        schema = TypeSpec("string") if named[0].startswith("text/") else TypeSpec(None)
    fielded = bool(entries) or any(e.parsed and isinstance(e.value, (dict, list)) for e in response.examples)
    media, more = placed_media(named, fielded)
    made = attrs.evolve(
        response, schema=schema, media_type=media, media_type_location=at, more_media_types=more
    )
    said_by = said if said is not None and media_types(said.description) else _accept(resource)
    message = unshaped_finding(_field_name(said_by), "success response", more) if said_by else None
    if message is not None and said_by is not None:
        walk.diagnostics.append(Diagnostic("RST164", message, walk.at(said_by.line), hint=UNSHAPED_HINT))
    if entries:
        _report_unshown(walk, resource, made)
    return made


def _field_name(entry: Entry) -> str:
    role = ":resheader" if entry.role == Role.RESPONSE_HEADER else ":reqheader"
    return f"'{role} {entry.name}:'"


def _headers(
    walk: Walk, resource: Resource, said: Entry | None, documented: dict[int, Response], others: list[int]
) -> list[tuple[int, tuple[Parameter, ...]]]:
    """The response header fields (but the media type's) as headers, by the status they go to: the
    documented statuses a description names ("on 503, seconds to wait"), else ``others``. A header
    a status has already (its name in any case; the media type's too) is DOC204, and the first is
    used, as for a parameter documented twice. The value an example response of the status shows
    for a header is its example there (``shown``)."""
    found: dict[int, list[Parameter]] = {}
    seen: dict[int, dict[str, SourceLocation]] = (
        {s: {header_key(said.name): walk.at(said.line)} for s in others} if said else {}
    )
    for entry in resource.by_role(Role.RESPONSE_HEADER):
        if entry is said:
            continue
        header = header_parameter(walk, entry, "response header")
        earlier = []
        for status in _named_statuses(walk, entry, documented) or others:
            names = seen.setdefault(status, {})
            if header_key(entry.name) in names:
                earlier.append(names[header_key(entry.name)])
                continue
            names[header_key(entry.name)] = header.location
            shown = [b for b in side(resource, "response") if b.message and b.message.status == status]
            found.setdefault(status, []).append(with_shown_value(walk, header, shown, ":resheader"))
        if earlier:
            message = f"response header {entry.name!r} is documented twice (first at {earlier[0].named_from(walk.at(entry.line))}); the first is used"
            walk.report("DOC204", message, entry.line)
    return [(status, tuple(headers)) for status, headers in found.items()]


def _named_statuses(walk: Walk, entry: Entry, documented: dict[int, Response]) -> list[int]:
    """The documented statuses a response header's description names ("with 429", "on 401 or
    403"); one it names that no ``:statuscode:`` documents is RST164 (the header goes where an
    unnamed one goes)."""
    named = [
        int(code)
        for match in STATUS_NAMED.finditer(entry.description)
        for code in STATUS_CODE.findall(match["codes"])
    ]
    named = list(dict.fromkeys(status for status in named if is_status(status)))
    missing = [str(status) for status in named if status not in documented]
    if missing:
        message = (
            f"response header {entry.name!r} is said to be sent with status {' and '.join(missing)}, "
            "which no :statuscode: field documents; document the status, and the header goes to it"
        )
        walk.report("RST164", message, entry.line)
    return [status for status in named if status in documented]


def _media(
    walk: Walk, resource: Resource, said: Entry | None, status: int
) -> tuple[tuple[str, ...], SourceLocation | None]:
    """The success body's media types: the Content-Type field's, else its example message's
    (with the others the ``:reqheader Accept:`` field asks for, when it asks for that one), else
    the ones the Accept field asks for, else JSON; and where they are said."""
    written = media_types(said.description) if said is not None else ()
    if said is not None and written:
        return written, walk.at(said.line)
    accept = _accept(resource)
    asked = media_types(accept.description) if accept is not None else ()
    at = walk.at(accept.line) if accept is not None and asked else None
    for block in side(resource, "response"):
        message = block.message
        if message is not None and message.status == status and message.media_type:
            shown = message.media_type
            if shown not in asked:
                return (shown,), None
            return (shown, *(each for each in asked if each != shown)), at
    return (asked, at) if asked else (("application/json",), None)


def _accept(resource: Resource) -> Entry | None:
    return next((e for e in resource.by_role(Role.REQUEST_HEADER) if e.name.lower() == "accept"), None)


def _report_accept(walk: Walk, resource: Resource, success: Response | None) -> None:
    """A ``:reqheader Accept:`` field is no header parameter (OpenAPI ignores one): the media type
    it asks for is the success body's (``_media``). One that names none, one asked of an operation
    whose success carries no body, or one the body's media type is said otherwise than, is RST164."""
    accept = _accept(resource)
    if accept is None:
        return
    asked = media_types(accept.description)
    has_body = success is not None and (success.schema is not None or success.examples)
    served = {success.media_type, *(each for each, _ in success.more_media_types)} if success else set()
    if asked and success is not None and has_body and set(asked) <= served:
        return
    if not asked:
        why = "names no media type; a response's media types are its content's (':resheader Content-Type:')"
    elif not has_body:
        why = f"asks for {' and '.join(asked)}, but no success response carries a body"
    else:
        assert success is not None
        why = f"asks for {' and '.join(asked)}, but the success response's body is {' or '.join(sorted(served))}"
    message = f"':reqheader Accept:' is no header parameter (OpenAPI ignores one) and {why}; it is not read"
    walk.report("RST164", message, accept.line)
