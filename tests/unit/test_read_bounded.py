"""``inputs.read_bounded`` reads a file to its end, whatever ``fstat`` said of its size, and
never more than the bound."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rstapi import inputs
from rstapi.diagnostics import ReadError
from rstapi.inputs import read_bounded


def test_a_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "sample.json"
    path.write_bytes(b'{"a": 1}\n' * 50)
    assert read_bounded(path, "sample.json") == b'{"a": 1}\n' * 50


def test_a_file_of_the_bound_is_read_and_one_over_it_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.rst"
    path.write_bytes(b"x" * 100)
    assert read_bounded(path, "big.rst", 100) == b"x" * 100
    with pytest.raises(ReadError, match=r"big\.rst: .* over the .* input limit"):
        read_bounded(path, "big.rst", 99)


def _smaller_fstat(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """``fstat`` says the file has ``size`` bytes (it grew after being looked at, or /proc's 0)."""
    real = os.fstat

    def fstat(handle: int) -> os.stat_result:
        status = list(real(handle))
        status[6] = size  # st_size
        return os.stat_result(status)

    monkeypatch.setattr(inputs.os, "fstat", fstat)


@pytest.mark.parametrize("said", [0, 1, 40])
def test_a_file_longer_than_fstat_said_is_read_to_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: int
) -> None:
    path = tmp_path / "grown.inc"
    path.write_bytes(b"line\n" * 30)
    _smaller_fstat(monkeypatch, said)
    assert read_bounded(path, "grown.inc") == b"line\n" * 30


def test_a_file_that_grew_past_the_bound_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "grown.inc"
    path.write_bytes(b"x" * 150)
    _smaller_fstat(monkeypatch, 10)
    with pytest.raises(ReadError, match=r"grown\.inc: .* over the .* input limit"):
        read_bounded(path, "grown.inc", 100)
