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


def test_serve_leaves_the_server_header_to_the_app_which_names_the_mock_per_reply() -> None:
    """A client tells the static mock (which answers every well-formed id) from the stateful one
    and from any other service by each reply's Server header, which the app sends (so an in-process
    client reads it too); uvicorn sends none of its own beside it."""
    probe = (
        "import json, sys\n"
        "import uvicorn\n"
        "from rstapi.mock import MockSettings, serve\n"
        "seen = []\n"
        "uvicorn.run = lambda app, **options: seen.append(options)\n"
        "spec = json.loads(sys.stdin.read())\n"
        "serve(spec, port=0)\n"
        "serve(spec, port=0, settings=MockSettings(stateful=True))\n"
        "print(json.dumps([[o['server_header'], o.get('headers', [])] for o in seen]))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe],
        input=json.dumps(build_spec()),
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(completed.stdout) == [[False, []], [False, []]]
