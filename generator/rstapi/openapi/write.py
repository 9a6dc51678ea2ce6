"""Atomic, deterministic output: the same dict gives the same bytes, and no half-written file."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rstapi.openapi import blockyaml
from rstapi.pyyaml import yaml

__all__ = ["NotRegularFile", "dump_spec", "refuse_irregular", "write_atomic"]


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases, long lines kept whole."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_presenter(dumper: Any, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    node: yaml.ScalarNode = dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)
    return node


_Dumper.add_representer(str, _str_presenter)

# OpenAPI 3.1 files are YAML 1.2, whose core schema reads more plain scalars as numbers than
# PyYAML's YAML 1.1 resolver does ("08", "02139" and "0o17" as integers, "1e3" as a float). A
# string any of them matches is written quoted, so every YAML reader gets the string back.
YAML12_NUMBERS = (
    ("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        list("-+0123456789."),
    ),
)
for _tag, _pattern, _first in YAML12_NUMBERS:
    _Dumper.add_implicit_resolver(_tag, _pattern, _first)

# libyaml's emitter (about five times faster) writes the same bytes as PyYAML's pure-Python one
# for text made only of these characters; it differs on others (non-BMP characters such as emoji,
# U+0085, U+2028/9, U+FEFF, control characters), which keep the pure-Python emitter. It also
# measures a key's 128-character limit for the ``? `` form in bytes, not characters: a non-ASCII
# key of 128 bytes or more keeps the pure-Python emitter too, and so does a text that ends in more
# than one line break (a ``|+`` block, after which libyaml ends the document with ``...``).
# The set is written as its complement: re fills a table one code point at a time for each range
# of a character class, so the short ranges left out compile in a tenth of the time (at import).
_FAST_SAFE = re.compile(
    "[^\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff\U00010000-\U0010ffff]*"
)
_LONG_KEY_BYTES = 128


class _Unlike(Exception):
    """The text holds something libyaml would write differently."""


_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_CDumper: type[Any] | None = None
_RESOLVED: dict[str, Any] = {}  # a plain scalar's text -> its implicit tag
if hasattr(yaml, "CSafeDumper"):

    class _CDumperClass(yaml.CSafeDumper):
        """_Dumper's nodes, made faster for the plain types a spec holds, and libyaml's emitter.

        ``represent_data`` builds the very nodes SafeRepresenter builds (block style, strings as
        ``_str_presenter`` presents them) and raises _Unlike at the first text libyaml would
        write differently, so the spec is walked once."""

        def ignore_aliases(self, data: Any) -> bool:
            return True

        # libyaml's serializer asks these of every node, twice per scalar. This dumper has no path
        # resolvers, so a node's implicit tag depends on its text alone: a plain scalar's is
        # remembered (a spec repeats the same keys thousands of times), any other is the default.

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            """The implicit tag of a node, as the resolver gives it."""
            if kind is yaml.ScalarNode and type(value) is str:
                if not implicit[0]:
                    return _STR
                found = _RESOLVED.get(value)
                if found is None:
                    found = _RESOLVED[value] = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]  # PyYAML has no hints
                return found
            if kind is yaml.MappingNode:
                return _MAP
            if kind is yaml.SequenceNode:
                return _SEQ
            return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]

        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            """Nothing to follow: no path resolvers."""

        def ascend_resolver(self) -> None:
            """Nothing to follow: no path resolvers."""

        def represent_data(self, data: Any) -> yaml.Node:
            kind = type(data)
            if kind is str:
                if not _alike(data, False):
                    raise _Unlike
                return yaml.ScalarNode(_STR, data, style="|" if "\n" in data else None)
            if kind is dict:
                pairs = []
                for key, value in data.items():
                    if type(key) is str and not _alike(key, True):
                        raise _Unlike
                    pairs.append((self.represent_data(key), self.represent_data(value)))
                return yaml.MappingNode(_MAP, pairs, flow_style=False)
            if kind is list:
                return yaml.SequenceNode(_SEQ, [self.represent_data(item) for item in data], flow_style=False)
            node: yaml.Node = super().represent_data(data)
            return node

    _CDumperClass.add_representer(str, _str_presenter)
    for _tag, _pattern, _first in YAML12_NUMBERS:
        _CDumperClass.add_implicit_resolver(_tag, _pattern, _first)
    _CDumper = _CDumperClass


def _texts(node: Any) -> Iterator[tuple[str, bool]]:
    """Every string in ``node``, each with whether it is a mapping key."""
    stack: list[tuple[Any, bool]] = [(node, False)]
    while stack:
        item, is_key = stack.pop()
        if isinstance(item, str):
            yield item, is_key
        elif isinstance(item, dict):
            stack.extend((key, True) for key in item)
            stack.extend((value, False) for value in item.values())
        elif isinstance(item, list):
            stack.extend((value, False) for value in item)


def _alike(text: str, is_key: bool) -> bool:
    if text.isascii():  # most of a spec: _FAST_SAFE's ASCII is printable characters and line breaks
        if not (text.isprintable() or text.replace("\n", "").isprintable()):
            return False
    elif not _FAST_SAFE.fullmatch(text):
        return False
    if text == "\n" or text.endswith("\n\n") or (is_key and not text):
        return False  # libyaml writes an empty key as '': where PyYAML writes ?
    return not is_key or text.isascii() or len(text.encode("utf-8")) < _LONG_KEY_BYTES


def emits_alike(spec: Any) -> bool:
    """libyaml would write ``spec`` byte for byte as the pure-Python emitter does."""
    return _CDumper is not None and all(_alike(text, is_key) for text, is_key in _texts(spec))


def dump_spec(spec: dict[str, Any], fmt: str = "yaml", *, fast: bool = True) -> str:
    """The spec's text: JSON, or YAML (libyaml's emitter when it gives the same bytes)."""
    if fmt == "json":
        return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"
    if fast and _CDumper is not None:
        try:
            return _block_dump(spec, _CDumper) or _dump(spec, _CDumper)
        except _Unlike:
            pass
    return _dump(spec, _Dumper)


def _block_dump(spec: dict[str, Any], dumper: type[Any]) -> str | None:
    """What ``_dump(spec, dumper)`` gives, its distinct scalars dumped by libyaml in one list and
    the layout written by ``blockyaml``; None where that may differ (_Unlike: where libyaml would)."""
    scalars = blockyaml.gather(spec) if type(spec) is dict and spec else None
    if scalars is None or not all(blockyaml.plain_key(key) for key in scalars.keys.values()):
        return None
    if not all(_alike(key, True) for key in scalars.keys if type(key) is str):
        raise _Unlike
    every = {**scalars.keys, **scalars.values}
    texts = {key: key for key in every if type(key) is str and _plain_word(key)}
    rest = [key for key in every if key not in texts]
    dumped = blockyaml.split_items(_dump([every[key] for key in rest], dumper), len(rest)) if rest else []
    if dumped is None:
        return None
    texts.update(zip(rest, dumped, strict=True))
    return blockyaml.write_block(spec, texts)


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_RESOLVER = yaml.resolver.Resolver()


def _plain_word(text: str) -> bool:
    """A word libyaml writes as it is: letters, digits and underscores, not starting with a digit
    (no indicator, quote or space), which the resolver reads back as text (not ``yes``, ``null``)."""
    return (
        _WORD.fullmatch(text) is not None and _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR  # type: ignore[no-untyped-call]  # PyYAML has no hints
    )


def _dump(spec: dict[str, Any] | list[Any], dumper: type[Any]) -> str:
    text: str = yaml.dump(
        spec, Dumper=dumper, sort_keys=False, allow_unicode=True, width=4096, default_flow_style=False
    )
    return text


class NotRegularFile(OSError):
    """The output path names something a rename must not replace (a FIFO, device, socket, folder)."""


def refuse_irregular(path: Path) -> None:
    """NotRegularFile unless ``path`` is a regular file (a symlink to one) or nothing yet."""
    try:
        status = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise NotRegularFile(error.errno, "a symlink loop, not a regular file") from None
        raise
    if not stat.S_ISREG(status.st_mode):
        kind = _KINDS.get(stat.S_IFMT(status.st_mode), "not a regular file")
        raise NotRegularFile(errno.EEXIST, f"{kind}, not a regular file: only a regular file is replaced")


_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file next to ``path``, then rename it into place.

    Only a regular file (or a new path) is replaced: ``path`` naming a FIFO, a device, a socket or
    a folder is NotRegularFile (an OSError) and nothing is written."""
    refuse_irregular(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
