"""Lines with no verb at all (headlines, captions, teaser lists) must end: walking up a parse from a
pair noun ("the two nations") stops at the root. spaCy makes a new Token object on each access, so
an identity test (``node.head is not node``) never stops at the root: compare indices."""

from __future__ import annotations

import threading

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.mentions import speaker_phrases


def _verbless() -> Doc:
    words = ["Peace", "between", "the", "two", "nations"]
    heads = [0, 0, 4, 4, 1]  # "Peace" is the root; no verb anywhere
    deps = ["ROOT", "prep", "det", "nummod", "pobj"]
    pos = ["NOUN", "ADP", "DET", "NUM", "NOUN"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_speaker_phrases_of_a_verbless_line_is_empty_and_ends():
    result: list[tuple[str, ...]] = []
    worker = threading.Thread(target=lambda: result.append(speaker_phrases(_verbless()[4])), daemon=True)
    worker.start()
    worker.join(60)  # a hang guard, not a speed check: the walk is a handful of steps
    assert not worker.is_alive(), "speaker_phrases did not stop at the root of a verbless parse"
    assert result == [()]


def test_a_verbless_line_with_a_pair_noun_gives_no_statement(triples_of):
    result: list[set] = []
    worker = threading.Thread(target=lambda: result.append(triples_of("Peace between the two nations.")), daemon=True)
    worker.start()
    worker.join(120)  # a hang guard, as above: a regression fails here instead of stalling CI
    assert not worker.is_alive(), "extraction did not finish on a verbless line"
    assert result == [set()]
