"""Endpoint sections -> Operations: method table, request and response tables, examples."""

from __future__ import annotations

import http
import re
from collections.abc import Sequence
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlsplit

import attrs
import docutils.nodes

from rstapi import naming
from rstapi.diagnostics import SourceLocation
from rstapi.model import CurlExample, Example, Field, ObjectSchema, Operation, Parameter, Response, TypeSpec
from rstapi.naming import path_pointer
from rstapi.rst import vocabulary as vocab
from rstapi.rst.curl import looks_like_curl, parse_curl, sent_method, split_commands, url_line
from rstapi.rst.examples import json_example, looks_like_json
from rstapi.rst.nodes import (
    LITERAL,
    block_text,
    body_of,
    elements_in,
    line_of,
    rst_text,
    sections_around,
    subsections,
    title_of,
)
from rstapi.rst.querystring import split_query, with_query_of
from rstapi.rst.sphinx import DEPRECATED_KEY
from rstapi.rst.summary import description_for, example_label, summary_for
from rstapi.rst.tables import Table, is_field_list
from rstapi.rst.types import cell_value, numeral, type_spec
from rstapi.rst.walk import (
    Kind,
    Walk,
    add_schema,
    endpoint_parts,
    field_tables,
    fields,
    is_endpoint,
    kind,
    literal_blocks,
    nest_anywhere,
    nest_items,
    normalize_label,
    paragraphs,
    point_field,
    prose,
    ref_nodes,
    report_unmatched,
    schemas_offered,
    tables,
)

__all__ = ["collect_envelopes", "extract_operations"]

_QUERY_IN_PROSE = re.compile(r"``\?(?P<name>\w+)=")
_PARAM_NAMED = re.compile(r"``(?P<name>\w+)``\s+(?:query\s+)?parameter", re.I)
_THING = re.compile(r"represents an? (?P<thing>[\w ]+?)(?:\s+in\b|[.,]|$)", re.I)
_PARAM = re.compile(r"\{+([^{}]+)\}+")
_SHARED_ENVELOPE = ""  # key of the document's shared paginated envelope among the labelled ones


class _Section(NamedTuple):
    """An endpoint section's parts, by kind."""

    node: docutils.nodes.section
    parts: dict[vocab.SectionKind, list[docutils.nodes.section]]
    order: tuple[docutils.nodes.section, ...]  # every part, in document order (see ``endpoint_parts``)
    # sections outside it that document fields of its response ("Arrays in the X Endpoint")
    elsewhere: tuple[docutils.nodes.section, ...] = ()

    def item_sections(self, part_kind: vocab.SectionKind) -> list[docutils.nodes.section]:
        """ "Fields in the <field> array" sections for the request or the response table.

        Those inside the "Request Values" / "Response Values" section, and those beside it: before
        the first "Response Values" section they refine the request, after it the response.
        """
        inside = [
            sub
            for part in self.parts.get(part_kind, [])
            for sub in subsections(part)
            if kind(sub)[0] is not Kind.RESPONSE_HEADERS  # "Headers" inside "Response Values"
        ]
        position = {id(part): index for index, part in enumerate(self.order)}
        responses = [position[id(p)] for p in self.parts.get(Kind.RESPONSE, [])]
        first = min(responses, default=len(self.order))
        beside = [
            s
            for s in self.parts.get(Kind.ARRAY_FIELDS, [])
            if (position[id(s)] < first) == (part_kind is Kind.REQUEST)
        ]
        return inside + beside

    def nodes(self, *kinds: vocab.SectionKind) -> list[docutils.nodes.Element]:
        return [child for k in kinds for sub in self.parts.get(k, []) for child in body_of(sub)]

    def for_method(self, method: str, methods: tuple[str, ...]) -> _Section:
        """Without the parts another method's title claims ("POST Data Values" in a GET and POST
        section), nor, for a method sending no body beside one that does (``methods``: the
        section's), the request sections no title assigns (``_writers_only``), nor, for a method
        sending a body beside a GET, the query parameters no title assigns: they are the read's
        (a POST with query parameters is rare; "POST Query Parameters" says so)."""
        writing = method in vocab.METHODS_WRITING_A_BODY
        writers = not writing and bool(vocab.METHODS_WRITING_A_BODY.intersection(methods))
        readers = writing and bool(vocab.METHODS_WITHOUT_BODY.intersection(methods))
        parts = {
            k: [
                sub
                for sub in subs
                if _applies(sub, method)
                and not (writers and _writers_only(sub))
                and not (readers and _readers_only(sub))
            ]
            for k, subs in self.parts.items()
        }
        return self._replace(parts=parts)


def _applies(sub: docutils.nodes.section, method: str) -> bool:
    found, qualifier = kind(sub)
    return found not in vocab.METHOD_QUALIFIED or not qualifier or method in qualifier.split("/")


def _writers_only(sub: docutils.nodes.section) -> bool:
    """A request section that names no method and does not say its values are query parameters:
    the body of the section's POST, PUT or PATCH (``vocabulary.METHODS_WRITING_A_BODY``)."""
    found, qualifier = kind(sub)
    return found is Kind.REQUEST and not qualifier and not vocab.QUERY_PHRASE.search(prose(body_of(sub)))


def _readers_only(sub: docutils.nodes.section) -> bool:
    """A query parameters section that names no method: the parameters of the section's GET
    (``vocabulary.METHODS_WITHOUT_BODY``), not of a POST, PUT or PATCH beside it."""
    found, qualifier = kind(sub)
    return found is Kind.PARAMETERS and not qualifier


def extract_operations(walk: Walk) -> list[Operation]:
    operations: list[Operation] = []
    arrays = _arrays_sections(walk)
    for node in walk.sections:
        if is_endpoint(node) or kind(node)[0] is Kind.FIELDS:
            _report_unknown_parts(walk, node)
        if is_endpoint(node):
            section = _split(walk, node, arrays.get(id(node), ()))
            operations += _operations_of(walk, section)
            _report_unused_blocks(walk, section)
        elif kind(node)[0] is Kind.ENDPOINT and not any(is_endpoint(s) for s in subsections(node)):
            title, line = title_of(node)
            walk.report("RST110", f"section {title!r} documents no method and path; it is skipped", line)
    # a section with several method rows is read once per method, an example section may be
    # read as a schema's and an endpoint's: say each thing once
    walk.diagnostics[:] = dict.fromkeys(walk.diagnostics)
    return operations


def _report_unknown_parts(walk: Walk, node: docutils.nodes.section) -> None:
    """A subsection whose title the vocabulary does not know: its content would be lost (RST157)."""
    for sub in endpoint_parts(node):
        if kind(sub)[0] is Kind.UNKNOWN:
            title, line = title_of(sub)
            where = title_of(node)[0]
            message = f"section {title!r} in {where!r} is not understood; known titles: {_known_titles()}"
            walk.report("RST157", message, line)


def _known_titles() -> str:
    """The section titles the vocabulary knows, as RST157 lists them (written out only for a
    finding: each endpoint asks whether it has one)."""
    return ", ".join(dict.fromkeys(title.title() for title in vocab.SECTION_TITLES))


def _report_unused_blocks(walk: Walk, section: _Section) -> None:
    """Literal blocks of an endpoint that are neither a JSON example nor a curl command where one is read.

    (JSON examples that do not reach the spec are reported by the coverage figure's check.)
    """
    read = {
        id(b)
        for b in literal_blocks(section.nodes(Kind.EXAMPLE_REQUEST, Kind.EXAMPLE_EXCHANGE, Kind.PARAMETERS))
    }
    methods = {id(b) for b in literal_blocks(section.nodes(Kind.METHOD)) if _method_lines([b])}
    for block in walk.within(section.node, docutils.nodes.literal_block):
        text = block_text(block)
        if looks_like_json(text) or (looks_like_curl(text) and id(block) in read) or id(block) in methods:
            continue
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        where = (
            "a curl command outside 'Example Request'" if looks_like_curl(text) else "neither JSON nor curl"
        )
        message = (
            f"literal block starting {first[:60]!r} in {title_of(section.node)[0]!r} is {where}; "
            "JSON examples go under an example title, curl commands under 'Example Request'"
        )
        walk.report("RST152", message, line_of(block))


