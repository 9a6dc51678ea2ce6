"""One ``rest_method`` section -> one Operation: parameters, bodies, samples and statuses."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from http import HTTPStatus

import attrs
import docutils.nodes

from rstapi import naming
from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.microversions import MAX_KEY, MIN_KEY
from rstapi.model import Credentials, Example, Field, ObjectSchema, Operation, Parameter, Response, TypeSpec
from rstapi.openapi.structure import is_status
from rstapi.records import Record
from rstapi.rst.credentials import (
    AUTH_SENT,
    SAID_ELSEWHERE,
    UNSHAPED_HINT,
    media_types,
    placed_media,
    raw_body,
    scheme_word,
    sent_with,
    unshaped_finding,
)
from rstapi.rst.examples import json_example, looks_like_json
from rstapi.rst.nodes import line_of, rst_text, title_of
from rstapi.rst.osapiref import vocabulary as vocab
from rstapi.rst.osapiref.body import body_tree, sample_chains
from rstapi.rst.osapiref.context import Context
from rstapi.rst.osapiref.directives import rest_method, rest_parameters, rest_status_code
from rstapi.rst.osapiref.parameters import Entry
from rstapi.rst.osapiref.parts import Part, named_direction, parts_of
from rstapi.rst.osapiref.prose import description_of
from rstapi.rst.osapiref.text import description_text, substituted
from rstapi.rst.querystring import split_query, with_query_of
from rstapi.rst.types import described, left_out
from rstapi.rst.walk import Walk

__all__ = ["read_operation"]

_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


@attrs.define(repr=False)
class _Read(Record):
    """What an operation section says, gathered part by part."""

    parameters: list[Parameter] = attrs.field(factory=list)
    request: list[Field] = attrs.field(factory=list)
    response: list[Field] = attrs.field(factory=list)
    headers: list[Parameter] = attrs.field(factory=list)  # of the response
    request_examples: list[Example] = attrs.field(factory=list)
    response_examples: list[Example] = attrs.field(factory=list)
    statuses: list[tuple[int, str, str, int]] = attrs.field(factory=list)  # (status, kind, reason, line)
    described: dict[int, str] = attrs.field(factory=dict)  # a status file's text for a status
    first_lines: dict[str, int] = attrs.field(factory=dict)  # direction -> its first rest_parameters
    listed: dict[tuple[str, str, str], int] = attrs.field(factory=dict)  # (direction, in, name) -> line
    undirected: list[Part] = attrs.field(factory=list)  # samples neither a subsection nor a name places
    # (direction, lowercase name) -> the header item OpenAPI says in other words (``_said_elsewhere``)
    said: dict[tuple[str, str], _Item] = attrs.field(factory=dict)


def read_operation(walk: Walk, context: Context, node: rest_method) -> Operation | None:
    for line, problem in node["problems"]:
        walk.report("RST186", problem, line)
    section = node.parent
    if not node["method"] or not isinstance(section, docutils.nodes.section):
        if node["method"]:
            walk.report("RST186", "rest_method outside a section: it has no title", int(node.line or 0))
        return None
    method, written = str(node["method"]), "/" + str(node["url"]).lstrip("/")
    path, query = split_query(written)
    read = _Read()
    for part in parts_of(section):
        _read_part(walk, context, part, method, read)
    for part in read.undirected:
        _settle_sample(walk, part, method, read)
    operation = _operation(walk, node, section, method, path, read)
    if not query:
        return operation
    parameters = with_query_of(walk, operation.parameters, written, query, int(node.line or 0))
    return attrs.evolve(operation, parameters=parameters)


def _read_part(walk: Walk, context: Context, part: Part, method: str, read: _Read) -> None:
    if isinstance(part.node, rest_parameters):
        _read_parameters(walk, context, part, method, read)
    elif isinstance(part.node, rest_status_code):
        _read_status_directive(walk, context, part.node, read)
    elif isinstance(part.node, docutils.nodes.literal_block):
        _read_sample(walk, part, read)
    else:
        _read_code_line(walk, part.node, read)


# ---------------------------------------------------------------- parameters


def _read_parameters(walk: Walk, context: Context, part: Part, method: str, read: _Read) -> None:
    node = part.node
    for line, problem in node["problems"]:
        walk.report("RST186", problem, line)
    if not node["rstapi_file"]:  # no file named: said in its problems
        return
    found = context.parameters(walk, node)
    if found is None:
        return
    guessed: list[str] = []  # body items read as the response's by the method alone
    for name, key, line in node["items"]:
        entry = found.entries.get(key)
        if entry is None:
            walk.report("RST180", f"{key!r} (for {name!r}) is not a key of {found.display}", line)
            continue
        context.used[found.display].add(key)
        direction = part.direction or _undirected(entry, method)
        if direction != (part.direction or "request"):
            guessed.append(name)
        read.first_lines.setdefault(direction, int(node.line or 0))
        _place(walk, read, direction, method, _Item(name, entry, line, found.display))
    if guessed:
        message = (
            f"body parameters {', '.join(map(repr, guessed))} stand under no Request or Response subsection: "
            f"they are read as the response's, since a {method} has no request body"
        )
        walk.report("RST176", message, int(node.line or 0))


def _undirected(entry: Entry, method: str) -> str:
    """Whose an item under no Request or Response subsection is: the request's (os-api-ref's
    references list the request first), but a body item of a method without a request body can
    only be the response's."""
    return "response" if entry.located_in == "body" and method in vocab.BODY_LESS else "request"


