"""Actor resolution rules that need no parser: name variants, gazetteer, corpus merge."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.types import Mention, ParsedDocument, RawStatement
from kg.lexicon import load_gazetteer
from kg.namespaces import actor_iri
from kg.lexicon import spelling_variant
from kg.resolve.actors import _same_full_name, resolve_document
from kg.resolve.corpus import _canonical_labels, merge_corpus
from kg.types import Document


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Takaichi", "Takaishi", True),  # one edit, 8 letters
        ("Akiba", "Aqiba", True),  # one edit, 5 letters
        ("Akiba", "Akita", True),
        ("Liu", "Lin", False),  # too short to guess
        ("Kishida", "Ishida", False),  # first letter differs
        ("Jinsong", "Jiangyong", False),
    ],
)
def test_spelling_variants(a, b, same):
    assert spelling_variant(a, b) is same


def test_full_name_variants():
    assert _same_full_name("Sanae Takaichi", "Sanae Takaishi")
    assert not _same_full_name("Liu Jinsong", "Liu Jiangyong")
    assert not _same_full_name("Takaichi", "Takaichi")  # a single word is not a full name
    assert _same_full_name("Ana M. Vargas", "Ana Vargas")  # a middle initial says nothing
    assert _same_full_name("Tom Okafor", "Thomas Okafor")  # forms of one given name (lexicon)
    assert _same_full_name("Vladimir Zelensky", "Volodymyr Zelensky")
    assert not _same_full_name("Tom Okafor", "Thomas Mensah")
    assert not _same_full_name("Ana Vargas", "Ana Maria Vargas")  # a middle name is no initial


def test_a_person_is_labelled_as_the_pages_write_it():
    from collections import Counter

    from kg.resolve.corpus import _page_labels

    gaz = load_gazetteer()
    people = {"Subrahmanyam Jaishankar", "Sergei Lavrov", "Thomas Okafor", "Tom Okafor", "Ana Vargas"}
    canonical = _canonical_labels(people, gaz)
    assert canonical["Tom Okafor"] == "Thomas Okafor"  # one person
    written = {
        "Subrahmanyam Jaishankar": Counter({"S Jaishankar": 2, "Jaishankar": 3}),  # the pages never write the gazetteer's label
        "Sergei Lavrov": Counter({"Sergey Lavrov": 3, "Sergei Lavrov": 1}),  # some page writes it: kept
        "Thomas Okafor": Counter({"Thomas Okafor": 1}),
        "Tom Okafor": Counter({"Tom Okafor": 2}),  # no gazetteer label: the commonest wins
        "Ana Vargas": Counter({"Vargas": 4}),  # no full name written: as it was
    }
    labels = _page_labels(canonical, people, written, gaz)
    assert {label: labels.get(label, label) for label in people} == {
        "Subrahmanyam Jaishankar": "S Jaishankar", "Sergei Lavrov": "Sergei Lavrov", "Thomas Okafor": "Tom Okafor",
        "Tom Okafor": "Tom Okafor", "Ana Vargas": "Ana Vargas",
    }  # fmt: skip


def test_an_institution_is_labelled_as_the_pages_write_it():
    from collections import Counter

    from kg.lexicon import load_lexicon
    from kg.resolve.corpus import institution_page_label

    gaz, lex = load_gazetteer(), load_lexicon()
    written = Counter({"Chilean troops": 5, "Chilean forces": 2, "Chile's army": 7})  # only forms with the nationality word
    assert institution_page_label("Chilean military", written, lex, gaz) == "Chilean troops"
    assert institution_page_label("Chilean military", Counter({"Chilean soldiers": 1, "Chilean troops": 1}), lex, gaz) == "Chilean soldiers"  # tie: the longer
    assert institution_page_label("Chilean military", Counter({"Chilean military": 3, "Chilean troops": 1}), lex, gaz) is None
    assert institution_page_label("Chilean military", Counter({"Chile's army": 2}), lex, gaz) is None
    assert institution_page_label("Sergei Lavrov", Counter({"Sergei Lavrov troops": 2}), lex, gaz) is None  # not an institution label
    # the country's short name before the noun is its nationality word too ("US troops" of the American military)
    assert institution_page_label("American military", Counter({"US troops": 3, "U.S. forces": 1, "American military": 2}), lex, gaz) == "US troops"
    assert institution_page_label("British military", Counter({"UK forces": 2}), lex, gaz) == "UK forces"
    assert institution_page_label("Chilean military", Counter({"US troops": 4}), lex, gaz) is None  # another country's


@pytest.mark.parametrize(
    "name, label, type_",
    [("Beijing", "China", "Country"), ("the U.S.", "United States", "Country"), ("Kremlin", "Russia", "Country"),
     ("G7", "Group of Seven", "Organization"), ("Trump", "Donald Trump", "Person")],
)
def test_gazetteer_aliases_and_capitals(name, label, type_):
    entry = load_gazetteer().lookup(name)
    assert (entry.label, entry.type) == (label, type_)


def test_corpus_merge_of_surnames_is_unique_only():
    labels = {"Liu Jinsong", "Liu Jiangyong", "Liu", "Shoigu", "Sergei Shoigu", "Takaishi", "Sanae Takaishi"}
    mapping = _canonical_labels(labels, load_gazetteer())
    assert mapping["Shoigu"] == "Sergei Shoigu"
    assert "Liu" not in mapping  # two Lius in the corpus: leave it alone
    assert mapping["Sanae Takaishi"] == "Sanae Takaichi"  # the gazetteer's spelling wins
    assert mapping["Takaishi"] == "Sanae Takaichi"


def _mention(text, start, sentence, kind="name", ner="PERSON", subject=False, roles=(), hints=()):
    return Mention(text=text, name=text, kind=kind, ner=ner, start=start, end=start + len(text),
                   sentence=sentence, is_subject=subject, roles=roles, hints=hints)


def test_pronoun_role_and_variant_resolution_without_a_parser():
    text = "Foreign Minister Wang Yi met Sergei Lavrov. He told Lavrov that the minister was pleased."
    wang = _mention("Wang Yi", 17, 0, subject=True, roles=("minister",), hints=("Chinese",))
    lavrov = _mention("Sergei Lavrov", 29, 0)
    he = _mention("He", 44, 1, kind="pronoun", ner="", subject=True)
    lavrov2 = _mention("Lavrov", 52, 1)
    minister = _mention("minister", 68, 1, kind="role", ner="")
    doc = Document(id="d", text=text, source="<test>")

    def raw(subj, obj, lemma):
        return RawStatement(subject=subj, object=obj, lemma=lemma, text=lemma, sentence=subj.sentence,
                            sentence_start=0, sentence_end=len(text))

    parsed = ParsedDocument(mentions=(wang, lavrov, he, lavrov2, minister),
                            statements=(raw(wang, lavrov, "meet"), raw(he, lavrov2, "tell"), raw(minister, lavrov2, "please")))
    statements, aliases = resolve_document(parsed)
    assert [(s.subject.label, s.raw.lemma, s.object.label, s.subject.via) for s in statements] == [
        ("Wang Yi", "meet", "Sergei Lavrov", "gazetteer"),
        ("Wang Yi", "tell", "Sergei Lavrov", "pronoun"),
        ("Wang Yi", "please", "Sergei Lavrov", "role"),
    ]
    merged, actors = merge_corpus([(doc, statements, aliases)])
    assert {s.subject.actor.id for s in merged} == {actor_iri("Wang Yi")}
    assert actors[actor_iri("Wang Yi")].affiliation == actor_iri("China")
    assert actors[actor_iri("Sergei Lavrov")].aliases == ("Lavrov",)
    # stable ids: the same input gives the same statement ids
    again, _ = merge_corpus([(doc, statements, aliases)])
    assert [s.id for s in again] == [s.id for s in merged]


def test_person_hints_do_not_crash_the_resolver():
    """A name whose hints name a person ("the Kishida administration") resolves to that person's
    country; this once read the affiliation table before it existed."""
    from kg.lexicon import load_lexicon
    from kg.resolve.actors import _NameResolver

    mention = _mention("Kishida", 0, 0, hints=("Kishida",))
    resolver = _NameResolver([mention], load_gazetteer(), load_lexicon())
    assert resolver.affiliation == {"Fumio Kishida": "Japan"}
    assert resolver.country_from_hints(("Kishida",)) == "Japan"


def test_a_body_the_ner_calls_a_person_is_an_organisation():
    """"the Ogaden Liberation Front" typed PERSON by the NER is a body, a side of "the two parties"; a
    person's name stays a person."""
    from kg.lexicon import load_lexicon
    from kg.resolve.actors import _NameResolver

    front = _mention("Ogaden Liberation Front", 0, 0)
    vargas = _mention("Ana Vargas", 40, 0)
    resolver = _NameResolver([front, vargas], load_gazetteer(), load_lexicon())
    assert (resolver.resolve(front).label, resolver.resolve(front).type) == ("Ogaden Liberation Front", "Organization")
    assert resolver.resolve(vargas).type == "Person"


