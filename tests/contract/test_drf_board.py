"""The board service (tests/contract/drf_services/board.py: a ViewSet nested under columns,
LimitOffsetPagination, a `?label=` filter, a throttle, a custom exception handler), a real Django
REST framework server on 127.0.0.1, against its house-style reference (drf_services_docs.
board_reference) which drifts once: the reference documents 404 for a card asked for under a
column it is not in, and the service serves it. A default `rstapi contract` run finds it, names the
card operation and the 404 line, and is never green."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.naming import operation_id_for
from tests.conftest import build_rst
from tests.contract.conftest import drf_server
from tests.contract.drf_services import ALICE_TOKEN
from tests.contract.drf_services_docs import board_reference
from tests.rst_style import line_number

CARD = operation_id_for("GET", "/board/columns/{column_id}/cards/{card_id}/")


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("doc")
    result = build_rst(folder, board_reference(), name="board.rst")
    assert result.spec is not None, result.diagnostics
    spec = folder / "openapi.json"
    spec.write_text(json.dumps(result.spec), encoding="utf-8")
    with drf_server(tmp_path_factory.mktemp("board"), "board") as base_url:
        yield base_url, spec


def test_a_default_run_finds_the_card_served_under_any_column(board: tuple[str, Path]) -> None:
    base_url, spec = board
    report = spec.parent / "report.json"
    args = ["contract", "--spec", str(spec), "--base-url", base_url, "--token", f"Token {ALICE_TOKEN}"]
    result = CliRunner().invoke(main, [*args, "--format", "json", "--report", str(report)])
    assert result.exit_code == 1, result.output
    found = json.loads(report.read_text())
    (card,) = [op for op in found["operations"] if op["operation_id"] == CARD]
    text = board_reference().lstrip("\n")
    line = f"board.rst:{line_number(text, 'No such column, or no such card in the column.')}"
    cases = [f for f in card["findings"] if f["source"] == line and f["status"] == 200]
    assert cases, json.dumps(card, indent=1)
    assert {f["class"] for f in cases} == {"not the status the reference documents for this case"}
    assert any(f["expected"].startswith("404 for an unknown column_id") for f in cases), cases
    assert not found["ok"]