@attrs.frozen(repr=False)
class _Item(Record):
    name: str
    entry: Entry
    line: int
    file: str


def _place(walk: Walk, read: _Read, direction: str, method: str, item: _Item) -> None:
    located_in = item.entry.located_in
    # os-api-ref shows an item listed twice twice; the spec has a parameter or field once
    key = (direction, located_in, item.name.lower() if located_in == "header" else item.name)
    if key in read.listed and located_in != "body":  # a body key: listed again in the same object (body.py)
        first = walk.at(read.listed[key])
        message = (
            f"{item.name!r} is listed again under {direction.capitalize()} "
            f"(first at {first.path}:{first.line}); the first is kept"
        )
        walk.report("RST186", message, item.line)
        return
    read.listed.setdefault(key, item.line)
    if located_in == "body" and direction == "request" and method in vocab.BODY_LESS:
        walk.report(
            "RST182",
            f"{item.name!r} is a body parameter ({_where(item)}) of a {method}, which has no request body",
            item.line,
        )
    elif located_in == "header" and item.name.lower() in _SAID_ELSEWHERE.get(direction, ()):
        read.said[(direction, item.name.lower())] = item
    elif located_in == "body":
        (read.request if direction == "request" else read.response).append(_field(walk, item))
    elif located_in in ("path", "query", "header") and direction == "request":
        read.parameters.append(_parameter(walk, item))
    elif located_in == "header":
        read.headers.append(_parameter(walk, item))
    elif located_in in ("path", "query"):
        message = f"{item.name!r} is 'in: {located_in}' ({_where(item)}) but listed in the response"
        walk.report("RST182", message, item.line)
    else:
        walk.report("RST182", f"{item.name!r} has no valid 'in' ({_where(item)}); it is left out", item.line)


# The headers OpenAPI ignores as parameters (request) or as response headers (Content-Type), by
# direction: the reader says them as the security requirement and the bodies' media types.
_SAID_ELSEWHERE: dict[str, frozenset[str]] = {
    "request": SAID_ELSEWHERE,
    "response": frozenset({"content-type"}),
}


def _where(item: _Item) -> str:
    """The entry's ``in`` line in its file, as a finding names it."""
    return f"{item.file}:{item.entry.lines.get('in', item.entry.line)}"


def _type(walk: Walk, item: _Item) -> TypeSpec:
    """The entry's type with what its description says of its values (the readers' shared
    ``described``: listed values, bounds, a default); a default or a range no value of it fits is
    RST160 at the description in the parameters file."""
    entry = item.entry
    spec, problems = _described(entry.type, substituted(entry.description, walk.doc.doctree))
    for problem in problems:
        where = SourceLocation(item.file, entry.lines.get("description", entry.line))
        walk.report("RST160", f"entry {entry.key!r}: {problem}; it is left out", where)
    return spec


@functools.lru_cache(maxsize=4096)  # an entry is listed by many operations
def _described(written: str, description: str) -> tuple[TypeSpec, tuple[str, ...]]:
    spec = described(_type_of(written), description)
    return spec, left_out(description, spec)


