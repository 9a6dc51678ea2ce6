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


def _random_tree(rng: random.Random, depth: int) -> Any:
    """Mappings, lists and scalars nested as a spec nests them, with texts that YAML treats apart."""
    words = [
        "a",
        "yes",
        "No",
        "null",
        "~",
        "",
        "1",
        "0x1F",
        "1_000",
        "2.20",
        "-",
        "- a",
        "a: b",
        "#x",
        "a #b",
        " lead",
        "trail ",
        "x\ny",
        "x\n",
        "\nx",
        " x\n y\n",
        "x\n\n  y",
        "key_9",
        "_",
        "{a}",
        "/p/{id}",
        "'q'",
        '"d"',
        "é",
        "2001-12-14",
        "<<",
        "=",
        ".inf",
        "On",
        "y",
        "*a",
        "&b",
        "!t",
    ]
    scalars = [*words, 0, 1, -1, 1.0, -0.0, 1e300, 10**20, True, False, None]
    if depth == 0 or rng.random() < 0.3:
        return rng.choice(scalars)
    size = rng.randrange(0, 4)
    if rng.random() < 0.5:
        return [_random_tree(rng, depth - 1) for _ in range(size)]
    keys = [rng.choice([*words, 3, 1.5, True, None]) for _ in range(size)]
    return {key: _random_tree(rng, depth - 1) for key in keys}


def test_random_nesting_gives_the_same_bytes() -> None:
    """blockyaml's layout with libyaml's scalars is the layout libyaml writes, at every depth."""
    rng = random.Random(22)
    written = 0
    for _ in range(600):
        spec = {"openapi": "3.1.0", "x-tree": _random_tree(rng, 5), "x-list": [_random_tree(rng, 4)]}
        assert dump_spec(spec) == pure_python(spec), repr(spec)
        if emits_alike(spec):
            assert write._block_dump(spec, write._CDumper) in (None, write._dump(spec, write._CDumper))
            written += write._block_dump(spec, write._CDumper) is not None
    assert written > 200  # the block writer was taken, not only the fallbacks


def test_block_writer_leaves_to_libyaml_what_it_may_write_apart() -> None:
    """A key libyaml writes in the '? ' form, a non-JSON value, a long line: the whole dump is libyaml's."""
    for spec in (
        {"": 1},
        {"two\nlines": 1},
        {"k" * 130: 1},
        {"k": ("tuple",)},
        {"k": "word " * 900},
    ):
        assert write._block_dump(spec, write._CDumper) is None
        assert dump_spec(spec) == pure_python(spec)
