"""The project's own reference as a Sphinx project gives the spec `rstapi build` gives, and the
same findings, as Sphinx warnings."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rstapi.diagnostics import Level
from rstapi.openapi.sourcemap import sourcemap_path
from rstapi.pipeline import BuildResult
from tests.conftest import ROOT, SPEC
from tests.golden.test_spec_golden import readable_diff

pytestmark = pytest.mark.slow
CONF = 'project = "reference"\nextensions = ["rstapi.sphinx"]\nroot_doc = "enterprise_api/reference"\n'
WARNING = re.compile(r"^(?P<path>\S+?):(?P<line>\d+): WARNING: (?P<code>[A-Z]+\d+) ", re.M)


def test_sphinx_build_of_rst_sources_gives_the_committed_spec_and_the_clis_findings(
    tmp_path: Path, seed_build: BuildResult
) -> None:
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "conf.py").write_text(CONF, encoding="utf-8")
    command = [sys.executable, "-m", "sphinx", "-b", "dummy", "-c", str(tmp_path / "conf")]
    result = subprocess.run(
        [*command, str(ROOT / "rst_sources"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ.copy(),
    )
    assert result.returncode == 0, result.stderr
    written = (tmp_path / "out" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    committed = SPEC.read_text(encoding="utf-8")
    assert written == committed, readable_diff(committed, written, "spec/openapi.yaml")
    sourcemap = tmp_path / "out" / "_static" / "rstapi" / "api" / "openapi.sourcemap.json"
    assert sourcemap.read_bytes() == sourcemap_path(SPEC).read_bytes()
    found = sorted(
        (Path(m["path"]).relative_to(ROOT).as_posix(), int(m["line"]), m["code"])
        for m in WARNING.finditer(result.stderr)
    )
    expected = sorted(
        (d.location.path, d.location.line, d.code)
        for d in seed_build.diagnostics
        if d.level >= Level.WARNING and not d.resolved and d.location is not None
    )
    assert found == expected
