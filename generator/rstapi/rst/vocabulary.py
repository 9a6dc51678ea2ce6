"""The house style's vocabulary, as tables: section titles, column headers, data types, statuses.

Everything document-specific the extractor knows lives here as data, so a new
spelling is one line in a table rather than a new ``if``.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable
from typing import NamedTuple

__all__ = [
    "DATA_TYPES",
    "ENUM_PHRASES",
    "ENUM_PHRASES_WITHOUT_LITERALS",
    "HTTP_METHODS",
    "SectionKind",
    "TypeEntry",
    "column_role",
    "section_kind",
]

# The patterns of most tables are compiled the first time the table is read, not when the module is
# imported: a table ``NAME`` is declared here with its type and written as the maker
# ``_ON_FIRST_USE["NAME"]`` of its value, which the module's ``__getattr__`` calls once and keeps as
# the module's attribute. A reader reads only its own tables (an os-api-ref project reads
# none of the type grammar's, summaries' or state rules' wordings), and compiling them all is some
# 15 ms a process. The few patterns the functions of this module use are compiled at import.
_ON_FIRST_USE: dict[str, Callable[[], object]] = {}


class SectionKind(enum.Enum):
    METHOD = "method"
    REQUEST = "request"
    PARAMETERS = "parameters"
    PATH_PARAMETERS = "path-parameters"  # the path template's parameters: their types and descriptions
    EXAMPLE_REQUEST = "example-request"
    RESPONSE = "response"
    EXAMPLE_RESPONSE = "example-response"
    EXAMPLE_EXCHANGE = "example-exchange"  # "Example Request and Response", "Examples": curl and JSON
    STATUS_LIST = "status-list"
    ERROR_RESPONSE = "error-response"  # "Error Response Values": the fields of the error responses' body
    RESPONSE_HEADERS = "response-headers"  # "Response Headers": a Header | Type | Description table
    FIELDS = "fields"  # "Fields in a <thing> ..." : a reusable schema
    THING_EXAMPLE = "thing-example"  # "Example Response Showing Information about a <thing>"
    ARRAY_FIELDS = "array-fields"  # "Fields in the <field> array": the fields of its items
    ARRAYS = "arrays"  # "Arrays in the <X> Endpoint": a subsection per array or object field it returns
    ENDPOINT = "endpoint"  # a section documenting one operation
    PROSE = "prose"  # words for readers only ("Use Case", "Notes"): nothing the spec is made of
    UNKNOWN = "unknown"


SECTION_TITLES: dict[str, SectionKind] = {
    # Keys are normalised: lower case, articles dropped, plurals made singular (see SINGULAR).
    "method and endpoint": SectionKind.METHOD,
    "request values": SectionKind.REQUEST,
    "request value": SectionKind.REQUEST,
    "request body": SectionKind.REQUEST,
    "request body values": SectionKind.REQUEST,
    "request parameters": SectionKind.REQUEST,
    "request fields": SectionKind.REQUEST,
    "data values": SectionKind.REQUEST,  # "POST Data Values"
    "body values": SectionKind.REQUEST,
    "payload values": SectionKind.REQUEST,
    "payload": SectionKind.REQUEST,
    "request payload": SectionKind.REQUEST,
    "request data": SectionKind.REQUEST,
    "request body fields": SectionKind.REQUEST,
    "request body parameters": SectionKind.REQUEST,
    "body parameters": SectionKind.REQUEST,
    "input values": SectionKind.REQUEST,
    "parameters": SectionKind.PARAMETERS,
    "query parameters": SectionKind.PARAMETERS,
    "query string parameters": SectionKind.PARAMETERS,
    "query string": SectionKind.PARAMETERS,
    "request query parameters": SectionKind.PARAMETERS,
    "filter parameters": SectionKind.PARAMETERS,
    "path parameters": SectionKind.PATH_PARAMETERS,
    "url parameters": SectionKind.PATH_PARAMETERS,
    "path variables": SectionKind.PATH_PARAMETERS,
    "sample request body": SectionKind.EXAMPLE_REQUEST,
    "sample request payload": SectionKind.EXAMPLE_REQUEST,
    "response body": SectionKind.RESPONSE,
    "response body values": SectionKind.RESPONSE,
    "response body fields": SectionKind.RESPONSE,
    "response parameters": SectionKind.RESPONSE,
    "response data": SectionKind.RESPONSE,
    "response object": SectionKind.RESPONSE,
    "returned values": SectionKind.RESPONSE,
    "return values": SectionKind.RESPONSE,
    "output values": SectionKind.RESPONSE,
    "output fields": SectionKind.RESPONSE,
    "sample output": SectionKind.EXAMPLE_RESPONSE,
    "use case": SectionKind.PROSE,
    "example use case": SectionKind.PROSE,
    "description": SectionKind.PROSE,
    "overview": SectionKind.PROSE,
    "note": SectionKind.PROSE,
    "remark": SectionKind.PROSE,
    "detail": SectionKind.PROSE,
    "summary": SectionKind.PROSE,
    "background": SectionKind.PROSE,
    "permission": SectionKind.PROSE,
    "authentication": SectionKind.PROSE,
    "authorization": SectionKind.PROSE,
    "http status code": SectionKind.STATUS_LIST,
    "response status code": SectionKind.STATUS_LIST,
    "error code": SectionKind.STATUS_LIST,
    "error response": SectionKind.STATUS_LIST,
    "error": SectionKind.STATUS_LIST,
    "status and error code": SectionKind.STATUS_LIST,
    # The body of the 4xx and 5xx responses, as "Response Values" is the success's ("Errors
    # Response Values" too: plurals are made singular). A field table under "Error Response", a
    # statuses title, is read as one as well (``operations._error_tables``).
    "error response values": SectionKind.ERROR_RESPONSE,
    "error response value": SectionKind.ERROR_RESPONSE,
    "error response fields": SectionKind.ERROR_RESPONSE,
    "error response body": SectionKind.ERROR_RESPONSE,
    "error response body values": SectionKind.ERROR_RESPONSE,
    "error response body fields": SectionKind.ERROR_RESPONSE,
    "error response parameters": SectionKind.ERROR_RESPONSE,
    "error response object": SectionKind.ERROR_RESPONSE,
    "error response data": SectionKind.ERROR_RESPONSE,
    "error values": SectionKind.ERROR_RESPONSE,
    "error fields": SectionKind.ERROR_RESPONSE,
    "error body": SectionKind.ERROR_RESPONSE,
    "error object": SectionKind.ERROR_RESPONSE,
    "http method and endpoint": SectionKind.METHOD,
    "method and path": SectionKind.METHOD,
    "method and url": SectionKind.METHOD,
    "endpoint and method": SectionKind.METHOD,
    "example request": SectionKind.EXAMPLE_REQUEST,
    "sample request": SectionKind.EXAMPLE_REQUEST,
    "request example": SectionKind.EXAMPLE_REQUEST,
    "example request body": SectionKind.EXAMPLE_REQUEST,
    "example payload": SectionKind.EXAMPLE_REQUEST,
    "sample payload": SectionKind.EXAMPLE_REQUEST,
    "payload example": SectionKind.EXAMPLE_REQUEST,  # "POST Payload Example"
    "example of request": SectionKind.EXAMPLE_REQUEST,
    "response values": SectionKind.RESPONSE,
    "response fields": SectionKind.RESPONSE,
    "example response": SectionKind.EXAMPLE_RESPONSE,
    "sample response": SectionKind.EXAMPLE_RESPONSE,
    "response example": SectionKind.EXAMPLE_RESPONSE,
    "example response body": SectionKind.EXAMPLE_RESPONSE,
    "sample response body": SectionKind.EXAMPLE_RESPONSE,
    "example of response": SectionKind.EXAMPLE_RESPONSE,
    "example output": SectionKind.EXAMPLE_RESPONSE,
    "response": SectionKind.STATUS_LIST,
    "response code": SectionKind.STATUS_LIST,
    "status code": SectionKind.STATUS_LIST,
    # The headers the responses carry ("Location" of a 201, "X-RateLimit-Remaining"): a field table
    # or list whose names are headers. "Headers" alone is one only inside a response or statuses
    # section (``RESPONSE_PART_TITLES``): beside them it could as well be the request's.
    "response header": SectionKind.RESPONSE_HEADERS,
    "response header field": SectionKind.RESPONSE_HEADERS,
    "returned header": SectionKind.RESPONSE_HEADERS,
    "header returned": SectionKind.RESPONSE_HEADERS,
}

# Titles that name a part of a response only inside a response ("Response Values", "Example
# Response") or statuses section: "Headers" under "Response Values" are the response's headers.
RESPONSE_PART_TITLES: dict[str, SectionKind] = {
    "header": SectionKind.RESPONSE_HEADERS,
    "http header": SectionKind.RESPONSE_HEADERS,
}
RESPONSE_PARENTS = frozenset({SectionKind.RESPONSE, SectionKind.STATUS_LIST, SectionKind.EXAMPLE_RESPONSE})

# Plural words of section titles -> the singular the SECTION_TITLES keys use.
SINGULAR: dict[str, str] = {
    "endpoints": "endpoint",
    "examples": "example",
    "samples": "sample",
    "requests": "request",
    "responses": "response",
    "payloads": "payload",
    "bodies": "body",
    "codes": "code",
    "outputs": "output",
    "errors": "error",
    "methods": "method",
    "cases": "case",
    "notes": "note",
    "remarks": "remark",
    "details": "detail",
    "permissions": "permission",
    "headers": "header",
}
ARTICLES = frozenset({"a", "an", "the"})

# Kinds a title may qualify with the HTTP method it applies to: "POST Data Values", "PUT Request Values".
METHOD_QUALIFIED = frozenset(
    {
        SectionKind.REQUEST,
        SectionKind.PARAMETERS,
        SectionKind.EXAMPLE_REQUEST,
        SectionKind.RESPONSE,
        SectionKind.EXAMPLE_RESPONSE,
        SectionKind.EXAMPLE_EXCHANGE,
        SectionKind.STATUS_LIST,
        SectionKind.ERROR_RESPONSE,
        SectionKind.RESPONSE_HEADERS,
    }
)
# An endpoint's title that says it is deprecated: "gadgets Endpoint (deprecated)", "Deprecated:
# gadgets Endpoint" (its text may say so too: Sphinx's ``deprecated`` directive, ``operations._deprecated``).
DEPRECATED_WORD: re.Pattern[str]
_ON_FIRST_USE["DEPRECATED_WORD"] = lambda: re.compile(r"\bdeprecated\b", re.I)
# The method(s) a request or response title starts with: "POST Data Values", "PUT/PATCH Request
# Values", "PUT and PATCH Request Values", "PUT, PATCH Response Values" (the qualifier is "PUT/PATCH").
_TITLE_METHOD = r"(?:get|post|put|patch|delete)"
METHOD_PREFIX = re.compile(
    rf"^(?P<method>{_TITLE_METHOD}(?:\s*(?:/|,|&|\band\b|\bor\b)\s*{_TITLE_METHOD})*)\s+(?P<rest>.+)$"
)
_TITLE_METHOD_WORD = re.compile(_TITLE_METHOD)

SECTION_PATTERNS: tuple[tuple[re.Pattern[str], SectionKind], ...] = (
    (
        re.compile(
            r"^(?:fields|keys|properties|values) (?:in|of) (?:the |each )?(?P<thing>[\w.-]+)"
            r" (?:array|list|object)(?: items?| objects?| entries)?$"
        ),
        SectionKind.ARRAY_FIELDS,
    ),
    (
        re.compile(r"^(?:the )?(?P<thing>[\w.-]+) (?:array|list|object) (?:fields|keys|properties|values)$"),
        SectionKind.ARRAY_FIELDS,
    ),
    (re.compile(r"^fields in an? (?P<thing>.+?)(?: content item| object| item)?$"), SectionKind.FIELDS),
    (
        re.compile(
            r"^(?:example|sample) responses? showing (?:information )?(?:about|for) (?:an? |the )?(?P<thing>.+)$"
        ),
        SectionKind.THING_EXAMPLE,
    ),
    (
        re.compile(
            r"^(?:arrays|objects|nested objects|nested fields|arrays and objects|objects and arrays)"
            r" (?:in|of|for|returned by) (?:the |each )?(?P<thing>.+?)(?: endpoint| api)?$"
        ),
        SectionKind.ARRAYS,
    ),
    (re.compile(r"^(?P<thing>.+?)\s+endpoint$"), SectionKind.ENDPOINT),
)


# A qualifier after a title, in parentheses: "Response Values (paginated)", "Parameters (optional)".
_QUALIFIER = re.compile(r"\s*\([^()]*\)$")


def _table_key(normal: str) -> str:
    words = [SINGULAR.get(w, w) for w in _QUALIFIER.sub("", normal.rstrip(":")).split() if w not in ARTICLES]
    return " ".join(words)


def _titled(normal: str) -> tuple[SectionKind, str]:
    key = _table_key(normal)
    if key in SECTION_TITLES:
        return SECTION_TITLES[key], ""
    for pattern, kind in SECTION_PATTERNS:
        match = pattern.match(normal)
        if match:
            return kind, match.group("thing")
    return _example_title(key) or (SectionKind.UNKNOWN, "")


# Example titles are written every which way ("Example GET Response", "Sample JSON Response",
# "Example 404 Response", "Example Request and Response"): a title with an example word is an
# example section, of requests, responses or both by the words it also has; a method word in it
# says which method it is for (a status in it, which status: see ``title_status``).
EXAMPLE_WORDS = frozenset({"example", "sample"})
REQUEST_WORDS = frozenset({"request", "payload", "curl", "call", "input"})
RESPONSE_WORDS = frozenset({"response", "output", "reply", "result"})
_METHOD_WORDS = frozenset({"get", "post", "put", "patch", "delete"})
_TITLE_STATUS = re.compile(r"\b(?P<code>[1-5]\d\d)\b")


def _example_title(key: str) -> tuple[SectionKind, str] | None:
    words = set(key.replace("/", " ").split())
    if not words & EXAMPLE_WORDS:
        return None
    method = next((w.upper() for w in key.split() if w in _METHOD_WORDS), "")
    request, response = bool(words & REQUEST_WORDS), bool(words & RESPONSE_WORDS)
    if request == response:
        return SectionKind.EXAMPLE_EXCHANGE, method
    return (SectionKind.EXAMPLE_RESPONSE if response else SectionKind.EXAMPLE_REQUEST), method


def title_status(title: str) -> int | None:
    """The status an example title names ("Example 404 Response"), if any."""
    match = _TITLE_STATUS.search(title)
    return int(match["code"]) if match else None


@functools.lru_cache(maxsize=4096)  # a title's kind is asked for at every walk of its section
def section_kind(title: str, within: SectionKind | None = None) -> tuple[SectionKind, str]:
    """The kind of a section from its title, and the thing it names (for patterns); ``within``:
    the kind of the section it is a subsection of ("Headers" inside "Response Values").

    A request or response section qualified by a method ("POST Data Values") names the
    method as its thing, several joined by "/" ("PUT and PATCH Request Values": "PUT/PATCH").
    """
    normal = " ".join(title.lower().split())
    found = _titled(normal)
    if found[0] is SectionKind.UNKNOWN and within in RESPONSE_PARENTS:
        part = RESPONSE_PART_TITLES.get(_table_key(normal))
        if part is not None:
            return part, ""
    qualified = METHOD_PREFIX.match(normal)
    if found[0] is SectionKind.UNKNOWN and qualified:
        kind = _titled(qualified["rest"])[0]
        if kind in METHOD_QUALIFIED:
            return kind, "/".join(_TITLE_METHOD_WORD.findall(qualified["method"])).upper()
    return found


COLUMN_ROLES: dict[str, str] = {
    "field": "name",
    "name": "name",
    "parameter": "name",
    "value": "name",
    "key": "name",
    "object": "name",
    "property": "name",
    "attribute": "name",
    "field name": "name",
    "parameter name": "name",
    "header": "name",  # a response headers table: Header | Type | Description
    "header name": "name",
    "data type": "type",
    "datatype": "type",
    "type": "type",
    "value type": "type",
    "description": "description",
    "default": "default",
    "default value": "default",
    "example": "example",
    "example value": "example",
    "sample value": "example",
    "allowed values": "values",
    "possible values": "values",
    "valid values": "values",
    "values": "values",
    "enum": "values",
    "notes": "notes",
    "note": "notes",
    "comments": "notes",
    "details": "notes",
    "remarks": "notes",
    "required": "required",
    "required?": "required",
    "mandatory": "required",
    "optional": "optional",
    "optional?": "optional",
    "status": "status",
    "status code": "status",
    "http status": "status",
    "http status code": "status",
    "http code": "status",
    "response code": "status",
    "method": "method",
    "endpoint": "path",
    "path": "path",
    "url": "path",
}


def column_role(header: str) -> str | None:
    return COLUMN_ROLES.get(" ".join(header.lower().split()))


# Headers of a statuses section's table that name its status column there only (elsewhere a
# "Code" column may hold an error code, a country code ...): "Code | Description".
STATUS_TABLE_HEADERS = frozenset({"code", "codes", "status codes", "http status codes", "http codes"})


# Field entries written as a bullet or definition list instead of a table (older revisions do):
# "``name`` (type): description", "name (type) - description", "``name``: type. description".
# A list is read as fields when its first item has one of these shapes; ``type`` may be absent.
_LIST_NAME = r"(?P<name>``[^`]+``|[A-Za-z_][\w.\[\]-]*)"
_LIST_TYPE = r"(?P<type>[^()]+(?:\([^()]*\))?)"  # "string", "array (of strings)"
_LIST_SEPARATOR = r"\s*(?:[:\u2013\u2014]|--?)\s*"
LIST_FIELD_SHAPES: tuple[re.Pattern[str], ...]
_ON_FIRST_USE["LIST_FIELD_SHAPES"] = lambda: (
    re.compile(
        rf"^{_LIST_NAME}\s*\({_LIST_TYPE}\)(?:{_LIST_SEPARATOR}|\s+|$)(?P<description>.*)$",
        re.S,
    ),
    re.compile(rf"^(?P<name>``[^`]+``){_LIST_SEPARATOR}(?P<description>.*)$", re.S),
)
# A definition list's term: "``name``" or "``name`` (type)" (a classifier, "name : type", also gives it).
LIST_TERM_SHAPE: re.Pattern[str]
_ON_FIRST_USE["LIST_TERM_SHAPE"] = lambda: re.compile(rf"^{_LIST_NAME}\s*(?:\({_LIST_TYPE}\))?$", re.S)
# The data type leading a description that names none before it: "string. The name."
LEADING_TYPE: re.Pattern[str]
_ON_FIRST_USE["LEADING_TYPE"] = lambda: re.compile(
    r"^(?P<type>[^.;:]{1,40}?)[.;:]\s+(?P<description>.*)$", re.S
)
# Sections whose lists hold fields: their lists are read as fields or reported, never dropped.
FIELD_SECTIONS = frozenset(
    {
        SectionKind.REQUEST,
        SectionKind.PARAMETERS,
        SectionKind.PATH_PARAMETERS,
        SectionKind.RESPONSE,
        SectionKind.FIELDS,
        SectionKind.ARRAY_FIELDS,
        SectionKind.RESPONSE_HEADERS,
    }
)

# Whether a field must be given, as the doc says it: a "Required" (or "Optional") column's cell,
# a word in the type cell ("string (required)", "string, optional", "required string") or the
# description's first word ("Required. The name.", "(Optional) The page.").
REQUIRED_CELL: dict[str, bool] = {
    "yes": True,
    "y": True,
    "true": True,
    "required": True,
    "mandatory": True,
    "always": True,
    "x": True,
    "\u2713": True,  # a check mark
    "\u2714": True,
    "no": False,
    "n": False,
    "false": False,
    "optional": False,
    "-": False,
}
BOOLEAN_CELL: dict[str, bool] = {"true": True, "false": False, "yes": True, "no": False}
REQUIRED_WORDS: dict[str, bool] = {"required": True, "mandatory": True, "optional": False}
_REQUIRED_WORD = r"(?P<word>required|mandatory|optional)"
REQUIRED_IN_TYPE: tuple[re.Pattern[str], ...]
_ON_FIRST_USE["REQUIRED_IN_TYPE"] = lambda: (
    re.compile(rf"^(?P<type>.+?)\s*(?:,\s*|;\s*|\(\s*|\s+-\s*|\s+){_REQUIRED_WORD}\s*\)?$", re.I),
    re.compile(rf"^{_REQUIRED_WORD}\s*[,:]?\s+(?P<type>.+)$", re.I),
)
REQUIRED_IN_DESCRIPTION: re.Pattern[str]
_ON_FIRST_USE["REQUIRED_IN_DESCRIPTION"] = lambda: re.compile(
    rf"^\(?{_REQUIRED_WORD}\)?(?:[.:,]\s*|\)\s*|\s*$)", re.I
)
# ... or ending it: a last sentence of its own or a closing parenthesis, "The name. Required.",
# "The name. This field is optional.", "The name (required)." (a condition, "Required if ... is
# set.", says neither).
REQUIRED_AT_END: re.Pattern[str]
_ON_FIRST_USE["REQUIRED_AT_END"] = lambda: re.compile(
    rf"(?:(?<=[.!?])\s+(?:\(?{_REQUIRED_WORD}\)?|(?:this|the)\s+(?:field|parameter|value|property|attribute)"
    rf"\s+is\s+(?P<said>required|mandatory|optional))|\s+\((?P<closing>required|mandatory|optional)\))\.?\s*$",
    re.I,
)
# ... or a sentence of its own in the middle: "The quantity. **Required**. Must be at least 1."
REQUIRED_SENTENCE: re.Pattern[str]
_ON_FIRST_USE["REQUIRED_SENTENCE"] = lambda: re.compile(
    r"(?<=[.!?])\s+\(?(?P<word>required|mandatory|optional)\)?\.(?=\s)", re.I
)

# ... or a request section's sentence naming the fields: "The ``isbn`` and ``title`` fields are
# required.", "``note`` is optional.", "Both ``a`` and ``b`` are mandatory." (the whole sentence, so
# a condition, "``a`` is required if ``b`` is set", is none: a sentence with a literal and a
# required word that is not one of these is RST202).
REQUIRED_FIELDS_SENTENCES: tuple[re.Pattern[str], ...]
_ON_FIRST_USE["REQUIRED_FIELDS_SENTENCES"] = lambda: (
    re.compile(
        r"^(?:(?:the|both|all of the|all)\s+)?(?P<names>``[^`]+``(?:\s*(?:,|,?\s*and)\s*``[^`]+``)*)\s+"
        r"(?:(?:fields?|parameters?|values?|propert(?:y|ies)|attributes?|keys?)\s+)?(?:is|are)\s+"
        rf"(?:(?:both|all|always)\s+)?{_REQUIRED_WORD}[.!]?$",
        re.I,
    ),
    re.compile(
        rf"^(?:the\s+)?(?:fields?|parameters?|values?|propert(?:y|ies)|attributes?|keys?)\s+{_REQUIRED_WORD}\s+"
        r"(?:here\s+)?(?:is|are)\s+(?P<names>``[^`]+``(?:\s*(?:,|,?\s*and)\s*``[^`]+``)*)[.!]?$",
        re.I,
    ),
)
REQUIRED_FIELDS_CUE: re.Pattern[str]
_ON_FIRST_USE["REQUIRED_FIELDS_CUE"] = lambda: re.compile(
    r"``[^`]+``.*\b(?:required|mandatory|optional)\b|\b(?:required|mandatory|optional)\b.*``[^`]+``", re.I
)
REQUIRED_FIELD_NAME: re.Pattern[str]
_ON_FIRST_USE["REQUIRED_FIELD_NAME"] = lambda: re.compile(r"``([^`]+)``")

HTTP_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
# Several methods in one "Method" cell: "GET, POST", "GET/PUT", "PUT and PATCH".
METHOD_LIST_SPLIT: re.Pattern[str]
_ON_FIRST_USE["METHOD_LIST_SPLIT"] = lambda: re.compile(r"\s*(?:[,/&|]|\band\b|\bor\b)\s*|\s+", re.I)
# A method and path written as text in a "Method and Endpoint" section that has no table:
# "GET ``/gizmo/v1/gadgets/``", "``GET /gizmo/v1/gadgets/``", "GET, POST /gizmo/v1/gadgets/" (a
# paragraph's line, a list item or a literal block's line).
_METHOD_WORD = r"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)"
METHOD_AND_PATH: re.Pattern[str]
_ON_FIRST_USE["METHOD_AND_PATH"] = lambda: re.compile(
    rf"^`*(?P<methods>{_METHOD_WORD}(?:\s*(?:[,/&|]|\band\b|\bor\b)?\s*{_METHOD_WORD})*)`*\s*:?\s+"
    r"`*(?P<path>/[^\s`]*)`*\s*$"
)
# The media types of a form a curl example sends (``-F``, ``-d name=value``): the request body's.
FORM_MEDIA_TYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})
# Methods whose request values are query parameters, never a body.
METHODS_WITHOUT_BODY = frozenset({"GET", "HEAD"})
# Methods that send the body a request section documents. In a section for several methods, a
# request section whose title names no method ("Request Values" beside "GET, PUT, DELETE") is
# the body of these alone: not the GET's query parameters, nor a DELETE's body.
METHODS_WRITING_A_BODY = frozenset({"POST", "PUT", "PATCH"})
# A partial update documented beside the full one (PATCH beside PUT, RFC 5789; Django REST
# framework's partial update) sends only the fields it changes: the shared table's Required words
# are the full update's, and the partial one requires none of its fields.
PARTIAL_UPDATES: dict[str, str] = {"PATCH": "PUT"}
# A path parameter spelled as web frameworks spell it, read as OpenAPI's {name}: Django's and
# Flask's "<id>" or "<int:id>", Express's and Rails' ":id" segment ("things:batchGet" is no
# parameter: the colon must open the segment).
PATH_PLACEHOLDER: re.Pattern[str]
_ON_FIRST_USE["PATH_PLACEHOLDER"] = lambda: re.compile(
    r"<(?:(?P<converter>[^:<>/]+):)?(?P<angle>\w+)>|(?<=/):(?P<colon>[A-Za-z_]\w*)(?=/|$)"
)
# Successes that carry no body: a shared section's example is not the body of a method whose success is one.
BODYLESS_STATUSES = frozenset({204, 205})
# A method named in prose as methods are written ("204 No Content: DELETE cancels the order").
METHOD_WORD: re.Pattern[str]
_ON_FIRST_USE["METHOD_WORD"] = lambda: re.compile(r"\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b")
# The methods a status's description starts by saying it is for, not what it describes: a list of
# methods alone ("GET, PUT, PATCH", "(POST only)", "for GET and HEAD") or before a separator
# ("DELETE, the order was cancelled."; "DELETE cancels the order" keeps its words, the method
# its subject). ``rest`` is the description.
STATUS_METHODS: re.Pattern[str]
_ON_FIRST_USE["STATUS_METHODS"] = lambda: re.compile(
    rf"^\(?(?:[Ff]or\s+)?{_METHOD_WORD}(?:\s*(?:[,/&|]|\band\b|\bor\b)\s*{_METHOD_WORD})*"
    r"(?:\s+(?:only|requests?|calls?))?\)?(?:\.?\s*$|\s*[,:;\u2013\u2014]\s*|\s+-\s+|\.\s+)(?P<rest>.*)$",
    re.S,
)
# A Default column's cell that says there is none (Django's docs write "None").
NO_DEFAULT_CELLS = frozenset({"none", "n/a", "-", "—", "–", "no default"})
# The type of a parameter a converter gives ("<int:id>", "<uuid:key>"): Django's path converters
# and Flask's (Werkzeug's): (JSON type, format).
PATH_CONVERTERS: dict[str, tuple[str, str | None]] = {
    "int": ("integer", None),
    "float": ("number", None),
    "uuid": ("string", "uuid"),
    **dict.fromkeys(("str", "string", "slug", "path", "any"), ("string", None)),
}


class TypeEntry(NamedTuple):
    json_type: str | None
    format: str | None = None
    items: str | None = None  # key of DATA_TYPES for array items
    enum: bool = False


# The doc's data types -> JSON Schema. "X (Nullable)" and "array (X)" are composed from these.
DATA_TYPES: dict[str, TypeEntry] = {
    "string": TypeEntry("string"),
    "str": TypeEntry("string"),
    "text": TypeEntry("string"),
    "uuid": TypeEntry("string", "uuid"),
    "email": TypeEntry("string", "email"),
    "url": TypeEntry("string", "uri"),
    "integer": TypeEntry("integer"),
    "int": TypeEntry("integer"),
    "float": TypeEntry("number"),
    "number": TypeEntry("number"),
    "decimal": TypeEntry("number", "decimal"),  # a string or a number, as the examples show (rstapi.decimals)
    "boolean": TypeEntry("boolean"),
    "bool": TypeEntry("boolean"),
    "array": TypeEntry("array"),
    "list": TypeEntry("array"),
    "obj": TypeEntry("object"),
    "object": TypeEntry("object"),
    "dict": TypeEntry("object"),
    "enum string": TypeEntry("string", enum=True),
    "enum": TypeEntry("string", enum=True),
    "date": TypeEntry("string", "date"),
    "datetime": TypeEntry("string", "date-time"),
    "date-time": TypeEntry("string", "date-time"),
    "timestamp": TypeEntry("string", "date-time"),
    "double": TypeEntry("number"),
    "long": TypeEntry("integer"),
    "uri": TypeEntry("string", "uri"),
    "uuid4": TypeEntry("string", "uuid"),
    "email address": TypeEntry("string", "email"),
    "char": TypeEntry("string"),
    "html": TypeEntry("string"),
    "slug": TypeEntry("string"),
    "iso 8601 date": TypeEntry("string", "date"),
    "iso 8601 datetime": TypeEntry("string", "date-time"),
    "iso 8601 timestamp": TypeEntry("string", "date-time"),
    "dictionary": TypeEntry("object"),
    "map": TypeEntry("object"),
    "json object": TypeEntry("object"),
    "any": TypeEntry(None),  # any JSON value: no type to check
    "json": TypeEntry(None),
    "mixed": TypeEntry(None),
}

# Phrases in a description that introduce the complete list of allowed values.
# "Possible values are ...", "valid values: ...", "allowed values include ...", "either ``a`` or ``b``".
# The list runs to the end of its sentence: a full stop not inside a number or a literal ("One of
# ``0.5``, ``1``", "one of ``v1.x``, ``v2.x``").
ENUM_PHRASES: tuple[re.Pattern[str], ...]
# Those of ENUM_PHRASES that can match a description holding no inline literal (the others list
# ``literals``): a description without one is searched with these only.
ENUM_PHRASES_WITHOUT_LITERALS: tuple[re.Pattern[str], ...]
# Two or more literals joined by commas or "or", each perhaps explained in parentheses.
_LITERAL_CHOICES = r"``[^`]+``(?:\s*\([^()]*\))?(?:\s*(?:,|,?\s*\bor\b)\s*``[^`]+``(?:\s*\([^()]*\))?)+"
# A colon not after the words that introduce examples, not the values allowed ("For example:"): the
# colon first, so a search skips to each colon instead of trying every position.
_NOT_AN_EXAMPLES_COLON = (
    r":(?<!e\.g\.:)(?<!\beg:)(?<!example:)(?<!examples:)(?<!instance:)(?<!such as:)(?<!like:)"
    r"(?<!including:)(?<!e\.g:)"
)
_LITERAL_ASIDE = r"``[^`]+``(?:\s*\([^()]*\))?"  # "``relevance`` (default)"
_LITERALS_OR = rf"{_LITERAL_ASIDE}(?:\s*[,|]\s*{_LITERAL_ASIDE})*\s*(?:,?\s*\bor\b|\|)\s*{_LITERAL_ASIDE}"
_TO_FULL_STOP = r"(?:``[^`\n]+``|[^.]|\.(?=\d))+"
_ON_FIRST_USE["ENUM_PHRASES"] = lambda: (
    re.compile(
        r"\b(?:possible|valid|allowed|accepted|supported|permitted) values?(?: for \w+)?"
        rf"\s*(?:(?:are|is|include)\s*:?|:)\s*(?P<values>{_TO_FULL_STOP})",
        re.I,
    ),
    re.compile(r"\beither\s+(?P<values>``[^`]+``(?:\s*,\s*``[^`]+``)*\s*,?\s*or\s+``[^`]+``)", re.I),
    re.compile(rf"\bone of\s*:?\s*(?P<values>{_TO_FULL_STOP})", re.I),
    re.compile(rf"\bmay be\s*:?\s*(?P<values>``{_TO_FULL_STOP})", re.I),
    re.compile(rf"\bcan be one of\s*:?\s*(?P<values>{_TO_FULL_STOP})", re.I),
    # "The sort keys are limited to:" and a list of literals (a bound's "limited to 100" has no colon)
    re.compile(r"\blimited to\s*:\s*(?P<values>(?:\s*[-*]?\s*``[^`]+``[,.]?)+)", re.I),
    # a description that is only literals joined by "or", each perhaps explained in parentheses:
    # "``cat`` or ``dog``", "``relevance`` (default) or ``date``"
    re.compile(rf"^\s*(?P<values>{_LITERAL_CHOICES})\s*\.?\s*$", re.I),
    # such literals ending a sentence after a colon, "The sort order: ``asc`` or ``desc``.",
    # "Choices: ``a``, ``b``"; not after an example's words ("For example: ``a`` or ``b``")
    re.compile(rf"{_NOT_AN_EXAMPLES_COLON}\s*(?P<values>{_LITERAL_CHOICES})\s*(?:[.;]|$)", re.I),
    # ... or said to be what the value must be, "Must be ``asc`` or ``desc``", "should be ``a``, ``b``
    # or ``c``"; or in parentheses, joined by "or", "The sort order (``asc`` or ``desc``)."
    re.compile(
        rf"\b(?:must|should|shall|has to|needs to)\s+be\s+(?:either\s+)?(?P<values>{_LITERAL_CHOICES})(?=\s*(?:[.;,)]|$))",
        re.I,
    ),
    re.compile(r"\((?P<values>``[^`]+``(?:\s*,\s*``[^`]+``)*\s*,?\s*\bor\s+``[^`]+``)\)", re.I),
    # literals joined by "or" (or "|") as a clause of their own, after the start, a colon (not an
    # example's), a parenthesis or "must be": "``open`` or ``closed``. Default ``open``.", "The state:
    # ``open`` or ``closed``.", "Filter by state (``open`` | ``closed``)"; not "``a`` or ``b`` tickets"
    re.compile(
        rf"(?:^|{_NOT_AN_EXAMPLES_COLON}|\(|\b(?:must|should|can|is)\s+be\b|\bis\b)\s*(?P<values>{_LITERALS_OR})\s*(?=[.;)]|$)",
        re.I,
    ),
)

# Two or more literals in parentheses, joined by commas alone, "The state (``open``, ``closed``).":
# the field's values when each is one of its type (``types.enum_values``: tried only when no
# ENUM_PHRASES wording lists them and the description holds "(``"); not after the words that
# introduce examples, PARENTHESISED_EXAMPLE_WORDS ("such as (``a``, ``b``)"), whose own
# parentheses ("(e.g. ``a``)", "(such as ``a``, ``b``)") the pattern does not match.
PARENTHESISED_LITERALS: re.Pattern[str]
_ON_FIRST_USE["PARENTHESISED_LITERALS"] = lambda: re.compile(
    r"\(\s*(?P<values>``[^`]+``(?:\s*,\s*``[^`]+``)+)\s*\)"
)
PARENTHESISED_EXAMPLE_WORDS = (
    "e.g.",
    "e.g.,",
    "such as",
    "like",
    "including",
    "example",
    "example,",
    "examples",
    "instance",
    "instance,",
)

_ON_FIRST_USE["ENUM_PHRASES_WITHOUT_LITERALS"] = lambda: tuple(
    _made("ENUM_PHRASES")[i]  # type: ignore[index]
    for i in (0, 2, 4)  # possible values, one of, can be one of
)

# "Must be >= 0", "Limit is ``1000``", "default value of 20", "at most 5"
# (A number of more than 15 digits is no constraint anyone means; it is not read as one.)
# Thousands may be grouped with commas ("1,000", "2,147,483,647"; read without them: ``types.numeral``);
# "1,5" or "1, 2" are no grouping.
_GROUPED = r"\d{1,3}(?:,\d{3})+"
_NUMBER = rf"(?:{_GROUPED}(?![\d,]\d)|\d{{1,15}})(?!\d)"
# The units of a length, which a number written before is not a bound of the value of.
_UNITS = r"characters?|chars?|digits?|bytes?|letters?|words?"
# A number's bound as written after a bound phrase: ``1``, -5, 0.5; not a length ("at most 255
# characters") and not a count a sentence goes on about ("at most 3 are shown").
# A bound may be written as a word ("zero or greater", "greater than zero", "one or more"): the
# words read (``types.numeral`` reads them as numbers), not one a sentence goes on about ("at least
# one of ``a`` and ``b``").
NUMBER_WORDS: dict[str, str] = {
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
}
# Not the first or last word of a larger number ("one hundred", "ten thousand", "twenty-five").
_WORD_NUMBER = (
    rf"(?<!-)\b(?:{'|'.join(NUMBER_WORDS)})\b(?![\s-]*(?:hundred|thousand|million|billion)\b)(?!-\w)"
)
_NUMBER_WORD = rf"{_WORD_NUMBER}(?!\s+of\b)"
_BOUND_VALUE = (
    rf"(?:``)?(?P<n>-?{_NUMBER}(?:\.\d{{1,15}})?(?:[eE][+-]?\d{{1,3}}(?!\d))?|{_NUMBER_WORD})(?:``)?"
    rf"(?!\s*(?:{_UNITS}|decimal|are|is|will|can|may)\b)"
)
# Whether a description may give a bound at all: a digit, or a number in words.
NUMBER_WRITTEN: re.Pattern[str]
_ON_FIRST_USE["NUMBER_WRITTEN"] = lambda: re.compile(rf"\d|\b(?:{'|'.join(NUMBER_WORDS)})\b", re.I)
# A number's least value: "Must be at least 1", "at least 1", "minimum 0", "min: 0", "minimum
# value is 1", "no less than 1", "greater than or equal to 1", ">= 1", "1 or more". Read for a
# number's description only (an array's "at least one email" is MIN_ITEMS_PHRASE). Each pattern
# comes with the words (lower case) one of its wordings holds: a description with none of them
# is not searched with it.
_MIN_WORDS = ("least", "min", "less than", "smaller than", "lower than", "equal to", ">=", "≥")
_OR_MORE_WORDS = (" or more", " or greater", " or higher", " or above")
_MAX_WORDS = (
    "most",
    "max",
    "more than",
    "greater than",
    "larger than",
    "higher than",
    "equal to",
    "up to",
    "<=",
    "≤",
)
_OR_LESS_WORDS = (" or less", " or fewer", " or lower", " or below", " or smaller")
_ABOVE_WORDS = ("greater than", "more than", "larger than", "higher than")
_BELOW_WORDS = ("less than", "smaller than", "lower than")
_EXCEED_WORDS = ("exceed", "limited to")
# A comparison sign before a number ("> 0", ">0", "< -1"), not one in a link's "<https://...>".
_SYMBOL_CUES = {sign: (f"{sign} ", *(f"{sign}{c}" for c in "-0123456789")) for sign in "<>"}
# The words of RANGE_PHRASES' wordings, in its order: "between"/"from", a parenthesis before a
# number "(1-100)", "1 through 10", "range: 1-100", "range [1, 100]".
_RANGE_CUES = (
    ("between", "from"),
    tuple(f"({c}" for c in "-0123456789"),
    (" through ",),
    ("range:", "range :"),
    ("[",),
    (" to ", "-", "–", ".."),
)
# A bound written in a condition is none ("if more than 100, only 100 are returned", "when greater
# than 10, the result is paged"): the words that open one, and the marks that end a clause.
CONDITION_WORDS = frozenset({"if", "when", "whenever", "once", "unless", "while"})
CLAUSE_MARKS = (".", ";", ",", ":", "!", "?", "\n", "(")
# A comparison said negated is the other end, included: "must not be greater than 10" is at most 10,
# "cannot be less than 1" at least 1 (``_NEGATED`` opens those wordings); the comparison alone
# ("greater than 10") is the end excluded, and is not read where a negation stands just before it
# (``NEGATED_BEFORE``, searched in the text before the match: a look-behind per wording in the
# patterns themselves cost every position of every description they search).
_NEGATION = r"(?:no|not|never|neither|cannot|(?:ca|must|should|wo|is|does|do)n['’]t)"
_NEGATED = rf"\b{_NEGATION}(?:\s+be)?\s+"
# One negation before two comparisons joined by "or" ("nor") negates both: "must not be less than
# 2 or greater than 9" is at least 2 and at most 9, "neither shorter than 2 nor longer than 8
# characters" 2 to 8 characters. ``_negated_either(first)`` is the text up to the second
# comparison: the negation, the first comparison (``first``), its number (a length's unit or not), "or".
_FALLING = r"(?:less|smaller|lower|fewer|shorter) than"
_RISING = r"(?:more|greater|larger|higher|longer) than"
_EITHER_NUMBER = r"-?(?:\d{1,3}(?:,\d{3})+|\d{1,15})(?:\.\d{1,15})?"  # a bound or a length, as written
_EITHER_UNIT = r"(?:\s*(?:characters?|chars?|letters?|digits?)\b)?"


def _negated_either(first: str) -> str:
    return rf"{_NEGATED}{first}\s*(?:``)?{_EITHER_NUMBER}(?:``)?{_EITHER_UNIT},?\s+n?or\s+(?:be\s+)?"


def _first_of_either(first: str, second: str) -> str:
    """A length said negated and paired whose unit follows the second number only ("not shorter
    than 2 or longer than 9 characters"): the first number is the end (``n``)."""
    return (
        rf"{_NEGATED}{first}\s*(?:``)?(?P<n>\d{{1,9}})(?:``)?,?\s+n?or\s+(?:be\s+)?{second}"
        rf"\s*(?:``)?\d{{1,9}}(?:``)?\s*{_LENGTH_UNIT}"
    )


NEGATED_BEFORE: re.Pattern[str]
_ON_FIRST_USE["NEGATED_BEFORE"] = lambda: re.compile(
    rf"(?:{_NEGATED}|{_negated_either(f'(?:{_FALLING}|{_RISING})')})$", re.I
)
MINIMUM_PHRASES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
_ON_FIRST_USE["MINIMUM_PHRASES"] = lambda: (
    (
        re.compile(
            r"(?:\bat least|\bmin(?:imum)?\b\.?(?:\s+value)?(?:\s+(?:is|of))?\s*:?"
            rf"|{_NEGATED}(?:less|smaller|lower) than|{_negated_either(_RISING)}(?:less|smaller|lower) than"
            rf"|\bgreater than or equal to|>=|≥)\s*{_BOUND_VALUE}",
            re.I,
        ),
        _MIN_WORDS,
    ),
    (
        re.compile(rf"{_BOUND_VALUE}\s+or\s+(?:more|greater|higher|above)\b(?!\s+than)", re.I),
        _OR_MORE_WORDS,
    ),
)
# A number's greatest value: "Must be at most 100", "at most 100", "maximum 100", "max. 100",
# "no more than 100", "less than or equal to 100", "<= 100", "up to 100", "100 or less".
MAXIMUM_PHRASES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
_ON_FIRST_USE["MAXIMUM_PHRASES"] = lambda: (
    (
        re.compile(
            r"(?:\bat most|\bmax(?:imum)?\b\.?(?:\s+value)?(?:\s+(?:is|of))?\s*:?"
            rf"|{_NEGATED}(?:more|greater|larger|higher) than|{_negated_either(_FALLING)}(?:more|greater|larger|higher) than"
            rf"|\bless than or equal to|(?<!round )(?<!rounded )\bup to"
            rf"|<=|≤)\s*{_BOUND_VALUE}",
            re.I,
        ),
        _MAX_WORDS,
    ),
    # "must not exceed 100", "cannot exceed 100", "never exceeds 100", "limited to 100"
    (
        re.compile(rf"(?:\b{_NEGATION}(?:\s+to)?\s+exceeds?|\blimited to)\s*{_BOUND_VALUE}", re.I),
        _EXCEED_WORDS,
    ),
    (
        re.compile(rf"{_BOUND_VALUE}\s+or\s+(?:less|fewer|lower|below|smaller)\b(?!\s+than)", re.I),
        _OR_LESS_WORDS,
    ),
)
# A number's ends that the value itself may not take: "greater than 0", "more than 0", "> 0" (an
# exclusive minimum); "less than 100", "smaller than 100", "< 100" (an exclusive maximum). Not
# "greater than or equal to", "no more than", "no less than" (MINIMUM_PHRASES, MAXIMUM_PHRASES).
EXCLUSIVE_MINIMUM_PHRASES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
_ON_FIRST_USE["EXCLUSIVE_MINIMUM_PHRASES"] = lambda: (
    (
        re.compile(
            rf"\b(?:greater|more|larger|higher) than(?!\s+or\s+equal)\s*{_BOUND_VALUE}",
            re.I,
        ),
        _ABOVE_WORDS,
    ),
    (re.compile(rf"(?<![<>=])>(?!=)\s*{_BOUND_VALUE}"), _SYMBOL_CUES[">"]),
)
EXCLUSIVE_MAXIMUM_PHRASES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
_ON_FIRST_USE["EXCLUSIVE_MAXIMUM_PHRASES"] = lambda: (
    (
        re.compile(rf"\b(?:less|smaller|lower) than(?!\s+or\s+equal)\s*{_BOUND_VALUE}", re.I),
        _BELOW_WORDS,
    ),
    (re.compile(rf"(?<![<>=])<(?!=)\s*{_BOUND_VALUE}"), _SYMBOL_CUES["<"]),
)
# Two excluded ends joined by "or" ("less than 2 or greater than 9") give the values outside a
# range, which no one least and greatest value say: the text between the two comparisons.
OUTSIDE_JOIN: re.Pattern[str]
_ON_FIRST_USE["OUTSIDE_JOIN"] = lambda: re.compile(r"(?:``)?\s*,?\s*(?:or|else)\s+(?:be\s+)?", re.I)
# Every word the number tables above pair with their patterns (and RANGE_PHRASES', below), as
# plain text: a description with none of them is searched with no pattern, and none is compiled
# for it.
NUMBER_BOUND_CUES = tuple(
    dict.fromkeys(
        (
            *_MIN_WORDS,
            *_OR_MORE_WORDS,
            *_MAX_WORDS,
            *_OR_LESS_WORDS,
            *_ABOVE_WORDS,
            *_BELOW_WORDS,
            *_SYMBOL_CUES[">"],
            *_SYMBOL_CUES["<"],
            *_EXCEED_WORDS,
            *(word for words in _RANGE_CUES for word in words),
        )
    )
)
# A number's sign as a word: "a positive integer" (above 0); "non-negative", "must not be
# negative", "zero or positive", "a positive number or zero" (0 or more); "non-positive", "must
# not be positive", "zero or negative" (0 or less); "positive or negative" says no sign. The
# phrases of the last three are read first and taken out, so their "positive" is not the first's.
_SIGN_NOUN = r"(?:(?:integer|number|value|amount)\s+)?"
_SIGN_NOT = r"(?:(?:must|can|may|should|shall|will)\s+not\s+be|cannot\s+be|can't\s+be|is\s+never|never)"


def _sign_phrases(word: str) -> str:
    """The phrases saying a value is never ``word`` (zero included)."""
    return (
        rf"\bnon-?{word}\b|\b{_SIGN_NOT}\s+{word}\b|\b(?:zero|0)\s+or\s+(?:an?\s+)?{_opposite(word)}\b"
        rf"|\b{_opposite(word)}\s+{_SIGN_NOUN}or\s+(?:zero|0)\b"
    )


def _opposite(word: str) -> str:
    return "positive" if word == "negative" else "negative"


POSITIVE_WORD: re.Pattern[str]
_ON_FIRST_USE["POSITIVE_WORD"] = lambda: re.compile(r"\bpositive\b", re.I)
NON_NEGATIVE_WORD: re.Pattern[str]
_ON_FIRST_USE["NON_NEGATIVE_WORD"] = lambda: re.compile(_sign_phrases("negative"), re.I)
NON_POSITIVE_WORD: re.Pattern[str]
_ON_FIRST_USE["NON_POSITIVE_WORD"] = lambda: re.compile(_sign_phrases("positive"), re.I)
EITHER_SIGN: re.Pattern[str]
_ON_FIRST_USE["EITHER_SIGN"] = lambda: re.compile(
    r"\b(?:positive\s+or\s+negative|negative\s+or\s+positive)\b", re.I
)
# A string's length, as its description gives it: "at most 64 characters", "max length 255",
# "no more than 10 chars", "64 characters or fewer" (the greatest); "at least 8 characters",
# "minimum length 2" (the least); "between 2 and 8 characters", "2-8 digits" (both); "exactly 2
# letters", "a 4-digit code" (both, the same). With the words one of a pattern's wordings holds,
# as MINIMUM_PHRASES; a description with none of LENGTH_CUES is not searched.
_LENGTH_UNIT = r"(?:characters?|chars?|letters?|digits?)\b"
_UNIT_WORDS = ("char", "letter", "digit")
_CHARS = rf"(?:``)?(?P<n>(?:{_GROUPED}|\d{{1,9}})(?!\d)|{_WORD_NUMBER})(?:``)?\s*{_LENGTH_UNIT}"
# The same, excluded: "shorter than 65 characters" is at most 64, "longer than 8 characters" at least 9.
_CHARS_BELOW = _CHARS.replace("(?P<n>", "(?P<below>")
_CHARS_ABOVE = _CHARS.replace("(?P<n>", "(?P<above>")
_LENGTH_WORD = r"(?:\s+length)(?:\s+(?:is|of))?\s*:?\s*(?:``)?(?P<n>\d{1,9})(?:``)?\b"
LENGTH_CUES = (*_UNIT_WORDS, "length")


def _exact_lengths() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """The wordings of a length that is the least and the greatest alike."""
    return (
        (re.compile(rf"\bexactly\s*{_CHARS}", re.I), ("exactly",)),
        (
            re.compile(rf"(?:``)?\b(?P<n>\d{{1,9}})(?:``)?-{_LENGTH_UNIT}", re.I),
            tuple(f"-{w}" for w in _UNIT_WORDS),
        ),
    )


MAX_LENGTH_PHRASES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
_ON_FIRST_USE["MAX_LENGTH_PHRASES"] = lambda: (
    (
        re.compile(
            rf"(?:\bat most|\bup to|\blimited to|\bmax(?:imum)?\b\.?(?:\s+(?:is|of))?\s*:?"
            rf"|{_NEGATED}(?:to\s+)?(?:more than|exceeds?|longer than)|{_negated_either(_FALLING)}(?:more|longer) than)"
            rf"\s*{_CHARS}",
            re.I,
        ),
        _UNIT_WORDS,
    ),
    (re.compile(rf"\bmax(?:imum)?\b\.?{_LENGTH_WORD}", re.I), ("length",)),
    (re.compile(_first_of_either(r"(?:more|longer) than", _FALLING), re.I), _UNIT_WORDS),
    (re.compile(rf"{_CHARS}\s+(?:or (?:less|fewer)|max(?:imum)?\b|at most)", re.I), _UNIT_WORDS),
    (re.compile(rf"\b(?:shorter|fewer|less) than\s*{_CHARS_BELOW}", re.I), _UNIT_WORDS),
    *_exact_lengths(),
)
MIN_LENGTH_PHRASES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
_ON_FIRST_USE["MIN_LENGTH_PHRASES"] = lambda: (
    (
        re.compile(
            rf"(?:\bat least|{_NEGATED}(?:less than|fewer than|shorter than)|{_negated_either(_RISING)}(?:less|fewer|shorter) than"
            r"|\bmin(?:imum)?\b\.?(?:\s+(?:is|of))?\s*:?)"
            rf"\s*{_CHARS}",
            re.I,
        ),
        _UNIT_WORDS,
    ),
    (re.compile(rf"\bmin(?:imum)?\b\.?{_LENGTH_WORD}", re.I), ("length",)),
    (re.compile(_first_of_either(r"(?:less|fewer|shorter) than", _RISING), re.I), _UNIT_WORDS),
    (re.compile(rf"{_CHARS}\s+(?:or more|min(?:imum)?\b|at least)", re.I), _UNIT_WORDS),
    (re.compile(rf"\b(?:longer|more) than\s*{_CHARS_ABOVE}", re.I), _UNIT_WORDS),
    *_exact_lengths(),
)
LENGTH_RANGE_PHRASES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
_ON_FIRST_USE["LENGTH_RANGE_PHRASES"] = lambda: (
    (
        re.compile(
            rf"(?:\b(?:between|from)\s+)?(?:``)?\b(?P<low>\d{{1,9}}|{_WORD_NUMBER})(?:``)?\s*(?:and|to|-|–)\s*"
            rf"(?:``)?(?P<high>\d{{1,9}}|{_WORD_NUMBER})(?:``)?\s*{_LENGTH_UNIT}",
            re.I,
        ),
        _UNIT_WORDS,
    ),
    # "length must be between 1 and 50", "length: 2-8"
    (
        re.compile(
            r"\blength\b(?:\s+(?:must|should|can|may)\s+be|\s+is)?\s*:?\s*(?:between\s+)?"
            r"(?P<low>\d{1,9})\s*(?:and|to|-|–)\s*(?P<high>\d{1,9})\b",
            re.I,
        ),
        ("length",),
    ),
)
# A string's pattern, as its description gives it, always as an inline literal: "must match the
# regular expression ``^[A-Z]{2}$``", "regex: ``[a-z]+``", "pattern ``\d{4}``" (after a word that
# says it is one), or "must match ``^[a-z0-9-]+$``" (a literal anchored at either end: "must match
# ``id``" names something else). With the words one of a pattern's wordings holds, as
# MINIMUM_PHRASES.
PATTERN_PHRASES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
_ON_FIRST_USE["PATTERN_PHRASES"] = lambda: (
    (
        re.compile(r"\b(?P<word>regular expression|regexp?|pattern)\s*:?\s*``(?P<p>[^`]+)``", re.I),
        ("regular expression", "regex", "pattern"),
    ),
    (re.compile(r"\bmatch(?:es|ing)?\s+``(?P<p>\^[^`]*|[^`]*\$)``", re.I), ("match",)),
)
# After the word "pattern" a literal is a regular expression only with one of these in it ("the
# pattern ``YYYY-MM-DD``" is a format written out, "pattern ``[0-9]{4}``" a regular expression).
REGEX_SIGNS = frozenset("^$[]\\()*+?{}|")
_DECIMAL = rf"-?{_NUMBER}(?:\.\d{{1,15}})?"  # a range's end: 1, -5, 0.5
_END = rf"(?:{_DECIMAL}|{_NUMBER_WORD})"  # a range's end said in words as well: "between one and ten"
# "Must be between 1 and 100", "a value from 1 to 100", "the week, between 1 and 53": both ends,
# included ("from" only after words that say the value is meant or opening a clause, "The score,
# from 0 to 1", not "copied from 2019 to 2020"; "between" after any); and a range
# alone in parentheses, "(1-100)", "(1 to 100)". With the words one of a pattern's wordings holds.
RANGE_PHRASES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
_NOT_A_COUNT = rf"(?!\s*(?:{_UNITS}|items|elements|entries)\b)"  # a range of a length or a count is none
# An end's aside in words, "from 1 (lowest) to 5 (highest)": read past; never one that says the end
# is left out ("(exclusive)", "(not included)"), which the range's inclusive reading would contradict.
_END_ASIDE = r"(?>(?:\s*\((?![^()]*(?:exclu|\bnot\b|n't))[^()\d]{1,40}\))?)"
# A range said alone, as a clause of its own: "1 to 5", "Priority, 1 (low) to 5 (high).", "must be
# 1-5", "0..100 (inclusive)"; not one the clause goes on after ("1 to 5 stars", "2019-2020 data").
_BARE_RANGE = (
    rf"(?:^|[,;:]\s*|\b(?:must|should|can|may)\s+be\s+|\b(?:is|are)\s+)(?:``)?(?P<low>{_DECIMAL})(?:``)?"
    rf"{_END_ASIDE}\s*(?:to|-|–|\.\.)\s*(?:``)?(?P<high>{_DECIMAL})(?:``)?{_END_ASIDE}"
    r"(?=\s*(?:\(?inclusive\)?)?\s*(?:[.;,]|$))"
)
_ON_FIRST_USE["RANGE_PHRASES"] = lambda: tuple(
    (re.compile(wording, re.I), cues)
    for wording, cues in zip(
        (
            rf"(?:(?:must be|an? (?:integer|number|value)|ranges?)\s+from|(?:^|[,;:(]\s*)from|\bbetween)\s+(?:``)?(?P<low>{_END})(?:``)?"
            rf"{_END_ASIDE}\s+(?:and|to)\s+(?:``)?(?P<high>{_END})(?:``)?{_END_ASIDE}{_NOT_A_COUNT}",
            rf"\((?P<low>{_DECIMAL})\s*(?:-|–|to)\s*(?P<high>{_DECIMAL})\s*\)",
            rf"(?<![\w.-])(?P<low>{_END}){_END_ASIDE}\s+through\s+(?P<high>{_END})\b{_END_ASIDE}{_NOT_A_COUNT}",
            rf"\brange\s*:\s*(?:``)?(?P<low>{_DECIMAL})\s*(?:-|–|to)\s*(?P<high>{_DECIMAL})(?:``)?\b{_NOT_A_COUNT}",
            rf"\brange\s+(?:of\s+)?\[\s*(?P<low>{_DECIMAL})\s*,\s*(?P<high>{_DECIMAL})\s*\]{_NOT_A_COUNT}",
            _BARE_RANGE,
        ),
        _RANGE_CUES,
        strict=True,
    )
)
# "between 1 and 3 items", "from two to five tags", "1 to 10 ids": a list's least and greatest
# number of items, a range followed by the plural noun it counts (not a length, "2 to 8 characters").
COUNT_RANGE_PHRASE: re.Pattern[str]
COUNT_RANGE_CUES = ("between", "from", " to ")
_ON_FIRST_USE["COUNT_RANGE_PHRASE"] = lambda: re.compile(
    rf"(?:\b(?:between|from)\s+|(?:^|[,;:(]\s*))(?:``)?(?P<low>\d{{1,9}}|{_WORD_NUMBER})(?:``)?\s+(?:and|to)\s+"
    rf"(?:``)?(?P<high>\d{{1,9}}|{_WORD_NUMBER})(?:``)?\s+(?!(?:{_UNITS})\b)[a-z]+s\b",
    re.I,
)
# "at least one email", "at least 2 items": a list's documented minimum number of items.
COUNT_WORDS = {**{word: int(n) for word, n in NUMBER_WORDS.items()}, "a": 1, "an": 1}
MIN_ITEMS_PHRASE: re.Pattern[str]
_ON_FIRST_USE["MIN_ITEMS_PHRASE"] = lambda: re.compile(
    rf"\bat least\s+(?:``)?(?P<n>{_NUMBER}|{_WORD_NUMBER})(?:``)?\s+(?!characters?\b)\w+", re.I
)
# Two fields of one table a request gives at most one of, as the prose of a row says it:
# "either ``a`` or ``b``, but not both", "``a`` and ``b`` are mutually exclusive". A wording with
# "either" (group `one`) says a request gives exactly one of them.
_LIT = r"``(?P<{}>[^`]+)``"
EXCLUSIVE_PHRASES: tuple[re.Pattern[str], ...]
_ON_FIRST_USE["EXCLUSIVE_PHRASES"] = lambda: (
    re.compile(
        rf"\b(?P<one>either)\s+(?:\w+\s+)?{_LIT.format('a')}\s+or\s+{_LIT.format('b')},?\s+(?:but\s+)?not\s+both",
        re.I,
    ),
    re.compile(rf"{_LIT.format('a')}\s+(?:and|or)\s+{_LIT.format('b')},?\s+but\s+not\s+both", re.I),
    re.compile(rf"{_LIT.format('a')}\s+and\s+{_LIT.format('b')}\s+are\s+mutually\s+exclusive", re.I),
    re.compile(rf"\bonly\s+one\s+of\s+{_LIT.format('a')}\s+(?:and|or)\s+{_LIT.format('b')}", re.I),
)
# A list's greatest number of items: "Limit is 100", "at most 5 tags", "up to 10 ids", "no more
# than 3", "maximum of 20"; not a length of each item ("up to 255 characters each").
LIMIT_PHRASE: re.Pattern[str]
LIMIT_CUES = ("limit is", "most", "up to", "more than", "max")  # one of which each wording holds
_ON_FIRST_USE["LIMIT_PHRASE"] = lambda: re.compile(
    r"(?:\blimit is|\bat most|\bup to|\bmax(?:imum)?\b\.?(?:\s+(?:is|of))?\s*:?"
    rf"|{_NEGATED}(?:(?:contain|have|include|hold|take|accept)s?\s+)?more than)"
    rf"\s*(?:``)?(?P<n>{_NUMBER}|{_NUMBER_WORD})(?:``)?(?!\s*(?:{_UNITS}|are|is|will|can|may)\b)",
    re.I,
)
DEFAULT_PHRASE: re.Pattern[str]
_ON_FIRST_USE["DEFAULT_PHRASE"] = lambda: re.compile(
    rf"default(?: value)?(?: of| is)?\s*(?:``)?(?P<n>{_NUMBER})", re.I
)
# A default a field's description gives as a value: "Default: 10", "Defaults to ``asc``.", "(default
# true)", "The default is ``20``.", 'Default value: "EUR"', "Defaults to 'asc'" ("By default, ..."
# or "defaults to the caller's" give none).
# Also a value marked as the default after it: "``relevance`` (default) or ``date``", "page size,
# 10 by default".
DEFAULT_IN_DESCRIPTION: re.Pattern[str]
_ON_FIRST_USE["DEFAULT_IN_DESCRIPTION"] = lambda: re.compile(
    rf"\bdefaults?(?:\s+value)?(?:\s+to|\s+is|:)?\s+(?:``(?P<literal>[^`]+)``|(?P<word>-?{_NUMBER}(?:\.\d+)?|true|false|null)"
    r"|\"(?P<double>[^\"\n]{1,200})\"|'(?P<single>[^'\n]{1,200})')"
    r"(?=[\s.,;)]|$)"
    rf"|(?:``(?P<marked>[^`]+)``\s*\((?:the\s+)?default\)|(?<![\w.])(?P<marked_word>-?{_NUMBER}(?:\.\d+)?|true|false)\s+by\s+default\b)",
    re.I,
)
QUERY_PHRASE: re.Pattern[str]
_ON_FIRST_USE["QUERY_PHRASE"] = lambda: re.compile(r"\bquery[ _-]?(?:param(?:eter)?s?|strings?)\b", re.I)
_NULLABLE_SUFFIX = r"^(?P<base>.+?)\s*\(\s*nullable\s*\)$"
NULLABLE_SUFFIX: re.Pattern[str]
_ON_FIRST_USE["NULLABLE_SUFFIX"] = lambda: re.compile(_NULLABLE_SUFFIX, re.I)
ARRAY_OF: re.Pattern[str]
_ON_FIRST_USE["ARRAY_OF"] = lambda: re.compile(r"^(?:array|list)\s*\(\s*(?P<item>[^)]+?)\s*\)$", re.I)

# More ways authors write a data-type cell, each composed from DATA_TYPES entries:
# "string, nullable", "nullable string", "string or null" -> nullable;
# "Array of strings", "list of objects" -> array items; "string <uuid>", "string (uuid)" -> a format.
NULLABLE_FORMS: tuple[re.Pattern[str], ...]
_ON_FIRST_USE["NULLABLE_FORMS"] = lambda: (
    re.compile(_NULLABLE_SUFFIX, re.I),
    re.compile(r"^(?P<base>.+?)\s*,\s*nullable$", re.I),
    re.compile(r"^nullable\s+(?P<base>.+)$", re.I),
    re.compile(r"^(?P<base>.+?)\s+or\s+null$", re.I),
)
# A description that says the value may be null ("Nullable.", "(Nullable)", "may be null", "or
# null if none", "null when unset", "Null or a string.", "either ``null`` or an id"); not one that
# says it may not ("not nullable", "never null", "must not be null or empty").
NULLABLE_SAID: re.Pattern[str]
_ON_FIRST_USE["NULLABLE_SAID"] = lambda: re.compile(
    r"(?<!not )(?<!non-)(?<!non)\bnullable\b"
    r"|\b(?:may|can|might|will)\s+be\s+(?:``)?null\b"
    r"|\bor\s+(?:``)?null(?:``)?(?:\s+(?:if|when|for)\b|\s*[.,;)]|$)"
    r"|\b(?:``)?null(?:``)?\s+(?:if|when)\b"
    r"|(?:^|[.;:(]\s*|\beither\s+)(?:``)?null(?:``)?\s+or\b(?!\s+(?:empty|blank|missing|omitted|absent)\b)",
    re.I,
)
# A description that says the server sets the value and a request cannot ("Read-only.", "This field
# is read-only.", "(read only)", "Output only.", "Set by the server.", "Generated by the system.",
# "Server-assigned.", "Cannot be set.", "Ignored if sent in a request."): the schema's ``readOnly``.
# Not one said of some callers or times only ("read-only for learners", "read-only after creation")
# or of something else ("a read-only replica's host"),
# nor one the client may still give ("set by the server unless given", "generated if omitted"),
# nor one negated ("not read-only").
READ_ONLY_SAID: re.Pattern[str]
_READ_ONLY_ENDS = r"(?=\**\s*(?:[.;,:)]|$|(?:field|value|property|attribute)\b))"  # said of the field, not "a read-only replica"
_CLIENT_MAY_GIVE = (
    r"(?![^.;]*\b(?:unless|if\s+not|if\s+omitted|if\s+none|if\s+absent|when\s+omitted|by\s+default)\b)"
)
_SERVER = r"(?:the\s+)?(?:server|system|service|api|platform|backend)"
_ON_FIRST_USE["READ_ONLY_SAID"] = lambda: re.compile(
    rf"(?<!not )(?<!never )(?<!n't )\b(?:read[- ]?only|output[- ]only)\b(?!-){_READ_ONLY_ENDS}"
    rf"|\b(?:set|assigned|generated|computed|calculated|populated|filled\s+in)\s+(?:automatically\s+)?by\s+{_SERVER}\b{_CLIENT_MAY_GIVE}"
    rf"|\b(?:server|system)[- ](?:generated|assigned|set|computed)\b{_CLIENT_MAY_GIVE}"
    r"|\b(?:cannot|can\s*not|can't|may\s+not)\s+be\s+(?:set|written|given|provided|sent)(?:\s+by\s+(?:the\s+)?(?:client|caller|user)s?)?\s*[.;]"
    r"|\bignored\s+(?:if|when)\s+(?:sent|given|provided|included|supplied)\b"
    r"|\bignored\s+(?:in|on)\s+(?:requests?|input|writes?)\b",
    re.I,
)
# A description that says the client sends the value and no response holds it ("Write-only.",
# "(write only)", "Input only.", "Only on input.", "Never returned.", "It is never returned.", "Not
# returned in responses.", "never included in the response"): the schema's ``writeOnly``. Not one
# said of some cases only ("not returned when archived", "only on input for admins"), nor one
# negated ("not write-only").
WRITE_ONLY_SAID: re.Pattern[str]
_ON_FIRST_USE["WRITE_ONLY_SAID"] = lambda: re.compile(
    rf"(?<!not )(?<!never )(?<!n't )\b(?:write[- ]?only|input[- ]only)\b(?!-){_READ_ONLY_ENDS}"
    r"|\bonly\s+(?:on|in|as|for)\s+(?:input|requests?|writes?)\s*(?=[.;,:)]|$)"
    r"|\bnever\s+(?:returned|included|sent\s+back|shown|echoed(?:\s+back)?)"
    r"(?:\s+(?:in|on|by)\s+(?:the\s+|any\s+)?(?:responses?|output|reads?|server|api))?\s*(?=[.;,:)]|$)"
    r"|(?<!if )(?<!when )(?<!unless )\bnot\s+(?:returned|included|sent\s+back|echoed(?:\s+back)?)"
    r"(?:\s+(?:in|on)\s+(?:the\s+|any\s+)?(?:responses?|output|reads?))?\s*(?=[.;)]|$)",
    re.I,
)
ARRAY_OF_WORDS: re.Pattern[str]
_ON_FIRST_USE["ARRAY_OF_WORDS"] = lambda: re.compile(
    r"^(?:an?\s+)?(?:array|list)\s+of\s+(?P<item>.+?)$", re.I
)
# An array's description naming its items' type when the type cell does not ("array" alone): "each
# a decimal", "each an integer", "each one is a string", "a list of strings" (the word as a data
# type, singular or plural: ``types.described``); "each a string or a number" names no one type.
# Tried only on an array of unnamed items whose description holds one of ITEMS_SAID_WORDS.
ITEMS_SAID_WORDS = ("each", "list of", "array of")
ITEMS_SAID: re.Pattern[str]
_ON_FIRST_USE["ITEMS_SAID"] = lambda: re.compile(
    r"\b(?:each(?:\s+one)?(?:\s+(?:is|being))?\s+an?|(?:an?|as)\s+(?:list|array)\s+of)"
    r"\s+(?P<word>[a-z][a-z-]*)\b(?!\s+or\b)(?!\s+of\b)",
    re.I,
)
WITH_FORMAT: re.Pattern[str]
_ON_FIRST_USE["WITH_FORMAT"] = lambda: re.compile(
    r"^(?P<base>[a-z]+)\s*(?:<\s*(?P<angle>[\w-]+)\s*>|\(\s*(?P<paren>[\w-]+)\s*\))$", re.I
)
TYPE_FORMATS: dict[str, str] = {
    "uuid": "uuid",
    "email": "email",
    "url": "uri",
    "uri": "uri",
    "date": "date",
    "datetime": "date-time",
    "date-time": "date-time",
    "timestamp": "date-time",
    "int32": "int32",
    "int64": "int64",
    "float": "float",
    "double": "double",
    "decimal": "decimal",
}
# "list[string]", "array[object]", "string[]": arrays written with brackets.
ARRAY_BRACKETS: re.Pattern[str]
_ON_FIRST_USE["ARRAY_BRACKETS"] = lambda: re.compile(
    r"^(?:(?:array|list)\s*\[\s*(?P<item>[^\]]+?)\s*\]|(?P<suffix>[a-z][\w -]*?)\s*\[\s*\])$", re.I
)
# A qualifier after the type: "string (ISO 8601 date)", "integer (read-only)", "string, max length 255",
# "boolean, default false". What it says is read when TYPE_QUALIFIERS (or a pattern below) knows it.
QUALIFIED: re.Pattern[str]
_ON_FIRST_USE["QUALIFIED"] = lambda: re.compile(
    r"^(?P<base>[^(),;]+?)\s*(?:\(\s*(?P<paren>[^()]+?)\s*\)|[,;]\s*(?P<comma>.+?))$", re.I
)
TYPE_QUALIFIERS: dict[
    str, str
] = {  # qualifier -> what it sets: a format, "read-only", "write-only", or "" (a pointer for readers)
    "iso 8601": "date-time",
    "iso-8601": "date-time",
    "iso 8601 format": "date-time",
    "iso 8601 datetime": "date-time",
    "iso 8601 date-time": "date-time",
    "iso 8601 timestamp": "date-time",
    "iso 8601 date": "date",
    "read-only": "read-only",
    "read only": "read-only",
    "readonly": "read-only",
    "output only": "read-only",
    "output-only": "read-only",
    "write-only": "write-only",
    "write only": "write-only",
    "writeonly": "write-only",
    "input only": "write-only",
    "input-only": "write-only",
    "see below": "",
    "see above": "",
    "see note": "",
}
MAX_LENGTH_QUALIFIER: re.Pattern[str]
_ON_FIRST_USE["MAX_LENGTH_QUALIFIER"] = lambda: re.compile(
    r"^max(?:imum)?(?:\s+length)?(?:\s+of)?\s*(?P<n>\d{1,9})(?:\s+char(?:acter)?s)?$", re.I
)
DEFAULT_QUALIFIER: re.Pattern[str]
_ON_FIRST_USE["DEFAULT_QUALIFIER"] = lambda: re.compile(r"^default(?:s to|\s+is|:)?\s+(?P<value>.+)$", re.I)

# Words that may appear in a data-type cell besides the types (for the did-you-mean of a typo).
TYPE_GRAMMAR = frozenset({"of", "or", "null", "nullable", "an", "a"})

# Status lines: "204 No Content - ...", "status `202 Accepted`", "201 Created". The code's first
# digit opens the pattern and the look-behind follows it (the character before it is no word's,
# path's or number's), so the regex engine skips to each digit 1-5 rather than trying the
# look-behind at every character (tests/unit/test_status_phrase.py holds it to the look-behind first).
STATUS_PHRASE: re.Pattern[str]
_ON_FIRST_USE["STATUS_PHRASE"] = lambda: re.compile(
    r"(?P<code>[1-5](?<![\w/.-][1-5])\d\d)\s+(?P<reason>[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*)"
)

# In a status-list section ("Response", "Status Codes"): a line that starts with a status ("200 OK",
# "``404``: no such gadget", "HTTP 403 - not yours", "Status code 201"), and statuses named in
# prose ("returns HTTP 200 ..., or HTTP 404 if ...").
STATUS_LINE: re.Pattern[str]
_ON_FIRST_USE["STATUS_LINE"] = lambda: re.compile(
    r"^(?:HTTP\s+|status(?:\s+code)?\s+)?`*(?P<code>[1-5]\d\d)`*(?![\w/.-])"
    r"(?:\s+`*(?P<reason>[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*)`*)?\s*[:\-\u2013\u2014.]?\s*",
    re.I,
)
# A status-list line that starts as a status line does but with what is no status: a code outside
# 100-599 ("600 Custom Failure", "HTTP 099: early") or a range ("4XX Client Error"); a number
# followed by a lower-case word ("1000 items at most") is prose, not a status.
UNREAD_STATUS_LINE: re.Pattern[str]
_ON_FIRST_USE["UNREAD_STATUS_LINE"] = lambda: re.compile(
    r"^(?i:HTTP\s+|status(?:\s+code)?\s+)?`*(?P<code>\d{3}|[1-9][xX]{2})`*(?![\w/.-])"
    r"(?=\s*(?:$|[:\-\u2013\u2014.]|`*[A-Z]))"
)
STATUS_MENTION: re.Pattern[str]
_ON_FIRST_USE["STATUS_MENTION"] = lambda: re.compile(
    r"\b(?:HTTP|status(?:\s+code)?)\s+`*(?P<code>[1-5]\d\d)\b", re.I
)
# A status named in prose by its code and reason phrase, without "HTTP" ("returns 404 Not Found",
# "400 Bad Request or 409 Conflict"): a code, then words that ``operations._reasoned`` holds to the
# code's standard reason phrase (``REASON_PHRASES``); "returns 100 items" names no status.
REASON_MENTION: re.Pattern[str]
_ON_FIRST_USE["REASON_MENTION"] = lambda: re.compile(
    r"(?<![\w.,/-])`*(?P<code>[1-5]\d\d)`*\s+(?P<reason>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})"
)
# The reason phrases a status is named by besides Python's (``http.HTTPStatus``): RFC 9110's
# newer names and the ones in common use.
REASON_PHRASES: dict[int, tuple[str, ...]] = {
    413: ("Content Too Large", "Payload Too Large"),
    414: ("URI Too Long",),
    416: ("Range Not Satisfiable",),
    422: ("Unprocessable Content",),
}

# Wording that says a response is a page of the shared paginated envelope: "returns a paginated list".
PAGINATED_PHRASE: re.Pattern[str]
_ON_FIRST_USE["PAGINATED_PHRASE"] = lambda: re.compile(r"\b(?:paginated|paged)\b", re.I)

# Wording that says a response is a list of what the :ref: in its sentence documents: "A GET returns
# a list of books; each is described in :ref:`book fields`", "The response is an array of
# :ref:`gadget <g>` objects", "A list of :ref:`...`" (not "the list of its sizes": the list is
# what is returned, or the sentence itself).
LIST_OF_PHRASE: re.Pattern[str]
_ON_FIRST_USE["LIST_OF_PHRASE"] = lambda: re.compile(
    r"(?:^|\b(?:returns?|is|are|contains?|gives?)\s+)(?:a|an)\s+(?:json\s+)?(?:list|array|collection)\s+of\b",
    re.I,
)
# Where a sentence of prose ends: a full stop, "!" or "?", a blank and a capital (not "e.g. a", "v1.2").
SENTENCE_END: re.Pattern[str]
_ON_FIRST_USE["SENTENCE_END"] = lambda: re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'`])")

# Wording that offers several documented types ("a course, a course run, or a program"): with two or
# more :ref:s to field sections in one paragraph, the value is oneOf those schemas.
ONE_OF_PHRASE: re.Pattern[str]
_ON_FIRST_USE["ONE_OF_PHRASE"] = lambda: re.compile(r"\b(?:one of|may be|can be|either|or)\b", re.I)

# The paginated envelope of list responses (Django REST framework's, which the house style documents).
PAGINATION_FIELDS: tuple[str, ...] = ("count", "next", "previous", "results")
# Their data types, as the house style writes them, for a page the doc shows in an example only
# (an endpoint whose table documents the items while its example is the page).
PAGE_FIELD_TYPES: dict[str, str] = {
    "count": "integer",
    "next": "url (nullable)",
    "previous": "url (nullable)",
    "results": "array",
}

# ---------------------------------------------------------------- operation summaries
# An operation's one-line summary is made of the document's own words (``rstapi.rst.summary``):
# the section's title when it names the action, else the first sentence of the section without
# the lead-in that names the call ("GET calls to the ``gadgets`` endpoint return ..."), at most
# SUMMARY_WORDS words, shortened at a clause or phrase boundary, never with "...".
SUMMARY_WORDS = 10
_SUMMARY_TARGET = r"(?:\S+\s+){0,3}?(?:endpoints?|api|resource|url|uri|path)\b|\S+"
SUMMARY_LEAD_INS: tuple[re.Pattern[str], ...]
_ON_FIRST_USE["SUMMARY_LEAD_INS"] = lambda: (
    # "GET calls to the gadgets endpoint (to) ...", "You can make POST requests to /gadgets/ to ..."
    re.compile(
        rf"^(?:you can |you may )?(?:make |send |issue )?(?:an? )?{_METHOD_WORD}(?:\s*(?:,|/|and|or)\s*{_METHOD_WORD})*"
        rf"\s+(?:calls?|requests?)\s+(?:to|on|against|for)\s+(?:the |this )?(?:{_SUMMARY_TARGET})"
        r"(?:\s+(?:in order )?to\b)?\s*",
        re.I,
    ),
    # "Use the gadgets endpoint to ...", "You can use this API to ..."
    re.compile(
        rf"^(?:you can |you may )?use\s+(?:the |this )?(?:{_SUMMARY_TARGET})\s+(?:in order )?to\s+", re.I
    ),
    # "The gadgets endpoint lets you ...", "This endpoint is used to ..."
    re.compile(
        rf"^(?:the |this )(?:{_SUMMARY_TARGET})\s+(?:lets you|allows you to|enables you to|is used to|can be used to)\s+",
        re.I,
    ),
)
# A verb after a lead-in that removed its subject says what the call does ("... endpoint reminds
# learners"): the summary says it as an instruction ("Remind learners"). Endings, longest first.
THIRD_PERSON_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ies", "y"),
    ("sses", "ss"),
    ("shes", "sh"),
    ("ches", "ch"),
    ("xes", "x"),
    ("zes", "z"),
    ("s", ""),
)
NOT_THIRD_PERSON: re.Pattern[str]
_ON_FIRST_USE["NOT_THIRD_PERSON"] = lambda: re.compile(r"(?:ss|us|is)$", re.I)
# Where a long action may end: before a clause (strongest) or, failing that, before a phrase.
SUMMARY_CLAUSE_BREAKS = frozenset(
    {
        "that", "which", "who", "whose", "where", "when", "while", "whether", "if", "unless", "because",
        "so", "as", "provided", "specified", "given", "using", "based", "including", "such",
    }
)  # fmt: skip
SUMMARY_PHRASE_BREAKS = frozenset(
    {
        "in", "on", "for", "from", "with", "within", "by", "via", "at", "across", "during", "per",
        "into", "under", "after", "before", "and", "or",
    }
)  # fmt: skip
# Words a shortened summary does not end on ("... a single course in a" -> "... a single course"),
# and that make a clause word an adjective ("in the given plan").
SUMMARY_FUNCTION_WORDS = (
    SUMMARY_PHRASE_BREAKS
    | ARTICLES
    | frozenset(
        {
            "of", "to", "about", "than", "between", "among", "through", "over", "without", "against",
            "toward", "towards", "like", "each", "every", "any", "some", "all", "both", "no", "this",
            "that", "these", "those", "its", "their", "your", "our", "my", "his", "her", "whose",
        }
    )
)  # fmt: skip
# A possessive needs the noun after it ("an account's", "the learners'"): a summary does not end on one.
POSSESSIVE_ENDINGS = ("'s", "s'", "\u2019s", "s\u2019")
# A title names the action when its first word is one of these verbs or the sentence's own verb
# ("Allocate Assignments"); a title ending in one of RESOURCE_TITLE_WORDS names the resource.
ACTION_VERBS = frozenset(
    {
        "get", "list", "retrieve", "fetch", "find", "search", "view", "show", "read", "return",
        "create", "add", "post", "make", "register", "submit", "upload", "import", "generate", "issue",
        "update", "change", "edit", "modify", "set", "replace", "patch", "reset", "refresh",
        "delete", "remove", "revoke", "cancel", "archive", "disable", "enable", "deactivate", "activate",
        "assign", "unassign", "allocate", "enroll", "unenroll", "remind", "send", "notify", "approve",
        "reject", "verify", "validate", "check", "exchange", "download", "export", "obtain", "request",
    }
)  # fmt: skip
RESOURCE_TITLE_WORDS = frozenset({"endpoint", "endpoints", "api", "apis", "resource", "resources"})
# In a section for several methods whose sentence names none of them ("The comments endpoint lets
# you list and add comments"), the verbs that say each method's action: of "list and add", the
# GET's summary keeps "list", the POST's "add"; with no verb of its own ("manage comments") a
# method's summary says its ``METHOD_SUMMARY_VERBS`` verb ("Get comments", "Create comments").
METHOD_ACTION_VERBS: dict[str, frozenset[str]] = {
    "GET": frozenset({"get", "list", "retrieve", "fetch", "find", "search", "view", "show", "read", "return", "see"}),
    "HEAD": frozenset({"check"}),
    "POST": frozenset({"create", "add", "post", "make", "register", "submit", "upload", "import", "generate",
                       "issue", "send", "enroll", "assign", "allocate", "request"}),
    "PUT": frozenset({"replace", "update", "change", "edit", "modify", "set"}),
    "PATCH": frozenset({"update", "change", "edit", "modify", "set", "patch"}),
    "DELETE": frozenset({"delete", "remove", "revoke", "cancel", "archive", "unenroll", "unassign"}),
}  # fmt: skip
METHOD_SUMMARY_VERBS: dict[str, str] = {
    "GET": "Get", "HEAD": "Check", "POST": "Create", "PUT": "Replace", "PATCH": "Update", "DELETE": "Delete",
}  # fmt: skip
# The words joining the verbs of one action ("list, add or remove").
VERB_JOINERS = frozenset({"and", "or", "and/or", "&"})


