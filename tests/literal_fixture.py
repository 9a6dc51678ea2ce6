"""A small reference whose example request the overlay corrects (a path id and a body value), for
the literal-example tests of the overlay (unit) and of the contract run's documented phase."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.openapi.sourcemap import split_sources
from tests.conftest import build_rst
from tests.rst_helpers import document, endpoint

__all__ = ["OVERLAY", "PATH", "TEXT", "built"]

PATH = "/api/v1/widgets/{widget_id}/paint"
_CURL = (
    "curl -X POST \\\n  https://api.example.com/api/v1/widgets/42/paint \\\n"
    '  -H "Authorization: JWT {access token}" \\\n'
    '  -d \'{"colour": "blue", "coats": 2}\''
)
_STATUSES = (
    "==========\nResponses\n==========\n\n    200 OK - The widget was painted.\n\n"
    "    404 Not Found - No such widget.\n"
)
TEXT = document(
    endpoint(
        "paint",
        method="POST",
        path=PATH,
        request=[("colour", "string", "The colour."), ("coats", "integer", "How many coats.")],
        curls=[_CURL],
        extra=_STATUSES,
    )
)
OVERLAY = f"""\
overlay: 1.0.0
info: {{title: corrections, version: 1.0.0}}
actions:
  - target: $.paths['{PATH}'].post.parameters[?(@.name=='widget_id')]
    description: The curl paints widget 42, which the example response is not.
    update:
      example: '7'
  - target: $.paths['{PATH}'].post.requestBody.content['application/json'].examples.example_request
    description: The service has no blue.
    update:
      value: {{colour: red, coats: 2}}
  - target: $.paths['{PATH}'].post.responses['200'].content['application/json'].examples.example_response
    description: A response example is not a request.
    update:
      value: {{widget_id: '7', name: sprocket, size: 3}}
"""


def built(tmp_path: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """The spec as written and its source map."""
    result = build_rst(tmp_path, TEXT, overlay=OVERLAY)
    assert result.spec is not None
    return split_sources(result.spec)
