"""Problems as values: every diagnostic names a place a person can open.

The table ``CODES`` is the one list of diagnostic codes; docs/diagnostics.md
documents each of them (a test keeps the two in step).
"""

from __future__ import annotations

import enum
import os
import stat
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs

from rstapi.errors import InputError
from rstapi.records import Record

__all__ = [
    "CODES",
    "Code",
    "Diagnostic",
    "Level",
    "ReadError",
    "SourceLocation",
    "count_by_level",
    "lines_named",
    "refuse_unbounded",
]


class ReadError(InputError):
    """An input file cannot be read at all (missing, a directory, no permission): exit 2."""


def refuse_unbounded(status: os.stat_result, display: str, max_bytes: int, role: str, subject: str) -> None:
    """ReadError for what cannot be read in bounded time and memory: a device, FIFO or socket
    (it cannot be ``role``), or a file over ``max_bytes`` (``subject`` names it in the hint)."""
    if not stat.S_ISREG(status.st_mode):
        raise ReadError(f"{display}: not a regular file (a device, FIFO or socket cannot be {role})")
    if status.st_size > max_bytes:
        raise ReadError(
            f"{display}: {status.st_size / 2**20:.1f} MB is over the {max_bytes / 2**20:g} MB input limit "
            f"(raise max-input-mb in [tool.rstapi] if {subject} is really this large)"
        )


class Level(enum.IntEnum):
    """Severity, ordered so that ``max()`` gives the worst."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()


@attrs.frozen(order=True, repr=False)
class SourceLocation(Record):
    """A line (and optionally a column) in a file a person can open."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.path
        if self.column:
            return f"{self.path}:{self.line}:{self.column}"
        return f"{self.path}:{self.line}"

    def named_from(self, here: SourceLocation | None) -> str:
        """ "line 58" in a finding's message located at ``here``; "line 58 of docs/fields.inc" when
        this line is in another file (an included one): a line number alone points into the
        finding's own file."""
        if here is None or here.path == self.path:
            return f"line {self.line}"
        return f"line {self.line} of {self.path}"

    def shifted(self, lines: int) -> SourceLocation:
        return attrs.evolve(self, line=self.line + lines)


def lines_named(places: Sequence[SourceLocation], here: SourceLocation) -> str:
    """ "lines 4, 9" in a finding's message located at ``here``, the lines of another file (an
    included one) after its name: "lines 4, 9 and 2 of docs/intro.inc"."""
    by_file: dict[str, list[str]] = {}
    for place in places:
        by_file.setdefault(place.path, []).append(str(place.line))
    parts = [
        ", ".join(lines) + ("" if path == here.path else f" of {path}") for path, lines in by_file.items()
    ]
    return ("lines " if len(places) > 1 else "line ") + " and ".join(parts)


class Code(NamedTuple):
    """A stable diagnostic code, its default level, what it means and how to fix it."""

    code: str
    level: Level
    title: str
    hint: str


def _codes(*codes: Code) -> dict[str, Code]:
    return {c.code: c for c in codes}


E, W, N = Level.ERROR, Level.WARNING, Level.INFO  # N: note (info)

