"""Reading a named input in bounded time and memory: a regular file, at most so many bytes.

The file is opened without blocking (a FIFO opened for reading would wait for a writer) and
checked on the open descriptor, so what is read is what was checked: a device, FIFO, socket or
folder, or a file over the limit, is a ``ReadError`` before a byte is read, whatever a symlink
in front of it is called.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from rstapi.diagnostics import ReadError, refuse_unbounded

__all__ = ["DEFAULT_MAX_BYTES", "found_once", "inside", "read_bounded", "resolved", "resolving_once"]

DEFAULT_MAX_BYTES = 20 * 2**20  # max-input-mb's default
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def read_bounded(
    path: Path,
    display: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    role: str = "an input",
    subject: str = "the file",
) -> bytes:
    """The bytes of the regular file ``path`` (symlinks followed), at most ``max_bytes`` of them."""
    try:
        handle = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise ReadError(f"{display}: no such file") from None
    except OSError as error:
        raise ReadError(f"{display}: cannot read ({error.strerror})") from None
    with os.fdopen(handle, "rb") as stream:
        status = os.fstat(handle)
        if stat.S_ISDIR(status.st_mode):
            raise ReadError(f"{display}: is a directory, not {role}")
        refuse_unbounded(status, display, max_bytes, role, subject)
        try:
            data = _read_upto(stream, status.st_size, max_bytes)
        except OSError as error:
            raise ReadError(f"{display}: cannot read ({error.strerror})") from None
    if len(data) > max_bytes:  # it grew after the check
        refuse_unbounded(
            os.stat_result((stat.S_IFREG, 0, 0, 0, 0, 0, len(data), 0, 0, 0)),
            display,
            max_bytes,
            role,
            subject,
        )
    return data


def _read_upto(stream: BinaryIO, expected: int, max_bytes: int) -> bytes:
    """The stream to its end, or its first ``max_bytes + 1`` bytes: the ``expected`` size (and a
    byte more, to see the end there) read into a buffer of that size, the rest only if the file
    has more (it grew since ``fstat``, or it is one that says 0, as /proc's do). One read of
    ``max_bytes + 1`` would make a buffer of the whole bound (20 MB) for every file, a fifth of
    a millisecond each (an os-api-ref project reads several hundred samples)."""
    data = stream.read(min(expected, max_bytes) + 1)
    if expected < len(data) <= max_bytes:
        data += stream.read(max_bytes + 1 - len(data))
    return data


# Paths already resolved in the current ``resolving_once`` block (None: outside any).
_RESOLVED: contextvars.ContextVar[dict[Path, Path] | None] = contextvars.ContextVar(
    "rstapi_resolved", default=None
)


@contextlib.contextmanager
def resolving_once() -> Iterator[None]:
    """Within the block, ``resolved`` resolves each path once: one build reads the file tree as
    it is when the build starts (an os-api-ref project names several hundred samples, each asked
    about five times: is it inside the project, is it the including file, how is it shown).
    A block inside another is part of it (the pipeline's build holds the reading's)."""
    if _RESOLVED.get() is not None:
        yield
        return
    token, found = _RESOLVED.set({}), _FOUND.set({})
    try:
        yield
    finally:
        _RESOLVED.reset(token)
        _FOUND.reset(found)


# What was found about each folder in the current ``resolving_once`` block (``found_once``).
_FOUND: contextvars.ContextVar[dict[tuple[str, Path], Path] | None] = contextvars.ContextVar(
    "rstapi_found", default=None
)


def found_once(kind: str, folder: Path, find: Callable[[Path], Path]) -> Path:
    """``find(folder)``, asked once per ``resolving_once`` block for each ``kind`` of question (the
    project root above a folder: a 60-file project asks it for each file, at each build)."""
    memo = _FOUND.get()
    if memo is None:
        return find(folder)
    found = memo.get((kind, folder))
    if found is None:
        found = memo[(kind, folder)] = find(folder)
    return found


def resolved(path: Path) -> Path:
    """``path`` with its symlinks resolved; a symlink loop resolves to nothing outside itself."""
    memo = _RESOLVED.get()
    found = memo.get(path) if memo is not None else None
    if found is None:
        found = _resolve(path) if memo is None else _resolve_in(path, memo)
        if memo is not None:
            memo[path] = found
    return found


def _resolve_in(path: Path, memo: dict[Path, Path]) -> Path:
    """``_resolve(path)`` with its folder resolved once for all the files in it (memo): when the
    last part is a plain name and not a symlink, realpath goes no further than the folder's own
    resolution (hundreds of samples in one folder: a stat each, not one per part of the path)."""
    name, parent = path.name, path.parent
    if name in ("", ".", "..") or parent == path:
        return _resolve(path)
    folder = resolved(parent)
    candidate = folder / name
    try:
        if not stat.S_ISLNK(os.lstat(candidate).st_mode):
            return candidate
    except FileNotFoundError:  # realpath keeps a missing name as written
        return candidate
    except OSError:
        return _resolve(path)
    return _resolve(path)


def _resolve(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return path.absolute()


def inside(path: Path, root: Path) -> bool:
    """``path``, symlinks resolved, is ``root`` or below it (a symlink loop is not)."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return False
