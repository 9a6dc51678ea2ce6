"""The spec's YAML is the same bytes whichever emitter writes it: libyaml's where it writes as
PyYAML's pure-Python emitter does, the pure-Python one wherever it would not."""

from __future__ import annotations

import random
from typing import Any

import pytest
import yaml

from rstapi.openapi import write
from rstapi.openapi.write import dump_spec, emits_alike


def small_spec(text: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Widgets", "version": "1", "description": f"About widgets.\n\n{text}\n"},
        "paths": {
            "/widgets/{widget_id}/": {
                "get": {
                    "summary": f"Get a widget {text}",
                    "responses": {"200": {"description": text, "content": {"application/json": {}}}},
                }
            }
        },
        "components": {"schemas": {"Widget": {"type": "object", "example": {"name": text, text: 1}}}},
        "x-values": [1.5, 1e300, -0.0, None, True, False, 10**20, [], {}, [[]]],
    }


def pure_python(spec: dict[str, Any]) -> str:
    return dump_spec(spec, fast=False)


@pytest.mark.parametrize("text", ["plain words: yes, no, null", "café, Größe, 中文, «quotes»", "a: b # c"])
def test_ordinary_text_takes_libyaml_and_gives_the_same_bytes(text: str) -> None:
    spec = small_spec(text)
    assert emits_alike(spec)
    assert dump_spec(spec) == pure_python(spec)


@pytest.mark.parametrize(
    "text",
    [
        "a widget 🚀 launches",
        "next\x85line",
        "line\u2028separator",
        "\ufeffbom",
        "tab\there",
        "ends in blank lines\n\n",
        "é" * 70,  # a key of fewer than 128 characters but more than 128 bytes
    ],
)
def test_text_libyaml_writes_differently_keeps_the_pure_python_emitter(text: str) -> None:
    spec = small_spec(text)
    assert not emits_alike(spec)
    assert dump_spec(spec) == pure_python(spec)


class _PlainLibyaml(yaml.CSafeDumper):
    """libyaml's emitter with the spec's representation and no guard."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_PlainLibyaml.add_representer(str, write._str_presenter)


def test_libyaml_really_differs_on_emoji_and_next_line() -> None:
    """Why the fallback exists (if libyaml ever agrees, the guard can be relaxed)."""
    for text in ("a widget 🚀 launches", "next\x85line"):
        spec = small_spec(text)
        fast = yaml.dump(
            spec,
            Dumper=_PlainLibyaml,
            sort_keys=False,
            allow_unicode=True,
            width=4096,
            default_flow_style=False,
        )
        assert fast != pure_python(spec)


def test_random_text_gives_the_same_bytes() -> None:
    """A seeded sample of YAML-significant characters, lengths around the limits, as keys and values."""
    rng = random.Random(16)
    alphabet = "ab :-#\n'\"é中ü{}[]&*!|>%@`,?\t\r\x85🚀"
    taken = 0
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.choice([1, 2, 10, 127, 128, 300])))
        spec = small_spec(text)
        taken += emits_alike(spec)
        assert dump_spec(spec) == pure_python(spec), repr(text)
    assert taken > 20  # the fast path was exercised
