"""Lexical meaning: TF-IDF vectors over word stems, weighted by the case's own sentences.

A word that most sentences of the case use ("said", the company's name) says little about
which claim a sentence supports; a word few sentences use ("generator", "dividends") says
much. Each sentence is a document; a stem's weight is ``(1 + log tf) * idf``, and vectors
are normalised so that a dot product is a cosine.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from sorabrief.aggregation.polarity import ONGOING_WORDS, STOPPED_WORDS, Aspect, Polarity, polarity
from sorabrief.extract.relevance import content_words, stems

Vector = Mapping[str, float]


_AGE = re.compile(r"(?i)\b[\w.]+-(?:year|month|week|day)s?-old\b")
"""A person's age ("a 31-year-old rider"): it reads as the one word "aged", never as the
stems of "year" or "month" (a 40-year-old clerk says nothing about a financial year)."""


ONGOING = "~ongoing"
"""The term a text marked as saying a state persists carries (``polarity.py``: "still",
"remains", "continues", "ongoing", "in force"). Outlets say that a state goes on in
different words, some of them stopwords ("still"), so the mark itself is one term that a
status stated as ongoing shares with every sentence saying so."""


STOPPED = "~stopped"
"""The term a text naming a stopped state carries (``polarity.STOPPED_WORDS``, and "on
hold", "sealed", "idle", "paused"): outlets name one stop in many words ("suspended",
"on hold", "shut", "halted"), so the mark is one term a status naming a stop shares with
every sentence naming one. Not a text saying a change: "reopened after being shut" names
the stop ended."""
_STOPPED_TOO = re.compile(r"(?i)\b(?:on hold|sealed|idle|paused)\b")


CONDITIONAL = "~conditional"
"""The term a text carries when it says what would happen on a condition, the outcome
first: a threat, a warning or a promise ("will strike again if …", "would close the
clinic unless …"). Its words are mostly stopwords, yet it is the point of such a claim."""
_CONDITIONAL = re.compile(
    r"\b(?:will|would|could|may|might|shall|won[’']t|wouldn[’']t)\b[^.;]*\b(?:if|unless)\b"
)
"""Modals matched in lower case, so the month May is not one."""


_AGENT = re.compile(r"[a-z]{3,}ators?")


def _agent(word: str) -> str | None:
    """An agent noun in -ator, its own term: "the regulator" is a party, not "the
    regulated price"."""
    return word.removesuffix("s") if _AGENT.fullmatch(word) else None


def sentence_stems(text: str) -> tuple[str, ...]:
    """The stems of the words of ``text`` that carry meaning; an age is one word. A text
    saying a state persists carries the term ``ONGOING``, one naming a stopped state the
    term ``STOPPED``, one saying what would happen on a condition the term
    ``CONDITIONAL``."""
    return stems_and_polarity(text)[0]


@functools.lru_cache(maxsize=1 << 16)
def stems_and_polarity(text: str) -> tuple[tuple[str, ...], Polarity]:
    """``sentence_stems`` and ``polarity`` of a text, its polarity found once for both.
    Remembered: linking asks again for a claim's words at every article, and for the
    clauses of sentences that many articles print."""
    said = polarity(text)
    words = content_words(_AGE.sub(" aged ", text))
    found = tuple(_agent(w) or s for w, s in zip(words, stems(words), strict=True))
    if said.aspect == Aspect.ONGOING:
        found = (*found, ONGOING)
    if said.aspect != Aspect.CHANGED and (STOPPED_WORDS.search(text) or _STOPPED_TOO.search(text)):
        found = (*found, STOPPED)
    return ((*found, CONDITIONAL) if _CONDITIONAL.search(text) else found), said


def state_words(text: str) -> frozenset[str]:
    """The stems of a text but the words saying that a state goes on ("remains",
    "still"): what the state is about and what it is."""
    return frozenset(sentence_stems(ONGOING_WORDS.sub(" ", text))) - {ONGOING}


class TermWeights:
    """Inverse document frequencies of the stems of a set of documents."""

    def __init__(self, documents: Iterable[tuple[Sequence[str], int]]) -> None:
        """``documents``: each distinct document's stems, with how many times the set holds
        it."""
        frequency: Counter[str] = Counter()
        count = 0
        for document, copies in documents:
            for stem in set(document):
                frequency[stem] += copies
            count += copies
        self._idf = {t: math.log((count + 1) / (n + 1)) + 1.0 for t, n in frequency.items()}
        self._unseen = math.log(count + 1) + 1.0

    def idf(self, term: str) -> float:
        """How rare a stem is in the documents (higher: rarer)."""
        return self._idf.get(term, self._unseen)

    def vector(self, document: Sequence[str]) -> dict[str, float]:
        """The normalised TF-IDF vector of a document's stems (empty when it has none)."""
        weights = {
            t: (1.0 + math.log(n)) * self._idf.get(t, self._unseen)
            for t, n in Counter(document).items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {t: w / norm for t, w in weights.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """The cosine of two normalised vectors."""
    if len(b) < len(a):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
