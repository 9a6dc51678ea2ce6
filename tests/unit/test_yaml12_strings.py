"""The spec is YAML 1.2 (OpenAPI 3.1), read by YAML 1.2 parsers: a string that YAML 1.2's core
schema would read as a number ("08", "02139", "1e3", "0o17") is written quoted, so a YAML 1.2
reader (ruamel.yaml here) gets the same values as the JSON spec, from a whole build too."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from rstapi.openapi.write import dump_spec
from tests.rst_style import code_block, document, endpoint, field_table, subsection

NUMBER_LIKE = ["08", "09", "02139", "1e3", "0o17", "0x1F", ".5", "1.", "-0", "+1", ".inf", ".NaN"]


def _yaml12(text: str) -> Any:
    return YAML(typ="safe", pure=True).load(text)  # YAML 1.2 core schema


@pytest.mark.parametrize("fast", [True, False], ids=["libyaml", "pure-python"])
def test_number_like_strings_are_quoted_for_yaml_1_2(fast: bool) -> None:
    spec = {
        "x-values": NUMBER_LIKE,
        "x-keys": {"08": "09"},
        "x-numbers": [8, 1.5, 1000.0],
        "x-words": ["v1", "1.2.3"],
    }
    text = dump_spec(spec, fast=fast)
    assert _yaml12(text) == spec  # ruamel read 08 as 8, 02139 as 2139, 1e3 as 1000.0 before
    assert "- v1\n" in text and "- 1.2.3\n" in text  # what no YAML reads as a number stays plain


def test_a_built_specs_string_values_survive_a_yaml_1_2_reader(tmp_path: Path) -> None:
    """``rstapi build`` of a document whose enum, default and example are number-like strings:
    the YAML, read as YAML 1.2, is the JSON spec (it held 8, 9 and 2139)."""
    month = "Two-digit month. One of ``08``, ``09``, ``10``. Default: ``09``."
    table = field_table(("month", "string", month), ("zip", "string", "The ZIP code."))
    rest = subsection("Response Values", table) + subsection(
        "Example Response", code_block('{"month": "08", "zip": "02139"}')
    )
    (tmp_path / "ref.rst").write_text(document(endpoint(rest=rest)), encoding="utf-8")
    for out, fmt in (("spec.yaml", "yaml"), ("spec.json", "json")):
        command = [sys.executable, "-m", "rstapi.cli", "build", "--no-cache", "--source", "ref.rst"]
        done = subprocess.run(
            [*command, "--out", out, "--format", fmt], cwd=tmp_path, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    spec = json.loads((tmp_path / "spec.json").read_text(encoding="utf-8"))
    assert _yaml12((tmp_path / "spec.yaml").read_text(encoding="utf-8")) == spec
    month_schema = next(iter(spec["components"]["schemas"].values()))["properties"]["month"]
    assert month_schema["enum"] == ["08", "09", "10"] and month_schema["default"] == "09"