def _arrays_sections(walk: Walk) -> dict[int, tuple[docutils.nodes.section, ...]]:
    """The subsections of each "Arrays in the X Endpoint" section, by the endpoint they belong to:
    the endpoint its title names, else the last endpoint before it."""
    found: dict[int, tuple[docutils.nodes.section, ...]] = {}
    endpoints: list[docutils.nodes.section] = []
    for node in walk.sections:
        if is_endpoint(node):
            endpoints.append(node)
        section_kind, thing = kind(node)
        if section_kind is not Kind.ARRAYS:
            continue
        named = [e for e in endpoints if _endpoint_thing(e) == _endpoint_thing(thing)]
        target = (named or endpoints or [None])[-1]
        if target is None:
            title, line = title_of(node)
            walk.report("RST154", f"section {title!r} follows no endpoint section; it is not read", line)
            continue
        found[id(target)] = found.get(id(target), ()) + tuple(subsections(node))
    return found


def _endpoint_thing(named: docutils.nodes.section | str) -> str:
    """What an endpoint title (or the thing an "Arrays in" title names) is about, compared loosely."""
    title = named if isinstance(named, str) else title_of(named)[0]
    words = title.lower().replace("`", "").split()
    return " ".join(words[:-1] if words[-1:] == ["endpoint"] else words)


def _split(
    walk: Walk, node: docutils.nodes.section, elsewhere: tuple[docutils.nodes.section, ...] = ()
) -> _Section:
    parts: dict[vocab.SectionKind, list[docutils.nodes.section]] = {}
    order = endpoint_parts(node)
    for sub in order:
        found, thing = kind(sub)
        if found is Kind.THING_EXAMPLE and naming.pascal(thing) not in walk.schemas:
            found = Kind.EXAMPLE_RESPONSE  # "Example Response Showing Information about skills list"
        parts.setdefault(found, []).append(sub)
        if found in vocab.RESPONSE_PARENTS:  # "Headers" inside "Response Values"
            nested = [s for s in subsections(sub) if kind(s)[0] is Kind.RESPONSE_HEADERS]
            parts.setdefault(Kind.RESPONSE_HEADERS, []).extend(nested)
    return _Section(node, parts, tuple(order), elsewhere)


def collect_envelopes(walk: Walk) -> None:
    """Envelopes other sections use: labelled ones (by ``:ref:``) and the shared paginated one.

    A labelled 'Response Values' table, or any labelled table with the paginator's fields
    (count, next, previous, results), is an envelope a ``:ref:`` can name. The shared envelope is
    the first such paginator table outside any endpoint, whatever its section's title
    ("Response Values", "Pagination" ...); "returns a paginated list" wording uses it.
    """
    for node in walk.sections:
        found = tables(body_of(node))
        if not found:
            continue
        read = walk.table(found[0])
        page = _is_page_table(read)
        label = walk.label_of(node)
        labelled = bool(label) and (page or kind(node)[0] is Kind.RESPONSE)
        shared = page and _SHARED_ENVELOPE not in walk.envelopes and not _inside_endpoint(node)
        if not (shared or labelled):
            continue
        table = fields(walk, read)
        if label and labelled:
            walk.envelopes[normalize_label(label)] = table
        if shared:
            walk.envelopes[_SHARED_ENVELOPE] = table


def _inside_endpoint(node: docutils.nodes.Element) -> bool:
    return any(is_endpoint(section) for section in sections_around(node))


# ---------------------------------------------------------------- one section


def _method_rows(walk: Walk, section: _Section) -> list[tuple[str, str, int]]:
    """(method, path, line) of each operation the 'Method and Endpoint' section names: its table's
    rows (a cell may name several methods); without a table, its lines written as text."""
    found = tables(section.nodes(Kind.METHOD))
    if not found:
        return _method_lines(section.nodes(Kind.METHOD))
    rows = []
    for table in found:
        read = walk.table(table)
        method_col, path_col = read.column("method"), read.column("path")
        for row in read.rows:
            cell = row[method_col].text if method_col is not None and len(row) > method_col else ""
            methods = _methods(cell)
            path = _path_cell(row[path_col].text) if path_col is not None and len(row) > path_col else ""
            if methods and path:
                rows += [(method, path, row[0].line) for method in methods]
            else:
                walk.report(
                    "RST120",
                    f"cannot read a method and path from {[c.text for c in row]}",
                    row[0].line if row else read.location,
                )
    return rows


def _path_cell(text: str) -> str:
    """The path an endpoint cell gives: its literal, or its literals joined when a long path is
    broken over several (a grid table's cell lines, "``/a/{id}/`` ``b/``")."""
    literals = LITERAL.findall(text)
    if len(literals) > 1 and not LITERAL.sub("", text).strip():
        return "".join(literal.strip() for literal in literals)
    return text.strip("`").strip()


def _methods(cell: str) -> list[str]:
    """The HTTP methods a cell names ("GET", "GET, POST", "PUT/PATCH"); none if any word is not one."""
    words = [w.upper() for w in vocab.METHOD_LIST_SPLIT.split(cell.strip("` ")) if w]
    return words if words and all(w in vocab.HTTP_METHODS for w in words) else []


def _method_lines(nodes: Sequence[docutils.nodes.Element]) -> list[tuple[str, str, int]]:
    """Methods and paths written as text, a line each: in paragraphs, list items, literal blocks."""
    rows = []
    for node in nodes:
        for block in node.findall(docutils.nodes.TextElement):
            if not isinstance(block, (docutils.nodes.paragraph, docutils.nodes.literal_block)):
                continue
            first = line_of(block)
            for offset, text in enumerate(block.astext().splitlines()):
                match = vocab.METHOD_AND_PATH.match(text.strip())
                if match:
                    rows += [(m, match["path"], first + offset) for m in _methods(match["methods"])]
    return rows


def _operations_of(walk: Walk, section: _Section) -> list[Operation]:
    title, line = title_of(section.node)
    rows = _method_rows(walk, section)
    if not rows:
        walk.report(
            "RST110", f"section {title!r} has no usable 'Method and Endpoint' row; it is skipped", line
        )
    methods = tuple(dict.fromkeys(method for method, _, _ in rows))
    return [_operation(walk, section, row, methods) for row in rows]


