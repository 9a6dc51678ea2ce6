"""The spec's JSON for the mock's /openapi.json and the Sphinx output: fast, and never refused.

orjson cannot hold an integer past 64 bits; an example in a reference may show one (a 25-digit id),
and JSON allows it: that spec is written all the same, in the same layout.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from rstapi.openapi.jsonbytes import compact_json, indented_json

ROOT = Path(__file__).resolve().parents[2]
BIG = 1234567890123456789012345  # past 64 bits


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    return loaded


def test_a_spec_reads_back_equal_in_both_layouts() -> None:
    spec = _spec()
    assert json.loads(compact_json(spec)) == spec
    assert indented_json(spec).decode("utf-8") == json.dumps(spec, ensure_ascii=False, indent=2)


def test_compact_json_has_no_spaces_between_tokens_and_keeps_text_unescaped() -> None:
    assert compact_json({"b": [1, "é"], "a": None}) == '{"b":[1,"é"],"a":null}'.encode()


def test_an_integer_past_64_bits_is_written_not_refused() -> None:
    value = {"example": {"id": BIG, "name": "ünïcode"}}
    assert compact_json(value) == '{"example":{"id":1234567890123456789012345,"name":"ünïcode"}}'.encode()
    assert json.loads(indented_json(value)) == value
    assert indented_json(value).decode("utf-8") == json.dumps(value, ensure_ascii=False, indent=2)
