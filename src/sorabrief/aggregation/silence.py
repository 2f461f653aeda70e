"""Whether a sentence only tells that a party gave no answer.

Reporters close a story with the party that would not speak: "The company did not
respond to requests for comment", "The chain has not yet said whether it will appeal",
"The council declined to comment on the agreement, saying it was a matter for the
company". Such a sentence names the party and the matter, so it looks like the party's
answer, but it reports nothing the party said. One that also reports something said ("said
the company had done everything by the book and would not comment on the lawsuit") is
left alone.
"""

from __future__ import annotations

import re

_NO_ANSWER = re.compile(
    r"(?i)\b(?:declined|refused|did\s+not|didn[’']t|has\s+not|hasn[’']t|have\s+not|"
    r"haven[’']t|had\s+not|would\s+not|wouldn[’']t|could\s+not|couldn[’']t|was\s+not|"
    r"were\s+not)\s+(?:yet\s+|immediately\s+)?(?:be\s+reached|respond(?:ed)?|repl(?:y|ied)|"
    r"comment(?:ed)?|say|said|answer(?:ed)?|return(?:ed)?|to\s+comment|to\s+say)\b[^,;.]*"
    r"|\bno\s+comment\b"
)
"""A party saying nothing: declined to comment, did not respond, has not said whether,
could not be reached; with what follows up to the next punctuation (what it would not
talk about)."""
_SAID = re.compile(
    r"(?i)\b(?:said|says|told|tells|added|adds|insisted|insists|argued|argues|stated|"
    r"states|confirmed|confirms|explained|explains|maintained|maintains)\b"
)
"""A verb of saying that reports words the party did say ("saying", which tells why it
would not answer, is not one)."""


def no_answer(text: str) -> bool:
    """Whether ``text`` tells that a party gave no answer and reports nothing it said."""
    if _NO_ANSWER.search(text) is None:
        return False
    return _SAID.search(_NO_ANSWER.sub(" ", text)) is None
