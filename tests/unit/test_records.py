"""The toolkit's attrs classes show themselves as attrs would (``Record.__repr__``), though attrs
writes no ``__repr__`` for them."""

from __future__ import annotations

import attrs

from rstapi.diagnostics import SourceLocation
from rstapi.model import Field, ObjectSchema, TypeSpec
from rstapi.records import Record


@attrs.frozen
class _AsAttrsShowsIt:
    name: str
    hidden: int = attrs.field(default=0, repr=False)
    kind: TypeSpec | None = None


@attrs.frozen(repr=False)
class _AsRecordShowsIt(Record):
    name: str
    hidden: int = attrs.field(default=0, repr=False)
    kind: TypeSpec | None = None


def test_a_record_reads_as_attrs_own_repr() -> None:
    kind = TypeSpec("array", items=TypeSpec("string"), enum=("a", "b"))
    mine = repr(_AsRecordShowsIt("x", 3, kind))
    theirs = repr(_AsAttrsShowsIt("x", 3, kind))
    assert mine == theirs.replace("_AsAttrsShowsIt", "_AsRecordShowsIt")
    assert "hidden" not in mine and "items=TypeSpec(json_type='string'" in mine


def test_a_model_shows_its_fields_in_order_without_those_declared_repr_false() -> None:
    schema = ObjectSchema(
        "Thing",
        (Field("id", TypeSpec("integer"), "", SourceLocation("a.rst", 3)),),
        SourceLocation("a.rst", 1),
    )
    shown = repr(schema)
    assert shown.startswith("ObjectSchema(name='Thing', fields=(Field(name='id'")
    assert "_by_name" not in shown  # declared repr=False


def test_every_class_of_the_toolkit_leaves_its_repr_to_record() -> None:
    """attrs writes no ``__repr__`` for them (the import-time cost ``rstapi.records`` removes)."""
    for cls in (TypeSpec, Field, ObjectSchema, SourceLocation):
        assert cls.__repr__ is Record.__repr__
