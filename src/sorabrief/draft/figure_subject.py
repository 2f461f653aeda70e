"""What a figure measures, read in the words it is bound to: the noun phrase it counts or
measures and what the sentence says happened to it (``figure_subject``).
"""

from __future__ import annotations

import re

from sorabrief.findings import Figure

_WINDOW = 5
_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "has", "have", "had"])
PREDICATE_OPENERS = _AUXILIARIES | frozenset(
    ["will", "would", "could", "can", "may", "might", "should"]
)
"""Words that open a predicate: a clause opening with one has lost its subject."""
_STOP = PREDICATE_OPENERS | frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "to",
        "with",
        "after",
        "before",
        "since",
        "during",
        "until",
        "while",
        "who",
        "whose",
        "which",
        "that",
        "being",
        "its",
        "their",
        "his",
        "her",
        "this",
        "these",
        "those",
        "than",
        "per",
        "about",
        "around",
        "some",
        "more",
        "less",
        "most",
        "up",
        "over",
        "under",
        "nearly",
        "almost",
        "roughly",
        "between",
    ]
)
"""Words that end what a figure measures when read after it, or before it."""
_BREAKS = frozenset(
    ["and", "but", "that", "which", "who", "while", "because", "when", "after", "before"]
)
_DETERMINERS = frozenset(
    ["a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those"]
)
_LINKS = frozenset(["of", "for"])
_IRREGULAR = re.compile(
    r"[a-z]*(?:taken|given|stolen|broken|chosen|driven|fallen|frozen|hidden|shaken|spoken|"
    r"written|beaten|shown|known|grown|thrown|drawn|flown|blown|sworn|torn|worn)|paid|hit|"
    r"left|kept|held|lost|told|sent|cut|shut|stuck|put|made|laid|built|caught|brought|sold|"
    r"owed|found|struck|spent|hurt"
)
"""Participles not ending in "-ed", read after an auxiliary ("were paid", "was taken")."""
_WORD = re.compile(r"^[\w’'-]+$")


def figure_subject(bound: str, figure: Figure) -> str:
    """What a figure measures, in the words it is bound to: a count's counted words and a
    participle that follows them ("residents evacuated", "workers were paid" -> "workers
    paid"); the noun before "of" or "for"
    ("a ransom of $5m" -> "ransom"; not "for" before a duration: "shut the road for two
    weeks" is no road's measure), the words after "of" ("18 months of free support"
    -> "free support"), or the noun after the figure ("a $5m fine" -> "fine"); else the
    few words of its clause before it, or after it."""
    text = " ".join(bound.split())
    written = " ".join(figure.text.split())
    at = text.find(written)
    if at < 0:
        return text
    before = text[:at].split()
    after = text[at + len(written) :].split()
    if figure.quantity == "count" and figure.counts:
        counted = figure.counts.split()
        rest = after[len(counted) :] if after[: len(counted)] == counted else after
        of, used = _of_phrase(rest)
        done = _participle(rest[used:]) or _past_verb_before(before)
        return " ".join([*counted, *of, *done])
    after = _without_conversion(after)
    of = after[1:] if after[:1] == ["of"] else []
    of = of[1:] if of[:1] and of[0].lower() in _DETERMINERS else of
    linked = (
        _noun_before_link(before) if figure.quantity != "duration" or before[-1:] != ["for"] else []
    )
    found = (
        linked
        or _plain_run(of, 4, nouns_only=False)
        or _plain_run(after, 2)
        or _time_to(after, figure)
    )
    if found:
        return " ".join(w for i, w in enumerate(found) if i or w.lower() not in _DETERMINERS)
    clause = _clause_before(before)
    return " ".join(
        _object_of(clause, valued=before[-1:] == ["at"])
        or clause
        or _plain_run(after, _WINDOW, nouns_only=False)
    )


def _participle(words: list[str]) -> list[str]:
    """The participle that opens ``words`` ("evacuated"), or follows an auxiliary there
    ("were paid", "had been taken"), past a phrase of place ("in Corran were moved"):
    what was done to what a count counts."""
    words = _past_place(words)
    skipped = 0
    while skipped < 2 and skipped < len(words) and words[skipped].lower() in _AUXILIARIES:
        skipped += 1
    if skipped == len(words):
        return []
    word = words[skipped].rstrip(",.;:")
    if re.fullmatch(r"[a-z]+ed", word) or (skipped and _IRREGULAR.fullmatch(word)):
        return [word]
    return []


def _past_verb_before(before: list[str]) -> list[str]:
    """The past verb whose object a count is ("cancelled 162 flights" -> "cancelled"), not
    an adjective after a determiner ("an estimated 300 people")."""
    if not before:
        return []
    verb = before[-1]
    if not (re.fullmatch(r"[a-z]+ed", verb) or _IRREGULAR.fullmatch(verb)):
        return []
    if len(before) > 1 and before[-2].lower() in _DETERMINERS | _AUXILIARIES:
        return []  # "an estimated", "were affected": no verb acting on the count
    return [verb]


