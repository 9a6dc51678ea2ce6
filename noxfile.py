"""The one entry point for every workflow: nox -l lists the sessions.

Default sessions (`nox`) are the fast checks: lint and tests. Generation sessions
regenerate the committed artefacts from rst_sources/; `regenerate` runs them all in
order in one environment. Extra arguments after `--` are passed through.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sysconfig
import tempfile
from pathlib import Path

import nox

nox.options.sessions = ["lint", "tests"]
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
NODE_TOOLS = ROOT / "tools" / "node"

# The generation steps, in order: each is the CLI command that writes one artefact.
STEPS: dict[str, list[str]] = {
    "spec": ["rstapi", "build"],
    "lint-report": ["rstapi", "lint", "--format", "json", "--output", "tests/golden/lint_report.json"],
    "client": ["rstapi", "client"],
    "postman": ["rstapi", "postman"],
    "site": ["rstapi", "site"],
}


def _install(session: nox.Session, extras: str = "test") -> None:
    session.install("-e", f".[{extras}]")


def _node_tools(session: nox.Session) -> None:
    """newman and postman-collection, pinned by tools/node/package-lock.json (npm ci only when stale)."""
    if not (NODE_TOOLS / "package.json").exists():
        return
    if _node_modules_match_lockfile(NODE_TOOLS):
        session.log("tools/node/node_modules matches package-lock.json: npm ci skipped")
        return
    session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(NODE_TOOLS), external=True)


def _node_modules_match_lockfile(tools: Path) -> bool:
    """Every package the lockfile pins is installed at its pinned version (optional ones may be absent)."""
    lock = tools / "package-lock.json"
    if not lock.is_file():
        return False
    for where, entry in json.loads(lock.read_text(encoding="utf-8")).get("packages", {}).items():
        if not where or entry.get("link"):
            continue
        manifest = tools / where / "package.json"
        if not manifest.is_file():
            if entry.get("optional"):
                continue
            return False
        if json.loads(manifest.read_text(encoding="utf-8")).get("version") != entry.get("version"):
            return False
    return True


def _browser(session: nox.Session) -> None:
    """Debian's chromium for the Swagger UI test (the path tests/publish/test_swagger_ui.py drives)."""
    _debian(session, ("chromium", "chromium-driver"), Path("/usr/bin/chromium").exists(), "the browser test")


def _compiler(session: nox.Session) -> None:
    """A C compiler and Python's headers, which the compiled mock needs (tests/mock/test_compiled.py
    and the mock's benchmarks build it with mypyc); without them that test is skipped, naming
    issue 25, and the benchmarks measure the interpreted mock, saying so."""
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    present = shutil.which("gcc") is not None and headers.is_file()
    _debian(session, ("gcc", "python3-dev"), present, "the compiled mock", optional=True)


def _debian(
    session: nox.Session, packages: tuple[str, ...], present: bool, needed_by: str, optional: bool = False
) -> None:
    """Debian's ``packages``, installed with apt-get when they are not ``present`` (root on Debian);
    elsewhere the session stops and says what to install, or, when they are ``optional``, goes on."""
    if present:
        return
    listed = " ".join(packages)
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        message = f"{needed_by} needs Debian's {listed}: run `apt-get install {listed}` as root"
        if optional:
            session.log(f"{message}; going on without")
            return
        session.error(message)
    session.log(f"installing Debian's {listed} for {needed_by} (apt-get)")
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", "-qq", external=True, env=env)
    session.run("apt-get", "install", "-y", "-qq", *packages, external=True, env=env)