CODES: dict[str, Code] = _codes(
    # Reading the input (RST1xx)
    Code("RST100", E, "file cannot be read as UTF-8", "Save the file as UTF-8."),
    Code("RST101", E, "file is empty", "Point --source at the RST reference itself."),
    Code("RST102", W, "reStructuredText markup problem", "Fix the markup docutils reports at this line."),
    Code("RST103", E, "reStructuredText syntax error", "Fix the markup docutils reports at this line."),
    Code(
        "RST110",
        W,
        "endpoint section has no 'Method and Endpoint' table",
        "Add a 'Method and Endpoint' list-table with the HTTP method and path; the section is skipped until then.",
    ),
    Code(
        "RST111",
        E,
        "table row has a missing or extra cell",
        "Give every row as many cells as the header row.",
    ),
    Code(
        "RST112",
        W,
        "unknown data type",
        "Use one of the data types listed in docs/diagnostics.md (string, integer, bool (Nullable), array (obj) ...).",
    ),
    Code(
        "RST113",
        E,
        ":ref: points to a label that does not exist",
        "Add the label ('.. _Name:') before the section or fix the :ref: target.",
    ),
    Code("RST114", E, "label defined twice", "Rename one of the labels; :ref: targets must be unique."),
    Code("RST115", N, "label is never referenced", "Reference the label with :ref: or remove it."),
    Code(
        "RST116",
        E,
        "operation documented twice",
        "Merge the two sections or fix the method or path in one of them.",
    ),
    Code(
        "RST117",
        E,
        "JSON example does not parse",
        "Fix the JSON at the reported position (a missing bracket or quote is the usual cause).",
    ),
    Code(
        "RST118",
        W,
        "text looks like UTF-8 decoded as Latin-1 (mojibake)",
        "Replace the garbled characters with the intended ones (the message shows the repair).",
    ),
    Code(
        "RST120",
        E,
        "'Method and Endpoint' table has no usable method and path",
        "Put an HTTP method in the first cell and the path in the second.",
    ),
    # The house style as authors write it: readings and repairs (RST130-RST149)
    Code(
        "RST130",
        W,
        "data type looks misspelt",
        "Correct the data type to the one suggested (or another known type); until then the field has no type.",
    ),
    Code(
        "RST131",
        W,
        "JSON example has a control character (e.g. a tab) inside a string",
        "Write the character escaped (\\t, \\n) or remove it; the example was read with it kept.",
    ),
    Code(
        "RST132",
        W,
        "JSON example has a string wrapped across lines",
        "Put the whole string (often a URL) on one line; the example was read with the lines joined.",
    ),
    Code(
        "RST133",
        W,
        "JSON example has a trailing or doubled comma",
        "Remove the comma before the closing bracket; the example was read without it.",
    ),
    Code(
        "RST134",
        N,
        "JSON example has '...' placeholders",
        "Show complete values (or accept that the spec's example leaves the elided parts out).",
    ),
    Code(
        "RST135",
        N,
        "JSON example has comments",
        "Move the comment into the prose around the example; the example was read without it.",
    ),
    Code(
        "RST136",
        N,
        "JSON block in the request section of a method without a body",
        "Show the values as query parameters (a curl URL or a Parameters table); a GET has no request body.",
    ),
    Code(
        "RST137",
        W,
        "JSON example stops before its last closing brackets",
        "Add the closing brackets the message names at the end of the block; the example was read with them added.",
    ),
    Code(
        "RST138",
        W,
        "a header named in an endpoint's prose is not read",
        "Add the header to the operation in the overlay (a parameter with 'in: header'), "
        "or suppress RST138 with a reason where the spec need not say it.",
    ),
    # What the extractor could not use (RST15x): nothing is dropped without a word
    Code(
        "RST150",
        W,
        "table or field list not understood",
        "Head the columns (or write the list's items) the way the message lists, or move the table or list.",
    ),
    Code(
        "RST151",
        W,
        "table row or list item left out of the spec",
        "Make the row (or item) part of a field table or list the section uses (the message says why it was not).",
    ),
    Code(
        "RST152",
        W,
        "literal block left out of the spec",
        "Put JSON examples under an example title and curl commands under 'Example Request'.",
    ),
    Code(
        "RST153",
        W,
        "the document documents no endpoint",
        "Give each endpoint a section with a 'Method and Endpoint' table (method and path).",
    ),
    Code(
        "RST154",
        W,
        "item fields for an array the parent table does not have",
        "Name an array (or object) field of the table above: 'Fields in the <field> array'.",
    ),
    Code(
        "RST155",
        W,
        "paginated list but no paginated envelope is documented",
        "Document the envelope (count, next, previous, results) once in a 'Response Values' section.",
    ),
    Code(
        "RST156",
        W,
        ":ref: target is defined in a project file that is not among the sources",
        "Build the whole project: add that file with another --source, or give --source the folder.",
    ),
    Code(
        "RST157",
        W,
        "section not understood",
        "Use a title the house style knows (the message lists them) or move the section out of the endpoint.",
    ),
    Code(
        "RST158",
        W,
        "'Required' cell is neither yes nor no",
        "Write Yes or No (Required / Optional) in the cell; say the condition in the description.",
    ),
    Code(
        "RST159",
        W,
        "field table column not read",
        "Head the column with a word the house style knows (the message lists them), or fold it into the description.",
    ),
    Code(
        "RST160",
        W,
        "default or example value does not fit the field's type, or a range holds no value",
        "Write a value of the field's data type (20 for an integer, true for a boolean), or correct the type.",
    ),
    Code(
        "RST161",
        W,
        "path parameter table names a parameter the path does not have",
        "Spell the parameter as the path template in 'Method and Endpoint' does, or correct the template.",
    ),
    Code(
        "RST162",
        W,
        "toctree entry or include not read",
        "Name a file of the project, relative to this file.",
    ),
    Code(
        "RST163",
        W,
        "path parameter has no type",
        "Give the parameter a converter in the path ((int:user_id)) or document it with a :param field.",
    ),
    Code(
        "RST164",
        W,
        "httpdomain directive, field or example not read",
        "Use a field, converter, status or method httpdomain has (the message lists them), or move the text out of the directive.",
    ),
    Code(
        "RST165",
        W,
        "httpdomain arrow fields (:<json, :>header ...) point the way of one release only",
        "Write :reqjson/:resjson and :reqheader/:resheader, which both sphinxcontrib-httpdomain releases "
        'read alike, or set httpdomain-arrows = "1.x" or "2.x" in [tool.rstapi] (--httpdomain-arrows).',
    ),
    Code(
        "RST166",
        W,
        "include or literalinclude option not read: the file is not included",
        "Drop the option (:parser: other than rst, :diff:, :pyobject:), or keep the example in a file "
        "an option the reader applies can cut (:start-after:, :lines: ...).",
    ),
    Code(
        "RST167",
        W,
        "include or literalinclude option value does not apply",
        "Correct the value the message names (a text the file holds, a line range inside the file, "
        "options that can go together); the message says whether the file is included.",
    ),
    Code(
        "RST168",
        W,
        "curl example sends data that is not read",
        'Write the value as name=content (--data-urlencode "q=space opera") or show the file\'s '
        "content in the example; the rest of the command is read.",
    ),
    Code(
        "RST170",
        W,
        "a reading bound was crossed: what is past it is not read",
        "Split the document, or include and list fewer files (the message names the bound: included lines, "
        "included files, the input limit, toctree documents or glob matches).",
    ),
    Code(
        "RST171",
        W,
        "nested too deeply: the deeper lines are not read",
        "Flatten the nesting (lists, block quotes, definitions) to fewer levels.",
    ),
    Code(
        "RST172",
        W,
        "a project file the label scan found is not read",
        "Make it a regular file inside the project, within the input limit, or remove it.",
    ),
    # Reading os-api-ref references (RST176-RST179, RST18x): rest_method, rest_parameters and parameters.yaml
    Code(
        "RST176",
        N,
        "an os-api-ref sample or body parameter under no Request or Response subsection is read by what it fits",
        "Put it under a 'Request' or 'Response' subsection of the operation, or name the sample "
        "like thing-show-resp.json, so that nothing is left to a guess.",
    ),
    Code(
        "RST177",
        W,
        "a parameters file entry's 'required' is no YAML boolean: os-api-ref shows the parameter as required",
        "Write 'required: false' (unquoted) for an optional parameter, 'required: true' for a required one.",
    ),
    Code(
        "RST178",
        N,
        "a literal block or a section's prose outside every operation and after the page's first one "
        "(or the introduction of a page other than the one the API's description is) states no fact "
        "of an operation and is no part of the API's description",
        "Nothing to do if it is an illustration (a console session, a client's call) or a resource "
        "group's introduction; to document an operation, move it into that operation's section, where "
        "its description keeps it, or to the root document's introduction (before its first operation), "
        "which is the API's description.",
    ),
    Code(
        "RST180",
        W,
        "rest_parameters item names no entry of the parameters file",
        "Add the key to the parameters file or fix the item's value (the part after the colon is the file's key).",
    ),
    Code(
        "RST181",
        W,
        "parameters file entry has no valid 'in'",
        "Give the entry 'in: header', 'in: path', 'in: query' or 'in: body'.",
    ),
    Code(
        "RST182",
        W,
        "parameter listed where its 'in' does not apply",
        "List path, query and header parameters under 'Request' (a response's are headers or body), or fix 'in'.",
    ),
    Code(
        "RST183",
        W,
        "parameters file entry has an unknown type",
        "Use one of the types os-api-ref references use (the message lists them).",
    ),
    Code(
        "RST184",
        W,
        "parameters file cannot be used",
        "Fix the YAML (a mapping of keys to entries with in, type, description) or the path in rest_parameters.",
    ),
    Code(
        "RST185",
        N,
        "parameters file entry is used by no rest_parameters",
        "Remove the entry, or list it where the operation documents it.",
    ),
    Code(
        "RST186",
        W,
        "os-api-ref directive or line not understood",
        "Write '.. rest_method:: METHOD /path', '- name: key' items, and 'Normal response codes: 200, 202'.",
    ),
    Code(
        "RST187",
        W,
        "path parameter not listed in rest_parameters",
        "List the path parameter in the operation's rest_parameters (an entry with 'in: path').",
    ),
    Code(
        "RST188",
        N,
        "operation documented for an older microversion is left out",
        "Build with --microversion X.Y to get the operation as of that version.",
    ),
    Code(
        "RST189",
        W,
        "a rule in a field's prose names no field of its table",
        "Name the table's fields exactly in the rule (``serials``, not ``serial``).",
    ),
    Code(
        "RST190",
        W,
        "a sentence reads like a state rule, but its wording is not understood",
        "Word it as 'A <thing> can only be <done> if it is <state>', 'You cannot <do> a <thing> that has "
        "been <state>' or 'Returns 409 if the <thing> is already <state>' (the state a value the doc lists).",
    ),
    Code(
        "RST191",
        W,
        "a state rule names states no operation of the document puts an item in",
        "Name the state by the participle of the operation that sets it ('revoked' for .../revoke), "
        "or list the state among a field's documented values.",
    ),
    Code(
        "RST192",
        W,
        "an endpoint's path carries a query string",
        "Write the path without its query string and document each query parameter where the "
        "document's dialect does (a Parameters table, :query fields, rest_parameters).",
    ),
    Code(
        "RST193",
        W,
        "a status line or row names no HTTP status",
        "Write one status code from 100 to 599 ('404 Not Found'); for a range (4XX), list each status "
        "the operation returns.",
    ),
    Code(
        "RST194",
        W,
        "a parameters file entry has a key os-api-ref does not read",
        "Say it in the entry's description, or remove the key (os-api-ref reads in, type, required, "
        "description, min_version and max_version).",
    ),
    Code(
        "RST195",
        W,
        "parameters file entries out of os-api-ref's order",
        "Move the entry: the header, path, query and body entries in that order, each group in "
        "alphabetical order (os-api-ref warns otherwise, and sphinx-build -W fails).",
    ),
    Code(
        "RST196",
        N,
        "where a body key nests is guessed from the order of the parameters, or an array's item keys "
        "are read from the samples: no parameter lists them",
        "Add a request or response sample that shows the key (a literalinclude of a -req.json or "
        "-resp.json file): the samples say which object holds each key.",
    ),
    Code(
        "RST197",
        W,
        "a section for several methods lists several success statuses that name no method",
        "Name the method in each status's description ('204 No Content: DELETE cancels the order'), "
        "or document the methods in sections of their own.",
    ),
    Code(
        "RST198",
        W,
        "a field documented in two places says two things",
        "Make the object's section and the dotted row agree (or keep the field in one place only); "
        "the spec follows the object's own section.",
    ),
    Code(
        "RST199",
        N,
        "a field is documented both by a dotted row and in its object's own section",
        "Keep the field in one place (the object's section, or the dotted row); the two are read as one field.",
    ),
    Code(
        "RST200",
        W,
        "a field's :ref: names a fields section, and rows of its own document fields that section lacks",
        "Document those fields in the section the :ref: names (then the rows can go), or drop the :ref: "
        "so the field's own rows are its object.",
    ),
    Code(
        "RST201",
        W,
        "a request section's :ref: to a fields section is not followed",
        "Point the request at one fields section with no field table of its own (or drop the :ref:); "
        "a GET's request has no body.",
    ),
    Code(
        "RST202",
        W,
        "a request section's sentence about required fields is not read, or disagrees with a row",
        "Say it as 'The ``a`` and ``b`` fields are required.' of fields the section's table documents, "
        "or in the table's Required column; make the sentence and the rows agree.",
    ),
    Code(
        "RST203",
        W,
        "a response body is written for a status that has no body (204, 205)",
        "Remove the example or table, or document the status that returns the body (200 OK).",
    ),
    Code(
        "RST204",
        W,
        "a house-style endpoint section on a page another dialect's reader reads",
        "Move the section to a page of its own (the house style reads it there), or write it as a directive of the page's dialect (.. http:get::, .. rest_method::).",
    ),
    # Contradictions inside the document (DOC2xx)
    Code(
        "DOC201",
        W,
        "example has a field the table does not document",
        "Document the field in the table or remove it from the example.",
    ),
    Code(
        "DOC202",
        N,
        "documented field appears in no example",
        "Add the field to an example or check that it still exists.",
    ),
    Code(
        "DOC203",
        E,
        "example value contradicts the documented type",
        "Fix the data type in the table or the value in the example.",
    ),
    Code("DOC204", W, "field listed twice in one table", "Remove the duplicate row."),
    Code(
        "DOC205",
        E,
        "curl example uses another method than the 'Method and Endpoint' table",
        "Make the curl -X method match the table.",
    ),
    Code(
        "DOC206",
        E,
        "curl example URL does not fit the endpoint's path",
        "Make the curl URL follow the documented path template.",
    ),
    Code(
        "DOC207",
        W,
        "curl example uses a query parameter no table or prose declares",
        "Document the parameter in a 'Parameters' table.",
    ),
    Code(
        "DOC208",
        W,
        "endpoint list and endpoint sections disagree",
        "Make the endpoint list at the top name the same path as the section.",
    ),
    Code(
        "DOC209",
        W,
        "body field described as a query parameter",
        "Move the field to a 'Parameters' table (or fix its description).",
    ),
    Code(
        "DOC210", W, "path parameter spelled two ways", "Use one spelling of the path parameter everywhere."
    ),
    Code(
        "DOC211",
        W,
        "documented status has no example response",
        "Add an example response for the status, or say that the body is empty.",
    ),
    Code(
        "DOC212",
        W,
        "curl example is not a well-formed command",
        "Add the missing line continuation (\\) or remove the stray text.",
    ),
    Code(
        "DOC213",
        W,
        "example status contradicts the prose",
        "Make the prose and the example agree on the status code.",
    ),
    Code(
        "DOC214",
        N,
        "example shows null for a field not documented as nullable",
        "Add '(Nullable)' to the data type, or fix the example.",
    ),
    Code(
        "DOC215",
        W,
        "detail example asks for an item the example response does not show",
        "Make the curl example's id match the example response (or show the response for that id).",
    ),
    Code(
        "DOC216",
        W,
        "reference to an operation the reference does not document",
        "Fix the method or path of the :http:get:-style reference, or document the operation.",
    ),
    Code(
        "DOC217",
        W,
        "required request field is absent from the request example",
        "Add the field to the request example, or document it as optional.",
    ),
    Code(
        "DOC218",
        W,
        "microversion range excludes every example",
        "Add an example for a microversion in the range, or fix min_version/max_version.",
    ),
    Code(
        "DOC219",
        W,
        "example request line does not fit the operation",
        "Make the example request's method and path those of the directive (its path parameters filled in).",
    ),
    Code(
        "DOC220",
        W,
        "a path parameter's converter and its :param type disagree",
        "Make the converter in the signature ((int:user_id)) and the :param (or :type) field name one type, "
        "or drop the type from the :param field: the converter types the parameter.",
    ),
    Code(
        "DOC221",
        N,
        "decimal field is in no example: the spec says it is sent as a string",
        "Show the field in an example response (\"9.99\" or 9.99), or write its type 'string (decimal)' "
        "or 'number'.",
    ),
    Code(
        "DOC222",
        W,
        "decimal field is a string in one example and a number in another",
        'Write every example\'s value one way, as the service sends it ("9.99" by default in Django REST '
        "framework), or write its type 'string (decimal)' or 'number'.",
    ),
    Code(
        "DOC223",
        W,
        "example gives a string decimal a value outside the bounds its description says",
        "Give the example a value the description allows, or correct the bounds the description gives.",
    ),
    # Overlay (OVL3xx)
    Code(
        "OVL300",
        E,
        "overlay file is not valid YAML or not an Overlay 1.0.0 document",
        "Fix the overlay file; the message names the problem.",
    ),
    Code(
        "OVL301", E, "overlay action target matches nothing", "Fix the JSONPath target or remove the action."
    ),
    Code(
        "OVL302",
        E,
        "overlay action is malformed",
        "Give each action a 'target' and either 'update' or 'remove: true'.",
    ),
    Code(
        "OVL303",
        E,
        "overlay action would make the spec invalid; not applied",
        "Fix the action's update (the message names the validator's finding and its JSON pointer).",
    ),
    Code(
        "OVL304",
        W,
        "overlay's security scheme sends credentials otherwise than the document's example",
        "Fix the document's example to send what the overlay's scheme says, or fix the overlay.",
    ),
    # The emitted spec (SPEC4xx)
    Code(
        "SPEC400",
        E,
        "emitted spec is not valid OpenAPI 3.1",
        "Fix the RST or the overlay at the JSON pointer given.",
    ),
    Code(
        "SPEC401",
        E,
        "example does not validate against its schema",
        "Fix the example or the field table it is checked against.",
    ),
    Code("SPEC402", W, "component schema is never used", "Reference the schema or remove it in the overlay."),
    Code("SPEC403", E, "$ref does not resolve", "Point the $ref at an existing component."),
    Code(
        "SPEC404",
        E,
        "path template is malformed; its operations are left out",
        "Balance the braces in the 'Method and Endpoint' path: one {name} per parameter.",
    ),
    Code(
        "SPEC406",
        E,
        "an operation would make the spec invalid; it is left out",
        "Fix what the message names in the operation's section (a parameter given twice, a path parameter "
        "the template lacks); the rest of the spec is written.",
    ),
    Code(
        "SPEC407",
        W,
        "a path is an earlier path's template with other parameter names; its operation is read under that path",
        "Name the path parameter alike in every section that writes this path.",
    ),
    Code(
        "SPEC408",
        E,
        "a path is an earlier path's template with other parameter names, and both have this method; it is left out",
        "OpenAPI has one template per path: document the operation once, or give the paths different literal segments.",
    ),
    Code(
        "SPEC405",
        W,
        "the spec documents no operation",
        "Point --source at the reference itself; build keeps an existing spec unless --force is given.",
    ),
    # The project's own decisions: suppressions and the baseline (CFG5xx)
    Code(
        "CFG501",
        W,
        "suppression matches no finding",
        "Delete the [[tool.rstapi.suppress]] entry the message names (the finding is gone), or fix its code and anchor.",
    ),
    Code(
        "CFG502",
        N,
        "suppression is pinned to a line number",
        'Replace `location = "path:line"` with the anchored form the message shows; a line number stops matching when lines are inserted above it.',
    ),
    Code(
        "CFG503",
        N,
        "baseline entries match no finding",
        "Run `rstapi lint --baseline FILE --update-baseline` to drop them from the baseline.",
    ),
)
del E, W, N


