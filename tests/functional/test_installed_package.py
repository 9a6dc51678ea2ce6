"""rstapi installed from its wheel, used in a folder that is not this checkout: every command works
from the installed package alone (no tools/node, no client/ folder, no spec/site).

The wheel is built from a copy of the sources and installed into a fresh virtual environment. Its
dependencies are not downloaded again (that takes minutes): the fresh environment reads them from
the running one through a ``.pth`` path entry, after the test checked that every requirement the
wheel declares is installed there (and ruff's binary, which the ruff wheel puts in the scripts
folder, is linked there). rstapi itself comes from the wheel (asserted).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.sphinx.conftest import house_pages, write_project

pytestmark = pytest.mark.slow
_CHECK_REQUIREMENTS = """
import importlib.metadata as m, re, sys
missing = []
for req in m.requires("rstapi") or ():
    if "extra ==" in req and "extra == \\"sphinx\\"" not in req:
        continue
    name = re.split(r"[ ;<>=!~\\[]", req, maxsplit=1)[0]
    try:
        m.distribution(name)
    except m.PackageNotFoundError:
        missing.append(name)
import rstapi
print(rstapi.__file__)
sys.exit(f"not installed: {missing}" if missing else 0)
"""


def _wheel(tmp: Path) -> Path:
    source = tmp / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "setup.py"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "build_backend", source / "build_backend")  # pyproject.toml's backend-path
    shutil.copytree(
        ROOT / "generator", source / "generator", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(source)]
    subprocess.run(command, check=True, timeout=300, capture_output=True)
    return next((tmp / "dist").glob("rstapi-*.whl"))


def _venv(tmp: Path, wheel: Path) -> Path:
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)]
    subprocess.run(install, check=True, timeout=300, capture_output=True)
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(purelib) / "shared-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    ruff = Path(sysconfig.get_paths()["scripts"]) / "ruff"  # the ruff wheel's binary, where pip puts it
    (venv / "bin" / "ruff").symlink_to(ruff)
    return venv


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, deadline: float) -> bytes:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as reply:  # a loopback URL
                return bytes(reply.read())
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_every_command_works_from_the_installed_wheel_outside_the_checkout(tmp_path: Path) -> None:
    venv = _venv(tmp_path, _wheel(tmp_path))
    work = tmp_path / "work"
    write_project(work, house_pages())
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}:/usr/bin:/bin"

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        found = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, timeout=300)
        assert found.returncode == 0, f"{command}: {found.stdout}\n{found.stderr}"
        return found

    installed = run("python", "-c", _CHECK_REQUIREMENTS).stdout.strip()
    assert Path(installed).is_relative_to(venv)
    run("rstapi", "build", "--source", "docs/widgets.rst", "--source", "docs/gadgets.rst")
    assert (work / "spec" / "openapi.yaml").is_file()
    run("rstapi", "site")
    assert (work / "spec" / "site" / "swagger-ui-bundle.js").is_file()
    run("rstapi", "client")
    assert next(
        (work / "generated_client").rglob("client.py")
    ).is_file()  # the package, from the packaged templates
    run("python", "-m", "sphinx", "-q", "-b", "html", "docs", "html")
    assert (work / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").is_file()
    assert (work / "html" / "api-console.html").is_file()
    port = _free_port()
    mock = subprocess.Popen(
        ["rstapi", "mock", "--port", str(port), "--docs", "no-site-here"],
        cwd=work,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        page = _get(f"http://127.0.0.1:{port}/docs/", time.monotonic() + 60)
        assert b"swagger-ui-bundle.js" in page
        assert b"SwaggerUIBundle" in _get(
            f"http://127.0.0.1:{port}/docs/swagger-ui-bundle.js", time.monotonic() + 5
        )
    finally:
        mock.terminate()
        mock.wait(timeout=30)
