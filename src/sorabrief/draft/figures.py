"""Figure claims: a quantity that two or more reports give about the same thing.

Every figure of every kept sentence is read with what it measures (``figure_subject``),
and figures are grouped by quantity, unit and what they measure (a count's unit is its
counted noun already; other figures go with those whose last measured word is a word of
theirs, so that outlets' different values of one sum make one claim), amounts more than
twice apart kept apart, then, of those left, by quantity, unit and amount,
across the whole case, not only within a cluster of like sentences: outlets give a figure
in sentences that say little else alike. A group that two or more independent reports
give becomes one figure claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

import attrs

from sorabrief.aggregation.case_index import CaseIndex
from sorabrief.extract.relevance import content_words, stems
from sorabrief.findings import Figure, Sentence
from sorabrief.nouns import singular
from sorabrief.quantities import time_unit

FAR_APART = 2.0
"""Like figures whose amounts lie further apart than this factor measure different things."""
_WINDOW = 5
_STOP = frozenset(
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
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
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
_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "has", "have", "had"])
_IRREGULAR = re.compile(
    r"[a-z]*(?:taken|given|stolen|broken|chosen|driven|fallen|frozen|hidden|shaken|spoken|"
    r"written|beaten|shown|known|grown|thrown|drawn|flown|blown|sworn|torn|worn)|paid|hit|"
    r"left|kept|held|lost|told|sent|cut|shut|stuck|put|made|laid|built|caught|brought|sold|"
    r"owed|found|struck|spent|hurt"
)
"""Participles not ending in "-ed", read after an auxiliary ("were paid", "was taken")."""
_VERBS_FIRST = _AUXILIARIES | frozenset(["will", "would", "could", "can", "may", "might", "should"])
"""Words that open a predicate: a clause opening with one has lost its subject."""
_SAYS = re.compile(r"(?i)said|says|told|added|stated")
"""Verbs of saying: a subject holding one is a speaker's words, not what is measured."""
_WORD = re.compile(r"^[\w’'-]+$")


@attrs.frozen
class FigureSeen:
    """A figure as one sentence gives it, with what it measures."""

    source: str
    figure: Figure
    key: tuple[str, str]
    subject: str
    sentence: str


def figure_unit(figure: Figure) -> tuple[str, str] | None:
    """The quantity and the unit a figure claim compares it in, or None if it has none."""
    if figure.quantity in ("duration", "length"):
        unit = time_unit(figure.unit)
        return (str(figure.quantity), unit + "s") if unit else None
    if figure.quantity == "count":
        return "count", singular(figure.unit)
    if figure.quantity in ("money", "resolution", "percent"):
        return str(figure.quantity), figure.unit
    return None


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


def figures_seen(index: CaseIndex) -> list[FigureSeen]:
    """Every figure of the case's kept sentences, outside quotations, with a unit a claim
    can compare."""
    found = []
    for ref in index.refs:
        findings = index.findings[ref.source]
        sentence = findings.sentences[ref.index]
        quoted = [(q.start, q.end) for q in findings.quotes]
        for figure in findings.figures:
            key = figure_unit(figure)
            if key is None or not sentence.start <= figure.start < sentence.end:
                continue
            if any(start <= figure.start < end for start, end in quoted):
                continue  # a quotation: the briefing lists it, with its speaker
            bound = figure.bound.slice(_body(sentence)) if figure.bound else sentence.text
            subject = figure_subject(bound, figure)
            found.append(FigureSeen(ref.source, figure, key, subject, sentence.text))
    return found


