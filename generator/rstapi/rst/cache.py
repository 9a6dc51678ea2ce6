"""Each source file's reading, kept by content, so a build re-parses only the files that changed.

A ``Reading`` (``rst.parse``) is what ``load_api`` makes of one file before extraction: the parsed document (its
includes spliced in), the findings of reading it (mojibake, includes) and the files spliced in.
It is kept under a key of the file's text and everything else its reading depends on (the
display name, the input limit, where "/x" includes start, the toolkit's reading code and
docutils' version: ``key_of``), with a ``Dependency`` per file spliced in: what reading that file
gave (its text, or why it was not read, and its display name). An entry is used only when every
dependency reads the same again, so an edit of an included file, a new file an include names or a
project root that now leaves a file out is a miss, never a stale result.

Extraction is mostly a join: the readers share labels, schemas and envelopes across files (a
``:ref:`` into another file shows that section's title), so it runs over every file of every
build. Only what a file-local reader makes of a file (an ``Extraction``) is kept, by
``rstapi.rst.kept``.

The store is a folder (``.rstapi_cache/`` in the project: ``Config.cache_dir``), one file per
entry, written atomically; an entry that cannot be read (truncated, corrupt, another format or
toolkit version, a class it may not name) is a miss, and a folder that cannot be written is one
``CacheWarning`` and a build without it. A build without a cache (``--no-cache``) never imports
this module (``load_api`` and ``rst.kept`` import it when given one). Entries are sealed with an HMAC under a key of the user's
kept outside every project (``_user_key``): an entry planted in a checkout (its key computed from
the sources) is a miss, since its reading could say anything. They are pickles, read by an
unpickler that builds docutils nodes and this toolkit's value classes only. With
``keep_in_memory`` (``rstapi watch``, ``rstapi changelog``) entries are also kept in the process
as objects, so nothing is read or unpickled again: a kept doctree is extracted again as it is
(extraction changes nothing in it that the next extraction does not set again:
``walk.show_section_titles``), a kept extraction is frozen values.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import importlib
import io
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
import docutils
import docutils.nodes

from rstapi import model
from rstapi.diagnostics import Diagnostic, Level, SourceLocation
from rstapi.errors import CacheWarning
from rstapi.model import IndexEntry, ObjectSchema, Operation, SourceItem
from rstapi.records import Record
from rstapi.rst.parse import ParsedDocument, Reading
from rstapi.rst.resources import Resource

__all__ = [
    "MAX_BYTES",
    "Dependency",
    "Extraction",
    "ParseCache",
    "Reading",
    "key_of",
    "outcome_digest",
    "prune",
]

_HEADER = b"rstapi reading cache 1\n"


@attrs.frozen(repr=False)
class Extraction(Record):
    """What a file-local reader (``Reader.local``) made of one file: its operations, index and
    inventory, its findings and the schemas it added to the build's (in order)."""

    operations: tuple[Operation, ...]
    index: tuple[IndexEntry, ...]
    inventory: tuple[SourceItem, ...]
    diagnostics: tuple[Diagnostic, ...]
    schemas: tuple[ObjectSchema, ...]


@attrs.frozen(repr=False)
class Dependency(Record):
    """A file read while splicing includes in, and the digest of what reading it gave."""

    written: str  # relative to the source's folder
    outcome: str
    encoding: str | None = None  # an include's :encoding: (None: the default, UTF-8)


# hashlib, hmac and pickle are imported on first use: a build without a cache (``--no-cache``,
# the Sphinx extension's reading) never hashes nor pickles, and they are a tenth of what a build
# imports beyond docutils.


def outcome_digest(*parts: object) -> str:
    """The digest of what reading a file gave (its display name, text or reason, findings)."""
    import hashlib

    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def key_of(text: str, *context: object) -> str:
    """The key of a file's reading: its text, the ``context`` it is read in, the reading code."""
    import hashlib

    digest = hashlib.sha256(_fingerprint())
    digest.update(repr(context).encode("utf-8", "surrogatepass"))
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# The modules outside rst/ that the reading and the readers import.
_USED = ("diagnostics", "errors", "inputs", "microversions", "model", "naming")


@functools.cache
def _fingerprint() -> bytes:
    """The reading and extracting code and what it runs on: a change to any of them is a new key
    for every file (a toolkit edit during development, not only a release)."""
    import hashlib

    digest = hashlib.sha256(_HEADER)
    digest.update(f"{sys.version_info[:2]} docutils {docutils.__version__}".encode())
    package = Path(__file__).resolve().parent.parent
    modules = [*package.joinpath("rst").rglob("*.py"), *(package / f"{name}.py" for name in _USED)]
    for module in sorted(modules):
        digest.update(module.relative_to(package).as_posix().encode())
        digest.update(module.read_bytes())
    return digest.digest()


