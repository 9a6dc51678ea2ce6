"""The mock compiled with mypyc (setup.py, ``RSTAPI_MYPYC=1``) into a folder outside the checkout.

    python bench/compiled_mock.py [--into DIR]

Copies the package's sources into ``DIR`` (a new temporary folder by default), compiles there in
place what setup.py compiles (rstapi/mock/compiled.py's ``MODULES``) and
prints the folder to put first on PYTHONPATH: ``rstapi`` imported from it is the compiled mock (the
rest of the package as in the checkout). The checkout gets no C extension, so an edited source is
never shadowed by a stale build. Needs mypy (which ships mypyc), a C compiler and Python's headers;
takes about 40 s. bench/mock_bench.py, bench/mock_instructions.py and tests/mock/test_compiled.py
build with it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT = 600.0
# setup.py's extensions built in place, in a folder without pyproject.toml: only build_ext runs,
# so an older setuptools that cannot read the project's metadata builds them as well
_BUILD = f"""
import runpy
from setuptools import setup
extensions = runpy.run_path({str(ROOT / "setup.py")!r}, run_name="rstapi_setup")["mypyc_extensions"]()
setup(
    name="rstapi-compiled-mock",
    package_dir={{"": "generator"}},
    ext_modules=extensions,
    script_args=["-q", "build_ext", "--inplace"],
)
"""


def build(into: Path, timeout: float = BUILD_TIMEOUT) -> Path:
    """Compile the mock into ``into``; returns the folder holding the ``rstapi`` package to import.
    Raises CalledProcessError (with the compiler's output) when the build fails."""
    shutil.copytree(
        ROOT / "generator" / "rstapi",
        into / "generator" / "rstapi",
        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"),
    )
    command = [sys.executable, "-c", _BUILD]
    environment = {**os.environ, "RSTAPI_MYPYC": "1"}
    subprocess.run(command, cwd=into, env=environment, check=True, capture_output=True, timeout=timeout)
    return into / "generator"


def missing_tools() -> str | None:
    """What the build needs and this machine lacks (None when it has all of it)."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypy (which ships mypyc)"
    if shutil.which(compiler) is None:
        return f"a C compiler ({compiler})"
    if not headers.is_file():
        return f"Python's headers ({headers})"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--into", type=Path, help="the folder to build in (a new temporary one by default)")
    args = parser.parse_args()
    lacking = missing_tools()
    if lacking is not None:
        print(f"the compiled mock needs {lacking}", file=sys.stderr)
        return 2
    into = args.into or Path(tempfile.mkdtemp(prefix="rstapi-compiled-mock-"))
    into.mkdir(parents=True, exist_ok=True)
    try:
        print(build(into))
    except subprocess.CalledProcessError as failed:  # mypyc reports type errors on stdout
        said = failed.stdout.decode(errors="replace") + failed.stderr.decode(errors="replace")
        sys.stderr.write(said[-4000:] or f"the build exited {failed.returncode} and said nothing\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