@functools.lru_cache(maxsize=1024)  # a parameters file repeats a few types thousands of times
def _type_of(written: str) -> TypeSpec:
    written = written.strip()
    known = vocab.TYPES.get(written.lower())
    if known is None:
        return TypeSpec(None, raw=written)
    return TypeSpec(known.json_type, raw=written, format=known.format, nullable=known.json_type == "null")


def _versions(entry: Entry) -> tuple[tuple[str, str], ...]:
    pairs = ((MIN_KEY, entry.min_version), (MAX_KEY, entry.max_version))
    return tuple((key, value) for key, value in pairs if value)


def _field(walk: Walk, item: _Item) -> Field:
    entry = item.entry
    return Field(
        item.name,
        _type(walk, item),
        description_text(substituted(entry.description, walk.doc.doctree)),
        walk.at(item.line),
        required=entry.required,
        extensions=_versions(entry),
    )


def _parameter(walk: Walk, item: _Item) -> Parameter:
    entry = item.entry
    return Parameter(
        item.name,
        entry.located_in,
        _type(walk, item),
        description_text(substituted(entry.description, walk.doc.doctree)),
        walk.at(item.line),
        required=entry.required or entry.located_in == "path",
        origin="rest_parameters",
        extensions=_versions(entry),
    )


# ---------------------------------------------------------------- samples


def _read_sample(walk: Walk, part: Part, read: _Read) -> None:
    raw = part.node.astext()
    if not looks_like_json(raw):
        return
    where = walk.at(line_of(part.node))
    direction = _named_direction(where.path) or part.direction or named_direction(_title(part))
    if direction is None:  # neither its name, its section nor its title says: settled when all is read
        read.undirected.append(part)
        return
    _take_sample(walk, part, direction, read)


def _take_sample(walk: Walk, part: Part, direction: str, read: _Read) -> None:
    raw = part.node.astext()
    where = walk.at(line_of(part.node))
    title = _title(part)
    version = (
        vocab.SAMPLE_VERSION.search(where.path)
        or vocab.TITLE_VERSION.search(title)
        or _section_version(part.section)
    )
    stem = _sample_stem(where.path, title) or f"{direction}_example"
    name = f"{stem}_v{naming.snake(version['version'])}" if version else stem
    example, problems = json_example(name, raw, where, lines=walk.lines_from(line_of(part.node)))
    walk.diagnostics.extend(problems)
    if version:
        example = attrs.evolve(example, extensions=((MIN_KEY, version["version"]),))
    target = read.request_examples if direction == "request" else read.response_examples
    taken = {e.name for e in target}
    if example.name in taken:
        example = attrs.evolve(example, name=f"{example.name}_{len(taken) + 1}")
    target.append(example)


def _title(part: Part) -> str:
    """A sample's title: the paragraph or rubric just before it, unless that is a response-code line."""
    title = rst_text(part.before) if part.before is not None else ""
    return "" if vocab.CODE_LINE.match(title) else title


def _sample_stem(path: str, title: str) -> str:
    """A sample's name: its file's ("server-create-req.json"), or, written in the document itself
    (a code block in an ``.rst`` or ``.inc`` file), its title's ("**Example Create Server**"),
    without the version the title gives ("(v2.47)"); "" when neither names it."""
    name = path.rsplit("/", 1)[-1]
    if not name.lower().endswith(vocab.DOCUMENT_SUFFIXES):
        return naming.snake(name.removesuffix(".json"))
    words = vocab.TITLE_VERSION.sub("", title).split()
    return naming.snake(" ".join(words)) if len(words) <= _TITLE_WORDS else ""


_TITLE_WORDS = 12  # a longer paragraph before a sample is prose, not a name for it


def _settle_sample(walk: Walk, part: Part, method: str, read: _Read) -> None:
    """A sample under no Request or Response subsection, its name saying neither: the response's
    for a method without a request body, else the side whose body it can be (its top-level keys
    listed there, the other side's listed body lacking one, or a response of 204 only); RST176
    says how it was read, RST152 why it was not."""
    line = line_of(part.node)
    direction, why = _side_of(method, _top_keys(part.node.astext()), read)
    if direction is None:
        message = (
            f"a JSON sample under no Request or Response subsection, its file named neither -req nor "
            f"-resp, went into no part of the spec: {why}"
        )
        walk.report("RST152", message, line)
        return
    message = (
        f"a JSON sample under no Request or Response subsection is read as the {direction}'s example: {why}"
    )
    walk.report("RST176", message, line)
    _take_sample(walk, part, direction, read)


