"""The API's description (``info.description``) as the httpdomain and os-api-ref readers render a
page's introduction: what the page says before its first operation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from rstapi.pipeline import BuildResult
from tests.conftest import build_rst
from tests.rst_style import document, endpoint


def _found(result: BuildResult, code: str) -> list[tuple[str, int, str]]:
    return [
        (
            d.location.path.rsplit("/", 1)[-1] if d.location else "",
            d.location.line if d.location else 0,
            d.message,
        )
        for d in result.diagnostics
        if d.code == code
    ]


def _spec(result: BuildResult) -> dict[str, Any]:
    assert result.spec is not None
    return result.spec


# ---------------------------------------------------------------- httpdomain

CODES_SAID = """Ledger API
==========

The ledger keeps entries.

Normal response codes: 200 for a read, 201 for a write.

.. http:get:: /entries

   Lists entries.

   :statuscode 200: the entries
"""


def test_an_httpdomain_introduction_keeps_a_response_codes_line(tmp_path: Path) -> None:
    """The httpdomain page's introduction was rendered by os-api-ref's renderer, which skips
    os-api-ref's "Normal response codes:" lines (it reads them as an operation's statuses): the
    httpdomain writer's sentence vanished from the API's description."""
    result = build_rst(tmp_path, CODES_SAID)
    assert _spec(result)["info"]["description"] == (
        "The ledger keeps entries.\n\nNormal response codes: 200 for a read, 201 for a write."
    )


def test_an_httpdomain_build_imports_no_os_api_ref_reader(tmp_path: Path) -> None:
    """The httpdomain reader rendered its introduction with os-api-ref's prose module, importing
    (and registering) os-api-ref's reader for a project that has none of its markup."""
    source = tmp_path / "ledger.rst"
    source.write_text(CODES_SAID, encoding="utf-8")
    out = tmp_path / "o.yaml"
    probe = (
        "import sys\n"
        "from rstapi.cli import main\n"
        "try:\n"
        f"    main(['build', '--no-overlay', '--source', {str(source)!r}, '--out', {str(out)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('rstapi.rst.osapiref')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert "The ledger keeps entries." in out.read_text(encoding="utf-8")


BARE = """Ledger API
==========

.. http:get:: /entries

   Lists entries.

   :statuscode 200: the entries
"""


def test_no_introduction_is_no_description(tmp_path: Path) -> None:
    """A page with nothing before its first directive gave ``info.description: ''``: an empty
    description is left out, as every other empty description of the spec is."""
    assert "description" not in _spec(build_rst(tmp_path, BARE))["info"]


def test_a_house_style_reference_without_an_introduction_has_no_description(tmp_path: Path) -> None:
    text = document(endpoint()).replace("The Gizmo API.\n", "")
    assert "description" not in _spec(build_rst(tmp_path, text))["info"]


# ---------------------------------------------------------------- os-api-ref

OSAPIREF_BARE = """Ledger API
==========

List Entries
============

.. rest_method:: GET /entries

Lists entries.

Normal response codes: 200
"""


def test_an_os_api_ref_page_without_an_introduction_has_no_description(tmp_path: Path) -> None:
    assert "description" not in _spec(build_rst(tmp_path, OSAPIREF_BARE))["info"]
