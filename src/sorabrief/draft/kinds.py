"""Guess what kind of claim a sentence makes, and which parties make it and face it.

In order:

- **response**: a denial, rejection, apology or defence ("denied", "apologised", "sorry",
  "in a statement"), by the party named before the verb (or the quotation's speaker); an
  admission or a refusal to comment ("conceded", "admitted that", "declined to comment"),
  or a position held ("has maintained that") in a sentence that words no allegation, by
  the party named last before the verb in its clause;
- **grievance**: an allegation ("accused", "alleged", "blamed", "criticised", "failed",
  "ignored", "disregarded", "delayed", "postponed"; in a reported clause, "warning": a
  warning sent to the party named after it, which the speaker says went unheeded), by the party named before the verb against another
  one named after it; in "X said (that) CLAUSE" / "X's position is that CLAUSE", by X
  against a party the clause names. The briefing writes it "X alleges that …", so it needs a sentence of the form
  "X said (that) …"; an accusation written otherwise, with a verb whose subject accuses
  ("X accused Y of …", "X has blamed Y"), or one a verb of saying puts in X's mouth when
  X's words are too many to leave out ("Residents of the flooded district and a
  prosecutor say the company failed to …", "say" a plural subject's too), is X's
  grievance reported as the outlets word it, and any other ("X failed Y") an event, and
  the comment says why;
- **response**, reported as the outlets word it: a remedy ("offering", "refunding",
  "will appeal", "promised") by the party named last before it in its clause;
- **status**: a present state ("remains", "is closed", "is running", "are staying in
  hotels", "has been restored", "has stopped", "still"; a stopped state said to hold, "is
  on hold", "are frozen", "has been halted", "stays shut"; a process going on, "is under
  way", "the inquiry continues", "entered its third day"; a change denied, "has not
  reopened"; a state a change brought, "are running again", "has ended", "have returned
  to work", "is over"; a state held up to now, "has been in a trading halt since May"; a
  stop held "pending" something or "until" something not yet so; never a state in a
  quotation, the speaker's words;
  "remained" after "X said": reported speech puts the
  present in the past; the clause's words before its verb are then its ``subject``:
  "piped water" of "X said piped water remained off"; not in a relative clause between
  commas: "X, who is investigating, said …"), or what is not known yet ("has not said how",
  "is not yet known"); never a plan or a forecast ("will remain closed", "is due to
  report", "is expected to reopen"), which is an event, nor a dated process of the day
  the report tells ("all 90 pupils are being sent home after the school shut on
  Monday"), which is news of that day, an event;
- **event**: a sentence with a resolved date, or anything else that happened. An event
  worded "X said (that) …" keeps X and the clause (``said_by``): ``claims.py`` makes it a
  response when X is accused, or named in an allegation, elsewhere in the case ("Brackley
  said it had told Northmere …"), or when the clause denies something of X ("X said it
  had not …", ``denies_itself``), and an allegation when the clause names a party X
  accuses elsewhere (``disputed``).

A wire dateline ("RIVERTON, May 2 (Wire Service) – ") is taken off every statement.

Figures are proposed apart (``claims.py``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from sorabrief.aggregation.subject import subject_text
from sorabrief.draft.wording import (
    SPEECH,
    as_sentence,
    reported,
    reported_clause,
    without_attribution_tail,
)
from sorabrief.extract.dateline import without_dateline
from sorabrief.extract.relevance import content_words
from sorabrief.model import ClaimKind

RESPONSE = re.compile(
    r"(?i)\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|apologi[sz](?:e|es|ed|ing)|"
    r"defend(?:s|ed|ing)?|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|"
    r"in\s+a\s+statement|responded|in\s+response|(?:hit|hits|pushed|pushes)\s+back|"
    r"sorry|regrets?|regretted)\b"
)
ADMISSION = re.compile(
    r"(?i)\b(?:acknowledg(?:e|es|ed)|conced(?:e|es|ed)|admit(?:s|ted)\s+(?:that|it|its|to\s+"
    r"\w+ing|having|responsibility|liability|fault|mistakes?|errors?|failings?)|declined\s+to\s+"
    r"comment|did\s+not\s+(?:respond|reply)\s+to|(?:could|was|were)\s+not\s+(?:be\s+)?"
    r"(?:reached|available)\s+for\s+comment)\b"
)
"""An admission or a refusal to comment ("conceded", "admitted that", "declined to
comment"): the answer of the party whose verb it is."""
HOLDING_TO = re.compile(
    r"(?i)\b(?:insist|maintain|argu|contend|counter)(?:s|es|ed)?\s+(?:[a-z]+\s+){0,3}?that\b"
)
"""Holding to a position ("maintained that", "has maintained throughout that", "argued in a
statement that"): an answer when the sentence
words no allegation, but an accuser holds to its own too, so it words no answer itself
(``words_an_answer``)."""
ALLEGATION = re.compile(
    r"(?i)\b(?:accus(?:e|es|ed|ing)|alleg(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|"
    r"critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|complain(?:s|ed|ing)?|fail(?:s|ed|ing)?|"
    r"ignor(?:e|es|ed|ing)|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|neglect(?:s|ed|ing)?|misled|mislead(?:s|ing)?|"
    r"breach(?:es|ed)?|exploit(?:s|ed|ing)?|sat\s+on|sitting\s+on|kept\s+quiet|covered\s+up|"
    r"disregard(?:s|ed|ing)?)\b"
)
_STOPPED = (
    r"(?:stopped|frozen|barred|blocked|detained|grounded|cancelled|canceled|sealed|paused|"
    r"postponed|idle|shut|closed|halted|suspended|banned|on\s+hold|out\s+of\s+(?:service|action"
    r"|use|order)|(?:switched|cut|turned)\s+off|at\s+a\s+standstill)"
)
"""Words naming a stopped state ("frozen", "on hold", "out of service")."""
_HOLDING = (
    rf"(?:is|are)\s+(?:now\s+)?(?:still\s+)?(?:{_STOPPED}|under\s?way|ongoing|continuing)|"
    rf"(?<!\bto\s)(?<!\bnot\s)stays?\s+(?:{_STOPPED}|open|on\s+strike|in\s+(?:place|force|"
    r"effect)|off|out|away|unpaid|under|without)|(?<!\bto\s)(?<!\bnot\s)continues\b(?!\s+to\b)|"
    rf"(?:has|have)\s+been\s+(?:{_STOPPED})|"
    r"(?:has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:reopened|resumed|restored|returned|"
    r"lifted|allowed|reconnected|restarted|paid|ended)|"
    r"(?:is|are)\s+(?:now\s+)?\w+ing\b[^.;,]{0,40}?\bagain|"
    r"(?:entered|enters|into)\s+its\s+(?:\w+)\s+(?:day|week|month)|"
    r"(?:has|have)\s+(?:now\s+)?(?:ended|returned|lifted|reinstated|restored|restarted|"
    r"been\s+(?:called\s+off|reinstated|reconnected|restarted|allowed))|"
    r"(?:is|are)\s+(?:now\s+)?over|"
    r"(?:has|have)\s+been\s+(?!\w+(?:ed|en)\b)(?:[\w’'-]+\s+){0,5}?since\b|"
    rf"{_STOPPED}\s+(?:[\w’'-]+\s+){{0,6}}?(?:pending|until\s+further\s+notice)\b|"
    rf"(?:has|have)\s+(?:now\s+)?{_STOPPED}\s+(?:[\w’'-]+\s+){{0,10}}?until\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:is|are|has|have)\b|"
    r"for\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:straight\s+|consecutive\s+|successive\s+)?(?:day|night|week|month)"
)
"""More states, in general English: a stopped state said to hold ("is on hold", "has been
frozen"), a process going on ("is under way", "stays on strike", "the inquiry continues",
"entered its third day", "blocked the roads for a third day"), a change denied ("has not
reopened"), a state a change brought ("are running again", "has ended", "have returned to
work", "is over"), a state held from some time up to now ("has been in a trading halt
since May"), and a stop said to hold until something that is not yet so ("sealed the
building pending an inspection", "has suspended the handover until the inquiry is
complete", "closed until further notice")."""
_WISH = r"want|wish|hope|believ|expect|feel|felt|think|thought|intend|plan"
"""Verbs of wanting or believing: "still" before one words a view, not a state ("said it
still wanted an inquiry")."""
STATUS = re.compile(
    rf"(?i)\b(?:remains?|remained\s+in|still(?!\s+(?:{_WISH}))|"
    r"(?:is|are)\s+(?:now\s+)?(?:closed|open|suspended|under|being|investigating|banned|"
    r"offline|unavailable|available|in\s+place)|yet\s+to|"
    r"(?:has|have)\s+been\s+(?:restored|lifted|closed|reopened|suspended|under|resumed)|"
    r"(?:is|are)\s+(?:now\s+)?(?:running|capped|halted|shut|on\s+strike|without|back|staying"
    r"|living|sleeping|sheltering)|"
    r"(?:has|have)\s+(?:now\s+)?(?:stopped|halted|resumed|reopened)|"
    r"(?:has|have)\s+not\s+(?:yet\s+)?(?:said|disclosed|revealed|confirmed|explained|announced|"
    r"identified|named|determined)|(?:is|are)\s+not\s+(?:yet\s+)?known|remains?\s+unclear|"
    rf"{_HOLDING})\b"
)
_SCHEDULED = re.compile(
    r"(?i)\b(?:will|would|shall|could|might|may|(?:is|are|was|were)\s+(?:now\s+)?"
    r"(?:due|expected|scheduled|set|planned|likely)\s+to)\s+(?:\w+\s+)?$"
)
_WARNED = re.compile(r"(?i)\bwarning\b")
"""A warning a speaker says was sent ("X said it had written to Y twice warning that
…"): the speaker's allegation that Y did not heed it. "X said it had warned Y" is
left an event: the corpus's editors read it as one."""
"""What comes before a state that is planned or foreseen, not present ("will remain
closed", "is expected to remain", "is due to be restored")."""

_BACKSHIFTED = re.compile(
    r"\bremained\b(?![^.;]*\b(?:until\b|for\s+(?:a|an|one|two|three|several|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\b))"
)
"""A state reported in the past tense of reported speech ("X said the line remained
closed"): the state at the time of the report, not a past one ("remained closed for a
week", "until May")."""

SPEECH_VERB = re.compile(rf"\b{SPEECH}\b")
ACCUSING = re.compile(
    r"(?i)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?:accus(?:es|ed|ing)|blam(?:es|ed|ing)|critici[sz](?:es|ed|ing)|condemn(?:s|ed|ing)|"
    r"sued|sues|suing)\b"
)
"""Verbs whose subject makes the allegation ("X blamed Y", "X has accused Y of …"), in
the active voice: "failed" or "ignored" have the accused as their subject instead."""
REMEDY = re.compile(
    r"(?i)\b(?:offer(?:s|ed|ing)?|refund(?:s|ed|ing)?|compensat(?:e|es|ed|ing)|"
    r"apologi[sz](?:e|es|ed|ing)|appeal(?:s|ed|ing)?|promis(?:e|es|ed|ing)|"
    r"pledg(?:e|es|ed|ing)|vow(?:s|ed)?|agreed\s+to|will\s+not\s+pay|would\s+not\s+pay|"
    r"reimburs(?:e|es|ed|ing)|(?:set(?:s|ting)?\s+up|launch(?:es|ed|ing)?|establish(?:es|ed|ing)?)"
    r"\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:fund|helpline|hotline))\b"
)
"""What a party does to answer a complaint: offers, refunds, apologies, appeals, promises,
a fund or a helpline it sets up."""
_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s+(?:and|but|while|after)\b")
_SELF_DENIAL = re.compile(
    r"(?i)(?:it|its|they|their|he|she|his|her)\b[^,;:.“”\"]{0,50}?"
    r"\b(?:not|never|n[’']t|no\s+longer)\b"
)
"""A clause about the speaker (a pronoun first) with a negation in its first part."""


@attrs.frozen
class Named:
    """A party named in a sentence, and where (offset in the sentence)."""

    party: str
    at: int


@attrs.frozen
class Guess:
    """A claim kind guessed from a sentence, with the reason, for a YAML comment."""

    kind: ClaimKind
    statement: str
    reason: str
    by: str | None = None
    against: str | None = None
    reported: bool = False
    said_by: str | None = None
    """For an event worded "X said (that) CLAUSE": the party X (the statement is CLAUSE's
    sentence; ``as_response`` turns it into X's response)."""
    clause: str | None = None
    in_clause: tuple[str, ...] = ()
    """For an event worded "X said (that) CLAUSE": the parties the clause names."""
    subject: str | None = None
    """For a status worded "X said CLAUSE": what CLAUSE says is in that state ("piped
    water" of "X said piped water remained off"), since the statement opens with X."""
    whole: str = ""
    """The sentence as a statement (its dateline and attribution tail taken off), for a
    claim that must be stated in the outlets' words after all (``as_event``)."""


def denies_itself(clause: str) -> bool:
    """Whether a reported clause denies something of the speaker ("it had not paid …",
    "its network was never breached", "they did not strike"): a pronoun opens it and a
    negation follows within its first clause."""
    return _SELF_DENIAL.match(clause) is not None


def accuser_verb(sentence: str, at: int) -> str | None:
    """The accusing verb at ``at`` or after it, if the sentence's allegation is one whose
    subject accuses ("blamed", "has accused"); None for a passive or another verb."""
    match = ACCUSING.search(sentence, at)
    return match.group() if match is not None and match.start() <= at + 12 else None


def remedy(sentence: str, named: Sequence[Named]) -> tuple[str, str] | None:
    """The party a sentence reports giving a remedy ("X is offering …", "X will appeal"):
    the party named last before a remedy word in its clause, with the word; or None."""
    for match in REMEDY.finditer(sentence):
        before = [n for n in named if n.at < match.start()]
        if before and not _CLAUSE_BREAK.search(sentence, before[-1].at, match.start()):
            return before[-1].party, match.group()
    return None


def disputed(guess: Guess, against: str, why: str) -> Guess:
    """An event "X said (that) CLAUSE" as X's allegation against ``against``."""
    if guess.said_by is None or guess.clause is None:
        return guess
    return Guess(ClaimKind.GRIEVANCE, guess.clause, why, by=guess.said_by, against=against)


def as_response(guess: Guess, why: str) -> Guess:
    """An event "X said (that) CLAUSE" as X's response, its statement the clause."""
    if guess.said_by is None or guess.clause is None:
        return guess
    return Guess(ClaimKind.RESPONSE, guess.clause, why, by=guess.said_by)


def words_an_answer(sentence: str) -> bool:
    """Whether a sentence words an answer itself: a denial, a defence, an apology or a
    remedy ("rejected", "defended", "sorry", "promised"), not only a statement."""
    return any(
        not m.group().lower().startswith(("in ", "respon"))
        for pattern in (RESPONSE, REMEDY, ADMISSION)
        for m in pattern.finditer(sentence)
    )


def as_event(guess: Guess, why: str) -> Guess:
    """A guess as an event worded as the outlets word it."""
    return Guess(ClaimKind.EVENT, guess.whole or guess.statement, why, whole=guess.whole)


def guess_kind(
    sentence: str,
    named: Sequence[Named],
    speaker: str | None,
    dated: bool,
    affiliation: Mapping[str, str],
) -> Guess:
    """The kind of claim ``sentence`` makes.

    ``named`` are the parties it names, ``speaker`` its quotation's speaker, ``dated``
    whether it holds a resolved date; ``affiliation`` maps people to the party they speak for.
    """
    guess = _guess_kind(sentence, named, speaker, dated, affiliation)
    whole = as_sentence(without_attribution_tail(without_dateline(sentence)))
    if guess.kind in _WHOLE or guess.reported:
        guess = attrs.evolve(guess, statement=as_sentence(guess.statement))
    return attrs.evolve(guess, whole=whole)


_WHOLE = (ClaimKind.STATUS, ClaimKind.EVENT)
"""Kinds stated in the outlets' own words: a list item or clause among them is written as a
sentence (``as_sentence``)."""


def _guess_kind(
    sentence: str,
    named: Sequence[Named],
    speaker: str | None,
    dated: bool,
    affiliation: Mapping[str, str],
) -> Guess:
    undated = without_dateline(sentence)
    cut = len(sentence) - len(undated)
    sentence = undated
    named = [Named(n.party, n.at - cut) for n in named if n.at >= cut]
    plain = without_attribution_tail(sentence)
    said = reported(sentence)
    response = RESPONSE.search(sentence)
    answer = None if response else _answer_of_its_subject(sentence, named)
    if answer is not None:
        answerer, verb = answer
        clause = reported_clause(sentence)
        if clause is not None:
            why = f"“{verb}”: an answer, by the party whose verb it is"
            voiced = _voiced(answerer, clause, affiliation)
            return Guess(ClaimKind.RESPONSE, clause, why, by=voiced)
        why = f"“{verb}”: an answer, reported as the outlets word it"
        return Guess(ClaimKind.RESPONSE, plain, why, by=answerer, reported=True)
    if response:
        at = response.start()
        if response.group().lower().startswith("in "):  # "In a statement, X said …"
            speech = SPEECH_VERB.search(sentence, response.end())
            at = speech.start() if speech else len(sentence)
        by = _before(named, at, affiliation) or speaker
        if by is not None:
            clause = reported_clause(sentence)
            if clause is not None:
                why = f"“{response.group()}”: an answer, by the party named before it"
                return Guess(ClaimKind.RESPONSE, clause, why, by=_voiced(by, clause, affiliation))
            why = f"“{response.group()}”: an answer, reported as the outlets word it"
            return Guess(ClaimKind.RESPONSE, plain, why, by=by, reported=True)
    allegation = ALLEGATION.search(sentence)
    if (
        said
        and _WARNED.search(said.clause)
        and not (allegation and allegation.start() > said.who_end)
    ):
        allegation = _WARNED.search(sentence, sentence.find(" ", said.who_end) + 1) or allegation
    if allegation and said and allegation.start() > said.who_end:
        by = _before(named, said.who_end + 1, affiliation) or speaker
        against = _after(named, said.who_end, by, affiliation)
        if by is not None and against is not None:
            by = _voiced(by, said.clause, affiliation)
            why = f"“{allegation.group()}”: an allegation by {by} against {against}"
            return Guess(ClaimKind.GRIEVANCE, said.clause, why, by=by, against=against)
    if allegation:
        speech = first_speech(sentence)
        at = min(allegation.start(), speech.start() if speech else len(sentence))
        by = _before(named, at, affiliation) or speaker
        against = _after(named, at, by, affiliation)
        if by is not None and against is not None:
            clause = reported_clause(sentence)
            if clause is not None:
                by = _voiced(by, clause, affiliation)
                why = f"“{allegation.group()}”: an allegation by {by} against {against}"
                return Guess(ClaimKind.GRIEVANCE, clause, why, by=by, against=against)
            accusing = accuser_verb(sentence, at) or _said_before(sentence, by, named, allegation)
            if accusing is not None:
                why = (
                    f"“{accusing}”: an allegation by {by} against {against}, reported as "
                    "the outlets word it"
                )
                return Guess(ClaimKind.GRIEVANCE, plain, why, by=by, against=against, reported=True)
            why = (
                f"“{allegation.group()}”: an allegation by {by} against {against}, but "
                "not worded “X said …”, so it cannot follow “X alleges that” without new "
                "words; kept as an event (reword it to make it a grievance)"
            )
            return Guess(ClaimKind.EVENT, plain, why)
    remedied = remedy(sentence, named)
    if remedied is not None:
        why = (
            f"“{remedied[1]}”: a remedy by {remedied[0]}, an answer reported as the outlets word it"
        )
        return Guess(ClaimKind.RESPONSE, plain, why, by=remedied[0], reported=True)
    status = _main_state(sentence) or (
        _BACKSHIFTED.search(sentence, said.who_end) if said else None
    )
    if (
        status
        and not _SCHEDULED.search(sentence[: status.start()])
        and not (dated and status.group().endswith("being"))
    ):
        subject = _state_subject(said.clause) if said and status.start() > said.who_end else None
        return Guess(
            ClaimKind.STATUS, plain, f"“{status.group()}”: a present state", subject=subject
        )
    said_by = _before(named, said.who_end + 1, affiliation) if said else None
    if said and said_by:
        said_by = _voiced(said_by, said.clause, affiliation)
    in_clause = tuple(n.party for n in named if said and n.at > said.who_end)
    if dated:
        why = "something that happened, with a date"
    else:
        why = "something that happened; the sentence gives no date"
    clause = said.clause if said and said_by else None
    return Guess(ClaimKind.EVENT, plain, why, said_by=said_by, clause=clause, in_clause=in_clause)


_SUBJECT_BREAK = re.compile(
    r"(?i)[,;:—–()]|\b(?:and|but|while|after|as|because|when|which|who|that|since)\b"
)
"""What ends the clause of a verb's subject: punctuation, a conjunction or a relative word."""


def _answer_of_its_subject(sentence: str, named: Sequence[Named]) -> tuple[str, str] | None:
    """The party whose own verb admits, declines to comment or holds to a position ("X
    conceded …", "X has maintained that …"), with the verb: the party named last before it
    with nothing that ends a clause between; None when the sentence words an allegation
    after a verb of holding to a position ("X argued that Y failed …")."""
    for pattern in (ADMISSION, HOLDING_TO):
        match = pattern.search(sentence)
        if match is None or (pattern is HOLDING_TO and ALLEGATION.search(sentence, match.end())):
            continue
        before = [n for n in named if n.at < match.start()]
        if before and not _SUBJECT_BREAK.search(sentence, before[-1].at + 1, match.start()):
            return before[-1].party, match.group()
    return None


_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;:]*,")
"""A relative clause between commas ("The prosecutor, who is investigating the fire,
said …"): it describes a name, it is not what the sentence reports."""
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
"""A quotation: a state in it is the speaker's words ("X said the board “could not act
while the inquiry is ongoing”"), not one the outlet reports."""


