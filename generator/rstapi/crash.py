"""The last resort: an exception no stage turned into a finding or an InputError is a bug.

``write_crash_report`` puts the traceback, the command line and the versions in a file of its
own (``RSTAPI_CRASH_DIR``, else the system's temporary folder) and returns its path, so the
command can say "internal error: please report" in one line and exit with ``EXIT_INTERNAL``,
a code CI can tell apart from findings (1) and unusable input (2).
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

__all__ = ["EXIT_INTERNAL", "write_crash_report"]

EXIT_INTERNAL = 70  # EX_SOFTWARE in BSD's sysexits.h: an internal software error


def write_crash_report(error: BaseException, argv: Sequence[str]) -> Path | None:
    """The file now holding ``error``'s traceback (None when no file can be written)."""
    text = _report(error, argv)
    folder = os.environ.get("RSTAPI_CRASH_DIR") or tempfile.gettempdir()
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    try:
        handle, name = tempfile.mkstemp(prefix=f"rstapi-crash-{stamp}-", suffix=".txt", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace") as stream:
            stream.write(text)
    except OSError:
        return None
    return Path(name)


def _report(error: BaseException, argv: Sequence[str]) -> str:
    try:
        version = metadata.version("rstapi")
    except metadata.PackageNotFoundError:
        version = "unknown"
    head = [
        f"rstapi {version}, Python {platform.python_version()} on {sys.platform}",
        f"command: rstapi {' '.join(argv)}",
        "",
    ]
    return "\n".join(head) + "".join(traceback.format_exception(error))