def _side_of(method: str, keys: frozenset[str] | None, read: _Read) -> tuple[str | None, str]:
    """Whose body a sample is (None if it cannot be told), and why."""
    if method in vocab.BODY_LESS:
        return "response", f"a {method} has no request body"
    said = {side: _fits(side, keys, read) for side in ("request", "response")}
    for side, other in (("request", "response"), ("response", "request")):
        if said[side][0] is not False and said[other][0] is False:
            return side, f"{said[side][1]}, and {said[other][1]}"
    return None, f"{said['request'][1]}, and {said['response'][1]}"


def _fits(side: str, keys: frozenset[str] | None, read: _Read) -> tuple[bool | None, str]:
    """Whether a sample with top-level ``keys`` can be ``side``'s body: True (its listed body has
    them), False (it cannot: its listed body lacks one, or it has none), None (it lists no body)."""
    if side == "response" and not _response_has_body(read):
        return False, "its only success status, 204, has no body"
    listed = [field.name for field in (read.request if side == "request" else read.response)]
    if not listed:
        return None, f"the {side} lists no body parameter"
    shown = ", ".join(repr(key) for key in sorted(keys or ()))
    if keys and keys <= set(listed):
        return True, f"the {side}'s body parameters list its keys ({shown})"
    return False, f"the {side}'s body parameters do not list its keys ({shown or 'none'})"


def _response_has_body(read: _Read) -> bool:
    success = {status for status, kind, _, _ in read.statuses if kind == "success"}
    return success != {204}


def _top_keys(raw: str) -> frozenset[str] | None:
    """The top-level keys of a JSON object sample; None if it is no object that parses."""
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return frozenset(value) if isinstance(value, dict) else None


def _section_version(section: docutils.nodes.Element) -> re.Match[str] | None:
    """The version in the title of a subsection of the operation holding a sample ("Response
    Example (v2.47)"), the innermost first."""
    node: docutils.nodes.Node | None = section
    while isinstance(node, docutils.nodes.section) and not any(
        isinstance(child, rest_method) for child in node.children
    ):
        found = vocab.TITLE_VERSION.search(title_of(node)[0])
        if found:
            return found
        node = node.parent
    return None


def _named_direction(path: str) -> str | None:
    """What a sample's file name says it is: the last ``-req`` / ``-resp`` word of a ``.json`` name."""
    name = path.rsplit("/", 1)[-1]
    if not vocab.SAMPLE_NAME.search(name):
        return None
    words = [m["word"].lower() for m in vocab.SAMPLE_WORD.finditer(name)]
    return vocab.SAMPLE_DIRECTION[words[-1]] if words else None


# ---------------------------------------------------------------- statuses


def _read_code_line(walk: Walk, paragraph: docutils.nodes.Element, read: _Read) -> None:
    """A paragraph of response-code lines: each line that starts one ("Normal response codes: 200"
    then "Error response codes: ..." with no blank line between) begins the next."""
    if vocab.CODE_LINE.match(paragraph.astext()) is None:
        return
    first = line_of(paragraph)
    for offset, text in _code_lines(paragraph.astext()):
        _read_codes(walk, text, first + offset, read)


def _code_lines(text: str) -> list[tuple[int, str]]:
    """The response-code lines of a paragraph (with the lines continuing each), by their offset."""
    found: list[tuple[int, list[str]]] = []
    for offset, line in enumerate(text.split("\n")):
        if not found or vocab.CODE_LINE.match(line):
            found.append((offset, [line]))
        else:
            found[-1][1].append(line)
    return [(offset, "\n".join(lines)) for offset, lines in found]