class ParseCache:
    """Readings by key, in ``folder`` (None: none on disk) and, with ``keep_in_memory``, in the process."""

    def __init__(self, folder: Path | None, keep_in_memory: bool = False, later: bool = False) -> None:
        self.folder = folder
        self._memory: dict[str, _Entry] | None = {} if keep_in_memory else None
        self._used: set[str] = set()  # the keys read or stored since the last ``forget_unused``
        # with ``later``, entries are written by ``flush`` (a live preview's, after the new spec is served)
        self._pending: dict[str, _Entry] | None = {} if later else None
        self._unwritable = False
        self._pruned = False  # once per cache (a process), after its first write
        self.limit = MAX_BYTES
        self.hits = 0  # readings served from the cache, for benchmarks and tests
        self.misses = 0
        self.extracted = 0  # files a file-local reader extracted again (no extraction kept)

    def get(
        self, key: str, unchanged: Callable[[Dependency], bool]
    ) -> tuple[Reading, tuple[Dependency, ...]] | None:
        """The reading kept under ``key`` whose dependencies are all ``unchanged``, with them."""
        entry = self._entry(key)
        if entry is None or not isinstance(entry[1], Reading) or not all(map(unchanged, entry[0])):
            self.misses += 1
            return None
        self.hits += 1
        return entry[1], entry[0]

    def put(self, key: str, reading: Reading, dependencies: Sequence[Dependency]) -> None:
        self._store(key, (tuple(dependencies), reading))

    def extraction(self, key: str) -> Extraction | None:
        """The extraction kept under ``key`` (its key says everything it depends on)."""
        entry = self._entry(key)
        found = entry[1] if entry is not None and isinstance(entry[1], Extraction) else None
        self.extracted += found is None
        return found

    def keep_extraction(self, key: str, extraction: Extraction) -> None:
        self._store(key, ((), extraction))

    def forget_unused(self) -> None:
        """Let go of the entries kept in the process that no build since the last call read or
        stored (a live preview's readings of a file as it was before the last saves)."""
        if self._memory is None:
            return
        for key in [key for key in self._memory if key not in self._used]:
            del self._memory[key]
        self._used = set()

    def _entry(self, key: str) -> _Entry | None:
        self._used.add(key)
        entry = self._memory.get(key) if self._memory is not None else None
        if entry is None:
            data = self._read(key)
            entry = _loaded(data) if data is not None else None
            if entry is not None and self._memory is not None:
                self._memory[key] = entry
        return entry

    def _store(self, key: str, entry: _Entry) -> None:
        self._used.add(key)
        if self._memory is not None:
            self._memory[key] = entry
        if self._pending is not None:
            self._pending[key] = entry
        elif self.folder is not None and not self._unwritable:
            self._write(key, _sealed(_pickled(entry)))

    def flush(self) -> None:
        """Write the entries kept since the last flush (``later``: the build that made them is over,
        and nothing reads their doctrees while they are pickled)."""
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        for key, entry in pending.items():
            if self.folder is not None and not self._unwritable:
                self._write(key, _sealed(_pickled(entry)))

    def _read(self, key: str) -> bytes | None:
        if self.folder is None:
            return None
        entry = self.folder / key[:2] / key
        try:
            data = entry.read_bytes()
        except OSError:  # absent, or unreadable: a miss either way
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # used now: pruning removes the entries used longest ago
        return data

    def _write(self, key: str, data: bytes) -> None:
        """``data`` replaces the entry atomically (a reader sees the old file or the new one)."""
        assert self.folder is not None
        folder = self.folder / key[:2]
        try:
            if not self.folder.is_dir():
                _make_folder(self.folder)
            folder.mkdir(exist_ok=True)
            _write_atomic(folder / key, data)
            if not self._pruned:
                self._pruned = True
                prune(self.folder, self.limit)
        except OSError as error:
            self._unwritable = True
            why = error.strerror or type(error).__name__
            message = f"the cache folder {self.folder} cannot be written ({why}); building without it"
            warnings.warn(message, CacheWarning, stacklevel=2)


# The folder's size past which a build that writes to it removes the entries used longest ago,
# down to half of it: a long watch session writes an entry per save.
MAX_BYTES = 512 * 2**20


def prune(folder: Path, limit: int) -> None:
    """Past ``limit`` bytes of entries in ``folder``, remove those used longest ago (by their
    time, which a read sets) until half of ``limit`` is left."""
    entries = []
    for entry in folder.glob("??/*"):
        with contextlib.suppress(OSError):
            status = entry.stat()
            entries.append((status.st_mtime_ns, status.st_size, entry))
    total = sum(size for _, size, _ in entries)
    if total <= limit:
        return
    for _, size, entry in sorted(entries, key=lambda found: (found[0], found[2].name)):
        if total <= limit // 2:
            break
        with contextlib.suppress(OSError):
            entry.unlink()
            total -= size


