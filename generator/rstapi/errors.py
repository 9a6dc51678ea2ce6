"""The one exception family that crosses stages: an input the run cannot use at all.

Every error a command turns into exit 2 (unreadable source, bad configuration, a spec file a
publisher cannot load, ...) derives from ``InputError``, so the CLI can catch them all without
importing the stages that raise them. ``CacheWarning`` is the one warning that is not a finding:
the run goes on, and the CLI prints it as one line.
"""

from __future__ import annotations

__all__ = ["CacheWarning", "InputError"]


class InputError(Exception):
    """Unusable input or an I/O failure: the command prints the message and exits 2."""


class CacheWarning(UserWarning):
    """The cache folder cannot be written: the build goes on without it (``rstapi.rst.cache``)."""