def _read_codes(walk: Walk, text: str, line: int, read: _Read) -> None:
    match = vocab.CODE_LINE.match(text)
    if match is None:
        return
    kind = "error" if match["kind"].lower() == "error" else "success"
    for item in (i.strip() for i in match["items"].replace("\n", " ").split(",")):
        status = _status_item(item)
        if not item:
            continue
        if status is None:
            walk.report("RST186", f"response code {item!r} is neither a status nor NAME(status)", line)
            continue
        if not is_status(status[0]):
            walk.report(
                "RST186", f"response code {item!r}: {status[0]} is not an HTTP status; it is not read", line
            )
            continue
        read.statuses.append((status[0], kind, status[1], line))


def _status_item(item: str) -> tuple[int, str] | None:
    match = vocab.CODE_ITEM.match(item.rstrip("."))
    if match is None:
        return None
    if match["alone"]:
        found = vocab.FAULT_NAMES.get(match["alone"].lower())
        return (found, match["alone"]) if found else None
    code = int(match["coded"] or match["bare"])
    return code, match["name"] or ""


def _read_status_directive(walk: Walk, context: Context, node: rest_status_code, read: _Read) -> None:
    for line, problem in node["problems"]:
        walk.report("RST186", problem, line)
    texts = context.statuses(walk, node) if node["codes"] else {}
    for code, reason, line in node["codes"]:
        read.statuses.append((code, str(node["kind"]), reason, line))
        said = texts.get(code, {})
        file = node["rstapi_file"]
        if texts and not said:  # os-api-ref stops the build on such an item
            message = f"status {code} is not in {file}: it is described by its reason phrase"
            hint = (
                f"Add the status to {file} ('{code}:' with a 'default:' text, as its other statuses), "
                "or list a status the file has: os-api-ref stops the build on this item."
            )
            walk.diagnostics.append(Diagnostic("RST186", message, walk.at(line), hint=hint))
        elif said and reason and reason not in said:  # os-api-ref warns and shows the default
            reasons = ", ".join(said)
            message = (
                f"status {code}'s reason {reason!r} is not in {file} (its reasons for "
                f"{code}: {reasons}); an item's reason names one of them, so the default text is used"
            )
            others = [r for r in said if r != "default"]
            item = f"- {code}: {others[0]}" if others else f"- {code}"
            hint = (
                f"Add the reason to {file} ('{reason}:' with its text under '{code}:'), or write an "
                f"item the file describes ('{item}')."
            )
            walk.diagnostics.append(Diagnostic("RST186", message, walk.at(line), hint=hint))
        text = said.get(reason or "default") or said.get("default")
        if text:
            read.described.setdefault(code, description_text(substituted(text, walk.doc.doctree)))


def _reason(status: int, name: str) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        return name or f"Status {status}."
    return f"{phrase} ({name})" if name else phrase


# ---------------------------------------------------------------- the operation


def _operation(
    walk: Walk, node: rest_method, section: docutils.nodes.section, method: str, path: str, read: _Read
) -> Operation:
    operation_id = naming.operation_id_for(method, path)
    stem = naming.pascal(operation_id)
    title, _ = title_of(section)
    at = walk.at(int(node.line or 0))
    request = _body(
        walk, read.request, read.request_examples, stem, ("Request", read.first_lines.get("request"))
    )
    response = _body(
        walk, read.response, read.response_examples, stem, ("Response", read.first_lines.get("response"))
    )
    versions = tuple(
        (k, str(v)) for k, v in ((MIN_KEY, node["min_version"]), (MAX_KEY, node["max_version"])) if v
    )
    media = _request_media(walk, read, method, request is not None)
    return Operation(
        operation_id=operation_id,
        method=method,
        path=path,
        tag=naming.tag_for(path),
        summary=title,
        description=description_of(walk, section),
        location=at,
        label=walk.label_of(section),
        path_spellings=((path, at),),
        parameters=_with_path_parameters(walk, path, read.parameters, int(node.line or 0)),
        request_schema=request,
        request_examples=tuple(read.request_examples),
        responses=_response_media(walk, read, _responses(walk, read, response, int(node.line or 0))),
        prose=tuple((rst_text(p), walk.at(line_of(p))) for p in section.findall(docutils.nodes.paragraph)),
        extensions=versions,
        request_media_type=media.first,
        request_media_type_location=media.at,
        request_more_media_types=media.more,
        request_type=media.type,
        credentials=_credentials(walk, section, read.said.get(("request", "authorization"))),
    )