def _run_steps(session: nox.Session, names: list[str]) -> None:
    for name in names:
        session.log(f"step {name}")
        session.run(*STEPS[name], *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint + format check) and mypy --strict on the toolkit."""
    _install(session, "lint,test")  # mypy needs the typed dependencies it checks against
    checked = ("generator", "tests", "bench", "noxfile.py", "setup.py", "build_backend")
    session.run("ruff", "check", *checked)
    session.run("ruff", "format", "--check", *checked)
    session.run("mypy")
    # the docs gate: fails only on findings the baseline ([tool.rstapi] baseline) does not record
    session.run("rstapi", "lint", "--strict")


@nox.session
def tests(session: nox.Session) -> None:
    """The full test suite: unit, golden, functional, mock, contract and publishing tiers.

    Installs what the tests need: the Python extras, the pinned node tools (npm ci) and, when
    missing, Debian's chromium for the browser test.
    """
    _install(session)
    _node_tools(session)
    _browser(session)
    _compiler(session)
    session.run("pytest", *(session.posargs or ["-q"]))


@nox.session
def fuzz(session: nox.Session) -> None:
    """The hostile-input fuzz tier with more cases (RSTAPI_HOSTILE_CASES per family; CI runs 25)."""
    _install(session)
    cases = session.posargs[0] if session.posargs else "200"
    session.run("pytest", "-q", "tests/fuzz", env={"RSTAPI_HOSTILE_CASES": cases})


@nox.session
def spec(session: nox.Session) -> None:
    """Regenerate spec/openapi.yaml from rst_sources/."""
    _install(session, "test")
    _run_steps(session, ["spec"])


@nox.session(requires=["spec"])
def client(session: nox.Session) -> None:
    """Regenerate generated_client/ from spec/openapi.yaml (fast path when unchanged)."""
    _install(session, "client")
    _run_steps(session, ["client"])


@nox.session(requires=["spec"])
def postman(session: nox.Session) -> None:
    """Regenerate spec/postman_collection.json."""
    _install(session, "test")
    _run_steps(session, ["postman"])


@nox.session(requires=["spec"])
def site(session: nox.Session) -> None:
    """Regenerate the offline Swagger UI page in spec/site/ (Swagger UI's assets from drf-spectacular-sidecar)."""
    _install(session, "test")
    _run_steps(session, ["site"])


@nox.session
def golden(session: nox.Session) -> None:
    """Regenerate the golden lint report the tests compare against."""
    _install(session, "test")
    _run_steps(session, ["lint-report"])


@nox.session
def regenerate(session: nox.Session) -> None:
    """The main job: spec, lint report, client and published artefacts, in order, in one environment."""
    _install(session, "test")
    _node_tools(session)
    _run_steps(session, list(STEPS))


@nox.session
def contract(session: nox.Session) -> None:
    """Contract tests against the in-process mock; more examples: nox -s contract -- --max-examples=500."""
    _install(session)
    args = [a for a in session.posargs if a.startswith("--max-examples")]
    env = {"RSTAPI_CONTRACT_MAX_EXAMPLES": args[-1].split("=", 1)[1]} if args else {}
    session.run("pytest", "-q", "tests/contract", env=env)


@nox.session
def bench(session: nox.Session) -> None:
    """The benchmarks (ratios against reference runs, see bench/); `-- spec mock` picks some. The
    mock's are of the mock compiled with mypyc (bench/compiled_mock.py builds it in a temporary folder)."""
    _install(session)
    _node_tools(session)
    wanted = set(session.posargs)
    if not wanted or "mock" in wanted:  # wrk drives the mock steadily; bench/loadgen.py otherwise
        _debian(
            session, ("wrk",), shutil.which("wrk") is not None, "bench/mock_bench.py's load", optional=True
        )
        _compiler(session)  # the mock's benchmarks measure it compiled with mypyc
    for script in sorted((ROOT / "bench").glob("*_bench.py")):
        if not wanted or script.stem.removesuffix("_bench") in wanted:
            session.run("python", str(script.relative_to(ROOT)))


@nox.session
def diff(session: nox.Session) -> None:
    """The API changes of the working tree's reference against a revision: nox -s diff -- main."""
    _install(session, "test")
    session.run("rstapi", "diff", *(session.posargs or ["main"]))


@nox.session
def changelog(session: nox.Session) -> None:
    """The API changelog of the reference's git history (Markdown): nox -s changelog -- v1..main."""
    _install(session, "test")
    session.run("rstapi", "changelog", *session.posargs)


@nox.session
def edit_survives(session: nox.Session) -> None:
    """Proof that a docs writer's edit breaks only what `regenerate` fixes: copy the repository,
    edit the reference (tests/maintainer_edit.py: a query parameter, a field row, prose),
    regenerate every artefact, pass the strict docs gate and run the whole suite."""
    _install(session)
    _node_tools(session)
    with tempfile.TemporaryDirectory(prefix="rstapi-edit-") as temp:
        copy = Path(temp) / "repo"
        tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        for name in tracked.stdout.decode().split("\0"):
            if name and (ROOT / name).is_file():
                (copy / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, copy / name)
        (copy / "tools" / "node" / "node_modules").symlink_to((NODE_TOOLS / "node_modules").resolve())
        with session.chdir(copy):
            session.run("python", "-m", "tests.maintainer_edit", "rst_sources/enterprise_api/reference.rst")
            _run_steps(session, list(STEPS))
            session.run("rstapi", "lint", "--strict")
            session.run("pytest", "-q", "-p", "no:randomly", *session.posargs)
