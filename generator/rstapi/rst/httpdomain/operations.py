"""One resource directive -> its operations (one per signature): parameters, body, responses, examples."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
import docutils.nodes

from rstapi import naming
from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.model import CurlExample, Example, Operation, TypeSpec
from rstapi.records import Record
from rstapi.rst.credentials import UNSHAPED_HINT, media_types, placed_media, raw_body, unshaped_finding
from rstapi.rst.httpdomain.credentials import credentials
from rstapi.rst.httpdomain.examples import body_example, curl_example, intro_of, unread_http
from rstapi.rst.httpdomain.fields import Entry
from rstapi.rst.httpdomain.parameters import parameters
from rstapi.rst.httpdomain.paths import Signature, read_signature, unread_signature
from rstapi.rst.httpdomain.resource import Resource, side, unread_lines
from rstapi.rst.httpdomain.responses import responses
from rstapi.rst.httpdomain.schemas import as_files, fields_of, inferred_schema, schema_of
from rstapi.rst.httpdomain.vocabulary import (
    BODYLESS_METHODS,
    DIRECTIVE_OPTIONS,
    FIELD_ROLES,
    UNEXPRESSIBLE_METHODS,
    Role,
)
from rstapi.rst.nodes import rst_text
from rstapi.rst.summary import summary_for
from rstapi.rst.walk import Walk

__all__ = ["resource_operations"]

_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/"  # a body of parts, where a form field may be a file
_SCALARS = ("string", "integer", "number", "boolean")  # the items of an array body it reads


def resource_operations(walk: Walk, resource: Resource) -> list[Operation]:
    """The resource's operations; a method OpenAPI cannot express and unknown fields are RST164."""
    if resource.method.lower() in UNEXPRESSIBLE_METHODS:
        message = (
            f"http:{resource.method.lower()} documents a method an OpenAPI path item has no place for; "
            "the directive is not read (document each method with its own directive)"
        )
        walk.report("RST164", message + _unread_content(walk, resource), resource.line)
        return []
    for entry in resource.entries:
        if entry.role is not None and not entry.name:
            walk.report(
                "RST164", f"field ':{entry.kind}:' names no parameter, field, header or status", entry.line
            )
        elif entry.role is None and entry.kind in DIRECTIVE_OPTIONS and not entry.name:
            walk.diagnostics.append(_option_in_content(walk, resource, entry))
        elif entry.role is None:
            known = ", ".join(sorted(FIELD_ROLES))
            message = f"field ':{entry.kind} {entry.name}:' is not an httpdomain field; it is not read (fields: {known})"
            walk.report("RST164", message.replace(" :", ":"), entry.line)
    for block in resource.blocks:
        if block.kind == "http" and block.message is None:
            walk.diagnostics.append(unread_http(walk, block))
    signatures = [read_signature(sig) for sig in _path_signatures(walk, resource)]
    _check_request_lines(walk, resource, signatures)
    for signature in signatures:
        _check_unread_parts(walk, resource, signature)
    return [_operation(walk, resource, signature, signatures) for signature in signatures]


def _option_in_content(walk: Walk, resource: Resource, entry: Entry) -> Diagnostic:
    """A directive option written after a blank line: docutils and Sphinx read it as content (a
    field the page shows in the body, "Synopsis: ..."), so httpdomain does not apply it; nor does
    rstapi."""
    name = f"http:{resource.method.lower()}"
    message = (
        f"':{entry.kind}:' is written after a blank line, so it is no option of {name} but a field "
        f"of its content (the page shows it in the body; httpdomain does not apply it); it is not read"
    )
    hint = f"Write ':{entry.kind}:' right after the directive's line (and its other options), with no blank line before it."
    return Diagnostic("RST164", message, walk.at(entry.line), hint=hint)


def _path_signatures(walk: Walk, resource: Resource) -> list[str]:
    """The directive's signatures that name a path; one that does not (``unread_signature``: the
    server-wide ``OPTIONS *``, a substitution reference the page shows as written) is RST164, as
    no OpenAPI path is known from it (inventing ``/*`` would document a resource named ``*``).
    When no signature is read, the first finding lists the lines of the content left unread."""
    found, unread = [], []
    for written in resource.node["signatures"]:
        why = unread_signature(written)
        if why is None:
            found.append(written)
        else:
            unread.append(f"http:{resource.method.lower()} {written.strip()} {why}")
    for i, message in enumerate(unread):
        walk.report(
            "RST164",
            message + (_unread_content(walk, resource) if i == 0 and not found else ""),
            resource.line,
        )
    return found


def _unread_content(walk: Walk, resource: Resource) -> str:
    """What a directive that is not read says of its fields and examples: their lines, in its one
    finding (coverage counts them under it, rather than one finding per line)."""
    lines = unread_lines(walk, resource)
    if not lines:
        return ""
    return f"; nor are its fields and examples (line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))})"


