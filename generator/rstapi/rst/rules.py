"""Rules a field table's prose states about the whole object: two fields a request gives at most one
of ("A request must either provide ``a`` or ``b``, but not both"; the wordings are
`vocabulary.EXCLUSIVE_PHRASES`). The emitter writes each as ``not: {required: [a, b]}`` (with
``anyOf: [{required: [a]}, {required: [b]}]`` when the wording says "either": exactly one) at the
row's line, so the mock, the client and the contract run all hold it.

A name the rule gives that is no field of the table is RST189: read as the table's field that is
its plural or singular ("``serial``" for a ``serials`` row), else not read.
"""

from __future__ import annotations

from collections.abc import Iterator

from rstapi.diagnostics import Diagnostic
from rstapi.model import Exclusive, Field
from rstapi.rst import vocabulary as vocab

__all__ = ["exclusive_rules"]


def exclusive_rules(fields: tuple[Field, ...]) -> tuple[tuple[Exclusive, ...], list[Diagnostic]]:
    """The mutually exclusive pairs the rows' descriptions state, each once, and the findings."""
    names = {field.name for field in fields}
    found: dict[tuple[str, ...], Exclusive] = {}
    diagnostics: list[Diagnostic] = []
    for field, said, one in _stated(fields):
        pair = tuple(_field_named(name, names) for name in said)
        unknown = [name for name, read in zip(said, pair, strict=True) if read != name]
        if unknown:
            diagnostics.append(_misnamed(field, said, pair))
        if all(pair) and pair[0] != pair[1]:
            rule = tuple(str(name) for name in pair)
            found.setdefault(tuple(sorted(rule)), Exclusive(rule, field.location, one))
    return tuple(found.values()), diagnostics


def _stated(fields: tuple[Field, ...]) -> Iterator[tuple[Field, tuple[str, str], bool]]:
    """Each pair a row's prose names, and whether it says a request gives one of them ("either")."""
    for field in fields:
        if "``" not in field.description:  # each wording names the two fields as literals
            continue
        for pattern in vocab.EXCLUSIVE_PHRASES:
            for match in pattern.finditer(field.description):
                one = bool(match.groupdict().get("one"))
                yield field, (match["a"].strip(), match["b"].strip()), one


def _field_named(name: str, names: set[str]) -> str | None:
    """The table's field ``name`` names: itself, else its plural or singular."""
    for candidate in (name, f"{name}s", name.removesuffix("s")):
        if candidate in names:
            return candidate
    return None


def _misnamed(field: Field, said: tuple[str, str], read: tuple[str | None, ...]) -> Diagnostic:
    """RST189; the names are full names ("owner.serial"), as the other findings name a nested field,
    while the rule is quoted as the row writes it."""
    rule = f"'either ``{said[0]}`` or ``{said[1]}``, not both'"
    inside = field.full_name[: len(field.full_name) - len(field.name)]
    wrong = [(name, got) for name, got in zip(said, read, strict=True) if got != name]
    named = " and ".join(f"``{inside}{name}``" for name, _ in wrong)
    if all(read):
        taken = ", ".join(f"``{inside}{got}``" for _, got in wrong)
        return Diagnostic(
            "RST189",
            f"the rule {rule} names {named}, no field of this table; read as {taken}",
            field.location,
        )
    return Diagnostic(
        "RST189", f"the rule {rule} is not read: {named} is no field of this table", field.location
    )