# As pytest's and mypy's caches do: git ignores the folder without an entry in the project's
# .gitignore, and backup tools that honour CACHEDIR.TAG skip it.
_IGNORE_ALL = "# rstapi's cache of each file's reading: delete it at any time\n*\n"
_CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# rstapi's cache (rstapi.rst.cache)\n"


def _make_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    _write_atomic(folder / ".gitignore", _IGNORE_ALL.encode())
    _write_atomic(folder / "CACHEDIR.TAG", _CACHEDIR_TAG.encode())


def _write_atomic(target: Path, data: bytes) -> None:
    import tempfile  # only a build that writes pays for it

    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


_Entry = tuple[tuple[Dependency, ...], Reading | Extraction]


def _pickled(entry: _Entry) -> bytes:
    """The entry pickled; a document's settings, reporter and transformer (the parse's
    machinery, which nothing after the parse reads) are set aside meanwhile."""
    import pickle

    if not isinstance(entry[1], Reading):
        return pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
    # without the lists of each class's elements the readers made (``ParsedDocument.of_class``)
    entry = (
        entry[0],
        attrs.evolve(entry[1], doc=attrs.evolve(entry[1].doc, by_class={}, kinds={}, merged={})),
    )
    doctree = entry[1].doc.doctree
    kept = doctree.settings, doctree.reporter, doctree.transformer
    doctree.settings = doctree.reporter = doctree.transformer = None
    try:
        return pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        doctree.settings, doctree.reporter, doctree.transformer = kept


def _loaded(data: bytes) -> _Entry | None:
    """The entry ``data`` holds, or None for anything but a well-formed entry of this format."""
    payload = _opened(data)
    if payload is None:
        return None
    try:
        entry = _unpickler()(io.BytesIO(payload)).load()
    except Exception:  # corrupt, truncated or foreign: rebuilt, never a traceback
        return None
    if not (isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], (Reading, Extraction))):
        return None
    return entry


def _sealed(payload: bytes) -> bytes:
    """The header, the payload's HMAC under this user's key, the payload."""
    import hashlib
    import hmac

    return _HEADER + hmac.new(_user_key(), payload, hashlib.sha256).digest() + payload


def _opened(data: bytes) -> bytes | None:
    """The payload of an entry this user's builds wrote; None for any other file (one planted in
    a checkout, with a key computed from the sources, is not read: its reading could be anything)."""
    if not data.startswith(_HEADER):
        return None
    import hashlib
    import hmac

    seal, payload = data[len(_HEADER) : len(_HEADER) + 32], data[len(_HEADER) + 32 :]
    expected = hmac.new(_user_key(), payload, hashlib.sha256).digest()
    return payload if hmac.compare_digest(seal, expected) else None


@functools.cache
def _user_key() -> bytes:
    """This user's key for sealing entries, kept outside every project
    (``$XDG_CACHE_HOME/rstapi/cache-key``, else ``~/.cache``); created on first use. Where it
    cannot be kept, a key of this process: entries are then good for this process only."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(home) / "rstapi" / "cache-key"
    with contextlib.suppress(OSError):
        key = path.read_bytes()
        if len(key) == 32:
            return key
    key = os.urandom(32)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "wb") as stream:
            stream.write(key)
        return key
    with contextlib.suppress(OSError):  # another process made it meanwhile
        found = path.read_bytes()
        if len(found) == 32:
            return found
    return key


# The classes an entry may name besides docutils' nodes (and the readers' node classes).
_VALUES: frozenset[type] = frozenset(
    {Reading, Extraction, Dependency, ParsedDocument, Resource, Diagnostic, SourceLocation, Level}
    | {value for value in vars(model).values() if isinstance(value, type) and attrs.has(value)}
)
_MODULES = ("docutils.", "rstapi.rst.", "rstapi.diagnostics", "rstapi.model")
_CONTAINERS = {("collections", "Counter"): collections.Counter}  # docutils' document.id_counter


@functools.cache
def _unpickler() -> type[Any]:
    """The unpickler of entries (a class made on first use: pickle is imported then)."""
    import pickle

    class _Unpickler(pickle.Unpickler):
        """Builds node and value classes only: a planted entry cannot make the load call anything."""

        def find_class(self, module: str, name: str) -> Any:
            if (module, name) in _CONTAINERS:
                return _CONTAINERS[module, name]
            if not module.startswith(_MODULES):
                raise pickle.UnpicklingError(f"{module}.{name} is not a cache entry's class")
            found = getattr(importlib.import_module(module), name, None)
            if isinstance(found, type) and (issubclass(found, docutils.nodes.Node) or found in _VALUES):
                return found
            raise pickle.UnpicklingError(f"{module}.{name} is not a cache entry's class")

    return _Unpickler
