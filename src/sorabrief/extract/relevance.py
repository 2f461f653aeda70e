"""How much a block of text is about the case.

Two signals: party mentions (any alias of a party of the case), and the topic
overlap: how many of the block's content words are topic words, the words of
the case title, claim statements and party names and of the article's own
paragraphs that name a party. Claim cues are not used: many are single generic
words ("later", "approve") that an unrelated article matches as easily. A topic word counts in full once it occurs
``TOPICAL_COUNT`` times there, less when rarer, so common words seen once
("year", "process") weigh little. A block that names no party and has a low
overlap is off-topic.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable

import Stemmer

from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.mentions import PartyMatcher, party_matcher
from sorabrief.extract.vocabulary import Vocabulary
from sorabrief.findings import Mention

OFF_TOPIC_OVERLAP = 0.18
"""Blocks naming no party whose topic overlap is below this are off-topic."""
PROMO_OVERLAP = 0.05
"""A promo phrase removes a block only when its topic overlap is below this: it shares
(almost) no word with the topic. Story sentences that happen to say "sign up" or
"advertisement" share some."""
TOPICAL_COUNT = 3
"""Occurrences in the topic texts after which a word counts fully as a topic word."""

_WORD = re.compile(r"[^\W\d_]{3,}")
_STOPWORD_LIST = """
    about above after again against all also although among and another any are around
    as because been before being below between both but can could did does doing down
    during each even every few for from further had has have having her here hers herself
    him himself his how however into its itself just may might more most much must
    nor not now off once only other our ours out over own same she should since some such
    than that the their theirs them themselves then there these they this those though
    through too under until upon very was were what when where which while who whom whose
    why will with within without would yet you your yours said says say says told tell
    one two three four five six seven eight nine ten new like well still many made make
"""
_STOPWORDS = frozenset(_STOPWORD_LIST.split())


@functools.lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def content_words(text: str) -> list[str]:
    """The lower-cased words of ``text`` that carry meaning (no stopwords, three letters or more)."""
    words = _WORD.findall(text.lower()) if text.isascii() else map(str.lower, _WORD.findall(text))
    return [w for w in words if w not in _STOPWORDS]


def stems(words: Iterable[str]) -> list[str]:
    """Snowball stems of ``words`` (PyStemmer keeps the stems of recent words)."""
    return list(_stemmer().stemWords(list(words)))


@functools.lru_cache(maxsize=64)
def content_stems(text: str) -> tuple[str, ...]:
    """The stems of the content words of ``text``, one for each word; kept, as cleaning
    reads a paragraph's for the article's topic and for the paragraph's overlap with it."""
    return tuple(stems(content_words(text)))


def party_mentions(text: str, vocabulary: Vocabulary, proper_only: bool = False) -> int:
    """How many times ``text`` names a party of the case.

    With ``proper_only``, an alias that is a common noun phrase ("the company", "the court")
    is left out: it names a party inside the story, but any other article uses it too, so
    it says nothing about where the story is.
    """
    mentions = _mentions(text, vocabulary)
    return sum(1 for m in mentions if not (proper_only and m.text.islower()))


@functools.lru_cache(maxsize=64)
def _mentions(text: str, vocabulary: Vocabulary) -> tuple[Mention, ...]:
    """The party mentions of a block, found once for the several rules that count them."""
    return tuple(_matcher(vocabulary).mentions(text))


@functools.lru_cache(maxsize=16)
def _matcher(vocabulary: Vocabulary) -> PartyMatcher:
    """The matcher of the vocabulary's parties, found by the vocabulary's cached hash."""
    return party_matcher(vocabulary.parties)


def topic_stems(vocabulary: Vocabulary, anchors: Iterable[str]) -> Counter[str]:
    """How often each stem occurs in the case's topic texts and the article's on-topic paragraphs."""
    return Counter(_topic_stems(vocabulary, tuple(anchors)))


@functools.lru_cache(maxsize=4)
def _topic_stems(vocabulary: Vocabulary, anchors: tuple[str, ...]) -> Counter[str]:
    """The topic of these paragraphs, read once when cleaning asks for it twice."""
    topic = Counter(_case_topic(vocabulary))
    topic.update(itertools.chain.from_iterable(map(content_stems, anchors)))
    return topic


@functools.lru_cache(maxsize=16)
def _case_topic(vocabulary: Vocabulary) -> Counter[str]:
    texts = [*vocabulary.topic, *(name for p in vocabulary.parties for name in p.names)]
    return Counter(stems(w for text in texts for w in content_words(text)))


_CAPITALISED = with_first_char(r"\b[A-Z][a-z’'-]{2,}(?:\s+[A-Z][a-z’'-]{2,})*")
_NOT_NAME_WORDS = """
    The This That These Those There Their They Then When While What Where Which Who How But
    And For With From After Before Under Over About Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December Mr Mrs Ms Dr Road Street Lane Avenue Square Park Hall Centre Center
    Club School Church Court Council Committee House Bridge Station Hospital Way Close Green
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
"""Capitalised words that are no name of their own: sentence openers, days, months, titles,
and the common nouns of place names ("Lutterworth Road", "Bowls Club") that any local story has."""


_LOOK_BACK = 8
"""Characters before a capitalised word to look at for the end of a sentence."""


def name_parts(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Capitalised words that are not the first word of a sentence (names of people and
    places), and the capitalised words that stand alone first in a sentence.

    A sentence's first word is a name when a capitalised word follows it ("Dana Whitlock,
    41, said"), or when it stands alone ("Dana said") and is a name found elsewhere, so
    the second set is kept apart for the caller to test. A paragraph that shares a name
    with the story before it continues the story.
    """
    found: set[str] = set()
    openers: set[str] = set()
    for match in _CAPITALISED.finditer(text):
        before = text[max(0, match.start() - _LOOK_BACK) : match.start()].rstrip(" \t\"“‘'(")
        words = match.group().split()
        if len(words) == 1 and (not before or before.endswith((".", "!", "?", ":"))):
            if words[0] not in _NOT_NAMES:
                openers.add(words[0])
            continue
        found.update(w for w in words if w not in _NOT_NAMES)
    return frozenset(found), frozenset(openers)


def names_in_full(text: str) -> bool:
    """Whether ``text`` names someone by two capitalised words or more ("Cyril Pengelly",
    "Harbour Trust"), as the opening of an article introduces its subject."""
    for match in _CAPITALISED.finditer(text):
        if sum(word not in _NOT_NAMES for word in match.group().split()) >= 2:
            return True
    return False


def topic_overlap(text: str, topic: Counter[str]) -> float:
    """The weighted share of the content words of ``text`` that are topic words (1.0 if it has none)."""
    found = content_stems(text)
    if not found:
        return 1.0
    return sum(min(1.0, topic[stem] / TOPICAL_COUNT) for stem in found) / len(found)
