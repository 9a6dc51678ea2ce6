"""os-api-ref's directives for docutils: each becomes a node the reader reads, nothing is rendered.

The grammar is os-api-ref's own (``os_api_ref/__init__.py``, ``http_codes.py``):

- ``.. rest_method:: GET /servers/{server_id}``, optionally with ``min_version: 2.17`` and
  ``max_version: 2.19`` lines as content (or ``:min_version: 2.17``: os-api-ref's ``find_param``
  splits any line holding ``min_version: `` on ``": "``);
- ``.. rest_parameters:: parameters.yaml`` whose content is a YAML list of ``- name: key``
  items (``name`` is what the table shows, ``key`` the entry of the file);
- ``.. rest_status_code:: success status.yaml`` with ``- 200`` or ``- 409: reason`` items;
- ``.. rest_expand_all::`` (a button of the HTML page: nothing).

Each node records the lines it was written on (lines of the parsed text: ``Walk.at`` traces them
into an included ``.inc`` file), and what it could not read, for the reader to report (RST186).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, ClassVar

import docutils.nodes
from docutils.parsers.rst import Directive, directives

from rstapi.openapi.structure import OPERATION_METHODS, is_status
from rstapi.rst.osapiref.vocabulary import microversion
from rstapi.rst.resources import file_use

__all__ = [
    "DIRECTIVES",
    "OS_API_REF_NODES",
    "move_lines",
    "register",
    "rest_method",
    "rest_parameters",
    "rest_status_code",
]

_ITEM = re.compile(r"^\s*-\s+(?P<name>.+?)\s*:(?:\s+(?P<key>.*?))?\s*$")
# A `- name: key` line YAML reads as that one pair: words of letters, digits and ``_ . - / + @``
# (a colon inside one: ``OS-EXT-SRV-ATTR:host``), spaces around them, a comment after; any other
# line is read by YAML itself.
_WORD = r"\w[\w.\-/+@]*(?::[\w.\-/+@]+)*"
_PLAIN_ITEM = re.compile(rf"^ *- +{_WORD}: +{_WORD}(?: +#.*)? *$")
_STATUS_ITEM = re.compile(r"^\s*-\s+(?P<code>\d{3})\s*(?::\s*(?P<reason>\S.*?))?\s*$")
_COMMENT = re.compile(r"\s+#.*$")
_VERSION_LINE = re.compile(r"^\s*:?(?P<which>min_version|max_version)\s*:\s*(?P<value>\S.*?)\s*$")


class rest_method(docutils.nodes.Element):  # type: ignore[misc]  # docutils ships no type hints
    """``method``, ``url``, ``min_version``, ``max_version``; ``problems``: (line, text)."""


class rest_parameters(file_use):
    """``items``: (name, key, line) in order; ``problems``: (line, text)."""


class rest_status_code(file_use):
    """``kind`` (success, error), ``codes``: (status, reason or "", line); ``problems``: (line, text)."""


OS_API_REF_NODES = (rest_method, rest_parameters, rest_status_code)


def move_lines(node: docutils.nodes.Element, move: Callable[[int], int]) -> None:
    """Every line ``node`` (one of ``OS_API_REF_NODES``) records, moved by ``move``: its own, its
    items' or codes', its problems' (``rstapi.sphinx`` traces them into the file they were written in)."""
    if node.line:
        node.line = move(int(node.line))
    node["problems"] = [(move(line), text) for line, text in node["problems"]]
    if "items" in node.attributes:
        node["items"] = [(name, key, move(line)) for name, key, line in node["items"]]
    if "codes" in node.attributes:
        node["codes"] = [(code, reason, move(line)) for code, reason, line in node["codes"]]


def _unquoted(text: str) -> str:
    text = (_COMMENT.sub("", text) if "#" in text else text).strip()
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"" else text


class _RestMethod(Directive):  # type: ignore[misc]  # docutils ships no type hints
    has_content = True

    def run(self) -> list[docutils.nodes.Node]:
        node = rest_method(method="", url="", min_version=None, max_version=None, problems=[])
        node.line = self.lineno
        lines = list(self.content)
        first = lines[0].split() if lines else []
        if len(first) == 2 and first[1].startswith("/"):
            if first[0].lower() in OPERATION_METHODS:
                node["method"], node["url"] = first[0].upper(), first[1]
            else:
                names = ", ".join(m.upper() for m in OPERATION_METHODS)
                problem = (
                    f"rest_method {first[0]!r} is not a method OpenAPI describes ({names}); it is not read"
                )
                node["problems"].append((self.lineno, problem))
        else:
            node["problems"].append((self.lineno, f"rest_method {' '.join(first)!r} is not 'METHOD /path'"))
        for offset, line in enumerate(lines[1:], start=1):
            match = _VERSION_LINE.match(line)
            where = self.content_offset + offset + 1
            if match and microversion(_unquoted(match["value"])):
                node[match["which"]] = microversion(_unquoted(match["value"]))
            elif match:
                problem = (
                    f"rest_method {match['which']} {_unquoted(match['value'])!r} is not a microversion "
                    "(MAJOR.MINOR, such as 2.47); it is left out"
                )
                node["problems"].append((where, problem))
            elif line.strip():
                node["problems"].append((where, f"rest_method line {line.strip()!r} is not read"))
        return [node]