# Mojibake whose second byte was lost on the way (C1 controls and soft hyphens vanish), which
# ftfy cannot undo on its own: the lone lead character, between letters, and what it stood for.
LOSSY_MOJIBAKE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=\w)â(?=\w)"), "\u2019"),  # U+2019 (E2 80 99) with 80 99 lost: learnerâs
    (re.compile(r"(?<=\w)Ã(?=[a-z])"), "í"),  # U+00ED (C3 AD) with the soft hyphen AD lost: tecnologÃa
)


# ---------------------------------------------------------------- state rules (rst/states.py)
# Sentences that say in which state of its item an operation is refused. Each wording is a pattern
# and what its named states are: REFUSED_STATES ("cannot cancel an assignment that has been
# reminded": the named states are refused) or ALLOWED_STATES ("can only be reminded if it is
# allocated": every other state an operation of the document sets is refused).
REFUSED_STATES, ALLOWED_STATES = "refused", "allowed"
_STATE_WORD = r"(?:``|\"|')?[A-Za-z][\w-]*(?:``|\"|')?"
_STATE_LIST = (
    rf"(?P<states>{_STATE_WORD}(?:\s*,\s*(?:(?:or|and)\s+)?{_STATE_WORD}|\s+(?:or|and)\s+{_STATE_WORD})*)"
)
_PARTICIPLE_LIST = (
    r"(?P<states>\w+(?:ed|en)(?:\s*,\s*(?:(?:or|and)\s+)?\w+(?:ed|en)|\s+(?:or|and)\s+\w+(?:ed|en))*)"
)
_THING = r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?"
_BE = r"(?:is|are|was|were|has\s+been|have\s+been)"
_ITEM = rf"(?:it|they|(?:an?|the)\s+{_THING})"
_IN_STATE = rf"(?:in\s+(?:an?|the)\s+)?{_STATE_LIST}(?:\s+(?:state|status))?\b"
_CANNOT = r"(?:cannot|can\s*not|can't|may\s+not|must\s+not)"
_CANNOT_CUES = ("not", "n't")  # each of _CANNOT's words holds one


