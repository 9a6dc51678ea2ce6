"""State rules: the sentences that say in which state of its item an operation is refused ("You
cannot cancel an assignment that has been reminded", "404 Not Found - ... the license is not in an
assigned or activated state"). The wordings are `vocabulary.STATE_RULE_PHRASES`.

Read on the model, after every reader (so every dialect's prose gets it): an operation's status
lines (the status is the refusal's) and its paragraphs that are no field's description (a status
the sentence names, "Returns 409 if ...", else none: a 4xx); a paragraph's sentence is read only
when it says something is refused (`vocabulary.STATE_RULE_REFUSAL`: "cannot", "only", "fails",
a 4xx ...), so "if it has already been reserved, it is extended" is none. A state is resolved to the operation
that puts an item in it: the one whose path's last literal segment holds the verb the participle
comes from ("retired" -> ``.../batch-retire``), the nearest by path when several do. For "only when
<states>" wordings the refused states are those the operations beside the follow-up set (a state
is a value some enum of the document lists) that the sentence does not allow: a revoke allowed on
"assigned or activated" licenses is refused on the "revoked" one its own call leaves.

Each rule becomes `Operation.refused_when` (emitted as ``x-rstapi-refused-when``). A sentence that
reads like a state rule in no known wording is RST190; one whose states no operation sets, RST191.
A named word is a state when it is a participle, quoted, a value the document lists, or called a
state ("in an active state"); a sentence naming none ("already in transit") is no rule.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.memo import EmitMemo, Keep, keep
from rstapi.model import Api, Field, ObjectSchema, Operation, Parameter, StateRule, TypeSpec
from rstapi.rst import vocabulary as vocab

__all__ = ["read_state_rules"]

_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z0-9`])")
_QUOTES = "`\"'"
_LITERAL_WORD = re.compile(r"``([A-Za-z][\w-]*)``")
_CALLED_A_STATE = re.compile(r"\s(?:state|status)$", re.I)


class _Said(NamedTuple):
    """A sentence of an operation's section, with the status it is about (a status line's)."""

    text: str
    location: SourceLocation
    status: int | None


def read_state_rules(api: Api, memo: EmitMemo | None = None) -> tuple[Api, list[Diagnostic]]:
    """The API with each operation's state rules, and the sentences that could not be read.

    With ``memo`` (a live preview's), the states and descriptions each schema and operation
    lists are worked out once per object, and an operation given the rules it was given in the
    last build is the object it was then (``rstapi.memo``)."""
    kept = keep(memo)
    listed = functools.cache(functools.partial(_listed, api, kept))  # only once a sentence may be a rule
    refusals: dict[str, tuple[str, ...]] = {}
    diagnostics: list[Diagnostic] = []
    operations = []
    for operation in api.operations:
        rules: list[StateRule] = []
        for said in _sentences(operation, listed, refusals):
            found, problems = _rules_in(said, operation, api.operations, listed()[0])
            rules += found
            diagnostics += problems
        if rules:  # the same operation with the same rules is the same object (emitted once)
            refused = _unique(rules)
            operation = kept(
                (operation,), refused, functools.partial(attrs.evolve, operation, refused_when=refused)
            )
        operations.append(operation)
    return attrs.evolve(api, operations=tuple(operations)), diagnostics


def _sentences(
    operation: Operation,
    listed: Callable[[], tuple[set[str], set[str]]],
    refusals: dict[str, tuple[str, ...]],
) -> Iterator[_Said]:
    """The sentences that may be rules: the status lines' first (their status is the rule's),
    then those of the other paragraphs, once each, that say something is refused (``_refusals``)
    and are no table's description (``listed``, the document's lists, worked out only for an
    operation with such a paragraph: most documents have none)."""
    seen: set[tuple[str, int]] = set()
    for response in operation.responses:
        if response.status >= 400:
            seen.add((response.location.path, response.location.line))
            for sentence in _SENTENCE_END.split(_normal(response.description)):
                yield _Said(sentence, response.location, response.status)
    said = [_refusals(text, refusals) for text, _ in operation.prose]
    if not any(said):
        return
    described = listed()[1]
    for (text, location), refused in zip(operation.prose, said, strict=True):
        if (location.path, location.line) in seen or _normal(text) in described:
            continue
        seen.add((location.path, location.line))
        for sentence in refused:
            yield _Said(sentence, location, None)


def _refusals(text: str, read: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The sentences of a paragraph that say something is refused (``vocab.STATE_RULE_REFUSAL``:
    "if it has already been reserved, it is extended" is no rule). A paragraph that says no
    refusal has no sentence that does (no word of the pattern holds a sentence's end), so most
    are searched once and not split. Each text is read once a build (``read``, the dict of
    ``read_state_rules``): the same cells and sentences recur in every operation."""
    if text not in read:
        normal = _normal(text)
        found = vocab.STATE_RULE_REFUSAL.search(normal)
        read[text] = (
            tuple(s for s in _SENTENCE_END.split(normal) if vocab.STATE_RULE_REFUSAL.search(s))
            if found
            else ()
        )
    return read[text]