def _check_unread_parts(walk: Walk, resource: Resource, signature: Signature) -> None:
    """A parenthesis left in the path template is a parameter written in no form the reader (or
    httpdomain) reads, ``(int(:id)``: RST164, the path kept as written around it. So is the server
    of a signature written as a full URL: the path is what follows it."""
    if signature.server:
        message = (
            f"the signature {signature.written} is a full URL: its server {signature.server} is not "
            f"read (an OpenAPI path follows the server); the path is {signature.path} (write the path "
            "alone, and the server in the overlay's servers)"
        )
        walk.report("RST164", message, resource.line)
    if "(" in signature.path or ")" in signature.path:
        message = (
            f"the signature {signature.written} has parentheses that are no path parameter "
            "((name), (converter:name), (converter(arguments):name)); the path keeps them as written"
        )
        walk.report("RST164", message, resource.line)


def _check_request_lines(walk: Walk, resource: Resource, signatures: Sequence[Signature]) -> None:
    """An example request whose method or path is not the directive's (DOC219)."""
    for block in side(resource, "request"):
        message = block.message
        if message is None or message.method is None or message.target is None:
            continue
        url_path = urlsplit(message.target).path
        problems = [naming.path_mismatch(url_path, s.path, s.spanning) for s in signatures]
        shown = f"{message.method} {url_path}"
        written = " or ".join(s.written for s in signatures)
        if message.method != resource.method:
            said = f"the example request {shown} uses {message.method}, the directive documents {resource.method} {written}"
            walk.report("DOC219", said, block.line)
        elif None not in problems:
            said = f"the example request {shown} does not fit {written}: {problems[0]}"
            walk.report("DOC219", said, block.line)


def _operation(
    walk: Walk, resource: Resource, signature: Signature, signatures: Sequence[Signature]
) -> Operation:
    method, path = resource.method, signature.path
    operation_id = naming.operation_id_for(method, path)
    stem = naming.pascal(operation_id)
    options = resource.node["options"]
    description = _description(resource.node)
    curls = [curl_example(walk, f"curl_{i + 1}", b) for i, b in enumerate(side(resource, "curl"))]
    request_examples = _request_examples(walk, resource, curls)
    body = _request(walk, resource, stem, request_examples)
    return Operation(
        operation_id=operation_id,
        method=method,
        path=path,
        tag=naming.tag_for(path),
        summary=str(options.get("synopsis") or summary_for("", description) or f"{method} {path}"),
        description=description,
        location=walk.at(resource.line),
        label=walk.label_of(resource.node),
        path_spellings=((path, walk.at(resource.line)),),
        parameters=parameters(walk, resource, signature, signatures, curls),
        request_schema=body.schema,
        request_examples=_held_examples(request_examples, body),
        responses=responses(walk, resource, stem),
        curl_examples=tuple(curls),
        deprecated="deprecated" in options,
        request_media_type=body.media,
        request_media_type_location=body.media_at,
        request_more_media_types=body.more,
        request_array=body.array,
        request_type=body.type,
        credentials=credentials(walk, resource, curls),
    )


def _description(node: docutils.nodes.Element) -> str:
    """The directive's own paragraphs (not example intros, not field descriptions)."""
    paragraphs = [c for c in node.children if isinstance(c, docutils.nodes.paragraph) and intro_of(c) is None]
    return "\n\n".join(rst_text(p) for p in paragraphs)


def _request_examples(walk: Walk, resource: Resource, curls: Sequence[CurlExample]) -> list[Example]:
    found = [body_example(walk, f"request_{i + 1}", b) for i, b in enumerate(side(resource, "request"))]
    found += [c.body for c in curls if c.body is not None and c.method in (None, resource.method)]
    return [e for e in found if e is not None]


@attrs.frozen(repr=False)
class _Body(Record):
    """The request body as read: a component object (``array``: an array of them), else ``type``
    (an array of scalars, a text body's string, an upload's bytes), else none; the media type,
    the others named (with whether the body's schema is theirs too) and where they are said."""

    media: str
    media_at: SourceLocation | None
    schema: str | None = None
    array: bool = False
    type: TypeSpec | None = None
    more: tuple[tuple[str, bool], ...] = ()


def _request(walk: Walk, resource: Resource, stem: str, examples: Sequence[Example]) -> _Body:
    """The request body the fields, else the first example that shows one, document; a
    Content-Type of bytes (``application/octet-stream``, ``image/png``) with no fields is a body
    of bytes (a binary string), whatever its example shows."""
    json_roles = (Role.REQUEST_JSON, Role.REQUEST_JSON_ARRAY)
    json_entries, form = resource.by_role(*json_roles), resource.by_role(Role.FORM)
    array = bool(resource.by_role(Role.REQUEST_JSON_ARRAY))
    said = next((e for e in resource.by_role(Role.REQUEST_HEADER) if e.name.lower() == "content-type"), None)
    written = media_types(said.description) if said else ()
    if json_entries and form:
        message = "the request has both JSON fields and form fields; the form fields are not read"
        walk.report("RST164", message, form[0].line)
    entries = json_entries or form
    shown = written[0] if written else _shown_media(resource)
    media = shown or (_FORM if form and not json_entries else "application/json")
    at = walk.at(said.line) if said else None
    body = _request_body(walk, resource, stem, examples, (media, at, bool(json_entries)), entries, array)
    if said is None or not written or (body.schema is None and body.type is None):
        return body
    fielded = body.schema is not None or (body.type is not None and body.type.json_type == "array")
    first, more = placed_media(written, fielded)
    unshaped = unshaped_finding("':reqheader Content-Type:'", "request", more) if fielded else None
    if unshaped is not None:
        walk.diagnostics.append(Diagnostic("RST164", unshaped, walk.at(said.line), hint=UNSHAPED_HINT))
    return attrs.evolve(body, media=first, more=more)


