"""A parameters.yaml, read as os-api-ref reads it, with the line of every entry and value.

The file maps keys to entries (``in``, ``type``, ``required``, ``description``, ``min_version``,
``max_version``). It is composed with YAML's safe loader (libyaml's when present) into nodes that
keep their lines, and scalars are kept as written: os-api-ref reads numbers as strings, so that
microversion 2.20 is not 2.2. What cannot be used is a problem at its line (RST181, RST183,
RST177, RST184, RST194), the entry kept as far as it reads; entries out of os-api-ref's order are RST195.
"""

from __future__ import annotations

import attrs

from rstapi.pyyaml import yaml
from rstapi.records import Record
from rstapi.rst.osapiref.vocabulary import ENTRY_KEYS, LOCATIONS, TYPES, YAML_BOOLEANS, microversion

__all__ = ["Entry", "ParametersFile", "TextLoader", "load_parameters", "yaml_problem"]

_VERSIONS = ("min_version", "max_version")


class TextLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]  # libyaml's when present
    """The safe loader composing nodes without their tags: every value is read as written (a
    scalar's text), so the resolver's regular expressions need not be tried on each of them."""

    def resolve(self, kind: type[yaml.Node], value: object, implicit: object) -> str:
        return ""


@attrs.frozen(repr=False)
class Entry(Record):
    """One key of the file; ``lines`` holds the line of each of its values (and "" for the key)."""

    key: str
    located_in: str
    type: str
    required: bool
    description: str
    min_version: str | None
    max_version: str | None
    line: int
    lines: dict[str, int] = attrs.field(eq=False, factory=dict)


@attrs.frozen(repr=False)
class ParametersFile(Record):
    display: str
    entries: dict[str, Entry]
    problems: tuple[tuple[str, int, str], ...] = ()  # (code, line, message)


def yaml_problem(error: yaml.YAMLError) -> tuple[int, str]:
    """Where (a 0-based line of the text parsed; 0 when PyYAML gives none) and what a YAML error is."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    return (mark.line if mark is not None else 0), " ".join(
        str(getattr(error, "problem", None) or error).split()
    )


def load_parameters(display: str, text: str) -> ParametersFile:
    """The file's entries by key, and what is wrong with them at their lines."""
    try:
        root = yaml.compose(text, Loader=TextLoader)
    except yaml.YAMLError as error:
        line, problem = yaml_problem(error)
        return ParametersFile(display, {}, (("RST184", line + 1, f"{display} is not YAML: {problem}"),))
    if not isinstance(root, yaml.MappingNode):
        line = root.start_mark.line + 1 if root is not None else 1
        message = f"{display} is not a mapping of parameter keys to entries"
        return ParametersFile(display, {}, (("RST184", line, message),))
    pairs = _flattened(root, ())
    if isinstance(pairs, str):
        return ParametersFile(display, {}, (("RST184", root.start_mark.line + 1, f"{display}: {pairs}"),))
    entries: dict[str, Entry] = {}
    problems: list[tuple[str, int, str]] = []
    for key_node, value_node in pairs:
        entry = _entry(display, key_node, value_node, problems)
        if entry is None:
            continue
        if entry.key in entries:
            first = entries[entry.key].line
            problems.append(
                ("RST184", entry.line, f"key {entry.key!r} is defined again (first at line {first})")
            )
            continue
        entries[entry.key] = entry
    problems.extend(_order_problems(list(entries.values())))
    return ParametersFile(display, entries, tuple(problems))


def _order_problems(entries: list[Entry]) -> list[tuple[str, int, str]]:
    """os-api-ref's order check (its ``_check_yaml_sorting``, which warns under sphinx-build):
    each entry compared with the one before it that has a valid ``in``, the sections in the
    order header, path, query, body, and the keys alphabetical (ignoring case) within one."""
    found: list[tuple[str, int, str]] = []
    last: Entry | None = None
    for entry in entries:
        if entry.located_in not in LOCATIONS:
            continue  # RST181 says so; os-api-ref skips it too
        if last is not None:
            section, last_section = LOCATIONS.index(entry.located_in), LOCATIONS.index(last.located_in)
            if section < last_section:
                message = (
                    f"entry {entry.key!r} ('in: {entry.located_in}') comes after {last.key!r} "
                    f"('in: {last.located_in}', line {last.line}): os-api-ref wants the {', '.join(LOCATIONS)} "
                    "entries in that order and warns 'Section out of order'"
                )
                found.append(("RST195", entry.line, message))
            elif section == last_section and entry.key.lower() < last.key.lower():
                message = (
                    f"entry {entry.key!r} comes after {last.key!r} (line {last.line}) but sorts before it: "
                    "os-api-ref wants the entries of each 'in' in alphabetical order and warns "
                    "'Parameters out of order'"
                )
                found.append(("RST195", entry.line, message))
        last = entry
    return found