# ---------------------------------------------------------------- headers said in other words


def _credentials(walk: Walk, section: docutils.nodes.Element, item: _Item | None) -> Credentials | None:
    """An ``Authorization`` request header entry is the operation's security requirement (OpenAPI
    ignores an Authorization header parameter): its scheme is the word a sample request of the
    section sends before the credentials (a curl's ``-H "Authorization: Token 9944b0"``, a raw
    HTTP request), else the one the description writes or names, else Bearer."""
    if item is None:
        return None
    sent = [
        (match["value"], block)
        for block in section.findall(docutils.nodes.literal_block)
        for match in AUTH_SENT.finditer(block.astext())
    ]
    description = substituted(item.entry.description, walk.doc.doctree)
    scheme = scheme_word([value for value, _ in sent], description)
    block = sent_with(scheme, sent)
    shown = walk.at(line_of(block)) if block is not None else None
    return Credentials(scheme, description_text(description), walk.at(item.line), shown)


def _said_media(walk: Walk, item: _Item, what: str, has_body: bool, other: Sequence[str]) -> tuple[str, ...]:
    """The media types a Content-Type or Accept entry's description names for ``what`` (the request
    or the success response body); RST186 (and none) when it names none or there is no such body;
    one ``other`` (the types already said) does not list is RST186 and left out."""
    said = media_types(item.entry.description)
    if said and has_body and (not other or set(said) <= set(other)):
        return said
    if not said:
        why = "its description names no media type"
    elif not has_body:
        why = f"it names {' and '.join(said)}, but the {what} has no body"
    else:
        why = f"it names {' and '.join(said)}, but the {what}'s body is {' or '.join(other)}"
    _report_said(walk, item, why)
    return ()


def _report_said(walk: Walk, item: _Item, why: str) -> None:
    name = f"{item.name!r} (in: header, {_where(item)})"
    walk.report(
        "RST186", f"{name} is no header parameter (OpenAPI ignores one) and {why}; it is not read", item.line
    )


def _report_unshaped(walk: Walk, item: _Item, what: str, more: tuple[tuple[str, bool], ...]) -> None:
    """A media type named for a body of JSON fields that is of another kind (XML, YAML): the spec
    names it with no schema (RST186, since the document shows nothing of its shape)."""
    message = unshaped_finding(f"{item.name!r} (in: header, {_where(item)})", what, more)
    if message is not None:
        walk.diagnostics.append(Diagnostic("RST186", message, walk.at(item.line), hint=UNSHAPED_HINT))


@attrs.frozen(repr=False)
class _Media(Record):
    """A body's media types as the header entries say them: the first, the others (with whether
    the body's schema is theirs too), where they are said; ``type``: a body of no fields (bytes,
    text) that a Content-Type alone says."""

    first: str = "application/json"
    more: tuple[tuple[str, bool], ...] = ()
    at: SourceLocation | None = None
    type: TypeSpec | None = None


def _request_media(walk: Walk, read: _Read, method: str, has_body: bool) -> _Media:
    """The request body's media types: a Content-Type header entry's, else JSON. One that names
    bytes or text for a request with no body fields (an ``application/octet-stream`` upload) is
    the body: a binary string (a text type's: a string)."""
    item = read.said.get(("request", "content-type"))
    if item is None:
        return _Media()
    named = media_types(item.entry.description)
    unfielded = bool(named) and not has_body and method not in vocab.BODY_LESS
    if unfielded and (raw_body(named[0]) or named[0].startswith("text/")):
        first, more = placed_media(named, False)
        kind = TypeSpec("string", format="binary") if raw_body(first) else TypeSpec("string")
        return _Media(first, more, walk.at(item.line), kind)
    said = _said_media(walk, item, "request", has_body, ())
    if not said:
        return _Media()
    first, more = placed_media(said, True)
    _report_unshaped(walk, item, "request", more)
    return _Media(first, more, walk.at(item.line))