def _operation(
    walk: Walk, section: _Section, row: tuple[str, str, int], methods: tuple[str, ...]
) -> Operation:
    """The operation of one 'Method and Endpoint' row; ``methods``: the section's (several: shared)."""
    method, raw_path, row_line = row
    shared = len(methods) > 1
    section = section.for_method(method, methods)
    title, line = title_of(section.node)
    written = "/" + raw_path.lstrip("/")
    path, query = split_query(written)
    converted: dict[str, TypeSpec] = {}
    if "<" in path or "/:" in path:  # a framework's spelling of a parameter
        converted = _converted(walk, path, row_line)
        path = vocab.PATH_PLACEHOLDER.sub(lambda m: "{" + (m["angle"] or m["colon"]) + "}", path)
    operation_id = naming.operation_id_for(method, path)
    stem = naming.pascal(operation_id)
    description = prose(body_of(section.node))
    before = len(walk.diagnostics)
    curls = _curls(walk, section.nodes(Kind.EXAMPLE_REQUEST, Kind.EXAMPLE_EXCHANGE, Kind.PARAMETERS))
    payloads = _payload_examples(walk, section, method, methods)
    pointer = f"{path_pointer(path, method)}/requestBody"
    walk.diagnostics[before:] = [
        attrs.evolve(d, pointer=d.pointer or pointer) for d in walk.diagnostics[before:]
    ]
    body_fields, query_from_body = _request_fields(walk, section, method)
    if vocab.PARTIAL_UPDATES.get(method) in methods:  # the table's Required words are the full update's
        body_fields = tuple(attrs.evolve(field, required=False) for field in body_fields)
    if body_fields:
        request_items = section.item_sections(Kind.REQUEST)
        body_fields, unmatched = nest_items(walk, body_fields, request_items, f"{stem}Request")
        report_unmatched(walk, unmatched, body_fields)
    sending = [c for c in curls if c.body is not None and c.method in {None, method}]
    curl_bodies = tuple(
        _form_typed(c.body, body_fields) if c.media_type else c.body for c in sending if c.body
    )
    form = next((c for c in sending if c.media_type), None)  # what the example sends: a form
    tabled = bool(body_fields) or bool(query_from_body)
    referenced = _referenced_body(walk, section, (method, methods), tabled)
    request_schema, request_array = referenced or _request_schema(
        walk, f"{stem}Request", body_fields, (curl_bodies, payloads), row_line
    )
    paragraphs = _all_paragraphs(walk, section.node)  # read once: the prose's parameters, the lint's prose
    parameters = with_query_of(
        walk,
        _parameters(
            walk, section, path, (_sent_by(curls, method, shared), paragraphs), query_from_body, converted
        ),
        written,
        query,
        row_line,
    )
    return Operation(
        operation_id=operation_id,
        method=method,
        path=path,
        tag=naming.tag_for(path),
        summary=summary_for(title, description, method, shared),
        description=description_for(description, method, methods),
        location=walk.at(line),
        label=walk.label_of(section.node),
        path_spellings=_path_spellings(walk, section.node, path, row_line),
        parameters=parameters,
        request_schema=request_schema,
        request_array=request_array,
        request_examples=(*curl_bodies, *payloads),
        responses=_responses(walk, section, stem, method, methods),
        curl_examples=tuple(curls),
        prose=tuple((text, walk.at(ln)) for text, ln in paragraphs),
        deprecated=_deprecated(section.node, title),
        request_media_type=form.media_type if form and form.media_type else "application/json",
        request_media_type_location=form.location if form else None,
    )


def _converted(walk: Walk, path: str, line: int) -> dict[str, TypeSpec]:
    """The type each converter of a framework's path gives its parameter ("<int:id>": integer,
    "<uuid:key>": a uuid string); one the reader does not know is RST112 (the parameter a string)."""
    found: dict[str, TypeSpec] = {}
    for match in vocab.PATH_PLACEHOLDER.finditer(path):
        converter = match["converter"]
        if converter is None:
            continue
        known = vocab.PATH_CONVERTERS.get(converter.strip().lower())
        if known is None:
            message = (
                f"the path's converter {converter!r} of parameter {match['angle']!r} is not one the "
                f"reader knows ({', '.join(vocab.PATH_CONVERTERS)}); the parameter is a string"
            )
            walk.report("RST112", message, line)
            continue
        found[match["angle"]] = TypeSpec(known[0], raw=converter, format=known[1])
    return found


def _deprecated(node: docutils.nodes.Element, title: str) -> bool:
    """Whether the endpoint is deprecated: its title says so ("gadgets Endpoint (deprecated)"), or
    a ``deprecated`` directive stands in its own text (not in a subsection: a field's)."""
    if vocab.DEPRECATED_WORD.search(title):
        return True
    return any(
        (isinstance(child, docutils.nodes.comment) and DEPRECATED_KEY in child.attributes)
        or (type(child).__name__ == "versionmodified" and child.get("type") == "deprecated")
        for child in body_of(node)
    )


def _all_paragraphs(walk: Walk, node: docutils.nodes.Element) -> list[tuple[str, int]]:
    return [(rst_text(p), line_of(p)) for p in walk.within(node, docutils.nodes.paragraph)]


def _path_spellings(
    walk: Walk, node: docutils.nodes.Element, path: str, line: int
) -> tuple[tuple[str, Any], ...]:
    """Every literal in the section that names this path, however its parameters are spelled."""
    spellings = [(path, walk.at(line))]
    shape = _shape(path)
    for literal in walk.within(node, docutils.nodes.literal):
        words = block_text(literal).split()
        text = words[-1] if words else ""
        candidate = "/" + text.lstrip("/")
        if "{" in candidate and _shape(candidate) == shape and candidate != path:
            spellings.append((candidate, walk.at(line_of(literal))))
    return tuple(spellings)


def _shape(path: str) -> tuple[str, ...]:
    return tuple("{}" if naming.is_param(s) else s for s in path.strip("/").split("/"))


# ---------------------------------------------------------------- request


def _request_fields(
    walk: Walk, section: _Section, method: str
) -> tuple[tuple[Field, ...], list[tuple[Field, str]]]:
    """Body fields, and query parameters with their origin.

    A method without a body (GET), or a section that says its values are query parameters,
    makes every row a query parameter; otherwise a row whose description says so is one.
    """
    body: list[Field] = []
    query: list[tuple[Field, str]] = []
    for sub in section.parts.get(Kind.REQUEST, []):
        all_query = method in vocab.METHODS_WITHOUT_BODY or bool(
            vocab.QUERY_PHRASE.search(prose(body_of(sub)))
        )
        rows = [field for table in field_tables(body_of(sub)) for field in fields(walk, walk.table(table))]
        for field in _said_required(walk, sub, rows):
            if all_query:
                query.append((field, "table"))
            elif vocab.QUERY_PHRASE.search(field.description):
                query.append((field, "body-table"))
            else:
                body.append(field)
    return tuple(body), query


def _said_required(walk: Walk, sub: docutils.nodes.section, rows: list[Field]) -> list[Field]:
    """``rows`` with what the section's own sentences say of them ("The ``isbn`` and ``title``
    fields are required.", `vocabulary.REQUIRED_FIELDS_SENTENCES`): a row whose own word says
    otherwise keeps it, and a sentence naming no row, or saying it in another wording, is RST202."""
    said: dict[str, bool] = {}
    for node in body_of(sub):
        if isinstance(node, docutils.nodes.paragraph):
            text = " ".join(rst_text(node).split())
            for sentence in vocab.SENTENCE_END.split(text):
                said.update(_required_sentence(walk, sentence, rows, line_of(node)))
    kept = []
    for field in rows:
        word = said.get(field.name)
        if word is not None and field.required is not None and field.required != word:
            message = (
                f"the request section says {field.name!r} is {'required' if word else 'optional'}, and its "
                f"row says it is {'required' if field.required else 'optional'}: the row's word is kept"
            )
            walk.report_once("RST202", message, field.location)
        elif word is not None:
            field = attrs.evolve(field, required=word)
        kept.append(field)
    return kept


def _required_sentence(walk: Walk, sentence: str, rows: list[Field], line: int) -> dict[str, bool]:
    """The fields one sentence says are required (True) or optional (False); RST202 for one not read."""
    match = next((m for p in vocab.REQUIRED_FIELDS_SENTENCES if (m := p.match(sentence.strip()))), None)
    if match is None:
        if vocab.REQUIRED_FIELDS_CUE.search(sentence):
            message = f"the request section's sentence {sentence.strip()!r} is not read as saying which fields are required"
            walk.report_once("RST202", message, line)
        return {}
    names = vocab.REQUIRED_FIELD_NAME.findall(match["names"])
    known = {field.name for field in rows}
    unknown = [name for name in names if name not in known]
    if unknown:
        listed = ", ".join(repr(name) for name in unknown)
        where = "no row of its table documents it" if rows else "the section has no field table to mark"
        message = f"the request section's sentence calls {listed} required or optional, and {where}"
        walk.report_once("RST202", message, line)
    return {name: vocab.REQUIRED_WORDS[match["word"].lower()] for name in names if name in known}


