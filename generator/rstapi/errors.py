"""The one exception family that crosses stages: an input the run cannot use at all.

Every error a command turns into exit 2 (unreadable source, bad configuration, a spec file a
publisher cannot load, ...) derives from ``InputError``, so the CLI can catch them all without
importing the stages that raise them.
"""

from __future__ import annotations

__all__ = ["InputError"]


class InputError(Exception):
    """Unusable input or an I/O failure: the command prints the message and exits 2."""
