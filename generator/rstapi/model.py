"""The extracted API: frozen attrs classes, each carrying the RST place it came from.

Stages talk through these values: ``rst.extract`` builds them, ``openapi.emit``
and ``lint`` read them. Nothing here knows about docutils or OpenAPI dicts.
"""

from __future__ import annotations

from typing import Any

import attrs

from rstapi.diagnostics import SourceLocation
from rstapi.records import Record

__all__ = [
    "Api",
    "Coverage",
    "Credentials",
    "CurlExample",
    "Example",
    "Exclusive",
    "Field",
    "IndexEntry",
    "Label",
    "ObjectSchema",
    "Operation",
    "Parameter",
    "RefUse",
    "Response",
    "SourceItem",
    "SourceLocation",
    "StateRule",
    "TypeSpec",
]


@attrs.frozen(repr=False)
class TypeSpec(Record):
    """A documented data type, resolved to JSON Schema terms."""

    json_type: str | None  # string, integer, number, boolean, array, object; None: any
    raw: str = ""
    format: str | None = None
    nullable: bool = False
    items: TypeSpec | None = None
    ref: str | None = None  # name of a component schema
    choices: tuple[str, ...] = ()  # names of component schemas the value may be one of (emitted anyOf)
    enum: tuple[Any, ...] = ()  # a string's values as written, a number's as numbers
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None  # "greater than 0", "a positive integer": above it
    exclusive_maximum: float | None = None  # "less than 100": below it
    max_items: int | None = None
    min_items: int | None = None  # "at least one email"
    default: Any = None
    max_length: int | None = None  # "string, max length 255"
    min_length: int | None = None
    # "must match the regular expression ``^[A-Z]{2}$``" (ECMA-262, as JSON Schema's pattern)
    pattern: str | None = None
    read_only: bool = False  # "integer (read-only)": the server sets it
    write_only: bool = False  # "Write-only.", "never returned": the client sends it, no response holds it


@attrs.frozen(repr=False)
class Field(Record):
    """One row of a field table."""

    name: str
    type: TypeSpec
    description: str
    location: SourceLocation
    refs: tuple[str, ...] = ()  # :ref: targets in the description (a nested object's table)
    required: bool | None = None  # what the doc says (a Required column, "(required)"); None: nothing
    example: Any = None  # an Example column's value, of the field's type
    deprecated: bool = False
    extensions: tuple[tuple[str, Any], ...] = ()  # ("x-min-version", "2.1"): emitted as written
    # A nested field's full name as the document writes it ("owner.name", "skills[].level"),
    # "" when that is ``name``: findings name the field by it, so two ``name`` fields are told apart.
    path: str = ""

    @property
    def full_name(self) -> str:
        return self.path or self.name


@attrs.frozen(repr=False)
class Example(Record):
    """A JSON example as written in the doc; ``value`` is None when it does not parse."""

    name: str
    raw: str
    location: SourceLocation
    value: Any = None
    parsed: bool = True
    extensions: tuple[tuple[str, Any], ...] = ()  # ("x-min-version", "2.1"): emitted as written
    summary: str = ""  # what it shows, in the doc's words (its section's title); "" -> from the name


@attrs.frozen(repr=False)
class Exclusive(Record):
    """Fields of one table the doc says a request gives at most one of ("either ``a`` or ``b``,
    not both"), where it says so."""

    names: tuple[str, ...]
    location: SourceLocation
    one_required: bool = False  # "either ... or ...": exactly one, not at most one


@attrs.frozen(repr=False)
class ObjectSchema(Record):
    """A field table; ``fields`` keeps duplicate rows so that lint can report them."""

    name: str
    fields: tuple[Field, ...]
    location: SourceLocation
    description: str = ""
    examples: tuple[Example, ...] = ()
    label: str | None = None
    exclusive: tuple[Exclusive, ...] = ()  # rules the rows' prose states about the whole object
    _by_name: dict[str, Field] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {f.name: f for f in reversed(self.fields)})

    def field(self, name: str) -> Field | None:
        """The first row named ``name`` (every example's every key asks)."""
        return self._by_name.get(name)


@attrs.frozen(repr=False)
class CurlExample(Record):
    """A curl command from an example block."""

    method: str | None
    url: str
    headers: tuple[tuple[str, str], ...]
    body: Example | None
    location: SourceLocation
    raw: str
    problems: tuple[str, ...] = ()  # shell-level defects, e.g. a missing line continuation
    media_type: str | None = None  # what the body is sent as, when a form's (a house-style curl's ``-F``)


@attrs.frozen(repr=False)
class Parameter(Record):
    """A path, query, header or cookie parameter (a response header is one too, in ``Response.headers``)."""

    name: str
    located_in: str  # "path", "query", "header" or "cookie"
    type: TypeSpec
    description: str
    location: SourceLocation
    required: bool = False
    example: Any = None
    origin: str = "table"  # table, curl, prose, path, field list
    deprecated: bool = False
    extensions: tuple[tuple[str, Any], ...] = ()  # ("x-min-version", "2.1"): emitted as written
    example_location: SourceLocation | None = None  # where the example is written (a curl), if elsewhere


@attrs.frozen(repr=False)
class Response(Record):
    status: int
    description: str
    location: SourceLocation
    schema: TypeSpec | None = None
    examples: tuple[Example, ...] = ()
    headers: tuple[Parameter, ...] = ()  # response headers (``located_in`` "header")
    media_type: str = "application/json"
    media_type_location: SourceLocation | None = None  # where the doc says the media type, if it does
    extensions: tuple[tuple[str, Any], ...] = ()  # ("x-min-version", "2.1"): emitted as written
    # the other media types the body is sent in, each with whether the schema and examples are its
    # too ("``application/json`` or ``application/xml``": XML's shape is not documented)
    more_media_types: tuple[tuple[str, bool], ...] = ()