def _request_schema(
    walk: Walk,
    name: str,
    body: tuple[Field, ...],
    examples: tuple[Sequence[Example], Sequence[Example]],
    line: int,
) -> tuple[str | None, bool]:
    """(the body's component, whether the body is an array of it): its table, else the fields of
    its payload example (said to be inferred). ``examples``: the curl bodies and the payloads; the
    body is an array when every one of them is a list of objects ("[{...}, {...}]")."""
    curl_bodies, payloads = examples
    parsed = [e for e in (*curl_bodies, *payloads) if e.parsed]
    array = bool(parsed) and all(_array_of_objects(e.value) for e in parsed)
    if body:
        return add_schema(walk, ObjectSchema(name, body, walk.at(line))), array
    shown = next((e for e in payloads if e.parsed and isinstance(e.value, dict)), None)
    if shown is not None:
        return _inferred_schema(walk, name, shown, shown.value), False
    listed = next((e for e in payloads if e.parsed and e.value), None)
    if array and listed is not None:
        return _inferred_schema(walk, f"{name}Item", listed, listed.value[0]), True
    return None, False


def _referenced_body(
    walk: Walk, section: _Section, methods: tuple[str, tuple[str, ...]], tabled: bool
) -> tuple[str, bool] | None:
    """(the component, whether the body is a list of it) a request section's paragraph points the
    body at with a ``:ref:`` ("The request body is a book; see :ref:`book fields`"), read as the
    response side reads one (``_listed``). A ``:ref:`` the body cannot follow (the section has a
    field table, no method of the section sends a body, several sections are offered) is RST201."""
    method, shared = methods
    if method in vocab.METHODS_WITHOUT_BODY and any(m not in vocab.METHODS_WITHOUT_BODY for m in shared):
        return None  # the section's POST reads it
    for node in section.nodes(Kind.REQUEST):
        if not isinstance(node, docutils.nodes.paragraph):
            continue
        offered = schemas_offered(walk, [r["rstapi_ref"] for r in ref_nodes(node)], node.astext())
        if not offered:
            continue
        why = _unfollowed(method, offered, tabled)
        if why:
            shown = ", ".join(repr(name) for name in offered)
            message = f"the request section's :ref: to {shown} is not followed: {why}"
            walk.report_once("RST201", message, line_of(node))
            return None
        body = _listed(node, offered, method)
        item = body.items if body.items is not None else body
        return item.ref or offered[0], body.json_type == "array"
    return None


def _unfollowed(method: str, offered: tuple[str, ...], tabled: bool) -> str:
    """Why a request paragraph's ``:ref:`` cannot be the body's schema ("" when it can)."""
    if method in vocab.METHODS_WITHOUT_BODY:
        return f"a {method} request has no body"
    if tabled:
        return "the section's field table documents the request"
    if len(offered) > 1:
        return "a request body of one of several sections is not read; the body is left to the examples"
    return ""


def _inferred_schema(walk: Walk, name: str, example: Example, value: dict[str, Any]) -> str:
    """A component of the fields ``value`` shows (an example body, or its first item)."""
    fields = tuple(Field(key, _value_type(item), "", example.location) for key, item in value.items())
    description = "Inferred from the example; the reference has no field table for it."
    return add_schema(walk, ObjectSchema(name, fields, example.location, description=description))


def _value_type(value: Any) -> TypeSpec:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return TypeSpec(names.get(type(value)), nullable=value is None)


def _payload_examples(walk: Walk, section: _Section, method: str, methods: tuple[str, ...]) -> list[Example]:
    """JSON blocks (not curl commands) of the request sections: "POST Payload Example". For a
    method without a body they are left out, and reported unless another of ``methods`` sends one."""
    blocks = [
        b
        for b in literal_blocks(section.nodes(Kind.REQUEST, Kind.EXAMPLE_REQUEST))
        if looks_like_json(block_text(b)) and not looks_like_curl(block_text(b))
    ]
    if method in vocab.METHODS_WITHOUT_BODY:
        if vocab.METHODS_WRITING_A_BODY.intersection(methods):
            return []  # the section's POST, PUT or PATCH reads them
        for block in blocks:
            message = f"a {method} request has no body: the JSON block in its request section is left out"
            walk.report("RST136", message, line_of(block))
        return []
    found = []
    for block in blocks:
        line = line_of(block)
        example, problems = json_example("", block_text(block), walk.at(line), lines=walk.lines_from(line))
        walk.diagnostics.extend(problems)
        found.append(_labelled(example, block))
    return found


def _sent_by(curls: list[CurlExample], method: str, shared: bool) -> list[CurlExample]:
    """The curl examples whose URL values are ``method``'s parameters: in a section for several
    methods, those that send it (a GET's ``?page=2`` is no query parameter of the POST beside it)."""
    return [c for c in curls if sent_method(c) == method] if shared else curls


def _labelled(example: Example, block: docutils.nodes.Element) -> Example:
    """The example named and summarised by the title of the section it is written in."""
    section = next(sections_around(block), None)
    name, summary = example_label(title_of(section)[0] if section is not None else "")
    return attrs.evolve(example, name=name, summary=summary)


def _curls(walk: Walk, nodes: Sequence[docutils.nodes.Element]) -> list[CurlExample]:
    """The curl examples of the blocks: each command of a block that holds several is one."""
    found: list[CurlExample] = []
    for block in literal_blocks(nodes):
        if not looks_like_curl(block_text(block)):
            continue
        found += [
            _curl(walk, block, text, line_of(block) + first)
            for first, text in split_commands(block_text(block))
        ]
    return found


def _curl(walk: Walk, block: docutils.nodes.Element, text: str, start: int) -> CurlExample:
    """The curl example of the command ``text`` of ``block``, written from line ``start`` on."""
    command = parse_curl(text)
    form = command.media_type in vocab.FORM_MEDIA_TYPES and command.form is not None
    sent, line = (command.form, command.form_line) if form else (command.body, command.body_line)
    body = None
    if sent is not None:
        column = len(text.splitlines()[line]) - len(text.splitlines()[line].lstrip())
        body, problems = json_example("", sent, walk.at(start + line), column + 4, close=False)
        body = _labelled(body, block)
        walk.diagnostics.extend(problems)
    problems_text = tuple(f"line {start + index}: {message}" for index, message in command.problems)
    media = command.media_type if form else None
    return CurlExample(
        command.method, command.url, command.headers, body, walk.at(start), text, problems_text, media
    )


# ---------------------------------------------------------------- parameters


def _parameters(
    walk: Walk,
    section: _Section,
    path: str,
    written: tuple[list[CurlExample], list[tuple[str, int]]],
    query_from_body: list[tuple[Field, str]],
    converted: dict[str, TypeSpec],
) -> tuple[Parameter, ...]:
    """The operation's parameters; ``written``: its curl examples and its paragraphs (text, line);
    ``converted``: the types the path's converters give ("<int:id>")."""
    curls, paragraphs = written
    params: dict[tuple[str, str], Parameter] = {}
    for name in _PARAM.findall(path):
        params[("path", name)] = Parameter(
            name,
            "path",
            converted.get(name, TypeSpec("string")),
            "",  # the doc says nothing of it: no description rather than one that adds nothing
            walk.at(section_line(section)),
            required=True,
            origin="path",
        )
    _document_path_parameters(walk, params, section, path)
    for table in field_tables(section.nodes(Kind.PARAMETERS)):
        for field in fields(walk, walk.table(table)):
            params.setdefault(("query", field.name), _query_parameter(field, "table"))
    for field, origin in query_from_body:
        params.setdefault(("query", field.name), _query_parameter(field, origin))
    for name, default, text, line in _prose_parameters(paragraphs):
        spec = TypeSpec(
            "integer" if str(default).isdigit() else "string",
            default=int(default) if default is not None and default.isdigit() else None,
        )
        params.setdefault(
            ("query", name),
            Parameter(name, "query", spec, text, walk.at(line), origin="prose"),
        )
    _add_curl_values(walk, params, path, curls)
    return tuple(params.values())