def _response_media(walk: Walk, read: _Read, responses: tuple[Response, ...]) -> tuple[Response, ...]:
    """The success body's media types: a Content-Type header entry's under Response, else the ones
    an Accept header entry under Request asks for (each, "``application/json`` or ``application/xml``")."""
    body = next((r for r in responses if r.schema is not None or r.examples), None)
    found: tuple[str, ...] = ()
    first: _Item | None = None
    for direction, name in (("response", "content-type"), ("request", "accept")):
        item = read.said.get((direction, name))
        if item is None:
            continue
        said = _said_media(walk, item, "success response", body is not None, found)
        if said and not found:
            found, first = said, item
    if body is None or first is None:
        return responses
    media, more = placed_media(found, True)
    _report_unshaped(walk, first, "success response", more)
    made = attrs.evolve(
        body, media_type=media, media_type_location=walk.at(first.line), more_media_types=more
    )
    return tuple(made if r is body else r for r in responses)


def _body(
    walk: Walk, fields: list[Field], examples: list[Example], stem: str, part: tuple[str, int | None]
) -> str | None:
    """The body schema's name (``part``: "Request" or "Response", and its first rest_parameters)."""
    if not fields:
        return None
    direction, line = part
    name = f"{stem}{direction}"
    samples = [e.value for e in examples if e.parsed]
    tree = body_tree(fields, sample_chains(samples), name, walk.schemas, samples)
    for field, first in tree.repeated:
        message = (
            f"{field.name!r} is listed again under {direction} (first at {first.location.path}:"
            f"{first.location.line}); the first is kept"
        )
        walk.report("RST186", message, field.location)
    for field, container, beside in tree.guesses:
        how = f"beside {beside!r}, the key listed before it" if beside else "the object listed just before it"
        message = (
            f"no sample shows where the body key {field.name!r} goes; it is placed inside "
            f"{container!r}, {how}"
        )
        walk.report("RST196", message, field.location)
    for field, keys in tree.shown:
        message = (
            f"no parameter lists the keys of the items of the array {field.name!r}; they are read "
            f"from the samples: {', '.join(keys)}"
        )
        hint = (
            "List the items' keys among the rest_parameters after the array (with a description "
            "each), or leave them as the samples show them."
        )
        walk.diagnostics.append(Diagnostic("RST196", message, field.location, hint=hint))
    unique, number = name, 2
    while unique in walk.schemas:
        unique, number = f"{name}{number}", number + 1
    walk.schemas[unique] = ObjectSchema(unique, tree.fields, walk.at(line or 0))
    return unique


def _responses(walk: Walk, read: _Read, schema: str | None, line: int) -> tuple[Response, ...]:
    statuses = list(dict.fromkeys((s, k, r, ln) for s, k, r, ln in read.statuses))
    if not any(kind == "success" for _, kind, _, _ in statuses):
        message = "no 'Normal response codes' line: the success response is documented as 200"
        walk.report("RST186", message, line)
        statuses.insert(0, (200, "success", "", line))
    body_status = next((s for s, kind, _, _ in statuses if kind == "success" and s != 204), None)
    success = next((s for s, kind, _, _ in statuses if kind == "success"), None)
    responses: dict[int, Response] = {}
    for status, _, reason, at in statuses:
        if status in responses:
            continue
        response = Response(status, read.described.get(status) or _reason(status, reason), walk.at(at))
        if status == body_status:
            spec = TypeSpec("object", ref=schema) if schema else None
            response = attrs.evolve(response, schema=spec, examples=tuple(read.response_examples))
        if status == success:
            response = attrs.evolve(response, headers=tuple(read.headers))
        responses[status] = response
    return tuple(responses.values())


def _with_path_parameters(walk: Walk, path: str, listed: list[Parameter], line: int) -> tuple[Parameter, ...]:
    """The listed parameters, with a path parameter of the template that none lists added (RST187)
    and a listed one the template lacks reported (RST161)."""
    names = _PATH_PARAM.findall(path)
    result = list(listed)
    for parameter in listed:
        if parameter.located_in == "path" and parameter.name not in names:
            message = f"path parameter {parameter.name!r} is not in the path {path!r}"
            walk.report("RST161", message, parameter.location)
            result.remove(parameter)
    given = {p.name for p in result if p.located_in == "path"}
    for name in names:
        if name not in given:
            walk.report(
                "RST187", f"path parameter {name!r} of {path!r} is listed in no rest_parameters", line
            )
            result.append(
                Parameter(name, "path", TypeSpec("string"), "", walk.at(line), required=True, origin="path")
            )
    return tuple(result)
