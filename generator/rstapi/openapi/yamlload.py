"""YAML (and JSON) documents loaded in bounded memory: no alias bomb, no nesting past a depth.

PyYAML keeps an alias as one shared object, so a 1.6 KB "billion laughs" file loads quickly; the
damage comes after, when a validator, a JSON encoder or a compiled dependency walks it as a
tree of billions of nodes. The node graph is composed first (libyaml when present) and measured
as the tree it stands for (each node's expanded size once, by identity, so the measure costs
what the file holds); a document whose aliases expand it past ``MAX_NODES`` nodes, an alias to
a node that contains it, or nesting deeper than ``MAX_DEPTH`` is refused before anything is
constructed. The refusal is a ``yaml.YAMLError`` whose mark names the node's line, so every
reader that reports YAML errors reports it.

The documents are OpenAPI's, whose values are JSON's (YAML 1.2's core schema): a bare date
(``version: 2024-01-01``) is the string it reads as, not PyYAML's date, and a key written as a
number or a word (``200:``) is that string, as JSON keys are; a YAML type JSON lacks (``!!binary``,
``!!set``, ``!!omap``) is refused at its line. (A date or an integer key reaching a validator or a
JSON encoder stopped it with a type error.)
"""

from __future__ import annotations

from typing import Any

from rstapi.pyyaml import yaml

__all__ = ["MAX_DEPTH", "MAX_NODES", "DocumentTooLarge", "NotJsonValue", "deepest", "load_yaml"]

# Nodes a document may stand for once its aliases are expanded. The project's own spec is some
# 6,000; a large public API's (thousands of operations) about a million. A document without
# aliases is bounded by max-input-mb alone.
MAX_NODES = 1_000_000
# Mappings and sequences inside each other. A spec nests paths, operation, responses, content,
# schema, then two levels per nested object: 128 leaves room for 60 nested objects, and keeps the
# recursive walks of validators far from Python's recursion limit.
MAX_DEPTH = 128


class _Refused(yaml.YAMLError):
    """A document refused before it is constructed; ``problem``/``problem_mark`` as PyYAML's."""

    def __init__(self, problem: str, mark: Any = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark

    def __str__(self) -> str:
        where = f" (line {self.problem_mark.line + 1})" if self.problem_mark is not None else ""
        return f"{self.problem}{where}"


class DocumentTooLarge(_Refused):
    """A document refused for what it would expand to."""


class NotJsonValue(_Refused):
    """A value of a YAML type JSON does not have."""


_TAG = "tag:yaml.org,2002:"
_JSON_TAGS = frozenset(_TAG + name for name in ("str", "int", "float", "bool", "null", "map", "seq"))


def load_yaml(text: str, loader: type[Any]) -> Any:
    """The document in ``text`` loaded by ``loader`` (a PyYAML loader class), bounded as above."""
    instance = loader(text)
    try:
        try:
            node = instance.get_single_node()
        except RecursionError:
            raise DocumentTooLarge(f"nested more than {MAX_DEPTH} levels deep") from None
        if node is None:
            return None
        _measure(node)
        _json_values(node)
        return instance.construct_document(node)
    finally:
        instance.dispose()


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _measure(root: yaml.Node) -> None:
    """Refuse ``root`` when it nests too deep, contains itself, or expands past MAX_NODES."""
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    crossing: yaml.Node | None = None  # the first node whose expanded tree is over MAX_NODES
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            size[key] = 1 + sum(size[id(child)] for child in _children(node))
            if crossing is None and size[key] > MAX_NODES:
                crossing = node
            continue
        if key in size:
            continue
        if key in on_path:
            raise DocumentTooLarge("an alias refers to a node that contains it", node.start_mark)
        if len(on_path) >= MAX_DEPTH:
            raise DocumentTooLarge(f"nested more than {MAX_DEPTH} levels deep", node.start_mark)
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in size)
    if crossing is not None and size[id(root)] > len(size):  # aliases, not the file, made it large
        raise DocumentTooLarge(
            f"its aliases expand it past {MAX_NODES:,} nodes (a YAML alias bomb?)", crossing.start_mark
        )


def _json_values(root: yaml.Node) -> None:
    """Each node of ``root`` made one of JSON's values (a date its string, a key its string) or
    refused (module docstring). Each node is seen once, so an alias costs nothing more."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, is_key = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag == _TAG + "timestamp" or (is_key and isinstance(node, yaml.ScalarNode)):
            node.tag = _TAG + "str"
        elif node.tag not in _JSON_TAGS:
            shown = node.tag.removeprefix(_TAG)
            message = f"a value of YAML type {'!!' + shown if shown != node.tag else shown}, which JSON and OpenAPI do not have"
            raise NotJsonValue(message, node.start_mark)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack += [(key, True), (value, False)]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(item, False) for item in node.value]


def deepest(value: Any) -> int:
    """How deeply lists and dicts nest in ``value`` (for JSON, which has no aliases)."""
    worst = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            worst = max(worst, depth + 1)
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return worst