def _document_path_parameters(
    walk: Walk, params: dict[tuple[str, str], Parameter], section: _Section, path: str
) -> None:
    """A "Path Parameters" table gives the path template's parameters their types and descriptions."""
    for table in field_tables(section.nodes(Kind.PATH_PARAMETERS)):
        for field in fields(walk, walk.table(table)):
            found = params.get(("path", field.name))
            if found is None:
                names = ", ".join(_PARAM.findall(path)) or "none"
                message = f"path parameter {field.name!r} is not in the path {path} (its parameters: {names})"
                walk.report("RST161", message, field.location)
                continue
            params[("path", field.name)] = attrs.evolve(
                found,
                type=field.type if field.type.json_type else found.type,
                description=field.description or found.description,
                example=field.example if field.example is not None else found.example,
                location=field.location,
                origin="table",
            )


def section_line(section: _Section) -> int:
    return title_of(section.node)[1]


def _query_parameter(field: Field, origin: str) -> Parameter:
    """A query parameter a field table's row documents (``origin``: the table it stands in)."""
    return Parameter(
        field.name,
        "query",
        field.type,
        field.description,
        field.location,
        field.required is True,
        example=field.example,
        origin=origin,
    )


def _prose_parameters(paragraphs: list[tuple[str, int]]) -> list[tuple[str, str | None, str, int]]:
    """Parameters the prose names: "an optional ``limit`` parameter ... default value of 20", "``?ordering=``"."""
    found = []
    for text, line in paragraphs:
        if "``" not in text:  # both wordings name the parameter as a literal: most paragraphs name none
            continue
        if "parameter" in text.lower():  # a literal before "parameter", in any case
            default = vocab.DEFAULT_PHRASE.search(text)
            for match in _PARAM_NAMED.finditer(text):
                found.append((match["name"], numeral(default["n"]) if default else None, text, line))
        if "``?" in text:
            found.extend((match["name"], None, text, line) for match in _QUERY_IN_PROSE.finditer(text))
    return found


def _add_curl_values(
    walk: Walk, params: dict[tuple[str, str], Parameter], path: str, curls: list[CurlExample]
) -> None:
    """Query parameters and examples from curl URLs; path parameter examples from their segments.
    A parameter's example is the first value a curl example gives it, as a value of its type
    (``_curl_example``)."""
    template = [s for s in path.split("/") if s]
    given: set[tuple[str, str]] = set()  # the parameters a curl example gave a value (typed or not)
    for curl in curls:
        url = urlsplit(curl.url)
        segments = [s for s in url.path.split("/") if s]
        for name, value in parse_qsl(url.query, keep_blank_values=True):
            key = ("query", name)
            if key not in params:
                params[key] = Parameter(name, "query", _inferred(value), "", curl.location, origin="curl")
            if params[key].example is None and key not in given:
                given.add(key)
                params[key] = _curl_example(walk, params[key], value, curl)
        if len(segments) < len(template):
            continue
        offset = len(segments) - len(template)
        for index, part in enumerate(template):
            name = part[1:-1] if naming.is_param(part) else ""
            segment = segments[index + offset]
            key = ("path", name)
            if name and key in params and key not in given and not segment.startswith("{"):
                if params[key].example is None:  # an example a table gave is kept
                    params[key] = _curl_example(walk, params[key], segment, curl)
                given.add(key)


_SCALARS = frozenset({"string", "integer", "number", "boolean"})


def _curl_example(walk: Walk, parameter: Parameter, text: str, curl: CurlExample) -> Parameter:
    """``parameter`` with the value a curl URL gives it as its example: a value of its type ("7"
    is 7 for an integer, "51.5" 51.5 for a number, "42" stays "42" for a string; other types keep
    the text); a text that is none is RST160 (once per curl line: the operations of one section
    share its curl examples) and no example."""
    kind = parameter.type.json_type
    if kind == "string" or (parameter.located_in == "path" and kind not in _SCALARS):
        return attrs.evolve(parameter, example=text, example_location=curl.location)
    if kind not in _SCALARS:  # an array's, an object's, any value's: the text read as a word
        return attrs.evolve(parameter, example=_typed(text), example_location=curl.location)
    fits, value = cell_value(text, parameter.type)
    if fits:
        return attrs.evolve(parameter, example=value, example_location=curl.location)
    written = parameter.type.raw or kind
    message = (
        f"the curl example gives {parameter.located_in} parameter {parameter.name!r} the value "
        f"{text!r}, which is not a value of type {written}; the parameter's example is left out"
    )
    walk.report_once("RST160", message, url_line(curl))
    return parameter


def _form_typed(example: Example, documented: Sequence[Field]) -> Example:
    """A form's fields (all text, "size=3") as values of the types the request table gives them
    (3 for an integer), as a server reads them; a text that is no value of its type stays text."""
    if not isinstance(example.value, dict):
        return example
    types = {field.name: field.type for field in documented if field.type.json_type in _SCALARS - {"string"}}
    value = {}
    for name, text in example.value.items():
        fits, typed = (
            cell_value(text, types[name]) if name in types and isinstance(text, str) else (False, None)
        )
        value[name] = typed if fits else text
    return attrs.evolve(example, value=value)


def _typed(value: str) -> Any:
    if value.isascii() and value.isdigit() and len(value) <= 15:  # a longer "number" is an id
        return int(value)
    return {"true": True, "false": False}.get(value, value)


def _inferred(value: str) -> TypeSpec:
    typed = _typed(value)
    return TypeSpec(
        "boolean" if isinstance(typed, bool) else "integer" if isinstance(typed, int) else "string"
    )


# ---------------------------------------------------------------- responses


def _responses(
    walk: Walk, section: _Section, stem: str, method: str, methods: tuple[str, ...]
) -> tuple[Response, ...]:
    """The responses of ``method``; in a section for several ``methods``, a status whose
    description names methods is only theirs ("204 No Content: DELETE cancels the order")."""
    by_status: dict[int, Response] = {}
    lines = _status_lines(walk, section.nodes(Kind.STATUS_LIST))
    theirs = set()  # statuses only other methods' descriptions name ("400 Bad Request: POST ...")
    for status, description, line, written in lines:
        named = _methods_named(written) if len(methods) > 1 else set()
        if not named or method in named:
            by_status.setdefault(status, Response(status, description, walk.at(line)))
        else:
            theirs.add(status)
    if len(methods) > 1 and method == methods[0]:
        _report_shared_successes(walk, methods, lines)
    titled = _titled_example_responses(walk, section)
    success = _documented_success(by_status, titled)
    for said, reason, example, line in titled:
        if not said and len(methods) > 1 and success in vocab.BODYLESS_STATUSES:
            continue  # another method's example: this one's success (DELETE's 204) has no body
        if said in theirs and said not in by_status:
            continue  # "Example 400 Response" of the status only the POST lists
        status = said or success  # an example with no status sentence is the documented success
        current = by_status.get(status) or Response(status, reason, walk.at(line))
        if example is not None and status in vocab.BODYLESS_STATUSES:
            _report_bodiless(walk, status, "the example response", example.location)
            example = None
        by_status[status] = attrs.evolve(current, examples=current.examples + ((example,) if example else ()))
    shown = tuple(e for e in (by_status[success].examples if success in by_status else ()) if e.parsed)
    # a body-less success has no schema: a shared section's (DELETE's 204) table is the others'
    bodiless = success in vocab.BODYLESS_STATUSES
    if bodiless and len(methods) == 1:
        for table in field_tables(section.nodes(Kind.RESPONSE)):
            _report_bodiless(walk, success, "the response field table", walk.table(table).location)
    schema = None if bodiless else _response_schema(walk, stem, section, shown, method)
    listed = schema is not None and schema.json_type == "array"
    if schema is not None and not listed and shown and all(_array_of_objects(e.value) for e in shown):
        schema = TypeSpec("array", items=schema)  # "[{...}, {...}]": a list of the table's objects
    if success not in by_status:
        line = (
            title_of(section.parts[Kind.RESPONSE][0])[1]
            if Kind.RESPONSE in section.parts
            else section_line(section)
        )
        by_status[success] = Response(success, "Success.", walk.at(line))
    if schema is not None:
        found = by_status[success]
        by_status[success] = attrs.evolve(
            found, schema=schema, examples=found.examples or _borrowed_examples(walk, schema)
        )
    failures = {entry.status for entry in lines} | {said for said, _, _, _ in titled if said}
    _with_error_body(walk, section, stem, by_status, any(status >= 400 for status in failures))
    _with_headers(walk, section, by_status, success)
    return tuple(by_status[s] for s in sorted(by_status))


