"""Each extraction rule is a named function that can be found, tested and switched off.

One row per rule: a sentence, and the raw statement (subject text, relation, object text, rule
family) that this rule, and no other, contributes. The row passes when the statement is there
with every rule on, and gone with that one rule switched off (replaced by one that finds nothing).
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import kg.extract
from kg.extract import extract

pytestmark = pytest.mark.slow

ROWS = [
    ("verbs.direct_object", "Xi Jinping told Donald Trump that Taiwan is part of China.",
     ("Xi Jinping", "tell", "Donald Trump", "svo")),
    ("verbs.prepositional_object", "Wang Yi spoke to Sergei Lavrov on Monday.", ("Wang Yi", "speak", "Sergei Lavrov", "prep")),
    ("verbs.measure_target", "Kenya will lower tariffs on Nigerian goods.", ("Kenya", "lower tariff", "Nigerian", "measure")),
    ("verbs.nominal_event", "China held talks with Japan in Beijing on Tuesday.", ("China", "hold talks", "Japan", "nominal")),
    ("verbs.passive_statements", "Japan was criticised by China.", ("China", "criticize", "Japan", "passive")),
    ("verbs.symmetric_subjects", "Takeo Akiba and Yang Jiechi talked.", ("Takeo Akiba", "talk", "Yang Jiechi", "symmetric")),
    ("verbs.during_event", "Yang Jiechi told Takeo Akiba during a meeting in Tianjin that Taiwan matters.",
     ("Yang Jiechi", "meet", "Takeo Akiba", "during_event")),
    ("verbs.deverbal_event", "Kenya resumed maize purchases from Uganda.", ("Kenya", "purchase", "Uganda", "nominal")),
    ("verbs.compounded_partner", "Kenya suspended EU trade talks.", ("Kenya", "suspend talks", "EU", "nominal")),
    ("verbs.mediation", "Egypt brokered a ceasefire between Israel and Hamas.", ("Egypt", "mediate", "Israel", "nominal")),
    ("verbs.place_target", "Chinese activists staged a protest in Tokyo.", ("Chinese activists", "protest", "Tokyo", "place")),
    ("verbs.clause_demand", "Russia demanded that Ukraine withdraw its troops.", ("Russia", "demand", "Ukraine", "demand")),
    ("verbs.for_clause", "China called for Japan to retract the remarks.", ("China", "call for", "Japan", "prep")),
    ("verbs.joint_event", "China and Russia held joint drills.", ("China", "hold drills", "Russia", "symmetric")),
    ("verbs.joint_decision", "India and Pakistan decided to resume trade.", ("India", "resume trade", "Pakistan", "symmetric")),
    ("verbs.press_audience", "Wang Yi said at a press conference that talks would resume.", ("Wang Yi", "say", "press conference", "prep")),
    ("verbs.warning_addressee", "Sergei Lavrov warned that Russia will strike Ukraine.", ("Sergei Lavrov", "warn", "Ukraine", "warning")),
    ("verbs.summoned_envoy", "Ghana summoned the Togolese ambassador to protest the arrest.",
     ("Ghana", "protest", "Togolese ambassador", "purpose")),
    ("verbs.adjective_relation", "Japan is critical of China.", ("Japan", "criticize", "China", "prep")),
    ("verbs.companion_objects", "Together with Japan, Australia condemned China.", ("Japan", "condemn", "China", "prep")),
    ("verbs.membership", "Japan became a member of the United Nations.", ("Japan", "join", "the United Nations", "prep")),
    ("verbs.relation_subject", "Relations between China and Japan have deteriorated.",
     ("China", "deteriorate", "Japan", "symmetric")),
    ("verbs.joint_passive", "The border treaty, signed by Ghana and Togo, still holds.", ("Ghana", "sign treaty", "Togo", "passive")),
    ("verbs.request_noun_demand", "China reiterated its demand that Japan retract the remarks.",
     ("China", "demand", "Japan", "demand")),
    ("nouns.between_parties", "A phone call between Xi Jinping and Joe Biden took place on Monday.",
     ("Xi Jinping", "phone call", "Joe Biden", "event_np")),
    ("nouns.clause_participant",
     "In a phone call with Japanese Prime Minister Fumio Kishida, Chinese President Xi Jinping said ties matter.",
     ("Chinese President Xi Jinping", "phone call", "Japanese Prime Minister Fumio Kishida", "event_np")),
    ("nouns.stance_statements", "The Houthis fired missiles at Israel in support of Hamas.",
     ("Houthis", "support", "Hamas", "event_np")),
    ("nouns.source_statements", "Kenya and Uganda appointed envoys, following a request from Ethiopia.",
     ("Ethiopia", "request", "Kenya", "event_np")),
    ("nouns.agent_event_statements", "Japan condemned the Russian invasion of Ukraine.", ("Russian", "invade", "Ukraine", "event_np")),
    ("nouns.mediated_statements", "Kenya praised Qatar's mediation in the conflict between Ethiopia and Eritrea.",
     ("Qatar", "mediate", "Ethiopia", "event_np")),
    ("nouns.mutual_statements", "Mutual accusations of border violations between Peru and Chile continued.",
     ("Chile", "accuse", "Peru", "event_np")),
    ("verbs.mutual_event", "Kenya and Uganda pledged mutual military assistance.",
     ("Uganda", "pledge assistance", "Kenya", "symmetric")),
    ("nouns.relation_noun_statements", "Japan's allies, including the United States, urged Tokyo to resolve the dispute.",
     ("United States", "ally", "Japan", "possessor")),
    ("clauses.threat_statements", "Russia threatened to attack Ukraine.", ("Russia", "threaten", "Ukraine", "svo")),
    ("clauses._apposed_subject", "After months of talks in Nairobi, a senior Kenyan diplomat, Amina Odhiambo, criticised Uganda.",
     ("Amina Odhiambo", "criticize", "Uganda", "svo")),
    ("clauses.gerund_doer", "William Ruto returned to Nairobi after meeting Yoweri Museveni.",
     ("William Ruto", "meet", "Yoweri Museveni", "svo")),
    ("clauses.refusal_statements", "Pakistan refused to meet India.", ("Pakistan", "refuse", "India", "svo")),
    ("mentions.collective_mention", "Israeli troops attacked Palestinian refugees.",
     ("Israeli troops", "attack", "Palestinian refugees", "svo")),
    ("mentions.role_mention", "Japanese officials criticized China.", ("Japanese officials", "criticize", "China", "svo")),
]  # fmt: skip

MODULES = [importlib.import_module(f"kg.extract.{m.name}") for m in pkgutil.iter_modules(kg.extract.__path__)]


def _raw(nlp, text: str) -> set[tuple[str, str, str, str]]:
    return {(s.subject.text, s.lemma, s.object.text, s.rule) for s in extract(nlp(text)).statements}


@pytest.mark.parametrize("rule, text, statement", ROWS, ids=[r[0] for r in ROWS])
def test_a_rule_contributes_its_statement(nlp, monkeypatch, rule, text, statement):
    module, name = rule.split(".")
    function = getattr(importlib.import_module(f"kg.extract.{module}"), name)
    assert statement in _raw(nlp, text)
    finds_nothing = (lambda *args, **kwargs: None) if name.endswith("_mention") else (lambda *args, **kwargs: iter(()))
    for holder in MODULES:  # wherever the rule is called from
        if getattr(holder, name, None) is function:
            monkeypatch.setattr(holder, name, finds_nothing)
    assert statement not in _raw(nlp, text)
