"""The items `--path-param` names that are not the token's: refused with 403 by an object-level
permission (Django REST framework's `has_object_permission`, checked after the item is looked up).

A 403 to the requests carrying the fixed value, while the permission is evidently the item's, not
the token's: a request of the same operation with another (unknown) value of that parameter got a
JSON 404 (the lookup ran before any permission refused it), or the same token reached the
collection the item belongs to (the operation of the path before the parameter: list or create).
Then the operation not reached says that the item is not the token's and how to give one that is,
instead of "the token lacks a permission" (with only the collection's evidence, no unknown id sent,
"likely", naming both readings). An unknown value refused with 403 too is a permission
checked before the lookup (the view's, the token's): no such reason.

A JSON 404 to the fixed value (and the run did not delete it: deleted.py says that first) is an item
that does not exist or that the service hides from the token (a DRF queryset filtered by the user
answers 404 for another user's item): said so, instead of asking for the `--path-param` the user gave.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["ForeignItems"]


class ForeignItems:
    """Feed it every answer to an operation's own method that carried the run's credentials."""

    def __init__(self, fixed: Mapping[str, str]) -> None:
        self._fixed = {name: str(value) for name, value in fixed.items()}
        self._refused: dict[str, tuple[str, str]] = {}  # operation -> (name, value) refused with 403
        self._unknown: dict[str, dict[int, str]] = {}  # operation -> status -> a parameter sent unknown
        self._missing: dict[str, tuple[str, str]] = {}  # operation -> (name, value) answered a JSON 404

    def observe(self, label: str, status: int, values: Mapping[str, object], json_body: bool) -> None:
        """One answer to `label` sent with the path `values`; `json_body`: its body is JSON (a 404
        page that is not JSON matched no route, which says nothing of a lookup)."""
        names = [name for name in values if name in self._fixed]
        other = [name for name in names if str(values[name]) != self._fixed[name]]
        if not names:
            return
        item = names[-1]  # the innermost fixed parameter: the item the path names
        if other:  # an unknown value in place of a fixed one (the documented phase's unknown id)
            if status == 403 or (status == 404 and json_body):
                self._unknown.setdefault(label, {}).setdefault(status, other[0])
        elif status == 403:
            self._refused.setdefault(label, (item, self._fixed[item]))
        elif status == 404 and json_body:
            self._missing.setdefault(label, (item, self._fixed[item]))

    def reason(self, label: str, reached: set[str]) -> str:
        """Why `label` was refused, when its fixed item is not the token's; "" otherwise."""
        refused = self._refused.get(label)
        unknown = self._unknown.get(label, {})
        if refused is None or 403 in unknown:
            return ""
        name, value = refused
        looked_up = [f"an unknown {unknown[404]} got 404"] if 404 in unknown else []
        evidence = looked_up + [
            f"the same token reached {other}" for other in _collections(label, name, reached)
        ]
        give = (
            f"give --path-param {name}= an id of an item the token's user owns (or may see), or the "
            "token of the item's owner"
        )
        if looked_up:
            return (
                f"the item {name}={value} is not the token's: the service refuses it with 403 while "
                f"{' and '.join(evidence)}, so the permission is the item's (an object-level "
                f"permission: another user's item), not the token's; {give}"
            )
        if not evidence:
            return ""
        # No unknown id was sent to tell an object-level permission from one checked before the
        # lookup (a 403 for any id): both readings, the item's first.
        return (
            f"the item {name}={value} is likely not the token's: the service refuses it with 403 while "
            f"{' and '.join(evidence)}; if it is another user's item, {give}; else the token lacks a "
            "permission this operation needs"
        )

    def missing(self, label: str, reached: set[str]) -> str:
        """Why `label`'s 404s came, when its fixed item got them; "" otherwise."""
        if label not in self._missing:
            return ""
        name, value = self._missing[label]
        collections = _collections(label, name, reached)
        reached_too = f", though the same token reached {' and '.join(collections)}" if collections else ""
        return (
            f"the item {name}={value} given with --path-param was not found{reached_too}: it does not "
            "exist, or it is another user's item the service hides from this token (a lookup filtered "
            f"by owner answers 404, not 403); give --path-param {name}= an id of an item the token's "
            "user owns (or may see)"
        )


def _collections(label: str, name: str, reached: set[str]) -> list[str]:
    """The reached operations of the path before `{name}` in `label`'s (list, create)."""
    path = label.partition(" ")[2]
    if "{" + name + "}" not in path:
        return []
    parent = path.partition("{" + name + "}")[0].rstrip("/")
    return sorted(other for other in reached if other.partition(" ")[2].rstrip("/") == parent)
