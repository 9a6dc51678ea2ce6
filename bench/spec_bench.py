"""Spec build benchmark: ratios against docutils' own publish_doctree, in the same process.

1. The seed: full build (parse, extract, lint, emit, overlay, validate) / publish_doctree of the
   same text. Target: at most 1.5.
2. Synthetic references with 10x and 100x the seed's endpoints: build time should grow linearly
   (100x at most 110x the 1x time); peak memory (tracemalloc) is reported.
3. Overlays of 500 and 5,000 actions with distinct targets (reading and applying them): linear,
   5,000 at most 11x the 500 time (jsonpath-ng's per-parse lexer and parser once made it 30 s).

Run: python bench/spec_bench.py [--repeat N] [--scales 1,10,100]
"""

from __future__ import annotations

import argparse
import copy
import gc
import io
import itertools
import re
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import docutils.core

from rstapi.config import Config
from rstapi.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "rst_sources" / "enterprise_api" / "reference.rst"
OVERLAY = ROOT / "rst_sources" / "overlay.yaml"
SPEC = ROOT / "spec" / "openapi.yaml"


def interleaved(
    first: Callable[[], object], second: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Median wall times of the two, run alternately so that load on the machine hits both alike."""
    first(), second()
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for function, times in ((first, samples[0]), (second, samples[1])):
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
    return statistics.median(samples[0]), statistics.median(samples[1])


def timed(function: Callable[[], object], repeat: int) -> float:
    """The median wall time of ``repeat`` runs (after one warm-up run)."""
    function()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def publish(text: str) -> None:
    docutils.core.publish_doctree(
        text, settings_overrides={"report_level": 5, "warning_stream": io.StringIO()}
    )


def top_sections(text: str) -> list[str]:
    """The text cut at each top-level section (a '*' overline, with the label just before it)."""
    starts = [m.start() for m in re.finditer(r"^(?:\.\. _[^:]+:\n\n)?\*{4,}\n[^\n]+\n\*{4,}\n", text, re.M)]
    bounds = [0, *starts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def synthetic(text: str, scale: int) -> str:
    """The seed with each endpoint section repeated ``scale`` times under renamed paths and labels."""
    chunks = []
    for chunk in top_sections(text):
        chunks.append(chunk)
        if "Method and Endpoint" in chunk:
            chunks += [_renamed(chunk, n) for n in range(1, scale)]
    return "".join(chunks)


def _renamed(section: str, n: int) -> str:
    section = re.sub(r"(/enterprise/v\d+/)([\w-]+)", rf"\1\2-copy{n}", section)
    section = re.sub(r"^\.\. _([^:]+) Endpoint:", rf".. _\1 copy{n} Endpoint:", section, flags=re.M)
    return section


def build_text(text: str, overlay: Path | None) -> Callable[[], object]:
    folder = Path(tempfile.mkdtemp(prefix="rstapi-bench-"))
    source = folder / "reference.rst"
    source.write_text(text, encoding="utf-8")
    config = Config(sources=(source,), overlay=overlay, root=folder)
    return lambda: build(config)


def peak_memory(function: Callable[[], object]) -> int:
    tracemalloc.start()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scales", default="1,10,100")
    args = parser.parse_args(argv)
    text = SEED.read_text(encoding="utf-8")

    doctree, full = interleaved(lambda: publish(text), build_text(text, OVERLAY), args.repeat)
    ratio = full / doctree
    print(
        f"seed: publish_doctree {doctree * 1000:.1f} ms, full build {full * 1000:.1f} ms, ratio {ratio:.2f} (target <= 1.5)"
    )

    scales = [int(s) for s in args.scales.split(",")]
    base = None
    ok = ratio <= 1.5
    for scale in scales:
        run = build_text(synthetic(text, scale), None)
        seconds = timed(run, max(1, args.repeat // scale) if scale > 1 else args.repeat)
        base = base or seconds / scale
        growth = seconds / base
        memory = peak_memory(run) / 2**20
        print(
            f"{scale:>4}x endpoints: build {seconds:.3f} s, {growth:.1f}x the 1x time (target <= {scale * 1.1:.1f}x), peak memory {memory:.1f} MiB"
        )
        ok = ok and growth <= scale * 1.1
    ok = overlay_scaling() and ok
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def overlay_scaling() -> bool:
    import yaml

    from rstapi.openapi.overlay import apply_overlay, compile_target, load_overlay

    spec = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    paths = list(spec["paths"])
    folder = Path(tempfile.mkdtemp(prefix="rstapi-bench-"))
    seconds = {}
    for count in (500, 5000):
        actions = [
            {"target": f"$.paths['{paths[n % len(paths)]}'].*.responses[?(@.x{n})]", "update": {"x-n": n}}
            for n in range(count)
        ]
        path = folder / f"overlay{count}.yaml"
        path.write_text(
            yaml.safe_dump({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions})
        )

        def run(path: Path = path) -> object:
            compile_target.cache_clear()  # every run parses its targets, as a fresh process does
            gc.disable()  # as pipeline.build does
            try:
                overlay, _ = load_overlay(path, path.name)
                assert overlay is not None
                return apply_overlay(copy.deepcopy(spec), overlay)
            finally:
                gc.enable()

        seconds[count] = timed(run, 3)
    growth = seconds[5000] / seconds[500]
    print(
        f"overlay: 500 actions {seconds[500]:.2f} s, 5,000 actions {seconds[5000]:.2f} s, {growth:.1f}x (target <= 11x)"
    )
    return growth <= 11


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
