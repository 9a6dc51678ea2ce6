"""sphinxcontrib-httpdomain's words as data: directives, info-field aliases, converters, example intros.

The tables follow the package's own (``HTTPDomain.directives``, ``HTTPResource.doc_field_types``,
``_path_signature``). The arrow names (``:<json``, ``:>header`` ...) are filed the 1.x way:
``<`` for what the client sends, ``>`` for what it gets back, as sphinxcontrib-httpdomain 1.x
and the references written with it (CouchDB's, Read the Docs') have them. Its 2.x releases file
them the other way round; ``arrows.py`` decides per document which reading applies and swaps
the roles of a 2.x document's arrow fields (``ARROW_SWAP``), from the evidence tables below.
"""

from __future__ import annotations

import enum
import re

from rstapi.rst.vocabulary import DATA_TYPES, NUMBER_WORDS, TypeEntry

__all__ = [
    "ARROW_SWAP",
    "BODYLESS_METHODS",
    "BODYLESS_STATUSES",
    "CONVERTERS",
    "COUNTED",
    "DIRECTIVE_OPTIONS",
    "EXAMPLE_INTROS",
    "FIELD_ROLES",
    "FILE_NAMES",
    "FILE_SAID",
    "JSON_LANGUAGES",
    "METHODS",
    "PATH_PARAMETER",
    "PLACEHOLDER",
    "REQUEST_ONLY_HEADERS",
    "RESPONSE_ONLY_HEADERS",
    "SAID_FIXED",
    "SAID_FIXED_CUES",
    "SAID_FIXED_NOT",
    "SAID_LIST",
    "SAID_REPEATED",
    "SAID_REPEATED_CUES",
    "SAID_TYPE",
    "SAID_TYPES",
    "SERVER_URL",
    "SERVER_WIDE_TARGETS",
    "SHELL_LANGUAGES",
    "STATUS_CODE",
    "STATUS_NAMED",
    "STATUS_NOUNS",
    "STATUS_PREPOSITIONS",
    "SUBSTITUTION_REFERENCE",
    "TYPE_FIELDS",
    "UNEXPRESSIBLE_METHODS",
    "Role",
]


class Role(enum.Enum):
    """What an info field documents."""

    PATH = "path parameter"
    QUERY = "query parameter"
    FORM = "form parameter"
    REQUEST_JSON = "request JSON field"
    REQUEST_JSON_ARRAY = "request JSON array item field"
    RESPONSE_JSON = "response JSON field"
    RESPONSE_JSON_ARRAY = "response JSON array item field"
    REQUEST_HEADER = "request header"
    RESPONSE_HEADER = "response header"
    STATUS = "status code"


# The directives ``.. http:<method>::``, by method; OpenAPI has a place for these.
METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "trace")
# httpdomain documents these too, but an OpenAPI path item has no such method (RST164).
UNEXPRESSIBLE_METHODS = ("any", "connect", "copy")
# Request targets that name the server, not a resource (RFC 9110 7.1's asterisk-form, ``OPTIONS *``):
# an OpenAPI path starts with "/", so a signature written as one of these makes no path (RST164).
SERVER_WIDE_TARGETS = frozenset({"*"})

# Every info-field name of a resource directive, by what it documents (``:query int limit:``).
FIELD_ROLES: dict[str, Role] = {
    **dict.fromkeys(("param", "parameter", "arg", "argument"), Role.PATH),
    **dict.fromkeys(("queryparameter", "queryparam", "qparam", "query"), Role.QUERY),
    **dict.fromkeys(("formparameter", "formparam", "fparam", "form"), Role.FORM),
    **dict.fromkeys(("<json", "reqjson", "<jsonobj", "reqjsonobj"), Role.REQUEST_JSON),
    **dict.fromkeys(("jsonparameter", "jsonparam", "json"), Role.REQUEST_JSON),
    **dict.fromkeys(("<jsonarr", "reqjsonarr"), Role.REQUEST_JSON_ARRAY),
    **dict.fromkeys((">json", "resjson", ">jsonobj", "resjsonobj"), Role.RESPONSE_JSON),
    **dict.fromkeys((">jsonarr", "resjsonarr"), Role.RESPONSE_JSON_ARRAY),
    **dict.fromkeys(("<header", "reqheader", "requestheader"), Role.REQUEST_HEADER),
    **dict.fromkeys((">header", "resheader", "responseheader"), Role.RESPONSE_HEADER),
    **dict.fromkeys(("statuscode", "status", "code"), Role.STATUS),
}

