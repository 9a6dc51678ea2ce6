"""``rst.evolved.evolved`` is ``attrs.evolve``, but hands back the record itself when no value changes."""

from __future__ import annotations

from rstapi.model import TypeSpec
from rstapi.rst.evolved import evolved


def test_the_record_itself_when_each_value_is_the_one_it_holds() -> None:
    spec = TypeSpec("string", raw="string")
    assert evolved(spec, raw=spec.raw, enum=spec.enum, minimum=None) is spec


def test_an_evolved_record_when_a_value_changes() -> None:
    spec = TypeSpec("string", raw="string")
    changed = evolved(spec, raw=spec.raw, nullable=True)
    assert changed == TypeSpec("string", raw="string", nullable=True)
    assert spec.nullable is False


def test_an_equal_value_that_is_another_object_evolves() -> None:
    spec = TypeSpec("array", enum=(1, 2))
    assert evolved(spec, enum=(1, 2)) == spec
