"""References back: pronouns ("she", "him", "it") and pairs ("both sides", "the two countries")
resolved to actors named earlier in the same document (rules 5 and 6 of :mod:`kg.resolve.actors`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from kg.extract.mentions import FIRST_PERSON  # a quote's speaker (quote_speaker)
from kg.lexicon import Gazetteer, Lexicon, load_gazetteer, load_lexicon, plural_word
from kg.resolve.local import PRONOUN_WINDOW, ROLE_WINDOW, LocalActor
from kg.types import Mention


def resolve_pronoun(mention: Mention, history: list[tuple[Mention, LocalActor]], lex: Lexicon) -> LocalActor | None:
    """A pronoun: the subject of its own sentence or of the latest sentence before with one, within the
    pronoun window ("he" a person, "it" a country or organisation); an object "them" the owner of
    things its sentence named ("Japan's claims ... counter them"), an object "it" nothing."""
    pronoun = mention.name.lower()
    wanted = {"Person"} if pronoun in lex.person_pronouns else {"Country", "Organization"}
    window = [
        (m, a)
        for m, a in history
        if m.start < mention.start and m.sentence >= mention.sentence - PRONOUN_WINDOW and a.type in wanted
    ]
    same_sentence = [(m, a) for m, a in window if m.sentence == mention.sentence and m.is_subject]
    earlier_subjects = [(m, a) for m, a in window if m.sentence < mention.sentence and m.is_subject]
    if pronoun in lex.person_pronouns:
        candidates = same_sentence or _latest_sentence(earlier_subjects) or window
    elif pronoun == "them" and not mention.is_subject:
        # the owner of the things its sentence named ("rejected Japan's claims and took steps to counter
        # them": Japan; its hints, kg.extract.mentions.pronoun_mention), the latest such non-subject
        # actor. An object "them" is otherwise people or things far more often than one state ("urging
        # them", Dutch citizens; "forcing them deep into Georgia", Georgian troops; "declaring them
        # persona non grata", two diplomats): the latest non-subject state of its sentence was right
        # in none of 9 dev rows in eight stories (session 28), so with no owner it stays unresolved.
        candidates = [
            (m, a) for m, a in window
            if m.sentence == mention.sentence and not m.is_subject and m.text in mention.hints
        ][-1:]  # fmt: skip
    elif pronoun == "it" and not mention.is_subject:
        # an object "it" is a thing far more often than an actor on real pages ("rated it 12 out
        # of 10", "which is why China restricted it", "requires it to surrender weapons":
        # us-china-trade, israel-hezbollah-lebanon): left unresolved, unless it is charged with an
        # act ("accusing it of coveting the port"): then the one state or organisation its sentence
        # acted on before it (its hints, kg.extract.mentions.accused_before)
        named = [(m, a) for m, a in window if m.sentence == mention.sentence and not m.is_subject and m.text in mention.hints]
        candidates = named[-1:] if len({a.label for _, a in named}) == 1 else []
    else:
        candidates = same_sentence or _latest_sentence(earlier_subjects)
    if candidates:
        mains = [(m, a) for m, a in candidates if m.main] if candidates is not same_sentence else []
        if len({a.label for _, a in mains}) == 1:  # an earlier sentence's main clause subject before its other subjects
            candidates = mains
        actor = candidates[0][1] if candidates is not same_sentence else candidates[-1][1]
        if pronoun == "its" and _rival_in_sentence(mention, window, candidates[-1][0], actor.label):
            return None
        return LocalActor(actor.label, actor.type, actor.affiliation, "pronoun")
    return None


def _rival_in_sentence(mention: Mention, window: list[tuple[Mention, LocalActor]], chosen: Mention, label: str) -> bool:
    """Whether the pronoun's own sentence names, between the antecedent salience picked and the
    pronoun, another actor that fits it as well: "India called on the IMF to reconsider its aid"
    (India or the IMF: india-pakistan-2025), "Pyongyang is one of the Kremlin's allies in its
    offensive" (North Korea or Russia: north-korea-russia). (A person pronoun whose sentence names one
    person before it and no person subject takes that person first: :func:`resolve_person_pronoun`.) The subject is the likelier antecedent
    in most text, the nearer name in the rest; nothing on the page tells which, so the pronoun stays
    unresolved: no edge beats a wrong edge."""
    return any(
        m.sentence == mention.sentence and m.start < mention.start and not m.is_subject and a.label != label
        and (m.sentence, m.start) > (chosen.sentence, chosen.start) and m.kind != "pronoun"
        for m, a in window
    )  # fmt: skip


MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "emir", "monsieur", "herr", "senor", "señor"})
FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "frau", "senora", "señora"})


class Genders:
    """What the text says of each person's gender: a title ("Mr Ortega", "Ms Lindqvist"), the
    gazetteer, or a pronoun that could only mean that person. First names are not guessed: the
    lists that would guess them are wrong on exactly the names news is full of ("Nikol", "Kim")."""

    def __init__(self) -> None:
        self.of: dict[str, str] = {}

    def learn_from_title(self, label: str, mention: Mention, gaz: Gazetteer) -> None:
        if label in self.of:
            return
        first = mention.text.split()[0].lower() if mention.text.split() else ""
        words = {first, *(r.lower() for r in mention.roles)}
        entry = gaz.lookup(label)
        if entry is not None and entry.gender:
            self.of[label] = entry.gender
        elif words & MALE_TITLES:
            self.of[label] = "m"
        elif words & FEMALE_TITLES:
            self.of[label] = "f"
        elif kin := kinship_gender(mention):
            self.of[label] = kin  # "his daughter Sara Reyes": never the "he" of the next sentence

    def fits(self, label: str, gender: str | None) -> bool:
        return gender is None or self.of.get(label) in (None, gender)


def kinship_gender(mention: Mention) -> str | None:
    """The gender the kinship noun a person was named with says ("his daughter X": "f"), if any."""
    kin = load_lexicon().kinship_nouns
    return next((kin[r] for r in mention.roles if kin.get(r)), None)


def _pronoun_gender(pronoun: str) -> str | None:
    return "m" if pronoun in MALE_PRONOUNS else "f" if pronoun in FEMALE_PRONOUNS else None


def resolve_person_pronoun(mention: Mention, history: list[tuple[Mention, LocalActor]], genders: Genders) -> LocalActor | None:
    """he/she/him/her/his/they-as-person -> a person of the last sentences whose gender fits.

    A subject pronoun prefers the nearest earlier subject of its sentence, then the one person its
    sentence names before it when no person is that sentence's subject ("amid Trump's claims that
    he mediated", "the arrival of X after he was released": dev, five stories, six rows, none
    wrong), then the subjects of the latest earlier sentence, then any person of the window; "him"/"her" as an object is not
    its own clause's subject ("She told him": him is someone else). A person whose title or an
    earlier pronoun says otherwise is skipped ("she" never resolves to "Mr Ortega"). When two
    different people still fit equally well (two subjects before it in its own sentence; an
    antecedent of unknown gender reached past a later subject), the pronoun stays unresolved: no
    edge beats a wrong edge."""
    pronoun = mention.name.lower()
    gender = _pronoun_gender(pronoun)
    window = [
        (m, a)
        for m, a in history
        if m.start < mention.start and m.sentence >= mention.sentence - PRONOUN_WINDOW and a.type == "Person"
        and genders.fits(a.label, gender)
    ]  # fmt: skip
    speaker_said = any(
        m.text.lower() in FIRST_PERSON for m, _ in _latest_sentence([c for c in window if c[0].is_subject and c[0].sentence < mention.sentence])
    )
    window = [(m, a) for m, a in window if m.text.lower() not in FIRST_PERSON]  # a speaker's "I" is never the "he" of their quote
    same_sentence = [(m, a) for m, a in window if m.sentence == mention.sentence and m.is_subject]
    if pronoun == "him" or (pronoun == "her" and not mention.is_subject):
        # "him" is never its own clause's subject, even when it controls an infinitive: "He urged
        # him to condemn Russia" (the urged one condemns); "her" as a subject is a possessor ("showed
        # her support for", georgia-eu-protests) and stays the subject's
        if mention.binder >= 0:  # its own clause's subject, when the parse says it (kg.extract.mentions.own_clause_subject)
            own_subjects = {a.label for m, a in window if m.sentence == mention.sentence and m.start <= mention.binder < m.end}
            same_sentence = [(m, a) for m, a in same_sentence if a.label not in own_subjects]
        else:
            own_subjects = {a.label for _, a in same_sentence}
        others = [(m, a) for m, a in window if a.label not in own_subjects]
        previous = {a.label for _, a in _latest_sentence([c for c in window if c[0].is_subject and c[0].sentence < mention.sentence])}
        if own_subjects and others and previous - own_subjects and others[-1][1].label not in previous:
            # "Aliyev said a joint appeal would honour Trump. Pashinyan supported him": the last
            # sentence's subject or the man named last (armenia-azerbaijan-peace): either
            return None
        candidates = others if own_subjects else window
        if others and own_subjects:
            pools = [others[-1:]]
        else:
            # "the military deposed Bazoum and put him under house arrest": the one person its own
            # sentence named before it, not as its clause's subject, before the last sentence's subject
            named_here = [(m, a) for m, a in window if m.sentence == mention.sentence and not m.is_subject and a.label not in own_subjects]
            here = named_here[-1:] if len(_distinct(named_here)) == 1 else []
            pools = [same_sentence[-1:], here, _latest_sentence([c for c in window if c[0].is_subject]), window]
    else:
        earlier_subjects = [(m, a) for m, a in window if m.sentence < mention.sentence and m.is_subject]
        if speaker_said and not same_sentence:
            # "... I said yes. He then called me back," Dar said: "he" is not the speaker, and the
            # one he is was named too far back (india-pakistan-2025): unresolved
            return None
        candidates = window
        subjects_here = _distinct(same_sentence)
        if len(subjects_here) > 1 and len([l for l in subjects_here if gender and genders.of.get(l) == gender]) != 1:
            # two different people are subjects before it in its own sentence and nothing tells
            # them apart: "X left, Y said, after he was arrested" (duterte-icc-arrest-2025), "X and
            # Y also tendered his resignation" (nepal-genz-protests): unresolved
            return None
        named_here = [(m, a) for m, a in window if m.sentence == mention.sentence and not m.is_subject]
        here = named_here[-1:] if not same_sentence and len(_distinct(named_here)) == 1 else []
        pools = [same_sentence[-1:], here, _latest_sentence(earlier_subjects), window]
    referred: list[str] = []  # who an earlier pronoun of this gender meant: their gender is said
    for pool in pools:
        labels = list(dict.fromkeys(a.label for _, a in pool))
        if not labels:
            continue
        known = [label for label in labels if gender is not None and genders.of.get(label) == gender]
        if len(labels) > 1 and len(known) != 1:
            if pool is window:
                return None  # several people fit and nothing in the text tells them apart
            # the subject of the latest sentence is the most salient, its main clause's first
            # ("After Nazarbayev left, Tokayev said he would act. He began ...": Tokayev)
            mains = list(dict.fromkeys(a.label for m, a in pool if m.main))
            labels = mains if len(mains) == 1 else labels[:1]
        label = known[0] if len(known) == 1 else labels[0]
        if not known and gender is not None and genders.of.get(label) is None and not any(m.sentence == mention.sentence for m, _ in pool):
            # "Saied welcomed her. She promised aid": a person the last sentence already called
            # "she" is the one in focus, not an unknown-gender subject (issue 17)
            referred = _referred_by(gender, window, mention.sentence)
            if len(referred) == 1 and referred[0] != label and referred[0] in {a.label for _, a in candidates}:
                label = referred[0]
                pool = window
        chosen, actor = next((m, a) for m, a in pool if a.label == label)
        if genders.of.get(label) is None and label not in referred and _later_subject(mention, history, chosen, label):
            # the text has moved on to another person since, who was passed over (gender, or the
            # pronoun's own sentence), for one whose gender nothing says: "Without naming her, Y
            # called ..." after "X said ... Y spoke" (argentina-spain-milei-row), "A, wanted, has
            # been convicted and B are investigating charges against him" after a sentence about C
            # (ecuador-mexico-embassy-raid), "reports said A was to visit and that B asked C to
            # meet him" after a sentence about D (nigeria-us-threat): unresolved
            return None
        if (mention.is_subject or pronoun == "his") and not same_sentence and _rival_in_sentence(mention, window, chosen, label):
            # "amid Trump's claims that he mediated", "edited Reagan's speech, misrepresenting his
            # stance", after sentences about other men: either
            return None
        if gender is not None and label not in genders.of and len({a.label for _, a in window}) == 1:
            genders.of[label] = gender  # the only person in sight: the pronoun tells their gender
        return LocalActor(actor.label, actor.type, actor.affiliation, "pronoun")
    return None


def _distinct(mentions: list[tuple[Mention, LocalActor]]) -> list[str]:
    return list(dict.fromkeys(a.label for _, a in mentions))


def _later_subject(mention: Mention, history: list[tuple[Mention, LocalActor]], chosen: Mention, label: str) -> bool:
    """Whether a person other than ``label`` is the subject of a sentence after ``chosen``'s and not
    after the pronoun (its own sentence included, before it). An object pronoun's own clause
    subject does not count: "B welcomed her" cannot mean B, so passing B over is no guess."""
    objective = not mention.is_subject or mention.name.lower() == "him"  # "urged him to condemn": the urged one
    own = _own_clause_subject(mention, history) if objective else None
    return any(
        m.is_subject and a.type == "Person" and a.label != label and chosen.sentence < m.sentence <= mention.sentence
        and m.start < mention.start and (own is None or m.key != own.key)
        for m, a in history
    )  # fmt: skip


def _own_clause_subject(mention: Mention, history: list[tuple[Mention, LocalActor]]) -> Mention | None:
    """The nearest subject before ``mention`` in its sentence, of any type: its own clause's subject."""
    before = [m for m, _ in history if m.sentence == mention.sentence and m.is_subject and m.start < mention.start]
    return before[-1] if before else None


