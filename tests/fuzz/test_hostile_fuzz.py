"""The hostile-input fuzz tier: seeded, bounded mutations of every kind of input a CI run may be
handed, run through the commands as a user runs them.

Families: the three readers (the house style, sphinxcontrib-httpdomain, os-api-ref, each from
its own small fixture), include/toctree graphs over a handful of files (cycles, self-includes,
fan-out, globs, FIFOs, symlinks to devices and out of the project), overlays and specs with YAML
hostility (aliases, alias bombs, merges, tags, deep nesting). Every case must end with no
traceback, within ``CASE_SECONDS``, with an exit code of the documented set (0, 1, 2; never 70,
the internal error), and with either a valid OpenAPI 3.1 spec written or none at all.

The seed is fixed and the count bounded, so a failure reproduces and the tier stays fast;
``RSTAPI_HOSTILE_CASES`` (cases per family) raises it for a longer local run, and
``RSTAPI_HOSTILE_SEED`` draws other cases (the same seed and count reproduce a failure).
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import pytest
import yaml
from click.testing import CliRunner
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from rstapi.cli import main
from rstapi.errors import InputError
from rstapi.mock import MockApp, MockSettings
from rstapi.publish import load_spec
from tests.unit.test_fuzz_entrypoints import OVERLAY, REFERENCE, TOKENS, mutate

SEED = int(os.environ.get("RSTAPI_HOSTILE_SEED", "260126"))
CASES = int(os.environ.get("RSTAPI_HOSTILE_CASES", "25"))
CASE_SECONDS = 30
EXIT_CODES = {0, 1, 2}
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# RST that attacks the reader's bounds rather than its vocabulary.
RST_HOSTILE = [
    "".join("  " * level + f"* level {level}\n\n" for level in range(60)),
    "".join("   " * level + f"quote {level}\n\n" for level in range(60)),
    ".. include:: ref.rst\n",
    ".. include:: fan.rst\n",
    ".. include:: fifo.rst\n",
    ".. include:: zero.rst\n",
    ".. include:: outside.rst\n",
    ".. include:: /dev/zero\n",
    ".. literalinclude:: zero.rst\n   :language: json\n",
    ".. literalinclude:: fifo.rst\n",
    ".. toctree::\n   :glob:\n\n   **\n   *\n   ../*\n   a**b\n   /**/*\n",
    ".. toctree::\n\n   fifo\n   zero\n   outside\n   ref\n   /etc/passwd\n",
    ":ref:`a label defined nowhere`",
    "+" + "-" * 3000 + "+\n|" + " " * 3000 + "|\n+" + "-" * 3000 + "+\n",
    "a" * 200_000,
    ".. raw:: html\n\n   <script>x</script>\n",
    ".. include:: <isonum.txt>\n",
]
# YAML a loader must refuse (alias bombs, self-containing aliases, tags, nesting, bytes) ...
YAML_REFUSED = [
    "bomb0: &l0 [a, a, a, a, a, a, a, a, a, a]\n"
    + "".join(f"bomb{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]\n" for n in range(1, 8)),
    "self: &s [*s]\n",
    "p: !!python/object/apply:os.system ['true']\n",
    "t: !custom tag\n",
    "deep: " + "[" * 300 + "]" * 300 + "\n",
    "deep2: " + "{a: " * 150 + "1" + "}" * 150 + "\n",
    "\t- tab\n",
    "--- \n...\n---\n",
    "\x00",
    "? [complex, key]\n: value\n",
]
# ... and YAML that loads but is odd: small aliases, merges, binary, huge numbers, dates, repeats.
YAML_ODD = [
    "x: &a [1, 2, 3]\ny: *a\n",
    "m: &m {k: 1}\nn: {<<: *m, j: 2}\n",
    "b: !!binary aGVsbG8=\n",
    "n: 1e999999\n",
    "h: 0x" + "f" * 400 + "\n",
    "d: 2026-12-03\n",
    "k: v\nk: w\n",
    "e: ~\nf: .nan\ng: -.inf\n",
    "w: [" + ", ".join(str(n) for n in range(5000)) + "]\n",
]
YAML_HOSTILE = YAML_REFUSED + YAML_ODD


OUTCOMES: Counter[tuple[str, str, int]] = Counter()  # (test, command, exit code) -> runs


@pytest.fixture(scope="module", autouse=True)
def outcomes() -> Iterator[None]:
    """With RSTAPI_HOSTILE_STATS=FILE, the exit codes per family and command are written there."""
    yield
    if os.environ.get("RSTAPI_HOSTILE_STATS"):
        lines = [
            f"{test} {command} exit {code}: {count}"
            for (test, command, code), count in sorted(OUTCOMES.items())
        ]
        Path(os.environ["RSTAPI_HOSTILE_STATS"]).write_text("\n".join(lines) + "\n", encoding="utf-8")


# Overlay actions that stay valid: anchors shared between actions, a merge, a big update.
OVERLAY_TAIL = [
    "x-more: &shared {x-a: 1, x-b: [1, 2]}\n",
    "x-updates: &u {summary: shared}\nx-again: *u\n",
    "x-merged:\n  <<: {x-a: 1}\n  x-b: 2\n",
    "x-deep: " + "[" * 100 + "]" * 100 + "\n",
]


class CaseTimeout(BaseException):
    """A case ran past CASE_SECONDS (a BaseException: the CLI's last resort must not catch it)."""


@contextmanager
def bounded(seconds: float) -> Iterator[None]:
    def expired(number: int, frame: FrameType | None) -> None:
        raise CaseTimeout(f"a case ran past {seconds}s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run(*args: str) -> tuple[int, str]:
    """``rstapi ARGS`` in this process: its exit code and output, any internal error a failure."""
    with bounded(CASE_SECONDS):
        result = CliRunner().invoke(main, list(args))
    output = result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"rstapi {' '.join(args)} raised {result.exception!r}") from result.exception
    assert "Traceback" not in output, output
    if result.exit_code == 70:  # the internal error: show the saved traceback
        saved = output.rsplit("the traceback is in ", 1)[-1].strip()
        raise AssertionError(f"rstapi {' '.join(args)}: {Path(saved).read_text(encoding='utf-8')}")
    assert result.exit_code in EXIT_CODES, output
    family = os.environ.get("PYTEST_CURRENT_TEST", "?").split("::")[-1].split("[")[0]
    OUTCOMES[(family, args[0], result.exit_code)] += 1
    return result.exit_code, output


def spec_or_none(code: int, out: Path, output: str) -> None:
    """Exit 0/1 wrote a valid OpenAPI 3.1 spec; exit 2 wrote none.

    One exception is never silent: a spec the validator rejects is written only with its SPEC400
    error reported (exit 1), which issue 26's report lists as left to the readers."""
    if code == 2:
        assert not out.exists(), output
        return
    assert out.is_file(), output
    spec = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert str(spec["openapi"]).startswith("3.1")
    try:
        validate(spec)
    except OpenAPIValidationError as error:
        assert code == 1 and "ERROR SPEC400" in output, f"an invalid spec written silently: {error}"
        OUTCOMES[("invalid spec written with SPEC400", "build", code)] += 1


def hostile_folder(folder: Path) -> None:
    """What a hostile checkout holds beside the document: a FIFO, device and outside symlinks."""
    os.mkfifo(folder / "fifo.rst")
    (folder / "zero.rst").symlink_to("/dev/zero")
    (folder.parent / "secret.rst").write_text(".. _secret:\n\nSecret\n======\n", encoding="utf-8")
    (folder / "outside.rst").symlink_to(folder.parent / "secret.rst")
    (folder / "fan.rst").write_text(".. include:: fan2.rst\n\n" * 20, encoding="utf-8")
    (folder / "fan2.rst").write_text(".. include:: fan3.rst\n\n" * 20, encoding="utf-8")
    (folder / "fan3.rst").write_text("Fanned out.\n\n" * 20, encoding="utf-8")


def hostile_yaml(text: str, rng: random.Random, tail: list[str] | None = None) -> str:
    """A third of the cases: line mutations as for RST; a third: hostile YAML appended at the top
    level; a third: under an ``x-fuzz`` extension key, where the document stays a valid OpenAPI
    or Overlay document, so the loader's bounds and then the consumers meet it (and ``tail``, a
    fragment that stays valid at the end of the document, e.g. overlay actions sharing anchors)."""
    kind = rng.randrange(3)
    if kind == 0:
        return hostile_mutation(text, rng, YAML_HOSTILE)
    chosen = rng.sample(YAML_HOSTILE if kind == 1 else YAML_ODD, rng.randint(1, 3))
    if kind == 1:
        return text.rstrip("\n") + "\n" + "".join(chosen)
    nested = "".join("  " + line + "\n" for token in chosen for line in token.rstrip("\n").split("\n"))
    return text.rstrip("\n") + "\nx-fuzz:\n" + nested + (rng.choice(tail) if tail else "")


def hostile_mutation(text: str, rng: random.Random, extra: list[str]) -> str:
    """``text`` mutated line-wise (tests.unit.test_fuzz_entrypoints.mutate), then a hostile
    fragment or two put at random lines."""
    lines = mutate(text, rng).split("\n")
    for _ in range(rng.randint(1, 2)):
        lines.insert(rng.randrange(len(lines) + 1), "\n" + rng.choice(extra) + "\n")
    return "\n".join(lines)


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))