@pytest.mark.parametrize(
    "words, heads, deps, ents, joined",
    [
        # "Minister Chon Son Hui met Putin": the NER took the last word for a group name
        (["Minister", "Chon", "Son", "Hui", "met", "Putin"], [3, 3, 3, 4, 4, 4],
         ["compound", "compound", "compound", "nsubj", "ROOT", "dobj"],
         ["O", "B-PERSON", "I-PERSON", "B-NORP", "O", "B-PERSON"], [("Chon Son Hui", "PERSON"), ("Putin", "PERSON")]),
        # "Donald J. Trump hosted Aliyev": two PERSON entities for one name
        (["Donald", "J.", "Trump", "hosted", "Aliyev"], [2, 2, 3, 3, 3], ["compound", "compound", "nsubj", "ROOT", "dobj"],
         ["B-PERSON", "I-PERSON", "B-PERSON", "O", "B-PERSON"], [("Donald J. Trump", "PERSON"), ("Aliyev", "PERSON")]),
        # "Ana Lucia Mora Vidal met Ruto": given names and surnames as two PERSON entities, one name
        (["Ana", "Lucia", "Mora", "Vidal", "met", "Ruto"], [3, 3, 3, 4, 4, 4],
         ["compound", "compound", "compound", "nsubj", "ROOT", "dobj"],
         ["B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "O", "B-PERSON"], [("Ana Lucia Mora Vidal", "PERSON"), ("Ruto", "PERSON")]),
        # "Ghana barred Togolese ministers": a nationality the NER took for a language
        (["Ghana", "barred", "Togolese", "ministers"], [1, 1, 3, 1], ["nsubj", "ROOT", "amod", "dobj"],
         ["B-GPE", "O", "B-LANGUAGE", "O"], [("Ghana", "GPE"), ("Togolese", "NORP")]),
        # two names the parser did not compound stay two people ("Putin, Xi Jinping met")
        (["Putin", "Xi", "Jinping", "met"], [3, 2, 3, 3], ["nsubj", "compound", "nsubj", "ROOT"],
         ["B-PERSON", "B-PERSON", "I-PERSON", "O"], [("Putin", "PERSON"), ("Xi Jinping", "PERSON")]),
        # a nationality the gazetteer knows is no part of a name; nor is a name the parser did not compound
        (["Ruto", "Kenyan", "met"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
         ["B-PERSON", "B-NORP", "O"], [("Ruto", "PERSON"), ("Kenyan", "NORP")]),
        (["Putin", "Xi", "met"], [2, 2, 2], ["nsubj", "nsubj", "ROOT"], ["B-PERSON", "B-PERSON", "O"], [("Putin", "PERSON"), ("Xi", "PERSON")]),
    ],
)
def test_a_name_the_ner_split_is_one_person(words, heads, deps, ents, joined):
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.model import joined_person_names

    pos = ["VERB" if dep == "ROOT" else "PROPN" for dep in deps]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert [(e.text, e.label_) for e in joined_person_names(doc).ents] == joined


@pytest.mark.parametrize(
    "ents, labels",
    [
        # "Tomas Albanese spoke. Albanese met Ruto": the surname the NER took for a nationality is the person
        (["B-PERSON", "I-PERSON", "O", "O", "B-NORP", "O", "B-PERSON", "O"], [("Tomas Albanese", "PERSON"), ("Albanese", "PERSON"), ("Ruto", "PERSON")]),
        # ... or for an organisation
        (["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "B-PERSON", "O"], [("Tomas Albanese", "PERSON"), ("Albanese", "PERSON"), ("Ruto", "PERSON")]),
        # no full name on the page: the label stays
        (["B-ORG", "O", "O", "O", "B-NORP", "O", "B-PERSON", "O"], [("Tomas", "ORG"), ("Albanese", "NORP"), ("Ruto", "PERSON")]),
    ],
)
def test_a_surname_the_ner_mislabelled_is_the_person_named_in_full(ents, labels):
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.model import _surnames

    words = ["Tomas", "Albanese", "spoke", ".", "Albanese", "met", "Ruto", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    assert [(e.text, e.label_) for e in _surnames(doc).ents] == labels


def test_a_nationality_word_is_no_surname():
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.model import _surnames

    doc = Doc(spacy.blank("en").vocab, words=["Ana", "Kenya", "spoke", ".", "Kenya", "met", "Ruto"],
              ents=["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "B-PERSON"])
    assert [(e.text, e.label_) for e in _surnames(doc).ents] == [("Ana Kenya", "PERSON"), ("Kenya", "GPE"), ("Ruto", "PERSON")]


@pytest.mark.parametrize(
    "pos, dep, labels",
    [
        # "Luis Soto Vargas spoke. Vargas signs deals": the tagger's adjective, a subject, is the person
        ("ADJ", "nsubj", [("Luis Soto Vargas", "PERSON"), ("Vargas", "PERSON")]),
        ("NOUN", "nsubj", [("Luis Soto Vargas", "PERSON"), ("Vargas", "PERSON")]),
        # not as an object, and not a word the tagger already reads as a name (the extractor's own rules)
        ("ADJ", "dobj", [("Luis Soto Vargas", "PERSON")]),
        ("PROPN", "nsubj", [("Luis Soto Vargas", "PERSON")]),
    ],
)
def test_a_word_of_a_full_name_as_a_subject_is_the_person(pos, dep, labels):
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.model import _name_words

    words = ["Luis", "Soto", "Vargas", "spoke", ".", "Vargas", "signs", "deals", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 3, 3, 3, 6, 6, 6, 6],
              deps=["compound", "compound", "nsubj", "ROOT", "punct", dep, "ROOT", "dobj", "punct"],
              pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", pos, "VERB", "NOUN", "PUNCT"],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"])
    assert [(e.text, e.label_) for e in _name_words(doc).ents] == labels


def _canonical_labels_pairwise(person_labels, gaz):
    """The rule as first written, comparing every label with every full name: the reference the
    indexed version must agree with."""
    from kg.lexicon import spelling_variant
    from kg.resolve.actors import _same_full_name
    from kg.resolve.corpus import GENERATIONS, follow_chains

    gazetteer_people = set(gaz.people)
    full = sorted({p for p in person_labels | gazetteer_people if len(p.split()) > 1})
    mapping = {}
    for label in sorted(person_labels):
        words = label.split()
        if len(words) == 1:
            for position in (-1, 0):
                hits = [f for f in full if f.split()[position] == label]
                if len(hits) == 1:
                    mapping[label] = hits[0]
                    break
            else:
                # a word of the name, or a misspelt surname: never a misspelt given name (session 28)
                hits = [f for f in full if label in f.split() or spelling_variant(f.split()[-1], label)]
                if len(hits) == 1:
                    mapping[label] = hits[0]
        else:
            variants = [f for f in full if f != label and _same_full_name(f, label)]
            preferred = [v for v in variants if v in gazetteer_people]
            if preferred and label not in gazetteer_people:
                mapping[label] = preferred[0]
            elif variants and label not in gazetteer_people and variants[0] < label:
                mapping[label] = variants[0]
            elif not variants:  # namesakes: every full name with this last word starts with this letter
                kin = [f for f in full if f.split()[-1] == words[-1]]
                known = [f for f in kin if f in gazetteer_people]
                if len(words[-1]) >= 6 and len(kin) > 1 and all(f[0].lower() == label[0].lower() for f in kin) and len(known) < 2:
                    head = known[0] if known else min(kin)
                    if head != label:
                        mapping[label] = head
                if label not in mapping and label not in gazetteer_people:  # the one longer name it starts
                    longer = [f for f in full if len(f.split()) > len(words) and f.split()[: len(words)] == words
                              and not {w.lower() for w in f.split()[len(words):]} & GENERATIONS]
                    if len(longer) == 1:
                        mapping[label] = longer[0]
    return follow_chains(mapping)  # chains are followed the same way: the targets are what is compared


_WORDS = ["Takaichi", "Takaishi", "Sanae", "Sanai", "Shoigu", "Sergei", "Liu", "Jinsong", "Jiangyong", "Kim", "Kin",
          "Donald", "Trump", "Trumpp", "Xi", "Jinping", "Wang", "Yi", "Zelensky", "Zelenskyy", "Volodymyr", "Abara", "Abarra",
          "J.", "Tom", "Thomas", "Barrack", "Vladimir", "Aleksandr", "Alexander", "Lukashenko", "Lukashenka",
          "Raúl", "Raul", "Álvaro", "Alvaro", "Vučić", "Vucic", "Jr.", "Ondimba"]  # middle initials, given-name forms and accents (kg.resolve.actors._same_full_name)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sets(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join), max_size=25))
def test_indexed_corpus_merge_agrees_with_the_pairwise_rule(labels):
    gaz = load_gazetteer()
    assert _canonical_labels(labels, gaz) == _canonical_labels_pairwise(labels, gaz)


def test_indexed_corpus_merge_agrees_on_thousands_of_names():
    import random

    rng = random.Random(7)
    first = ["Amara", "Amarra", "Bilal", "Carmen", "Karmen", "Dmitri", "Dmitry", "Elif", "Farid", "Greta", "Hiroshi"]
    last = ["Abara", "Abarra", "Bakshi", "Castellanos", "Dvorak", "Dvorack", "Eriksen", "Erikson", "Fofana", "Haddad", "Takaichi"]
    labels = {f"{rng.choice(first)} {rng.choice(last)}" for _ in range(90)} | set(rng.sample(first + last, 12))
    gaz = load_gazetteer()
    assert _canonical_labels(labels, gaz) == _canonical_labels_pairwise(labels, gaz)


def test_namesakes_of_one_initial_are_one_person():
    labels = {"Aleksandr V. Morozenko", "Alexander Morozenko", "Tomas Halvorsen Brekke", "Tomas Brekke",
              "Ivana Petrenko", "Boris Petrenko", "Tan Wei", "Teo Wei"}
    mapping = _canonical_labels(labels, load_gazetteer())
    assert mapping["Alexander Morozenko"] == "Aleksandr V. Morozenko"  # the first alphabetically
    assert "Aleksandr V. Morozenko" not in mapping
    assert mapping["Tomas Halvorsen Brekke"] == "Tomas Brekke"
    assert not {"Ivana Petrenko", "Boris Petrenko"} & set(mapping)  # other initials: two people
    assert not {"Tan Wei", "Teo Wei"} & set(mapping)  # a short last word is often a given name


def test_a_full_name_with_its_last_names_left_out_is_one_person():
    """kg.resolve.corpus.NameIndex.extension: pages write a second surname or leave it out."""
    labels = {"Pedro Castillo", "Pedro Castillo Terrones", "Kofi Mensah", "Kofi Mensah Adjei", "Kofi Mensah Boateng",
              "Samuel Otieno", "Samuel Otieno Jr."}
    mapping = _canonical_labels(labels, load_gazetteer())
    assert mapping == {"Pedro Castillo": "Pedro Castillo Terrones"}  # two longer names, or a son: apart
    assert _canonical_labels({"Donald Trump", "Donald Trump Jr."}, load_gazetteer()) == {}


def test_names_that_differ_only_by_accents_are_one_person():
    # "Raúl Castro" and "Raul Castro" are one man even beside his brother, whose given name's
    # initial differs (dev cuba-us-thaw-obama-visit-2016); so are "Álvaro Uribe" and "Alvaro Uribe"
    labels = {"Raúl Castro", "Raul Castro", "Fidel Castro", "Álvaro Uribe", "Alvaro Uribe"}
    mapping = _canonical_labels(labels, load_gazetteer())
    assert mapping == {"Raúl Castro": "Raul Castro", "Álvaro Uribe": "Alvaro Uribe"}


def test_a_bare_surname_several_people_share_is_the_first_named():
    # the page names a man, then his sister, then writes the bare surname: the governor,
    # even when only the sister is in a statement of the corpus (the corpus merge would have
    # joined the bare name to the one full name it saw); "Ms" picks the woman
    text = "Mr Pavel Ostrova spoke. His sister, Lena Ostrova, met Chile. Police held Ostrova. Ms Ostrova met Peru."
    pavel = Mention(text="Mr Pavel Ostrova", name="Pavel Ostrova", kind="name", ner="PERSON", start=0, end=16, sentence=0, is_subject=True)
    lena = _mention("Lena Ostrova", 42, 1, subject=True)
    chile = _mention("Chile", 59, 1, ner="GPE")
    police = _mention("Police", 66, 2, kind="institution", ner="", subject=True)
    bare = _mention("Ostrova", 78, 2)
    ms = Mention(text="Ms Ostrova", name="Ostrova", kind="name", ner="PERSON", start=87, end=97, sentence=3, is_subject=True)
    peru = _mention("Peru", 102, 3, ner="GPE")

    def raw(subj, obj, lemma):
        return RawStatement(subject=subj, object=obj, lemma=lemma, text=lemma, sentence=subj.sentence,
                            sentence_start=0, sentence_end=len(text))

    parsed = ParsedDocument(mentions=(pavel, lena, chile, police, bare, ms, peru),
                            statements=(raw(lena, chile, "meet"), raw(police, bare, "hold"), raw(ms, peru, "meet")))
    statements, aliases = resolve_document(parsed)
    assert [(s.subject.label, s.raw.lemma, s.object.label) for s in statements] == [
        ("Lena Ostrova", "meet", "Chile"), ("Police", "hold", "Pavel Ostrova"), ("Lena Ostrova", "meet", "Peru"),
    ]
    merged, _ = merge_corpus([(Document(id="d", text=text, source="<test>"), statements, aliases)])
    assert {(s.subject.actor.label, s.object.actor.label) for s in merged} == {
        ("Lena Ostrova", "Chile"), ("Police", "Pavel Ostrova"), ("Lena Ostrova", "Peru"),
    }