def _referred_by(gender: str, window: list[tuple[Mention, LocalActor]], sentence: int) -> list[str]:
    """The people that a pronoun of ``gender`` in the latest earlier sentence (or earlier in this
    one) resolved to, by label."""
    earlier = [(m, a) for m, a in window if m.kind == "pronoun" and _pronoun_gender(m.text.lower()) == gender]
    if not earlier:
        return []
    last = max(m.sentence for m, _ in earlier)
    if last < sentence - 1:
        return []
    return list(dict.fromkeys(a.label for m, a in earlier if m.sentence == last))


def pair_member(mention: Mention, history: list[tuple[Mention, LocalActor]]) -> LocalActor | None:
    """Member 1 or 2 of "the two countries" / "both sides" / "the two leaders": the two actors of
    that type the text has talked about most in the last sentences (a named official counts twice
    for their country: diplomacy is done by people; a recent mention breaks ties), in the order the text first named them. The subject of the
    pair's own clause is not one of them ("the US urged both sides"), nor is an actor named inside
    that subject ("Malaysian Prime Minister Anwar Ibrahim praised both sides": not Malaysia). The
    subject's country may be ("Yang advised the two countries": China and Japan)."""
    if mention.name == "they":
        return _they_member(mention, history)
    score: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    latest: dict[str, int] = {}
    actors: dict[str, LocalActor] = {}
    subjects = [(m, a) for m, a in history if m.sentence == mention.sentence and m.is_subject and m.start < mention.start]
    own = {a.label for m, a in history if any(s.start <= m.start and m.end <= s.end and s.key != m.key for s, _ in subjects)}
    if mention.binder_end > 0:  # the subjects of its own clause, whoever else the page names them with ("Saudi Arabia and the US urged both sides")
        own |= {a.label for m, a in history if m.sentence == mention.sentence and m.is_subject and mention.binder <= m.start < mention.binder_end}
    if mention.name == PARTY:  # the sides of an agreement are not who mediated it (named in the hints)
        own |= {a.label for m, a in history if m.text in mention.hints and m.sentence >= mention.sentence - ROLE_WINDOW}
    else:  # nor is an actor first named in the phrase of who reports it ("an aide to Meloni said")
        own |= _introduced_by_speaker(mention, history)
    if titled := _titled(mention, history):  # "the two presidents": only people the page gave that title
        own |= {a.label for _, a in history if a.type == "Person" and a.label not in titled}
    for earlier, actor in history:
        if earlier.sentence < mention.sentence - ROLE_WINDOW or earlier.kind == "pair" or earlier.venue:
            continue
        if earlier.sentence == mention.sentence and earlier.is_subject:
            continue
        weight = 1
        if actor.type == "Person" and mention.name in ("Country", PARTY) and actor.affiliation:
            actor = LocalActor(actor.affiliation, "Country", None, "group")  # officials act for their country
            weight = 2
        if not _fits(actor, mention.name) or actor.label in own:
            continue
        score[actor.label] += weight
        first_seen.setdefault(actor.label, earlier.start)
        latest[actor.label] = earlier.start
        actors[actor.label] = actor
    named_together = _latest_coordinated_pair(mention, history, own)
    if named_together is not None:
        return replace(named_together[mention.member - 1], via="pair")
    if len(score) < 2:
        return None
    top = sorted(score, key=lambda label: (-score[label], -latest[label]))[:2]
    first, second = sorted(top, key=first_seen.__getitem__)
    return replace(actors[first if mention.member == 1 else second], via="pair")


