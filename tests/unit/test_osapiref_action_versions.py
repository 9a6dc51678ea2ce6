"""An os-api-ref action of some microversions only, merged with the other actions of its path: the
statuses only it documents carry its versions, and a build for a version outside them leaves those
statuses (their bodies, samples and schemas) out, as it leaves out the action's body key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.config import Config
from rstapi.microversions import parse_version
from rstapi.pipeline import BuildResult, build

PATH = "/pumps/{pump_id}/action"
MIN = "x-openstack-min-version"
MAX = "x-openstack-max-version"


def _entry(key: str, located_in: str, kind: str) -> str:
    return f"{key}:\n  description: |\n    The {key}.\n  in: {located_in}\n  required: true\n  type: {kind}\n"


def _action(title: str, versions: str, key: str, codes: str, response: str = "") -> str:
    text = (
        f"{title}\n{'=' * len(title)}\n\n.. rest_method:: POST {PATH}\n{versions}\n"
        f"Does {key}.\n\n{codes}\n\nRequest\n-------\n\n"
        f".. rest_parameters:: parameters.yaml\n\n   - pump_id: pump_id\n   - {key}: {key}\n\n"
    )
    if response:
        text += (
            f"Response\n--------\n\n.. rest_parameters:: parameters.yaml\n\n   - {response}: {response}\n\n"
        )
        text += f".. literalinclude:: pump-{key}-resp.json\n   :language: javascript\n\n"
    return text


def _files() -> dict[str, str]:
    """Three actions: ``prime`` of every version, ``drain`` since 2.3 (the only one documenting 200
    with a body, and 409), ``flush`` up to 2.6 (the only one documenting 410)."""
    prime = _action(
        "Prime Pump (prime Action)",
        "",
        "prime",
        "Normal response codes: 202\n\nError response codes: itemNotFound(404)",
    )
    drain = _action(
        "Drain Pump (drain Action)",
        "   min_version: 2.3\n",
        "drain",
        "Normal response codes: 200\n\nError response codes: itemNotFound(404), conflict(409)",
        response="drained_ml",
    )
    flush = _action(
        "Flush Pump (flush Action)",
        "   max_version: 2.6\n",
        "flush",
        "Normal response codes: 202\n\nError response codes: gone(410)",
    )
    return {
        "index.rst": "========\nPump API\n========\n\n" + prime + drain + flush,
        "parameters.yaml": _entry("pump_id", "path", "string")
        + _entry("drain", "body", "none")
        + _entry("drained_ml", "body", "integer")
        + _entry("flush", "body", "none")
        + _entry("prime", "body", "none"),
        "pump-drain-resp.json": '{"drained_ml": 250}\n',
    }


def _build(tmp_path: Path, version: str | None = None) -> BuildResult:
    for name, text in _files().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    config = Config(
        sources=(tmp_path / "index.rst",),
        root=tmp_path,
        microversion=parse_version(version) if version else None,
    )
    return build(config)


def _responses(result: BuildResult) -> dict[str, Any]:
    assert result.spec is not None
    found: dict[str, Any] = result.spec["paths"][PATH]["post"]["responses"]
    return found


def _versions(response: dict[str, Any]) -> dict[str, str]:
    return {key: value for key, value in response.items() if key in (MIN, MAX)}


def test_a_status_only_versioned_actions_document_carries_their_versions(tmp_path: Path) -> None:
    responses = _responses(_build(tmp_path))
    assert _versions(responses["200"]) == {MIN: "2.3"}
    assert _versions(responses["409"]) == {MIN: "2.3"}
    assert _versions(responses["410"]) == {MAX: "2.6"}
    assert _versions(responses["202"]) == {}  # prime documents it too, for every version
    assert _versions(responses["404"]) == {}


def test_a_build_before_the_action_leaves_out_the_statuses_only_it_documents(tmp_path: Path) -> None:
    result = _build(tmp_path, "2.2")
    assert sorted(_responses(result)) == ["202", "404", "410"]
    assert result.spec is not None
    schemas = result.spec["components"]["schemas"]
    assert not any("drained_ml" in s.get("properties", {}) for s in schemas.values())
    assert [d.code for d in result.diagnostics if d.code.startswith("SPEC")] == []
    assert result.coverage is not None
    assert result.coverage.examples == (0, 0)  # the drain action's sample is not counted lost
    assert result.coverage.table_rows[0] == result.coverage.table_rows[1]


def test_a_build_within_the_action_has_its_statuses_body_and_sample(tmp_path: Path) -> None:
    responses = _responses(_build(tmp_path, "2.3"))
    assert sorted(responses) == ["200", "202", "404", "409", "410"]
    assert _versions(responses["200"]) == {MIN: "2.3"}
    assert list(responses["200"]["content"]["application/json"]["examples"]) == ["pump_drain_resp"]


def test_a_build_after_the_actions_last_version_leaves_out_the_statuses_only_it_documents(
    tmp_path: Path,
) -> None:
    assert sorted(_responses(_build(tmp_path, "2.7"))) == ["200", "202", "404", "409"]
