"""The relative clause a position of a sentence sits in."""

from sorabrief.aggregation.relative import relative_clause


def _at(text: str, words: str) -> int:
    return text.index(words)


def test_a_clause_opened_by_who_tells_of_a_person() -> None:
    text = "The council paid the contractors, who started work on 9 May."
    found = relative_clause(text, _at(text, "9 May"))
    assert found is not None
    assert (found.noun, found.of_person) == ("contractors", True)
    assert found.words.startswith("who started work")


def test_a_clause_opened_by_which_names_the_noun_before_it() -> None:
    text = "The flood, which began on 3 May, closed the road."
    found = relative_clause(text, _at(text, "3 May"))
    assert found is not None
    assert (found.noun, found.of_person) == ("flood", False)
    assert relative_clause(text, _at(text, "the road")) is None


def test_a_contact_clause_and_a_that_clause_after_a_noun_are_relative() -> None:
    text = "Inspectors cited the survey the landlord commissioned on 2 June."
    found = relative_clause(text, _at(text, "2 June"))
    assert found is not None
    assert (found.noun, found.words) == ("survey", " the landlord commissioned on 2 June.")
    text = "Inspectors named the firm that rewired the flats on 3 March."
    found = relative_clause(text, _at(text, "3 March"))
    assert found is not None and found.noun == "firm"


def test_that_opening_what_was_said_is_not_a_relative_clause() -> None:
    text = "The board said that its pump failed on 2 March."
    assert relative_clause(text, _at(text, "2 March")) is None
    text = "The board confirmed that pumps failed on 2 March."
    assert relative_clause(text, _at(text, "2 March")) is None
    text = "The pump failed on 2 March."
    assert relative_clause(text, _at(text, "2 March")) is None
