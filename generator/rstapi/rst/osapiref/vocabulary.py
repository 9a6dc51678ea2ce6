"""os-api-ref's words, as tables: parameter places, types, section titles, response-code lines."""

from __future__ import annotations

import re

from rstapi.rst.vocabulary import DATA_TYPES, TypeEntry

__all__ = [
    "BODY_LESS",
    "CODE_ITEM",
    "CODE_LINE",
    "DIRECTION_WORDS",
    "DOCUMENT_SUFFIXES",
    "ENTRY_KEYS",
    "FAULT_NAMES",
    "LIST_KEYS",
    "LOCATIONS",
    "SAMPLE_DIRECTION",
    "SAMPLE_NAME",
    "SAMPLE_VERSION",
    "SAMPLE_WORD",
    "TITLE_VERSION",
    "TYPES",
    "UNDIRECTED_TITLES",
    "VERSION",
    "YAML_BOOLEANS",
    "microversion",
]

# ``in`` of a parameters.yaml entry (os-api-ref's own order of sections).
LOCATIONS = ("header", "path", "query", "body")

# The keys of a parameters.yaml entry os-api-ref reads (its rest_parameters table shows no other).
ENTRY_KEYS = ("in", "type", "required", "description", "min_version", "max_version")

# ``type`` of an entry -> JSON Schema type (None: any value). The types OpenStack's api-refs use,
# read as the house style's data types of the same words; os-api-ref shows ``type`` as written and
# checks no list, so "decimal" (a string or a number, as the samples show: rstapi.decimals) is one.
TYPES: dict[str, TypeEntry] = {
    **{
        word: DATA_TYPES[word]
        for word in (
            *("string", "integer", "int", "boolean", "bool", "object", "dict", "array", "list"),
            *("float", "number", "decimal"),
        )
    },
    "none": TypeEntry("null"),
    "null": TypeEntry("null"),
}

# Names of a body key that belongs beside an array, not inside its items, written with the array's
# name (``{list}``): a key no sample shows, listed after the array's item keys, goes beside the
# array when its name is one of these (``servers_links`` after ``servers``' items: the list's
# pagination links).
LIST_KEYS = ("{list}_links",)

# Words of an operation's subsection title that say whether what it holds belongs to the request
# or the response ("Request", "Response Parameters", "Response Headers", "Example Response",
# "Response Example format=json"); a title naming both or neither ("Parameters", "Example",
# "Status Codes") holds what the section around it holds ...
DIRECTION_WORDS: dict[str, str] = {
    "request": "request",
    "requests": "request",
    "response": "response",
    "responses": "response",
}
# ... and, right under the operation, these titles name the request (keystone's "Parameters").
UNDIRECTED_TITLES: dict[str, str] = {"parameters": "request"}

# Methods whose requests have no body: their body parameters are a contradiction, not a body.
BODY_LESS = frozenset({"GET", "HEAD", "DELETE"})

# "Normal response codes: 200, 202" / "Error response codes: badRequest(400), ..." (one paragraph,
# possibly several lines).
CODE_LINE = re.compile(
    r"^\s*(?P<kind>normal|success|error)\s+response\s+codes?\s*:\s*(?P<items>.*)$", re.I | re.S
)
# One item of such a line: "202", "badRequest(400)", "itemNotFound (404)", "conflict(409) ".
CODE_ITEM = re.compile(
    r"^(?:(?P<name>[A-Za-z][\w ]*?)\s*\(\s*(?P<coded>\d{3})\s*\)|(?P<bare>\d{3})|(?P<alone>[A-Za-z]\w*))$"
)

# The standard OpenStack fault names, for an item written without its number.
FAULT_NAMES: dict[str, int] = {
    "badrequest": 400,
    "unauthorized": 401,
    "forbidden": 403,
    "itemnotfound": 404,
    "notfound": 404,
    "badmethod": 405,
    "notacceptable": 406,
    "conflictingrequest": 409,
    "conflict": 409,
    "gone": 410,
    "overlimit": 413,
    "requestentitytoolarge": 413,
    "badmediatype": 415,
    "unprocessableentity": 422,
    "computefault": 500,
    "internalservererror": 500,
    "notimplemented": 501,
    "serviceunavailable": 503,
}

# A microversion: "2.47", or a major version alone ("3", as a YAML integer: os-api-ref shows "New in
# version 3"), which is its first microversion, MAJOR.0 (``major``).
VERSION = re.compile(r"^(?P<major>\d+)(?:\.(?P<minor>\d+))?$")

# YAML 1.1's booleans, as os-api-ref's loader (PyYAML's SafeLoader) resolves a plain scalar: of an
# entry's ``required``, only one of these is the boolean os-api-ref tests (``is False``); any other
# value (a quoted "false", a number, nothing) is no False, so its page shows the parameter required.
YAML_BOOLEANS: dict[str, bool] = {
    **dict.fromkeys(("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"), True),
    **dict.fromkeys(("false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"), False),
}
# A sample's microversion in its path ("api_samples/servers/v2.47/server-get-resp.json") ...
SAMPLE_VERSION = re.compile(r"(?:^|[/_-])v(?P<version>\d+\.\d+)(?=[/_-]|\.json$)")
# ... or in the title above it ("**Example Show Server Details (v2.47)**").
TITLE_VERSION = re.compile(r"\(\s*v?(?P<version>\d+\.\d+)\s*\)")
# The files a reference is written in (a page, an included ``.inc``): a sample written in one of
# them is named by its title, not by the file.
DOCUMENT_SUFFIXES = (".rst", ".inc", ".rest", ".txt")
# A sample's direction from its file name: "server-create-req.json", "server-get-resp.json"; the
# last such word of the name decides ("brew-request-show-resp.json" is a response).
SAMPLE_NAME = re.compile(r"\.json$", re.I)
SAMPLE_WORD = re.compile(r"[-_.](?P<word>req(?:uest)?|resp(?:onse)?)(?=[-_.])", re.I)
SAMPLE_DIRECTION: dict[str, str] = {
    "req": "request",
    "request": "request",
    "resp": "response",
    "response": "response",
}


def microversion(text: str) -> str | None:
    """A written version as MAJOR.MINOR ("2.47" as written, "3" as "3.0"); None for what is none."""
    match = VERSION.match(text)
    if match is None:
        return None
    return text if match["minor"] is not None else f"{match['major']}.0"
