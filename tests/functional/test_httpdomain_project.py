"""An httpdomain project (tests/fixtures/httpdomain/project/: conf.py, an index with a toctree, two
pages) built as a folder, served by the mock, and turned into a client that passes mypy --strict."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.mock import make_app

PROJECT = Path(__file__).resolve().parents[1] / "fixtures" / "httpdomain" / "project"
CLIENT_CONFIG = (
    "project_name_override: catalogue-client\npackage_name_override: catalogue_client\npost_hooks: []\n"
)

# The requests the pages' examples make, and the status each example response has.
DOCUMENTED = (
    ("GET", "/books/?shelf=B2&limit=2", None, "/books/", 200),
    ("GET", "/books/9780000000011", None, "/books/{isbn}", 200),
    ("POST", "/books/", {"isbn": "9780000000035", "title": "Crucibles", "year": 2011}, "/books/", 201),
    ("GET", "/members/4/loans/", None, "/members/{member_id}/loans/", 200),
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("catalogue") / "openapi.yaml"
    result = CliRunner().invoke(main, ["build", "--source", f"{PROJECT}/", "--no-overlay", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_the_folder_builds_every_page_of_the_toctree(built: tuple[Path, str]) -> None:
    out, output = built
    spec = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert spec["info"]["title"] == "Library catalogue API"
    methods = sorted((path, method) for path, ops in spec["paths"].items() for method in ops)
    assert methods == [
        ("/books/", "get"),
        ("/books/", "post"),
        ("/books/{isbn}", "get"),
        ("/members/{member_id}/loans/", "get"),
        ("/members/{member_id}/loans/{loan_id}", "delete"),
    ]
    # 5 directives + 34 field entries; 5 example blocks with a body (requests without one are not counted)
    assert "table rows 39/39, examples 5/5" in output
    assert "0 error, 0 warning" in output


def _example(spec: dict[str, Any], method: str, path: str, status: int) -> Any:
    content = spec["paths"][path][method.lower()]["responses"][str(status)]["content"]
    (media,) = content.values()
    return next(iter(media["examples"].values()))["value"]


def test_the_mock_answers_the_documented_examples(built: tuple[Path, str]) -> None:
    spec = yaml.safe_load(built[0].read_text(encoding="utf-8"))
    app = make_app(spec, token_secret="httpdomain-project-" + "s" * 32)

    async def replies() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return [await client.request(m, url, json=body) for m, url, body, _, _ in DOCUMENTED]

    for (method, _, _, path, status), reply in zip(DOCUMENTED, asyncio.run(replies()), strict=True):
        assert reply.status_code == status, reply.text
        assert reply.json() == _example(spec, method, path, status)


@pytest.mark.slow
def test_the_generated_client_passes_mypy_strict(built: tuple[Path, str], tmp_path: Path) -> None:
    pytest.importorskip("openapi_python_client", reason="openapi-python-client is in the client extra")
    from rstapi.client.generate import generate_client

    config = tmp_path / "client" / "openapi-python-client.yaml"
    config.parent.mkdir()
    config.write_text(CLIENT_CONFIG, encoding="utf-8")
    result = generate_client(built[0], tmp_path / "out", config)
    assert not result.failed and result.missing_operations == (), result.warnings
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        str(tmp_path / "cache"),
        "catalogue_client",
    ]
    checked = subprocess.run(command, cwd=tmp_path / "out", capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout
    package = tmp_path / "out" / "catalogue_client"
    assert (package / "api" / "books" / "get_books.py").is_file()
    # rstapi's extra modules import the overlay's Error schema and token endpoint, which this
    # spec does not have: they are left out rather than written unimportable
    assert not (package / "exceptions.py").exists() and not (package / "auth.py").exists()
