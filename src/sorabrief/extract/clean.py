"""Cleaning: find boilerplate and off-topic text, and record why each span goes.

The body is read as blocks (non-blank lines, with a line that breaks off
mid-sentence joined to the next). Rules then look at

- line shape (``furniture.py``): image placeholders and captions, a leading
  date stamp or a dateline, the outlet's name, a byline, a cookie banner, share
  buttons, an advertising label or a "Read more:" line alone on a line,
  navigation bullets, a headline list after a "Discover More" / "Related
  stories" heading, a line repeated verbatim;
- promo phrases (deals, newsletter sign-ups, affiliate disclaimers), but only in
  a block that is also off-topic: it names no party and its topic overlap is
  low, so "residents were urged to sign up for alerts" in the story stays;
- relevance (``relevance.py``): a run of paragraphs at the end that names no
  party and shares little of the topic is a second article.

The body itself is never changed; cleaning only reports spans to leave out.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable

import attrs

from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.furniture import (
    CAPTION,
    CAPTION_SIGN,
    IMAGE_PLACEHOLDER,
    PHOTO_CREDIT,
    SIGNATURE,
    STOCK_LABEL,
    furniture,
    is_call_to_action,
    is_caption_credit,
)
from sorabrief.extract.page_zones import (
    footer_start,
    header_lines,
    is_nav_bar,
    masthead_lines,
)
from sorabrief.extract.relevance import (
    OFF_TOPIC_OVERLAP,
    PROMO_OVERLAP,
    content_words,
    name_parts,
    names_in_full,
    party_mentions,
    topic_overlap,
    topic_stems,
)
from sorabrief.extract.vocabulary import Vocabulary
from sorabrief.findings import Removed

_MIN_SENTENCE_WORDS = 8
"""A block this long that ends like a sentence and names a party is never caption or promo."""
_MIN_PROSE_WORDS = 20
"""With no parties known (``draft``'s first reading), a paragraph of this many words that
ends a sentence is taken as the story, so that a share row above it is no footer."""

MIN_TAIL_WORDS = 40
"""An off-topic tail must have this many content words: a second article, not the story's
closing remark."""

_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]is|[Hh]er|[Hh]im)\b")
"""A person's pronoun: a paragraph that names nobody but speaks of "she" continues the
paragraph before it."""
_TERMINAL = ".!?:;\"'”’)…"
_BULLET = re.compile(r"^\s*(?:[•·▪◦►›»*\-–—]|\d{1,2}[.)])\s+")
_DATE_STAMP = re.compile(
    r"\s*(?:(?:date|published|updated|posted)(?:\s+on)?:?\s+)?\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\s*(?:date|published|updated|posted)(?:\s+on)?:?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(
    r"(?:discover|read|see|explore)\s+more|more\s+(?:stories|news|from\b.*|on\s+this.*|to\s+read|like\s+this)"
    r"|related(?:\s+(?:stories|articles|posts|reading|coverage|content|news|links))?"
    r"|recommended(?:\s+(?:for\s+you|stories|reading))?|you\s+(?:may|might)\s+also\s+like"
    r"|also\s+read|trending(?:\s+now)?|most\s+(?:read|popular|viewed)|popular\s+(?:now|stories)"
    r"|latest\s+(?:news|stories)|top\s+stories|further\s+reading|editor['’]?s\s+picks"
    r"|don['’]?t\s+miss|see\s+also|in\s+other\s+news",
    re.IGNORECASE,
)
PROMOS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "newsletter sign-up",
        with_first_char(
            r"\bsign\s+up\b|\bsubscribe\b|\bnewsletters?\b.*\b(?:inbox|sign|subscribe|get|join|delivered)\b"
            r"|\bdelivered\s+to\s+your\s+inbox\b|\bour\s+(?:free\s+)?(?:daily|weekly|morning|evening)\s+"
            r"(?:briefing|newsletter|bulletin|email)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "promotion",
        with_first_char(
            r"this\s+just\s+in!|\b(?:top|best|view|shop|today['’]?s)\b.*\bdeals?\b|\bshop\s+now\b"
            r"|\bclick\s+here\b|\badvertisement\b|\bsponsored\s+content\b|\bfollow\s+us\s+on\b"
            r"|\bshare\s+this\s+(?:article|story)\b|\bdownload\s+(?:our|the)\s+app\b",
            re.IGNORECASE,
        ),
    ),
)
"""Promo phrases: they remove a block only when it is off-topic too."""
OUTLET_VOICE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "affiliate disclaimer",
        with_first_char(
            r"editorially\s+independent|\bmay\s+(?:make\s+money|earn\s+(?:a\s+)?(?:commission|money))"
            r"|affiliate\s+(?:links?|commission)|links\s+to\s+our\s+partners|buy\s+through\s+links",
            re.IGNORECASE,
        ),
    ),
    (
        "newsletter sign-up",
        with_first_char(
            r"\b(?:sign\s+up|subscribe|join|get)\b.*\b(?:our|the)\s+(?:[\w-]+\s+){0,3}"
            r"(?:newsletters?|briefings?|briefs?|bulletins?)\b|\b(?:in|to|into)\s+your\s+inbox\b"
            r"|\bdelivered\s+every\s+(?:day|week|morning|evening|monday|tuesday|wednesday|thursday"
            r"|friday|saturday|sunday|weekday)\b|\bnewsletters?\s+may\s+contain\b",
            re.IGNORECASE,
        ),
    ),
)
OUTLET_VOICE += (
    (
        "legal notice",
        with_first_char(
            r"\bby\s+signing\s+up\b|\bterms\s+of\s+(?:use|service)\b|\bour\s+privacy\s+(?:policy|notice)\b"
            r"|\bour\s+standards\b|^\W*(?:nothing\s+(?:on|in)\s+[^.!?]{1,60}?|this\s+(?:post|article|site"
            r"|page|blog|newsletter))\s+(?:is|constitutes)\s+(?:not\s+)?(?:financial|investment|legal"
            r"|tax|medical)\s+advice\b",
            re.IGNORECASE,
        ),
    ),
    (
        "paywall",
        with_first_char(
            r"\bfree\s+articles?\s+(?:left|remaining)\b|\bunlimited\s+(?:digital\s+)?access\b",
            re.IGNORECASE,
        ),
    ),
)
"""The outlet speaking of itself (its partners, its newsletter): furniture on any topic, in a
block without quotation marks."""
_IMPERATIVE_START = re.compile(
    r"\W*(?:donate|subscribe|sign\s+up|download|join\s+us|support\s+us)\b", re.I
)
_PROMO_WORDS = re.compile(
    r"\b(?:app|newsletters?|daily|subscribe|subscription|sign\s+up|download|follow|updates|alerts"
    r"|catch\s+all|get\s+the|members?(?:hip)?|podcast)\b",
    re.IGNORECASE,
)
_MAX_SELF_PROMO_WORDS = 25
_SIGN_UP = re.compile(r"\bsign\s+up\b|\bsubscribe\b|\bnewsletter\b", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[“”«»\"‘]")
_MAX_PROMO_WORDS = 40
_MAX_CREDIT_WORDS = 8
"""A credit line this short stands for a photo whose caption is the line above."""
_MAX_SIGNATURE_WORDS = 8
_MAX_NAV_ITEM_WORDS = 12
_MAX_HEADLINE_WORDS = 20


@attrs.frozen
class _Block:
    start: int
    end: int
    text: str
    after_blank: bool = True
    """Whether a blank line (or the start of the body) comes right before it."""

    @functools.cached_property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def is_bullet(self) -> bool:
        return _BULLET.match(self.text) is not None

    @property
    def ends_sentence(self) -> bool:
        return self.text.rstrip().endswith(tuple(_TERMINAL))


def clean(
    body: str, vocabulary: Vocabulary, publisher: str | None = None, title: str | None = None
) -> tuple[Removed, ...]:
    """The spans of ``body`` to leave out, each with its reason, in order."""
    blocks, removed = _strip_date_stamps(_blocks(body))
    topic = topic_stems(
        vocabulary, (b.text for b in blocks if party_mentions(b.text, vocabulary, True) > 0)
    )
    verdicts = [_line_verdict(b, vocabulary, publisher, topic) for b in blocks]
    for rule in _SEQUENCE_RULES:
        rule(blocks, verdicts)
    _mark_off_topic_tail(blocks, verdicts, vocabulary)
    _mark_page_zones(blocks, verdicts, vocabulary, publisher, title)
    removed += [Removed(b.start, b.end, v) for b, v in zip(blocks, verdicts, strict=True) if v]
    return _merged(body, sorted(removed, key=lambda r: r.start))


def _blocks(body: str) -> list[_Block]:
    """Non-blank lines; a line broken off mid-sentence is joined with a lower-case next line."""
    blocks: list[_Block] = []
    offset, follows_block = 0, False
    for line in body.splitlines(keepends=True):
        text = (line.splitlines() or [""])[0]
        start, offset = offset, offset + len(line)
        if not text.strip():
            follows_block = False
            continue
        previous = blocks[-1] if blocks and follows_block else None
        if (
            previous is not None
            and not previous.ends_sentence
            and not previous.is_bullet
            and text.lstrip()[:1].islower()
            and furniture(text.strip()) is None
        ):
            end = start + len(text)
            blocks[-1] = _Block(
                previous.start, end, body[previous.start : end], previous.after_blank
            )
        else:
            blocks.append(_Block(start, start + len(text), text, not follows_block))
        follows_block = True
    return blocks


def _strip_date_stamps(blocks: list[_Block]) -> tuple[list[_Block], list[Removed]]:
    """Cut a date stamp from the start of any block; the rest of the block is judged on its own."""
    kept, removed = [], []
    for block in blocks:
        stamp = _DATE_STAMP.match(block.text)
        rest = block.text[stamp.end() :] if stamp else ""
        if stamp is None or (rest and not rest[0].isspace()):
            kept.append(block)
            continue
        cut = len(block.text) - len(rest.lstrip()) if rest.strip() else len(block.text)
        removed.append(Removed(block.start, block.start + cut, "date stamp"))
        if cut < len(block.text):
            kept.append(_Block(block.start + cut, block.end, block.text[cut:], block.after_blank))
    return kept, removed


def _line_verdict(
    block: _Block, vocabulary: Vocabulary, publisher: str | None, topic: Counter[str]
) -> str | None:
    """Why a single block is boilerplate on its own, or None."""
    text = block.text.strip()
    if IMAGE_PLACEHOLDER.fullmatch(text):
        return "image placeholder"
    if block.words <= _MAX_PROMO_WORDS and (
        (CAPTION_SIGN.search(text) and CAPTION.search(text)) or is_caption_credit(text)
    ):
        return "image caption"
    if _IMPERATIVE_START.match(text) and is_call_to_action(text):
        return "newsletter sign-up" if _SIGN_UP.search(text) else "promotion"
    if _names_a_party_in_a_sentence(block, vocabulary):
        return None
    if block.words <= _MAX_PROMO_WORDS and PHOTO_CREDIT.search(text):
        return "image caption"
    if publisher and _normalised(text).removeprefix("the ") == _outlet_key(publisher):
        return "outlet name"
    if not _QUOTE_MARKS.search(text):
        for reason, pattern in OUTLET_VOICE:
            if pattern.search(text):
                return reason
        if publisher and _self_promotion(text, publisher):
            return "promotion"
    if SIGNATURE.fullmatch(text):
        return "sign-off"
    shape = furniture(_BULLET.sub("", text))
    if shape is not None:
        return shape
    if party_mentions(text, vocabulary) or topic_overlap(text, topic) >= PROMO_OVERLAP:
        return None
    for reason, pattern in PROMOS:
        if pattern.search(text):
            return reason
    return None


def _self_promotion(text: str, publisher: str) -> bool:
    """A short block in which the outlet names itself to sell its app, newsletter or updates."""
    name = publisher.removeprefix("The ").strip()
    return (
        len(text.split()) <= _MAX_SELF_PROMO_WORDS
        and name.casefold() in text.casefold()
        and _PROMO_WORDS.search(text) is not None
    )


def _names_a_party_in_a_sentence(
    block: _Block, vocabulary: Vocabulary, proper_only: bool = False
) -> bool:
    """A full sentence naming a party is on topic, whatever caption or promo words it has."""
    return (
        block.ends_sentence
        and block.words >= _MIN_SENTENCE_WORDS
        and party_mentions(block.text, vocabulary, proper_only) > 0
    )


def _mark_page_zones(
    blocks: list[_Block],
    verdicts: list[str | None],
    vocabulary: Vocabulary,
    publisher: str | None,
    title: str | None,
) -> None:
    """Navigation bars anywhere, the page header before the story and the footer after it."""
    texts = [b.text for b in blocks]
    story = [
        _names_a_party_in_a_sentence(b, vocabulary, proper_only=True)
        or (not vocabulary.parties and b.ends_sentence and b.words >= _MIN_PROSE_WORDS)
        for b in blocks
    ]
    marks = {i: "navigation" for i, text in enumerate(texts) if is_nav_bar(text)}
    listed = [
        b.is_bullet and party_mentions(b.text, vocabulary, proper_only=True) > 0 for b in blocks
    ]
    marks.update((i, "page header") for i in header_lines(texts, story, title, listed))
    marks.update((i, "outlet name") for i in masthead_lines(texts, story, publisher, title))
    starts = [
        i for i in (footer_start(texts, story), _end_of_story(verdicts, story)) if i is not None
    ]
    footer = min(starts, default=None)
    if footer is not None:
        marks.update((i, "page footer") for i in range(footer, len(blocks)))
    for i, reason in marks.items():
        verdicts[i] = verdicts[i] or reason


_END_OF_STORY = frozenset(
    {"share buttons", "contact line", "related links", "author note", "sign-off"}
)
"""Furniture that closes an article: after it, a page holds only more furniture or other stories."""


def _end_of_story(verdicts: list[str | None], story: list[bool]) -> int | None:
    """The first closing furniture (share row, "Read more:", tip-off line, author note) after
    the story's last paragraph that names a party: the page footer starts there."""
    last_story = max((i for i, s in enumerate(story) if s), default=None)
    if last_story is None:
        return None
    return next(
        (i for i in range(last_story + 1, len(verdicts)) if verdicts[i] in _END_OF_STORY), None
    )


def _mark_navigation(blocks: list[_Block], verdicts: list[str | None]) -> None:
    """Runs of short bullet items: a menu or breadcrumb before the article, or one-to-three-word links."""
    first_prose = next(
        (
            i
            for i, b in enumerate(blocks)
            if verdicts[i] is None and b.words >= 12 and b.ends_sentence
        ),
        len(blocks),
    )
    for run in _runs(blocks, verdicts, lambda b: b.is_bullet):
        items = [blocks[i] for i in run]
        short = all(b.words <= _MAX_NAV_ITEM_WORDS and not b.ends_sentence for b in items)
        tiny = sum(b.words - 1 for b in items) / len(items) <= 3
        if len(run) >= 2 and short and (run[-1] < first_prose or tiny):
            for i in run:
                verdicts[i] = "navigation"


def _mark_related_links(blocks: list[_Block], verdicts: list[str | None]) -> None:
    """A "Discover More" style heading and the headline-shaped lines after it, all of one shape."""
    for i, block in enumerate(blocks):
        heading = _BULLET.sub("", block.text).strip().rstrip(":.").strip()
        if verdicts[i] or block.words > 6 or not _RELATED_HEADING.fullmatch(heading):
            continue
        following = i + 1
        shape = blocks[following].is_bullet if following < len(blocks) else False
        while (
            following < len(blocks)
            and blocks[following].is_bullet == shape
            and _is_headline(blocks[following])
        ):
            following += 1
        if following > i + 1:
            for j in range(i, following):
                verdicts[j] = "related links"


def _is_headline(block: _Block) -> bool:
    return block.words <= _MAX_HEADLINE_WORDS and not block.text.rstrip().endswith(
        (".", ",", ";", ":")
    )


def _mark_duplicates(blocks: list[_Block], verdicts: list[str | None]) -> None:
    """A line of three words or more that repeats an earlier kept line."""
    seen: set[str] = set()
    last = max((i for i, v in enumerate(verdicts) if not v), default=-1)
    for i, block in enumerate(blocks):
        if verdicts[i] or (i == last and (not seen or block.words < 3)):
            continue  # the last kept line repeats nothing, and no line after it can repeat it
        key = _normalised(block.text)
        if key in seen and block.words >= 3:
            verdicts[i] = "duplicate line"
        seen.add(key)


def _mark_caption_before_credit(blocks: list[_Block], verdicts: list[str | None]) -> None:
    """The short line right above a photo credit line, with no blank line between them, is
    that photo's caption."""
    for i in range(1, len(blocks)):
        if (
            verdicts[i] == "image caption"
            and not blocks[i].after_blank
            and is_caption_credit(blocks[i].text)
            and verdicts[i - 1] is None
            and blocks[i - 1].words <= _MAX_PROMO_WORDS
            and len(blocks[i].text.split()) <= _MAX_CREDIT_WORDS
        ):
            verdicts[i - 1] = "image caption"


def _mark_signature(blocks: list[_Block], verdicts: list[str | None]) -> None:
    """The short line after a letter's closing ("With thanks,") is its signature."""
    for i in range(len(blocks) - 1):
        following = blocks[i + 1]
        if (
            verdicts[i] == "sign-off"
            and verdicts[i + 1] is None
            and following.words <= _MAX_SIGNATURE_WORDS
            and not following.ends_sentence
        ):
            verdicts[i + 1] = "sign-off"


_PERSON_NAME = re.compile(r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|da|le)){1,3}")
"""A person's name alone on a line: two to four capitalised words."""


