"""The committed spec/openapi.yaml is exactly what rst_sources/ builds, and it is a spec to trust."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

import yaml
from openapi_spec_validator import validate

from rstapi.diagnostics import Level
from rstapi.openapi.sourcemap import dump_sourcemap, sourcemap_path, split_sources
from rstapi.openapi.validate import validate_spec
from rstapi.openapi.write import dump_spec
from rstapi.pipeline import BuildResult
from tests.conftest import SPEC


def readable_diff(committed: str, regenerated: str, name: str) -> str:
    lines = list(
        difflib.unified_diff(
            committed.splitlines(),
            regenerated.splitlines(),
            f"{name} (committed)",
            f"{name} (regenerated)",
            lineterm="",
            n=2,
        )
    )
    shown = "\n".join(lines[:80])
    more = f"\n... {len(lines) - 80} more diff lines" if len(lines) > 80 else ""
    return f"{name} is out of date; run `nox -s spec` and commit.\n{shown}{more}"


def test_committed_spec_matches_a_fresh_build(seed_build: BuildResult) -> None:
    assert seed_build.spec is not None
    spec, _ = split_sources(seed_build.spec)
    regenerated = dump_spec(spec)
    committed = SPEC.read_text(encoding="utf-8")
    assert committed == regenerated, readable_diff(committed, regenerated, "spec/openapi.yaml")


def test_committed_sourcemap_matches_a_fresh_build(seed_build: BuildResult) -> None:
    assert seed_build.spec is not None
    _, sourcemap = split_sources(seed_build.spec)
    regenerated = dump_sourcemap(sourcemap)
    committed = sourcemap_path(SPEC).read_text(encoding="utf-8")
    assert committed == regenerated, readable_diff(committed, regenerated, "spec/openapi.sourcemap.json")
    assert "x-rst-source" not in SPEC.read_text(encoding="utf-8")


def test_seed_builds_without_unresolved_errors(seed_build: BuildResult) -> None:
    errors = [str(d) for d in seed_build.diagnostics if d.level is Level.ERROR and not d.resolved]
    assert errors == []


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def test_spec_is_valid_openapi_3_1() -> None:
    spec = _spec()
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_every_example_validates_every_ref_resolves_every_component_is_used() -> None:
    assert [str(d) for d in validate_spec(_spec())] == []


def _walk_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _walk_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk_refs(value)


def test_examples_were_actually_checked() -> None:
    """A spec whose example contradicts its schema is caught (the check above can fail)."""
    spec = _spec()
    media = spec["paths"]["/enterprise/v1/subscriptions"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    next(iter(media["examples"].values()))["value"]["count"] = "one"
    assert [d.code for d in validate_spec(spec)] == ["SPEC401"]


def test_path_parameters_are_declared() -> None:
    for path, item in _spec()["paths"].items():
        for method, operation in item.items():
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            wanted = {part[1:-1] for part in path.split("/") if part.startswith("{")}
            assert declared == wanted, f"{method.upper()} {path}"


def test_build_is_deterministic(seed_build: BuildResult) -> None:
    from rstapi.config import Config
    from rstapi.pipeline import build
    from tests.conftest import OVERLAY, ROOT, SEED

    again = build(Config(sources=(SEED,), overlay=OVERLAY, root=ROOT))
    assert again.spec is not None and seed_build.spec is not None
    assert dump_spec(again.spec) == dump_spec(seed_build.spec)


def test_rstapi_validation_and_openapi_spec_validator_agree_on_the_committed_spec() -> None:
    """rstapi's own OAS 3.1 validation (the fast one) against its oracle on the reference's spec.
    Regenerate the spec with `nox -s spec`."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    oracle = [error.message for error in OpenAPIV31SpecValidator(spec).iter_errors()]
    assert oracle == []
    assert [d.message for d in validate_spec(spec) if d.code == "SPEC400"] == oracle


def test_the_committed_spec_is_written_by_libyaml() -> None:
    """The reference takes the fast emitter, so the fresh-build comparison above checks its bytes.
    Regenerate the spec with `nox -s spec`."""
    from rstapi.openapi.write import emits_alike

    assert emits_alike(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