def _rules_in(
    said: _Said, operation: Operation, operations: tuple[Operation, ...], states: set[str]
) -> tuple[list[StateRule], list[Diagnostic]]:
    if len(said.text) > vocab.STATE_RULE_MAX_LENGTH:
        cue = any(
            pattern.search(said.text[: vocab.STATE_RULE_MAX_LENGTH]) for pattern in vocab.STATE_RULE_CUES
        )
        return [], [_not_understood(said, "too long to be read as one")] if cue else []
    read = _read(said.text)
    if read is None:
        cue = any(pattern.search(said.text) for pattern in vocab.STATE_RULE_CUES)
        return [], [_not_understood(said)] if cue else []
    mode, words, called = read
    named = [
        word.text for word in words if called or word.literal or word.text in states or _participle(word.text)
    ]
    if not named:  # "the parcel is already in transit": 'in' is an ordinary word, no state
        return [], []
    status = said.status if said.status is not None else _status_in(said.text)
    if status is not None and status < 400:  # "returns 200 if already ...": not a refusal
        return [], []
    if mode == vocab.REFUSED_STATES:
        refused = [(state, _setter(state, operation, operations)) for state in named]
    else:
        refused = _others(named, operation, operations, states)
    rules = [
        StateRule(state, setter, status, said.text, said.location) for state, setter in refused if setter
    ]
    if rules or (mode == vocab.ALLOWED_STATES and _any_resolved(named, operation, operations)):
        return rules, []
    return [], [_unresolved(said, named)]


class _Named(NamedTuple):
    """A word a wording reads as a state: lowercased, and whether it is quoted (``assigned``)."""

    text: str
    literal: bool


def _read(text: str) -> tuple[str, list[_Named], bool] | None:
    """The first wording that reads the sentence: its mode, the words it names as states, and
    whether the sentence calls them a state ("in an active state")."""
    lowered = text.lower()
    for phrase in vocab.STATE_RULE_PHRASES:
        match = any(cue in lowered for cue in phrase.cues) and _compiled(phrase.pattern).search(text)
        if match:
            words = vocab.STATE_LIST_SPLIT.split(match["states"])
            named = [
                _Named(word.strip(_QUOTES).lower(), word.strip(_QUOTES) != word)
                for word in words
                if word.strip(_QUOTES)
            ]
            return phrase.mode, named, bool(_CALLED_A_STATE.search(match[0]))
    return None


def _participle(word: str) -> bool:
    """A word that may be a state by its form: a participle ("revoked", "frozen")."""
    return word.endswith("en") or any(_verbs(word))


@functools.cache  # a wording's pattern, compiled the first time a sentence holds one of its cues
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def _status_in(text: str) -> int | None:
    match = vocab.STATE_RULE_STATUS.search(text) or vocab.STATUS_MENTION.search(text)
    return int(match["code"]) if match else None


def _setter(state: str, operation: Operation, operations: tuple[Operation, ...]) -> str | None:
    """The operation that puts an item in ``state``: its path's action names the verb; the one
    nearest ``operation`` by path when several do."""
    verbs = set(_verbs(state))
    found = [other for other in operations if verbs & _action_words(other)]
    if not found:
        return None
    return max(
        found, key=lambda other: (_shared(other.path, operation.path), other is operation)
    ).operation_id


def _others(
    allowed: list[str], operation: Operation, operations: tuple[Operation, ...], states: set[str]
) -> list[tuple[str, str | None]]:
    """For an "only when <allowed>" rule: each state an operation beside this one (same parent
    path, this one included) sets that is not allowed, with that operation."""
    parent = _parent(operation.path)
    found: list[tuple[str, str | None]] = []
    for other in operations:
        if _parent(other.path) != parent:
            continue
        words = _action_words(other)
        for state in sorted(states):
            if state not in allowed and words & set(_verbs(state)):
                found.append((state, other.operation_id))
    return found


