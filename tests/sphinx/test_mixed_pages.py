"""A page mixing os-api-ref's ``rest_method`` with httpdomain's ``http:get``, built by sphinx-build
with both extensions and ``rstapi.sphinx``: both dialects' operations are in the spec, the CLI's."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.sphinx.conftest import cli_build, sphinx_build
from tests.unit.test_mixed_dialects import GUIDE, INTRO, KETTLE, PARAMETERS

pytestmark = pytest.mark.slow

CONF = 'project = "Kitchen"\nextensions = ["os_api_ref", "sphinxcontrib.httpdomain", "rstapi.sphinx"]\n'
CUPS = """\
Cups
====

.. http:get:: /v1/cups/(int:cup_id)

   Show a cup.

   :param cup_id: the cup
   :resjson string colour: the cup's colour
   :statuscode 200: the cup

"""


def test_sphinx_reads_both_dialects_of_a_mixed_page_as_the_cli_does(tmp_path: Path) -> None:
    """sphinx-build's spec had GET /v1/kettles/{kettle_id} alone (and an RST186 for the directive)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.rstapi]\n", encoding="utf-8")
    (docs / "conf.py").write_text(CONF, encoding="utf-8")
    (docs / "index.rst").write_text(INTRO + KETTLE + CUPS + GUIDE, encoding="utf-8")
    (docs / "parameters.yaml").write_text(PARAMETERS, encoding="utf-8")
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    assert "RST186" not in result.stderr
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert set(yaml.safe_load(written)["paths"]) == {"/v1/kettles/{kettle_id}", "/v1/cups/{cup_id}"}
    cli = cli_build(tmp_path, Path("cli.yaml"), "--no-overlay", source="docs/index.rst")
    assert written == (tmp_path / "cli.yaml").read_text(encoding="utf-8"), cli.stdout + cli.stderr