class StatePhrase(NamedTuple):
    """A wording of a state rule: its pattern (case-insensitive), what its named states are, and
    words one of which a sentence it reads holds (lower case), so that a pattern is compiled only
    for a document that has a sentence with one of them (some 5-11 M instructions each)."""

    pattern: str
    mode: str
    cues: tuple[str, ...]


STATE_RULE_PHRASES: tuple[StatePhrase, ...] = (
    # "An assignment can only be reminded if it is allocated."
    StatePhrase(rf"\b(?:can|may)\s+only\s+be\s+\w+\s+(?:when|if|while|once)\s+{_ITEM}\s+{_BE}\s+{_IN_STATE}", ALLOWED_STATES, ("only",)),
    # "Only allocated or accepted assignments can be canceled."
    StatePhrase(rf"\bonly\s+{_PARTICIPLE_LIST}\s+{_THING}\s+(?:can|may)\s+be\s+\w+", ALLOWED_STATES, ("only",)),
    # "404 Not Found - ... or the license is not in an assigned or activated state."
    StatePhrase(rf"\b{_ITEM}\s+(?:is|are)\s+not\s+in\s+(?:an?|the)\s+{_STATE_LIST}\s+(?:state|status)\b", ALLOWED_STATES, ("not",)),
    # "You cannot cancel an assignment that has been reminded."
    StatePhrase(rf"\b{_CANNOT}\s+\w+\s+(?:an?|the|any)\s+{_THING}\s+(?:that|which|once\s+it)\s+{_BE}\s+(?:already\s+)?{_IN_STATE}", REFUSED_STATES, _CANNOT_CUES),
    # "A revoked license cannot be reminded."
    StatePhrase(rf"\b(?:an?|the|any)\s+{_PARTICIPLE_LIST}\s+{_THING}\s+{_CANNOT}\s+be\s+\w+", REFUSED_STATES, _CANNOT_CUES),
    # "Returns 409 if the assignment is already canceled."; "404 ..., or the license has already been revoked.";
    # a status line's "409: the gadget has already been retired."
    StatePhrase(rf"(?:^|\b(?:if|when|once|or)\s+){_ITEM}\s+(?:(?:is|are|was|were)\s+already|(?:has|have)\s+already\s+been)\s+{_IN_STATE}", REFUSED_STATES, ("already",)),
)  # fmt: skip
# A sentence with one of these reads like a state rule: when no STATE_RULE_PHRASES wording reads
# it, it is RST190 (never dropped in silence).
STATE_RULE_CUES: tuple[re.Pattern[str], ...]
_ON_FIRST_USE["STATE_RULE_CUES"] = lambda: (
    re.compile(r"\b(?:can|may)\s+only\s+be\s+\w+(?:ed|en)\b", re.I),
    re.compile(r"\balready\s+(?:been\s+)?\w+(?:ed|en)\b", re.I),
    re.compile(r"\bnot\s+in\s+(?:an?|the)\s+[\w\s,`]+?\s+state\b", re.I),
    re.compile(
        rf"\b{_CANNOT}\s+(?:be\s+)?\w+\b[^.;]{{0,200}}?\b(?:that|which|once)\s+{_BE}\s+\w+(?:ed|en)\b", re.I
    ),
)
# ... and is said to be a refusal (a status line's sentence is one already): without such a word,
# "if the learner has already enrolled, ..." is no rule and no RST190. The words' first characters
# are looked ahead for first: one test a position, where the case-insensitive alternation tries each
# word at every one (the class matches what each first letter does: tests/unit/test_state_rules.py).
STATE_RULE_REFUSAL: re.Pattern[str]
_ON_FIRST_USE["STATE_RULE_REFUSAL"] = lambda: re.compile(
    r"\b(?=[45cefnor])(?:[45]\d\d|error|errors|fails?|refused?|refuses|rejected|rejects?|cannot|can't|not\s+allowed|only)\b",
    re.I,
)
# A longer sentence is not read as a state rule (the wordings are short; the patterns stay linear).
STATE_RULE_MAX_LENGTH = 600
# A status a prose rule names: "Returns 409 if ...", "responds with HTTP 409 when ...".
STATE_RULE_STATUS: re.Pattern[str]
_ON_FIRST_USE["STATE_RULE_STATUS"] = lambda: re.compile(
    r"\b(?:returns?|responds?\s+with|answers?(?:\s+with)?|fails?\s+with|gives?|is\s+refused\s+with)\s+"
    r"(?:an?\s+)?(?:HTTP\s+|status\s+(?:code\s+)?)?`*(?P<code>[1-5]\d\d)\b",
    re.I,
)
# Participles that are not the verb plus -ed/-d (the verb an operation's path names).
IRREGULAR_PARTICIPLES: dict[str, str] = {
    "sent": "send", "paid": "pay", "made": "make", "set": "set", "frozen": "freeze", "written": "write",
    "hidden": "hide", "taken": "take", "given": "give", "bought": "buy", "sold": "sell", "shut": "shut",
}  # fmt: skip
# Words that join states in a list ("assigned or activated").
STATE_LIST_SPLIT: re.Pattern[str]
_ON_FIRST_USE["STATE_LIST_SPLIT"] = lambda: re.compile(r"\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+", re.I)

