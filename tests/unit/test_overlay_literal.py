"""Where the overlay corrects a request example the reference shows, the spec keeps the literal one
beside it (`x-rst-literal`), and the source map names the reference's line for it."""

from __future__ import annotations

from pathlib import Path

from rstapi.naming import pointer_token
from rstapi.openapi.literal import LITERAL_KEY
from rstapi.openapi.sourcemap import overlay_source, split_sources
from tests.conftest import build_rst
from tests.literal_fixture import OVERLAY, PATH, TEXT, built
from tests.rst_helpers import line_of

OPERATION = f"/paths/{pointer_token(PATH)}/post"
EXAMPLE = f"{OPERATION}/requestBody/content/application~1json/examples/example_request"


def test_the_literal_path_example_is_kept_beside_the_corrected_one(tmp_path: Path) -> None:
    spec, sourcemap = built(tmp_path)
    (parameter,) = spec["paths"][PATH]["post"]["parameters"]
    assert parameter["example"] == "7" and parameter[LITERAL_KEY] == {"example": "42"}
    cited = sourcemap[f"{OPERATION}/parameters/0/{LITERAL_KEY}/example"]
    assert cited == f"ref.rst:{line_of(TEXT, 'curl -X POST')}"  # the curl it is read from
    assert not overlay_source(sourcemap, cited)
    fixed = sourcemap[f"{OPERATION}/parameters/0/example"]
    assert fixed == f"overlay.yaml:{line_of(OVERLAY, 'widget_id')}"


def test_the_literal_body_example_cites_the_curl_line(tmp_path: Path) -> None:
    spec, sourcemap = built(tmp_path)
    example = spec["paths"][PATH]["post"]["requestBody"]["content"]["application/json"]["examples"]
    assert example["example_request"]["value"] == {"colour": "red", "coats": 2}
    assert example["example_request"][LITERAL_KEY] == {"value": {"colour": "blue", "coats": 2}}
    assert sourcemap[f"{EXAMPLE}/{LITERAL_KEY}/value"] == f"ref.rst:{line_of(TEXT, '-d ')}"


def test_a_corrected_response_example_keeps_no_literal(tmp_path: Path) -> None:
    spec, _ = built(tmp_path)
    response = spec["paths"][PATH]["post"]["responses"]["200"]["content"]["application/json"]
    assert response["examples"]["example_response"]["value"]["widget_id"] == "7"
    assert LITERAL_KEY not in response["examples"]["example_response"]


def test_an_example_the_overlay_wrote_is_not_a_literal(tmp_path: Path) -> None:
    again = (
        f"  - target: $.paths['{PATH}'].post.parameters[?(@.name=='widget_id')]\n"
        "    description: Another correction of the overlay's own value.\n"
        "    update:\n"
        "      example: '8'\n"
    )

    result = build_rst(tmp_path, TEXT, overlay=OVERLAY + again)
    assert result.spec is not None
    spec, _ = split_sources(result.spec)
    (parameter,) = spec["paths"][PATH]["post"]["parameters"]
    assert parameter["example"] == "8" and parameter[LITERAL_KEY] == {"example": "42"}
