"""Nothing in the generator names an endpoint, path or field of the seed reference."""

from __future__ import annotations

import re

from tests.conftest import ROOT, SEED


def _seed_names() -> set[str]:
    text = SEED.read_text(encoding="utf-8")
    fields = set(re.findall(r"\* - ``(\w+)``", text))
    segments = {s for path in re.findall(r"``/?(enterprise/v\d[^`]*)``", text) for s in path.split("/")}
    names = {n for n in fields | segments if ("_" in n or "-" in n) and "{" not in n}
    return names


def test_generator_names_nothing_of_the_seed() -> None:
    names = _seed_names()
    assert len(names) > 100  # the check looks at real names
    offenders = []
    for source in (ROOT / "generator").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        offenders += [
            f"{source.relative_to(ROOT)}: {name}"
            for name in names
            if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
        ]
    assert offenders == []
