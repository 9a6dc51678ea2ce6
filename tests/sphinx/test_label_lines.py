"""A finding about a label (``.. _name:``) is at the label's line in the file it is written in,
as ``rstapi lint`` shows it, also after an ``rst_prolog`` or an include: docutils numbers a label
by its place in the whole parsed text, where Sphinx has put the prolog and the included lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rst_helpers import line_of
from tests.sphinx.conftest import CONF, cli_build, sphinx_build

pytestmark = pytest.mark.slow
PAGE = """\
Labels
======

Intro text.

.. include:: part.inc

.. _dup:

Tail
----

See :ref:`dup`.
"""
PART = """\
Some included text.

.. _dup:

Included
--------

More.
"""
PROLOG = 'rst_prolog = """\n.. |a| replace:: A\n.. |b| replace:: B\n"""\n'


@pytest.mark.parametrize("prolog", ["", PROLOG])
def test_a_duplicate_label_is_at_its_line_in_its_file(tmp_path: Path, prolog: str) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.rstapi]\n", encoding="utf-8")
    (docs / "conf.py").write_text(CONF + prolog, encoding="utf-8")
    (docs / "index.rst").write_text(PAGE, encoding="utf-8")
    (docs / "part.inc").write_text(PART, encoding="utf-8")
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    cli = cli_build(tmp_path, tmp_path / "cli.yaml")
    finding = f"RST114 (error) label 'dup' is already defined at docs/part.inc:{line_of(PART, '.. _dup:')}"
    line = line_of(PAGE, ".. _dup:")
    assert f"{docs / 'index.rst'}:{line}: WARNING: {finding}" in result.stderr, result.stderr
    assert f"docs/index.rst:{line}: ERROR {finding.replace(' (error)', '')}" in cli.stdout, cli.stdout


def test_another_extensions_rest_parser_is_kept_under_the_traced_one() -> None:
    from sphinx.parsers import RSTParser

    from rstapi.sphinx.labels import TracedParser, traced_parser

    class Theirs(RSTParser):  # an extension's own reST parser, registered before rstapi.sphinx
        pass

    traced = traced_parser(Theirs)
    assert traced is not None and issubclass(traced, Theirs) and issubclass(traced, TracedParser)
    assert traced_parser(RSTParser) is TracedParser
    assert traced_parser(object) is None
