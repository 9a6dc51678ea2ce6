"""Bad os-api-ref input gives findings, never a traceback: odd parameters files, odd items, samples
nested deeper than any API nests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rstapi.config import Config
from rstapi.pipeline import build
from tests.rst_style import line_number

_OPERATION = """\
Make Thing
==========

.. rest_method:: POST /things

Normal response codes: 200

Request
-------

.. rest_parameters:: parameters.yaml

{items}

.. literalinclude:: thing-req.json
"""

_ENTRY = "  in: body\n  required: true\n  type: object\n  description: x\n"


def _build(tmp_path: Path, yaml: str, items: str, sample: str = "{}") -> set[str]:
    (tmp_path / "index.rst").write_text(_OPERATION.format(items=items), encoding="utf-8")
    (tmp_path / "parameters.yaml").write_text(yaml, encoding="utf-8")
    (tmp_path / "thing-req.json").write_text(sample, encoding="utf-8")
    result = build(Config(sources=(tmp_path / "index.rst",), root=tmp_path))
    assert result.spec is not None and "/things" in result.spec["paths"]
    return {d.code for d in result.diagnostics}


@pytest.mark.parametrize(
    ("yaml", "code"),
    [
        ("- a\n- b\n", "RST184"),  # a list, not a mapping
        ("just text\n", "RST184"),
        ("a: [1, 2]\n", "RST184"),  # an entry that is not a mapping
        ("a:\n  in: [body]\n  type: {x: 1}\n", "RST181"),  # values that are not scalars
        ("a: &x\n" + _ENTRY + "b: *x\nc: *x\n", "RST185"),  # aliases: entries shared, none listed
        ("a: {in: body\n", "RST184"),  # not YAML
        ("? [a, b]\n: {in: body, type: string}\n", "RST185"),  # a key that is a list
        ("\ufeff", "RST184"),  # empty
    ],
)
def test_odd_parameters_files_are_findings(tmp_path: Path, yaml: str, code: str) -> None:
    assert code in _build(tmp_path, yaml, "   - thing: a" if code != "RST185" else "   - x")


def test_odd_items_are_findings(tmp_path: Path) -> None:
    items = "   - 'OS:a: b': a\n   - : a\n   -\n   - [x]\n   - a: \n   - \"a\": 'a'  # a comment"
    assert "RST186" in _build(tmp_path, "a:\n" + _ENTRY, items)


def test_samples_nested_deeper_than_any_api_are_read_in_bounded_depth(tmp_path: Path) -> None:
    depth = 60
    items = "\n".join(f"   - k{n}: a" for n in range(depth))
    sample: object = "leaf"
    for n in reversed(range(depth)):
        sample = {f"k{n}": sample}
    _build(tmp_path, "a:\n" + _ENTRY, items, json.dumps(sample))
    _build(tmp_path, "a:\n" + _ENTRY, "   - k0: a", "[\n" * 5000 + "]\n" * 5000)


def test_a_sample_with_a_line_docutils_refuses_is_left_out_not_the_document(tmp_path: Path) -> None:
    sample = json.dumps({"thing": {"name": "x" * 12_000}})  # one line of minified JSON
    codes = _build(tmp_path, "a:\n" + _ENTRY, "   - thing: a", sample)
    assert "RST162" in codes and "RST153" not in codes


_UNDESCRIBABLE = """\
Frob Thing
==========

.. rest_method:: FROB /things

List Things
===========

.. rest_method:: GET /things

Normal response codes: 200, 600

Error response codes: conflict(409)

.. rest_status_code:: error status.yaml

   - 999
   - 404
"""


def test_a_method_or_status_openapi_cannot_describe_is_a_finding_and_the_rest_is_kept(tmp_path: Path) -> None:
    (tmp_path / "index.rst").write_text(_UNDESCRIBABLE, encoding="utf-8")
    (tmp_path / "status.yaml").write_text("404:\n  default: Not here.\n", encoding="utf-8")
    result = build(Config(sources=(tmp_path / "index.rst",), root=tmp_path))
    found = {(d.code, d.location.line): d.message for d in result.diagnostics}
    assert "FROB" in found["RST186", line_number(_UNDESCRIBABLE, "FROB")]
    assert "600" in found["RST186", line_number(_UNDESCRIBABLE, "Normal response")]
    assert "999" in found["RST186", line_number(_UNDESCRIBABLE, "- 999")]
    assert not [d for d in result.diagnostics if d.code.startswith("SPEC4")]  # the spec stays valid
    assert result.spec is not None
    assert list(result.spec["paths"]["/things"]) == ["get"]
    assert sorted(result.spec["paths"]["/things"]["get"]["responses"]) == ["200", "404", "409"]