def _request_body(
    walk: Walk,
    resource: Resource,
    stem: str,
    examples: Sequence[Example],
    said: tuple[str, SourceLocation | None, bool],
    entries: Sequence[Entry],
    array: bool,
) -> _Body:
    media, at, json_fields = said
    if entries:
        types = resource.types(Role.REQUEST_JSON, Role.REQUEST_JSON_ARRAY)
        fields = fields_of(walk, entries, types)
        fields = as_files(entries, fields) if media.startswith(_MULTIPART) and not json_fields else fields
        return _Body(media, at, schema_of(walk, f"{stem}Request", fields), array)
    if raw_body(media) and (examples or at is not None) and resource.method not in BODYLESS_METHODS:
        return _Body(media, at, type=TypeSpec("string", format="binary"))  # an upload's bytes
    bodies = [_as_form(e) for e in examples] if media == _FORM else examples
    if bodies and media.startswith("text/"):  # text, even when it looks like JSON
        return _Body(media, at, type=TypeSpec("string"))
    for example in bodies:
        if example.parsed and isinstance(example.value, dict):
            return _Body(media, at, inferred_schema(walk, f"{stem}Request", example.value, example.location))
        item = _first_object(example)
        if item is not None:
            return _Body(media, at, inferred_schema(walk, f"{stem}RequestItem", item, example.location), True)
        spec = _array_type(example)
        if spec is not None:
            return _Body(media, at, type=spec)
    for example in bodies:
        _report_unheld(walk, example, media)
    return _Body(media, at)


def _array_type(example: Example) -> TypeSpec | None:
    """The type of an example body that is an array whose items are all of one scalar JSON type
    (integers among numbers: numbers); None for another body."""
    value = example.value
    if not (example.parsed and isinstance(value, list) and value):
        return None
    kinds = {_json_type(item) for item in value}
    if kinds == {"integer", "number"}:
        kinds = {"number"}
    kind = next(iter(kinds)) if len(kinds) == 1 else None
    return TypeSpec("array", items=TypeSpec(kind)) if kind in _SCALARS else None


def _held_examples(examples: Sequence[Example], body: _Body) -> tuple[Example, ...]:
    """The request examples of a body the operation has: a form's as objects, a text body's (and
    an upload's) as the text written (even when it looks like JSON); none without a body."""
    if body.schema is None and body.type is None:
        return ()
    if body.media == _FORM:
        return tuple(_as_form(e) for e in examples)
    if body.type is not None and body.type.json_type == "string":
        return tuple(attrs.evolve(e, value=e.raw, parsed=True) for e in examples)
    return tuple(examples)


def _first_object(example: Example) -> dict[str, Any] | None:
    """The first item of an example body that is an array of objects (None for another body)."""
    value = example.value
    if not (example.parsed and isinstance(value, list) and value):
        return None
    return value[0] if all(isinstance(item, dict) for item in value) else None


def _report_unheld(walk: Walk, example: Example, media: str) -> None:
    """An example request body that is neither an object, an array of objects, an array of one
    scalar type nor text (a JSON scalar, a mixed or nested array): not read (RST164)."""
    if not example.parsed:
        return  # the JSON that does not parse is reported as such
    value = example.value
    if isinstance(value, list):
        shown = f"an array of {' and '.join(sorted({_json_type(item) for item in value})) or 'no'} values"
    else:
        shown = f"{media} text" if isinstance(value, str) else f"a JSON {_json_type(value)}"
    message = (
        f"the example request body is {shown}; the reader makes a request body only of an object, "
        "an array of objects, an array of one scalar type (strings, integers, numbers or booleans) "
        "or a text/* body, so it is not read and the operation has no request body"
    )
    walk.report("RST164", message, example.location)


def _json_type(value: object) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return names.get(type(value), "null")


def _shown_media(resource: Resource) -> str | None:
    """The media type the first example request with a Content-Type header sends."""
    messages = [block.message for block in side(resource, "request") if block.message is not None]
    return next((m.media_type for m in messages if m.media_type), None)


def _as_form(example: Example) -> Example:
    """A form body ("a=1&b=2") as the object of its fields."""
    if isinstance(example.value, str):
        return attrs.evolve(example, value=dict(parse_qsl(example.value.strip(), keep_blank_values=True)))
    return example