def _mark_name_above_dateline(blocks: list[_Block], verdicts: list[str | None]) -> None:
    """A name alone on the line right above a date stamp, with no blank line between, is
    the byline ("Sam Lee" over "March 5, 2024 - 6:40AM")."""
    for i in range(len(blocks) - 1):
        if (
            verdicts[i] is None
            and verdicts[i + 1] == "date stamp"
            and not blocks[i + 1].after_blank
            and _PERSON_NAME.fullmatch(blocks[i].text.strip())
        ):
            verdicts[i] = "byline"


_LISTING = re.compile(r"[^.!?]+?(?:\s[·|•]\s[^.!?]+?){2,}")
"""Three fragments or more joined by middle dots or bars, no sentence: an event listing."""


def _mark_advert_under_label(blocks: list[_Block], verdicts: list[str | None]) -> None:
    """A listing right under an "Advertisement" label, with no blank line between, is the
    advert itself ("Trade Fair 2030 · City Hall · 3–4 May · Book now")."""
    for i in range(1, len(blocks)):
        if (
            verdicts[i] is None
            and not blocks[i].after_blank
            and STOCK_LABEL.fullmatch(blocks[i - 1].text.strip())
            and _LISTING.fullmatch(blocks[i].text.strip())
        ):
            verdicts[i] = "promotion"


