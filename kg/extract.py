"""Parsed sentence -> raw actor-relation-actor statements, by dependency rules.

Pure functions over a spaCy ``Doc``: no I/O, no globals. The rules are table-driven (the word
lists live in ``kg/data/lexicon.json``) and each emitted statement names the rule that fired:

==================  =============================================================================
rule                pattern
==================  =============================================================================
``svo``             active subject - verb - direct object / dative ("Xi told Trump")
``prep``            object after a preposition the verb governs ("met with", "spoke to", "call on")
``nominal``         support verb + event noun + preposition ("held talks with", "lodged a protest with")
``event_np``        event noun phrase with its participants ("a phone call with / between X and Y")
``during_event``    verb with subject and object inside an event noun ("told Y during a meeting")
``passive``         passive with an agent ("Japan was criticised by China" -> China criticise Japan)
``symmetric``       conjoined subjects of a symmetric verb ("Akiba and Yang talked")
``possessor``       possessor of an argument noun ("Takaichi's remarks angered Beijing")
``place``           a place acted upon by a verb or event noun with no other object ("demonstrated
                    in Serbia", "staged a protest in Beijing"): CAMEO's convention for targets
``demand``          a demand made of a that-clause's subject ("demanded that Israel withdraw",
                    "said Sudan must return")
==================  =============================================================================

Arguments are *mentions*: a named entity, a pronoun, a role noun ("the minister"), a group noun
with a nationality ("the Chinese regime") or a pair ("the two countries": two mentions). Turning
mentions into canonical actors is the job of :mod:`kg.resolve`; this module only says what the
sentence said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Span, Token

from kg.events import event_type
from kg.lexicon import Lexicon, load_gazetteer, load_lexicon

# Dependency labels, named once (spaCy's ClearNLP-style English scheme).
SUBJECT = "nsubj"
PASSIVE_SUBJECT = "nsubjpass"
DIRECT_OBJECT = "dobj"
DATIVE = "dative"
PREPOSITION = "prep"
PREP_OBJECT = "pobj"
AGENT = "agent"
APPOSITION = "appos"
POSSESSOR = "poss"
NEGATION = "neg"
AUXILIARY = ("aux", "auxpass")
PARTICLE = "prt"
PARTICIPANT_PREPS = frozenset({"with", "between"})
LOCATIVE_PREPOSITIONS = frozenset({"near", "outside", "inside", "around", "beyond"})  # never the first word of a name
NP_MODIFIERS = ("compound", "amod", "nmod", "poss", "nummod", "det", "case", "punct", "flat")

RULE_CONFIDENCE = {
    "svo": 0.9,
    "prep": 0.85,
    "passive": 0.85,
    "nominal": 0.85,
    "event_np": 0.8,
    "symmetric": 0.8,
    "during_event": 0.7,
    "possessor": 0.7,
    "demand": 0.8,
    "place": 0.6,
}


@dataclass(frozen=True)
class Mention:
    """A stretch of text that may refer to an actor.

    ``kind`` says how to resolve it: ``name`` (a named entity), ``pronoun``, ``role``
    ("the minister") or ``group`` ("the Chinese regime", "Chinese officials").
    """

    text: str  # what the sentence said: "Chinese President Xi Jinping"
    name: str  # the name part: "Xi Jinping" (the pronoun or role noun for other kinds)
    kind: str
    ner: str  # spaCy entity label of the name, or ""
    start: int  # character offsets of ``text`` in the document
    end: int
    sentence: int  # sentence index in the document
    is_subject: bool = False
    roles: tuple[str, ...] = ()  # titles and role nouns around the name: ("president",)
    hints: tuple[str, ...] = ()  # words that may name the actor's country: ("Chinese",)
    member: int = 0  # "the two countries" is two mentions of one span: member 1 and member 2

    @property
    def key(self) -> tuple[int, int, int]:
        """Identifies the mention within its document."""
        return (self.start, self.end, self.member)


@dataclass(frozen=True)
class RawStatement:
    subject: Mention
    object: Mention
    lemma: str
    text: str
    sentence: int
    sentence_start: int  # character offsets of the sentence in the document
    sentence_end: int
    negated: bool = False
    modality: str | None = None
    rule: str = "svo"
    symmetric: bool = False

    @property
    def confidence(self) -> float:
        return RULE_CONFIDENCE[self.rule]


@dataclass(frozen=True)
class ParsedDocument:
    """What extraction found in one document: every actor mention (in order) and the statements."""

    mentions: tuple[Mention, ...]
    statements: tuple[RawStatement, ...]
    sentences: int = 0
    words: int = 0


@dataclass
class _Context:
    """Per-document lookups built once, so every rule is a cheap dictionary access."""

    lex: Lexicon
    offset: int  # character offset of this Doc inside the document (documents are parsed in chunks)
    sentence_base: int
    entity_of: dict[int, Span] = field(default_factory=dict)
    known_verbs: frozenset[str] = frozenset()
    # _mentions is asked about the same token by several rules: answered once per (token, role)
    mentions_of: dict[tuple[int, bool], list[tuple[Mention, bool]]] = field(default_factory=dict)
    mention_at: dict[tuple[int, bool], Mention | None] = field(default_factory=dict)
    sentence_bounds: dict[int, tuple[int, int]] = field(default_factory=dict)  # first token -> trimmed chars
    sentence_of: dict[int, int] = field(default_factory=dict)


def extract(doc: Doc, offset: int = 0, sentence_base: int = 0, lexicon: Lexicon | None = None) -> ParsedDocument:
    """All mentions and raw statements of a parsed ``doc``.

    ``offset`` and ``sentence_base`` place a chunk of a long document inside the whole.
    """
    lex = lexicon or load_lexicon()
    ctx = _Context(lex=lex, offset=offset, sentence_base=sentence_base, known_verbs=_known_verbs(lex))
    for ent in doc.ents:
        if ent.label_ in ctx.lex.actor_entity_labels:
            for i in range(ent.start, ent.end):
                ctx.entity_of[i] = ent
    sentences = list(doc.sents)
    doc_text = doc.text
    for index, sent in enumerate(sentences):
        for i in range(sent.start, sent.end):
            ctx.sentence_of[i] = sentence_base + index
        text = doc_text[sent.start_char : sent.end_char]  # = sent.text, without a Token per word
        ctx.sentence_bounds[sent.start] = (
            sent.start_char + _leading_junk(text) + offset,
            sent.start_char + len(text.rstrip()) + offset,
        )

    mentions: dict[tuple[int, int, int], Mention] = {}
    for ent in doc.ents:
        if ent.label_ in ctx.lex.actor_entity_labels:
            mention = _mention(ent.root, ctx, is_subject=ent.root.dep_ in (SUBJECT, PASSIVE_SUBJECT))
            if mention is not None:
                _register(mentions, mention)
    statements: list[RawStatement] = []
    for sent in sentences:
        for statement in _sentence_statements(sent, ctx):
            statements.append(statement)
            for m in (statement.subject, statement.object):
                _register(mentions, m)
    # Pronouns and role nouns that are not arguments still matter as context for later ones.
    ordered = tuple(sorted(mentions.values(), key=lambda m: m.key))
    words = int((doc.to_array([IS_SPACE, IS_PUNCT]).sum(axis=1) == 0).sum()) if len(doc) else 0
    return ParsedDocument(mentions=ordered, statements=_dedupe(statements), sentences=len(sentences), words=words)


def _known_verbs(lex: Lexicon) -> frozenset[str]:
    """Every verb lemma the lexicon names (to repair lemmatizer slips, see :func:`_verb_lemma`)."""
    verbs = set(lex.support_verbs | lex.request_verbs | lex.reporting_verbs | lex.symmetric_verbs)
    verbs |= set(lex.place_target_verbs) | set(lex.phrasal_preps)
    for listed in lex.prep_objects.values():
        verbs |= listed or set()
    return frozenset(v for v in verbs if " " not in v)


def _register(mentions: dict[tuple[int, int, int], Mention], mention: Mention) -> None:
    """Keep one mention per span, with everything any rule learnt about it (roles, hints)."""
    key = mention.key
    known = mentions.get(key)
    if known is None:
        mentions[key] = mention
        return
    mentions[key] = replace(
        known,
        is_subject=known.is_subject or mention.is_subject,
        roles=tuple(dict.fromkeys(known.roles + mention.roles)),
        hints=tuple(dict.fromkeys(known.hints + mention.hints)),
    )


def _dedupe(statements: Iterable[RawStatement]) -> tuple[RawStatement, ...]:
    seen: dict[tuple, RawStatement] = {}
    for st in statements:
        key = (st.subject.key, st.object.key, st.lemma, st.sentence)
        if key not in seen or st.confidence > seen[key].confidence:
            seen[key] = st
    return tuple(seen.values())


# --------------------------------------------------------------------------- mentions


def _mention(token: Token, ctx: _Context, is_subject: bool = False) -> Mention | None:
    """The actor mention headed by ``token``, or None when the token cannot denote an actor."""
    key = (token.i, is_subject)
    if key not in ctx.mention_at:
        ctx.mention_at[key] = _find_mention(token, ctx, is_subject)
    return ctx.mention_at[key]


def _find_mention(token: Token, ctx: _Context, is_subject: bool) -> Mention | None:
    lex = ctx.lex
    lower = token.lower_
    if lower in lex.skip_actor_words and token.i not in ctx.entity_of:
        return None
    if token.pos_ == "PRON":
        if lower == "them" and any(
            a.dep_ in ("advcl", "relcl") and any(m.lower_ in lex.conditional_marks | {"when", "because"} for m in a.children)
            for a in token.ancestors
        ):
            return None  # "... if he gave them a veto": too far from what "them" could refer back to
        if lower in lex.person_pronouns or lower in lex.thing_pronouns:
            return _make(token, token.i, token.i, "pronoun", lower, "", ctx, is_subject)
        return None
    ent = ctx.entity_of.get(token.i)
    if ent is None and lower == "island" and any(c.lower_ == "the" for c in token.children):
        return _make(token, token.i, token.i, "island", "the island", "", ctx, is_subject)  # refers back
    if ent is None and _is_bare_name(token, lex):
        # A capitalised name the NER missed ("Takaichi's remarks"): kept as an untyped name that
        # resolution accepts only when it matches an actor known from elsewhere.
        left = min([c.i for c in token.lefts if c.dep_ == "compound" and _is_bare_name(c, lex)] + [token.i])
        name = token.doc[left : token.i + 1].text
        return _make(token, left, token.i, "name", name, "", ctx, is_subject, (), _hints(token, ctx))
    if ent is None:
        # "Japan's national security adviser, Takeo Akiba": the apposition is the name.
        for child in token.children:
            if child.dep_ == APPOSITION and child.i in ctx.entity_of:
                inner = _mention(child, ctx, is_subject)
                if inner is not None and inner.kind == "name":
                    return _with_extra(inner, token, ctx)
        # "the al-Qaeda network", "the Hamas movement": the named organisation itself.
        if token.pos_ == "NOUN" and lower in lex.organisation_nouns:
            names = [c for c in token.lefts if c.dep_ == "compound" and c.i in ctx.entity_of]
            if names and ctx.entity_of[names[-1].i].label_ == "ORG":
                return _mention(ctx.entity_of[names[-1].i].root, ctx, is_subject)
        # "the Trump administration": an entity compound on a government noun.
        lemma = token.lemma_.lower()
        if lemma not in lex.government_nouns | lex.role_nouns:
            lemma = lower  # "troops": listed as the plural ("troop" is something else)
        if token.pos_ in ("NOUN", "PROPN") and lemma in lex.government_nouns | lex.role_nouns:
            hints = _hints(token, ctx)
            # "officials", "diplomats": a plural role noun with a nationality is the state acting
            plural = token.tag_ in ("NNS", "NNPS")  # "officials", "foreign ministers": several people of a state
            kind = "role" if lemma in lex.role_nouns and not plural else "group"
            if kind == "group":  # "the Kishida administration": the leader's country
                hints += tuple(c.text for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")
            if kind == "group" and not hints:
                return None
            left = _np_left(token, ctx)
            return _make(token, left, token.i, kind, lemma, "", ctx, is_subject, roles=(lemma,), hints=hints)
        # "Palestinian refugees", "Darfur rebels", "a Nigerian student": a non-state group (or one
        # unnamed member) named by where it is from
        group = lower if _collective(lower, lex) else None
        if group is None and lower in lex.quantity_nouns:  # "opposition groups in Zimbabwe"
            kinds = [c.lower_ for c in token.lefts if c.dep_ == "compound" and _collective(c.lower_, lex)]
            group = f"{kinds[0]} {lower}" if kinds else None
        if token.pos_ == "NOUN" and group is not None:
            hints = _hints(token, ctx)
            if hints:
                name = f"{hints[0]} {group}"
                # "ethnic Albanian guerrillas": not Albania's; they belong where the text says they live
                if any(t.lower_ == "ethnic" for t in token.doc[_np_left(token, ctx) : token.i]):
                    name, hints = f"ethnic {name}", tuple(_residence(token, ctx))
                return _make(token, _np_left(token, ctx), token.i, "collective", name, "", ctx, is_subject, hints=hints)
        return None
    if token.doc[ent.start].lower_ in LOCATIVE_PREPOSITIONS:
        return None  # "Near Ar Raqqah, five strikes engaged ...": a place phrase the NER took for a name
    if ent.label_ == "NORP":
        # "ethnic Albanians", "the Albanians of southern Serbia": a people, not the state of that
        # name; where the text says where they live, that country is theirs
        ethnic = any(c.lower_ == "ethnic" for c in ent.root.children)
        homes = tuple(_residence(ent.root, ctx))
        if ethnic or (homes and ent.root.tag_ in ("NNPS", "NNS")):
            name = f"ethnic {ent.text}" if ethnic else ent.text
            return _make(ent.root, _np_left(ent.root, ctx), ent.end - 1, "collective", name, "", ctx, is_subject, hints=homes)
    if ent.root.i != token.i and token.i != ent.end - 1:
        token = ent.root
    left = min(_np_left(ent.root, ctx), ent.start)
    roles = tuple(
        t.lower_ for t in token.doc[left : ent.end] if t.lower_ in lex.person_titles or t.lemma_.lower() in lex.role_nouns
    )
    hints = tuple(_hints(ent.root, ctx, stop=ent.start))
    words = [t for t in ent if t.lower_ != "the" or t.i != ent.start]
    while words and words[-1].tag_ == "POS":  # "Nancy Pelosi's"
        words.pop()
    if ent.label_ == "PERSON":  # NER sometimes takes the title in: "PM Takaishi"
        while len(words) > 1 and (words[0].lower_ in lex.person_titles or words[0].lower_.rstrip(".") in lex.person_titles):
            words.pop(0)
    name = token.doc[words[0].i : words[-1].i + 1].text if words else ent.text
    mention = _make(ent.root, left, ent.end - 1, "name", name, ent.label_, ctx, is_subject, roles, hints)
    # "Kanai Masaaki, the Director-General ... at Japan's Foreign Ministry": roles and
    # nationality from the apposition and from "at / of / from" phrases on the name.
    for child in ent.root.children:
        if (child.dep_ == APPOSITION and child.i not in ctx.entity_of) or (
            child.dep_ == PREPOSITION and child.lower_ in ("at", "of", "from")
        ):
            mention = _with_extra(mention, child, ctx)
    return mention


def _collective(word: str, lex: Lexicon) -> bool:
    """Whether a noun names a non-state group or one member of it ("rebels", "rebel", "businessman")."""
    groups = lex.collective_nouns
    return word in groups or f"{word}s" in groups or (word.endswith("man") and f"{word[:-3]}men" in groups)


def _is_bare_name(token: Token, lex: Lexicon) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_type_ == ""
        and token.lower_ not in lex.person_titles
        and token.lemma_.lower() not in lex.role_nouns
    )


def _make(
    head: Token,
    left: int,
    right: int,
    kind: str,
    name: str,
    ner: str,
    ctx: _Context,
    is_subject: bool,
    roles: tuple[str, ...] = (),
    hints: tuple[str, ...] = (),
) -> Mention:
    doc = head.doc
    while left < right and doc[left].dep_ in ("det", "punct", "case") and doc[left].i not in ctx.entity_of:
        left += 1
    span = doc[left : right + 1]
    return Mention(
        text=span.text,
        name=name,
        kind=kind,
        ner=ner,
        start=span.start_char + ctx.offset,
        end=span.end_char + ctx.offset,
        sentence=ctx.sentence_of.get(head.i, ctx.sentence_base),
        is_subject=is_subject,
        roles=roles,
        hints=hints,
    )


def _with_extra(mention: Mention, other: Token, ctx: _Context) -> Mention:
    """Add the role words and country hints of an apposed noun phrase to ``mention``."""
    lex = ctx.lex
    words = [t for t in other.subtree]
    roles = tuple(t.lower_ for t in words if t.lemma_.lower() in lex.role_nouns or t.lower_ in lex.person_titles)
    return replace(
        mention,
        roles=tuple(dict.fromkeys(mention.roles + roles)),
        hints=tuple(dict.fromkeys(mention.hints + _hints(other, ctx))),
    )


def _np_left(head: Token, ctx: _Context) -> int:
    """Left edge of the pre-modifiers of ``head`` ("Chinese leader" in "Chinese leader Xi Jinping")."""
    left = head.i
    for child in head.lefts:
        if child.dep_ in NP_MODIFIERS:
            left = min(left, child.left_edge.i)
    return left


def _residence(people: Token, ctx: _Context) -> Iterator[str]:
    """Where a people named by a demonym lives: "Albanians in / of Serbia", "Turks living in Germany"."""
    for prep, pobj in _preps(people, frozenset({"in", "of"})):
        ent = ctx.entity_of.get(pobj.i)
        if ent is not None and ent.label_ in ("GPE", "LOC"):
            yield ent.text
    for verb in people.children:
        if verb.dep_ == "acl" and verb.lemma_ in ("live", "reside", "settle"):
            yield from _residence(verb, ctx)


def _hints(head: Token, ctx: _Context, stop: int | None = None) -> tuple[str, ...]:
    """Nationality words in the noun phrase of ``head``: demonyms, country names, possessors."""
    hints = []
    for token in head.subtree:
        if stop is not None and token.i >= stop:
            break
        ent = ctx.entity_of.get(token.i)
        if ent is not None and ent.label_ in ("NORP", "GPE", "ORG") and token.i == ent.start and token.i != head.i:
            hints.append(ent.text)
    return tuple(hints)


def _mentions(token: Token, ctx: _Context, is_subject: bool = False) -> list[tuple[Mention, bool]]:
    """Mentions for ``token`` and its conjuncts; the flag says whether the possessor rule was used."""
    key = (token.i, is_subject)
    if key not in ctx.mentions_of:
        ctx.mentions_of[key] = _find_mentions(token, ctx, is_subject)
    return list(ctx.mentions_of[key])


def _find_mentions(token: Token, ctx: _Context, is_subject: bool) -> list[tuple[Mention, bool]]:
    found = []
    # "The US, Russia, and Switzerland met": a list the parser hangs on the first name as apposition
    listed = [c for c in token.children if c.dep_ == APPOSITION and c.i in ctx.entity_of and c.conjuncts]
    for t in (token, *token.conjuncts, *[x for c in listed for x in (c, *c.conjuncts)]):
        pair = _pair(t, ctx, is_subject)
        if pair:
            found.extend((m, False) for m in pair)
            continue
        mention = _mention(t, ctx, is_subject)
        if mention is None and t.ent_type_ in ("DATE", "TIME"):
            # "met with President Bashar Assad Tuesday": the parser makes the day the head
            names = [c for c in t.children if c.dep_ == "compound" and c.i in ctx.entity_of]
            mention = _mention(ctx.entity_of[names[-1].i].root, ctx, is_subject) if names else None
        if mention is not None:
            found.extend((m, False) for m in _split_nationalities(mention, t, ctx))
            continue
        # "Takaichi's remarks", "Beijing's position": the possessor stands for the actor; failing
        # one, a nationality ("a Senegalese peace plan") or an author ("an offer from Kabul").
        if t.lemma_.lower() in ctx.lex.proxy_nouns or _hyphenated(t) in ctx.lex.proxy_nouns:
            owners = [c for c in t.children if c.dep_ == POSSESSOR]
            if not owners:
                owners = _nationality_words(t, labels=("NORP", "GPE", "ORG"))
            if not owners:  # "an offer from Kabul", "calls by Belarus's rulers", "positions of the army"
                owners = [o for p in t.children if p.dep_ == PREPOSITION and p.lower_ in ("from", "by", "of")
                          for o in p.children if o.dep_ == PREP_OBJECT]  # fmt: skip
            if not owners and t.lower_ in ctx.lex.place_proxy_nouns:  # "targets in Jericho", "a camp for refugees"
                owners = [o for _, o in _preps(t, frozenset({"in"})) if o.ent_type_ == "GPE"]
                owners += [o for _, o in _preps(t, frozenset({"for"}))]
            for owner in owners:  # "the resurgence of Japanese militarism": an owner may be a proxy too
                owned = _mentions(owner, ctx, is_subject)
                if not owned and owner.pos_ == "NOUN":  # "imports of Japanese seafood": the goods' country
                    owned = [m for c in _nationality_words(owner) for m in _mentions(c, ctx, is_subject)]
                found.extend((possessor, True) for possessor, _ in owned)
            continue
        # "Thousands of students", "a group of Yoruba leaders": the actor is in the "of" phrase.
        if t.lower_ in ctx.lex.quantity_nouns or t.like_num:
            for _, pobj in _preps(t, frozenset({"of"})):
                found.extend(_mentions(pobj, ctx, is_subject))
            continue
        # "Japan's allies, including the United States, urged ...": the named members act.
        for prep in t.children:
            if prep.dep_ == PREPOSITION and (prep.lower_ == "including" or (prep.lower_ == "as" and any(
                    c.lower_ == "such" for c in prep.lefts))):  # fmt: skip
                for member in (c for c in prep.children if c.dep_ == PREP_OBJECT):
                    found.extend((m, False) for m, _ in _mentions(member, ctx, is_subject))
    return found


def _pair(token: Token, ctx: _Context, is_subject: bool) -> list[Mention]:
    """"the two countries", "both sides", "the two leaders", "between the two": two mentions of
    one span (members 1 and 2), resolved to the last two actors of the type named before."""
    lower = token.lower_
    if lower == "two" and any(c.dep_ == "det" for c in token.children) and token.dep_ == PREP_OBJECT:
        kind_of = "Country"  # "a wedge between the two"
    elif lower in ctx.lex.pair_nouns and any(
        c.lower_ == "both" or (c.lower_ == "two" and any(d.lower_ == "the" for d in token.children))
        for c in token.children
    ):
        kind_of = ctx.lex.pair_nouns[lower]
    else:
        return []
    left = min([c.i for c in token.lefts if c.dep_ in ("det", "nummod", "predet", "amod")] + [token.i])
    first = _make(token, left, token.i, "pair", kind_of, "", ctx, is_subject)
    return [replace(first, member=1), replace(first, member=2)]


def _nationality_words(
    head: Token, deps: tuple[str, ...] = ("amod", "compound"), labels: tuple[str, ...] = ("NORP", "GPE")
) -> list[Token]:
    """Modifiers of ``head`` that name a nationality or country ("Japanese" in "Japanese goods")."""
    return [c for c in head.children if c.dep_ in deps and c.ent_type_ in labels]


def _hyphenated(token: Token) -> str:
    """The word a token ends, hyphens included: "build-up" is parsed as "build", "-", "up"."""
    doc, i = token.doc, token.i
    if i < 2 or token.nbor(-1).text != "-":
        return token.lower_
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i : token.i + 1].text.lower()


def _split_nationalities(mention: Mention, head: Token, ctx: _Context) -> list[Mention]:
    """"Hungarian and Romanian officials", "the ministers of China and Japan": one state group per
    nationality, each mention spanning its own nationality word; other mentions as they are."""
    if mention.kind != "group":
        return [mention]
    words = _nationality_words(head, deps=("amod", "compound", "nmod"))
    words += [pobj for _, pobj in _preps(head, frozenset({"of"})) if pobj.ent_type_ == "GPE"]  # "ministers of China and Japan"
    nationalities = [w for first in words for w in (first, *first.conjuncts) if w.ent_type_ in ("NORP", "GPE")]
    if len(nationalities) < 2:
        return [mention]
    return [
        replace(mention, text=w.text, start=w.idx + ctx.offset, end=w.idx + len(w.text) + ctx.offset, hints=(w.text,))
        for w in nationalities
    ]


# --------------------------------------------------------------------------- predicates


def _sentence_statements(sent: Span, ctx: _Context) -> Iterator[RawStatement]:
    for token in sent:
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            statements = list(_verb_statements(token, sent, ctx))
            if not statements:
                continue  # nothing for the rules below to wrap (a verb is not a noun: no noun rules either)
            yield from statements
            head = token.head
            # "Pakistan refused to deploy troops in Iraq": the refusal is itself an act on Y
            if token.dep_ == "xcomp" and head.lemma_.lower() in ctx.lex.refusal_verbs:
                negated, modality = _negation_and_modality(head, ctx)
                for st in statements:
                    yield replace(st, lemma=head.lemma_.lower(), text=head.text, negated=negated, modality=modality, symmetric=False)
            # "X threatened to use force against Y": the threat itself is an X -> Y statement.
            if token.dep_ == "xcomp" and head.lemma_.lower() in ctx.lex.threat_verbs:
                negated, modality = _negation_and_modality(head, ctx)
                for st in statements:  # "threatened to break off relations with": a hostile act, even if mutual
                    if not st.symmetric or _hostile(st.lemma):
                        yield replace(st, lemma=head.lemma_.lower(), text=head.text, negated=negated, modality=modality)
            # "Nigeria will withdraw its force from Chad unless ...": a conditional promise is a threat.
            unless = [c for c in token.children if c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children)]
            for st in statements if unless else ():
                if st.modality == "future" and not st.symmetric and not st.negated:
                    yield replace(st, lemma="threaten", text=f"{st.text} unless", modality=None)
        if token.pos_ in ("NOUN", "PROPN") and _event_lemma(token, ctx):
            yield from _event_np_statements(token, sent, ctx)
        if token.pos_ == "NOUN":
            yield from _agent_event_statements(token, sent, ctx)
            yield from _relation_noun_statements(token, sent, ctx)


def _agent_event_statements(noun: Token, sent: Span, ctx: _Context) -> Iterator[RawStatement]:
    """"China's intervention in Taiwan", "the Russian invasion of Ukraine": an event noun whose
    agent is its possessor or nationality and whose target is a prepositional object."""
    entry = ctx.lex.agent_event_nouns.get(noun.lower_) or ctx.lex.agent_event_nouns.get(noun.lemma_.lower())
    if entry is None:
        return
    lemma, preps = entry
    governor = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    modality = _negation_and_modality(governor, ctx)[1] if governor is not None else None  # "would be"
    agents = (
        [c for c in noun.children if c.dep_ == POSSESSOR]
        or _nationality_words(noun)
        or [pobj for _, pobj in _preps(noun, frozenset({"from", "by"}))]  # "criticism from the G7"
    )
    for agent_token in agents:
        agent = _mention(agent_token, ctx, is_subject=True)
        if agent is None:
            continue
        for prep, pobj in _preps(noun, preps):
            for obj, _ in _mentions(pobj, ctx):
                yield _statement(noun, sent, ctx, agent, obj, lemma, [noun, prep], "event_np", False, modality, False)


def _relation_noun_statements(noun: Token, sent: Span, ctx: _Context) -> Iterator[RawStatement]:
    """"Japan's allies, including the United States", "the United States, its ally": a standing
    relation (ally, partner, rival...) of the named member to the possessor."""
    relation = ctx.lex.relation_nouns.get(noun.lower_)
    if relation is None:
        return
    owners = [m for c in noun.children if c.dep_ == POSSESSOR for m, _ in _mentions(c, ctx)]
    if not owners:
        return
    members = [pobj for prep, pobj in _preps(noun, frozenset({"including", "like"}))]
    members += [pobj for prep, pobj in _preps(noun, frozenset({"as"})) if any(c.lower_ == "such" for c in prep.lefts)]
    members += [c for c in noun.children if c.dep_ == APPOSITION]
    if noun.dep_ == APPOSITION:
        members.append(noun.head)
    for member_token in members:
        for member, _ in _mentions(member_token, ctx, is_subject=True):
            for owner in owners:
                yield _statement(noun, sent, ctx, member, owner, relation, [noun], "possessor", False, None)


def _verb_statements(verb: Token, sent: Span, ctx: _Context) -> Iterator[RawStatement]:
    lex = ctx.lex
    lemma = _verb_lemma(verb, ctx)
    # "be", "have", ... relate nothing by themselves, but can carry an event noun ("has disputes with")
    plain = lemma not in lex.skip_relation_lemmas
    negated, modality = _negation_and_modality(verb, ctx)
    is_passive = any(c.dep_ in (PASSIVE_SUBJECT, "auxpass") for c in verb.children)
    def make(subj: Mention, obj: Mention, lem: str, words: list[Token], rule: str, sym: bool = False) -> RawStatement:
        return _statement(verb, sent, ctx, subj, obj, lem, words, rule, negated, modality, sym)

    verb_words = [verb, *[c for c in verb.children if c.dep_ in (PARTICLE, "auxpass", NEGATION)]]

    if is_passive:
        objects = [c for c in verb.children if c.dep_ == PASSIVE_SUBJECT]
        if lemma in lex.stative_passives and not any(c.dep_ == AGENT for c in verb.children):
            # "Israel is opposed to French mediation": a state of the subject, not a passive act
            for prep, pobj in _preps(verb, lex.stative_passives[lemma]):
                for subj_token in objects:
                    for subj, _ in _mentions(subj_token, ctx, is_subject=True):
                        for obj, via_possessor in _mentions(pobj, ctx):
                            yield make(subj, obj, lemma, [*verb_words, prep], "possessor" if via_possessor else "prep")
            return
        for agent in (c for c in verb.children if c.dep_ == AGENT):
            for pobj in (c for c in agent.children if c.dep_ == PREP_OBJECT):
                for subj, _ in _mentions(pobj, ctx, is_subject=True):
                    for obj_token in objects:
                        for obj, via_possessor in _mentions(obj_token, ctx):
                            yield make(subj, obj, lemma, verb_words + [agent], "possessor" if via_possessor else "passive")
                        # "Evidence against Russia was presented by the US"
                        if obj_token.pos_ == "NOUN" and not _mentions(obj_token, ctx):
                            for against, target in _preps(obj_token, frozenset({"against"})):
                                for obj, _ in _mentions(target, ctx):
                                    rel = f"{lemma} {obj_token.lemma_.lower()}"
                                    yield make(subj, obj, rel, [*verb_words, obj_token, against, agent], "passive")
        return

    # "relations between China and Japan have deteriorated": the verb relates the two
    if plain and not any(c.dep_ == DIRECT_OBJECT for c in verb.children):
        for noun in (c for c in verb.children if c.dep_ == SUBJECT and c.lower_ in lex.relation_subjects):
            parties = [m for _, pobj in _preps(noun, frozenset({"between"})) for m, _ in _mentions(pobj, ctx)]
            for i, first in enumerate(parties):
                for second in parties[i + 1 :]:
                    yield make(first, second, lemma, [noun, verb], "symmetric", sym=True)
    subjects = _subjects(verb, ctx)
    if not subjects:
        return
    # "X is critical of Y", "Japan has become more vocal about China's build-up"
    for adjective in (c for c in verb.children if c.dep_ in ("acomp", "attr") and c.lower_ in lex.adjective_relations):
        relation, preps = lex.adjective_relations[adjective.lower_]
        for prep, pobj in _preps(adjective, preps):
            for obj, via_possessor in _mentions(pobj, ctx):
                for subj, subj_possessor in subjects:
                    yield make(subj, obj, relation, [verb, adjective, prep], "possessor" if via_possessor or subj_possessor else "prep")
    emitted_objects: list[Mention] = []
    # An event noun as object ("provided military aid to Taiwan", "has disputes with China") takes
    # the participants of the verb's own prepositions too, instead of a second plain-verb statement.
    event_object = next(
        (c for c in verb.children if c.dep_ == DIRECT_OBJECT and lemma in lex.support_verbs and _event_lemma(c, ctx, lemma)),
        None,
    )
    places = list(_place_targets(verb, lemma, ctx))
    for subj, subj_possessor in subjects:
        base_rule = "possessor" if subj_possessor else None
        for child in verb.children:
            if child.dep_ == DIRECT_OBJECT and lemma in lex.mediation_verbs:
                # "Egypt brokered a ceasefire between Israel and Hamas": the broker mediates with each party
                for between, pobj in _preps(child, frozenset({"between"})):
                    for obj, _ in _mentions(pobj, ctx):
                        emitted_objects.append(obj)
                        yield make(subj, obj, "mediate", [*verb_words, child, between], base_rule or "nominal")
            if child.dep_ == DATIVE and child.pos_ == "ADP":  # "gave aid to Taiwan" parsed as a dative "to"
                child_objects = [c for c in child.children if c.dep_ == PREP_OBJECT]
                if event_object is not None:
                    event = _event_lemma(event_object, ctx, lemma)
                    for pobj in child_objects:
                        for obj, _ in _mentions(pobj, ctx):
                            emitted_objects.append(obj)
                            words = [*verb_words, event_object, child]
                            yield make(subj, obj, event, words, base_rule or "nominal", _symmetric_noun(event_object, ctx))
                elif plain and child.lower_ in ctx.lex.prep_objects:
                    for pobj in child_objects:
                        for obj, via_possessor in _mentions(pobj, ctx):
                            emitted_objects.append(obj)
                            yield make(subj, obj, _with_object(lemma, verb, ctx), [*verb_words, child], base_rule or "prep")
            elif child.dep_ in (DIRECT_OBJECT, DATIVE):
                # "the secretariat, which Akiba heads": the relative pronoun is the noun it hangs on
                relative = child.lower_ in ("which", "that", "whom") and verb.dep_ == "relcl"
                if relative and sum(c.dep_ == DIRECT_OBJECT for c in verb.children) > 1:
                    continue  # a misparse: the verb has an object of its own
                target = verb.head if relative else child
                for obj, via_possessor in _mentions(target, ctx) if plain else ():
                    rule = base_rule or ("possessor" if via_possessor else "svo")
                    emitted_objects.append(obj)
                    yield make(subj, obj, lemma, verb_words, rule)
                event = _event_lemma(child, ctx, lemma)
                if event and lemma in lex.support_verbs:
                    preps = lex.event_preps | ({"over", "about", "at"} if child.lower_ in lex.emotion_nouns else set())
                    preps |= lex.agent_event_nouns.get(child.lower_, ("", frozenset()))[1]  # "the withdrawal ... from"
                    for prep, pobj in _event_preps(child, frozenset(preps), ctx):
                        for obj, _ in _mentions(pobj, ctx):
                            emitted_objects.append(obj)
                            words = [*verb_words, child, prep]
                            yield make(subj, obj, event, words, base_rule or "nominal", _symmetric_noun(child, ctx))
                elif plain and child.pos_ == "NOUN" and not _mentions(child, ctx):
                    # "shared evidence with the U.S.": the parser hangs the partner on the object
                    if lemma in lex.exchange_verbs:
                        for with_, pobj in _preps(child, frozenset({"with"})):
                            for obj, _ in _mentions(pobj, ctx):
                                emitted_objects.append(obj)
                                yield make(subj, obj, lemma, [*verb_words, with_], base_rule or "prep")
                    # "presented evidence against Russia", "ordered an inquiry against Iran"
                    for prep, pobj in _preps(child, frozenset({"against"})):
                        for obj, _ in _mentions(pobj, ctx):
                            emitted_objects.append(obj)
                            yield make(subj, obj, f"{lemma} {child.lemma_.lower()}", [*verb_words, child, prep], base_rule or "nominal")
                    # "demanded an admission by Moscow", "autonomy from Serbia", "the withdrawal of Serbian forces"
                    if lemma in lex.request_verbs or lemma == "seek":
                        for prep, pobj in _preps(child, frozenset({"by", "from", "of"})):
                            for obj, _ in _mentions(pobj, ctx):
                                emitted_objects.append(obj)
                                yield make(subj, obj, lemma, [*verb_words, prep], base_rule or "prep")
                # "reiterated its demand that Israel ease ...": a demand made of the clause's subject
                request = child if plain and child.lower_ in lex.request_nouns else None
                for clause in (c for c in child.children if c.dep_ in ("acl", "ccomp")) if request is not None else ():
                    if (demand := _demand_lemma(lemma, clause, ctx, request)) is not None:
                        for inner_subject in (c for c in clause.children if c.dep_ == SUBJECT):
                            for obj, _ in _mentions(inner_subject, ctx):
                                emitted_objects.append(obj)
                                yield make(subj, obj, demand, [*verb_words, child], base_rule or "demand")
            elif child.dep_ == PREPOSITION and event_object is not None and child.lower_ in lex.event_preps:
                event = _event_lemma(event_object, ctx, lemma)
                for pobj in (c for c in child.children if c.dep_ == PREP_OBJECT):
                    for obj, _ in _mentions(pobj, ctx):
                        emitted_objects.append(obj)
                        words = [*verb_words, event_object, child]
                        yield make(subj, obj, event, words, base_rule or "nominal", _symmetric_noun(event_object, ctx))
            elif child.dep_ == PARTICLE and plain and _up_to_number(child):
                # "kidnapped up to 16 Russian advisers": a number the parser took for a particle and a preposition
                for _, pobj in _preps(child, frozenset({"to"})):
                    for obj, via_possessor in _mentions(pobj, ctx):
                        emitted_objects.append(obj)
                        yield make(subj, obj, lemma, [verb], base_rule or ("possessor" if via_possessor else "svo"))
            elif child.dep_ == PREPOSITION and plain:
                prep = child.lower_
                if prep == "to" and lemma in lex.motion_verbs and not any(c.dep_ == DIRECT_OBJECT for c in verb.children):
                    continue  # "returned to Geneva": going somewhere ("returned the islands to Japan" still counts)
                for pobj in (c for c in child.children if c.dep_ == PREP_OBJECT):
                    if pobj.pos_ == "NOUN" and not _mentions(pobj, ctx):
                        # "called for sanctions against Nigeria": the target of what the verb asks for
                        for against, target in _preps(pobj, frozenset({"against"})):
                            for obj, _ in _mentions(target, ctx):
                                emitted_objects.append(obj)
                                rel = f"{lemma} {prep}" if prep in lex.phrasal_preps.get(lemma, ()) else lemma
                                yield make(subj, obj, rel, [*verb_words, child, pobj, against], base_rule or "prep")
                    if _governs_prep_object(lemma, prep, ctx):
                        for obj, via_possessor in _mentions(pobj, ctx):
                            rel = f"{lemma} {prep}" if prep in lex.phrasal_preps.get(lemma, ()) else _with_object(lemma, verb, ctx)
                            rule = base_rule or ("possessor" if via_possessor else "prep")
                            emitted_objects.append(obj)
                            yield make(subj, obj, rel, [*verb_words, child], rule)
            # "X demanded that Y withdraw", "X said Y must withdraw": a demand made of Y.
            elif plain and child.dep_ == "ccomp" and (demand := _demand_lemma(lemma, child, ctx, _request_object(verb, ctx))):
                for inner_subject in (c for c in child.children if c.dep_ == SUBJECT):
                    for obj, _ in _mentions(inner_subject, ctx):
                        emitted_objects.append(obj)
                        yield make(subj, obj, demand, verb_words, base_rule or "demand")
            # "China called for Takaichi to retract ...", "renewed its call for Japan to ...": the
            # subject of a for-to clause.
            elif plain and child.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
                request = _request_object(verb, ctx)
                asker = lex.request_nouns[request.lower_] if request is not None else lemma
                if request is not None or _governs_prep_object(lemma, "for", ctx):
                    rel = f"{asker} for" if "for" in lex.phrasal_preps.get(asker, ()) else asker
                    for inner_subject in (c for c in child.children if c.dep_ == SUBJECT):
                        for obj, via_possessor in _mentions(inner_subject, ctx):
                            emitted_objects.append(obj)
                            yield make(subj, obj, rel, [*verb_words, *[m for m in child.children if m.dep_ == "mark"]], base_rule or "prep")
        # "demonstrated in Serbia", "staged a protest in Beijing": the place is acted upon.
        if not emitted_objects:
            for obj, rel, words in places:
                yield make(subj, obj, rel, [*verb_words, *words], base_rule or "place")
        # "Yang told Akiba during a seven-hour meeting": the meeting joins subject and object.
        for prep, pobj in _preps(verb, lex.during_preps):
            event = _event_lemma(pobj, ctx)
            if event and not any(_mentions(o, ctx) for _, o in _preps(pobj, PARTICIPANT_PREPS)):
                for obj in emitted_objects:
                    yield make(subj, obj, event, [pobj], "during_event", sym=True)
    # "Akiba and Yang talked": conjoined subjects of a symmetric predicate relate to each other.
    if plain and lemma in lex.symmetric_verbs and not emitted_objects and len(subjects) > 1:
        names = [m for m, _ in subjects]
        relation = _with_object(lemma, verb, ctx)  # "India and Pakistan exchanged fire": "exchange fire"
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                yield make(first, second, relation, verb_words, "symmetric", sym=True)
    # "China and Japan decided to hold more talks", "China and Russia held joint drills":
    # a symmetric (or joint) event noun, conjoined subjects.
    # "U.S. and Russian negotiators return to Geneva for talks": they come for a joint event.
    nouns = [c for c in verb.children if c.dep_ == DIRECT_OBJECT] if lemma in lex.support_verbs else []
    if lemma in lex.motion_verbs:
        nouns += [pobj for _, pobj in _preps(verb, frozenset({"for"}))]
    for child in nouns if len(subjects) > 1 else ():
        event = _event_lemma(child, ctx, lemma)
        joint = any(c.dep_ == "amod" and c.lower_ in lex.joint_modifiers for c in child.children)
        symmetric = event is not None and (event in lex.symmetric_verbs or _symmetric_noun(child, ctx) or joint)
        if event and symmetric:
            if not any(_mentions(pobj, ctx) for _, pobj in _preps(child, lex.event_preps)):  # "agreement on the fate of"
                names = [m for m, _ in subjects]
                for i, first in enumerate(names):
                    for second in names[i + 1 :]:
                        yield make(first, second, event, [*verb_words, child], "symmetric", sym=True)


def _event_np_statements(noun: Token, sent: Span, ctx: _Context) -> Iterator[RawStatement]:
    """Event noun phrases with their participants: "a phone call between X and Y", and
    "In a phone call with Y, X said ..." (the clause subject is the other participant)."""
    event = _event_lemma(noun, ctx)

    def make(subj: Mention, obj: Mention, words: list[Token]) -> RawStatement:
        return _statement(noun, sent, ctx, subj, obj, event, words, "event_np", False, None, _symmetric_noun(noun, ctx))

    for prep, pobj in _preps(noun, frozenset({"between"})):
        parties = [m for m, _ in _mentions(pobj, ctx)]
        for i, first in enumerate(parties):
            for second in parties[i + 1 :]:
                yield make(first, second, [noun, prep])
    # "the US-China rivalry", "the Russia-Ukraine war": actors compounded onto the event noun.
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    parties = []
    for token in compounds:
        parties += [t for t in token.subtree if t.dep_ == "compound" and t.i in ctx.entity_of] or (
            [token] if token.i in ctx.entity_of else []
        )
    mentions = list({(m.start, m.end): m for t in parties if (m := _entity_only(t, ctx)) is not None}.values())
    if len(mentions) == 2 and _symmetric_noun(noun, ctx):
        yield make(mentions[0], mentions[1], [noun])
    # "Trump's visit to Japan", "Xi's call with Kishida": the possessor is the agent.
    for possessor in (c for c in noun.children if c.dep_ == POSSESSOR):
        agent = _mention(possessor, ctx, is_subject=True)
        if agent is not None:
            for prep, pobj in _preps(noun, ctx.lex.event_preps):
                for obj, _ in _mentions(pobj, ctx):
                    yield make(agent, obj, [noun, prep])
    # Only when the noun phrase modifies a clause ("In a call with Y, X said"), not when it is a
    # verb's own object (handled by the ``nominal`` rule).
    governor = noun.head.head if noun.dep_ == PREP_OBJECT and noun.head.dep_ == PREPOSITION else None
    if governor is not None and governor.dep_ == DIRECT_OBJECT and governor.head.pos_ == "VERB":
        governor = governor.head  # "staged a hunger strike in protest against Y": the PP hangs on the object
    if governor is not None and governor.pos_ == "VERB":
        verb = governor
        # "In a call with Y, X said", "X went on strike in protest against Y": X is the agent.
        targets = list(_preps(noun, frozenset({"with", "against"})))
        for subj, _ in _subjects(verb, ctx) if targets else ():
            for prep, pobj in targets:
                for obj, _ in _mentions(pobj, ctx):
                    yield make(subj, obj, [noun, prep])


def _statement(
    head: Token,
    sent: Span,
    ctx: _Context,
    subject: Mention,
    obj: Mention,
    lemma: str,
    words: list[Token],
    rule: str,
    negated: bool,
    modality: str | None,
    symmetric: bool = False,
) -> RawStatement:
    return RawStatement(
        subject=subject,
        object=obj,
        lemma=lemma,
        text=_words(words),
        sentence=ctx.sentence_of[head.i],
        # spaCy sentences keep the whitespace around them (paragraph breaks): trimmed in extract()
        sentence_start=ctx.sentence_bounds[sent.start][0],
        sentence_end=ctx.sentence_bounds[sent.start][1],
        negated=negated,
        modality=modality,
        rule=rule,
        symmetric=symmetric or lemma in ctx.lex.symmetric_verbs,
    )


_LEADING_JUNK = re.compile(r"^(?:[^\w\n]{0,3}\n)+\s*|^\s+")


def _leading_junk(text: str) -> int:
    """Length of what a sentence span carries over from the paragraph before: whitespace, or a
    closing quote followed by a line break ('"\n\nThe feud ...')."""
    match = _LEADING_JUNK.match(text)
    return match.end() if match else 0


def _subjects(verb: Token, ctx: _Context, depth: int = 0) -> list[tuple[Mention, bool]]:
    """Who does ``verb``: its own subject, or one inherited through conj / xcomp / relcl / advcl."""
    if depth > 4:
        return []
    lex = ctx.lex
    for child in verb.children:
        if child.dep_ == SUBJECT:
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                head = verb.head
                place = ctx.entity_of.get(head.i)
                if child.lower_ == "who" and place is not None and place.label_ == "GPE" and head.dep_ == PREP_OBJECT:
                    head = head.head.head  # "Consul General Xue Jian in Osaka, who ...": the person, not the city
                return _mentions(head, ctx, is_subject=True)
            if child.lower_ == "they" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.reporting_verbs:
                # "Palestinian leaders said they would boycott ...": the plural reporters
                reporters = [c for c in verb.head.children if c.dep_ == SUBJECT]
                if reporters and (reporters[0].tag_ in ("NNS", "NNPS") or reporters[0].conjuncts):
                    return _subjects(verb.head, ctx, depth + 1)
            found = _mentions(child, ctx, is_subject=True)
            if found or sum(c.dep_ == SUBJECT for c in verb.children) == 1:
                return found
            continue  # two subjects, a misparse ("Near Palmyra, Syrian troops attacked"): try the other
        if child.dep_ in (PASSIVE_SUBJECT, "csubj", "expl"):
            return []
    head = verb.head
    if head is verb:
        return []
    if verb.dep_ == "conj":
        return _subjects(head, ctx, depth + 1)
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":  # "X is likely to talk with Y"
        return _subjects(head.head, ctx, depth + 1)
    if verb.dep_ == "xcomp":
        if _verb_lemma(head, ctx) in lex.object_control_verbs:
            for child in head.children:
                if child.dep_ == DIRECT_OBJECT:
                    return _mentions(child, ctx, is_subject=True)
        return _subjects(head, ctx, depth + 1)
    # "X issued a statement condemning Y", "the UN passed a resolution urging Y": the issuer acts.
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == DIRECT_OBJECT and head.lower_ in lex.document_nouns:
        return _subjects(head.head, ctx, depth + 1)
    # "X has taken steps to pressure Y", "X made efforts to help Y": the infinitive on the
    # object noun is done by the subject of the clause (spaCy says acl or relcl).
    if verb.dep_ in ("acl", "relcl") and head.dep_ == DIRECT_OBJECT and any(c.lower_ == "to" for c in verb.children):
        # only when the clause's verb makes the noun its own act ("took steps"), not "opposes any attempt to"
        if _verb_lemma(head.head, ctx) in lex.support_verbs:
            return _subjects(head.head, ctx, depth + 1)
        return []
    if verb.dep_ == "relcl":
        return _mentions(head, ctx, is_subject=True)
    # "..., asserting that ...", "X took steps to pressure Y" (purpose): the main clause's subject.
    if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return _subjects(head, ctx, depth + 1)
    return []


def _place_targets(verb: Token, lemma: str, ctx: _Context) -> Iterator[tuple[Mention, str, list[Token]]]:
    """(place, relation, words) for a verb or its event-noun object whose place is its target.

    Only a country or city (a GPE entity) counts: "in the West Bank" is a target, "in a
    gunbattle" is not.
    """
    lex = ctx.lex

    def places(head: Token, preps: frozenset[str]) -> Iterator[tuple[Token, Mention]]:
        for prep, pobj in _preps(head, preps):
            ent = ctx.entity_of.get(pobj.i)
            if ent is not None and ent.label_ == "GPE":
                for place, _ in _mentions(pobj, ctx):
                    yield prep, place
            elif ent is None and pobj.ent_type_ == "LOC" and load_gazetteer().country_of(pobj.text):
                # a capital the NER typed as a location ("a curfew in Algiers")
                yield prep, _make(pobj, pobj.i, pobj.i, "name", pobj.text, "GPE", ctx, False)

    if lemma in lex.place_target_verbs:
        for prep, place in places(verb, lex.place_target_verbs[lemma]):
            yield place, lemma, [prep]
    for noun in (c for c in verb.children if c.dep_ == DIRECT_OBJECT):
        preps = lex.place_target_nouns.get(noun.lower_)
        if preps is None or lemma in lex.skip_relation_lemmas:
            continue
        relation = _event_lemma(noun, ctx, lemma) or f"{lemma} {noun.lower_}"
        # the parser attaches "in Beijing" to either; "the curfew imposed in Sudan" to the participle
        for head in (noun, verb, *[c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]):
            for prep, place in places(head, preps):
                yield place, relation, [noun, prep]


def _hostile(lemma: str) -> bool:
    """Whether a relation is a conflict (verbal or material) by its event type."""
    return (event_type(lemma).quad or "").endswith("conflict")


def _with_object(lemma: str, verb: Token, ctx: _Context) -> str:
    """"sent arms to Pakistan" -> "send arms", "granted asylum to" -> "grant asylum": the verb
    with its (non-actor) object noun when that phrase has an event type of its own; else the verb."""
    for noun in (c for c in verb.children if c.dep_ == DIRECT_OBJECT and c.pos_ == "NOUN"):
        phrase = f"{lemma} {noun.lower_}"
        kind = event_type(phrase)
        if kind.cameo is not None and kind != event_type(lemma) and not _mentions(noun, ctx):
            return phrase
    return lemma


def _request_object(verb: Token, ctx: _Context) -> Token | None:
    """The request noun a verb takes as its object ("reiterated its demand"), if any."""
    return next((c for c in verb.children if c.dep_ == DIRECT_OBJECT and c.lower_ in ctx.lex.request_nouns), None)


def _demand_lemma(lemma: str, clause: Token, ctx: _Context, request: Token | None = None) -> str | None:
    """The relation of a demand expressed by a verb and its that-clause, or None.

    A request verb with a subjunctive or modal clause is a demand of that clause's subject
    ("demanded that Israel withdraw"), and so is a request noun as the verb's object ("renewed
    its call that Israel withdraw"); a reporting verb is one only when the clause says
    "must" ("Russia said Sudan must return the helicopter" -> Russia demand Sudan).
    """
    lex = ctx.lex
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    subjunctive = clause.tag_ in ("VB", "VBP") or bool(modals & lex.modal_request)
    if lemma in lex.request_verbs and subjunctive:
        return lemma
    if request is not None and subjunctive and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return lex.request_nouns[request.lower_]
    if lemma in lex.reporting_verbs and "must" in modals:
        return "demand"
    return None


def _verb_lemma(verb: Token, ctx: _Context) -> str:
    lemma = verb.lemma_.lower()
    # The lemmatizer cuts "staged" to "stag": a past form of a verb the lexicon knows gets its "e" back
    if verb.tag_ in ("VBD", "VBN") and verb.lower_ == f"{lemma}ed" and f"{lemma}e" in ctx.known_verbs:
        lemma += "e"
    for child in verb.children:
        if child.dep_ == PARTICLE and child.lower_ in ctx.lex.phrasal_particles and not _up_to_number(child):
            return f"{lemma} {child.lower_}"
    return lemma


def _up_to_number(token: Token) -> bool:
    """"up" in "killed up to 50 soldiers": a quantity, which the parser takes for a particle."""
    doc = token.doc
    if token.dep_ != PARTICLE or token.lower_ != "up" or token.i + 2 >= len(doc):
        return False
    return doc[token.i + 1].lower_ == "to" and doc[token.i + 2].like_num


def _event_lemma(noun: Token, ctx: _Context, verb_lemma: str | None = None) -> str | None:
    """The relation an event noun stands for ("talks" -> "hold talks"), or None.

    Nouns marked "*" in the table name the relation together with their support verb
    ("conducted exercises" -> "conduct exercises"), so they need ``verb_lemma``.
    """
    events = ctx.lex.nominal_events
    compound = " ".join(t.lower_ for t in noun.lefts if t.dep_ == "compound") if noun.n_lefts else ""
    if compound and f"{compound} {noun.lower_}" in events:
        value = events[f"{compound} {noun.lower_}"]
    else:
        value = events.get(noun.lower_) or events.get(noun.lemma_.lower())
    if value == "*":  # "has relations with" says too little to be a relation of its own
        return f"{verb_lemma} {noun.lower_}" if verb_lemma and verb_lemma != "have" else None
    return value


def _entity_only(token: Token, ctx: _Context) -> Mention | None:
    """The mention of the entity at ``token`` without the words around it ("China" in "US-China")."""
    mention = _mention(token, ctx)
    ent = ctx.entity_of.get(token.i)
    if mention is None or ent is None:
        return mention
    return replace(mention, text=ent.text, start=ent.start_char + ctx.offset, end=ent.end_char + ctx.offset)


def _symmetric_noun(noun: Token, ctx: _Context) -> bool:
    return noun.lower_ in ctx.lex.symmetric_nouns


VERBAL_PREPOSITIONS = frozenset({"regarding", "concerning", "including", "following"})  # often parsed as verbs


def _preps(head: Token, allowed: frozenset[str]) -> Iterator[tuple[Token, Token]]:
    for prep in head.children:
        if prep.lower_ in allowed and (prep.dep_ == PREPOSITION or (prep.tag_ == "VBG" and prep.lower_ in VERBAL_PREPOSITIONS)):
            for pobj in prep.children:
                if pobj.dep_ == PREP_OBJECT:
                    yield prep, pobj


def _event_preps(noun: Token, allowed: frozenset[str], ctx: _Context) -> Iterator[tuple[Token, Token]]:
    """The prepositions of an event noun, and of what it is "of" when that names no actor: the
    parser hangs "with Serbia" on "links" in "a suspension of air links with Serbia"."""
    yield from _preps(noun, allowed)
    for _, thing in _preps(noun, frozenset({"of"})):
        if thing.pos_ == "NOUN" and not _mentions(thing, ctx):
            yield from _preps(thing, allowed)


def _governs_prep_object(lemma: str, prep: str, ctx: _Context) -> bool:
    if prep not in ctx.lex.prep_objects:
        return False
    verbs = ctx.lex.prep_objects[prep]
    return verbs is None or lemma in verbs or lemma.split()[0] in verbs


def _negation_and_modality(verb: Token, ctx: _Context) -> tuple[bool, str | None]:
    """Negation and PLOVER-style modality of the clause headed by ``verb``.

    negated: a ``neg`` dependent ("did not meet"), or a governing verb like "refuse to".
    modality: "future" (will, or a promise: "offered to", "is ready to"), "hypothetical" (would/could/may, an if-clause, "consider"),
    "request" (the clause is what someone urged or asked for; should/must).
    """
    lex = ctx.lex
    negated = any(c.dep_ == NEGATION for c in verb.children)
    modality = None
    for child in verb.children:
        if child.dep_ in AUXILIARY:
            word = child.lower_
            if word in lex.modal_future:
                modality = "future"
            elif word in lex.modal_hypothetical and word not in ("can", "ca"):
                modality = modality or "hypothetical"
            elif word in lex.modal_request:
                modality = modality or "request"
        if child.dep_ == "mark" and child.lower_ in lex.conditional_marks:
            modality = "hypothetical"
    # Walk up through clausal complements: "urged Japan to retract", "refused to meet".
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or node.head is node:
            break
        parent = node.head
        parent_lemma = parent.lemma_.lower()
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in node.children):
            modality = "hypothetical"
        for_clause = node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children)
        if node.dep_ in ("xcomp", "ccomp") or for_clause:
            if parent_lemma in lex.negating_verbs and node.dep_ == "xcomp":
                negated = not negated
            elif parent_lemma in lex.request_verbs and modality is None:
                modality = "request"
            elif parent_lemma in lex.hypothetical_verbs and modality is None:
                modality = "hypothetical"
            elif parent_lemma in lex.intent_verbs and modality is None and node.dep_ == "xcomp":
                modality = "future"  # "offered to mediate", "is ready to send troops": a promise
        if node.dep_ == "conj":
            negated = negated or any(c.dep_ == NEGATION for c in parent.children)
        node = parent
    return negated, modality


def _words(tokens: Iterable[Token]) -> str:
    ordered = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    return " ".join(t.text for t in ordered)
