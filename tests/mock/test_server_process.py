"""The process `rstapi mock` serves from: its collector is set for serving (rstapi.mock.settle_heap)."""

from __future__ import annotations

import json
import subprocess
import sys

from mock_spec import build_spec


def test_serve_freezes_what_the_app_is_built_from_and_collects_young_objects_less_often() -> None:
    probe = (
        "import gc, json, sys\n"
        "import uvicorn\n"
        "from rstapi.mock import serve\n"
        "seen = {}\n"
        "def run(app, **options):\n"
        "    seen.update(frozen=gc.get_freeze_count(), threshold=gc.get_threshold()[0], app=type(app).__name__)\n"
        "uvicorn.run = run\n"
        "serve(json.loads(sys.stdin.read()), port=0)\n"
        "print(json.dumps(seen))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe],
        input=json.dumps(build_spec()),
        capture_output=True,
        text=True,
        check=True,
    )
    seen = json.loads(completed.stdout)
    assert seen["app"] == "MockApp"
    assert seen["frozen"] > 10_000  # the spec, the compiled app and the imported modules
    assert seen["threshold"] > 700  # CPython's default: a young collection every 700 allocations
