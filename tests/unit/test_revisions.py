"""Older and newer revisions of the reference, and a sibling reference, build with only warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from rstapi.config import Config
from rstapi.diagnostics import Level
from rstapi.pipeline import build
from tests.conftest import FIXTURES, ROOT


@pytest.mark.parametrize(
    ("name", "operations"),
    [("older_revision.rst", 3), ("newer_revision.rst", 14), ("sibling_reference.rst", 3)],
)
def test_builds_with_only_warnings(name: str, operations: int) -> None:
    result = build(Config(sources=(FIXTURES / name,), root=ROOT))
    errors = [str(d) for d in result.diagnostics if d.level is Level.ERROR]
    assert errors == []
    assert result.spec is not None
    assert sum(len(item) for item in result.spec["paths"].values()) == operations


def test_newer_revision_adds_a_delete_operation() -> None:
    result = build(Config(sources=(FIXTURES / "newer_revision.rst",), root=ROOT))
    assert result.spec is not None
    export = result.spec["paths"][
        "/enterprise/v4/enterprise-customer/{enterprise_uuid}/learner-summary/export"
    ]
    assert export["delete"]["operationId"] == "delete_enterprise_customer_learner_summary_export"
    assert sorted(export["delete"]["responses"]) == ["204", "404"]


def test_two_sources_build_one_spec(tmp_path: Path) -> None:
    result = build(
        Config(sources=(FIXTURES / "older_revision.rst", FIXTURES / "sibling_reference.rst"), root=ROOT)
    )
    assert result.spec is not None
    assert len(result.spec["paths"]) == 6