# Sphinx's typed fields take the type in a field of its own too: ``:type user_id: int``.
TYPE_FIELDS: dict[str, Role] = {
    **dict.fromkeys(("paramtype", "type"), Role.PATH),
    **dict.fromkeys(("queryparamtype", "querytype", "qtype"), Role.QUERY),
    **dict.fromkeys(("jsonparamtype", "jsontype", "reqjsonobjtype", "<jsonobjtype"), Role.REQUEST_JSON),
    **dict.fromkeys(("reqjsonarrtype", "<jsonarrtype"), Role.REQUEST_JSON_ARRAY),
    **dict.fromkeys(("resjsonobjtype", ">jsonobjtype"), Role.RESPONSE_JSON),
    **dict.fromkeys(("resjsonarrtype", ">jsonarrtype"), Role.RESPONSE_JSON_ARRAY),
}

# Under the 2.x reading an arrow field (its name starts with ``<`` or ``>``) documents the other side.
ARROW_SWAP: dict[Role, Role] = {
    Role.REQUEST_JSON: Role.RESPONSE_JSON,
    Role.RESPONSE_JSON: Role.REQUEST_JSON,
    Role.REQUEST_JSON_ARRAY: Role.RESPONSE_JSON_ARRAY,
    Role.RESPONSE_JSON_ARRAY: Role.REQUEST_JSON_ARRAY,
    Role.REQUEST_HEADER: Role.RESPONSE_HEADER,
    Role.RESPONSE_HEADER: Role.REQUEST_HEADER,
}

# Methods whose request carries no body: an arrow JSON field of their directive is a response's.
BODYLESS_METHODS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS", "TRACE"})

# Headers only a request sends (RFC 9110, 9111, 6265, 7235; CORS preflight; common conventions),
# and headers only a response sends: an arrow header field naming one shows which way arrows point.
REQUEST_ONLY_HEADERS = frozenset(
    {
        "accept",
        "accept-charset",
        "accept-encoding",
        "accept-language",
        "access-control-request-headers",
        "access-control-request-method",
        "authorization",
        "cookie",
        "expect",
        "from",
        "host",
        "idempotency-key",
        "if-match",
        "if-modified-since",
        "if-none-match",
        "if-range",
        "if-unmodified-since",
        "max-forwards",
        "origin",
        "proxy-authorization",
        "range",
        "referer",
        "te",
        "user-agent",
        "x-http-method-override",
        "x-requested-with",
    }
)
RESPONSE_ONLY_HEADERS = frozenset(
    {
        "accept-patch",
        "accept-ranges",
        "access-control-allow-credentials",
        "access-control-allow-headers",
        "access-control-allow-methods",
        "access-control-allow-origin",
        "access-control-expose-headers",
        "access-control-max-age",
        "age",
        "allow",
        "deprecation",
        "etag",
        "expires",
        "last-modified",
        "location",
        "proxy-authenticate",
        "ratelimit-limit",
        "ratelimit-remaining",
        "ratelimit-reset",
        "retry-after",
        "server",
        "set-cookie",
        "strict-transport-security",
        "sunset",
        "vary",
        "www-authenticate",
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
        "x-total-count",
    }
)

# Path converters, as Werkzeug names them (``(int:user_id)``): (JSON type, format).
CONVERTERS: dict[str, tuple[str, str | None]] = {
    "int": ("integer", None),
    "integer": ("integer", None),
    "float": ("number", None),
    "number": ("number", None),
    "string": ("string", None),
    "str": ("string", None),
    "default": ("string", None),
    "path": ("string", None),
    "uuid": ("string", "uuid"),
    "slug": ("string", None),
    "any": ("string", None),  # (any(json, xml):format): one of the words listed
}

