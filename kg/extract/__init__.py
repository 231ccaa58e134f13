"""Parsed sentence -> raw actor-relation-actor statements, by dependency rules.

Pure functions over a spaCy ``Doc``: no I/O, no globals. The rules are table-driven (the word
lists live in ``kg/data/lexicon.json``); each is a named function, and each emitted statement
names the rule family that fired (its confidence, :data:`kg.types.RULE_CONFIDENCE`):

================  ======================================  ====================================================
rule              functions                               pattern
================  ======================================  ====================================================
``svo``           ``verbs.direct_object``,                active subject - verb - direct object / dative
                  ``verbs.number_object``,                ("Xi told Trump"); a hyphenated patron backs the
                  ``verbs.agent_backing``                 noun ("Iran-backed militias": Iran back them)
``prep``          ``verbs.prepositional_object``,         object after a preposition the verb governs ("met
                  ``verbs.dative_to``,                    with", "spoke to", "call on", "called for X to"),
                  ``verbs.for_clause``,                   said at a press conference (to reporters)
                  ``verbs.press_audience``
``nominal``       ``verbs.nominal_event``,                support verb + event noun + preposition ("held talks
                  ``verbs.event_object_prep``,            with", "lodged a protest with", "brokered a
                  ``verbs.mediation``                     ceasefire between")
``event_np``      ``nouns.event_np_statements``,          event noun phrase with its participants ("a phone
                  ``nouns.agent_event_statements``,       call with / between X and Y", "the Russian-Ukrainian
                                                          talks", "the Russian invasion of",
                  ``nouns.deverbal_event_statements``,    "the government's disarming of Y"),
                  ``nouns.stance_statements``,            a clause done "in support of" / "in solidarity with" Y,
                  ``nouns.source_statements``             "following a request from Y" (Y asks the clause's doer)
``during_event``  ``verbs.during_event``                  verb with subject and object inside an event noun
                                                          ("told Y during a meeting")
``passive``       ``verbs.passive_statements``,           passive with an agent ("Japan was criticised by
                  ``nouns.implicit_custody_statements``,  China" -> China criticise Japan); custody with no
                  ``nouns.attack_victim_statements``,     agent is a state's ("X was arrested", "X's arrest"),
                  ``nouns.release_statements``            a coup's armed force's on a coup page; harm "in the
                                                          attack" is the attack's doer's; "X was released"
                                                          is by who the page said held X
``symmetric``     ``verbs.symmetric_subjects``,           conjoined subjects of a symmetric verb or joint event
                  ``verbs.joint_event``,                  ("Akiba and Yang talked", "relations between X and Y
                  ``verbs.relation_subject``,             deteriorated"), what both sides decided to do
                  ``verbs.joint_decision``,               together, sides caught up in a conflict ("locked in
                  ``verbs.engaged_in``,                   a dispute", "engaged in clashes with Y", "at
                  ``verbs.at_odds``                       loggerheads", "at odds with Y")
``possessor``     ``nouns.relation_noun_statements``      possessor of an argument noun ("Takaichi's remarks
                  (and any rule via a possessor)          angered Beijing"), standing relations ("its ally")
``place``         ``verbs.place_target``,                 a place acted upon by a verb or event noun with no
                  ``verbs.presence_visit``                other object ("demonstrated in Serbia"); a person
                                                          in a foreign place visits it ("Meloni is in Tunis")
``demand``        ``verbs.clause_demand``,                a demand made of a that-clause's subject ("demanded
                  ``verbs.request_noun_demand``,          that Israel withdraw", "said Sudan must return"),
                  ``verbs.blamed_culprit``                or blame laid on it ("said Y was behind the attack")
``warning``       ``verbs.warning_addressee``             whom a warned-of act of the speaker's own side is done
                                                          to ("warned that Israel will target Lebanon")
``purpose``       ``verbs.summoned_envoy``                what a summons is for, said to the envoy summoned
                                                          ("summoned the ambassador to protest the raid")
================  ======================================  ====================================================

The modules, one per rule family: :mod:`~kg.extract.mentions` (which tokens are actor
mentions), :mod:`~kg.extract.verbs`, :mod:`~kg.extract.nouns`, :mod:`~kg.extract.clauses`
(subjects, negation and modality, demands, and the refusal / threat rules that wrap a verb's
statements), and :mod:`~kg.extract.driver`, which runs them over each sentence;
:mod:`~kg.extract.context` and :mod:`~kg.extract.syntax` hold what they share.

Arguments are *mentions*: a named entity, a pronoun, a role noun ("the minister"), a group noun
with a nationality ("the Chinese regime"; counted, "two Canadians", when acted on), a pair ("the two
countries", "the pair": two mentions), a name set off after its office ("the president of Kenya,
William Ruto") or a quoted
"we" (the side of the quote's speaker, resolved through the speaker's mention). Turning
mentions into canonical actors is the job of :mod:`kg.resolve.actors`; this package only says what the
sentence said.
"""

from kg.extract.driver import extract

__all__ = ["extract"]