def _titled(mention: Mention, history: list[tuple[Mention, LocalActor]]) -> set[str]:
    """The people a pair named by a title ("the two presidents", "both ministers") can be: those the
    page gave that title, when it gave it to two or more of them: "what the two presidents agreed"
    on a page that names two presidents and talks most of a secretary of state is the presidents
    (issue 17: "the two leaders" resolved to the wrong pair; dev blinken-beijing-visit-2023 and
    nigeria-us-threat write "the two/both presidents", though neither page's figures moved). An
    empty set (a pair of "leaders" or "men", or a title fewer than two people hold) leaves the
    choice to how much the page talks about each."""
    if mention.name != "Person" or not mention.text:
        return set()
    noun = mention.text.split()[-1].lower()
    title = noun[:-1] if noun.endswith("s") else noun
    if title in ("leader", "man", "head"):
        return set()
    people = {a.label for m, a in history if a.type == "Person" and title in m.roles and m.sentence >= mention.sentence - ROLE_WINDOW}
    return people if len(people) >= 2 else set()


def _introduced_by_speaker(mention: Mention, history: list[tuple[Mention, LocalActor]]) -> set[str]:
    """Actors (and their states) named in the pair's sentence inside the subject of a verb that
    reports the pair's clause (the mention's hints, kg.extract.mentions.speaker_phrases) and not
    named in an earlier sentence: "the two leaders" refers back, so the one a speaker speaks for
    is a member only when the text named them before ("Ruto's adviser said both presidents")."""
    before = {label for m, a in history if m.sentence < mention.sentence for label in (a.label, state_of(a).label)}
    return {
        label
        for m, a in history
        if m.sentence == mention.sentence and m.start < mention.start and m.kind != "pronoun"
        and any(re.search(rf"(?<!\w){re.escape(m.text)}(?!\w)", hint) for hint in mention.hints)
        for label in (a.label, state_of(a).label)
        if label not in before
    }