@attrs.frozen(repr=False)
class Diagnostic(Record):
    """One problem found in the input, at a place a person can open."""

    code: str
    message: str
    location: SourceLocation | None = None
    level: Level = attrs.field()
    hint: str = attrs.field()
    pointer: str | None = None  # a JSON pointer into the emitted spec, where one applies
    resolution: str | None = None  # why it no longer counts: an overlay action or a suppression

    @property
    def resolved(self) -> bool:
        return self.resolution is not None

    @level.default
    def _level_default(self) -> Level:
        return CODES[self.code].level

    @hint.default
    def _hint_default(self) -> str:
        return CODES[self.code].hint

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        loc = self.location or SourceLocation("")
        return (loc.path, loc.line, loc.column, self.code)

    @property
    def place(self) -> str:
        """Where to look: ``path:line:col`` (or ``path:line``, ``path``), else the spec's JSON pointer."""
        return str(self.location) if self.location else (self.pointer or "<spec>")

    def __str__(self) -> str:
        """The one diagnostic format of every command: ``path:line:col: LEVEL CODE message``."""
        return f"{self.place}: {self.level.name} {self.code} {self.message}"


def count_by_level(diagnostics: Iterable[Diagnostic]) -> dict[Level, int]:
    """Unresolved diagnostics by level."""
    counts = dict.fromkeys(Level, 0)
    for diagnostic in diagnostics:
        if not diagnostic.resolved:
            counts[diagnostic.level] += 1
    return counts
