"""An operation's one-line summary, in the document's own words.

Swagger UI, Redoc and Postman list operations by their summary, so it has to read as an action
("Allocate an assignment to a list of users"), not as the first 120 characters of the prose.
The section's title is the summary when it names the action ("Allocate Assignments"); otherwise
the first sentence is reduced to its action: the lead-in that names the call ("POST calls to the
``x`` endpoint to", ``vocabulary.SUMMARY_LEAD_INS``) goes, a verb that had that lead-in as its
subject becomes an instruction ("reminds" -> "Remind"), and an action longer than
``vocabulary.SUMMARY_WORDS`` words ends before its first clause ("... users provided in the
request body") or its last phrase ("... courses in a specified catalog"). Never "...": the full
sentence stays in the description.
"""

from __future__ import annotations

import re

from rstapi import naming
from rstapi.rst import vocabulary as vocab

__all__ = ["description_for", "example_label", "first_sentence", "sentence_case", "summary_for"]

_MARKUP = re.compile(r"``([^`]*)``|`([^`<]*?)\s*(?:<[^>]*>)?`_{0,2}|\*\*?([^*]+)\*\*?")
_LIST_ITEM = re.compile(r"^(?:-|\d+\.) ")
_METHODS = re.compile(r"\b(?:get|head|post|put|patch|delete|options)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'`])")


def summary_for(title: str, description: str, method: str = "", shared: bool = False) -> str:
    """The summary of an operation documented by a section titled ``title`` with ``description``.

    In a section documenting several methods (``shared``), the first sentence whose lead-in names
    ``method`` ("GET calls ... return the gadgets. POST calls ... create a gadget.") says that
    method's action, and the title is its summary only when it names that sentence's verb.
    """
    sentence, own = _sentence_for(description, method)
    action, verb = _action(sentence)
    named = _title_action(title, verb, shared)
    found = named or action
    if shared and method and not own and found:
        return _method_action(found, method)  # the sentence is every method's ("list and add ...")
    return found or sentence_case(_plain(title))


def description_for(description: str, method: str, methods: tuple[str, ...]) -> str:
    """The description of ``method`` in a section for several ``methods``: of the first paragraph,
    the sentences that name it ("GET lists the comments. POST adds one.": the GET's first), those
    after them that name no method (they go on about it), and those before the first that names a
    method (they are every method's); the other paragraphs and lists whole. A paragraph none of
    whose sentences names a method of the section, or none this one, is every method's."""
    first, *rest = description.split("\n\n")
    if len(methods) < 2 or _LIST_ITEM.match(first) or not vocab.METHOD_WORD.search(first):
        return description  # the cheap guard: most paragraphs name no method
    sentences = _SENTENCE_END.split(" ".join(first.split()))
    kept, current, own = [], set(methods), False
    for sentence in sentences:
        named = set(vocab.METHOD_WORD.findall(_plain(sentence))) & set(methods)
        current = named or current
        own = own or method in named
        if method in current:
            kept.append(sentence)
    if not own:
        return description
    return "\n\n".join([" ".join(kept), *rest])


def example_label(title: str) -> tuple[str, str]:
    """(name, summary) of the examples under a section titled ``title``: "Example 404 Response"
    -> ("example_404_response", "Example 404 response"); "Example Response Showing Information
    about a Course Run" -> ("course_run", "Course run")."""
    kind, thing = vocab.section_kind(title)
    written = " ".join(_plain(title).split())
    if kind is vocab.SectionKind.THING_EXAMPLE and written.lower().endswith(thing):
        written = written[len(written) - len(thing) :]  # as written: "JWT Token", not "jwt token"
    shown = written
    return naming.snake(shown) or "example", sentence_case(shown) or "Example"


def _sentence_for(description: str, method: str) -> tuple[str, bool]:
    """The first sentence whose lead-in names ``method`` (and whether it names that method alone),
    else the first sentence."""
    if method:
        for block in description.split("\n\n"):
            for sentence in _SENTENCE_END.split(_plain(" ".join(block.split()))):
                lead_in = next((m for p in vocab.SUMMARY_LEAD_INS if (m := p.match(sentence))), None)
                named = {word.upper() for word in _METHODS.findall(lead_in.group(0))} if lead_in else set()
                if method.upper() in named:  # its own, unless the lead-in names others too
                    return sentence.rstrip(" .:;!"), named == {method.upper()}
    return first_sentence(description), False


def _method_action(action: str, method: str) -> str:
    """A summary several methods would share, said for ``method``: of the verbs it starts with
    ("List and add comments"), the one of ``method``'s action (``vocabulary.METHOD_ACTION_VERBS``:
    the POST's "Add comments"); when none is, the method's own verb before their object ("Manage
    comments" -> "Create comments"); with no verb to replace, the method in parentheses."""
    words = action.split()
    verbs = _leading_verbs(words)
    fitting = vocab.METHOD_ACTION_VERBS.get(method, frozenset())
    rest = " ".join(words[verbs[-1][0] + 1 :]) if verbs else ""
    chosen = next((verb for _, verb in verbs if verb.lower() in fitting), None)
    if chosen is not None and rest:
        return _capitalised(f"{chosen.lower()} {rest}")
    default = vocab.METHOD_SUMMARY_VERBS.get(method)
    if verbs and rest and default is not None:
        return f"{default} {rest}"
    return f"{action} ({method})"