PARTY = "Party"  # the two sides of an agreement or a conflict: states, organisations or groups
PARTY_TYPES = frozenset({"Country", "Organization", "Group"})


def _fits(actor: LocalActor, wanted: str) -> bool:
    """``actor`` can be a member of a pair of ``wanted`` ("Country", "Person", "Party"). A de facto
    state is a side of a conflict but none of "the two countries": Sarkozy mediating "between the
    two countries" after a page names Georgia, Russia and South Ossetia means the two recognised
    states (dev russia-georgia-war-2008)."""
    if wanted == PARTY:
        return actor.type in PARTY_TYPES
    return actor.type == wanted and not (wanted == "Country" and actor.label in load_gazetteer().de_facto)


COORDINATION_GAPS = (1, 5)  # characters between two names read as "X-Y" / "X/Y" or "X and Y" ("X's Y" is 3, "X of Y" 4)


def _latest_coordinated_pair(
    mention: Mention, history: list[tuple[Mention, LocalActor]], own: set[str]
) -> tuple[LocalActor, LocalActor] | None:
    """The latest two actors of the pair's type that the text named side by side ("Armenia and
    Azerbaijan", "between Thailand and Cambodia") within the window: "both countries" most often
    means the pair the text has just named together, whoever else was talked about more. A
    mention inside another ("Armenian" in "Armenian Prime Minister Nikol Pashinyan") does not stand
    between two names written side by side."""
    window = [(m, a) for m, a in history if mention.sentence - ROLE_WINDOW <= m.sentence and m.start < mention.start]
    window = [
        (m, a) for m, a in window
        if not any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o, _ in window)
    ]  # fmt: skip
    if mention.name == PARTY:  # "Aliyev and Pashinyan signed ...; the conflict": the sides are their states
        window = [(m, state_of(a)) for m, a in window]
    for (m1, a1), (m2, a2) in reversed(list(zip(window, window[1:]))):
        if (
            m1.sentence == m2.sentence and m2.start - m1.end in COORDINATION_GAPS and a1.label != a2.label
            and "pair" not in (m1.kind, m2.kind)  # "US mediation": a name and the pair read off the noun after it
            and _fits(a1, mention.name) and _fits(a2, mention.name) and not {a1.label, a2.label} & own
            and not (m1.sentence == mention.sentence and (m1.is_subject or m2.is_subject) and not mention.is_subject)
        ):  # fmt: skip
            return a1, a2
    return None