def _entry(
    display: str, key_node: yaml.Node, value_node: yaml.Node, problems: list[tuple[str, int, str]]
) -> Entry | None:
    key, line = str(key_node.value), key_node.start_mark.line + 1
    if not isinstance(value_node, yaml.MappingNode):
        problems.append(("RST184", line, f"entry {key!r} is not a mapping (in, type, description ...)"))
        return None
    pairs = _flattened(value_node, ())
    if isinstance(pairs, str):
        problems.append(("RST184", line, f"entry {key!r}: {pairs} (os-api-ref's loader stops here)"))
        return None
    values: dict[str, str] = {}
    lines: dict[str, int] = {"": line}
    required = False  # os-api-ref's default: an entry without 'required' is optional
    for name_node, item in pairs:
        name = str(name_node.value)
        lines[name] = item.start_mark.line + 1
        values[name] = str(item.value) if isinstance(item, yaml.ScalarNode) else ""
        if name in _VERSIONS:
            values[name] = _version(key, name, item, lines[name], problems)
        elif name == "required":
            required = _required(key, item, lines[name], problems)
    entry = Entry(
        key,
        values.get("in", ""),
        values.get("type", ""),
        required,
        values.get("description", "").strip(),
        values.get("min_version", "").strip() or None,
        values.get("max_version", "").strip() or None,
        line,
        lines,
    )
    problems.extend(_entry_problems(entry))
    return entry


def _version(key: str, name: str, node: yaml.Node, line: int, problems: list[tuple[str, int, str]]) -> str:
    """A ``min_version`` / ``max_version`` as MAJOR.MINOR ("3", which os-api-ref shows as "New in
    version 3", is 3.0); "" (after RST186) for one that is no version."""
    written = str(node.value).strip() if isinstance(node, yaml.ScalarNode) else ""
    version = microversion(written)
    if version is None:
        said = repr(written) if isinstance(node, yaml.ScalarNode) else "a value that is not a scalar"
        message = (
            f"entry {key!r} has {name} {said}, which is not a microversion (MAJOR.MINOR, such as 2.47); "
            "it is left out: the entry holds for every version"
        )
        problems.append(("RST186", line, message))
    return version or ""


def _required(key: str, node: yaml.Node, line: int, problems: list[tuple[str, int, str]]) -> bool:
    """An entry's ``required`` as os-api-ref's page shows it: optional only for YAML's boolean
    false (``values.get('required', False) is False``), so any value that is no YAML boolean (a
    quoted "false", a number, nothing) shows the parameter required, and is RST177."""
    plain = isinstance(node, yaml.ScalarNode) and not node.style
    said = YAML_BOOLEANS.get(str(node.value)) if plain else None
    if said is not None:
        return said
    if isinstance(node, yaml.ScalarNode):
        written = f"{node.style}{node.value}{node.style}" if node.style else repr(str(node.value))
        what = "a quoted string" if node.style else ("nothing" if not node.value else "no YAML boolean")
    else:
        written, what = "a list or mapping", "no YAML boolean"
    message = (
        f"entry {key!r} has required {written}, {what}: os-api-ref shows the parameter as optional "
        "only for the boolean false, so its page shows it as required, and so does the spec"
    )
    problems.append(("RST177", line, message))
    return True


_Pairs = list[tuple[yaml.Node, yaml.Node]]


def _flattened(node: yaml.MappingNode, within: tuple[int, ...]) -> _Pairs | str:
    """A mapping's pairs with YAML's merge keys applied, as os-api-ref's loader applies them
    (``flatten_mapping``): ``<<: *other`` (or a list of them, the first winning) gives the other
    mapping's pairs, which the mapping's own pairs override. Why it cannot be read, else."""
    if id(node) in within or len(within) > _MAX_MERGES:
        return "a merge key that includes itself"
    merged: _Pairs = []
    own: _Pairs = []
    for key_node, value_node in node.value:
        if not (isinstance(key_node, yaml.ScalarNode) and key_node.value == "<<" and not key_node.style):
            own.append((key_node, value_node))
            continue
        sources = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
        if not all(isinstance(source, yaml.MappingNode) for source in sources):
            return f"the merge key at line {key_node.start_mark.line + 1} merges what is not a mapping"
        for source in reversed(sources):  # the first of a list wins: its pairs come last
            pairs = _flattened(source, (*within, id(node)))
            if isinstance(pairs, str):
                return pairs
            merged += pairs
    return _overridden(merged, own) + own


def _overridden(merged: _Pairs, own: _Pairs) -> _Pairs:
    """The merged pairs that hold: the last of each key, none the mapping's own pairs give."""
    taken = {str(key.value) for key, _ in own}
    kept: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in merged:
        if str(key.value) not in taken:
            kept.pop(str(key.value), None)
            kept[str(key.value)] = (key, value)
    return list(kept.values())


_MAX_MERGES = 32  # mappings merged within merged mappings


def _entry_problems(entry: Entry) -> list[tuple[str, int, str]]:
    found = []
    for name in entry.lines:
        if name and name not in ENTRY_KEYS:
            message = (
                f"entry {entry.key!r} has {name!r}, which os-api-ref does not read "
                f"(it reads {', '.join(ENTRY_KEYS)}); it is left out"
            )
            found.append(("RST194", entry.lines[name], message))
    if entry.located_in not in LOCATIONS:
        where = entry.lines.get("in", entry.line)
        said = f"'in: {entry.located_in}'" if entry.located_in else "no 'in'"
        message = f"entry {entry.key!r} has {said}; it must be one of {', '.join(LOCATIONS)}"
        found.append(("RST181", where, message))
    if entry.type.strip().lower() not in TYPES:
        where = entry.lines.get("type", entry.line)
        said = f"type {entry.type!r}" if entry.type else "no type"
        message = f"entry {entry.key!r} has {said}; os-api-ref types are {', '.join(sorted(TYPES))}"
        found.append(("RST183", where, message))
    return found