_AD_LABEL = re.compile(
    r"\W*(?i:advertisement|sponsored(?:\s+content)?|paid\s+content|promoted|ad)\W*"
)
_ADDRESSES_READER = re.compile(r"\?|\b(?i:you|your)\b")
_MAX_AD_COPY_WORDS = 30


def _mark_ad_copy_under_label(blocks: list[_Block], verdicts: list[str | None]) -> None:
    """A short line right under a "Sponsored" or "Advertisement" label, with no blank line
    between and one after, that asks or addresses the reader is the advert's copy ("Need a
    van? Hire one by the hour.")."""
    for i in range(1, len(blocks)):
        block = blocks[i]
        if (
            verdicts[i] is None
            and not block.after_blank
            and (i + 1 == len(blocks) or blocks[i + 1].after_blank)
            and _AD_LABEL.fullmatch(blocks[i - 1].text.strip())
            and block.words <= _MAX_AD_COPY_WORDS
            and _ADDRESSES_READER.search(block.text)
        ):
            verdicts[i] = "promotion"


_MAX_HEADING_WORDS = 6


def _mark_sign_up_heading(blocks: list[_Block], verdicts: list[str | None]) -> None:
    """A short title right above a newsletter sign-up, with no blank line between, is the
    sign-up box's heading ("Newsletter: The Morning Ledger")."""
    for i in range(len(blocks) - 1):
        if (
            verdicts[i] is None
            and verdicts[i + 1] == "newsletter sign-up"
            and not blocks[i + 1].after_blank
            and blocks[i].words <= _MAX_HEADING_WORDS
            and not blocks[i].ends_sentence
        ):
            verdicts[i] = "newsletter sign-up"


