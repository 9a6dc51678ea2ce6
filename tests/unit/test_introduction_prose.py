"""The API's description (``info.description``) as the httpdomain and os-api-ref readers render a
page's introduction: what the page says before its first operation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from rstapi.config import Config
from rstapi.pipeline import BuildResult, build
from tests.conftest import build_rst
from tests.rst_style import document, endpoint, line_number


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


def _project(tmp_path: Path, **pages: str) -> BuildResult:
    for name, text in pages.items():
        (tmp_path / f"{name}.rst").write_text(text, encoding="utf-8")
    return build(Config(sources=(tmp_path,), root=tmp_path))


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


ROOT = """Shop API
========

The shop sells things.

.. toctree::

   orders
"""

ORDERS = """Orders
======

An order holds what a customer buys.

- it is paid once
- it ships once

.. http:get:: /orders

   Lists orders.

   :statuscode 200: the orders
"""


def test_a_second_pages_introduction_is_rst178(tmp_path: Path) -> None:
    """What a page the root's toctree names says before its first directive was neither the API's
    description (the root's introduction is) nor reported: it vanished without a word."""
    result = _project(tmp_path, index=ROOT, orders=ORDERS)
    assert _spec(result)["info"]["description"] == "The shop sells things."
    [(path, line, message)] = _found(result, "RST178")
    assert (path, line) == ("orders.rst", line_number(ORDERS, "An order holds"))
    assert "'Orders'" in message and "index.rst" in message


def test_the_first_pages_introduction_is_the_description_when_the_root_has_none(tmp_path: Path) -> None:
    root = "Shop API\n========\n\n.. toctree::\n\n   orders\n"
    result = _project(tmp_path, index=root, orders=ORDERS)
    assert _spec(result)["info"]["description"].startswith("An order holds what a customer buys.")
    assert _found(result, "RST178") == []


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


OSAPIREF_PAGE = """Servers
=======

A server is a virtual machine.

.. code-block:: console

   $ openstack server list

List Servers
============

.. rest_method:: GET /servers

Lists servers.

Normal response codes: 200
"""


def test_a_second_os_api_ref_pages_introduction_is_rst178(tmp_path: Path) -> None:
    result = _project(tmp_path, index=ROOT.replace("orders", "servers"), servers=OSAPIREF_PAGE)
    assert _spec(result)["info"]["description"] == "The shop sells things."
    [(path, line, _)] = _found(result, "RST178")
    assert (path, line) == ("servers.rst", line_number(OSAPIREF_PAGE, "A server is"))


# ---------------------------------------------------------------- shapes of an introduction

NESTED = """Widget API
==========

Widgets come in kinds:

- round

  - small
  - large

- square

1. order one
2. pay

   - by card

.. http:get:: /widgets

   Lists widgets.

   :statuscode 200: the widgets
"""


def test_a_list_inside_a_list_item_stays_a_nested_list(tmp_path: Path) -> None:
    """A nested list was run into its item's line ("- round small large"): its items are lines
    of their own, indented under the item, as CommonMark nests a list."""
    assert _spec(build_rst(tmp_path, NESTED))["info"]["description"] == (
        "Widgets come in kinds:\n\n- round\n  - small\n  - large\n- square\n\n1. order one\n2. pay\n   - by card"
    )


TABLED = """Widget API
==========

Limits per plan:

=====  =====
Plan   Limit
=====  =====
free   10
paid   1000
=====  =====

.. http:get:: /widgets

   Lists widgets.

   :statuscode 200: the widgets
"""


def test_a_table_of_the_introduction_is_in_the_description_and_not_lost(tmp_path: Path) -> None:
    """An httpdomain introduction's table is the description's pipe table, yet it was counted as
    rows no part of the spec holds: RST150 ("none of its 2 rows went into the spec") and a lower
    coverage figure."""
    result = build_rst(tmp_path, TABLED)
    assert _spec(result)["info"]["description"] == (
        "Limits per plan:\n\n| Plan | Limit |\n| --- | --- |\n| free | 10 |\n| paid | 1000 |"
    )
    assert _found(result, "RST150") == [] and _found(result, "RST151") == []
    assert result.coverage is not None and result.coverage.table_rows[0] == result.coverage.table_rows[1]


SEE_ALSO = """Widget API
==========

Widgets are sharp.

.. seealso:: The safety guide.

.. seealso::

   The gloves page.

.. http:get:: /widgets

   Lists widgets.

   :statuscode 200: the widgets
"""


def test_a_see_also_on_its_directives_line_is_in_the_description(tmp_path: Path) -> None:
    """``.. seealso:: The safety guide.`` lost its text without a word (the stand-in read it as
    an argument it did not show); Sphinx shows it, after "See also"."""
    assert _spec(build_rst(tmp_path, SEE_ALSO))["info"]["description"] == (
        "Widgets are sharp.\n\nSee also: The safety guide.\n\nSee also: The gloves page."
    )


TOPICS = """Gadget API
==========

.. contents::

Gadgets are small.

.. topic:: Quotas

   Ten gadgets a day.

.. sidebar:: History
   :subtitle: since 2019

   Gadgets replaced gizmos.

.. epigraph::

   Small is beautiful.

   -- E. F. Schumacher

Listing
-------

.. http:get:: /gadgets

   Lists gadgets.

   :statuscode 200: the gadgets
"""


def test_topics_sidebars_and_attributions_are_in_the_description_and_contents_is_no_finding(
    tmp_path: Path,
) -> None:
    """A topic, a sidebar and an epigraph's attribution were left out of the description (RST186),
    and so was ``.. contents::``, the page's navigation, with a warning that had nothing to fix."""
    result = build_rst(tmp_path, TOPICS)
    assert _spec(result)["info"]["description"] == (
        "Gadgets are small.\n\n**Quotas**\n\nTen gadgets a day.\n\n**History: since 2019**\n\n"
        "Gadgets replaced gizmos.\n\nSmall is beautiful.\n\n— E. F. Schumacher"
    )
    assert _found(result, "RST186") == []


DEFINED = """Gadget API
==========

Gadgets are small [#size]_.

.. [#size] Under 10 cm.

Setup
   Install the client:

   - with pip
   - or from source

   .. code-block:: console

      $ pip install gadgets

- Call it::

     gadgets list

.. http:get:: /gadgets

   Lists gadgets.

   :statuscode 200: the gadgets
"""


def test_lists_and_code_inside_items_are_nested_and_a_footnote_is_kept(tmp_path: Path) -> None:
    """A definition's list and code block, and a list item's literal block, were run into the
    item's line ("- **Setup**: Install the client: with pip or from source $ pip install
    gadgets"); a footnote was left out (RST186)."""
    result = build_rst(tmp_path, DEFINED)
    assert _spec(result)["info"]["description"] == (
        "Gadgets are small 1.\n\n[1] Under 10 cm.\n\n"
        "- **Setup**: Install the client:\n  - with pip\n  - or from source\n"
        "  ~~~console\n  $ pip install gadgets\n  ~~~\n\n"
        "- Call it:\n  ~~~\n  gadgets list\n  ~~~"
    )
    assert _found(result, "RST186") == []