def shared_figures(
    seen: list[FigureSeen], report_of: Mapping[str, str]
) -> list[tuple[FigureSeen, tuple[str, ...]]]:
    """One figure per group of like figures that two or more reports give, with the group's
    reports: the one whose subject shares most stems with the others' (of those whose
    subject names something, when any does). Figures are grouped
    by what they measure; those no other report gives so are then grouped by their amount
    ("£150" in two reports, whatever words surround it)."""
    found = []
    used: set[int] = set()
    for grouped in (_by_what_is_measured, _by_amount):
        left = [n for n in range(len(seen)) if n not in used]
        runs = (run for group in grouped(left, seen) for run in _near_amounts(group, seen))
        for numbers in runs:
            items = [seen[n] for n in numbers]
            reports = tuple(sorted({report_of[i.source] for i in items}))
            if len(reports) < 2:
                continue
            used.update(numbers)
            counts = Counter(s for i in items for s in set(_stems(i)))
            best = max(
                items,
                key=lambda i: (
                    names_something(i),
                    sum(counts[s] for s in set(_stems(i))) - len(_stems(i)),
                ),
            )
            found.append((best, reports))
    return found


def names_something(item: FigureSeen) -> bool:
    """Whether a figure's subject names something: not a predicate whose subject was out of
    reach ("… — was put by the agency at €9m": "was put by the agency"), nor a speaker and
    a verb of saying ("Park said the €9m would …": "Park said"; "Park said the firm had
    spent"), nor a participle alone
    ("costed")."""
    words = item.subject.split()
    if not words or words[0].lower() in _VERBS_FIRST or any(_SAYS.fullmatch(w) for w in words):
        return False
    return not (len(words) == 1 and words[0].lower().endswith("ed"))  # "costed at": alone


def _near_amounts(numbers: list[int], seen: list[FigureSeen]) -> list[list[int]]:
    """A group of like figures split where amounts lie more than ``FAR_APART`` times apart:
    "64,000 workers" and "380,000 workers" count different workers, while "400" and "450"
    passengers are two outlets' counts of the same ones."""
    order = sorted(numbers, key=lambda n: (seen[n].figure.low, seen[n].figure.high, n))
    runs: list[list[int]] = []
    top = 0.0
    for number in order:
        figure = seen[number].figure
        if not runs or figure.low > FAR_APART * top:
            runs.append([])
            top = 0.0
        runs[-1].append(number)
        top = max(top, figure.high)
    return [sorted(run) for run in runs]


def _by_what_is_measured(numbers: list[int], seen: list[FigureSeen]) -> list[list[int]]:
    """Like figures: of one quantity and unit, and one measures what the other does (the
    last word one measures is a word of the other's: "ransom" and "ransom demanded"), so
    that outlets' different values of one thing fall in one group."""
    parent = {n: n for n in numbers}

    def root(n: int) -> int:
        while parent[n] != n:
            n = parent[n]
        return n

    words = {n: (_head(seen[n]), set(_stems(seen[n]))) for n in numbers}
    for i, a in enumerate(numbers):
        for b in numbers[i + 1 :]:
            if seen[a].key == seen[b].key and _measure_alike(words[a], words[b]):
                parent[root(b)] = root(a)
    groups: dict[int, list[int]] = {}
    for n in numbers:
        groups.setdefault(root(n), []).append(n)
    return list(groups.values())


def _measure_alike(a: tuple[str, set[str]], b: tuple[str, set[str]]) -> bool:
    """Whether the last word one figure measures is a word the other measures (each given
    as its head and its stems); figures with no such word are alike only with each other."""
    (head_a, stems_a), (head_b, stems_b) = a, b
    if not head_a or not head_b:
        return head_a == head_b
    return head_a in stems_b or head_b in stems_a


def _by_amount(numbers: list[int], seen: list[FigureSeen]) -> list[list[int]]:
    groups: dict[tuple[object, ...], list[int]] = {}
    for n in numbers:
        item = seen[n]
        groups.setdefault((*item.key, item.figure.low, item.figure.high), []).append(n)
    return list(groups.values())


def _stems(item: FigureSeen) -> list[str]:
    return stems(content_words(item.subject))


def _head(item: FigureSeen) -> str:
    """What a group of figures is about: a count's noun, else the last word it measures."""
    if item.key[0] == "count":
        return ""
    found = _stems(item)
    return found[-1] if found else ""


def _body(sentence: Sentence) -> str:
    """Enough of the body for a figure's bound span: the sentence at its own offsets."""
    return " " * sentence.start + sentence.text