_PROMO_BOX = frozenset({"promotion", "newsletter sign-up"})
_MAX_PROMO_BOX_LINE_WORDS = 20


def _mark_inside_promo_box(blocks: list[_Block], verdicts: list[str | None]) -> None:
    """A short line between two promotion lines, with no blank line on either side, is part
    of the same box (a sign-up box's blurb between its title and its form)."""
    for i in range(1, len(blocks) - 1):
        if (
            verdicts[i] is None
            and verdicts[i - 1] in _PROMO_BOX
            and verdicts[i + 1] in _PROMO_BOX
            and not blocks[i].after_blank
            and not blocks[i + 1].after_blank
            and blocks[i].words <= _MAX_PROMO_BOX_LINE_WORDS
        ):
            verdicts[i] = verdicts[i + 1]


_SEQUENCE_RULES: tuple[Callable[[list[_Block], list[str | None]], None], ...] = (
    _mark_navigation,
    _mark_related_links,
    _mark_duplicates,
    _mark_caption_before_credit,
    _mark_signature,
    _mark_advert_under_label,
    _mark_ad_copy_under_label,
    _mark_sign_up_heading,
    _mark_inside_promo_box,
    _mark_name_above_dateline,
)


def _mark_off_topic_tail(
    blocks: list[_Block], verdicts: list[str | None], vocabulary: Vocabulary
) -> None:
    """Trailing paragraphs that are not about the case: another article pasted after this one."""
    kept = [i for i, v in enumerate(verdicts) if v is None]
    hits = {i: party_mentions(blocks[i].text, vocabulary, True) > 0 for i in kept}
    tail: list[int] = []
    if not kept or hits[kept[-1]]:
        return  # the last paragraph is about the case: there is no tail to look for
    topic = topic_stems(vocabulary, (blocks[i].text for i in kept if hits[i]))
    off_topic = list(
        itertools.takewhile(
            lambda i: not hits[i] and topic_overlap(blocks[i].text, topic) < OFF_TOPIC_OVERLAP,
            reversed(kept),
        )
    )
    if sum(len(content_words(blocks[i].text)) for i in off_topic) < MIN_TAIL_WORDS:
        return  # the tail is some of these paragraphs: too few words to be another article
    names = _names_by_block(blocks, kept)
    earlier: Counter[str] = Counter(name for j in kept for name in names[j])
    for i in off_topic:
        earlier.subtract(names[i])
        if any(earlier[name] > 0 for name in names[i]):
            break
        tail.append(i)
    while tail and not names[tail[-1]] and _PRONOUN.search(blocks[tail[-1]].text):
        tail.pop()  # it speaks of someone named before it: it continues the story
    while tail and not _opens_another_article(blocks, verdicts, tail[-1]):
        tail.pop()  # prose right after the story's that introduces nobody: the story goes on
    words = sum(len(content_words(blocks[i].text)) for i in tail)
    if tail and len(tail) < len(kept) and words >= MIN_TAIL_WORDS:
        for i in tail:
            verdicts[i] = "off-topic tail"