def state_of(actor: LocalActor) -> LocalActor:
    """A person's state (an official acts for it), else the actor itself."""
    if actor.type == "Person" and actor.affiliation:
        return LocalActor(actor.affiliation, "Country", None, "group")
    return actor


def _latest_sentence(mentions: list[tuple[Mention, LocalActor]]) -> list[tuple[Mention, LocalActor]]:
    """The mentions of the most recent sentence among ``mentions``, in text order."""
    if not mentions:
        return []
    last = max(m.sentence for m, _ in mentions)
    return [(m, a) for m, a in mentions if m.sentence == last]


def home_country(mention: Mention, history: list[tuple[Mention, LocalActor]]) -> LocalActor | None:
    """"Maduro warned that the nation will resist": the country of the speaker, the latest subject
    before it in its sentence (a person's affiliation, or the country itself)."""
    speakers = [a for m, a in history if m.sentence == mention.sentence and m.is_subject and m.start < mention.start]
    if not speakers:
        return None
    speaker = speakers[-1]
    if speaker.type == "Country":
        return replace(speaker, via="role")
    if speaker.type == "Person" and speaker.affiliation:
        return LocalActor(speaker.affiliation, "Country", None, "role")
    if speaker.type == "Group" and not speaker.affiliation and mention.name == "government":
        return page_country(history)
    return None


