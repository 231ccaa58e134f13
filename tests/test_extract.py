"""Extraction rules: one row per linguistic pattern (sentence -> exact expected triples).

Each row runs the real spaCy pipeline plus kg's rules and resolution; the expected set is the
whole output, so a rule that over-generates fails as surely as one that misses.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

F = False  # not negated
ROWS = [
    # 1. active SVO
    ("svo", "Xi Jinping told Donald Trump that Taiwan is part of China.",
     {("Xi Jinping", "tell", "Donald Trump", F, None)}),
    # 2. prepositional and indirect objects, nominal events
    ("held talks with", "China held talks with Japan in Beijing on Tuesday.",
     {("China", "hold talks", "Japan", F, None)}),
    ("spoke to", "Wang Yi spoke to Sergei Lavrov on Monday.",
     {("Wang Yi", "speak", "Sergei Lavrov", F, None)}),
    ("met with", "Liu Jinsong met with Kanai Masaaki in Beijing.",
     {("Liu Jinsong", "meet", "Kanai Masaaki", F, None)}),
    ("nationality + plural officials = the state", "Japanese officials criticized China.",
     {("Japan", "criticize", "China", F, None)}),
    ("nationality + troops", "Israeli troops attacked Lebanon.",
     {("Israel", "attack", "Lebanon", F, None)}),
    ("non-state group named by nationality", "Israeli troops attacked Palestinian refugees.",
     {("Israel", "attack", "Palestinian refugees", F, None)}),
    ("proxy noun by its author", "Pakistan rejected a fresh offer from Afghanistan for direct talks.",
     {("Pakistan", "reject", "Afghanistan", F, None)}),
    ("proxy noun by its nationality", "Japan criticized the Russian proposal.",
     {("Japan", "criticize", "Russia", F, None)}),
    ("an unnamed office holder acts for the country", "Putin offered to negotiate with the president of Armenia.",
     {("Vladimir Putin", "negotiate", "Armenia", F, "future")}),
    ("a news agency citing a source relates no actors", "AFP cited an unnamed official from Japan's foreign ministry.",
     set()),
    ("members named with 'including' act", "Japan's allies, including the United States, urged Tokyo to resolve the dispute.",
     {("United States", "urge", "Japan", F, None)}),
    ("members named with 'such as'", "Several nations such as France and Germany condemned Russia.",
     {("France", "condemn", "Russia", F, None), ("Germany", "condemn", "Russia", F, None)}),
    ("possessor agent of an event noun", "Taiwan's return to China is part of the post-war order.",
     {("Taiwan", "return", "China", F, None)}),
    ("nationality agent of an event noun", "Japan condemned the Russian invasion of Ukraine.",
     {("Russia", "invade", "Ukraine", F, None), ("Japan", "condemn", "Russia", F, None)}),
    ("event noun under a conditional", "A Chinese attack on Taiwan would be a threat.",
     {("China", "attack", "Taiwan", F, "hypothetical")}),
    ("intervene in", "China intervened militarily in Taiwan.",
     {("China", "intervene in", "Taiwan", F, None)}),
    ("renewed negotiations with", "Japan renewed negotiations with South Korea.",
     {("Japan", "negotiate", "South Korea", F, None)}),
    ("conjoined subjects signed a treaty", "Germany and France signed a treaty.",
     {("Germany", "agree", "France", F, None)}),
    ("said to", "Vladimir Putin said to Xi Jinping that the partnership has no limits.",
     {("Vladimir Putin", "say", "Xi Jinping", F, None)}),
    ("a phone call with",
     "In a phone call with Japanese Prime Minister Fumio Kishida, Chinese President Xi Jinping said ties matter.",
     {("Xi Jinping", "phone call", "Fumio Kishida", F, None)}),
    ("during a meeting", "Yang Jiechi told Takeo Akiba during a meeting in Tianjin that Taiwan matters.",
     {("Yang Jiechi", "tell", "Takeo Akiba", F, None), ("Yang Jiechi", "meet", "Takeo Akiba", F, None)}),
    ("hyphenated actors on an event noun", "The Russia-Ukraine war entered its fourth year.",
     {("Russia", "war", "Ukraine", F, None)}),
    ("possessor of an event noun", "Nancy Pelosi's visit to Taiwan angered Beijing.",
     {("Nancy Pelosi", "visit", "Taiwan", F, None), ("Nancy Pelosi", "anger", "China", F, None)}),
    ("event noun between two actors", "The feud between Japan and China has escalated.",
     {("Japan", "feud", "China", F, None)}),
    ("support verb and event noun", "Beijing conducted military exercises against Taiwan.",
     {("China", "conduct exercises", "Taiwan", F, None)}),
    ("event noun and a dative", "Japan would consider providing military aid to Taiwan.",
     {("Japan", "provide aid", "Taiwan", F, "hypothetical")}),
    ("threat", "North Korea threatened to use force against South Korea.",
     {("North Korea", "use", "South Korea", F, "hypothetical"), ("North Korea", "threaten", "South Korea", F, None)}),
    ("adjective before an infinitive", "The Kishida administration is likely to communicate with China.",
     {("Japan", "communicate", "China", F, None)}),
    # 3. urge / ask / warn / call on
    ("urge", "China urged Japan to retract the remarks.", {("China", "urge", "Japan", F, None)}),
    ("warn", "Russia warned Ukraine to stop the attacks.", {("Russia", "warn", "Ukraine", F, None)}),
    ("call on", "Beijing called on Tokyo to reflect on its history.", {("China", "call on", "Japan", F, None)}),
    ("ask", "France asked Germany to send more aid.", {("France", "ask", "Germany", F, None)}),
    ("call for", "China has called for Japan to apologise to South Korea.",
     {("China", "call for", "Japan", F, None), ("Japan", "apologise", "South Korea", F, "request")}),
    # 4. passive with agent
    ("passive", "Japan was criticised by China.", {("China", "criticise", "Japan", F, None)}),
    # 5. conjoined actors
    ("conjoined subjects", "China and Russia oppose Japan's militarization.",
     {("China", "oppose", "Japan", F, None), ("Russia", "oppose", "Japan", F, None)}),
    ("conjoined objects", "The United States criticised China and Russia.",
     {("United States", "criticise", "China", F, None), ("United States", "criticise", "Russia", F, None)}),
    ("symmetric", "Takeo Akiba and Yang Jiechi talked about the islands.",
     {("Takeo Akiba", "talk", "Yang Jiechi", F, None)}),
    # 6. negation and modality
    ("negated", "Japan did not criticise China.", {("Japan", "criticise", "China", True, None)}),
    ("future", "Japan will meet China next week.", {("Japan", "meet", "China", F, "future")}),
    ("future negated", "Premier Li Qiang will not meet with Sanae Takaichi.",
     {("Li Qiang", "meet", "Sanae Takaichi", True, "future")}),
    ("conditional", "If Japan attacks China, the region will suffer.", {("Japan", "attack", "China", F, "hypothetical")}),
    ("request", "China urged Japan to apologise to South Korea.",
     {("China", "urge", "Japan", F, None), ("Japan", "apologise", "South Korea", F, "request")}),
    ("refuse", "Sanae Takaichi refused to meet Xi Jinping.", {("Sanae Takaichi", "meet", "Xi Jinping", True, None)}),
    # 7. possessor as agent of a nominal event
    ("possessor", "Japanese Prime Minister Sanae Takaichi spoke on Friday. Takaichi's remarks angered Beijing.",
     {("Sanae Takaichi", "anger", "China", F, None)}),
    ("possessor object", "Moscow continues to support Beijing's position on Taiwan.",
     {("Russia", "support", "China", F, None)}),
    # 8. titles, appositions, name variants
    ("title and surname",
     "Russian Security Council Secretary Sergei Shoigu arrived in Beijing. Shoigu told Wang Yi that ties are strong.",
     {("Sergei Shoigu", "arrive", "China", F, None), ("Sergei Shoigu", "tell", "Wang Yi", F, None)}),
    ("typo variant", "Prime Minister Sanae Takaichi visited Seoul. PM Takaishi met Lee Jae-myung on Monday.",
     {("Sanae Takaichi", "visit", "South Korea", F, None), ("Sanae Takaichi", "meet", "Lee Jae-myung", F, None)}),
    ("apposition", "Yang Jiechi told Japan's national security adviser, Takeo Akiba, that Taiwan matters.",
     {("Yang Jiechi", "tell", "Takeo Akiba", F, None)}),
    # 9. capitals as governments
    ("capitals", "Beijing criticised Tokyo on Monday.", {("China", "criticise", "Japan", F, None)}),
    # 10. pronouns and role nouns
    ("pronoun", "Wang Yi arrived in Moscow on Monday. He told Sergei Lavrov that ties are strong.",
     {("Wang Yi", "arrive", "Russia", F, None), ("Wang Yi", "tell", "Sergei Lavrov", F, None)}),
    ("role noun", "Chinese Foreign Minister Wang Yi visited Paris. The minister urged France to act.",
     {("Wang Yi", "visit", "France", F, None), ("Wang Yi", "urge", "France", F, None)}),
    ("group noun", "The Chinese government criticised the Japanese side.", {("China", "criticise", "Japan", F, None)}),
    ("infinitive on the object noun", "Since the speech, the Chinese regime has taken several steps to pressure Japan.",
     {("China", "pressure", "Japan", F, None)}),
    ("purpose clause", "Japanese Prime Minister Sanae Takaichi spoke. China took steps to pressure the prime minister to back down.",
     {("China", "pressure", "Sanae Takaichi", F, None)}),
    # 11. reporting clauses
    ("reporting clause only", "China will respond firmly, the ministry said.", set()),
    ("reporting clause around a statement", "China urged Japan to back down, the ministry said.",
     {("China", "urge", "Japan", F, None)}),
    # 12. demands, promises, plural reporters, places, targets of a thing done
    ("demanded that", "Palestinian officials demanded that the United States end its embargo.",
     {("Palestine", "demand", "United States", F, None)}),
    ("said ... must", "Russia said on Tuesday that Sudan must return the helicopter.",
     {("Russia", "demand", "Sudan", F, None)}),
    ("said ... should is not a demand", "Russia said that Sudan should return the helicopter.", set()),
    ("offered to: a promise", "Turkey offered to mediate between Israel and Syria.",
     {("Turkey", "mediate", "Israel", F, "future"), ("Turkey", "mediate", "Syria", F, "future")}),
    ("ready to: a promise", "France is ready to send troops to Lebanon.",
     {("France", "send", "Lebanon", F, "future")}),
    ("plural reporters are 'they'", "Palestinian leaders said they would boycott the United States.",
     {("Palestine", "boycott", "United States", F, "hypothetical")}),
    ("a singular reporter is not 'they'", "The minister said they would boycott the United States.", set()),
    ("place acted upon; the actor inside 'thousands of'", "Thousands of Indonesian students demonstrated in Jakarta.",
     {("Indonesian students", "demonstrate", "Indonesia", F, None)}),
    ("event noun with a place", "US activists staged a protest in Beijing.",
     {("US activists", "protest", "China", F, None)}),
    ("a place is not a target when there is an object", "Israeli troops attacked Lebanese villagers in Syria.",
     {("Israel", "attack", "Lebanese villagers", F, None)}),
    ("a thing done against an actor", "The United States presented evidence against Russia.",
     {("United States", "present evidence", "Russia", F, None)}),
    ("organisation's forces", "U.N. helicopters evacuated the wounded from Bosnia.", set()),
    ("organisation's forces act for it", "NATO warplanes bombed Serbian positions near Belgrade.",
     {("NATO", "bomb", "Serbia", F, None)}),
    # no actors, no triples
    ("no actors", "The weather was pleasant and the markets rose.", set()),
]


@pytest.mark.parametrize("text, expected", [(r[1], r[2]) for r in ROWS], ids=[r[0] for r in ROWS])
def test_extraction_rule(triples_of, text, expected):
    assert triples_of(text) == expected