def _leading_verbs(words: list[str]) -> list[tuple[int, str]]:
    """(index, verb) of the verbs an action starts with, joined by commas, "and" or "or" ("list,
    add or remove"); the first word is one whatever it is (a summary starts with its verb)."""
    found: list[tuple[int, str]] = []
    joined = True
    for index, word in enumerate(words):
        bare = word.rstrip(",")
        if index > 0 and bare.lower() in vocab.VERB_JOINERS:
            joined = True
            continue
        if not joined or (index > 0 and bare.lower() not in vocab.ACTION_VERBS):
            break
        found.append((index, bare))
        joined = word.endswith(",")
    return found


def first_sentence(description: str) -> str:
    """The first sentence of the first paragraph (not a list), as plain text without its final stop."""
    blocks = [b for b in description.split("\n\n") if not _LIST_ITEM.match(b)]
    paragraph = " ".join((blocks or [""])[0].split())
    return _SENTENCE_END.split(_plain(paragraph), maxsplit=1)[0].rstrip(" .:;!")


def _plain(text: str) -> str:
    """Text without inline markup: ``literal``, `title <target>`_, *emphasis*."""
    return _MARKUP.sub(lambda m: next(g for g in m.groups() if g is not None), text)


def _action(sentence: str) -> tuple[str, str]:
    """(the sentence reduced to its action, the action's verb in the instruction form)."""
    rest, imperative = sentence, False
    for lead_in in vocab.SUMMARY_LEAD_INS:
        match = lead_in.match(sentence)
        if match:
            rest, imperative = sentence[match.end() :], True
            break
    words = rest.split()
    if not words:
        return "", ""
    if imperative:
        words[0] = _instruction(words[0])
    words = _shortened(words)
    return _capitalised(" ".join(words)), words[0].lower()


def _instruction(verb: str) -> str:
    """ "reminds" -> "remind", "applies" -> "apply"; "return" stays."""
    if vocab.NOT_THIRD_PERSON.search(verb):
        return verb
    for ending, replacement in vocab.THIRD_PERSON_ENDINGS:
        if verb.lower().endswith(ending) and len(verb) > len(ending) + 1:
            return verb[: len(verb) - len(ending)] + replacement
    return verb


def _shortened(words: list[str]) -> list[str]:
    """At most SUMMARY_WORDS words, ending before a clause, else before a phrase, else at the limit."""
    limit = vocab.SUMMARY_WORDS
    if len(words) <= limit:
        return words
    for index, word in enumerate(words[: limit + 1]):
        after = words[index - 1].lower()
        clause = word.lower() in vocab.SUMMARY_CLAUSE_BREAKS and after not in vocab.SUMMARY_FUNCTION_WORDS
        if index >= 2 and (clause or after[-1] in ",;:("):
            return _trimmed(words[:index])
    phrases = [
        i
        for i, word in enumerate(words[: limit + 1])
        if i >= 2 and word.lower() in vocab.SUMMARY_PHRASE_BREAKS
    ]
    return _trimmed(words[: phrases[-1]] if phrases else _before_open_phrase(words[:limit]))


def _before_open_phrase(words: list[str]) -> list[str]:
    """A cut at the limit falls inside the phrase the last function word opens ("... of an
    account's pending" of "... of an account's pending codes"): the words before it."""
    opens = [i for i, word in enumerate(words) if i >= 2 and word.lower() in vocab.SUMMARY_FUNCTION_WORDS]
    return words[: opens[-1]] if opens else words


def _trimmed(words: list[str]) -> list[str]:
    """Without the punctuation, function words ("in a", "of the") and possessives ("an
    account's") a cut leaves at the end."""
    kept = [*words[:-1], words[-1].rstrip(",;:(")]
    while len(kept) > 2 and _dangles(kept[-1]):
        kept.pop()
    return kept


def _dangles(word: str) -> bool:
    """A word that needs the words after it: a function word or a possessive."""
    lowered = word.lower()
    return lowered in vocab.SUMMARY_FUNCTION_WORDS or lowered.endswith(vocab.POSSESSIVE_ENDINGS)


def _title_action(title: str, verb: str, shared: bool = False) -> str:
    """The title, sentence-cased, when it names the action: its first word is a verb the
    vocabulary knows (unless several methods share the title) or the sentence's own, and it does
    not name a resource ("Gadgets Endpoint")."""
    words = _plain(title).split()
    if len(words) < 2 or words[-1].lower() in vocab.RESOURCE_TITLE_WORDS or "/" in title:
        return ""
    first = words[0].lower()
    known = first in vocab.ACTION_VERBS and not shared
    return sentence_case(" ".join(words)) if known or first == verb else ""


def sentence_case(text: str) -> str:
    """ "Allocate Assignments" -> "Allocate assignments"; acronyms and names (JWT, edX) kept."""
    words = text.split()
    kept = [w.lower() if w[:1].isupper() and w[1:].islower() else w for w in words[1:]]
    return _capitalised(" ".join(words[:1] + kept))


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
