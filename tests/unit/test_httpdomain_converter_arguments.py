"""Werkzeug converters with arguments in an httpdomain signature (``(any(json, xml):fmt)``,
``(int(min=1):page)``): the path is a template, the arguments are the parameter's bounds, and an
argument the reader does not know is RST164, under the CLI and under sphinx-build alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.pipeline import BuildResult, build
from tests.rst_style import line_number
from tests.sphinx.conftest import cli_build, sphinx_build, write_project

PAGE = """\
Reports
=======

.. http:get:: /reports/(any(daily, 'weekly'):period)/(int(min=1, max=500):page)/(string(length=2):region)

   A page of one period's reports.

   :param page: the page to show
   :status 200: the reports

.. http:get:: /rates/(float(min=0.5):ratio)/(int(signed=True, fixed_digits=4):year)

   :param integer year: the year
   :status 200: the rate
"""
SECOND = ".. http:get:: /rates/"


def _parameters(spec: dict[str, Any], path: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p["schema"] for p in spec["paths"][path]["get"]["parameters"]}


def _built(folder: Path, text: str) -> tuple[dict[str, Any], BuildResult]:
    """``text`` as the one source of ``rstapi build``: its spec, and the build's result."""
    source = folder / "api.rst"
    source.write_text(text, encoding="utf-8")
    result = build(Config(sources=(source,), root=folder))
    assert result.spec is not None
    return result.spec, result


def test_converter_arguments_bound_the_parameters(tmp_path: Path) -> None:
    spec, result = _built(tmp_path, PAGE)
    assert set(spec["paths"]) == {"/reports/{period}/{page}/{region}", "/rates/{ratio}/{year}"}
    reports = _parameters(spec, "/reports/{period}/{page}/{region}")
    assert reports["period"] == {"type": "string", "enum": ["daily", "weekly"]}
    assert reports["page"] == {"type": "integer", "minimum": 1, "maximum": 500}  # the :param keeps them
    assert reports["region"] == {"type": "string", "minLength": 2, "maxLength": 2}
    rates = _parameters(spec, "/rates/{ratio}/{year}")
    assert rates["ratio"] == {"type": "number", "minimum": 0.5}
    assert rates["year"] == {"type": "integer"}  # signed bounds nothing; fixed_digits is not read
    found = [d for d in result.diagnostics if d.code == "RST164"]
    assert [(d.location.line if d.location else 0) for d in found] == [line_number(PAGE, SECOND)]
    assert "argument 'fixed_digits=4'" in found[0].message and "left out" in found[0].message


@pytest.mark.slow
def test_sphinx_build_reads_them_as_the_cli_does(tmp_path: Path) -> None:
    conf = 'project = "Reports"\nextensions = ["sphinxcontrib.httpdomain", "rstapi.sphinx"]\n'
    docs = write_project(tmp_path, {"reports": PAGE}, conf=conf)
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    cli_build(tmp_path, tmp_path / "cli" / "openapi.yaml")
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli" / "openapi.yaml").read_text(encoding="utf-8")
    assert f"{docs / 'reports.rst'}:{line_number(PAGE, SECOND)}: WARNING: RST164 argument" in result.stderr


EDGES = """\
Edges
=====

.. http:get:: /a/(int(min=5, max=1):x)/(any(a, a):w)

   :status 200: ok

.. http:get:: /b/(int(:z)/(name)

   :param name: the name
   :status 200: ok
"""


def test_bounds_no_value_fits_and_parentheses_no_parameter_are_said(tmp_path: Path) -> None:
    spec, result = _built(tmp_path, EDGES)
    assert _parameters(spec, "/a/{x}/{w}") == {
        "x": {"type": "integer"},  # min 5 and max 1: no value fits, neither bound kept
        "w": {"type": "string", "enum": ["a"]},
    }
    assert "/b/(int(:z)/{name}" in spec["paths"]  # kept as written around what is not read
    found = {
        (d.location.line if d.location else 0): d.message for d in result.diagnostics if d.code == "RST164"
    }
    assert "bounds it from 5 to 1, which no value fits" in found[line_number(EDGES, "/a/(int(min=5")]
    assert "has parentheses that are no path parameter" in found[line_number(EDGES, "/b/(int(:z)")]


def test_a_bound_of_zero_the_param_gives_is_kept_beside_the_converter(tmp_path: Path) -> None:
    """``(int:id)`` with ``:param int id: ... must be at least 0`` (or "positive"): the :param's
    bound of 0 stays; taking the converter's bounds used to read 0 as no bound and drop it."""
    text = (
        "Things\n======\n\n"
        ".. http:get:: /things/(int:thing_id)/(int:rank)\n\n"
        "   :param int thing_id: the thing; must be at least 0\n"
        "   :param int rank: a positive integer\n"
        "   :statuscode 200: the thing\n"
    )
    spec, _ = _built(tmp_path, text)
    found = _parameters(spec, "/things/{thing_id}/{rank}")
    assert found["thing_id"] == {"type": "integer", "minimum": 0}
    assert found["rank"] == {"type": "integer", "exclusiveMinimum": 0}


UNTYPED = """\
Orders
======

.. http:get:: /orders/(int:order_id)/(int(max=50):line)/(any(open, shut):state)/(int:week)

   :param order_id: the order; must be at least 1
   :param line: the line, at least 2
   :param state: the state
   :param week: the week, between 60 and 1
   :status 200: the order
"""


def test_an_untyped_param_is_read_for_the_values_of_its_converters_type(tmp_path: Path) -> None:
    """``(int:order_id)`` with ``:param order_id: ... must be at least 1``: the field has no type of
    its own, so the converter's is the type its description bounds (the bound was dropped
    silently); the converter's own bounds and words stay; a range no value fits is RST160."""
    spec, result = _built(tmp_path, UNTYPED)
    found = _parameters(spec, "/orders/{order_id}/{line}/{state}/{week}")
    assert found["order_id"] == {"type": "integer", "minimum": 1}
    assert found["line"] == {"type": "integer", "minimum": 2, "maximum": 50}
    assert found["state"] == {"type": "string", "enum": ["open", "shut"]}
    assert found["week"] == {"type": "integer"}
    said = [d for d in result.diagnostics if d.code == "RST160"]
    assert [(d.location.line if d.location else 0) for d in said] == [line_number(UNTYPED, ":param week:")]
    assert "'week'" in said[0].message