class _RestParameters(Directive):  # type: ignore[misc]  # docutils ships no type hints
    """os-api-ref's takes its file as an optional argument (a docutils ``Table``'s title): without
    one it shows an error and no table, so the stand-in accepts the same text and says why nothing
    is read."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True

    def run(self) -> list[docutils.nodes.Node]:
        node = rest_parameters(
            rstapi_file=self.arguments[0].strip() if self.arguments else "", items=[], problems=[]
        )
        node.line = self.lineno
        if not self.arguments:
            problem = (
                "rest_parameters names no parameters file (os-api-ref shows 'No reference file defined' "
                "and no table): write it after the directive, '.. rest_parameters:: parameters.yaml'; "
                "its list is not read"
            )
            node["problems"].append((self.lineno, problem))
            return [node]
        if not self.content:
            node["problems"].append((self.lineno, "rest_parameters lists no parameter"))
            return [node]
        lines = list(self.content)
        try:  # a list of plain `- name: key` lines reads alike either way; YAML only for the rest
            plain = all(
                _PLAIN_ITEM.match(line) or not line.strip() or line.lstrip()[0] == "#" for line in lines
            )
            items, problems = (_line_items if plain else _yaml_items)(lines, self.content_offset)
        except ValueError as error:  # os-api-ref's yaml.safe_load stops the build here
            where, problem = error.args
            node["problems"].append((where, f"the list is not YAML ({problem}); it is read line by line"))
            items, problems = _line_items(lines, self.content_offset)
        node["items"].extend(items)
        node["problems"].extend(problems)
        return [node]


_Items = tuple[list[tuple[str, str, int]], list[tuple[int, str]]]


def _yaml_items(lines: list[str], offset: int) -> _Items:
    """The list as os-api-ref reads it (``yaml.safe_load``): each mapping of each item is a
    (name, key) pair, flow mappings (``- {name: key}``) and comments included; scalars kept as
    written. ValueError((line, problem)) when the text is not YAML."""
    from rstapi.pyyaml import yaml
    from rstapi.rst.osapiref.parameters import TextLoader, yaml_problem

    try:
        root = yaml.compose("\n".join(lines), Loader=TextLoader)
    except yaml.YAMLError as error:
        line, problem = yaml_problem(error)
        raise ValueError(offset + line + 1, problem) from None
    items: list[tuple[str, str, int]] = []
    problems: list[tuple[int, str]] = []
    for item in root.value if isinstance(root, yaml.SequenceNode) else [root] if root is not None else []:
        where = offset + item.start_mark.line + 1
        pairs = item.value if isinstance(item, yaml.MappingNode) else []
        read = [(k, v) for k, v in pairs if isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.ScalarNode)]
        if not read or len(read) < len(pairs) or any(not v.value.strip() for _, v in read):
            problems.append(
                (where, f"{lines[item.start_mark.line].strip()!r} is not a '- name: key' item; it is skipped")
            )
            continue
        items += [
            (str(k.value).strip(), str(v.value).strip(), offset + k.start_mark.line + 1) for k, v in read
        ]
    return items, problems


def _line_items(lines: list[str], offset: int) -> _Items:
    """The list read line by line (``- name: key``), for text that is not YAML."""
    items: list[tuple[str, str, int]] = []
    problems: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        where = offset + number + 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _ITEM.match(line)
        key = _unquoted(match["key"]) if match is not None and match["key"] else ""
        if match is None or not key:
            problems.append((where, f"{line.strip()!r} is not a '- name: key' item; it is skipped"))
            continue
        items.append((_unquoted(match["name"]), key, where))
    return items, problems


class _RestStatusCode(Directive):  # type: ignore[misc]  # docutils ships no type hints
    """Its type and status file are os-api-ref's last two arguments (it takes a third, first, and
    reads only the last two: said here)."""

    required_arguments = 2
    optional_arguments = 1
    has_content = True

    def run(self) -> list[docutils.nodes.Node]:
        kind, file = self.arguments[-2:]
        node = rest_status_code(rstapi_file=file, kind=kind, codes=[], problems=[])
        node.line = self.lineno
        if len(self.arguments) > 2:
            problem = (
                f"rest_status_code argument {self.arguments[0]!r} is not read: os-api-ref reads the last "
                f"two, the type ({kind!r}) and the status file ({file!r})"
            )
            node["problems"].append((self.lineno, problem))
        if kind not in ("success", "error"):
            node["problems"].append((self.lineno, f"rest_status_code type {kind!r} is not success or error"))
        for offset, line in enumerate(self.content):
            where = self.content_offset + offset + 1
            if not line.strip():
                continue
            match = _STATUS_ITEM.match(line)
            if match is None:
                node["problems"].append((where, f"{line.strip()!r} is not a '- 200' or '- 409: reason' item"))
                continue
            if not is_status(int(match["code"])):
                node["problems"].append(
                    (where, f"{line.strip()!r}: {match['code']} is not an HTTP status; it is not read")
                )
                continue
            node["codes"].append((int(match["code"]), match["reason"] or "", where))
        return [node]


class _RestExpandAll(Directive):  # type: ignore[misc]  # docutils ships no type hints
    """The HTML page's "Show All" button: nothing of the API."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[docutils.nodes.Node]:
        return []


DIRECTIVES: dict[str, type[Directive]] = {
    "rest_method": _RestMethod,
    "rest_parameters": _RestParameters,
    "rest_status_code": _RestStatusCode,
    "rest_expand_all": _RestExpandAll,
}


@functools.cache
def register() -> None:
    for name, directive in DIRECTIVES.items():
        directives.register_directive(name, directive)
