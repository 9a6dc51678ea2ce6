"""The committed generated_client/ is exactly what the generator makes from the committed spec.

When this fails, regenerate with `rstapi client --force` (the nox `client` session) and commit the result;
never edit generated_client/ by hand.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from rstapi.client import generate_client

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "generated_client"
_NOT_ARTEFACTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}
_DIFF_LINES = 40
_DIFF_FILES = 5


def _files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and not _NOT_ARTEFACTS.intersection(path.relative_to(root).parts)
        and not any(part.endswith(".egg-info") for part in path.parts)
    }


def _diff(name: str, committed: bytes, fresh: bytes) -> list[str]:
    lines = difflib.unified_diff(
        committed.decode(errors="replace").splitlines(),
        fresh.decode(errors="replace").splitlines(),
        f"committed/{name}",
        f"regenerated/{name}",
        lineterm="",
    )
    return list(lines)[:_DIFF_LINES]


def _summary(committed: dict[str, bytes], fresh: dict[str, bytes]) -> str:
    added = sorted(set(fresh) - set(committed))
    removed = sorted(set(committed) - set(fresh))
    changed = sorted(name for name in set(committed) & set(fresh) if committed[name] != fresh[name])
    lines = ["generated_client/ differs from a fresh generation; run `rstapi client --force` and commit:"]
    lines += [f"  added    {name}" for name in added]
    lines += [f"  removed  {name}" for name in removed]
    lines += [f"  changed  {name}" for name in changed]
    for name in changed[:_DIFF_FILES]:
        lines += ["", *_diff(name, committed[name], fresh[name])]
    return "\n".join(lines)


def test_committed_client_matches_a_fresh_generation(tmp_path: Path) -> None:
    result = generate_client(
        ROOT / "spec" / "openapi.yaml",
        tmp_path / "generated_client",
        ROOT / "client" / "openapi-python-client.yaml",
        force=True,
    )
    assert not result.failed, [str(warning) for warning in result.warnings] + list(result.missing_operations)
    committed, fresh = _files(COMMITTED), _files(tmp_path / "generated_client")
    assert committed == fresh, _summary(committed, fresh)