# A Werkzeug converter's arguments (``(int(min=1):page)``, ``(string(length=2):code)``): the
# TypeSpec bound each sets, by converter; ``any``'s words, written without names, are its enum.
# ``signed`` sets no bound (the toolkit sets no floor of 0 for an unsigned one: httpdomain's
# ``(int:id)`` is a type, not a route). An argument not listed here is reported (RST164) and left out.
_NUMBER_BOUNDS: dict[str, tuple[str, ...]] = {"min": ("minimum",), "max": ("maximum",), "signed": ()}
_LENGTH_BOUNDS: dict[str, tuple[str, ...]] = {
    "minlength": ("min_length",),
    "maxlength": ("max_length",),
    "length": ("min_length", "max_length"),
}
CONVERTER_ARGUMENTS: dict[str, dict[str, tuple[str, ...]]] = {
    **dict.fromkeys(("int", "integer", "float", "number"), _NUMBER_BOUNDS),
    **dict.fromkeys(("string", "str", "default"), _LENGTH_BOUNDS),
}

# A parameter in a path signature: ``(int:name)``, ``(name)`` (httpdomain's), ``{name}`` (the
# template form many references write), ``<int:name>`` (Flask's, as autoflask may leave it).
# A converter may take arguments, Werkzeug's way: ``(any(json, xml):format)``.
PATH_PARAMETER = re.compile(
    r"\((?:(?P<ptype>[^:()]+(?:\([^()]*\))?):)?(?P<pname>\w+)\)"
    r"|\{(?P<bname>\w+)(?::(?P<btype>[^{}]+))?\}"
    r"|<(?:(?P<atype>[^:<>()]+(?:\([^()<>]*\))?):)?(?P<aname>\w+)>"
)

# A path segment of an example URL that stands for a value rather than giving one
# (``/users/{user_id}``, ``/users/<user_id>``, ``/users/:user_id``): no example of the parameter.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|<[^<>]*>|:\w+")

# The scheme and host of a signature written as a full URL (``https://api.example.com/v1/users``):
# not part of the path (an OpenAPI path is the part after the server).
SERVER_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")

# A form field of a multipart body that is a file (the part a client uploads): one whose name's
# last word is one of these ("file", "avatar_image", "attachments"), or whose description starts
# by naming one ("the file to upload", "a PNG image of the gadget"; not "the file name", "the
# image's caption"). Only a field written without a type: a type written is the field's own.
FILE_NAMES = frozenset({"file", "files", "attachment", "attachments", "upload", "image", "photo", "picture"})
FILE_SAID = re.compile(
    r"^(?:(?:the|a|an|one)\s+)?(?:[\w-]+\s+){0,2}?(?:file|image|attachment|photo|picture)s?\b"
    r"(?!['’]|\s+(?:name|type|size|path|url|uri|id|extension|format)s?\b)",
    re.IGNORECASE,
)

# A substitution reference (``|base|``, ``|v|_``) as reStructuredText writes one. Neither docutils
# nor Sphinx replaces one in a directive's arguments: sphinxcontrib-httpdomain shows a signature's
# ``|base|/uploads`` as written, so no path of the API is known from it.
SUBSTITUTION_REFERENCE = re.compile(r"\|(?=\S)[^|]*(?<=\S)\|_{0,2}")

# The words that introduce an example block ("**Example request**:", ".. rubric:: Response"): the
# side it shows. Any other paragraph between an intro and a block ends the intro.
EXAMPLE_INTROS: dict[str, str] = {
    **dict.fromkeys(
        ("example request", "request", "sample request", "request example", "example http request"),
        "request",
    ),
    **dict.fromkeys(
        ("example response", "response", "sample response", "response example", "example http response"),
        "response",
    ),
    # an error's example: a JSON block after one goes to the one error status documented
    **dict.fromkeys(
        (
            "example error response",
            "error response",
            "sample error response",
            "error response example",
            "example error",
            "error example",
        ),
        "error",
    ),
}

# Code-block languages: a JSON body, a shell command (curl), a raw HTTP message.
JSON_LANGUAGES = frozenset({"json", "js", "javascript", "json5"})
SHELL_LANGUAGES = frozenset({"bash", "sh", "shell", "console", "curl", "shell-session"})
HTTP_LANGUAGE = "http"