def _with_headers(walk: Walk, section: _Section, by_status: dict[int, Response], success: int) -> None:
    """The headers of each "Response Headers" section (a Header | Type | Description table, or
    such a list), on the status its title, its enclosing section's title or its prose names
    ("201 Response Headers", "Headers" under "Example 201 Response", "Sent with 201 Created.")
    when the operation documents that status, else on the success status, as the body's table."""
    for sub in section.parts.get(Kind.RESPONSE_HEADERS, []):
        status = _headers_status(sub, by_status) or success
        found = {h.name.lower(): h for h in by_status[status].headers}
        for table in field_tables(body_of(sub)):
            for field in fields(walk, walk.table(table)):
                found.setdefault(field.name.lower(), _header(field))
        by_status[status] = attrs.evolve(by_status[status], headers=tuple(found.values()))


def _headers_status(sub: docutils.nodes.section, by_status: dict[int, Response]) -> int | None:
    """The documented status a response headers section names, if it names one."""
    around = [title_of(s)[0] for s in sections_around(sub)][:2]  # its title, its parent's
    named = [vocab.title_status(title) for title in around]
    for text, _ in paragraphs(body_of(sub)):
        named += [int(m["code"]) for m in vocab.STATUS_MENTION.finditer(text)]
        named += [
            int(m["code"]) for m in vocab.REASON_MENTION.finditer(text) if _reasoned(m["code"], m["reason"])
        ]
    return next((status for status in named if status in by_status), None)


def _header(field: Field) -> Parameter:
    """A response header a headers table's row documents (``required``: the response always has it)."""
    return Parameter(
        field.name,
        "header",
        field.type,
        field.description,
        field.location,
        field.required is True,
        example=field.example,
        origin="table",
    )


def _report_bodiless(walk: Walk, status: int, what: str, where: SourceLocation) -> None:
    """RST203: a body written for a status that has none (204 No Content, 205 Reset Content);
    once, as the methods of a shared section read the same part."""
    message = (
        f"{what} is for status {status} {_reason(str(status))}, which has no body (RFC 9110), "
        "so the spec gives it no content and this is left out"
    )
    walk.report_once("RST203", message, where)


def _with_error_body(
    walk: Walk, section: _Section, stem: str, by_status: dict[int, Response], section_fails: bool
) -> None:
    """The error section's table ("Error Response Values") as the body of each 4xx and 5xx
    response the section lists or its examples show, as "Response Values" is the success's:
    one component, ``<Stem>Error``, for those that have no table of their own. It describes no
    response (RST150) only when no method of the section has one (``section_fails``: a status of
    the section's is a 4xx or 5xx, which another method's statuses take)."""
    found = _error_tables(walk, section)
    if not found:
        return
    failing = [status for status in sorted(by_status) if status >= 400 and by_status[status].schema is None]
    if not failing and section_fails:
        return
    if not failing:
        title = title_of(next(sections_around(found[0])))[0]
        message = (
            f"the error field table in section {title!r} describes no response: the endpoint documents "
            "no 4xx or 5xx status; list them (a 'Response Codes' section) or show one ('Example 404 Response')"
        )
        walk.report("RST150", message, walk.table(found[0]).location)
        return
    schema = _error_schema(walk, section, stem, found[0])
    for status in failing:
        by_status[status] = attrs.evolve(by_status[status], schema=schema)


def _error_tables(walk: Walk, section: _Section) -> list[docutils.nodes.Element]:
    """The field tables of the error responses' body: an error section's ("Error Response
    Values"), then those under a statuses title ("Error Response") whose header is a field
    table's (a name and a type column); a status table there stays a status table."""
    listed = [t for t in tables(section.nodes(Kind.STATUS_LIST)) if _is_field_table(walk.table(t))]
    return [*field_tables(section.nodes(Kind.ERROR_RESPONSE)), *listed]


def _is_field_table(table: Table) -> bool:
    return all(table.column(role) is not None for role in ("name", "type")) and table.column("status") is None


def _error_schema(walk: Walk, section: _Section, stem: str, table: docutils.nodes.Element) -> TypeSpec:
    """The ``<Stem>Error`` component of ``table``, its "Fields in the <field> array"
    subsections giving its array fields' items."""
    top = fields(walk, walk.table(table))
    items = [sub for part in section.parts.get(Kind.ERROR_RESPONSE, []) for sub in subsections(part)]
    top, unmatched = nest_items(walk, top, items, f"{stem}Error")
    report_unmatched(walk, unmatched, top)
    where = top[0].location if top else walk.table(table).location
    return TypeSpec("object", ref=add_schema(walk, ObjectSchema(f"{stem}Error", top, where)))


def _methods_named(description: str) -> set[str]:
    """The HTTP methods a status's description names, written as methods are ("DELETE")."""
    return set(vocab.METHOD_WORD.findall(description))


def _report_shared_successes(walk: Walk, methods: tuple[str, ...], lines: list[_StatusLine]) -> None:
    """RST197 when a section for several methods lists several 2xx statuses none of which names
    its method: each method gets all of them (a GET a 204, a DELETE the 200 and its body)."""
    untied = sorted(
        {entry.status for entry in lines if 200 <= entry.status < 300 and not _methods_named(entry.said)}
    )
    if len(untied) < 2:
        return
    line = min(entry.line for entry in lines if entry.status in untied)
    listed = " and ".join(map(str, untied))
    message = (
        f"the section documents {' and '.join(methods)}, and its statuses {listed} name no method: "
        "each method is given every one of them"
    )
    walk.report("RST197", message, line)


def _documented_success(
    listed: dict[int, Response], found: Sequence[tuple[int, str, Example | None, int]]
) -> int:
    """The success status the response table documents: the lowest 2xx an example block is said
    to show ("The request returns 201 Created." before it), else the lowest 2xx listed (200 when
    none is)."""
    shown = [said for said, _, example, _ in found if example is not None and 200 <= said < 300]
    return min(shown or [s for s in listed if 200 <= s < 300], default=200)


def _array_of_objects(value: Any) -> bool:
    """A JSON value that is a list of objects (an empty list too)."""
    return isinstance(value, list) and all(isinstance(item, dict) for item in value)


class _StatusLine(NamedTuple):
    """A status a statuses section documents: its description, its line, and the words written
    after the status (which may name the methods it is for, ``_methods_named``)."""

    status: int
    description: str
    line: int
    said: str = ""


def _status_lines(walk: Walk, nodes: Sequence[docutils.nodes.Element]) -> list[_StatusLine]:
    """(status, description, line) of a status-list section: its status table's rows, the lines
    that start with a status, and the statuses its prose names ("returns HTTP 404 if ...").
    A line or row that starts with what is no status (``600 Odd``, ``4XX``) is RST193. The prose's
    mentions come last: a status a row or line documents too is that row's or line's (its
    description, its place), the row one that went into the spec."""
    found: list[_StatusLine] = []
    mentioned: list[_StatusLine] = []
    for node in nodes:
        in_tables = set()  # a status table's cells are read as its rows, not as lines
        for table in tables([node]):
            found += _status_rows(walk, walk.table(table))
            in_tables |= {id(p) for p in elements_in(table, docutils.nodes.paragraph)}
        for paragraph in elements_in(node, docutils.nodes.paragraph):
            if id(paragraph) in in_tables:
                continue
            text = " ".join(paragraph.astext().split())
            match = vocab.STATUS_LINE.match(text)
            if match and _informational_prose(match):
                match = None  # "100 requests per minute are allowed."
            if match:
                rest = text[match.end() :].strip(" -\u2013\u2014:")
                reason = match["reason"] or _reason(match["code"])
                found.append(
                    _StatusLine(int(match["code"]), _described(rest, reason), line_of(paragraph), rest)
                )
                continue
            unread = vocab.UNREAD_STATUS_LINE.match(text)
            if unread:
                _no_status(walk, unread["code"], line_of(paragraph))
            for mention in vocab.STATUS_MENTION.finditer(text):
                mentioned.append(
                    _StatusLine(int(mention["code"]), _reason(mention["code"]), line_of(paragraph))
                )
            for mention in vocab.REASON_MENTION.finditer(text):
                if _reasoned(mention["code"], mention["reason"]):
                    mentioned.append(
                        _StatusLine(int(mention["code"]), _reason(mention["code"]), line_of(paragraph))
                    )
    return found + mentioned