def build_and_check(folder: Path, source: str, *options: str, lint: bool = False) -> None:
    out = folder / "out" / "spec.yaml"
    code, output = run("build", "--source", source, "--out", str(out), "--force", *options)
    spec_or_none(code, out, output)
    if lint:
        run("lint", "--source", source, "--format", "json", *options)


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    hostile_folder(folder)
    monkeypatch.chdir(folder)
    monkeypatch.setenv("RSTAPI_CRASH_DIR", str(tmp_path))
    return folder


@pytest.mark.parametrize("case", range(CASES))
def test_house_style(checkout: Path, case: int) -> None:
    rng = random.Random(SEED * 10 + case)
    _write(checkout / "ref.rst", hostile_mutation(REFERENCE, rng, RST_HOSTILE + TOKENS))
    build_and_check(checkout, "ref.rst", "--no-overlay", lint=case % 4 == 0)


@pytest.mark.parametrize("case", range(CASES))
def test_httpdomain(checkout: Path, case: int) -> None:
    """Odd cases: the fixture of every construct alone; even: the fixture project, one page mutated."""
    rng = random.Random(SEED * 20 + case)
    if case % 2:
        text = (FIXTURES / "httpdomain" / "constructs.rst").read_text(encoding="utf-8")
        _write(checkout / "ref.rst", hostile_mutation(text, rng, RST_HOSTILE + TOKENS))
        build_and_check(checkout, "ref.rst", "--no-overlay", lint=case % 4 == 1)
        return
    project = checkout / "project"
    shutil.copytree(FIXTURES / "httpdomain" / "project", project)
    victim = rng.choice(sorted(project.rglob("*.rst")))
    _write(victim, hostile_mutation(victim.read_text(encoding="utf-8"), rng, RST_HOSTILE + TOKENS))
    build_and_check(checkout, "project/index.rst", "--no-overlay", lint=case % 4 == 0)