@attrs.frozen(repr=False)
class StateRule(Record):
    """A state of the item an operation acts on in which the doc says the operation is refused
    ("cannot cancel an assignment that has been reminded"; "404 ... the license is not in an assigned
    or activated state"): the state, the operation that puts an item in it, the refusal status."""

    state: str  # "revoked", as the doc writes it
    setter: str  # operationId of the operation that puts the item in that state
    status: int | None  # the documented refusal status; None: the doc names none (a 4xx)
    sentence: str  # the rule as the doc words it
    location: SourceLocation


@attrs.frozen(repr=False)
class Credentials(Record):
    """The doc says an operation takes credentials in the ``Authorization`` header (an httpdomain
    ``:reqheader Authorization:``): the word before them (``Bearer``, ``Basic``, ``JWT``), as an
    example sends it or the description names it, and where the doc says so. The spec says it as
    the operation's security requirement (OpenAPI ignores an Authorization header parameter)."""

    scheme: str
    description: str
    location: SourceLocation
    example_location: SourceLocation | None = None  # an example sending credentials with the word


@attrs.frozen(repr=False)
class Operation(Record):
    operation_id: str
    method: str
    path: str  # normalised template: leading '/', one spelling per parameter
    tag: str
    summary: str
    description: str
    location: SourceLocation
    label: str | None = None
    path_spellings: tuple[tuple[str, SourceLocation], ...] = ()  # every spelling the doc used
    parameters: tuple[Parameter, ...] = ()
    request_schema: str | None = None
    request_examples: tuple[Example, ...] = ()
    responses: tuple[Response, ...] = ()
    curl_examples: tuple[CurlExample, ...] = ()
    prose: tuple[tuple[str, SourceLocation], ...] = ()  # paragraphs of the section, for lint
    deprecated: bool = False
    request_media_type: str = "application/json"  # a form's: application/x-www-form-urlencoded
    request_media_type_location: SourceLocation | None = None  # where the doc says it, if it does
    request_more_media_types: tuple[tuple[str, bool], ...] = ()  # as Response.more_media_types
    request_array: bool = False  # the body is an array of ``request_schema`` objects
    # a body that is no component object (no ``request_schema``): ["a", "b"]'s array of strings, a
    # text/plain body's string; its media type and examples are the fields above
    request_type: TypeSpec | None = None
    extensions: tuple[tuple[str, Any], ...] = ()  # ("x-min-version", "2.1"): emitted as written
    refused_when: tuple[StateRule, ...] = ()  # states of its item the doc says it is refused in
    credentials: Credentials | None = None  # the Authorization header the doc says it takes


@attrs.frozen(repr=False)
class IndexEntry(Record):
    """One bullet of the endpoint list at the top of the reference."""

    name: str
    path: str | None
    target: str | None
    location: SourceLocation


@attrs.frozen(repr=False)
class Label(Record):
    name: str
    location: SourceLocation


@attrs.frozen(repr=False)
class RefUse(Record):
    """A ``:ref:`` to a label, or (``method`` set) a reference to an operation: ``target`` is its path."""

    target: str
    location: SourceLocation
    resolved: bool
    method: str | None = None  # "GET" for :http:get:`/path`; resolved when an operation has it


@attrs.frozen(repr=False)
class SourceItem(Record):
    """A table row or a JSON example of the document, counted for the coverage figure."""

    kind: str  # "row" or "example"
    location: SourceLocation  # the row's first cell, the block's first line
    context: str  # what a person looks for: the table's headers and section title, or the section
    lines: tuple[int, ...] = ()  # every line it covers: a row's cells, a block's lines
    group: SourceLocation | None = None  # a row's table
    expected: str = ""  # the wording that would have been understood


@attrs.frozen(repr=False)
class Coverage(Record):
    """How many of the document's table rows and JSON examples went into the spec: (used, total)."""

    table_rows: tuple[int, int] = (0, 0)
    examples: tuple[int, int] = (0, 0)

    def __str__(self) -> str:
        rows, examples = self.table_rows, self.examples
        return f"table rows {rows[0]}/{rows[1]}, examples {examples[0]}/{examples[1]}"


@attrs.frozen(repr=False)
class Api(Record):
    title: str
    description: str
    sources: tuple[str, ...]
    operations: tuple[Operation, ...]
    schemas: tuple[ObjectSchema, ...]
    index: tuple[IndexEntry, ...] = ()
    labels: tuple[Label, ...] = ()
    refs: tuple[RefUse, ...] = ()
    inventory: tuple[SourceItem, ...] = ()  # every table row and JSON example, for coverage
    _by_name: dict[str, ObjectSchema] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {s.name: s for s in self.schemas})

    def schema(self, name: str) -> ObjectSchema | None:
        return self._by_name.get(name)

    def response_schemas(self) -> set[str]:
        """The names of the schemas a response body can hold, following nested references (a
        field's object, a list's items, at any depth)."""
        pending = [
            spec.ref
            for op in self.operations
            for response in op.responses
            if response.schema is not None
            for spec in (response.schema, response.schema.items)
            if spec is not None and spec.ref
        ]
        found: set[str] = set()
        while pending:
            schema = self.schema(pending.pop())
            if schema is None or schema.name in found:
                continue
            found.add(schema.name)
            for field in schema.fields:
                spec: TypeSpec | None = field.type
                while spec is not None:
                    if spec.ref:
                        pending.append(spec.ref)
                    spec = spec.items
        return found