def _names_by_block(blocks: list[_Block], kept: list[int]) -> dict[int, frozenset[str]]:
    """The names each kept block holds: its capitalised words, and a sentence's first word
    when another block holds it as a name."""
    parts = {i: name_parts(blocks[i].text) for i in kept}
    known = frozenset().union(*(found for found, _ in parts.values()))
    return {i: found | (openers & known) for i, (found, openers) in parts.items()}


def _opens_another_article(blocks: list[_Block], verdicts: list[str | None], i: int) -> bool:
    """Whether block ``i`` can open an article pasted after the story: it is a headline, a
    headline or page furniture comes right before it, or it introduces someone by a full
    name. Prose that follows the story's prose directly and introduces nobody (a remark,
    a first name, a figure) is the story's own."""
    if i == 0 or _is_title_line(blocks[i]) or names_in_full(blocks[i].text):
        return True
    return verdicts[i - 1] is not None or _is_title_line(blocks[i - 1])


def _is_title_line(block: _Block) -> bool:
    return block.words <= _MAX_HEADLINE_WORDS and not block.ends_sentence


def _runs(
    blocks: list[_Block], verdicts: list[str | None], member: Callable[[_Block], bool]
) -> list[list[int]]:
    runs: list[list[int]] = []
    for i, block in enumerate(blocks):
        if verdicts[i] is None and member(block):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    return runs


@functools.lru_cache(maxsize=16)
def _outlet_key(publisher: str) -> str:
    """The outlet's name as a line naming only it reads once normalised, found once."""
    return _normalised(publisher).removeprefix("the ")


def _normalised(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(_BULLET.sub("", text).split()).casefold()


def _merged(body: str, removed: list[Removed]) -> tuple[Removed, ...]:
    """Join neighbouring spans with the same reason when only white space lies between them."""
    merged: list[Removed] = []
    for span in removed:
        last = merged[-1] if merged else None
        if last and last.reason == span.reason and not body[last.end : span.start].strip():
            merged[-1] = Removed(last.start, max(last.end, span.end), last.reason)
        else:
            merged.append(span)
    return tuple(merged)