def _reasoned(code: str, words: str) -> bool:
    """Whether ``words`` start with a reason phrase of the status ``code`` ("404" and "Not Found
    when ..."), in any case."""
    try:
        phrases = (http.HTTPStatus(int(code)).phrase, *vocab.REASON_PHRASES.get(int(code), ()))
    except ValueError:
        return False
    said = " ".join(words.split()).lower()
    return any(said == p.lower() or said.startswith(p.lower() + " ") for p in phrases)


def _informational_prose(match: re.Match[str]) -> bool:
    """A status line's 1xx code followed by a lower-case word, not a reason phrase: a sentence
    that starts with a number ("100 requests per minute ..."), since a reference documents an
    informational status by its reason ("100 Continue") if at all. A 2xx-5xx code stays a status
    ("404 if the plan does not exist")."""
    reason = match["reason"]
    return match["code"].startswith("1") and reason is not None and reason[0].islower()


def _status_rows(walk: Walk, table: Table) -> list[_StatusLine]:
    """A status table's rows ("Status Code" and "Description" columns; a "Code" column too,
    ``_code_column``)."""
    status_col, desc_col = table.column("status"), table.column("description")
    if status_col is None:
        status_col = _code_column(table)
    if status_col is None:
        return []
    found = []
    for row in table.rows:
        if len(row) <= status_col:
            continue
        match = vocab.STATUS_LINE.match(row[status_col].text)
        if match is None:
            if row[status_col].text.strip():
                _no_status(walk, row[status_col].text.strip(), row[status_col].line)
            continue
        said = row[desc_col].text if desc_col is not None and len(row) > desc_col else ""
        reason = match["reason"] or _reason(match["code"])
        found.append(_StatusLine(int(match["code"]), _described(said, reason), row[status_col].line, said))
    return found


def _described(words: str, reason: str) -> str:
    """A status's description: its words without the methods they start by saying the status is for
    ("GET, PUT, PATCH"; "DELETE, the order was cancelled." -> "The order was cancelled."), else
    its reason phrase ("OK")."""
    if words and vocab.METHOD_WORD.match(words.lstrip("(").removeprefix("for ").removeprefix("For ")):
        listed = vocab.STATUS_METHODS.match(words)
        if listed is not None:
            words = listed["rest"].strip()
            words = words[:1].upper() + words[1:]
    return words or reason


def _code_column(table: Table) -> int | None:
    """A statuses section's column headed "Code" (``vocabulary.STATUS_TABLE_HEADERS``) when a
    cell of it is a status: one of application error codes ("``invalid_email``") is no status column."""
    headers = [" ".join(h.lower().split()) for h in table.headers]
    for index, header in enumerate(headers):
        cells = [row[index].text for row in table.rows if len(row) > index]
        if header in vocab.STATUS_TABLE_HEADERS and any(vocab.STATUS_LINE.match(c) for c in cells):
            return index
    return None


def _no_status(walk: Walk, written: str, line: int) -> None:
    message = (
        f"{written!r} is not an HTTP status (one code from 100 to 599; a range such as 4XX is not read): "
        "what it says is left out of the responses"
    )
    walk.report("RST193", message, line)


def _reason(code: str) -> str:
    """The standard reason phrase of a status ("404" -> "Not Found")."""
    try:
        return http.HTTPStatus(int(code)).phrase
    except ValueError:
        return "Response."


def _titled_example_responses(walk: Walk, section: _Section) -> list[tuple[int, str, Example | None, int]]:
    """The example responses of each example section, a status its title names ("Example 404
    Response") applying to its blocks until a status sentence says otherwise."""
    found = []
    kinds = (Kind.EXAMPLE_RESPONSE, Kind.EXAMPLE_EXCHANGE)
    wanted = {id(p) for k in kinds for p in section.parts.get(k, [])}
    for sub in (s for s in section.order if id(s) in wanted):
        title, line = title_of(sub)
        status = vocab.title_status(title) or 0
        reason = _reason(str(status)) if status else "Success."
        found += _example_responses(walk, body_of(sub), example_label(title), status, reason, line)
    return found


def _example_responses(
    walk: Walk,
    nodes: Sequence[docutils.nodes.Element],
    label: tuple[str, str],
    status: int = 0,
    reason: str = "Success.",
    line: int = 0,
) -> list[tuple[int, str, Example | None, int]]:
    """(status, reason, example) in document order; a status sentence applies to the blocks after it.

    The examples are named and summarised by ``label`` (their section's title: ``example_label``).
    """
    found: list[tuple[int, str, Example | None, int]] = []
    used = True
    for node in nodes:
        match = (
            vocab.STATUS_PHRASE.search(block_text(node))
            if isinstance(node, docutils.nodes.paragraph)
            else None
        )
        if match:
            if not used:
                found.append((status, reason, None, line))
            status, reason, used, line = int(match["code"]), match["reason"], False, line_of(node)
        blocks = (
            []
            if isinstance(node, docutils.nodes.paragraph)
            else elements_in(node, docutils.nodes.literal_block)
        )
        for block in blocks:
            if looks_like_json(block_text(block)):
                at = line_of(block)
                example, problems = json_example(
                    label[0], block_text(block), walk.at(at), lines=walk.lines_from(at)
                )
                example = attrs.evolve(example, summary=label[1])
                walk.diagnostics.extend(problems)
                found.append((status, reason, example, line_of(block)))
                used = True
    if not used:
        found.append((status, reason, None, line))
    return found


def _response_schema(
    walk: Walk, stem: str, section: _Section, shown: tuple[Example, ...] = (), method: str = ""
) -> TypeSpec | None:
    """The response body's schema: a table, a referenced schema or envelope, with nested item tables.

    ``shown``: the success examples; one that is a page of the table's items makes the table the
    items of a page.
    """
    top, pending, thing = _paginated_start(walk, section, shown=shown)
    owner: str | None = None  # the item schema (made here) whose field is pending; None: the top table
    made: list[str] = []
    for node in section.nodes(Kind.RESPONSE):
        if isinstance(node, docutils.nodes.table) or is_field_list(node):
            titled = _array_title(node)
            pending = titled if top is not None and titled else pending
            found = fields(walk, walk.table(node))
            if top is None:
                top = found
            elif pending:
                name = naming.pascal(thing) if thing else f"{stem}{naming.pascal(pending)}Item"
                item = add_schema(
                    walk, ObjectSchema(name, found, found[0].location if found else walk.at(line_of(node)))
                )
                top, pending = point_field(walk, top, owner, pending, item), None
                made.append(item)
            continue
        if not isinstance(node, docutils.nodes.paragraph):
            continue
        targets = [r["rstapi_ref"] for r in ref_nodes(node)]
        offered = schemas_offered(walk, targets, block_text(node))
        if top is None:
            for target in targets:
                envelope = walk.envelopes.get(normalize_label(target))
                if envelope is not None:
                    top = envelope
                    break
            else:
                if offered and vocab.PAGINATED_PHRASE.search(block_text(node)):
                    # "a paginated list of :ref:`gadgets`": a page whose results are the section's
                    top, pending, thing = _paginated_start(walk, section, node, shown)
                    if top is not None and pending:
                        top, pending = point_field(walk, top, None, pending, offered), None
                        continue
                if offered:
                    return _listed(node, offered, method)
        if top is None and vocab.PAGINATED_PHRASE.search(block_text(node)):
            top, pending, thing = _paginated_start(walk, section, node)
        if top is not None:
            named = LITERAL.findall(rst_text(node))
            found_in = _array_named(walk, top, made, named)
            if found_in is not None:
                owner, pending = found_in
                match = _THING.search(block_text(node))
                thing = match["thing"].strip() if match else ""
            if pending and offered:
                top, pending = point_field(walk, top, owner, pending, offered), None
    if top is None:
        report_unmatched(walk, section.elsewhere, ())
        return None
    top, unmatched = nest_items(walk, top, section.item_sections(Kind.RESPONSE), stem)
    top, unmatched = nest_anywhere(walk, top, [*unmatched, *section.elsewhere], stem)
    report_unmatched(walk, unmatched, top)
    return TypeSpec(
        "object",
        ref=add_schema(walk, ObjectSchema(f"{stem}Response", top, top[0].location if top else walk.at(0))),
    )


