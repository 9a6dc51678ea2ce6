"""``rstapi_baseline`` (conf.py): a finding the baseline lists (written by ``rstapi lint
--update-baseline`` on the same files) is no Sphinx warning, a new one is, and ``-W`` fails on it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.sphinx.conftest import CONF, house_pages, sphinx_build, write_project

pytestmark = pytest.mark.slow


def test_a_finding_in_the_baseline_is_no_warning_a_new_one_is(tmp_path: Path) -> None:
    pages = house_pages()
    docs = write_project(tmp_path, pages, conf=CONF + 'rstapi_baseline = "lint-baseline.json"\n')
    command = [sys.executable, "-m", "rstapi.cli", "lint", "--source", "docs"]
    written = subprocess.run(
        [*command, "--baseline", "docs/lint-baseline.json", "--update-baseline"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert written.returncode == 0, written.stdout + written.stderr
    assert "'colour'" in (docs / "lint-baseline.json").read_text(encoding="utf-8")
    colour = next(line for line in pages["gadgets"].splitlines() if '"colour": "red"' in line)
    weighed = pages["gadgets"].replace(colour, f"{colour},\n{colour.replace('colour', 'weight')}")
    assert weighed != pages["gadgets"]
    (docs / "gadgets.rst").write_text(weighed, encoding="utf-8")
    result = sphinx_build(docs, tmp_path / "html", "-W")
    assert result.returncode != 0
    assert "DOC201 the example at line" in result.stderr and "has field 'weight'" in result.stderr
    assert "'colour'" not in result.stderr