@pytest.mark.parametrize("case", range(CASES))
def test_os_api_ref(checkout: Path, case: int) -> None:
    rng = random.Random(SEED * 30 + case)
    project = checkout / "source"
    shutil.copytree(FIXTURES / "osapiref" / "api-ref" / "source", project)
    victim = rng.choice([*sorted(project.glob("*.inc")), project / "index.rst", project / "parameters.yaml"])
    text = victim.read_text(encoding="utf-8")
    hostile = (
        hostile_yaml(text, rng)
        if victim.suffix == ".yaml"
        else hostile_mutation(text, rng, RST_HOSTILE + TOKENS)
    )
    _write(victim, hostile)
    build_and_check(checkout, "source/index.rst", "--no-overlay", lint=case % 4 == 0)


DIRECTIVES: list[Callable[[random.Random, int], str]] = [
    lambda rng, n: f".. include:: f{rng.randrange(n + 1)}.rst\n",
    lambda rng, n: f".. include:: f{rng.randrange(1, n)}.rst\n" * rng.choice([1, 5, 20]),  # fan-out
    lambda rng, n: f".. literalinclude:: f{rng.randrange(n)}.rst\n" + rng.choice(["", "   :lines: 1-2\n"]),
    lambda rng, n: ".. toctree::\n   :glob:\n\n   " + rng.choice(["f*", "*", "**", "../*", "f?"]) + "\n",
    lambda rng, n: ".. toctree::\n\n" + "".join(f"   f{rng.randrange(n + 2)}\n" for _ in range(3)),
    lambda rng, n: rng.choice(RST_HOSTILE),
    lambda rng, n: f":ref:`label {rng.randrange(n)}`\n",
    lambda rng, n: f".. _label {rng.randrange(n)}:\n\nA title {rng.random()}\n===========================\n",
]