# An untyped field's description naming the type of its values: "Must be an integer between 1 and
# 100", "a positive number", "a UUID" (a string of format uuid; "a number of ids" is a count, not a type).
SAID_TYPE = re.compile(
    r"\b(?:an?|as)\s+(?:(?:positive|non-negative|negative|whole|signed|unsigned|valid)\s+)?"
    r"(?P<word>integer|int|number|float|decimal|boolean|bool|string|uuid)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# The words as the house style's data types read them (a "decimal" is a string or a number, as the
# examples show: rstapi.decimals).
SAID_TYPES: dict[str, TypeEntry] = {
    word: DATA_TYPES[word]
    for word in ("integer", "int", "number", "float", "decimal", "boolean", "bool", "string", "uuid")
}
# An untyped field's description naming a list of values of a type: "a list of strings", "an array
# of integers" (the items' word as SAID_TYPES reads it, singular or plural).
SAID_LIST = re.compile(
    r"\b(?:an?|as)\s+(?:list|array)\s+of\s+(?P<word>integer|int|number|float|decimal|boolean|bool|string|uuid)s?\b",
    re.IGNORECASE,
)
# The options of a resource directive (httpdomain's ``HTTPResource.option_spec``). One written
# after a blank line is no option to docutils or Sphinx but a field of the content, which the page
# shows as a field ("Synopsis: ...") and httpdomain does not use: RST164 says where it belongs.
DIRECTIVE_OPTIONS = frozenset({"synopsis", "deprecated", "noindex", "no-index", "addtoc"})
# A field's description saying it has one value ("always ``client_credentials``", "must be
# ``bearer``."): a string of that one value (an enum of one). Only a word that ends the sentence
# ("must be ``a`` or ``b``" is a list of values; "must be ``true`` to ..." a condition), holds a
# lower-case letter ("must be ``YYYY-MM-DD``" is a format) and is no JSON literal (``true``,
# ``null``, ``0``). Tried only when the description holds ``literal`` text and a SAID_FIXED_CUES word.
SAID_FIXED_CUES = ("always", "must be", "fixed")
SAID_FIXED = re.compile(
    r"\b(?i:always|must\s+(?:always\s+)?be|fixed(?:\s+to|:)?)\s+``(?P<value>[A-Za-z][\w.:-]*)``"
    r"(?=[.;!)]?\s*(?:$|[A-Z(]))"
)
SAID_FIXED_NOT = frozenset({"true", "false", "null", "none"})
# An untyped query field's description saying the parameter may be sent several times ("a tag;
# repeated", "may be given more than once"): an array (of strings, unless it says another type).
# Tried only when the description holds one of SAID_REPEATED_CUES.
SAID_REPEATED_CUES = ("repeat", "more than once", "several times", "multiple times")
SAID_REPEATED = re.compile(
    r"\b(?:repeated|repeatable|(?:be|is|are)\s+repeated|repeat\s+(?:it|the\s+parameter)|"
    r"more\s+than\s+once|several\s+times|multiple\s+times)\b",
    re.IGNORECASE,
)
# A number followed by the things it counts ("up to 10 tags", "at most five tags"): for an
# untyped field, as well the size of a list as a number's bound, so neither type is taken from it.
COUNTED = re.compile(
    rf"(?:\d|\b(?:{'|'.join(NUMBER_WORDS)}))(?:``)?\s+"
    r"(?!(?:characters?|chars|digits?|letters?|bytes|and|or|to|per|through|is|are)\b)[a-z]+s\b",
    re.IGNORECASE,
)

# Statuses whose response carries no body (RFC 9110 15.3.5, 15.3.6): the body fields go to the
# first 2xx documented that is none of them.
BODYLESS_STATUSES = frozenset({204, 205})

# A response header's description naming the statuses it is sent with: "on 503, seconds to wait",
# "with 429", "the auth challenge, on 401", "for 401 responses", "on 429 or 503"; a number the
# words after it make no status ("for 300 seconds") is not one.
STATUS_PREPOSITIONS = ("on", "with", "for", "in", "upon", "after")
STATUS_NOUNS = ("response", "responses", "status", "statuses", "error", "errors", "reply", "replies", "only")
STATUS_NAMED = re.compile(
    rf"\b(?i:{'|'.join(STATUS_PREPOSITIONS)})\s+(?i:an?\s+|the\s+)?(?i:(?:HTTP|status(?:\s+code)?)\s+)?"
    r"(?P<codes>[1-5]\d\d(?:\s*(?:,|/|\bor\b|\band\b)\s*[1-5]\d\d)*)\b"
    r"(?:\s+[A-Z][A-Za-z-]*)*"  # a reason phrase: "on 429 Too Many Requests"
    rf"(?=\s*(?:$|[,.;:)]|(?i:{'|'.join(STATUS_NOUNS)})\b))"
)
STATUS_CODE = re.compile(r"[1-5]\d\d")