def _of_phrase(words: list[str]) -> tuple[list[str], int]:
    """The "of" phrase that says what a count of measure holds ("tonnes of waste" ->
    ["of", "waste"]), without its determiner, and how many words it took; none when
    nothing plain follows "of"."""
    if words[:1] != ["of"]:
        return [], 0
    skip = 2 if words[1:2] and words[1].lower() in _DETERMINERS else 1
    run = _plain_run(words[skip:], 3)
    return (["of", *run], skip + len(run)) if run else ([], 0)


def _time_to(after: list[str], figure: Figure) -> list[str]:
    """A duration given for an act, in the figure's own unit word, with the act's object
    ("48 hours to clear the shelves" -> "hours to clear shelves": the words a linker finds
    again in other reports)."""
    if figure.quantity != "duration" or after[:1] != ["to"]:
        return []
    verb = _plain_run(after[1:2], 1, nouns_only=False)
    if not verb:
        return []
    rest = after[2:] if verb == after[1:2] else []
    rest = rest[1:] if rest[:1] and rest[0].lower() in _DETERMINERS else rest
    unit = figure.text.split()[-1]
    return [unit if unit.isalpha() else "time", "to", *verb, *_plain_run(rest, 3)]


_TOTALS = frozenset(["number", "total", "tally", "figure", "amount", "sum"])
"""Nouns that only say a figure is an amount of what follows their "of"."""


def _object_of(clause: list[str], *, valued: bool) -> list[str]:
    """The object of a clause's past verb, with the verb after it ("the mayor suspended the
    contract" -> "contract suspended", "estimated the cost at" -> "cost estimated"); the
    object alone when another verb puts a value on it ("put the number of affected
    travellers at" -> "affected travellers"). A determiner after a
    preposition opens no object ("the cost to its members": "cost to its members")."""
    for at in range(len(clause) - 2, 0, -1):
        verb, article = clause[at - 1], clause[at].lower()
        if article not in _DETERMINERS or verb.lower() in _STOP:
            continue
        past = re.fullmatch(r"[a-z]+ed", verb) or _IRREGULAR.fullmatch(verb)
        if not (past or (valued and verb.isalpha() and verb.islower())):
            return []
        noun = clause[at + 1 :]
        if noun[:1] and noun[0].lower() in _TOTALS:
            noun = noun[2:] if noun[1:2] == ["of"] else []  # "puts the figure at": no object
        if not noun or noun[0].lower() in _STOP or not all(_WORD.match(w) for w in noun):
            return []
        return noun if valued and not verb.endswith("ed") else [*noun, verb]
    return []


_PLACE_WORDS = frozenset(["in", "across", "at", "from", "on", "around", "throughout"])


def _past_place(words: list[str]) -> list[str]:
    """The words after a short phrase of place that opens them and ends at an auxiliary
    ("in Corran and Tesk were evacuated" -> "were evacuated"); else the words as given."""
    if not words or words[0].lower() not in _PLACE_WORDS:
        return words
    for i, word in enumerate(words[1:7], start=1):
        if word.lower() in _AUXILIARIES:
            return words[i:]
        if word.endswith((",", ";", ":", ".")):
            break
    return words


def _clause_before(before: list[str]) -> list[str]:
    """The words of the figure's clause before it, at most ten, without a trailing
    preposition or hedge ("the cost of the clean-up was put at" -> "the cost of the
    clean-up was put")."""
    words: list[str] = []
    for word in reversed(before[-2 * _WINDOW :]):
        if word.endswith((",", ";", ":", "—", "–")) or word.lower() in _BREAKS:
            break
        words.insert(0, word.strip('“”"‘’('))
    while words and words[-1].lower() in _STOP:
        words.pop()
    return words


def _without_conversion(words: list[str]) -> list[str]:
    """The words after a figure without a conversion in brackets ("(about £4m)"); none when
    a comma or a full stop closes the brackets."""
    if not words or not words[0].startswith("("):
        return words
    end = next((i for i, w in enumerate(words) if w.rstrip(",.;:").endswith(")")), len(words))
    if end < len(words) and not words[end].endswith(")"):
        return []  # "€4m (about $5m), widens each car": the figure's phrase ended there
    return words[end + 1 :]


def _plain_run(words: list[str], most: int, *, nouns_only: bool = True) -> list[str]:
    """The first words of ``words`` up to a stop word or punctuation, at most ``most``;
    when ``nouns_only``, without the last ones that look like verbs ("-ed", "-ing")."""
    run = []
    for word in words[:most]:
        bare = word.rstrip(",.;:")
        if not _WORD.match(bare) or bare.lower() in _STOP or bare[:1].isupper():
            break
        run.append(bare)
        if bare != word:
            break
    while nouns_only and run and run[-1].endswith(("ed", "ing")):
        run.pop()
    return run


def _noun_before_link(before: list[str]) -> list[str]:
    """ "a ransom of" -> ["ransom"]: the words before "of"/"for" back to a determiner."""
    if len(before) < 2 or before[-1] not in _LINKS:
        return []
    run: list[str] = []
    for word in reversed(before[:-1][-3:]):
        if not _WORD.match(word) or word.lower() in _DETERMINERS or word.lower() in _STOP:
            break
        run.insert(0, word)
    if not run or run[-1].endswith(("ed", "ing")):
        return []
    return run