# A header named in an endpoint's prose ("Send the ``X-Request-ID`` header", "Requires the
# ``Authorization`` header", "the header ``X-Tenant``", "``X-Request-ID: <uuid>`` header"): the
# house style reads no header from prose, so each is RST138 (``house._prose_headers``).
PROSE_HEADER: re.Pattern[str]
_ON_FIRST_USE["PROSE_HEADER"] = lambda: re.compile(
    r"``(?P<name>[A-Za-z][\w-]*)(?::[^`]*)?``\s+(?:(?:http|request|response)\s+)?headers?\b"
    r"|\bheaders?\s+``(?P<after>[A-Za-z][\w-]*)(?::[^`]*)?``",
    re.I,
)
# Headers OpenAPI says elsewhere and ignores as header parameters: the media types ("Accept",
# "Content-Type") and the security scheme ("Authorization", the overlay's securitySchemes, which
# the curl examples' -H lines are checked against): prose naming them is no RST138.
SAID_ELSEWHERE_HEADERS = frozenset({"accept", "content-type", "authorization"})


def _made(name: str) -> object:
    """A table of ``_ON_FIRST_USE`` for another's making: the module's, made now if it is not yet."""
    return globals()[name] if name in globals() else __getattr__(name)


def __getattr__(name: str) -> object:
    """A table of ``_ON_FIRST_USE``, made on its first read and from then on a module attribute."""
    make = _ON_FIRST_USE.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = make()
    return value