def page_country(history: list[tuple[Mention, LocalActor]], margin: int = 1) -> LocalActor | None:
    """"Demonstrators rallied outside the police headquarters, denouncing the government"
    (turkey-imamoglu-arrest), "demonstrators protesting against the Government's decision"
    (georgia-eu-protests): a bare group of no country acting on "the government" acts on the
    government of the country the page has named most so far, when one leads (a tie says nothing;
    with ``margin`` 2, it must be named at least twice as often as the next: an implicit state,
    kg.resolve.actors._implicit_state)."""
    counts: dict[str, int] = {}
    for _, actor in history:
        if actor.type == "Country":
            counts[actor.label] = counts.get(actor.label, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < max(ranked[1][1] * margin, ranked[1][1] + 1)):
        return None
    return LocalActor(ranked[0][0], "Country", None, "role")


def _they_member(mention: Mention, history: list[tuple[Mention, LocalActor]]) -> LocalActor | None:
    """A subject "they" (or a "their" that owns a joint event noun: "Moscow and Pyongyang assert their
    military cooperation is lawful", north-korea-russia; "their nations", the states of the two
    people just named together, armenia-azerbaijan-peace): member 1 or 2 of the two states named last together, in its own sentence
    or the one before ("exchanges between the two countries as they deepen ties": north-korea-russia;
    "Armenia and Azerbaijan ... they fought for 35 years": armenia-azerbaijan-peace); nothing when
    a plural group ("officials", "troops") was named after them, or no two states were."""
    window = [(m, a) for m, a in history if m.sentence >= mention.sentence - 1 and m.start < mention.start and m.kind != "pronoun"]
    if "states" in mention.roles:  # "between their nations" after "Aliyev and Pashinyan": their states
        window = [
            (m, state_of(a)) for m, a in window  # not "Azerbaijani" inside "Azerbaijani President Ilham Aliyev"
            if not any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o, _ in window)
        ]  # fmt: skip
    pairs: list[tuple[LocalActor, LocalActor, int]] = []
    for i, (m, a) in enumerate(window):
        if m.kind == "pair" and m.member == 2:
            first = next((b for n, b in window[:i] if n.kind == "pair" and n.member == 1 and (n.start, n.end) == (m.start, m.end)), None)
            if first is not None and first.label != a.label:
                pairs.append((first, a, m.end))
        elif i and (window[i - 1][0].sentence == m.sentence and m.start - window[i - 1][0].end in COORDINATION_GAPS
                    and window[i - 1][1].label != a.label and window[i - 1][1].type == a.type and a.type in ("Country", "Person")):
            pairs.append((window[i - 1][1], a, m.end))
    # only two states: "they" after two leaders is as often their states as the two men
    # ("Trump, speaking alongside both leaders: 'for 35 years they fought'": Armenia and Azerbaijan);
    # but "their meeting", "their talks" (a contact noun) is the two people's when two were named last
    kinds = ("Country", "Person") if "contact" in mention.roles else ("Country",)
    pairs = [p for p in pairs if p[0].type == p[1].type and p[0].type in kinds]
    if not pairs or any(m.start >= pairs[-1][2] and a.type == "Group" for m, a in window):
        return _plural_group(mention, window)
    first, second, end = pairs[-1]
    if any(m.start >= end and not m.venue and a.label not in (first.label, second.label) and state_of(a).label not in (first.label, second.label)
           for m, a in window):  # fmt: skip
        return None  # another actor named between the two and "they": "Japan ... disputes with China, where they have clashed"
    return replace((first, second)[mention.member - 1], via="pair")


PLURAL_GROUP_KINDS = frozenset({"collective", "group", "institution"})


def _plural_group(mention: Mention, window: list[tuple[Mention, LocalActor]]) -> LocalActor | None:
    """A subject "they" with no two states before it: the plural group that was the latest subject
    in its sentence or the one before ("Police detained dozens of students. They also arrested X"),
    as member 1 only (one actor, not a pair). Only a subject some statement resolved counts: a
    group whose clause relates it to no one ("Protesters gathered outside the court") is in no
    history. Session 44: dev turkey-imamoglu-arrest, senegal-election-delay-2024."""
    if mention.member != 1 or "states" in mention.roles:
        return None
    for m, a in reversed(window):
        if m.is_subject and m.kind in PLURAL_GROUP_KINDS and a.type in ("Group", "Organization") and _plural_text(m.text):
            return replace(a, via="pronoun")
        if m.is_subject and a.type in ("Person", "Country"):
            return None  # a named person or state came after: "they" is not clearly the group
    return None


def _plural_text(text: str) -> bool:
    """Whether a mention's words end in a plural noun ("protesters", "Turkish police")."""
    last = text.split()[-1].lower() if text.split() else ""
    return last in ("police", "people") or plural_word(last)
