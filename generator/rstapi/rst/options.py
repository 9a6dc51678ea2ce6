"""What a build tells the readers besides the documents: the settings a dialect's reading depends on."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["ARROW_CONVENTIONS", "DEFAULT_OPTIONS", "ReadOptions"]

# The two readings of sphinxcontrib-httpdomain's arrow fields (``:<json``, ``:>header`` ...).
ARROW_CONVENTIONS = ("1.x", "2.x")


class ReadOptions(NamedTuple):
    """Settings of one reading of the sources (a build, or a Sphinx project's API)."""

    # [tool.rstapi] httpdomain-arrows / --httpdomain-arrows: None decides per document from evidence.
    httpdomain_arrows: str | None = None
    # Under sphinx-build: how the loaded sphinxcontrib-httpdomain renders arrows (None: not known).
    rendered_arrows: str | None = None


DEFAULT_OPTIONS = ReadOptions()