@pytest.mark.parametrize("case", range(CASES))
def test_include_and_toctree_graphs(checkout: Path, case: int) -> None:
    rng = random.Random(SEED * 40 + case)
    count = rng.randint(2, 6)
    for index in range(count):
        parts = [rng.choice(DIRECTIVES)(rng, count) for _ in range(rng.randint(1, 5))]
        head = REFERENCE if index == 0 else f"Part {index}\n=======\n\nText of part {index}.\n"
        _write(checkout / f"f{index}.rst", head + "\n" + "\n".join(parts))
    if rng.random() < 0.5:
        (checkout / "conf.py").write_text("", encoding="utf-8")
    build_and_check(checkout, "f0.rst", "--no-overlay", lint=case % 4 == 0)


@pytest.mark.parametrize("case", range(CASES))
def test_overlays(checkout: Path, case: int) -> None:
    rng = random.Random(SEED * 50 + case)
    _write(checkout / "ref.rst", REFERENCE)
    _write(checkout / "overlay.yaml", hostile_yaml(OVERLAY, rng, OVERLAY_TAIL))
    build_and_check(checkout, "ref.rst", "--overlay", "overlay.yaml", lint=case % 4 == 0)


@pytest.fixture(scope="module")
def base_spec(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("base")
    _write(folder / "ref.rst", REFERENCE)
    out = folder / "spec.yaml"
    result = CliRunner().invoke(
        main, ["build", "--source", str(folder / "ref.rst"), "--no-overlay", "--out", str(out)]
    )
    assert result.exit_code in (0, 1) and out.is_file(), result.output  # findings, but a spec
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", range(CASES))
def test_specs(checkout: Path, base_spec: str, case: int) -> None:
    rng = random.Random(SEED * 60 + case)
    _write(checkout / "ref.rst", REFERENCE)
    _write(checkout / "base.yaml", base_spec)
    _write(checkout / "spec.yaml", hostile_yaml(base_spec, rng))
    code, output = run("postman", "--spec", "spec.yaml", "--out", "postman.json")
    assert (checkout / "postman.json").exists() == (code == 0), output
    run("diff", "base.yaml", "spec.yaml", "--source", "ref.rst", "--format", "json")
    with bounded(CASE_SECONDS), contextlib.suppress(InputError):  # InputError: exit 2 in the command
        MockApp(load_spec(checkout / "spec.yaml"), MockSettings())  # what `rstapi mock` serves