def _any_resolved(named: list[str], operation: Operation, operations: tuple[Operation, ...]) -> bool:
    return any(_setter(state, operation, operations) for state in named)


def _verbs(participle: str) -> Iterator[str]:
    """The verbs a participle may come from: "revoked" -> revoke, revok; "cancelled" -> cancel."""
    word = participle.lower()
    if word in vocab.IRREGULAR_PARTICIPLES:
        yield vocab.IRREGULAR_PARTICIPLES[word]
    if word.endswith("ed"):
        yield word[:-1]
        yield word[:-2]
        if len(word) > 4 and word[-3] == word[-4]:
            yield word[:-3]
    if word.endswith("ied"):
        yield word[:-3] + "y"


def _action_words(operation: Operation) -> set[str]:
    """The words of the path's last literal segment ("batch-retire" -> batch, retire)."""
    literal = [part for part in operation.path.split("/") if part and not part.startswith("{")]
    return set(re.split(r"[-_.]", literal[-1].lower())) if literal else set()


def _parent(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[0]


def _shared(one: str, other: str) -> int:
    count = 0
    for mine, theirs in zip(one.split("/"), other.split("/"), strict=False):
        if mine != theirs:
            break
        count += 1
    return count


def _listed(api: Api, kept: Keep) -> tuple[set[str], set[str]]:
    """The states the document knows (``_states_in``) and its tables' descriptions (normalised:
    a table cell's paragraph is no rule of the operation), each schema's and operation's read once."""
    states: set[str] = set()
    described: set[str] = set()
    for schema in api.schemas:
        own, cells = kept((schema,), "listed", functools.partial(_schema_lists, schema))
        states |= own
        described |= cells
    for operation in api.operations:
        own, cells = kept((operation,), "listed", functools.partial(_operation_lists, operation))
        states |= own
        described |= cells
    return states, described


def _schema_lists(schema: ObjectSchema) -> tuple[frozenset[str], frozenset[str]]:
    fields = schema.fields
    return _states_in([f.type for f in fields], [f.description for f in fields]), _described(fields)


def _operation_lists(operation: Operation) -> tuple[frozenset[str], frozenset[str]]:
    parameters = operation.parameters
    states = _states_in([p.type for p in parameters], [text for text, _ in operation.prose])
    return states, _described(parameters)


def _states_in(types: list[TypeSpec], texts: list[str]) -> frozenset[str]:
    """Every value listed (an enum's, a ``literal`` word of a field's description or of prose:
    "Valid values are ``assigned`` and ``revoked``"), lowercased: a state is one of them."""
    found: set[str] = set()
    for spec in _nested(types):
        found.update(value.lower() for value in spec.enum if isinstance(value, str))
    for text in texts:
        found.update(_literal_words(text))
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 16)  # pure: a live preview asks again for every unchanged text
def _literal_words(text: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in _LITERAL_WORD.findall(text))


def _nested(types: Iterable[TypeSpec]) -> Iterator[TypeSpec]:
    stack = list(types)
    while stack:
        spec = stack.pop()
        yield spec
        if spec.items is not None:
            stack.append(spec.items)


def _described(elements: Iterable[Field | Parameter]) -> frozenset[str]:
    return frozenset(_normal(element.description) for element in elements)


def _normal(text: str) -> str:
    return " ".join(text.split())


def _unique(rules: list[StateRule]) -> tuple[StateRule, ...]:
    found: dict[tuple[str, str], StateRule] = {}
    for rule in rules:
        found.setdefault((rule.state, rule.setter), rule)
    return tuple(sorted(found.values(), key=lambda rule: (rule.setter, rule.state)))


def _not_understood(said: _Said, why: str = "its wording is not understood") -> Diagnostic:
    shown = said.text if len(said.text) <= vocab.STATE_RULE_MAX_LENGTH else said.text[:80] + "..."
    return Diagnostic("RST190", f"this sentence reads like a state rule, but {why}: {shown!r}", said.location)


def _unresolved(said: _Said, named: list[str]) -> Diagnostic:
    states = ", ".join(repr(state) for state in named)
    return Diagnostic(
        "RST191",
        f"the state rule {said.text!r} names {states}, which no operation of the document puts an item in",
        said.location,
    )
