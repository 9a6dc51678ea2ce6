"""An os-api-ref project (tests/fixtures/osapiref: rest_method and rest_parameters in .inc files a
page includes, parameters.yaml, samples outside the Sphinx folder) built by sphinx-build with
``os_api_ref`` and ``rstapi.sphinx``: the spec is the CLI's, and a finding is a Sphinx warning."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.rst_helpers import line_of
from tests.sphinx.conftest import sphinx_build

pytestmark = pytest.mark.slow
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "osapiref"


def test_os_api_ref_pages_under_sphinx_build_give_the_clis_spec(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    (tmp_path / "pyproject.toml").write_text('[tool.rstapi]\nproject-root = "."\n', encoding="utf-8")
    source = tmp_path / "api-ref" / "source"
    conf = source / "conf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + 'extensions.append("rstapi.sphinx")\n', encoding="utf-8"
    )
    gadgets = source / "gadgets.inc"
    text = gadgets.read_text(encoding="utf-8").replace(
        "   - marker: marker\n", "   - marker: marker\n   - sort: nowhere\n", 1
    )
    gadgets.write_text(text, encoding="utf-8")
    result = sphinx_build(source, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    command = [sys.executable, "-m", "rstapi.cli", "build", "--source", "api-ref/source/index.rst"]
    cli = subprocess.run(
        [*command, "--no-overlay", "--out", "cli.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert cli.returncode == 0, cli.stdout + cli.stderr
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli.yaml").read_text(encoding="utf-8")
    assert "/gadgets:" in written and "operationId: list_gadgets" in written
    line = line_of(text, "- sort: nowhere")
    assert (
        f"api-ref/source/gadgets.inc:{line}: WARNING: RST180 'nowhere' (for 'sort') is not a key"
        in result.stderr
    )