def _main_state(sentence: str) -> re.Match[str] | None:
    """The first present state the sentence words outside a relative clause, outside a
    quotation and outside the words of a second speaker (``_nested_speech``)."""
    aside = [m.span() for pattern in (_RELATIVE, _QUOTED) for m in pattern.finditer(sentence)]
    return next(
        (
            m
            for m in STATUS.finditer(sentence)
            if not any(start <= m.start() < end for start, end in aside)
            and not _nested_speech(sentence, m.start())
        ),
        None,
    )


def _nested_speech(sentence: str, at: int) -> bool:
    """Whether two verbs of saying come before ``at`` ("X said the firm was owed payments
    it says the council still holds back"): what follows the second is a claim the
    reported speaker puts in another's mouth, not a state the outlet reports."""
    verbs = {m.start() for p in (SPEECH_VERB, _PLURAL_SAY) for m in p.finditer(sentence, 0, at)}
    return len(verbs) >= 2


def _state_subject(clause: str) -> str | None:
    """What a reported clause says is in a state: its words before its first verb of being
    or staying, when they hold a content word and no pronoun."""
    words = subject_text(clause).strip(" ,")
    if not content_words(words) or _PRONOUN.search(words):
        return None
    return words


_PRONOUN = re.compile(r"(?i)\b(?:it|its|they|their|he|she|his|her|this|that)\b")
_PLURAL_SAY = re.compile(
    r"(?<!\bto\s)(?<!\bnot\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)"
    r"(?<!\bmay\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)\b(?:say|allege|claim|insist)\b"
)
"""A plural subject's verb of saying, not an infinitive or after an auxiliary ("residents
and a prosecutor say the company failed …"; not "refused to say")."""


