"""The in-memory enterprise and the lock that makes each request's changes atomic.

Handlers run synchronously inside `Store.transaction()`, so no two requests interleave their reads
and writes; every handler checks everything before it changes anything, so a refused request leaves
the enterprise as it found it. Each app owns its own Store: state never leaks between apps.
"""

from __future__ import annotations

import copy
import dataclasses
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

JsonObject = dict[str, Any]


@dataclass(slots=True)
class License:
    """One license of a plan: its status and, once assigned, the learner holding it."""

    uuid: str
    status: str
    email: str | None = None
    sfid: str | None = None


@dataclass(slots=True)
class Plan:
    """A subscription plan: the listed object (counts are recomputed on read) and its licenses."""

    value: JsonObject
    licenses: list[License]
    cap: int | None
    revocations_used: int = 0


@dataclass(slots=True)
class Configuration:
    """An assignment configuration: its policy and its assignments by uuid, in creation order."""

    uuid: str
    policy: str
    assignments: dict[str, JsonObject] = field(default_factory=dict)


@dataclass(slots=True)
class Enterprise:
    """Everything the stateful mock remembers."""

    customers: list[str] = field(default_factory=list)
    policies: dict[str, str] = field(default_factory=dict)
    configurations: dict[str, Configuration] = field(default_factory=dict)
    plans: dict[str, Plan] = field(default_factory=dict)
    catalogs: dict[str, JsonObject] = field(default_factory=dict)
    courses: dict[str, JsonObject] = field(default_factory=dict)
    runs: dict[str, JsonObject] = field(default_factory=dict)
    programs: dict[str, JsonObject] = field(default_factory=dict)
    learners: dict[str, list[JsonObject]] = field(default_factory=dict)
    # the learner rows' fields the spec sends as decimal text ("7.50"): ordered by value
    learner_decimals: list[str] = field(default_factory=list)
    jobs: list[JsonObject] = field(default_factory=list)
    created: int = 0

    def to_json(self) -> JsonObject:
        return dataclasses.asdict(self)


class Store:
    """The enterprise behind one app, seeded from a template that reset restores."""

    def __init__(self, seed: Enterprise) -> None:
        self._seed = seed
        self._lock = threading.Lock()
        self._world = copy.deepcopy(seed)

    @contextmanager
    def transaction(self) -> Iterator[Enterprise]:
        """The enterprise, held by this request alone until the block ends."""
        with self._lock:
            yield self._world

    def reset(self) -> None:
        with self._lock:
            self._world = copy.deepcopy(self._seed)

    def snapshot(self) -> JsonObject:
        with self._lock:
            return self._world.to_json()