def _listed(paragraph: docutils.nodes.paragraph, offered: tuple[str, ...], method: str) -> TypeSpec:
    """The response a paragraph's ``:ref:``s give: the schema (one of several, ``offered``), or a
    list of it when the sentence holding the first ``:ref:`` says so ("A GET returns a list of
    books; each is described in :ref:`book fields`", `vocabulary.LIST_OF_PHRASE`; not a paginated
    one, whose envelope is another reading) and names no other method than ``method``."""
    item = TypeSpec("object", choices=offered) if len(offered) > 1 else TypeSpec("object", ref=offered[0])
    text = " ".join(rst_text(paragraph).split())
    shown = next((" ".join(ref.astext().split()) for ref in ref_nodes(paragraph)), "")
    sentence = next((s for s in vocab.SENTENCE_END.split(text) if shown and shown in s), "")
    named = vocab.METHOD_WORD.findall(sentence)
    if not vocab.LIST_OF_PHRASE.search(sentence) or vocab.PAGINATED_PHRASE.search(sentence):
        return item
    return TypeSpec("array", items=item) if not named or method in named else item


def _array_named(
    walk: Walk, top: tuple[Field, ...], made: list[str], named: list[str]
) -> tuple[str | None, str] | None:
    """(owner, field): the last array field a paragraph names, in the top table or an item table made."""
    candidates: list[tuple[str | None, tuple[Field, ...]]] = [(None, top)]
    candidates += [(owner, walk.schemas[owner].fields) for owner in reversed(made)]
    for owner, table in candidates:
        arrays = [n for n in named if any(f.name == n and f.type.json_type == "array" for f in table)]
        if arrays:
            return owner, arrays[-1]
    return None


def _paginated_start(
    walk: Walk,
    section: _Section,
    paragraph: docutils.nodes.Element | None = None,
    shown: tuple[Example, ...] = (),
) -> tuple[tuple[Field, ...] | None, str | None, str]:
    """The shared envelope with its ``results`` pending, where the wording says "a paginated list"
    or the example shows a page of the items the table documents (the page's own fields are then
    read from the example where the document has no envelope table)."""
    said = paragraph.astext() if paragraph is not None else prose(body_of(section.node))
    page = _page_of_items(walk, section, shown) if paragraph is None else _a_page(shown)
    if not (vocab.PAGINATED_PHRASE.search(said) or page) or _documents_its_page(walk, section):
        return None, None, ""
    envelope = walk.envelopes.get(_SHARED_ENVELOPE)
    if envelope is None and page is not None:
        envelope = tuple(
            Field(name, type_spec(written) or TypeSpec(None), "", page.location)
            for name, written in vocab.PAGE_FIELD_TYPES.items()
        )
    if envelope is None:
        line = line_of(paragraph) if paragraph is not None else section_line(section)
        walk.report("RST155", f"section {title_of(section.node)[0]!r} says the list is paginated", line)
        return None, None, ""
    return envelope, vocab.PAGINATION_FIELDS[-1], ""


def _page_of_items(walk: Walk, section: _Section, shown: tuple[Example, ...]) -> Example | None:
    """The first example whose top level is the paginator's envelope (count, next, previous,
    results) while the section's response table documents the items: it has no ``results`` row,
    and it names at least half the keys of the example's first item."""
    if _a_page(shown) is None:  # no example is a page: no table needs reading
        return None
    found = tables(section.nodes(Kind.RESPONSE))
    if not found:
        return None
    names = _names(walk.table(found[0]))
    if vocab.PAGINATION_FIELDS[-1] in names:  # the table documents the page itself
        return None
    for example in shown:
        value = example.value
        if not isinstance(value, dict) or not set(vocab.PAGINATION_FIELDS) <= set(value):
            continue
        items = value[vocab.PAGINATION_FIELDS[-1]]
        first = items[0] if isinstance(items, list) and items else None
        if isinstance(first, dict) and first and 2 * len(names & set(first)) >= len(first):
            return example
    return None


def _a_page(shown: tuple[Example, ...]) -> Example | None:
    """The first example whose top level is the paginator's envelope (count, next, previous, results)."""
    return next(
        (e for e in shown if isinstance(e.value, dict) and set(vocab.PAGINATION_FIELDS) <= set(e.value)), None
    )


def _names(table: Table) -> set[str]:
    column = table.column("name")
    return {
        row[column].text.strip("`").strip() for row in table.rows if column is not None and len(row) > column
    }


def _documents_its_page(walk: Walk, section: _Section) -> bool:
    """The section's own first response table is the envelope (the wording merely describes it)."""
    found = tables(section.nodes(Kind.RESPONSE))
    return bool(found) and _is_page_table(walk.table(found[0]))


def _is_page_table(table: Table) -> bool:
    """A table whose names are the paginator's fields (read without reporting anything)."""
    return set(vocab.PAGINATION_FIELDS) <= _names(table)


def _array_title(table: docutils.nodes.table) -> str | None:
    """The array field a table's own title names ("Fields in the courses array"), if any."""
    title = next((c for c in table.children if isinstance(c, docutils.nodes.title)), None)
    if title is None:
        return None
    section_kind, name = vocab.section_kind(title.astext())
    return name if section_kind is Kind.ARRAY_FIELDS else None


def _borrowed_examples(walk: Walk, schema: TypeSpec) -> tuple[Example, ...]:
    """A referenced schema's own examples; for an envelope, one page built from its items' example;
    for a list of a referenced schema, a list of its first example."""
    if schema.json_type == "array" and schema.items is not None:
        item = walk.schemas.get(schema.items.ref or "")
        if item is None or not item.examples or not item.examples[0].parsed:
            return ()
        source, name = item.examples[0], f"list_of_{naming.snake(item.name)}"
        return (Example(name, source.raw, source.location, [source.value], summary=naming.humanised(name)),)
    target = walk.schemas.get(schema.ref or "")
    if target is None:
        return ()
    if target.examples:
        return target.examples
    names = {f.name for f in target.fields}
    if not set(vocab.PAGINATION_FIELDS) <= names:
        return ()
    items = next((f for f in target.fields if f.name == vocab.PAGINATION_FIELDS[-1]), None)
    item_schema = walk.schemas.get(items.type.items.ref or "") if items and items.type.items else None
    if item_schema is None or not item_schema.examples or not item_schema.examples[0].parsed:
        return ()
    source = item_schema.examples[0]
    value = dict(zip(vocab.PAGINATION_FIELDS, (1, None, None, [source.value]), strict=True))
    name = f"page_of_{naming.snake(item_schema.name)}"
    return (Example(name, source.raw, source.location, value, summary=naming.humanised(name)),)
