"""Property tests of the vocabulary grammar (issue 29, "make it systematic"): any text either is a
vocabulary that reads back from its own text unchanged, or is refused with a
:class:`VocabularyError`; nothing else is ever raised."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gridclip.vocabulary import Vocabulary, VocabularyError, split_classes

#: Words built from the characters the grammar cares about (separators, bars, white space of
#: every kind, letters that change under casefold) as well as anything at all.
GRAMMAR_TEXT = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(list("ab ,;|\n\r\t\u2028\x85ßSsİi") + ["car", "Car", "CAR"]), max_size=20).map("".join),
)


@settings(max_examples=200, deadline=None)
@given(GRAMMAR_TEXT)
def test_parse_is_a_vocabulary_that_round_trips_or_a_vocabulary_error(text: str) -> None:
    assert isinstance(split_classes(text), list)  # the grammar alone never refuses anything
    try:
        vocabulary = Vocabulary.parse(text)
    except VocabularyError:
        return
    again = Vocabulary.parse(vocabulary.to_text())
    assert again == vocabulary
    assert again.fingerprint == vocabulary.fingerprint
    for k, cls in enumerate(vocabulary.classes):
        assert all(vocabulary.index(word) == k for word in cls.texts)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=4), st.lists(st.lists(st.text(max_size=8), max_size=3), max_size=4))
def test_names_kept_as_data_are_a_vocabulary_or_a_vocabulary_error(names: list[str], synonyms: list[list[str]]) -> None:
    synonyms = (synonyms + [[]] * len(names))[: len(names)]
    try:
        vocabulary = Vocabulary.from_classes(names, synonyms)
    except VocabularyError:
        return
    assert vocabulary.names == [" ".join(n.split()) for n in names]  # no separator read in a name
    assert Vocabulary.from_classes(vocabulary.names, [c.synonyms for c in vocabulary.classes]) == vocabulary