def first_speech(sentence: str) -> re.Match[str] | None:
    """The first verb of saying, a plural subject's too."""
    found = [m for m in (SPEECH_VERB.search(sentence), _PLURAL_SAY.search(sentence)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _said_before(
    sentence: str, by: str, named: Sequence[Named], allegation: re.Match[str]
) -> str | None:
    """The verb of saying between the accuser and the wrong ("X and Y say the company
    failed to …"), when the accuser is named before it: the accuser is the one who
    alleges, though the speaker's words are too many to leave out (a grievance reported as
    the outlets word it)."""
    speech = first_speech(sentence)
    if speech is None or speech.start() > allegation.start():
        return None
    if not any(n.party == by and n.at < speech.start() for n in named):
        return None
    return speech.group()


_ITS_OWN = re.compile(r"^(?:it|its)\b")


def _voiced(by: str, clause: str, affiliation: Mapping[str, str]) -> str:
    """Who speaks in "X said (that) CLAUSE": the party a person speaks for when the clause
    opens with "it" or "its" ("Its chair, Jo Park, told the meeting it had written …" is
    the organisation's statement, since "Jo Park says it had written" garbles it)."""
    if _ITS_OWN.match(clause) and by in affiliation:
        return affiliation[by]
    return by


def _before(named: Sequence[Named], at: int, affiliation: Mapping[str, str]) -> str | None:
    """The subject: the first party named before ``at``, a person before their party."""
    before = [n for n in named if n.at < at]
    if not before:
        return None
    people = [n for n in before if n.party in affiliation]
    return (people or before)[0].party


def _after(
    named: Sequence[Named], at: int, by: str | None, affiliation: Mapping[str, str]
) -> str | None:
    """The first party named after ``at`` that is neither ``by`` nor on its side."""
    side = {by, affiliation.get(by or "")}
    for n in named:
        if n.at > at and n.party not in side and affiliation.get(n.party) not in side - {None}:
            return n.party
    return None
