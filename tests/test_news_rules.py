"""Rules written for news nobody here has read (issue: real news), one row per pattern, each in
our own words: sentence -> exact set of (subject, lemma, object, negated, modality)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
F = False
T = True

ROWS = [
    # an act noun made from a relation verb names its doer (owner or "by") and whom it is done to ("of",
    # the verb's own preposition) in one phrase (kg.extract.nouns.deverbal_event_statements:
    # israel-hezbollah-lebanon, india-pakistan-2025, georgia-eu-protests)
    ("an owner's act on the of-object", "The Ghanaian cabinet\u2019s blocking of Togo angered Lome.", {("Ghana", "block", "Togo", F, None)}),
    ("the act done by the by-phrase", "The arrest of Kofi Annan by Ghana came on Monday.", {("Ghana", "arrest", "Kofi Annan", F, None)}),
    ("the verb's own preposition names whom", "Mali's appeal to the African Union went unanswered.", {("Mali", "appeal", "African Union", F, None)}),
    ("the of-object's owner is whom it is done to", "Ghana's rejection of Togo's demand was swift.", {("Ghana", "reject", "Togo", F, None)}),
    ("a noun that names no act gives nothing", "Kenya's share of the market grew.", set()),
    ("an opinion is no act", "Ghana's opinion of Togo is low.", set()),
    ("a standing tie is no act", "Kenya's partnership with Uganda deepened.", set()),
    # a bare group keeps its age word "young" in its name (kg.extract.mentions.collective_mention:
    # madagascar-genz-coup, kenya-finance-bill-protests); other adjectives still do not
    ("an age word names a bare group", "Young demonstrators denounced President John Mahama on Monday.",
     {("young demonstrators", "denounce", "John Mahama", F, None)}),
    ("an age word names a bare group as object", "The police dispersed young activists in Accra.",
     {("police", "disperse", "young activists", F, None)}),
    ("a mood word is no part of the group's name", "Angry protesters denounced President John Mahama.",
     {("protesters", "denounce", "John Mahama", F, None)}),
    # the adjective of a group's compound word stays with it (kg.extract.mentions.group_modifiers:
    # belarus-prisoner-release, saudi-canada-diplomatic-row-2018 "human rights activists")
    ("a compound's own adjective names the group", "Police in Accra detained human rights activists on Monday.",
     {("police", "detain", "human rights activists", F, None)}),
    # an embassy named by its state is an actor of its own, the sending state's, never the host's
    # (lexicon institution_nouns "embassy", kg.extract.mentions.mission_mention, kg.resolve.actors._resolve_mission:
    # ecuador-mexico-embassy-raid, iraq-sweden-quran-ambassador, canada-china-diplomat-expulsion)
    ("an embassy in a host city is its sender's, as object", "Protesters stormed the Danish embassy in Accra.",
     {("protesters", "storm", "Danish embassy", F, None)}),
    ("an embassy owned by its state, as subject", "Ghana's embassy in Lome accused Togo of spying.", {("Ghanaian embassy", "accuse", "Togo", F, None)}),
    ("the embassy refers back to the one named", "The Kenyan embassy in Kampala condemned Uganda. Police raided the embassy on Monday.",
     {("Kenyan embassy", "condemn", "Uganda", F, None), ("police", "raid", "Kenyan embassy", F, None)}),
    # "the ministry", "the foreign ministry" refer back to the one ministry of that portfolio the page
    # named (kg.extract.mentions.ministry_mention, kg.resolve.actors._resolve_ministry: indonesia-china-natuna,
    # mali-ukraine-ties-cut); two in sight, or another portfolio, leave it unresolved
    ("the ministry refers back to the one named", "The Ghanaian Foreign Ministry summoned the Togolese envoy. The ministry accused Lome of spying.",
     {("Ghanaian Foreign Ministry", "summon", "Togolese envoy", F, None), ("Ghanaian Foreign Ministry", "accuse", "Togo", F, None)}),
    ("the foreign affairs ministry refers back to the foreign ministry", "Ghana's foreign ministry condemned Togo. The foreign affairs ministry then summoned the Togolese envoy.",
     {("Ghanaian foreign ministry", "condemn", "Togo", F, None), ("Ghanaian foreign ministry", "summon", "Togolese envoy", F, None)}),
    ("the ministry with two ministries in sight stays unresolved", "The Ghanaian Foreign Ministry and the Togolese Foreign Ministry met. The ministry accused Lome of spying.",
     {("Ghanaian Foreign Ministry", "meet", "Togolese Foreign Ministry", F, None)}),
    ("the defence ministry is not the foreign ministry named", "The Ghanaian Foreign Ministry spoke on Monday. The defence ministry accused Lome of spying.",
     set()),
    ("its embassy is the owner's, not the host's", "Kenya cut ties with Uganda after police raided its embassy in Kampala.",
     {("Kenya", "cut ties", "Uganda", F, None), ("police", "raid", "Kenyan embassy", F, None)}),
    ("an embassy no one named stays no actor", "Police raided the embassy in Kampala.", set()),
    ("opening an embassy somewhere is an act toward the host, as before", "Ghana opened an embassy in Lome.", {("Ghana", "open", "Togo", F, None)}),
    ("a capitalised embassy name is the same embassy actor",
     "Protesters stormed the Danish Embassy in Accra. Police guarded the Danish embassy.",
     {("protesters", "storm", "Danish Embassy", F, None), ("police", "guard", "Danish Embassy", F, None)}),
    ("a bare embassy on a page with none stays no actor", "The embassy denounced Togo.", set()),
    ("an embassy speaking of its own state acts on no one",
     "The Kenyan embassy in Kampala condemned Uganda. \u201cKenya will retaliate,\u201d the embassy warned.",
     {("Kenyan embassy", "condemn", "Uganda", F, None)}),
    # officers of the army or the military are the country's military, not its police (lexicon institution_nouns
    # "military officers", "army officers": gabon-coup-2023, niger-coup-france-ambassador)
    ("military officers of a country are its military", "Military officers in Mali detained the prime minister's aide, Moussa Diarra.",
     {("Malian military", "detain", "Moussa Diarra", F, None)}),
    ("army officers likewise", "Army officers in Guinea arrested President Alpha Conde.", {("Guinean military", "arrest", "Alpha Conde", F, None)}),
    ("plain officers of a country stay its police", "Officers in Kenya arrested the protest leader, Boniface Mwangi.",
     {("Kenyan police", "arrest", "Boniface Mwangi", F, None)}),
    # fleeing to a country acts toward the refuge (lexicon place_targets "flee", "escape": sri-lanka-rajapaksa-protests-2022,
    # armenia-azerbaijan-peace)
    ("fleeing to a country", "The deposed president Luis Moreno fled to Bolivia on Monday.", {("Luis Moreno", "flee", "Bolivia", F, None)}),
    ("fleeing to no place named is no edge", "The deposed president Luis Moreno fled to safety on Monday.", set()),
    # a resignation stands for the one who resigns: accepting or demanding it acts on them (lexicon proxy_nouns
    # "resignation": sri-lanka-rajapaksa-protests-2022, nepal-genz-protests, serbia-student-protests, madagascar-genz-coup)
    ("accepting a leader's resignation", "The head of the assembly, Tomas Varga, accepted President Luis Moreno's resignation on Friday.",
     {("Tomas Varga", "accept", "Luis Moreno", F, None)}),
    ("demanding a leader's resignation", "Protesters in Lima demanded President Luis Moreno's resignation.", {("protesters", "demand", "Luis Moreno", F, None)}),
    ("announcing one's own resignation acts on no one", "President Luis Moreno announced his resignation on Friday.", set()),
    # "Brussels" is the European Union, not Belgium (kg/data/actors.json: georgia-eu-protests, armenia-russia-rift)
    ("Brussels is the EU", "Serbia's government accused Brussels of blackmail.", {("Serbia", "accuse", "European Union", F, None)}),
    ("Belgium by its name stays Belgium", "Belgium expelled a Russian diplomat.", {("Belgium", "expel", "Russian diplomat", F, None)}),
    # a name set off after a role's of-phrase holds the role, though the parser hangs it on the state
    # (kg.extract.mentions.office_holder_name: venezuela-us, kenya-finance-bill-protests, israel-morocco-normalisation-2020)
    ("the holder named after 'the president of X,'", "Protesters in Tamale criticised the president of Ghana, Kofi Mensah, on Monday.",
     {("protesters", "criticize", "Kofi Mensah", F, None)}),
    # two nationality words joined by a hyphen before a joint event noun are its two sides, as two
    # states' names are (kg.extract.nouns._hyphenated_nationalities: lula-xi-beijing-visit-2023, uk-france-small-boats-deal-2023)
    ("hyphenated nationalities are the sides", "The Kenyan-Ugandan summit in Kampala ended without a deal.", {("Kenya", "meet", "Uganda", F, None)}),
    ("a hyphenated participle is no side", "The Qatari-brokered talks in Doha ended without a deal.", set()),
    # two people's names joined by a hyphen are the sides too; the NER runs the first name into the
    # hyphen ("Xi-"), and after an article would drop it as a capitalised common noun (kg.nlp.model:
    # dev blinken-beijing-visit-2023 "a Xi-Biden meeting")
    ("two hyphenated surnames are the sides", "Xi Jinping phoned Joe Biden. A Xi-Biden meeting followed in Lima.",
     {("Xi Jinping", "phone", "Joe Biden", F, None), ("Xi Jinping", "meet", "Joe Biden", F, None)}),
    # ties between two states that lead to a clause of their own relate them by nothing (kg.extract.verbs.relation_subject:
    # uk-france-small-boats-deal-2023, a narrowing); the cooperation itself still does
    ("what ties between two states mean is no act of theirs", "Closer cooperation between Ghana and Togo means that smugglers will struggle.",
     {("Ghana", "cooperate", "Togo", F, None)}),
    # a romanised given name the NER cut at its hyphen is one name (kg.nlp.model._hyphen_tail: moon-kim-panmunjom-summit-2018,
    # south-korea-yoon-impeachment, north-korea-trash-balloons-2024)
    ("a hyphenated given name is whole", "South Korean President Moon Jae-in met Japanese Prime Minister Fumio Kishida in Seoul.",
     {("Moon Jae-in", "meet", "Fumio Kishida", F, None)}),
    # a group of people counted as it is named keeps its count; a toll does not (kg.extract.mentions.counted:
    # canada-china-meng-wanzhou-arrest-2018, czech-russia-vrbetice-expulsions-2021, iran-us-prisoner-swap-2023)
    ("a counted group keeps its count", "Ghana detained three Togolese fishermen near Keta.", {("Ghana", "detain", "three Togolese fishermen", F, None)}),
    ("members who speak are their group", "Two Togolese fishermen told AFP that their boats were seized.",
     {("Togolese fishermen", "tell", "Agence France-Presse", F, None)}),
    ("a toll is no group's name", "Ghanaian troops killed at least nine Togolese fishermen near Keta.", {("Ghanaian troops", "kill", "Togolese fishermen", F, None)}),
    # "the pair" / "the duo" are the two people just named (kg.extract.mentions.DUAL_NOUNS: uk-france-small-boats-deal-2023,
    # xi-putin-moscow-visit-2023, us-russia-griner-bout-swap-2022); "a pair of" anything is not
    ("the pair is the two people named", "President Kofi Mensah hosted Prime Minister Ama Boateng in Accra on Monday. The pair spoke for two hours.",
     {("Kofi Mensah", "host", "Ama Boateng", F, None), ("Kofi Mensah", "speak", "Ama Boateng", F, None)}),
    # a capitalised title is a role whose set-off name holds it, wherever the parser hangs the name
    # (kg.extract.mentions.set_off_name: sudan-coup-2021, g20-new-delhi-summit-2023)
    ("a capitalised title's set-off name", "President Ama Boateng thanked the President of the Republic of Togo and Chairman of the African Union, Kofi Mensah, for his help.",
     {("Ama Boateng", "thank", "Kofi Mensah", F, None)}),
    # "the PM" with its article, owner or nationality is the prime minister the page names; "PM" before a
    # name is only its title (kg.extract.mentions.abbreviated_office, lexicon role_titles "pm": thirteen dev stories)
    ("an owned PM is the named prime minister", "Prime Minister Kofi Mensah opened the talks in Accra. Ghana's PM later thanked Togo for its help.",
     {("Kofi Mensah", "thank", "Togo", F, None)}),
    ("PM before a name is its title", "PM Kofi Mensah thanked Togo for its help.", {("Kofi Mensah", "thank", "Togo", F, None)}),
    # who denies a charge against someone is not its author (kg.extract.verbs.DENIAL_VERBS: argentina-spain-milei-row, a narrowing)
    ("denying charges against someone accuses no one", "Ghana's president dismissed the accusations against Togo's foreign minister Ama Boateng.", set()),
    ("making charges against someone is accusing", "Ghana made new accusations against Togo on Monday.", {("Ghana", "accuse", "Togo", F, None)}),
    # an organisation is labelled as news writes it: "G20", never the unwritten "Group of Twenty" (kg/data/actors.json:
    # the dev pages write "G20" in six stories, "Group of Twenty" in none; g20-new-delhi-summit-2023 names it an actor)
    ("the G20 under the name news gives it", "Last year the Group of 20 admitted the African Union.", {("G20", "admit", "African Union", F, None)}),
    # a gazetteer name ending a longer proper name is not that gazetteer actor (kg.nlp.model._longer_name:
    # poland-russia-drones, venezuela-us, madagascar-genz-coup)
    # one organisation's name the NER split or tagged in part is one organisation
    # (kg.nlp.model._split_organisations: kenya-finance-bill-protests, canada-us-tariffs)
    # a crowd is where it gathers, not whose (kg.extract.mentions.nationality_hints:
    # nepal-genz-protests, serbia-student-protests)
    ("a crowd in a city is no city's group", "Police detained protesters in Accra on Friday.", {("police", "detain", "protesters", F, None)}),
    ("a crowd's nationality still names it", "Togolese protesters clashed with police.", {("Togolese protesters", "clash", "police", F, None)}),
    # "open fire on Y" is firing at Y (lexicon nominal_events "fire": nepal-genz-protests, india-pakistan-2025)
    ("opened fire on a crowd", "Police opened fire on protesters in Accra.", {("police", "open fire", "protesters", F, None)}),
    # protests no one is named holding are the protesters', against whom the "against" phrase names; "his
    # government" there is the state he leads; who flees, faces or disperses them holds none
    # (kg.extract.nouns.protesters_against: madagascar-genz-coup, sri-lanka-rajapaksa-protests-2022, israel-morocco-normalisation-2020)
    ("protests against a leader are the protesters'", "Kenyan President William Ruto flew home after weeks of protests against his government.",
     {("protesters", "protest", "Kenya", F, None)}),
    ("protests against a plan are against its owner", "There were large protests against Joe Biden's tariff plan in Lagos.",
     {("protesters", "protest", "Joe Biden", F, None)}),
    ("who disperses protests holds none", "Police dispersed the protests against President William Ruto.",
     {("protesters", "protest", "William Ruto", F, None)}),
    ("who stages protests holds them", "Students staged protests against President William Ruto.", {("students", "protest", "William Ruto", F, None)}),
    # "X alleged that Y did ..." is an allegation against Y (kg.extract.clauses.demand_lemma, lexicon
    # allegation_verbs: india-canada-diplomat-row, india-pakistan-2025, serbia-student-protests)
    ("an allegation against the that-clause's subject", "Ghana alleged that Togo was funding the rebels.", {("Ghana", "allege", "Togo", F, None)}),
    ("an allegation about no actor relates no one", "Ghana alleged that the election was rigged.", set()),
    ("saying that Y did something is no allegation", "Ghana said that Togo was funding the rebels.", set()),
    # a government a person owns is the state the person leads, not the person
    # (kg.extract.mentions.leader_government: india-canada-diplomat-row, ethiopia-eritrea-sea-access)
    ("a leader's government is the leader's country",
     "Ghanaian President John Mahama arrived on Monday. Mahama's government condemned Togo.", {("Ghana", "condemn", "Togo", F, None)}),
    ("a government owned by a person of no known country is not that person", "John Mahama's government condemned Togo.", set()),
    ("a country's government stays the country", "Ghana's government condemned Togo.", {("Ghana", "condemn", "Togo", F, None)}),
    # "his government" as a subject is the state of the person "his" is (colombia-israel-ties-cut-2024,
    # solomon-islands-china-pact-2022, armenia-russia-rift: the dev gold lists it under the country)
    ("his government, as a subject, is his country",
     "Ghanaian President John Mahama said on Monday that his government would expel Togo's envoy.",
     {("Ghana", "expel", "Togolese envoy", F, "future")}),
    ("her government likewise, through the pronoun's person",
     "Kenyan President Grace Otieno met reporters. Her government signed a trade deal with Uganda, she said.",
     {("Kenya", "sign deal", "Uganda", F, None), ("Grace Otieno", "meet", "reporters", F, None)}),
    # what an issued document does, its issuer does: an order too, and through "that" (kg.extract.clauses.subjects_of:
    # session 51, dev india-us-tariffs-russian-oil-2025, niger-coup-france-ambassador, canada-china-diplomat-expulsion,
    # japan-korea-comfort-women-deal-2015)
    ("a signed order slapping a tariff", "Kenya signed an order slapping a 30% tariff on Ugandan goods.",
     {("Kenya", "slap tariff", "Uganda", F, None)}),
    ("an order that doubles a tariff", "President William Ruto signed an executive order that doubles tariffs on Ugandan goods.",
     {("William Ruto", "double tariff", "Uganda", F, None)}),
    ("a statement that accuses", "Ghana issued a statement that accused Togo of arming the rebels.",
     {("Ghana", "accuse", "Togo", F, None)}),
    # buying or importing another state's goods is buying from that state (kg.extract.verbs.bought_from: session 51,
    # dev turkey-s400-f35-removal-2019, us-china-trade, trump-modi-howdy-modi-houston-2019, india-us-tariffs-russian-oil-2025)
    ("buying another state's goods", "Kenya kept buying cheap Ugandan sugar.", {("Kenya", "buy", "Uganda", F, None)}),
    ("buying a quantity of another state's goods", "Ghana will purchase two million tons of Ivorian cocoa.",
     {("Ghana", "purchase", "Ivory Coast", F, "future")}),
    ("selling one's own goods names no other state", "Togo sells Togolese phosphate to Ghana.", {("Togo", "sell", "Ghana", F, None)}),
    # a demonym the NER calls an organisation, on a common noun, is a nationality (kg.nlp.model._nationality:
    # session 51, dev uganda-rwanda-border-closure-2019)
    ("a demonym mislabelled as an organisation", "Rwanda blocked Ugandan cargo trucks from entering its territory.",
     {("Rwanda", "block", "Uganda", F, None)}),
    # "help X do": the one helped is the parser's clause subject (kg.extract.clauses.demand_lemma: session 51,
    # dev putin-kim-vostochny-summit-2023, japan-philippines-reciprocal-access-2024, north-korea-russia)
    ("help with a bare infinitive", "Ghana helped Togo rebuild its army.", {("Ghana", "help", "Togo", F, None)}),
    ("help with a bare infinitive, the helped one's act read too", "Kenya is helping Uganda fight in Somalia.",
     {("Kenya", "help", "Uganda", F, None), ("Uganda", "fight", "Somalia", F, None)}),
    # "First Lady" is a title, not part of the name the NER takes it into (kg.extract.mentions._first_lady:
    # session 51, dev trump-xi-mar-a-lago-summit-2017, saudi-canada-diplomatic-row-2018, lula-xi-beijing-visit-2023)
    ("a first lady's title is no part of her name",
     "The president and First Lady Margaret Kenyatta welcomed the Ghanaian President John Mahama in Nairobi.",
     {("Margaret Kenyatta", "welcome", "John Mahama", F, None)}),
    # how two things or times meet is no act (lexicon skip_relation_lemmas: session 51, dev
    # albanese-xi-beijing-visit-2023, greece-turkey-oruc-reis-standoff-2020, japan-philippines-reciprocal-access-2024)
    ("a plan dovetailing with another's efforts is no act on them", "Kenya's plan dovetails with Uganda's efforts to build a railway.", set()),
    ("a pact overlapping another's claims is no act on them", "Ghana and Togo signed a border pact on Monday, overlapping with Benin's claims.",
     {("Ghana", "sign pact", "Togo", F, None)}),
    ("a date coinciding with another's visit is no act", "The summit also coincides with Kenya's first state visit to Uganda.",
     {("Kenya", "visit", "Uganda", F, None)}),
    # the one given time or a chance does the infinitive, not the giver (kg.extract.clauses.time_given_to:
    # session 51, dev saudi-canada-diplomatic-row-2018, venezuela-argentina-diplomats-expelled-2024,
    # gambia-jammeh-ecowas-standoff-2017)
    ("the one given a chance to leave leaves",
     "Nigerian troops paused on Friday to give President Kofi Mensah a final chance to leave Accra.",
     {("Kofi Mensah", "leave", "Ghana", F, None), ("Nigerian troops", "give", "Kofi Mensah", F, None)}),
    ("the one given hours to leave leaves, not the giver",
     "Ghana has given diplomats 72 hours to leave the Togolese embassy in Accra.", set()),
    # a joint press conference with Y: the speaker appears with Y (kg.extract.verbs.press_partners: session 52,
    # dev egypt-greece-maritime-deal-2020, germany-russia-tiergarten-expulsions-2019, japan-korea-comfort-women-deal-2015,
    # russia-georgia-war-2008)
    ("a joint press conference with a counterpart",
     "Robert Dussey announced the reopening at a joint press conference with his Ghanaian counterpart Kwame Boateng in Lome.",
     {("Robert Dussey", "hold press conference", "Kwame Boateng", F, None), ("Robert Dussey", "announce", "reporters", F, None)}),
    ("telling a joint news conference held with another",
     "President Kofi Mensah told a joint news conference with President Faure Gnassingbe that the border would reopen.",
     {("Kofi Mensah", "hold press conference", "Faure Gnassingbe", F, None), ("Kofi Mensah", "tell", "reporters", F, None)}),
    ("a press conference after meeting someone is not held with them",
     "President Kofi Mensah spoke to reporters at a joint news conference after his meeting with President Faure Gnassingbe.",
     {("Kofi Mensah", "speak", "reporters", F, None), ("Kofi Mensah", "meet", "Faure Gnassingbe", F, None)}),
    # "the Nigerian Government" with a capital G is the country, as "the Nigerian government" is
    # (kg.nlp.model._national_government: session 52, dev ghana-nigeria-embassy-demolition-2020, skripal-poisoning-expulsions-2018)
    ("a capitalised national government is the country", "Togo thanked the Ghanaian Government for its help.", {("Togo", "thank", "Ghana", F, None)}),
    ("a country's name before a capitalised Government", "The Ghana Government accused Togo of spying.", {("Ghana", "accuse", "Togo", F, None)}),
    ("a national army stays an institution", "The Ghanaian Army accused Togo of spying.", {("Ghanaian Army", "accuse", "Togo", F, None)}),
    # a region, town or area named after a place that is no state is only a place (kg.extract.mentions.unknown_place_owner:
    # session 52, dev sudan-south-sudan-heglig-2012, eritrea-djibouti-normalisation-2018)
    ("occupying an area named after a place", "Ghana accused Togolese troops of occupying the Bawku mountain area.",
     {("Ghana", "accuse", "Togolese troops", F, None)}),
    ("an area named after a place, as the object", "Togolese troops occupied the Bawku area on Friday.", set()),
    ("a state's region stays the state's", "Togo's army entered Ghana's Volta region.", {("Togolese military", "enter", "Ghana", F, None)}),
    # the name after "bin" is the father's: a bare "Salman" is King Salman, not Mohammed bin Salman
    # (kg.lexicon.own_name_words: session 52, dev trump-riyadh-visit-2017, eritrea-djibouti-normalisation-2018)
    ("a king named by his son's patronymic is the king", "President Kofi Mensah was greeted at the airport by King Salman.",
     {("Salman bin Abdulaziz Al Saud", "greet", "Kofi Mensah", F, None)}),
    ("the son is still the son", "Crown Prince Mohammed bin Salman received President Kofi Mensah.",
     {("Mohammed bin Salman", "receive", "Kofi Mensah", F, None)}),
    # a treaty named alone is a standing instrument, no agreement made (kg.extract.nouns.STANDING_INSTRUMENTS: session 52,
    # dev jordan-israel-baqura-lease-end-2019, abe-putin-kuril-peace-talks-2018, biden-putin-geneva-summit-2021, armenia-russia-rift)
    ("a treaty named alone is no agreement", "Togo will not renew the annex of its 1994 border treaty with Ghana.", set()),
    ("a treaty between two states named alone is no agreement", "The 1994 peace treaty between Ghana and Togo still holds.", set()),
    ("signing a treaty is still an agreement", "Ghana signed a border treaty with Togo on Monday.", {("Ghana", "sign treaty", "Togo", F, None)}),
    # a site named by its facility word is a place one visits, whatever the NER calls it (kg.resolve.actors._facility_name:
    # session 52, dev abe-pearl-harbor-visit-2016, putin-kim-vostochny-summit-2023)
    ("touring a space center is no act on an actor", "President Kofi Mensah toured the Kotoka Space Center.", set()),
    ("visiting a visitor center is no act on an actor", "President Kofi Mensah visited the Kotoka Visitor Center in Accra.", set()),
    ("a seat of government stays its occupants", "Togo criticised the Blue House on Monday.", {("Togo", "criticize", "Blue House", F, None)}),
    # belonging to a body is an attribute, no act (lexicon skip_relation_lemmas "belong": session 52, dev
    # tanzania-kenya-border-closure-covid-2020, colombia-ecuador-angostura-raid-2008)
    ("members belonging to a bloc is no act", "Kenya, Tanzania and Uganda belong to the EAC.", set()),
    ("a rebel belonging to a group is no act, the arrest is",
     "A rebel, Kofi Mensah, who belongs to the Ghana Liberation Front, was arrested by Togo.", {("Togo", "arrest", "Kofi Mensah", F, None)}),
    # the state across a border no one is said to own is whom an act on the border is on (kg.extract.mentions.proxy_owners:
    # session 52, dev venezuela-us, colombia-ecuador-angostura-raid-2008)
    ("troops to the border with a state", "Togo deployed troops to the border with Ghana on Sunday.", {("Togo", "deploy", "Ghana", F, None)}),
    ("troops ordered to the border with a state", "Togo ordered troops and tanks to the border with Ghana.", {("Togo", "order", "Ghana", F, None)}),
    ("troops to a state's border, as before", "Togo sent troops to Ghana's border.", {("Togo", "send troops", "Ghana", F, None)}),
    # a subject the parser hangs on the auxiliary, an adverbial between it and the verb, is the verb's
    # (kg.extract.clauses.stranded_subjects: session 52, dev japan-korea-gsomia-2019, algeria-france-expulsions-2025,
    # israel-turkey-mavi-marmara-raid-2010, venezuela-us)
    ("a subject before an auxiliary and a long adverbial", "Ghana had earlier this month removed Togo from a so-called white list of partners.",
     {("Ghana", "remove", "Togo", F, None)}),
    # a speaker saying Y was behind a deed blames Y (kg.extract.clauses.culprit_clause: session 53, dev
    # skripal-poisoning-expulsions-2018, france-iran-bomb-plot-2018)
    ("said a state was behind an attack", "Ghanaian President John Mahama said on Friday that Togo was behind the bombing of the depot.",
     {("John Mahama", "blame", "Togo", F, None)}),
    ("behind the deed under how sure the speaker is", "The Ghanaian foreign minister said it was almost certain that Togo was behind the raid.",
     {("Ghanaian foreign minister", "blame", "Togo", F, None)}),
    ("a denial blames no one", "Ghanaian President John Mahama said Togo was not behind the bombing.", set()),
    ("behind a place is no blame", "Ghanaian President John Mahama said Togolese troops were behind the border.", set()),
    # a news source named after what it reported is no second act of the subject (kg.extract.clauses.SOURCE_VERBS:
    # session 53, dev macron-algeria-visit-2022, slovenia-croatia-border-arbitration-2017)
    ("an outlet reporting after the comma is no object", "Ghana and Togo signed a new border pact, reports Radio Lome.",
     {("Ghana", "sign pact", "Togo", F, None)}),
    # a state's agents are a group of their own, as its activists or fighters are (lexicon collective_nouns: session 53,
    # dev erdogan-saudi-visit-2022, algeria-france-expulsions-2025, czech-russia-vrbetice-expulsions-2021)
    ("a state's agents are no state", "Togolese agents abducted the journalist Kofi Mensah in Accra.",
     {("Togolese agents", "abduct", "Kofi Mensah", F, None)}),
    # ... and as the owner of an act ("her government's decision to recognise": session 51, dev
    # saudi-sweden-wallstrom-row-2015, colombia-israel-ties-cut-2024)
    ("his government's act is his country's",
     "Ghanaian President John Mahama welcomed the talks, citing his government's decision to recognise Togo.",
     {("Ghana", "recognize", "Togo", F, None)}),
    ("a country's name opening an organisation's name", "The Ghana Press Freedom Commission accused President John Mahama.",
     {("Ghana Press Freedom Commission", "accuse", "John Mahama", F, None)}),
    ("a person's name opening a foundation's name", "The Kwame Nkrumah Memorial Foundation criticised Togo.",
     {("Kwame Nkrumah Memorial Foundation", "criticize", "Togo", F, None)}),
    ("a council the NER holds whole stays", "The UN Security Council condemned Togo.", {("UN Security Council", "condemn", "Togo", F, None)}),
    ("a national council is no UN council", "President William Ruto convened the National Security Council on Monday.",
     {("William Ruto", "convene", "National Security Council", F, None)}),
    ("a movement named after a country is no state", "The youth movement Gen Z Kenya criticised President William Ruto.",
     {("Gen Z Kenya", "criticize", "William Ruto", F, None)}),
    ("a region named after a country is no state", "Kenya sent police officers to fight gangs in Latin America.", set()),
    # "opposition to X" is a stance (the light verb takes the noun's relation), not the opposition
    # group (kg.extract.mentions.stance_noun: ethiopia-eritrea-sea-access, south-korea-yoon-impeachment)
    ("voiced opposition to a country", "Kenya voiced opposition to Uganda.", {("Kenya", "oppose", "Uganda", F, None)}),
    ("opposition to an owned plan is no group", "Kenya has expressed firm opposition to Uganda's ambitions.",
     {("Kenya", "oppose", "Uganda", F, None)}),
    # a bare parliament a person speaks to is the speaker's country's parliament
    # (kg.extract.mentions.commander_hints: poland-russia-drones, ethiopia-eritrea-sea-access)
    ("telling parliament is telling one's own parliament",
     "Kenyan President William Ruto arrived on Monday. Ruto told parliament that the talks had failed.",
     {("William Ruto", "tell", "Kenyan parliament", F, None)}),
    ("a parliament with its own country is that one",
     "Kenyan President William Ruto told the parliament of Uganda that he was ready.",
     {("William Ruto", "tell", "Ugandan parliament", F, None)}),
    ("criticising parliament is no address to it", "Kenyan President William Ruto criticised parliament.", set()),
    # a speaker the page gives no country speaks for the country the page has named most so far;
    # on a tie the parliament is still spoken to, its country left open as for a bare "police"
    # (kg.resolve.actors._commander_country: ethiopia-eritrea-sea-access, poland-russia-drones,
    # solomon-islands-china-pact-2022: the dev gold lists the bare "parliament" as an alias)
    ("an unplaced speaker tells the leading country's parliament",
     "Kenya closed its border with Uganda. Kenya then recalled its envoy. Minister Jane Wanjiru told parliament that the border would stay shut.",
     {("Kenya", "close", "Uganda", F, None), ("Kenya", "recall", "Kenyan envoy", F, None), ("Jane Wanjiru", "tell", "Kenyan parliament", F, None)}),
    ("an unplaced speaker on a page of two equal countries tells a parliament of no country",
     "Kenya met Uganda on Monday. Minister Jane Wanjiru told parliament that the border would stay shut.",
     {("Kenya", "meet", "Uganda", F, None), ("Jane Wanjiru", "tell", "parliament", F, None)}),
    # "figures" named by the words before it are a group; bare or with an adjective they are numbers
    # (kg.extract.mentions.NAMED_GROUP_NOUNS: turkey-imamoglu-arrest, madagascar-genz-coup)
    ("figures of a movement are a group", "Kenya's government played down the rallies, blaming opposition figures for the unrest.",
     {("Kenya", "blame", "opposition figures", F, None)}),
    ("a leader and other figures meet", "Jane Wanjiru and other youth figures met with President William Ruto.",
     {("Jane Wanjiru", "meet", "William Ruto", F, None), ("youth figures", "meet", "William Ruto", F, None)}),
    ("official figures are numbers, no group", "Official figures showed that Kenya sold more maize to Uganda.", {("Kenya", "sell", "Uganda", F, None)}),
    # officials known by a leader's administration are named so, plural as singular; a nationality
    # still names them by it (kg.resolve.actors._leader_named: canada-us-tariffs, venezuela-us)
    ("officials of a leader's administration", "Kenyan President William Ruto spoke on Monday. Ruto administration officials, led by an adviser, criticised Uganda on Friday.",
     {("Ruto administration officials", "criticize", "Uganda", F, None)}),
    ("an official of a leader's administration", "Kenyan President William Ruto spoke on Monday. One Ruto administration official criticised Uganda on Friday.",
     {("Ruto administration official", "criticize", "Uganda", F, None)}),
    ("government officials of a nationality keep it", "Kenyan government officials criticised Uganda on Friday.",
     {("Kenyan government officials", "criticize", "Uganda", F, None)}),  # "government" kept since session 30 (the gold's name)
    # remarks given to an outlet, an interview held with one: the speaker tells the outlet
    # (kg.extract.verbs.interview_outlet: venezuela-us, serbia-student-protests)
    ("remarks made to a broadcaster are said to it",
     "Jane Wanjiru, the Kenyan minister, said in remarks made to the BBC that talks had failed.",
     {("Jane Wanjiru", "say", "BBC", F, None)}),
    ("an interview with a broadcaster is said to it",
     "\"Talks failed,\" remarked Jane Wanjiru, a Kenyan minister, in an interview with the BBC.",
     {("Jane Wanjiru", "remark", "BBC", F, None)}),
    # a statement, message or address to someone, whatever the clause says, tells or addresses them
    # (kg.extract.verbs.speech_audience, session 46: skripal-poisoning-expulsions-2018, russia-georgia-war-2008,
    # kazakhstan-unrest-csto-2022, india-china-galwan-2020)
    ("a statement to an outlet tells it", "In a statement to the BBC, Kenyan minister Jane Wanjiru criticised Uganda.",
     {("Jane Wanjiru", "tell", "BBC", F, None), ("Jane Wanjiru", "criticize", "Uganda", F, None)}),
    ("a message to a leader tells him", "Kenyan President William Ruto said in a message to Ugandan President Yoweri Museveni that the border would reopen.",
     {("William Ruto", "tell", "Yoweri Museveni", F, None)}),
    ("an address to a parliament addresses it", "Kenyan President William Ruto spoke of peace in an address to the Ugandan parliament.",
     {("William Ruto", "address", "Ugandan parliament", F, None)}),
    ("another's address is not the speaker's", "Jane Wanjiru praised Museveni's address to the Ugandan parliament.",
     {("Jane Wanjiru", "praise", "Museveni", F, None)}),
    # an outlet noun with the outlet's name before or after it is the outlet (kg.extract.mentions.outlet_mention:
    # niger-coup-france-ambassador, ethiopia-eritrea-sea-access, armenia-russia-rift)
    ("a news agency named before its noun", "Kenyan minister Jane Wanjiru told the Savanna news agency that talks with Uganda had failed.",
     {("Jane Wanjiru", "tell", "Savanna", F, None)}),
    ("a news agency named after its noun", "Kenyan minister Jane Wanjiru told the news agency Savanna Wire that talks with Uganda had failed.",
     {("Jane Wanjiru", "tell", "Savanna Wire", F, None)}),
    ("a channel whose name ends in a number", "\"Talks have failed,\" Kenyan minister Jane Wanjiru told the Kilimanjaro 7 channel.",
     {("Jane Wanjiru", "tell", "Kilimanjaro 7", F, None)}),
    ("a channel named after its noun, a date after the name",
     "Talks with Uganda have failed, Kenyan minister Jane Wanjiru told television channel Kilimanjaro 7 on Monday.",
     {("Jane Wanjiru", "tell", "Kilimanjaro 7", F, None)}),
    ("a news agency known only by a nationality is no outlet named", "Kenyan minister Jane Wanjiru told the Ugandan news agency that talks had failed.", set()),
    ("a country's name before a news agency is no outlet's name", "Kenyan minister Jane Wanjiru told the Uganda news agency that talks had failed.", set()),
    ("a bare agency is no outlet", "Kenyan minister Jane Wanjiru told the agency that talks had failed.", set()),
    ("an agency that is no news agency keeps its own name", "The International Energy Agency warned Kenya on Monday.",
     {("International Energy Agency", "warn", "Kenya", F, None)}),
    ("said on a channel is said to it", "Kenyan minister Jane Wanjiru said on the Kilimanjaro 7 channel that talks with Uganda had failed.",
     {("Jane Wanjiru", "say", "Kilimanjaro 7", F, None)}),
    ("posted on a channel is not told to it", "Kenyan minister Jane Wanjiru posted on the Kilimanjaro 7 channel that talks with Uganda had failed.", set()),
    ("a statement with a country is no interview", "Jane Wanjiru, the Kenyan minister, said in a statement with Uganda that talks had failed.", set()),
    ("a statement about a country names no addressee", "Jane Wanjiru, the Kenyan minister, said in a statement about Uganda that talks had failed.", set()),
    # a thing another owns, described by the subject, is not the subject's act; a possessor the
    # parser made the object is still a possessor (ethiopia-eritrea-sea-access, venezuela-us)
    ("an owner's described war is not the speaker's",
     "Kenya described Uganda’s alleged “preparations for war against Sudan” as lies.",
     {("Kenya", "describe", "Uganda", F, None)}),
    ("a speaker describing their own country's plans acts on no one",
     "Kenyan Foreign Minister Amina Odhiambo described Kenya’s alleged “preparations for war against Sudan” as lies.", set()),
    ("a judged move stands for its owner", "Kenyan President William Ruto called Museveni’s move “pathetic”.",
     {("William Ruto", "call", "Museveni", F, None)}),
    ("a compass part of a country is the country", "Kenya launched an invasion of South Uganda.",
     {("Kenya", "launch", "Uganda", F, None), ("Kenya", "invade", "Uganda", F, None)}),
    ("the gazetteer name itself still resolves", "Kenya briefed the UN Security Council.",
     {("Kenya", "brief", "UN Security Council", F, None)}),
    # a measure (tariff, levy, restriction) is taken on whom it is "on"; easing a trade measure is
    # no cut in relations (CAMEO 085, not 161)
    ("tariffs on a country's goods", "Kenya will lower tariffs on Nigerian goods.",
     {("Kenya", "lower tariff", "Nigeria", F, "future")}),
    ("restrictions on dealings with a country", "The European Union lifted restrictions on trade with Belarus.",
     {("European Union", "lift restriction", "Belarus", F, None)}),
    ("a measure on a thing names no one", "The ministers discussed tariffs on steel.", set()),
    ("the joint subjects' measure on a third", "After talks in Accra, Ghana and Togo agreed to cut tariffs on Nigerian goods.",
     {("Ghana", "agree", "Togo", F, None), ("Ghana", "cut tariff", "Nigeria", F, "future"), ("Togo", "cut tariff", "Nigeria", F, "future")}),
    ("no one takes a measure on their own country",
     "Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed to cut Kenyan tariffs on Uganda.",
     {("William Ruto", "agree", "Yoweri Museveni", F, None), ("William Ruto", "cut tariff", "Uganda", F, "future")}),
    # an event noun that a noun of ending governs ("an end to", "the suspension of") is not held:
    # the ending names the relation, as a termination verb does (canada-us-tariffs,
    # israel-hezbollah-lebanon)
    ("an end to talks is no talks", "Ghana declared an end to the border negotiations with Togo.",
     {("Ghana", "end negotiations", "Togo", F, None)}),
    ("an end asked for is a request", "Kenya appealed for an end to the fighting between Sudan and Chad.",
     {("Sudan", "end fighting", "Chad", F, "request")}),
    # a perfect participle set before the clause is its subject's act (session 46: sri-lanka-rajapaksa-protests-2022)
    ("having done it, the subject did the next", "Having met Yoweri Museveni, William Ruto flew to Kigali.",
     {("William Ruto", "meet", "Yoweri Museveni", F, None), ("William Ruto", "fly", "Rwanda", F, None)}),
    # an event one is without did not happen (session 46, found by probing)
    ("a deal the talks ended without", "The talks in Addis Ababa ended without a deal between Kenya and Uganda.",
     {("Kenya", "agree", "Uganda", True, None)}),
    # the state across a border is whom an act on the border is done to, wherever the parser hangs "with"
    # (kg.extract.verbs.border_partner, session 46: saudi-qatar-al-ula-reconciliation-2021, burundi-rwanda-border-closure-2024)
    ("closing one's border with a state", "Kenya closed its border with Uganda.", {("Kenya", "close", "Uganda", F, None)}),
    ("another's border is not one's own", "Kenyan troops patrolled Uganda's border with Sudan.", {("Kenyan troops", "patrol", "Uganda", F, None)}),
    # a noun that changes a standing tie names the relation with it (lexicon relation_change_nouns,
    # session 46: israel-morocco-normalisation-2020, ethiopia-eritrea-peace-2018, ecuador-mexico-embassy-raid)
    ("the normalization of ties between two states", "Benin praised the normalization of relations between Ghana and Togo.",
     {("Ghana", "normalize relations", "Togo", F, None)}),
    ("the severing of ties with a state", "Ghanaian President Kwame Mensah announced the severing of diplomatic ties with Togo.",
     {("Kwame Mensah", "sever", "Togo", F, None), ("Kwame Mensah", "sever ties", "Togo", F, None)}),
    ("ties alone are no event", "Benin praised the relations between Ghana and Togo.", set()),
    # a name set off by commas after the subject is the subject (the parser may hang it on the
    # subject's last noun): the speaker is never one of "both presidents" he speaks of (issue 17:
    # "both sides" / "the two leaders" resolved to the wrong pair)
    ("the apposed speaker is not one of the pair",
     "President William Ruto will travel to Kampala to see President Yoweri Museveni. "
     "Ruto's adviser on trade, Daniel Bwala, said both presidents were expected to meet soon.",
     {("William Ruto", "travel", "Uganda", F, "future"), ("William Ruto", "see", "Yoweri Museveni", F, "future"),
      ("William Ruto", "meet", "Yoweri Museveni", F, "future")}),
    # a pair refers back: an actor first named in the phrase of who reports it (or of who acts on
    # it) is no member (nigeria-us-threat, us-china-trade, armenia-azerbaijan-peace)
    ("the one a speaker speaks for, newly named, is not of the pair",
     "Emmanuel Macron hosted Pedro Sanchez in Paris. An aide to Giorgia Meloni said the two leaders discussed migration.",
     {("Emmanuel Macron", "host", "Pedro Sanchez", F, None), ("Emmanuel Macron", "discuss", "Pedro Sanchez", F, None)}),
    ("the one an urging subject speaks for, newly named, is not of the pair",
     "Emmanuel Macron hosted Pedro Sanchez in Paris. An aide to Giorgia Meloni urged both leaders to cooperate on migration.",
     {("Emmanuel Macron", "host", "Pedro Sanchez", F, None), ("Emmanuel Macron", "cooperate", "Pedro Sanchez", F, "request")}),
    # a pair named by a title is two people the page gave it, when two or more have it (dev
    # blinken-beijing-visit-2023 "the two presidents" after a secretary of state; nigeria-us-threat)
    ("the two presidents are the page's presidents",
     "President William Ruto and President Yoweri Museveni met in Nairobi in May. Trade Minister Amina Odhiambo met "
     "President Museveni in Kampala on Monday. Odhiambo said the two presidents had agreed on a border plan.",
     {("William Ruto", "meet", "Yoweri Museveni", F, None), ("Amina Odhiambo", "meet", "Yoweri Museveni", F, None),
      ("William Ruto", "agree", "Yoweri Museveni", F, None)}),
    # an object "them" is never a name inside its own clause's subject (the host's nationality)
    ("a host's nationality is not whom he hosted",
     "Ghana and Togo ended talks in Abuja. Nigerian President Bola Tinubu, who hosted them, urged both sides to keep the truce.",
     {("Ghana", "end talks", "Togo", F, None), ("Bola Tinubu", "urge", "Ghana", F, None), ("Bola Tinubu", "urge", "Togo", F, None)}),
    ("a speaker between the pair and its reference",
     "Lula met Javier Milei in Brasilia. Speaking in Santiago, Chilean President Gabriel Boric said both presidents had agreed to meet again.",
     {("Luiz Inácio Lula da Silva", "meet", "Javier Milei", F, None), ("Luiz Inácio Lula da Silva", "agree", "Javier Milei", F, None),
      ("Luiz Inácio Lula da Silva", "meet", "Javier Milei", F, "future")}),
    # "his" with a fitting man named in its own sentence, after sentences about another man, is
    # either of them: unresolved, as "he" already was (issue 17: pronouns and salience)
    ("'his' between two fitting men stays unresolved",
     "Prime Minister William Ruto spoke on Monday. The Mandela Foundation said the film cut "
     "Nelson Mandela's 1990 speech and misrepresented his views.", set()),
    # how things stand between two parties is no act of either (venezuela-us, canada-us-tariffs)
    ("tensions that rise are no act", "Tensions between Ghana and Togo kept rising all year.", set()),
    ("relations that sour still relate the two", "Relations between Ghana and Togo deteriorated in May.",
     {("Ghana", "deteriorate", "Togo", F, None)}),
    # where a force is is not whose it is
    ("a force's place is not its nationality", "Troops in Mali protected Ghanaian envoys.", set()),
    ("a force's own nationality stays", "Nigerian forces in Niger attacked the rebels of Chad.",
     {("Nigerian forces", "attack", "Chad rebels", F, None)}),
    # a headline's bare infinitive is its future (lula-xi-beijing-visit-2023, skripal-poisoning-expulsions-2018)
    ("a headline infinitive is a plan", "Ghana to expel Togolese diplomats", {("Ghana", "expel", "Togolese diplomats", F, "future")}),
    ("a headline infinitive on a name is a plan", "Kenya's William Ruto to meet Uganda's Yoweri Museveni in Kampala",
     {("William Ruto", "meet", "Yoweri Museveni", F, "future")}),
    # "declared X persona non grata": the parser takes "persona" for a verb or a noun (four dev stories)
    ("declared persona non grata", "Ghana has declared two Togolese diplomats persona non grata.",
     {("Ghana", "declare", "Togolese diplomats", F, None)}),
    ("a named envoy declared persona non grata", "Peru declared Chilean ambassador Ana Mora persona non grata.",
     {("Peru", "declare", "Ana Mora", F, None)}),
    # the sides of "between" are its conjuncts: the actors inside one side are no parties to each
    # other (sudan-kenya-mediation-rejection-2023); a split nationality keeps its whole name
    ("one side of between is the leaders of three states",
     "Talks between William Ruto and the leaders of South Sudan, Ethiopia and Somalia ended in Nairobi.",
     {("William Ruto", "hold talks", "South Sudanese leader", F, None), ("William Ruto", "hold talks", "Ethiopian leader", F, None),
      ("William Ruto", "hold talks", "Somali leader", F, None)}),
    ("three sides of between are each other's parties", "Talks between Ghana, Togo and Benin ended in Lome.",
     {("Ghana", "hold talks", "Togo", F, None), ("Ghana", "hold talks", "Benin", F, None), ("Togo", "hold talks", "Benin", F, None)}),
    # an infinitive on the predicate noun of "be"/"become" is the subject's act (blinken-beijing-visit-2023)
    ("the first envoy to visit is the subject", "William Ruto became the first Kenyan leader to visit Kigali in a decade.",
     {("William Ruto", "visit", "Rwanda", F, None)}),
    # an office "of" a country with the holder's name after it: the person, of that country
    # (poland-belarus-border-crisis-2021, kazakhstan-unrest-csto-2022, brazil-january-8-riots-2023)
    ("the president of a country, named after it", "The President of Ghana John Mahama met Paul Kagame in Kigali.",
     {("John Mahama", "meet", "Paul Kagame", F, None)}),
    # with no name anywhere it is no one: as the country it made only false rows on dev (session 38)
    ("an office of a country with no name is no actor", "The president of Ghana criticised Togo.", set()),
    # officials of a nationality are a group of their own, as the guidelines' "Egyptian mediators"
    ("officials of a state are their own group", "Nigerian officials welcomed the Ghanaian delegation.",
     {("Nigerian officials", "welcome", "Ghanaian delegation", F, None)}),
    # so are its ministers and its delegation (netherlands-turkey-rally-row-2017 and
    # australia-china-barley-wine-tariffs "Turkish/Australian ministers"; nigeria-us-threat and
    # solomon-islands-china-pact-2022 "Nigerian/US delegation")
    ("ministers of a state are their own group", "Ghana expelled two Togolese ministers on Friday.",
     {("Ghana", "expel", "Togolese ministers", F, None)}),
    ("business leaders of two nationalities are no state leaders",
     "William Ruto met Kenyan and Ugandan business leaders in Kampala.",
     {("William Ruto", "meet", "Kenyan leaders", F, None), ("William Ruto", "meet", "Ugandan leaders", F, None)}),
    # ... each the state's office holder by role when never named (session 52; it stood for the state before)
    ("ministers of one portfolio are one per state", "The foreign ministers of Ghana and Togo met in Lome.",
     {("Ghanaian foreign minister", "meet", "Togolese foreign minister", F, None)}),
    ("a foreign minister is not the page's prime minister",
     "Ghanaian Prime Minister Kofi Mensah spoke on Monday. The foreign ministers of Ghana and Togo met in Lome.",
     {("Ghanaian foreign minister", "meet", "Togolese foreign minister", F, None)}),
    ("ministers whose nationality the NER took for a language", "Ghana barred Togolese ministers from entering the country.",
     {("Ghana", "bar", "Togolese ministers", F, None)}),
    ("a delegation of a state is its own group", "A Kenyan delegation met Ugandan officials in Kampala.",
     {("Kenyan delegation", "meet", "Ugandan officials", F, None)}),
    # leaders of a nationality are a group of their own too (kenya-finance-bill-protests,
    # poland-russia-drones, us-china-trade gold)
    ("leaders of a state are their own group", "A Ghanaian bishop, Kofi Mensah, begged Togolese leaders to free the editor.",
     {("Kofi Mensah", "beg", "Togolese leaders", F, None)}),
    ("leaders after the state's name", "The leaders of Ghana condemned Togo.", {("Ghanaian leaders", "condemn", "Togo", F, None)}),
    ("two states' unnamed leaders meeting are each state's leader", "Ghanaian and Togolese leaders met in Accra.",
     {("Ghanaian leader", "meet", "Togolese leader", F, None)}),
    # a plural noun's "like" members act as "including" ones do (kenya-finance-bill-protests,
    # india-pakistan-2025)
    ("members named with like act", "Several organizations like the Ghana Bar Association and Amnesty International sued Togo.",
     {("Ghana Bar Association", "sue", "Togo", F, None), ("Amnesty International", "sue", "Togo", F, None)}),
    ("like after a single actor is a comparison", "Ghana, like Togo, condemned Nigeria.", {("Ghana", "condemn", "Nigeria", F, None)}),
    # the young as a group are an actor of their own (kenya-finance-bill-protests,
    # madagascar-genz-coup gold); bare "people" is not
    ("young people as a group", "Angry young people denounced Togo on Monday.", {("young people", "denounce", "Togo", F, None)}),
    ("bare people are no actor", "Angry people denounced Togo on Monday.", set()),
    ("someone's young people are theirs", "Her young people denounced Togo.", set()),
    # a group "of" a country is named as written, the country after it (kenya-finance-bill-protests
    # "people of Kenya", india-pakistan-2025 "people of India")
    ("the people of a country", "Last week the people of Ghana pressed President John Mahama to step down.",
     {("people of Ghana", "press", "John Mahama", F, None)}),
    ("a nationality before the group keeps that order", "The Ghanaian people thanked Togo.", {("Ghanaian people", "thank", "Togo", F, None)}),
    # repairing, mending or steadying ties with Y is a light verb on the ties noun
    # (support_verbs: canada-us-tariffs, azerbaijan-plane-downing)
    ("steadying ties with a country", "President John Mahama has steadied ties with Togo.", {("John Mahama", "steady ties", "Togo", F, None)}),
    # a standing tie had or enjoyed with another is a relation of the two (kg.extract.context.event_lemma,
    # STANDING_TIE_NOUNS: 6 of 7 such phrases in 5 dev stories are gold records); "ties to" a side and
    # "has concerns" are not; "no" before the tie denies it
    # saying what another decided is no act on them (kg.extract.verbs.REPORTED_POSSESSION); the
    # possessive still tells whose decision a later infinitive is
    ("announcing another state's decision", "Kenya's foreign minister announced Ghana's decision to reopen the border.", set()),
    ("emphasising another state's stance", "The ministry emphasized Togo's stance on the dispute.", set()),
    ("condemning another state's decision stays", "Kenya condemned Ghana's decision.", {("Kenya", "condemn", "Ghana", F, None)}),
    ("having a partnership with a country", "Ghana has a long-standing security partnership with Togo.",
     {("Ghana", "have partnership", "Togo", F, None)}),
    ("enjoying ties with a country", "Benin enjoys close ties with Niger.", {("Benin", "have ties", "Niger", F, None)}),
    ("two states with no relations", "Peru and Chile have had no diplomatic relations since 1990.",
     {("Peru", "have relations", "Chile", True, None)}),
    ("talks denied by no before them", "Ghana held no talks with Togo.", {("Ghana", "hold talks", "Togo", True, None)}),
    ("a perfect read as have and an adjective is no tie", "Her remarks about Togo, which have strained relations between Ghana and Togo, drew protests.", set()),
    ("ties to a side are no tie between two", "The banker has ties to the Togolese government.", set()),
    ("enjoying another's backing is no act of one's own", "Benin enjoys the backing of Niger.", set()),
    ("having concerns says too little", "Ghana has concerns about Togo.", set()),
    ("mending relations with a country", "Ghana moved to mend relations with Togo.", {("Ghana", "mend relations", "Togo", F, None)}),
    ("repairing a thing relates no one", "Ghana repaired the old coastal road last year.", set()),
    # "what X calls / describes as Y" right after a verb is the verb's object, named by Y
    # (kg.extract.verbs.named_thing: azerbaijan-plane-downing, north-korea-russia, turkey-imamoglu-arrest)
    ("condemning what one calls another's aggression", "Ghana condemned what it called Togolese aggression.",
     {("Ghana", "condemn", "Togo", F, None)}),
    ("criticising what one describes as another's efforts", "Ghana criticized what it described as Togolese efforts to delay the vote.",
     {("Ghana", "criticize", "Togo", F, None)}),
    ("a thing so named with no owner relates no one", "Ghana rejected what Togo called a fair offer.", set()),
    ("a free relative as a subject is no object", "Ghana said what Togo called aggression was defence.", set()),
    # a plural demonym heading its noun phrase is those people, not their state
    # (kg.extract.mentions.plural_demonym: armenia-russia-rift, haiti-kenya-police-mission, kenya-finance-bill-protests)
    ("a plural demonym is a people", "Many Ghanaians criticised Togo last week.", {("Ghanaians", "criticize", "Togo", F, None)}),
    ("a people acted on", "Togo thanked the Ghanaians for their patience.", {("Togo", "thank", "Ghanaians", F, None)}),
    ("a demonym before a noun is still its country", "Ghanaian authorities criticised Togo.", {("Ghana", "criticize", "Togo", F, None)}),  # session 44: negotiators are a group of their own
    ("a country whose name is plural stays the country", "The Philippines criticised Togo.", {("Philippines", "criticize", "Togo", F, None)}),
    ("other groups of a country keep the country first", "The refugees of Ghana thanked Togo.", {("Ghana refugees", "thank", "Togo", F, None)}),
    # a patron is not the owner: "X-backed" says who backs a force, not whose force it is; the patron
    # backs it (session 28), and a group of no state is named as written
    ("a backed national army is its own country's", "The Kenya-backed Somali army attacked al-Shabaab.",
     {("Somali army", "attack", "Al-Shabaab", F, None), ("Kenya", "back", "Somali army", F, None)}),
    ("a backed unnamed group is no one's", "Peru-funded militias attacked the Chilean navy.",
     {("Peru", "fund", "Peru-funded militias", F, None), ("Peru-funded militias", "attack", "Chilean navy", F, None)}),
    # nor is its maker (lexicon patron_participles "built", "made": colombia-israel-ties-cut-2024)
    ("a thing a country built is not that country", "Peru flies Brazilian-built jets to patrol the border.", set()),
    ("a thing a country made is not that country", "Chile operates Spanish-made tanks near the border.", set()),
    # pronouns follow gender and salience; ambiguity leaves them unresolved
    ("titles give gender", "Mr Ortega met Ms Lindqvist on Monday. She told him that aid would come.",
     {("Ortega", "meet", "Lindqvist", F, None), ("Lindqvist", "tell", "Ortega", F, None)}),
    ("object pronoun is not its clause's subject", "Putin met Kim Jong Un. He praised him for the troops.",
     {("Vladimir Putin", "meet", "Kim Jong Un", F, None), ("Vladimir Putin", "praise", "Kim Jong Un", F, None)}),
    ("gazetteer gender", "Xi Jinping met Sanae Takaichi in Lima. She told him that Japan wanted calm.",
     {("Xi Jinping", "meet", "Sanae Takaichi", F, None), ("Sanae Takaichi", "tell", "Xi Jinping", F, None)}),
    ("the one an earlier 'her' meant stays in focus",
     "Italian Prime Minister Elena Duarte visited Tunisia. Tunisian President Samir Haddad welcomed her. She promised aid to Tunisia.",
     {("Elena Duarte", "visit", "Tunisia", F, None), ("Samir Haddad", "welcome", "Elena Duarte", F, None),
      ("Elena Duarte", "promise aid", "Tunisia", F, None)}),
    ("an earlier 'her' does not take a 'he'",
     "Italian Prime Minister Elena Duarte visited Tunisia. Tunisian President Samir Haddad welcomed her. He promised aid to Italy.",
     {("Elena Duarte", "visit", "Tunisia", F, None), ("Samir Haddad", "welcome", "Elena Duarte", F, None),
      ("Samir Haddad", "promise aid", "Italy", F, None)}),
    ("'him' controlling an infinitive is the one urged",
     "Chancellor Dieter Brandt phoned President Luc Moreau. He urged him to condemn Russia.",
     {("Dieter Brandt", "phone", "Luc Moreau", F, None), ("Dieter Brandt", "urge", "Luc Moreau", F, None),
      ("Luc Moreau", "condemn", "Russia", F, "request")}),
    # a speaker named by a noun is whom an "it" of what it says refers back to, though the saying
    # relates it to no one (session 46: saudi-canada-diplomatic-row-2018, niger-us-military-accord-2024,
    # turkey-russia-jet-shootdown-2015)
    ("it in what a government says is the government", "The Kenyan government said that it would expel the Ugandan envoy.",
     {("Kenya", "expel", "Ugandan envoy", F, "future")}),
    ("it in what a ministry says is the ministry", "The ministry in Nairobi said it had summoned the Ugandan envoy.",
     {("Kenyan ministry", "summon", "Ugandan envoy", F, None)}),
    # a pronoun after a sentence with several subjects means its main clause's subject first, not a
    # subordinate clause's (session 46: india-pakistan-balakot-2019 "Khan warned Modi", after a sentence
    # whose "as" clause had the pilot as its subject; kazakhstan-unrest-csto-2022)
    ("he is the last sentence's main subject", "After Kofi Boateng left the meeting, Kwame Mensah said the talks had failed. He then criticised Togo.",
     {("Kwame Mensah", "criticize", "Togo", F, None)}),
    ("it is the last sentence's main subject", "After Ghana closed the border, Togo said the talks had failed. It then recalled its ambassador from Accra.",
     {("Togo", "recall", "Togolese ambassador", F, None)}),
    ("a pronoun learns its person's gender", "Ngozi Okafor flew to Accra. There she met Kwame Mensah. He thanked her for the visit.",
     {("Ngozi Okafor", "meet", "Kwame Mensah", F, None),
      ("Kwame Mensah", "thank", "Ngozi Okafor", F, None)}),
    # "he" in a that-clause is its reporter, also a name the NER left untagged: the person that
    # name is, else no one (belarus-prisoner-release, israel-hezbollah-lebanon)
    ("an untagged reporter is the pronoun of its clause",
     "The Kenyan envoy Ole Sapit met President Yoweri Museveni on Monday. Amina Njeri was freed later. "
     "Sapit also stated he discussed trade with Yoweri Museveni.",
     {("Ole Sapit", "meet", "Yoweri Museveni", F, None), ("Ole Sapit", "discuss", "Yoweri Museveni", F, None)}),
    ("an unknown untagged reporter leaves the pronoun unresolved",
     "Amina Njeri was freed on Monday. Sapit also stated he met Yoweri Museveni.", set()),
    # a pronoun in a "who" clause on a named person is that person (belarus-prisoner-release,
    # south-korea-yoon-impeachment)
    ("a who-clause's pronoun is its antecedent",
     "Also freed were Kofi Mensah, a protest leader, and Ole Sapit, who was detained in May as he prepared to challenge President Yoweri Museveni.",
     {("Ole Sapit", "challenge", "Yoweri Museveni", F, None)}),
    # permission is given to the infinitive's subject, the parser's clause subject
    # (belarus-prisoner-release, south-korea-yoon-impeachment)
    ("allowed Y to do", "Kenyan President William Ruto allowed Ugandan President Yoweri Museveni to station troops in Kenya.",
     # stationing troops in a state deploys them there (session 42; the gold of belarus-prisoner-release)
     {("William Ruto", "allow", "Yoweri Museveni", F, None), ("Yoweri Museveni", "station", "Kenya", F, None)}),
    ("let Y do", "Kenya let Uganda use its port at Mombasa.", {("Kenya", "let", "Uganda", F, None)}),
    ("the previous subject is the most salient", "Ali Hassan met Omar Farouk in Doha. Later he phoned Karim Said.",
     {("Ali Hassan", "meet", "Omar Farouk", F, None), ("Ali Hassan", "phone", "Karim Said", F, None)}),
    ("an object 'it' is a thing, not the last actor named", "Peru signed a trade pact with Chile, and Bolivia criticised it.",
     {("Peru", "sign pact", "Chile", F, None)}),
    ("a visit is to a place, not to whom one meets during it", "During her visit, Ngozi Okafor held talks with Kwame Mensah.",
     {("Ngozi Okafor", "hold talks", "Kwame Mensah", F, None)}),
    ("a meeting during which one tells another joins them", "Ngozi Okafor told Kwame Mensah during a long meeting that aid would come.",
     {("Ngozi Okafor", "tell", "Kwame Mensah", F, None), ("Ngozi Okafor", "meet", "Kwame Mensah", F, None)}),
    # per-rule audit (session 12): during_event only for a consultation, and never with an audience
    ("a call during which one tells another still joins them", "Ngozi Okafor told Kwame Mensah in a phone call that aid would come.",
     {("Ngozi Okafor", "tell", "Kwame Mensah", F, None), ("Ngozi Okafor", "phone call", "Kwame Mensah", F, None)}),
    # contacts are a relation named with their verb, as ties are; "cut off" ends one as "cut" does
    # (session 27: morocco-germany-ties-suspended-2021, skripal-poisoning-expulsions-2018, niger-us-military-accord-2024)
    ("suspending contacts with an embassy", "Peru suspended all contacts with the Chilean embassy.",
     {("Peru", "suspend contacts", "Chilean embassy", F, None)}),
    ("cutting off relations", "Bolivia cut off diplomatic relations with Chile.",
     {("Bolivia", "cut off relations", "Chile", F, None)}),
    # an organisation's ministers, leaders or member states are a body of their own (session 27)
    ("an alliance's ministers", "NATO foreign ministers praised Ukraine on Tuesday.", {("NATO foreign ministers", "praise", "Ukraine", F, None)}),
    ("a union's member states", "EU member states condemned Russia.", {("EU member states", "condemn", "Russia", F, None)}),
    # a group of people travelling is no visit of a state; an official's arrival is (session 27)
    ("freed people arriving somewhere", "Five freed Ghanaians arrived in Togo on Monday.", set()),
    ("an official's arrival", "Kenyan President William Ruto arrived in Uganda on Monday.", {("William Ruto", "arrive", "Uganda", F, None)}),
    # "social media" is a platform, no audience; "state media" are outlets of their own (session 27)
    ("social media is no one used", "Ngozi Okafor used social media to attack Togo.", {("Ngozi Okafor", "attack", "Togo", F, None)}),
    ("a state's media told", "Kwame Mensah confirmed the release to Ghanaian state media.",
     {("Kwame Mensah", "confirm release", "Ghanaian state media", F, None)}),
    # caught up in a conflict or a joint event: a side of it (session 27)
    ("locked in a dispute: both sides", "Ghana and Togo are locked in a bitter dispute.", {("Ghana", "dispute", "Togo", F, None)}),
    ("mired in a conflict with a party", "Ghana has long been mired in a conflict with Togo.", {("Ghana", "fight", "Togo", F, None)}),
    ("embroiled, in a relative clause", "Ghana, which is embroiled in a dispute with Togo, protested.", {("Ghana", "dispute", "Togo", F, None)}),
    ("engaged in no event", "Ghana is engaged in reforms with Togo's help.", set()),
    # one event after another is no act (session 27: colombia-israel-ties-cut-2024, nigeria-us-threat)
    ("a war that tensions follow is no act of the two",
     "Ghana cut ties with Togo on Monday. The decision comes amid rising tensions between the two nations following the Benin-Niger war.",
     {("Ghana", "cut ties", "Togo", F, None), ("Benin", "war", "Niger", F, None)}),
    ("someone's threat following accusations is no act on the accuser",
     "Putin’s threat followed weeks-long accusations by a Finnish lawmaker, Mikko Virtanen, who alleged abuses in Karelia.", set()),
    ("a state following another's example still follows it", "Benin follows Togo in recalling its envoy from Ghana.",
     {("Benin", "follow", "Togo", F, None)}),
    # per-rule audit (session 27): the event noun names one occasion, not a process
    ("talks during which one tells another join them", "Ngozi Okafor told Kwame Mensah during talks in Accra that aid would come.",
     {("Ngozi Okafor", "tell", "Kwame Mensah", F, None), ("Ngozi Okafor", "hold talks", "Kwame Mensah", F, None)}),
    ("backing a side in a peace process is no talks with it", "Ghana backed Togo in regional peace talks.",
     {("Ghana", "back", "Togo", F, None)}),
    ("every negotiation at once is no one occasion", "In all negotiations since 2019, Ghana has pressed Togo to reopen the border.",
     {("Ghana", "press", "Togo", F, None)}),
    ("an accord framing the clause is no agreement with its object",
     "Ngozi Okafor freed 40 detainees, including Kwame Mensah, in a deal that saw Ghana agree to lift sanctions.",
     {("Ngozi Okafor", "free", "Kwame Mensah", F, None)}),
    ("a briefing call is no call with the journalists briefed", "Kwame Mensah told journalists in a briefing call that the border would reopen.",
     {("Kwame Mensah", "tell", "journalists", F, None)}),
    # precision audit (session 8): an event noun in a clause is the clause subject's only when it
    # is neither asked for nor owned by someone else
    ("talks called for are not held", "Kenyan Foreign Minister Musalia Mudavadi called for a fresh dialogue with Uganda.", set()),
    ("an appeal for talks is no talks", "Peruvian President Ana Vargas made an urgent appeal for peace talks with Chile.", set()),
    ("someone else's conversation", "William Ruto said he had only just heard about our conversation with Yoweri Museveni.", set()),
    ("coming for talks still relates the two", "William Ruto arrived in Kampala for talks with Yoweri Museveni.",
     {("William Ruto", "arrive", "Uganda", F, None), ("William Ruto", "hold talks", "Yoweri Museveni", F, None)}),
    ("two people fit and neither was a subject: unresolved",
     "The dispute between Ali Hassan and Omar Farouk dragged on. He then phoned Karim Said.",
     {("Ali Hassan", "dispute", "Omar Farouk", F, None)}),
    # "is to" / "was to" + verb: an act arranged, to come (session 28: dev tunisia-eu-migration-deal-2023,
    # solomon-islands-china-pact-2022, argentina-spain-milei-row)
    ("an arranged meeting is future", "Ngozi Okafor is to meet Kwame Mensah in Accra next week.",
     {("Ngozi Okafor", "meet", "Kwame Mensah", F, "future")}),
    # a person being in a foreign country or city visits it (session 28: dev tunisia-eu-migration-deal-2023,
    # japan-philippines-reciprocal-access-2024, xi-putin-moscow-visit-2023)
    ("a leader in a foreign capital visits it", "Prime Minister Ngozi Okafor is in Lome where she met Ama Dogbe.",
     {("Ngozi Okafor", "meet", "Ama Dogbe", F, None), ("Ngozi Okafor", "visit", "Togo", F, None)}),
    ("a leader at home visits nothing", "Kenyan President William Ruto was in Nairobi on Monday.", set()),
    # "on a visit to", "during a visit to" with no visitor of its own: the clause's subject visits
    # (session 46: crimea-annexation-2014, lula-xi-beijing-visit-2023, sri-lanka-china-hambantota-lease-2017)
    ("a visit the clause is on is the subject's", "Ngozi Okafor, on a short visit to Togo, praised the new port.",
     {("Ngozi Okafor", "visit", "Togo", F, None)}),
    ("a visit a relative clause is on is its antecedent's", "Kwame Mensah met Ama Dogbe, who is on a state visit to Ghana.",
     {("Kwame Mensah", "meet", "Ama Dogbe", F, None), ("Ama Dogbe", "visit", "Ghana", F, None)}),
    ("a visit with its own visitor is not the subject's", "Benin welcomed the visit of Ngozi Okafor to Togo.",
     {("Benin", "welcome", "Ngozi Okafor", F, None)}),
    ("a visit to a base is no visit of an actor", "Ngozi Okafor spoke during a visit to the Kpando Air Force Base.", set()),
    ("being in talks names no place, only the partner", "Kwame Mensah is in talks with Togo.",
     {("Kwame Mensah", "hold talks", "Togo", F, None)}),  # session 44: the talks are a state the two share
    ("being in a country for talks", "Kwame Mensah is in Togo for talks.", {("Kwame Mensah", "visit", "Togo", F, None)}),
    ("a state in a country is no visit", "Ghana is in Togo's debt.", set()),
    # sides "at loggerheads" / "at odds" are in a dispute (session 28: dev japan-philippines-reciprocal-access-2024,
    # duterte-icc-arrest-2025)
    ("two capitals at loggerheads", "Accra and Lome are at loggerheads over the river.", {("Ghana", "dispute", "Togo", F, None)}),
    ("at odds with a party", "Peru remains at odds with Chile over fishing rights.", {("Peru", "dispute", "Chile", F, None)}),
    ("not at odds", "Peru is not at odds with Chile.", set()),
    ("at odds in a relative clause", "Peru, which remains at odds with Chile, protested.", {("Peru", "dispute", "Chile", F, None)}),
    # "<name>-backed <group>": the name backs the group; a group of no state is named as written
    # (session 28: eleven dev stories' gold, e.g. soleimani-killing-2020, israel-iran-damascus-consulate-2024)
    ("a state backs the rebels it is hyphened to", "Ghana-backed rebels attacked Togo on Monday.",
     {("Ghana", "back", "Ghana-backed rebels", F, None), ("Ghana-backed rebels", "attack", "Togo", F, None)}),
    ("a state backs a named army", "The Togo-backed Benin army crossed the river.", {("Togo", "back", "Beninese military", F, None)}),
    ("a named group backed is its name", "Mali hired the Kremlin-backed Wagner group.",
     {("Mali", "hire", "Wagner", F, None), ("Russia", "back", "Wagner", F, None)}),
    ("a patron that is no name backs no one", "Kwame Mensah blamed foreign-trained gunmen for the attack.", set()),
    ("only the backed conjunct", "Ghanaian troops and Togo-backed militias clashed.",
     {("Togo", "back", "Togo-backed militias", F, None), ("Ghanaian troops", "clash", "Togo-backed militias", F, None)}),
    # "at the invitation / request of X": X invites or asks whoever does the clause; not a passive's
    # patient (session 28: six dev stories' gold)
    ("a visit at someone's invitation", "Kwame Mensah visited Lome at the invitation of Ama Dogbe.",
     {("Ama Dogbe", "invite", "Kwame Mensah", F, None), ("Kwame Mensah", "visit", "Togo", F, None)}),
    ("an arrest at a court's request", "Ghana arrested Kofi Boateng at the request of the ICC.",
     {("International Criminal Court", "request", "Ghana", F, None), ("Ghana", "arrest", "Kofi Boateng", F, None)}),
    ("the passive's patient is not asked", "Kofi Boateng was detained at the request of the ICC.", set()),
    # an act named so ("calling the detention of X a coup") denounces no patient of it (session 28: dev
    # turkey-imamoglu-arrest, ecuador-mexico-embassy-raid, turkey-russia-jet-shootdown-2015)
    ("the detained is not denounced", "Protesters gathered on Wednesday, calling the detention of Kwame Mensah a political coup.", set()),
    ("nor the one whose arrest is named", "Ama Dogbe hit back, calling Mensah's detention an authoritarian act.", set()),
    ("a state's decision named so still denounces the state", "Ama Dogbe called Togo's decision a betrayal.",
     {("Ama Dogbe", "call", "Togo", F, None)}),
    # an object "them" is the owner of things its sentence named, else no one: people and things far
    # more often than one state (session 28: 0 of 9 dev rows right, eight stories)
    ("'them' is the citizens, not their host state", "Ghana issued a travel warning to its citizens in Togo, urging them to stay alert.", set()),
    ("'them' is the diplomats, not their state", "Togo expelled two Ghanaian diplomats, declaring them persona non grata.",
     {("Togo", "expel", "Ghanaian diplomats", F, None)}),
    ("'them' is the owner of the claims", "Ghana rejected Togo's claims and moved to counter them.",
     {("Ghana", "reject", "Togo", F, None), ("Ghana", "counter", "Togo", F, None)}),
    # a bare surname the page names no one else by is no misspelt first name of someone only the
    # gazetteer knows ("Marcos" is not "Marco" Rubio; session 28, dev japan-philippines-reciprocal-access-2024)
    ("a surname is no misspelt gazetteer first name", "Philippine President Marcos welcomed Kwame Mensah in Manila.",
     {("Marcos", "welcome", "Kwame Mensah", F, None)}),
    # a pronoun whose own sentence names a second fitting actor between it and the antecedent
    # salience picks is ambiguous and stays unresolved (issue 17: pronouns and salience)
    ("'its' after an object that fits as well: unresolved", "Kenya asked the World Bank to reconsider its aid to Uganda.",
     {("Kenya", "ask", "World Bank", F, None)}),
    ("'its' with no rival in its sentence: the subject", "Kenya said it would continue its aid to Uganda.",
     {("Kenya", "provide aid", "Uganda", F, "future"), ("Kenya", "continue aid", "Uganda", F, "future")}),
    # ... but a person its own sentence names before it, the only one, when no person is that sentence's
    # subject, is nearer than the last sentence's subject: "amid Trump's claims that he mediated", "the
    # arrival of X after he was released" (india-pakistan-2025, belarus-prisoner-release, peru-castillo-ouster-2022,
    # poland-belarus-border-crisis-2021, crimea-annexation-2014: 6 rows, none wrong)
    ("'he' after the one man named in its sentence: that man",
     "Ali Hassan spoke in Doha on Monday. This follows Karim Said's claims that he mediated the truce between Kenya and Uganda.",
     {("Kenya", "agree", "Uganda", F, None), ("Karim Said", "mediate", "Kenya", F, None), ("Karim Said", "mediate", "Uganda", F, None)}),
    # an object "him"/"her" is not the subject of its own clause, but may be the main clause's subject
    # (kg.extract.mentions.own_clause_subject: zimbabwe-mugabe-coup-2017 "for his wife to succeed him",
    # kazakhstan-unrest-csto-2022 "Tokayev, who replaced him", ecuador-mexico-embassy-raid)
    ("'him' in a clause whose subject is no person: the main clause's subject",
     "Kofi Mensah met Ama Owusu. Kwame Boateng said Togo had invited him.",
     {("Kofi Mensah", "meet", "Ama Owusu", F, None), ("Togo", "invite", "Kwame Boateng", F, None)}),
    ("'him' after a for-subject: the one who made way for it",
     "Kofi Mensah sacked his deputy Ama Owusu, apparently for his wife, Grace, to succeed him.",
     {("Kofi Mensah", "sack", "Ama Owusu", F, None), ("Grace", "succeed", "Kofi Mensah", F, None)}),
    ("'him' with a controller: the one urged is not him", "President Kofi Mensah asked Togo to support him.",
     {("Kofi Mensah", "ask", "Togo", F, None), ("Togo", "support", "Kofi Mensah", F, "request")}),
    ("'she' after the one woman named in its sentence, as object", "Ama Owusu spoke on Monday. Police welcomed the release of Efua Boateng after she was freed by Togo.",
     {("Togo", "free", "Efua Boateng", F, None)}),
    ("object 'him': the last subject or the man named last: unresolved",
     "Ali Hassan proposed a prize for Karim Said. Omar Farouk supported him.", set()),
    ("'he' with no rival in its sentence: the previous subject",
     "Ali Hassan spoke in Doha on Monday. Later he said that he had mediated the truce between Kenya and Uganda.",
     {("Kenya", "agree", "Uganda", F, None), ("Ali Hassan", "mediate", "Kenya", F, None), ("Ali Hassan", "mediate", "Uganda", F, None)}),
    # two people are subjects before the pronoun in its own sentence and nothing tells them apart:
    # unresolved (duterte-icc-arrest-2025, nepal-genz-protests; issue 17)
    ("two subjects of its own sentence fit: unresolved",
     "Kwame Mensah flew to Geneva, Ali Hassan said, hours after he was detained by Kenyan police.", set()),
    ("two coordinated subjects and one 'his': unresolved", "Ali Hassan and Karim Said also tendered his resignation.", set()),
    ("one subject of its own sentence: that one", "Ali Hassan said he was detained by Kenyan police.",
     {("Kenyan police", "detain", "Ali Hassan", F, None)}),
    # a pronoun reaching back past a later subject (passed over for its gender, or the subject of
    # another clause of the pronoun's sentence) to someone whose gender nothing says is a guess:
    # unresolved (argentina-spain-milei-row, ecuador-mexico-embassy-raid, nigeria-us-threat; issue 17)
    ("back past a later subject to an unknown gender: unresolved",
     "Karim Said criticised Peru. Mr Omar Farouk then visited Lima. Kenya praised her.",
     {("Karim Said", "criticize", "Peru", F, None), ("Omar Farouk", "visit", "Peru", F, None)}),
    ("back past a later subject to a known gender: resolved",
     "Ms Amina Njeri criticised Peru. Mr Omar Farouk then visited Lima. Kenya praised her.",
     {("Amina Njeri", "criticize", "Peru", F, None), ("Omar Farouk", "visit", "Peru", F, None),
      ("Kenya", "praise", "Amina Njeri", F, None)}),
    ("an object pronoun passes over its own clause's subject: resolved",
     "Karim Said criticised Peru. Mr Omar Farouk then visited Lima and praised her.",
     {("Karim Said", "criticize", "Peru", F, None), ("Omar Farouk", "visit", "Peru", F, None),
      ("Omar Farouk", "praise", "Karim Said", F, None)}),
    # institutions are actors of their own, affiliated with their country
    ("armed forces are the military, not the state", "Ghanaian troops attacked Togolese soldiers near the border.",
     {("Ghanaian troops", "attack", "Togolese soldiers", F, None)}),  # labelled as the page writes them
    ("a parliament is not its country", "The Kenyan president told Uganda's parliament that trade would grow.",
     {("Kenyan president", "tell", "Ugandan parliament", F, None)}),
    # a person named after a posting the NER missed ("to Bolivia Andres Fuentes" as one compound) is still the person
    ("a posted name the NER missed is the person",
     "Bolivia expelled the Chilean ambassador to Bolivia Andres Fuentes. The ambassador later criticized Peru.",
     {("Bolivia", "expel", "Andres Fuentes", F, None), ("Andres Fuentes", "criticize", "Peru", F, None)}),
    ("a posted name the NER missed, passive", "The Malian ambassador to Senegal Oumar Traore was summoned by Senegal.",
     {("Senegal", "summon", "Oumar Traore", F, None)}),
    # what a summons is for, when it names no actor of its own, is said to the envoy summoned
    # (kg.extract.verbs.summoned_envoy: turkey-russia-jet-shootdown-2015, azerbaijan-france-diplomat-expulsions-2023)
    ("a summons to protest is a protest to the envoy", "Ghana summoned the Togolese ambassador to protest the arrest.",
     {("Ghana", "summon", "Togolese ambassador", F, None), ("Ghana", "protest", "Togolese ambassador", F, None)}),
    ("a summons to lodge a protest", "Ghana summoned the Togolese ambassador to lodge a strong protest over the raid.",
     {("Ghana", "summon", "Togolese ambassador", F, None), ("Ghana", "protest", "Togolese ambassador", F, None)}),
    ("a summons for an act on someone else keeps that act's object",
     "Ghana summoned the Togolese ambassador to condemn Burkina Faso.",
     {("Ghana", "summon", "Togolese ambassador", F, None), ("Ghana", "condemn", "Burkina Faso", F, None)}),
    ("a role in apposition after the name makes a later bare role the person",
     "Lucia Moreno, Argentina's ambassador to Paraguay, met Santiago Pena. The ambassador later criticized Uruguay.",
     {("Lucia Moreno", "meet", "Santiago Pena", F, None), ("Lucia Moreno", "criticize", "Uruguay", F, None)}),
    ("an apposed name the NER missed after a role is the person",
     "Egypt's envoy to Sudan, Hany Salem, condemned Ethiopia.", {("Hany Salem", "condemn", "Ethiopia", F, None)}),
    # a name set off by commas after a role's phrase is the role's person, however the parser hangs it
    # (kg.extract.mentions.set_off_name, issue 17: poland-russia-drones, nigeria-us-threat)
    ("a name the parser hangs on the verb after a role with a posting is the person",
     "Chile expelled Peru's senior diplomat in the capital, acting consul Luis Quispe, on Friday.",
     {("Chile", "expel", "Luis Quispe", F, None)}),
    ("a name after a role whose posting hangs on the verb is the person",
     "Kenya summoned Uganda's top envoy in the country, deputy ambassador Moses Okello, for talks.",
     {("Kenya", "summon", "Moses Okello", F, None)}),
    ("a name set off after a later noun is not the subject's apposition",
     "Ruto’s threat followed weeks-long accusations by a British lawmaker, Paul Reed, who alleged “systematic abuse and "
     "torture of students” in Uganda and called the country the worst place in the world to study.", set()),
    ("a name that speaks after the role's phrase is not the role", "Kenya met Uganda's envoy in Nairobi, Ali Hassan said.",
     {("Kenya", "meet", "Ugandan envoy", F, None)}),
    ("a subject after a fronted phrase is no apposition", "After the summit in the capital, Ali Hassan condemned Ethiopia.",
     {("Ali Hassan", "condemn", "Ethiopia", F, None)}),
    ("a posting with no name after it stays the role", "Bolivia expelled the Chilean ambassador to Bolivia.",
     {("Bolivia", "expel", "Chilean ambassador", F, None)}),
    # a country's central bank is an institution of its own, not the country; a bank alone is no actor
    ("a central bank is its own actor", "Argentina's central bank criticized Brazil.",
     {("Argentine central bank", "criticize", "Brazil", F, None)}),
    ("a central bank by nationality", "The Kenyan central bank warned Uganda.", {("Kenyan central bank", "warn", "Uganda", F, None)}),
    ("a national assembly is the country's parliament", "Kenya's national assembly condemned Uganda.",
     {("Kenyan parliament", "condemn", "Uganda", F, None)}),
    ("a senate is an institution of its own", "The Nigerian senate condemned Niger.", {("Nigerian senate", "condemn", "Niger", F, None)}),
    ("an assembly of people is no institution", "An assembly of farmers condemned Uganda.", set()),
    ("a bank of no state is no actor", "Chile's banks criticized Peru.", set()),
    ("a generic ministry name takes its country", "Peru's foreign ministry summoned the Bolivian ambassador.",
     {("Peruvian foreign ministry", "summon", "Bolivian ambassador", F, None)}),
    ("the government stays the country", "The Malian government accused the Algerian side of meddling.",
     {("Mali", "accuse", "Algeria", F, None)}),
    # "both sides" / "the two countries": the pair the text just named together, never the subject's own
    ("the pair named together beats a more talked-about actor",
     "Kenyan President William Ruto opened the summit. Ruto said Kenya would help. Ruto also met donors. "
     "Ethiopia and Eritrea signed a border accord. Ruto praised the two countries.",
     {("Ethiopia", "sign accord", "Eritrea", F, None), ("William Ruto", "praise", "Ethiopia", F, None),
      ("William Ruto", "praise", "Eritrea", F, None)}),
    ("two titled leaders named together are both leaders, nationality words and all",
     "Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a trade pact in Arusha. "
     "Samia Hassan hosted the ceremony, and Samia Hassan praised the pact. Both leaders thanked Samia Hassan.",
     {("William Ruto", "sign pact", "Yoweri Museveni", F, None), ("William Ruto", "thank", "Samia Hassan", F, None),
      ("Yoweri Museveni", "thank", "Samia Hassan", F, None)}),
    ("a country named inside the subject is not one of both sides",
     "Thailand and Cambodia agreed to a truce. Malaysian Prime Minister Anwar Ibrahim praised both sides.",
     {("Thailand", "agree", "Cambodia", F, None), ("Anwar Ibrahim", "praise", "Thailand", F, None),
      ("Anwar Ibrahim", "praise", "Cambodia", F, None)}),
    # what is said to the press is said to someone (tier hard in the guidelines); the press never acts
    ("told reporters", "William Ruto told reporters that Kenya would send police.",
     {("William Ruto", "tell", "reporters", F, None)}),
    ("speaking to the media, a participle", "Speaking to journalists on Tuesday, William Ruto said Kenya would respond.",
     {("William Ruto", "speak", "journalists", F, None)}),
    ("reporters as a subject are no actor", "Reporters asked William Ruto about Haiti.", set()),
    # the press is whom something is said to: a material act on a bare audience noun names no actor
    # (belarus-prisoner-release, georgia-eu-protests)
    ("journalists among the freed are no addressee", "Kenya released 40 prisoners, including activists and journalists.",
     {("Kenya", "release", "activists", F, None)}),
    ("a shot at reporters is no statement to them", "Police fired tear gas at reporters.", set()),
    # an unnamed informant who tells an outlet is the speaker, named by its words (session 40:
    # zimbabwe-mugabe-coup-2017, sudan-kenya-mediation-2023, ethiopia-eritrea-sea-access)
    ("a source that tells an outlet is the speaker", "A source told Reuters that the Kenyan envoy had left Juba.",
     {("source", "tell", "Reuters", F, None), ("Kenyan envoy", "leave", "South Sudan", F, None)}),  # an envoy leaving: session 50
    ("a described source keeps its words", "\"The border is shut,\" a security source told AFP on Monday.",
     {("security source", "tell", "Agence France-Presse", F, None)}),
    ("a source of something is no informant", "The dam became a source of tension between Egypt and Ethiopia.", set()),
    ("a sentence's capital is no name's", "Diplomatic sources told Reuters that the envoy had left.",
     {("diplomatic sources", "tell", "Reuters", F, None)}),
    # an object "it" charged with an act is the state its sentence acted on (session 40:
    # ethiopia-eritrea-sea-access, armenia-russia-rift); any other object "it" stays a thing
    ("it accused of an act is the state acted on", "Kenya lodged a protest with Uganda, accusing it of arming the rebels.",
     {("Kenya", "protest", "Uganda", F, None), ("Kenya", "accuse", "Uganda", F, None)}),
    ("it after a possessive state", "Chile voiced anger at Peru's claims, accusing it of distorting the treaty.",
     {("Chile", "voice anger", "Peru", F, None), ("Chile", "accuse", "Peru", F, None)}),
    ("two states before it leave it open", "Kenya criticised Uganda and Tanzania, accusing it of meddling.",
     {("Kenya", "criticize", "Uganda", F, None), ("Kenya", "criticize", "Tanzania", F, None)}),
    ("an object it charged with nothing stays a thing", "Kenya received a letter from Uganda and rejected it.",
     {("Kenya", "receive", "Uganda", F, None)}),
    # "the diplomats", "the troops": the one group of that noun named just before (session 40:
    # kazakhstan-unrest-csto-2022 "the troops quelled the protests", skripal-poisoning-expulsions-2018
    # "accused the diplomats of being spies"); two such groups, or none, leave it open
    ("the diplomats named just before", "Ghana expelled four Togolese diplomats on Monday. Ghana accused the diplomats of spying.",
     {("Ghana", "expel", "Togolese diplomats", F, None), ("Ghana", "accuse", "Togolese diplomats", F, None)}),
    ("two groups of diplomats before leave it open", "Ghana expelled Togolese diplomats and Beninese diplomats. Ghana accused the diplomats of spying.",
     {("Ghana", "expel", "Togolese diplomats", F, None), ("Ghana", "expel", "Beninese diplomats", F, None)}),
    ("no group named before", "The talks failed in Accra. Ghana blamed the diplomats.", set()),
    # agreeing a deal with someone is reaching it with them, as "reached a deal with" is (session 42:
    # greece-macedonia-prespa-deal-2018, uk-france-small-boats-deal-2023, russia-georgia-war-2008)
    ("a deal agreed with a partner", "Ghana agreed a new trade pact with Togo on Friday.", {("Ghana", "agree", "Togo", F, None)}),
    ("agreeing a plan is no deal", "Ghana agreed the plan with Togo.", set()),
    # "has yet to", "was yet to": not done so far, negated as the gold marks it (session 42:
    # burundi-rwanda-border-closure-2024, israel-hezbollah-lebanon, russia-georgia-war-2008)
    ("has yet to respond", "Togo has yet to respond to Ghana.", {("Togo", "respond", "Ghana", True, None)}),
    ("was yet to respond is no plan", "Togo was yet to respond to Ghana.", {("Togo", "respond", "Ghana", True, None)}),
    ("is to meet stays a plan", "Togo is to meet Ghana on Monday.", {("Togo", "meet", "Ghana", F, "future")}),
    # a ministry keeps its portfolio (session 42: the gold names every ministry so, in iran-us-prisoner-swap-2023,
    # azerbaijan-russia-rift-2025, armenia-azerbaijan-ceasefire-2020 and others)
    ("a portfolio after a possessive", "Ghana imposed sanctions on Togo's intelligence ministry.",
     {("Ghana", "impose sanctions", "Togolese intelligence ministry", F, None)}),
    ("an adjective portfolio", "Ghana imposed sanctions on Togo's interior ministry.",
     {("Ghana", "impose sanctions", "Togolese interior ministry", F, None)}),
    # the place troops are stationed in is where they are deployed, the parser hanging it on the troops
    # or the verb (session 42: niger-us-military-accord-2024, belarus-prisoner-release)
    ("troops stationed in a state", "Ghana still stations some 900 troops in Togo.", {("Ghana", "station", "Togo", F, None)}),
    ("stationed in a state", "Ghana stationed 900 soldiers in Togo last year.", {("Ghana", "station", "Togo", F, None)}),
    # a name ending in a document word is a text, not an actor; an MOU signed is an agreement between
    # its signers (session 42: kenya-somalia-icj-maritime-2021, kenya-finance-bill-protests,
    # hungary-ukraine-minority-row-2023)
    ("an MOU signed by two", "The assembly threw out the MOU signed by Ghana and Togo in 2015.", {("Ghana", "sign mou", "Togo", F, None)}),
    ("an MoU two sign", "Ghana and Togo signed an MoU on trade.", {("Ghana", "sign mou", "Togo", F, None)}),
    # a nationality conjoined after a noun is a mention of its own, not the noun's nationality (session 42:
    # netherlands-turkey-rally-row-2017 "human rights workers and Kurds", guatemala-arevalo-inauguration)
    ("a conjunct's nationality stays its own", "Protesters and Kenyan police clashed in Nairobi.",
     {("protesters", "clash", "Kenyan police", F, None)}),
    ("a people after a group noun", "The Ghanaian government jailed human rights workers and Kurds.",
     {("Ghana", "jail", "Kurds", F, None)}),  # session 44: the Kurds are a people of their own (_people_named), no Kurdish workers
    ("an of-phrase after the conjunct is shared", "Ghana praised the government and people of Togo.", {("Ghana", "praise", "Togo", F, None)}),
    # an institution of a bare "the country" is that of the country the page is about (session 42:
    # armenia-russia-rift, sudan-coup-2021, mozambique-renamo-peace-2019)
    ("the country's parliament told", "Kenya is in turmoil. Kenya's president spoke on Monday. President William Ruto told the country's parliament that Kenya would not yield.",
     {("William Ruto", "tell", "Kenyan parliament", F, None)}),
    ("the nation's military as agent", "Kenya is in turmoil. Kenya's leaders met on Monday. President William Ruto was detained by the nation's military.",
     {("Kenyan military", "detain", "William Ruto", F, None)}),
    ("no country leads the page", "President William Ruto told the country's parliament that the vote would go ahead.", set()),
    ("an information ministry", "Reuters cited Kenya's information ministry.", {("Reuters", "cite", "Kenyan information ministry", F, None)}),
    # a "Ministry of ..." is named in the short form the gold lists, whichever way the page writes it
    # (session 42: niger-coup-france-ambassador, mali-ukraine-ties-cut-2024, saudi-canada-diplomatic-row-2018)
    ("a ministry of a country", "The Ministry of Foreign Affairs of Ghana summoned the Togolese ambassador.",
     {("Ghanaian foreign ministry", "summon", "Togolese ambassador", F, None)}),
    ("a ministry named with its nationality", "The Ghanaian Ministry of Foreign Affairs summoned the Togolese ambassador.",
     {("Ghanaian foreign ministry", "summon", "Togolese ambassador", F, None)}),
    ("the interior's ministry", "Ghana's Ministry of the Interior detained ten Togolese activists.",
     {("Ghanaian interior ministry", "detain", "ten Togolese activists", F, None)}),
    # a charge set off after an accusing verb, denied by someone: he denies it to its author (session 41:
    # burundi-rwanda-border-closure-2024, india-canada-diplomat-row, armenia-russia-rift)
    ("an accusation the accused denied", "Ghana accused Togo of arming the rebels, an accusation Togo has denied.",
     {("Ghana", "accuse", "Togo", F, None), ("Togo", "deny", "Ghana", F, None)}),
    ("allegations that it rejected", "Chile blamed Peru for the blockade - allegations that Peru rejected as absurd.",
     {("Chile", "blame", "Peru", F, None), ("Peru", "reject", "Chile", F, None)}),
    ("a charge denied with no accusing verb before", "Kenya closed the border with Uganda, a charge Uganda denies.",
     {("Kenya", "close border", "Uganda", F, None)}),
    ("a charge of a passive accusation has no author", "Ali was accused by no one of spying, a charge he denies.", set()),
    # condemning an act named by its noun alone condemns whoever the page said did it (session 41:
    # gabon-coup-2023, myanmar-coup-2021, zimbabwe-mugabe-coup-2017, israel-iran-damascus-consulate-2024)
    ("the raid condemned is its doer's", "Peruvian police stormed the Kenyan embassy in Lima. Chile condemned the raid.",
     {("Peruvian police", "storm", "Kenyan embassy", F, None), ("Chile", "condemn", "Peruvian police", F, None)}),
    ("the attack denounced is its doer's", "Ghana bombed a depot in Togo. Benin denounced the attack on Wednesday.",
     {("Ghana", "bomb", "Togo", F, None), ("Benin", "denounce", "Ghana", F, None)}),
    ("a coup no statement told of is the country's military", "Soldiers seized power in Togo on Tuesday. The African Union condemned the coup.",
     {("African Union", "condemn", "Togolese military", F, None)}),
    ("any attack is no act told of", "Ghana bombed a depot in Togo. Benin said it condemns any attack on civilians.",
     {("Ghana", "bomb", "Togo", F, None)}),
    ("an act denied was not done", "Ghana did not bomb the depot. Benin condemned the attack.", set()),
    # the broadcaster one speaks on is whom one tells; a social platform is no one told (session 41:
    # venezuela-us, czech-russia-vrbetice-expulsions-2021; platforms: twelve dev stories)
    ("said on a broadcaster", "\"The talks are over,\" Kenyan minister Jane Wanjiru said on Al Jazeera.",
     {("Jane Wanjiru", "say", "Al Jazeera", F, None)}),
    ("said on a platform tells no one", "Jane Wanjiru said on Twitter that talks with Uganda had failed.", set()),
    ("wrote on the social network X", "\"The talks are over,\" Jane Wanjiru wrote on the social network X.", set()),
    ("said on a day names no outlet", "Jane Wanjiru said on Monday that Kenya would reopen the border.", set()),
    # a trip is a visit, as "visit" the noun is (session 41: albanese-xi-beijing-visit-2023,
    # cuba-us-thaw-obama-visit-2016, lula-xi-beijing-visit-2023, poland-israel-holocaust-law-2018)
    ("his trip to a country", "Kenyan President William Ruto is wrapping up his three-day trip to Uganda.",
     {("William Ruto", "visit", "Uganda", F, None)}),
    ("a named traveller's trip", "William Ruto's trip to Uganda ended on Friday.", {("William Ruto", "visit", "Uganda", F, None)}),
    ("a trip with no traveller", "The trip to Uganda was long.", set()),
    # an act done in response to someone's act answers them, as one in retaliation does (session 41:
    # algeria-spain-treaty-suspension-2022, skripal-poisoning-expulsions-2018, north-korea-trash-balloons-2024,
    # israel-hezbollah-lebanon)
    ("in response to another's decision", "Kenya recalled its envoy in response to Uganda's decision.",
     {("Kenya", "respond", "Uganda", F, None), ("Kenya", "recall", "Kenyan envoy", F, None)}),
    ("an owned response", "Uganda's response to Kenya was swift.", {("Uganda", "respond", "Kenya", F, None)}),
    ("in response to an unowned question", "In response to a question, Ruto said Kenya would act.", set()),
    # a label that opens a headline ("Pentagon:", "Canada:") is no side of the clause after its colon
    # (session 41: soleimani-killing-2020, india-canada-diplomat-row, south-korea-yoon-impeachment,
    # turkey-syria-peace-spring-2019)
    ("a place label is no accuser", "Kenya: President William Ruto accuses Uganda of meddling in the vote.", set()),
    ("both sides after the label", "Uganda: Kenyan troops attack Ugandan army", {("Kenyan troops", "attack", "Ugandan army", F, None)}),
    ("a colon after a verb opens what is said", "Kenya told Uganda: the border will reopen on Monday.", {("Kenya", "tell", "Uganda", F, None)}),
    # a social media platform is an organisation the gazetteer knows, whatever the NER calls it (session 40:
    # nepal-genz-protests, duterte-icc-arrest-2025, ethiopia-eritrea-peace-2018)
    ("platforms a government blocks", "Kenya blocked Facebook, Telegram and YouTube ahead of the vote.",
     {("Kenya", "block", "Facebook", F, None), ("Kenya", "block", "Telegram", F, None), ("Kenya", "block", "YouTube", F, None)}),
    # the members of parliament a leader speaks to (session 40: skripal-poisoning-expulsions-2018,
    # uk-eu-windsor-framework-2023)
    ("MPs told something", "Prime Minister Liz Truss told MPs that Britain would expel the diplomats.",
     {("Liz Truss", "tell", "MPs", F, None)}),
    ("MPs named by their party", "Boris Johnson told Labour MPs to back the deal.",
     {("Boris Johnson", "tell", "Labour MPs", F, None)}),
    ("a party adjective keeps its capital", "Boris Johnson told Conservative MPs to back the deal.",
     {("Boris Johnson", "tell", "Conservative MPs", F, None)}),
    # ending an event is a relation of its own; fighting is done to each other, unless side by side
    ("a suspended event is not held", "Ghana suspended talks with Togo.", {("Ghana", "suspend talks", "Togo", F, None)}),
    ("ending a joint event", "Ethiopia and Eritrea ended their war in 2018.", {("Ethiopia", "end war", "Eritrea", F, None)}),
    ("conjoined subjects fight each other", "Ethiopia and Eritrea have fought for decades.",
     {("Ethiopia", "fight", "Eritrea", F, None)}),
    ("side by side is one side", "Peru and Chile fought side by side against the rebels.", set()),
    ("fighting something is not fighting each other", "Ghana and Togo vowed to fight smuggling together.", set()),
    # "the North", "the South" on a page that names a half of Korea are those halves; "North and South
    # Korea" names both (kg.extract.mentions.divided_state_mention, other_half: moon-kim-panmunjom-summit-2018,
    # north-korea-trash-balloons-2024)
    ("the North is the other half of the state the page names", "South Korea will notify the North of its decision.",
     {("South Korea", "notify", "North Korea", F, "future")}),
    ("the South is the other half, named by its capital", "Pyongyang sent a letter to the South on Friday.",
     {("North Korea", "send letter", "South Korea", F, None)}),
    ("no divided state named, no half", "Serbia warned the North on Monday.", set()),
    ("an entity cut off after its 'and' is no actor", "North and South Korea agreed to end the war.",
     {("South Korea", "agree", "North Korea", F, None), ("South Korea", "end war", "North Korea", F, "future"),
      ("North Korea", "end war", "South Korea", F, "future")}),
    ("a compass word before a divided state's name is its other half", "South and North Korea signed a military pact in Seoul.",
     {("North Korea", "sign pact", "South Korea", F, None)}),
    # thanks expressed to someone is thanking them (lexicon nominal_events "thanks": us-russia-griner-bout-swap-2022;
    # "gratitude" already so: ethiopia-tigray-pretoria-deal-2022)
    ("thanks expressed to a state is thanking it", "Kenya expressed its thanks to Uganda for the help.",
     {("Kenya", "thank", "Uganda", F, None)}),
    # "the UN's top court", "UN court" is the International Court of Justice (kg.extract.mentions.un_court_mention:
    # kenya-somalia-icj-maritime-2021, chile-bolivia-icj-sea-access-2018); a court of the UN with another word is not
    ("the UN's top court is the ICJ", "Ghana welcomed a ruling by the UN's top court on Monday.",
     {("Ghana", "welcome", "International Court of Justice", F, None)}),
    ("the UN's highest court is the ICJ", "The United Nations' highest court rejected Togo's claim.",
     {("International Court of Justice", "reject", "Togo", F, None)}),
    ("a UN court with another word is another court", "A UN war crimes court convicted Ratko Mladic.",
     {("United Nations", "convict", "Ratko Mladic", F, None)}),
    # a monarch's title is a role like a president's (lexicon role_nouns "emir", "ruler", "prince":
    # saudi-qatar-al-ula-reconciliation-2021, poland-belarus-border-crisis-2021, saudi-canada-diplomatic-row-2018)
    ("an emir is a role", "The Kuwaiti emir met Oman's foreign minister in Muscat.",
     {("Kuwaiti emir", "meet", "Oman's foreign minister", F, None)}),
    ("a ruler is a role", "Bahrain's ruler flew to Oman on Monday.", {("Bahrain's ruler", "fly", "Oman", F, None)}),
    ("a crown prince is a role", "The Saudi crown prince welcomed Qatar's foreign minister.",
     {("Saudi crown prince", "welcome", "Qatar's foreign minister", F, None)}),
    # a past participle with its agent, set off after a clause, is done to the clause's subject
    # (kg.extract.verbs.passive_participle: duterte-icc-arrest-2025, macron-xi-beijing-visit-2023)
    ("a participle after a clause is done to its subject", "William Ruto flew to Kampala, accompanied by Raila Odinga.",
     {("Raila Odinga", "accompany", "William Ruto", F, None), ("William Ruto", "fly", "Uganda", F, None)}),
    ("a participle with the parser's subject is still passive", "The report saw William Ruto accompanied by Raila Odinga.",
     {("Raila Odinga", "accompany", "William Ruto", F, None)}),
    ("the source of a report is no agent", "Kenya closed its border with Somalia, as reported by Reuters.",
     {("Kenya", "close", "Somalia", F, None)}),
    ("a statement that goes with a post is no companion",
     "The Ghanaian embassy posted the video, accompanied by a statement from Ambassador Kofi Mensah.", set()),
    # doing something together is doing it with each other, unless it is done to someone or something
    # (kg.extract.verbs.together_subjects: albanese-xi-beijing-visit-2023, sri-lanka-china-hambantota-lease-2017,
    # moon-kim-panmunjom-summit-2018)
    ("conjoined subjects working together work with each other", "Ghana and Togo will work together on border security.",
     {("Ghana", "work together", "Togo", F, "future")}),
    ("time spent together is spent with each other", "William Ruto and Yoweri Museveni spent much time together.",
     {("William Ruto", "spend together", "Yoweri Museveni", F, None)}),
    ("tackling something together is one side", "Ghana and Togo must tackle piracy together.", set()),
    ("standing together with a third is one side", "Ghana and Togo stood together with Benin.",
     {("Ghana", "stand with", "Benin", F, None), ("Togo", "stand with", "Benin", F, None)}),
    ("a conflict between two is fighting", "The conflict between Ghana and Togo lasted two years.",
     {("Ghana", "fight", "Togo", F, None)}),
    # an exchange verb's object is what is shared or talked about; its party is the "with" phrase
    # (news/GUIDELINES.md: topics are no statements)
    ("a country discussed is a topic", "William Ruto discussed Somalia with Yoweri Museveni.",
     {("William Ruto", "discuss", "Yoweri Museveni", F, None)}),
    ("what is shared is no party", "Kenya shared intelligence with Uganda.", {("Kenya", "share", "Uganda", F, None)}),
    ("a war fought is each other", "Ethiopia and Eritrea fought a border war for two years.", {("Ethiopia", "fight", "Eritrea", F, None)}),
    # a joint event noun owned by "their" is the two parties just named together, with each other
    # (north-korea-russia, armenia-azerbaijan-peace); "their talks with Z" makes them one side
    ("'their' joint event is the pair's", "Ghana and Togo say their naval cooperation is growing.",
     {("Ghana", "cooperate", "Togo", F, None)}),
    ("hostility between their nations: the states of the two named",
     "Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a pact to end years of hostility between their nations.",
     {("William Ruto", "sign pact", "Yoweri Museveni", F, None), ("Kenya", "fight", "Uganda", F, None)}),
    ("their talks with a third: one side", "Officials from Ghana and Togo said their talks with Benin went well.", set()),
    ("a trilateral meeting is not the pair's (session 27)",
     "Ghana and Togo signed a border accord on Monday. Their trilateral meeting, Akufo-Addo said, showed that the region could work together.",
     {("Ghana", "sign accord", "Togo", F, None)}),
    # engagement with a state, owned by a state (belarus-prisoner-release, us-china-trade)
    ("a state's engagement with another", "The Kenyan engagement with Asmara has worried donors.",
     {("Kenya", "engage", "Eritrea", F, None)}),
    ("engagement between two", "Analysts noted the new engagement between Ghana and Togo.",
     {("Ghana", "engage", "Togo", F, None)}),
    # "I" / "me" / "my" in a quotation is the person named as the speaker outside it, in the
    # sentence that closes the quote or the one that opens it (india-pakistan-2025,
    # georgia-eu-protests, madagascar-genz-coup); a third-person "he" in it is never the speaker
    ("a quoted 'me' is the named speaker", '"An hour later, Ole Sapit phoned me," Kenyan minister Amina Njeri said.',
     {("Ole Sapit", "phone", "Amina Njeri", F, None)}),
    ("a quote of two sentences, speaker after it",
     '"William Ruto phoned me at night. He wanted to hear about my meeting with Yoweri Museveni," Amina Njeri said.',
     {("William Ruto", "phone", "Amina Njeri", F, None), ("Amina Njeri", "meet", "Yoweri Museveni", F, None)}),
    ("speaker before the quote", 'Amina Njeri said: "I met Yoweri Museveni on Friday."',
     {("Amina Njeri", "meet", "Yoweri Museveni", F, None)}),
    ("an unnamed speaker leaves 'I' unresolved", '"I met Yoweri Museveni on Friday," he said.', set()),
    ("'I' outside quotation marks is no one", "I met Yoweri Museveni on Friday.", set()),
    ("'he' after the speaker's 'I' is not the speaker",
     'Ole Sapit arrived. "I said yes. He then called me back," Amina Njeri said.', set()),
    # a quoted "we" is the side the speaker speaks for: a person's state, else the speaking
    # state or organisation (session 27: dev gold in india-pakistan-balakot-2019, armenia-russia-rift,
    # australia-china-barley-wine-tariffs, zimbabwe-mugabe-coup-2017, burundi-rwanda-border-closure-2024)
    ("a quoted 'we' is the speaker's state", '"We will not accept Ghana’s claims," Kenyan Foreign Minister Musalia Mudavadi said.',
     {("Kenya", "accept", "Ghana", True, "future")}),
    ("a quoted 'we' of an organisation is the organisation", '"We condemn Ghana for this attack," Amnesty International said in a statement.',
     {("Amnesty International", "condemn", "Ghana", F, None)}),
    ("'we' outside quotation marks is no one", "We condemn Ghana for this attack, the ministry said.", set()),
    ("a 'we' whose speaker only the NER calls an organisation is no one",
     '“We are here to support Ghana,” said Murat Sapankaya, a municipal worker at the protest.', set()),
    # a country's regions, provinces and borders stand for it
    ("sent to a country's region", "Chad sent 2,000 troops to Niger's Tillaberi region.",
     {("Chad", "send troops", "Niger", F, None)}),
    ("shelling a country's border area", "Thai troops shelled Cambodia's border area.",
     {("Thai troops", "shell", "Cambodia", F, None)}),
    ("a region that is no one's is no target", "Israel struck positions in the area.", set()),
    # attitudes and namings are not acts (news/GUIDELINES.md); denouncing an actor by name is
    ("a belief about an actor", "Kenya regards Somaliland as part of Somalia.", set()),
    # claiming a place as one's own is a state too (claiming_verbs: nicaragua-taiwan-switch-2021, macron-xi-beijing-visit-2023)
    ("claiming an actor as part of one's territory", "Serbia claims Kosovo as part of its land.", set()),
    ("a relative clause claiming an actor", "Ghana met Kosovo, which Serbia claims as part of its territory.", {("Ghana", "meet", "Kosovo", F, None)}),
    ("winning a leadership is taking an office", "Amina Odhiambo won the leadership of the African Union.", set()),
    ("meeting a leadership is meeting its body", "Amina Odhiambo met the leadership of the African Union.",
     {("Amina Odhiambo", "meet", "African Union", F, None)}),
    ("with X as mediator is a circumstance", "Peru met Chile in Lima. With Brazil as mediator, both sides affirmed their commitment to the truce.",
     {("Peru", "meet", "Chile", F, None), ("Brazil", "mediate", "Peru", F, None), ("Brazil", "mediate", "Chile", F, None)}),
    # a participle with its agent: "by" names who did it to the noun it hangs on
    ("a group backed by a state", "Togo condemned the Patriotic Front, a militia backed by Ghana.",
     {("Togo", "condemn", "Patriotic Front", F, None), ("Ghana", "back", "Patriotic Front", F, None)}),
    ("a relative clause in the passive", "Togo condemned the Patriotic Front, which is backed by Ghana.",
     {("Togo", "condemn", "Patriotic Front", F, None), ("Ghana", "back", "Patriotic Front", F, None)}),
    # what is answered is done to whoever did it
    ("retaliating to an actor's act", "Peru retaliated to Chile's attempts to close the port.", {("Peru", "retaliate", "Chile", F, None)}),
    ("in retaliation for an actor's act", "In retaliation for Chile's attempts, Peru held naval drills near the border.",
     {("Peru", "retaliate", "Chile", F, None)}),
    ("mediated talks are mediated with each party", "Talks between Peru and Chile were mediated by Brazil.",
     {("Peru", "hold talks", "Chile", F, None), ("Brazil", "mediate", "Peru", F, None), ("Brazil", "mediate", "Chile", F, None)}),
    # putting someone under house arrest or taking them into custody is an arrest, however the verb of
    # placing is worded (kg.extract.context.custody_lemma: gabon-coup-2023, zimbabwe-mugabe-coup-2017)
    ("put under house arrest", "The Malian army put President Amadou Keita under house arrest on Tuesday.",
     {("Malian army", "place under house arrest", "Amadou Keita", F, None)}),
    ("taken into custody", "Police in Accra took the opposition leader Kofi Mensah into custody.",
     {("Ghanaian police", "take into custody", "Kofi Mensah", F, None)}),
    ("placing troops under a command is no arrest", "Mali placed its troops under a new command.", set()),
    # what prompted an act is no act on its doer (lexicon skip_relation_lemmas "prompt": four dev stories)
    ("prompting is no act on whom it prompts", "Togo closed the border, prompting Ghana to protest to Togo.",
     {("Ghana", "protest", "Togo", F, None)}),
    # "his <nationality> counterpart" is the one person of that country named with a leader's or a
    # minister's title (lexicon role_titles "counterpart": lula-xi-beijing-visit-2023, canada-us-tariffs)
    ("a counterpart named elsewhere", "Ghanaian President John Mahama arrived on Sunday. Togolese President Faure Gnassingbe received his Ghanaian counterpart on Monday.",
     {("Faure Gnassingbe", "receive", "John Mahama", F, None)}),
    ("two fitting people leave the counterpart as written",
     "Ghanaian President John Mahama and Ghanaian Foreign Minister Samuel Ablakwa arrived on Sunday. Togolese President Faure Gnassingbe received his Ghanaian counterpart on Monday.",
     {("Faure Gnassingbe", "receive", "Ghanaian counterpart", F, None)}),
    ("a body's counterpart is no person", "Ghanaian President John Mahama spoke in Accra. The Togolese government informed its Ghanaian counterpart of the closure.",
     {("Togo", "inform", "Ghanaian counterpart", F, None)}),
    # the deal that talks are held to reach is their aim, not an agreement made (egypt-ethiopia-gerd-dispute-2020)
    ("talks to reach a deal", "Ghana and Togo held negotiations to strike an accord.", {("Ghana", "negotiate", "Togo", F, None)}),
    ("urged to resume talks to reach a deal", "Benin urged Ghana and Togo to resume talks to reach a binding deal.",
     {("Benin", "urge", "Ghana", F, None), ("Benin", "urge", "Togo", F, None), ("Ghana", "hold talks", "Togo", F, "request")}),
    ("a deal reached is an agreement", "Ghana and Togo reached a deal to end the dispute.",
     {("Ghana", "agree", "Togo", F, None), ("Ghana", "end dispute", "Togo", F, None)}),
    # an arrangement is an agreement (session 46: solomon-islands-china-pact-2022 "entered into an
    # arrangement with China", india-china-border-patrolling-deal-2024 "had reached a patrolling arrangement")
    ("an arrangement reached is an agreement", "Ghana and Togo reached a fishing arrangement last week.",
     {("Ghana", "agree", "Togo", F, None)}),
    ("an arrangement entered into is one with its partner", "Benin entered into an arrangement with Niger.",
     {("Benin", "agree", "Niger", F, None)}),
    # ending an agreement with a state is an act on it, and no agreement with it (termination_verbs:
    # algeria-spain-treaty-suspension-2022, niger-us-military-accord-2024; "revoke": three dev stories)
    ("suspending a treaty with a state", "Ghana suspended its friendship treaty with Togo.", {("Ghana", "suspend treaty", "Togo", F, None)}),
    ("revoking a pact with a state", "Benin revoked its defence pact with Niger on Friday.", {("Benin", "revoke pact", "Niger", F, None)}),
    ("signing a pact is still an agreement", "Benin signed a defence pact with Niger on Friday.", {("Benin", "sign pact", "Niger", F, None)}),
    # an embedded post's line of flags and another script is no English clause (israel-turkey-ties-restored-2022)
    ("flags and a name in Hebrew relate no one", "\U0001F1EC\U0001F1ED \U0001F1F9\U0001F1EC \u2014 \u05d9\u05d0\u05d9\u05e8 \u05dc\u05e4\u05d9\u05d3 - Amina Njeri (@aminanjeri) May 2, 2024", set()),
    # "him" after a verb's object in its own sentence is that object, not the last sentence's subject
    # (niger-us-military-accord-2024: "deposed Bazoum and put him under house arrest"; turkey-imamoglu-arrest)
    ("him is the object named before it in its sentence",
     "Kofi Mensah visited Lome. Later, the army detained John Dramani and flew him to Accra.",
     {("Kofi Mensah", "visit", "Togo", F, None), ("military", "detain", "John Dramani", F, None), ("military", "fly", "John Dramani", F, None)}),
    # a court's ruling stands for the court (proxy_nouns: kenya-somalia-icj-maritime-2021, senegal-election-delay-2024, canada-us-tariffs)
    ("rejecting a court's ruling", "Ghana rejected the ICJ ruling on the lake border.", {("Ghana", "reject", "International Court of Justice", F, None)}),
    ("respecting a court's verdict", "Togo said it would respect the ICJ verdict.", {("Togo", "respect", "International Court of Justice", F, "future")}),
    # two sides deciding together to do something agree on it (JOINT_DECIDING_VERBS: israel-turkey-ties-restored-2022,
    # moon-kim-panmunjom-summit-2018, india-pakistan-2025)
    ("deciding together is agreeing", "Ghana and Togo decided to reopen the border.",
     {("Ghana", "agree", "Togo", F, None), ("Ghana", "reopen border", "Togo", F, None), ("Togo", "reopen border", "Ghana", F, None)}),
    ("one side deciding agrees with no one", "Ghana decided to close the border with Togo.", {("Ghana", "close border", "Togo", F, None)}),
    # an unnamed envoy described by the state it serves is that state's envoy by role, not the state
    # (news/GUIDELINES.md; the dev gold never names a summoned envoy by the country)
    ("the ambassador of a state", "Ghana summoned the ambassador of Togo on Monday.", {("Ghana", "summon", "Togolese ambassador", F, None)}),
    ("the envoy of a state's embassy", "Benin summoned the charge d'affaires of the Nigerian embassy in Cotonou.",
     {("Benin", "summon", "Nigerian charge d'affaires", F, None)}),
    # "the president" is not the person its own sentence names after it: two presidents in sight, the one
    # named as the other side is not the speaker (kg.resolve.actors._resolve_role; one dev story,
    # obama-cuba-visit: a narrowing of the latest-holder rule)
    ("the president is not the one named after it in the sentence",
     "Ghanaian President John Mahama flew to Lome. Mahama met Togolese President Faure Gnassingbe. The president told Gnassingbe about the trade talks.",
     {("John Mahama", "fly", "Togo", F, None), ("John Mahama", "meet", "Faure Gnassingbe", F, None), ("John Mahama", "tell", "Faure Gnassingbe", F, None)}),
    ("the president named right after the description is the one meant",
     "Ghanaian President John Mahama met Togolese President Faure Gnassingbe. Later the president, Faure Gnassingbe, told Ghana to reopen the border.",
     {("John Mahama", "meet", "Faure Gnassingbe", F, None), ("Faure Gnassingbe", "tell", "Ghana", F, None)}),
    ("the president of a state no one names is no actor", "Ghana criticized the president of Togo.", set()),
    # a member of a pair speaking of the pair's tie acts on neither member (xi-putin-moscow-visit-2023)
    ("a visit strengthening one's own pair's ties", "Erdogan met Aliyev in Ankara. Erdogan's visit would strengthen cooperation between the two countries.",
     {("Recep Tayyip Erdogan", "meet", "Ilham Aliyev", F, None), ("Turkey", "cooperate", "Azerbaijan", F, None)}),
    ("an outsider praising a pair's leaders", "Ghana and Togo signed a pact. Benin praised the two countries' leaders.",
     {("Ghana", "sign pact", "Togo", F, None), ("Benin", "praise", "Ghana", F, None), ("Benin", "praise", "Togo", F, None)}),
    # a broadcaster or a TV channel named beside its noun is the outlet told; its nationality word is no
    # addressee (outlet_nouns: algeria-france-expulsions-2025, azerbaijan-russia-rift-2025)
    ("telling a named broadcaster", "John Mahama told the Citi FM broadcaster that talks would resume.", {("John Mahama", "tell", "Citi FM", F, None)}),
    ("a nationality before a broadcaster", "John Mahama told Ghanaian public broadcaster GTV that talks would resume.", {("John Mahama", "tell", "GTV", F, None)}),
    # a nationality word and "TV"/"television" with no name of its own is the channel as written
    # (kg.extract.mentions._national_channel: israel-iran-damascus-consulate, russia-georgia-war-2008, mali-ukraine-ties-cut-2024)
    ("a nationality's TV told", "John Mahama told Ghanaian TV that talks would resume.", {("John Mahama", "tell", "Ghanaian TV", F, None)}),
    ("a nationality's state television told", "John Mahama told Ghanaian state television that talks would resume.",
     {("John Mahama", "tell", "Ghanaian state television", F, None)}),
    # a person the parser hangs on an objectless verb as an adverbial is its object (kg.extract.verbs.misparsed_object:
    # xi-putin-moscow-visit-2023, us-russia-griner-bout-swap-2022)
    ("a date between the verb and its person", "Ghana received on May 2, 2024, American citizen John Doe on a private plane.",
     {("Ghana", "receive", "John Doe", F, None)}),
    # chairing or heading a body is holding an office, a state (lexicon skip_relation_lemmas: three dev stories)
    ("chairing a council is an office", "Brazil, which chairs the UN Security Council this year, met Ghana on Monday.",
     {("Brazil", "meet", "Ghana", F, None)}),
    ("a body headed by two states", "The Lake Volta Commission, headed by Ghana and Togo, met Benin on Friday.",
     {("Lake Volta Commission", "meet", "Benin", F, None)}),
    # bordering a state says where a state lies, not what it does (lexicon skip_relation_lemmas: two dev stories)
    ("bordering is geography", "Togo, which borders Ghana to the east, accused Benin of smuggling.",
     {("Togo", "accuse", "Benin", F, None)}),
    # whoever leads or sponsors the talks ("X-led talks") mediates them and is no party to them
    # (kg.extract.nouns.mediated_statements: india-pakistan-2025, egypt-ethiopia-gerd-dispute-2020)
    ("led talks are mediated by who leads them", "The truce between Peru and Chile came after Brazil-led talks.",
     {("Peru", "agree", "Chile", F, None), ("Brazil", "mediate", "Peru", F, None), ("Brazil", "mediate", "Chile", F, None)}),
    ("who leads the talks is no party to them", "Ghana urged Togo to resume African Union-led talks.",
     {("Ghana", "urge", "Togo", F, None)}),
    ("a belief with a complement", "Nairobi considers Kampala closer to Beijing.", set()),
    ("naming a thing", "Maduro condemned the deployment, calling it a criminal threat.",
     set()),
    ("naming an actor is denouncing it", "Maduro called the American warships an illegal threat.",
     {("Nicolás Maduro", "call", "United States", F, None)}),  # a known leader: the gazetteer's full name
    # "X and <title> Y": the parser hangs X on the title; both are subjects
    ("a subject hung on the other's title", "Putin and Turkish leader Recep Tayyip Erdogan spoke by phone.",
     {("Recep Tayyip Erdogan", "speak", "Vladimir Putin", F, None)}),
    # "is set to meet": the passive subject of a raising verb does the infinitive; a scheduled act is a plan (future)
    ("set to meet", "Tom Barrack is set to meet Lebanese Prime Minister Nawaf Salam.",
     {("Tom Barrack", "meet", "Nawaf Salam", F, "future")}),
    ("expected to send", "Kenya is expected to send police to Haiti.", {("Kenya", "send", "Haiti", F, "future")}),
    # a person speaking of their own country does not act on it
    ("the that-clause is the speaker's own side", "Ghana will not back down, Ghanaian President John Mahama warned.", set()),
    ("a stance verb on one's own country", "Japanese envoy Kanji Sato reaffirmed Japan's position on the islands.", set()),
    # a relative clause hangs on its own noun, not on the nouns conjoined with it
    ("who is the last conjunct only", "Tom Barrack will meet Nawaf Salam and Speaker Nabih Berri, who often negotiates with Washington.",
     {("Tom Barrack", "meet", "Nawaf Salam", F, "future"), ("Tom Barrack", "meet", "Nabih Berri", F, "future"),
      ("Nabih Berri", "negotiate", "United States", F, None)}),
    # a generic role with a nationality is the one person of that country the document names so
    ("the leader is the named head of government",
     "Japanese Prime Minister Sanae Takaichi spoke on Monday. The Japanese leader later told reporters that China was wrong.",
     {("Sanae Takaichi", "tell", "reporters", F, None)}),
    ("the envoy named after the headline", "A senior U.S. envoy praised Lebanon's response. U.S. envoy Tom Barrack met Joseph Aoun in Beirut.",
     {("Tom Barrack", "praise", "Lebanon", F, None), ("Tom Barrack", "meet", "Joseph Aoun", F, None)}),
    # nobody named: the role with its nationality is the canonical name (news/GUIDELINES.md), not the country
    ("nobody named: the role is the name", "The Kenyan leader met Ugandan diplomats.", {("Kenyan leader", "meet", "Ugandan diplomats", F, None)}),
    ("an unnamed official with a nationality", "A senior Kenyan defence official told the Daily Nation that the raid took place.",
     {("senior Kenyan defence official", "tell", "Daily Nation", F, None)}),
    # "confirm" takes its addressee with "to", also when the parser hangs the "to" on the thing
    # confirmed (venezuela-us "confirmed to" an outlet; belarus-prisoner-release "confirmed the
    # release to" an outlet)
    ("confirmed to an outlet", "A senior Kenyan defence official confirmed to the Daily Nation that the raid took place.",
     {("senior Kenyan defence official", "confirm", "Daily Nation", F, None)}),
    ("confirmed a thing to an outlet", "Her brother, Juma Otieno, confirmed the arrest to the BBC on Friday.",
     {("Juma Otieno", "confirm arrest", "BBC", F, None)}),
    ("a possessor after 'to' is no addressee", "Kenya gave a boost to Uganda's economy.", set()),
    ("an official with a leader's administration", "One Erdogan administration official told Reuters the talks had failed.",
     {("Erdogan administration official", "tell", "Reuters", F, None)}),
    # the title may come only in an apposition after the name, not the titles of others named in it
    ("the role is the one person named with a fitting title after it",
     "A senior Peruvian envoy praised Chile's response. Maria Quispe, an aide to President Luis Soto who also serves as "
     "Peru's ambassador to Bolivia and envoy for Chile, returned to Santiago on Monday.",
     {("Maria Quispe", "praise", "Chile", F, None)}),
    ("a president named in the apposition is not the leader",
     "The Peruvian leader praised Chile's response. Maria Quispe, an aide to President Luis Soto, returned to Santiago.",
     {("Luis Soto", "praise", "Chile", F, None)}),
    ("a vice president is not the leader", "The Kenyan leader met Ugandan diplomats. His deputy, Vice President Amina Njeri, stayed in Nairobi.",
     {("Kenyan leader", "meet", "Ugandan diplomats", F, None)}),
    # a state has one top diplomat, its foreign minister, but many a diplomat; a title is matched
    # as whole words; a region's adjective is no nationality (kg.resolve.actors._role_titles,
    # _has_words: canada-china-diplomat-expulsion, india-canada-diplomat-row, argentina-spain-milei-row)
    ("the top diplomat is the named foreign minister",
     "Kenya's top diplomat arrived in Kampala on Monday. Kenyan Foreign Minister Amina Njeri met Yoweri Museveni.",
     {("Amina Njeri", "arrive", "Uganda", F, None), ("Amina Njeri", "meet", "Yoweri Museveni", F, None)}),
    ("a diplomat is not a foreign minister of no stated country",
     "Kenya expelled a Ugandan diplomat on Friday. Foreign Minister Amina Njeri announced the decision.",
     {("Kenya", "expel", "Ugandan diplomat", F, None)}),
    ("a diplomat is not the foreign minister of the same country",
     "Uganda expelled a Kenyan diplomat on Friday. Kenyan Foreign Minister Amina Njeri condemned the move.",
     {("Uganda", "expel", "Kenyan diplomat", F, None)}),
    ("a diplomat is the diplomat named with that nationality, not the foreign minister",
     "Kenya will expel a Ugandan diplomat. Kenyan Foreign Minister Amina Njeri said Ugandan diplomat Peter Mugisha had threatened a lawmaker.",
     {("Kenya", "expel", "Peter Mugisha", F, "future")}),
    ("a presidential spokesman is not the leader",
     "The Kenyan leader criticised Uganda. Presidential spokesman Ali Hassan defended the remarks.",
     {("Kenyan leader", "criticize", "Uganda", F, None)}),
    ("a region's leader is not the U.S. leader", "U.S. President Joe Biden spoke on Monday. The South American leader criticised Spain.", set()),
    # a role labelled by its words is no name: two such roles are not namesakes (kg.resolve.corpus.is_role_label:
    # canada-china-diplomat-expulsion's two expelled envoys; argentina-spain-milei-row's one envoy took a page's slip as its label)
    ("two states' unnamed diplomats stay two", "Ghana expelled a Guinean diplomat, and Guinea expelled a Ghanaian diplomat in return.",
     {("Ghana", "expel", "Guinean diplomat", F, None), ("Guinea", "expel", "Ghanaian diplomat", F, None)}),
    # a plural role one person of each state holds: each nationality's named leader, else the state
    # (prec17: arriving in a town the gazetteer does not know, no capital, relates no one: rows below)
    ("the leaders of two states are the two named leaders",
     "Kenyan President William Ruto and Ugandan President Yoweri Museveni arrived in Arusha. Tanzania hosted the leaders of Kenya and Uganda.",
     {("Tanzania", "host", "William Ruto", F, None), ("Tanzania", "host", "Yoweri Museveni", F, None)}),
    ("conjoined nationalities of leaders, one never named", "Peruvian President Ana Vargas flew to Santiago, where Peruvian and Chilean leaders met.",
     {("Ana Vargas", "meet", "Chilean leader", F, None), ("Ana Vargas", "fly", "Chile", F, None)}),
    # plural officials of two nationalities are each nationality's group (news/GUIDELINES.md; dev
    # iran-us-prisoner-swap-2023 "Iranian and US officials", us-taliban-doha-agreement-2020)
    ("plural officials of two nationalities are two groups", "Ghanaian and Togolese officials met in Accra.",
     {("Ghanaian officials", "meet", "Togolese officials", F, None)}),
    # a name the NER split in two is one person, labelled as the page writes it
    ("a first name the NER cut off", "Ukrainian President Vladimir Zelensky met Recep Tayyip Erdogan in Ankara.",
     {("Vladimir Zelensky", "meet", "Recep Tayyip Erdogan", F, None)}),
    # a bare surname that several people of the page share (a leader and a relative): the one the
    # page named first, unless a title says another gender; one full name: that one, as before
    ("a bare surname shared with a relative named later", "Governor Tomas Halvorsen was born in 1961. His brother, Erik Halvorsen, criticised Chile. Police arrested Halvorsen on Monday.",
     {("Erik Halvorsen", "criticize", "Chile", F, None), ("police", "arrest", "Tomas Halvorsen", F, None)}),
    ("a bare surname before the relative is named", "Governor Tomas Halvorsen met Chilean officials in Lima. Police arrested Halvorsen on Monday. His brother, Erik Halvorsen, joined protesters outside the court.",
     {("Tomas Halvorsen", "meet", "Chilean officials", F, None), ("police", "arrest", "Tomas Halvorsen", F, None), ("Erik Halvorsen", "join", "protesters", F, None)}),
    ("a woman's title picks the woman of the family", "Mr Tomas Halvorsen criticised Chile. His wife, Ingrid Halvorsen, praised Peru. Ms Halvorsen later condemned Chile.",
     {("Tomas Halvorsen", "criticize", "Chile", F, None), ("Ingrid Halvorsen", "praise", "Peru", F, None), ("Ingrid Halvorsen", "condemn", "Chile", F, None)}),
    ("a bare surname after one full name", "Governor Tomas Halvorsen met Chilean officials in Lima. Police arrested Halvorsen on Monday.",
     {("Tomas Halvorsen", "meet", "Chilean officials", F, None), ("police", "arrest", "Tomas Halvorsen", F, None)}),
    # a bare name that is one person's family name written first and another's surname written last: the
    # person the page named first (kg.resolve.actors._NameResolver.person; dev moon-kim-panmunjom-summit-2018)
    ("a family name first and a surname last", "Vietnamese leader Nguyen Phu Trong met Japanese officials. Analyst Thanh Nguyen praised Japan. Nguyen later visited Japan.",
     {("Nguyen Phu Trong", "meet", "Japanese officials", F, None), ("Thanh Nguyen", "praise", "Japan", F, None), ("Nguyen Phu Trong", "visit", "Japan", F, None)}),
    # a full name given as someone's relative ("his daughter X") is not who a bare shared surname means, and
    # has the gender the kinship noun says (lexicon kinship_nouns: duterte-icc-arrest-2025, gabon-coup-2023)
    ("a bare surname names the father, not his son named after him", "Army officers in Togo detained President Faure Gnassingbe Eyadema. Gnassingbe's late father, President Etienne Gnassingbe, ruled for decades. Army officers in Togo said they were holding President Gnassingbe.",
     {("Togolese military", "detain", "Faure Gnassingbe Eyadema", F, None), ("Togolese military", "hold", "Faure Gnassingbe Eyadema", F, None)}),
    ("a woman's title still reaches the relative", "Mr Tomas Halvorsen criticised Chile. His wife, Ingrid Halvorsen, praised Peru. Ms Halvorsen later condemned Chile.",
     {("Tomas Halvorsen", "criticize", "Chile", F, None), ("Ingrid Halvorsen", "praise", "Peru", F, None), ("Ingrid Halvorsen", "condemn", "Chile", F, None)}),
    ("a word two full names begin with stays apart", "Vice Premier Liu Jinsong met Japanese officials. Ambassador Liu Jiangyong visited Tokyo. Liu criticised Japan.",
     {("Liu Jinsong", "meet", "Japanese officials", F, None), ("Liu Jiangyong", "visit", "Japan", F, None), ("Liu", "criticize", "Japan", F, None)}),
    # a campaign, an operation, an offensive stands for whoever wages it
    ("backing a country's campaign", "Minsk backed Russia's campaign in Ukraine.", {("Belarus", "back", "Russia", F, None)}),
    ("an offensive is its owner's", "Kenya condemned Ethiopia's offensive in the north.", {("Kenya", "condemn", "Ethiopia", F, None)}),
    # a command to a bare "the military" goes to the commander's own military
    ("the president's own army", "Peruvian President Ana Vargas spoke in Lima. Vargas ordered the army to seal the border.",
     {("Ana Vargas", "order", "Peruvian military", F, None)}),
    ("a known leader's own military", "Netanyahu later repeated the threat, instructing the military to get ready.",
     {("Benjamin Netanyahu", "instruct", "Israeli military", F, None)}),
    ("no name, no country: no institution", "Somebody ordered the army to withdraw. The army left.", set()),
    # fighting, a battle, hostilities between two actors: they fight
    # "each other": conjoined subjects each do it to the other, written once, first named to next
    # (the dev gold's reciprocals: armenia-azerbaijan-peace, north-korea-russia)
    ("greeting each other", "At the border post, Peru and Chile greeted each other warmly.",
     {("Peru", "greet", "Chile", F, None)}),
    ("each other's sovereignty", "Mali and Niger vowed to respect each other's borders.",
     {("Mali", "respect", "Niger", F, "future")}),  # a vow: future
    ("each other with an object found: no reciprocal", "Peru and Chile urged Bolivia to help each other's farmers.",
     {("Peru", "urge", "Bolivia", F, None), ("Chile", "urge", "Bolivia", F, None)}),
    # a war stands for whoever wages it; backing is support
    ("backing a country's war", "Kenya has offered its full backing for Uganda's war in the north.",
     {("Kenya", "support", "Uganda", F, None)}),
    ("support for a war", "Ghana reaffirmed its support for Togo's war against the rebels.", {("Ghana", "support", "Togo", F, None)}),
    # allegations stand for whoever makes them, like accusations and claims
    ("rejecting a country's allegations", "Quito rejected Peru's allegations of smuggling.", {("Ecuador", "reject", "Peru", F, None)}),
    # a person's words and a custody are no stand-ins for their owner: "words" and "detention" left the
    # proxy nouns (canada-us-tariffs, turkey-imamoglu-arrest); a verb of judgement still takes the owner
    # through the owned thing (evaluation_verbs). "stance" stays one, like "position": backing a
    # country's stance backs the country (the sample corpus: "Shoigu supports China's Taiwan stance")
    ("backing a country's stance", "Togo supports Ghana's stance on the border.", {("Togo", "support", "Ghana", F, None)}),
    ("quoting a late leader's words", "Mahama said he would borrow Nkrumah's words on unity.", set()),
    ("describing a mayor's custody", "Kofi Adu described the detention of Mayor Ama Boateng as a scandal.", set()),
    ("a judged stance still stands for its owner", "Togo criticised Ghana's stance on the border.", {("Togo", "criticize", "Ghana", F, None)}),
    # an airstrike, a bombing, a shelling in a country is done to that country (like a strike)
    ("an airstrike in a country", "Peru carried out an airstrike in Bolivia on Monday.", {("Peru", "strike", "Bolivia", F, None)}),
    # what was done with an agreement is the relation, not a bare "agree"
    ("ratifying a treaty", "Chile's senate ratified a fishing treaty with Peru.", {("Chilean senate", "ratify treaty", "Peru", F, None)}),
    ("reaching a deal is agreeing", "Peru reached a deal with Chile on Monday.", {("Peru", "agree", "Chile", F, None)}),
    ("a battle between two sides", "The battle between Peru and Chile broke out in June.", {("Peru", "fight", "Chile", F, None)}),
    ("months of fighting between", "Months of fighting between Mali and Niger ended in May.",
     {("Mali", "fight", "Niger", F, None)}),
    # fighting "with" one side, the other the main clause's subject (israel-hezbollah-lebanon,
    # georgia-eu-protests): a group as itself, an armed force as its state, a person never
    ("the hurt are a side of the clashes", "Many demonstrators and some police officers were hurt as a result of the clashes with the police.",
     {("demonstrators", "clash", "police", F, None)}),
    ("a force's fighting is its state's", "Ethiopian forces bombed two towns, testing a ceasefire meant to end a decade of fighting with Eritrea.",
     {("Ethiopia", "fight", "Eritrea", F, None)}),
    ("a leader is no side of the fighting", "President Ana Vargas gave her first speech since the truce that followed a week of fighting with Chile.",
     set()),
    # a coalition of states named as one is an actor of its own, and its forces act for it
    # (re3d dev: CENTCOM strike reports and UK Government statements)
    ("a definite coalition", "The coalition attacked al-Shabaab near the river.", {("Coalition", "attack", "Al-Shabaab", F, None)}),
    ("a coalition's aircraft", "Coalition aircraft struck al-Shabaab on Friday.", {("Coalition", "strike", "Al-Shabaab", F, None)}),
    ("coalition forces need no article", "Zaid Omar was killed by coalition troops.", {("Coalition", "kill", "Zaid Omar", F, None)}),
    ("a coalition with a proper name", "The Global Coalition supports Somalia.", {("Global Coalition", "support", "Somalia", F, None)}),
    ("an indefinite coalition is no actor", "A coalition of farmers criticised Ghana.", set()),
    # a capitalised office with nobody named for it is its holder, known by the title
    ("an unnamed capitalised office", "The Defence Secretary met Kwame Mensah in Accra.",
     {("Defence Secretary", "meet", "Kwame Mensah", F, None)}),
    ("a lower-case office with no name says too little", "The minister met Kwame Mensah in Accra.", set()),
    # whoever is committed to doing something does it
    ("committed to a gerund", "Ghana remains committed to defeating al-Shabaab.", {("Ghana", "defeat", "Al-Shabaab", F, None)}),
    ("committed, the subject on the auxiliary", "Chile is committed to supporting Peru.", {("Chile", "support", "Peru", F, None)}),
    # an NER name cut after "of" is read as words: the country's government
    ("the Government of a country", "The Government of Peru accused Chile of spying.", {("Peru", "accuse", "Chile", F, None)}),
    # what a thing is used against is not its owner
    ("drones used against a group are not the group's", "Kenya used drones against al-Shabaab.",
     {("Kenya", "use drone", "Al-Shabaab", F, None)}),
    ("a clause on a noun names no owner of it", "Ghana sent warplanes that later bombed al-Shabaab.", set()),
    # whoever mediates an agreement or a conflict mediates with each of its sides, named or not
    ("a mediator with no object: the sides are the clause's subjects",
     "Ecuador and Peru exchanged fire for a week. After Brazil mediated, the two neighbours agreed to stop.",
     {("Ecuador", "exchange fire", "Peru", F, None), ("Ecuador", "agree", "Peru", F, None),
      ("Brazil", "mediate", "Ecuador", F, None), ("Brazil", "mediate", "Peru", F, None)}),
    ("a truce brokered by two: the sides the text talks about",
     "Mali and Niger fought for months. The truce, brokered by Algeria and Ghana, held until June.",
     {("Mali", "fight", "Niger", F, None), ("Algeria", "mediate", "Mali", F, None), ("Algeria", "mediate", "Niger", F, None),
      ("Ghana", "mediate", "Mali", F, None), ("Ghana", "mediate", "Niger", F, None)}),
    ("a nationality's mediation", "The ceasefire between Chile and Bolivia was reached under Brazilian mediation.",
     {("Brazil", "mediate", "Chile", F, None), ("Brazil", "mediate", "Bolivia", F, None), ("Chile", "agree", "Bolivia", F, None)}),
    ("a possessor's mediation in a conflict", "Kenya praised Qatar's mediation in the conflict between Ethiopia and Eritrea.",
     {("Kenya", "praise", "Qatar", F, None), ("Ethiopia", "fight", "Eritrea", F, None),
      ("Qatar", "mediate", "Ethiopia", F, None), ("Qatar", "mediate", "Eritrea", F, None)}),
    ("the sides in view are the states of two leaders named together",
     "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki met in Asmara. Kenya praised Qatar's mediation in the conflict.",
     {("Abiy Ahmed", "meet", "Isaias Afwerki", F, None), ("Kenya", "praise", "Qatar", F, None),
      ("Qatar", "mediate", "Ethiopia", F, None), ("Qatar", "mediate", "Eritrea", F, None)}),
    ("a possessor's mediation between two sides", "Kenya praised Qatar's mediation between Ethiopia and Eritrea.",
     {("Kenya", "praise", "Qatar", F, None), ("Qatar", "mediate", "Ethiopia", F, None), ("Qatar", "mediate", "Eritrea", F, None)}),
    ("mediating with nothing mediated", "Egypt mediated.", set()),
    ("who seeks mediation is a party, not a mediator", "Ghana seeks international mediation with Togo over the border.",
     {("Ghana", "seek mediation", "Togo", F, None)}),
    # the passive clause reads as the participle does: "the truce was brokered by" = "a truce
    # brokered by" (issue 17: passives with "by")
    ("a passive brokered truce: the sides the text talks about",
     "Sudan and Chad agreed to a truce on Friday. The truce was brokered by Egypt.",
     {("Sudan", "agree", "Chad", F, None), ("Egypt", "mediate", "Sudan", F, None), ("Egypt", "mediate", "Chad", F, None)}),
    ("passive mediated talks after a meeting",
     "Uruguay and Paraguay met in Asuncion on Monday. The talks were mediated by Argentina and Chile.",
     {("Uruguay", "meet", "Paraguay", F, None), ("Argentina", "mediate", "Uruguay", F, None), ("Argentina", "mediate", "Paraguay", F, None),
      ("Chile", "mediate", "Uruguay", F, None), ("Chile", "mediate", "Paraguay", F, None)}),
    ("a passive reporter is no mediator", "Ghana and Togo fought a short war. The war was reported by Nigeria.",
     {("Ghana", "fight", "Togo", F, None)}),
    # "Europe" acting is the European Union (gazetteer alias: the dev gold lists "Europe" among the EU's
    # aliases in six stories, e.g. crimea-annexation-2014, eu-turkey-migrant-deal-2016, armenia-russia-rift)
    ("Europe acting is the European Union", "Both Europe and the United States pressed Serbia to recognise Kosovo.",
     {("European Union", "press", "Serbia", F, None), ("United States", "press", "Serbia", F, None),
      ("Serbia", "recognize", "Kosovo", F, "request")}),
    ("Europe as a destination is no act", "Thousands of migrants travelled to Europe last year.", set()),
    # going or coming to a state is travelling there (lexicon place_targets: macron-xi-beijing-visit,
    # sri-lanka-rajapaksa-protests, xi-putin-moscow-visit); a return is most often home, and no row
    ("going to a capital is travelling to its state", "Ghanaian President John Mahama went to Lome last month.",
     {("John Mahama", "go", "Togo", F, None)}),
    ("coming to a state is travelling there", "Ghana invited William Ruto to come to Ghana in May.",
     {("Ghana", "invite", "William Ruto", F, None), ("William Ruto", "come", "Ghana", F, None)}),
    ("going to do something is no travel", "President John Mahama is going to sign the deal with Togo.",
     {("John Mahama", "sign deal", "Togo", F, "future")}),
    ("a return is no visit", "President John Mahama returned to Lome on Monday.", set()),
    # a passive conjoined after another verb is done to that verb's subject; a "by" the parser hung
    # on the verb as a plain preposition, or on the object of its "in/on/as/of/at", is still the agent
    # (kg.extract.verbs.stray_agents: greece-macedonia-prespa, saudi-qatar-al-ula, sri-lanka-rajapaksa,
    # brazil-january-8, macron-xi-beijing); "by" after "to"/"for" belongs to the noun, and no one is "by boat"
    ("a conjoined passive is done to the first verb's subject",
     "Kenyan President William Ruto landed in Kampala and was welcomed by Yoweri Museveni.",
     {("William Ruto", "land", "Uganda", F, None), ("Yoweri Museveni", "welcome", "William Ruto", F, None)}),
    ("a passive's by-phrase after a place is its agent",
     "Kenyan President William Ruto was met in the historic town of Entebbe by Ugandan President Yoweri Museveni.",
     {("Yoweri Museveni", "meet", "William Ruto", F, None)}),
    ("a passive's by-phrase after its of-phrase is its agent",
     "Ghanaian minister Kofi Mensah was relieved of his duties by President John Mahama.",
     {("John Mahama", "relieve", "Kofi Mensah", F, None)}),
    ("a passive's by-phrase after its as-phrase is its agent",
     "Kofi Mensah was sworn in as the new president of Ghana by Chief Justice Ama Owusu.",
     {("Ama Owusu", "swear in", "Kofi Mensah", F, None)}),
    ("a by-phrase after to is the noun's, not the passive's agent",
     "The release of Kofi Mensah was tied to diplomatic efforts by Ghana.", set()),
    ("a means is no agent", "Kenyan President William Ruto was flown to Kampala by helicopter.", set()),
    # who signs or agrees to a brokered agreement are its sides; who welcomes it is not
    ("the signers of a brokered pact are its sides", "Ghana and Togo signed a border pact brokered by Nigeria.",
     {("Ghana", "sign pact", "Togo", F, None), ("Nigeria", "mediate", "Ghana", F, None), ("Nigeria", "mediate", "Togo", F, None)}),
    ("who agree to a mediated deal are its sides", "Chile and Bolivia agreed to a deal mediated by Brazil and Peru.",
     {("Chile", "agree", "Bolivia", F, None), ("Brazil", "mediate", "Chile", F, None), ("Brazil", "mediate", "Bolivia", F, None),
      ("Peru", "mediate", "Chile", F, None), ("Peru", "mediate", "Bolivia", F, None)}),
    ("who welcome a brokered deal are not its sides", "Ghana and Togo welcomed the deal brokered by Nigeria.", set()),
    # a brokered agreement that frames a clause ("in", "under", "thanks to") has that clause's subjects as its sides
    ("a clause framed by a brokered deal", "In a pact brokered by the Norwegian government, Chile and Bolivia agreed to reopen their border.",
     {("Chile", "agree", "Bolivia", F, None), ("Chile", "reopen border", "Bolivia", F, "future"), ("Bolivia", "reopen border", "Chile", F, "future"),
      ("Norway", "mediate", "Chile", F, None), ("Norway", "mediate", "Bolivia", F, None)}),
    ("thanks to a mediated accord", "Ghana and Togo ended the dispute in 2019, thanks to an accord mediated by the African Union.",
     {("Ghana", "end dispute", "Togo", F, None), ("African Union", "mediate", "Ghana", F, None), ("African Union", "mediate", "Togo", F, None)}),
    ("who protest against a brokered deal are not its sides", "Ghana and Togo protested against a deal brokered by Nigeria.", set()),
    ("a deal brokered with a partner is no mediation",
     "Kenya and Uganda fought for a year. Nigeria brokered a deal with Ghana on Monday.",
     {("Kenya", "fight", "Uganda", F, None), ("Nigeria", "broker", "Ghana", F, None)}),
    ("with a mediator: the mediator is no partner of the signing",
     "Ghana and Togo clashed. With Nigeria as a mediator, both countries signed a truce.",
     {("Ghana", "clash", "Togo", F, None), ("Ghana", "sign truce", "Togo", F, None),
      ("Nigeria", "mediate", "Ghana", F, None), ("Nigeria", "mediate", "Togo", F, None)}),
    # a visit during which something was said or held is not a visit to whom it was said to or held with
    ("talks during one's visit", "During his visit, William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed.",
     {("William Ruto", "hold talks", "Abiy Ahmed", F, None)}),
    ("reporters met during a visit", "William Ruto spoke to reporters during a visit to the naval base.",
     {("William Ruto", "speak", "reporters", F, None)}),
    # a war, an offensive, a military operation in or against a country is waged on it by its owner
    ("a country's war in another", "Kenya condemned Ethiopia's war in Somalia.",
     {("Kenya", "condemn", "Ethiopia", F, None), ("Ethiopia", "wage war", "Somalia", F, None)}),
    ("a military operation against a country", "Chile criticised Peru's military operation against Bolivia.",
     {("Chile", "criticize", "Peru", F, None), ("Peru", "attack", "Bolivia", F, None)}),
    # a mutual act is done by each side to the other, both ways
    ("mutual assistance pledged by two", "Kenya and Uganda pledged mutual military assistance.",
     {("Kenya", "pledge assistance", "Uganda", F, None), ("Uganda", "pledge assistance", "Kenya", F, None)}),
    # where an act happens is no side of what follows ("both sides")
    ("the place of a signing is no side", "Ghana signed a truce with Togo on Monday in Nigeria. Both sides agreed to halt the fighting.",
     {("Ghana", "sign truce", "Togo", F, None), ("Ghana", "agree", "Togo", F, None), ("Ghana", "halt fighting", "Togo", F, "future")}),
    ("the capital a signing is in is no side", "Ghana signed a truce with Togo on Monday in the Nigerian capital. Both sides agreed to halt the fighting.",
     {("Ghana", "sign truce", "Togo", F, None), ("Ghana", "agree", "Togo", F, None), ("Ghana", "halt fighting", "Togo", F, "future")}),
    ("the named capital talks began in is no side",
     "Ghana fought Togo for months. A week after talks began in the Nigerian capital Abuja, delegates from both sides signed a truce.",
     {("Ghana", "fight", "Togo", F, None), ("Ghana", "sign truce", "Togo", F, None)}),
    ("both parties: the pair just named", "Mali and Niger signed a pact. Under the pact, both parties pledged mutual military assistance.",
     {("Mali", "sign pact", "Niger", F, None), ("Mali", "pledge assistance", "Niger", F, None),
      ("Niger", "pledge assistance", "Mali", F, None)}),
    ("mutual accusations between two", "Mutual accusations of border violations between Peru and Chile continued.",
     {("Peru", "accuse", "Chile", F, None), ("Chile", "accuse", "Peru", F, None)}),
    # a ceasefire or a truce between two sides is their agreement (asked for, it is a request)
    ("a truce between two", "The fragile truce between Ghana and Togo is holding.", {("Ghana", "agree", "Togo", F, None)}),
    # "calls it X" names what was done; it asks for nothing
    ("a headline's act named by another is no request", "Kenya downs Ugandan fighter jet; Museveni calls it 'an act of war'",
     {("Kenya", "down", "Uganda", F, None)}),
    ("a ceasefire asked for", "Kenya called for a ceasefire between Ethiopia and Eritrea.",
     {("Ethiopia", "agree", "Eritrea", F, "request")}),
    ("a ceasefire violated keeps its verb", "Peru violated the ceasefire with Chile.", {("Peru", "violate ceasefire", "Chile", F, None)}),
    ("a ceasefire reached keeps its verb", "Mali reached a ceasefire with Niger on Monday.", {("Mali", "reach ceasefire", "Niger", F, None)}),
    ("a conflict between two is fighting", "The long conflict between Ghana and Togo ended in 2020.",
     {("Ghana", "fight", "Togo", F, None)}),
    ("a mutual understanding", "Ghana and Togo clashed. Both nations later reached a mutual understanding.",
     {("Ghana", "clash", "Togo", F, None), ("Ghana", "reach understanding", "Togo", F, None),
      ("Togo", "reach understanding", "Ghana", F, None)}),
    # what two parties decide together and that names no other party, they do with each other
    # what two sides agree to do together is an act on each other only when it is a typed event: "agreed
    # to develop the port" is no act of one on the other (kg.extract.verbs.joint_decision; false rows in
    # india-china-galwan-2020, ethiopia-eritrea-peace-2018, moon-kim-panmunjom-summit-2018, israel-turkey-ties-restored-2022)
    ("agreeing together to an untyped act", "Ghana and Togo agreed to develop the port.", {("Ghana", "agree", "Togo", F, None)}),
    ("both sides agree to extend a truce", "Ghana and Togo clashed in May. The two countries later agreed to extend the truce by a year.",
     {("Ghana", "clash", "Togo", F, None), ("Ghana", "agree", "Togo", F, None),
      ("Ghana", "extend truce", "Togo", F, "future"), ("Togo", "extend truce", "Ghana", F, "future")}),  # agreed to: a promise
    ("a joint decision to resume trade", "Mali and Niger signed a pact. Both sides decided to resume border trade.",
     {("Mali", "sign pact", "Niger", F, None), ("Mali", "resume trade", "Niger", F, None), ("Niger", "resume trade", "Mali", F, None),
      ("Mali", "agree", "Niger", F, None)}),  # deciding together is agreeing (JOINT_DECIDING_VERBS)
    # "the nation" / "the country" in what a speaker says is the speaker's own; a warning that one's
    # own side will act on Y is a warning to Y, a warning that Y will act is one to Y
    ("the speaker's own nation, and the warning goes to whom it will resist",
     "Kenyan President William Ruto warned that the nation would resist any Tanzanian attempt to seize the islands.",
     {("William Ruto", "warn", "Tanzania", F, None), ("Kenya", "resist", "Tanzania", F, "hypothetical")}),
    ("a warning that one's own country will strike goes to its target", "Sergei Lavrov warned that Russia will strike Ukraine.",
     {("Sergei Lavrov", "warn", "Ukraine", F, None), ("Russia", "strike", "Ukraine", F, "future")}),
    ("a warning that a third party will act goes to that party", "Kenyan President William Ruto warned that Uganda would attack Tanzania.",
     {("William Ruto", "warn", "Uganda", F, None), ("Uganda", "attack", "Tanzania", F, "hypothetical")}),
    # the speaker itself is its own side: a state warning that it will act on Y warns Y (issue 17:
    # the that-clause subject is no target when it is the speaker)
    ("a state warning that it will act warns its target", "Kenya warned on Monday that it would retaliate against Somalia.",
     {("Kenya", "warn", "Somalia", F, None), ("Kenya", "retaliate against", "Somalia", F, "hypothetical")}),
    ("a state warning that it will act, named again", "Peru warned that Peru would expel Bolivian diplomats.",
     {("Peru", "warn", "Bolivian diplomats", F, None), ("Peru", "expel", "Bolivian diplomats", F, "hypothetical")}),
    ("a state warning of another's act still warns that other", "Kenya warned that Somalia would face sanctions.",
     {("Kenya", "warn", "Somalia", F, None)}),
    ("saying what another will do is no act on it", "Emmanuel Macron said that Germany would support Ukraine.",
     {("Germany", "support", "Ukraine", F, "future")}),
    ("the country a president speaks of is his own", "Somali President Hassan Sheikh Mohamud said that the country was ready to talk to Kenya.",
     {("Somalia", "talk", "Kenya", F, "future")}),
    # a role names its office: the defence minister is not the prime minister named before
    ("another office is another person", "Ethiopian Prime Minister Abiy Ahmed spoke in Addis Ababa. The defence minister later told reporters that the army was ready.",
     set()),
    ("the same office is the person", "Ethiopian Prime Minister Abiy Ahmed spoke in Addis Ababa. The prime minister later told reporters that the army was ready.",
     {("Abiy Ahmed", "tell", "reporters", F, None)}),
    # a subject "they" is the two states just named together (not two people, not after a group)
    ("they: the two states named in the same sentence", "Trade has grown between Ghana and Togo as they deepen economic ties.",
     {("Ghana", "deepen ties", "Togo", F, None)}),
    ("they: the two states of the sentence before", "Ghana and Togo reopened the border on Monday. They then signed a customs pact.",
     {("Ghana", "sign pact", "Togo", F, None)}),
    ("they after a group named later: unresolved", "Ghana and Togo reopened the border. Ghanaian traders cheered. They then praised Nigeria.", set()),
    ("they after two people: unresolved", "William Ruto and Yoweri Museveni met in Arusha. They then praised Tanzania.",
     {("William Ruto", "meet", "Yoweri Museveni", F, None)}),
    # said at a press conference, on a TV news show: said to reporters, like "told reporters"
    ("said at a news conference", "William Ruto said at a news conference that the border would reopen.",
     {("William Ruto", "say", "reporters", F, None)}),
    ("appearing on a television show", "Appearing on a television news show, William Ruto said the border would stay open.",
     {("William Ruto", "say", "reporters", F, None)}),
    ("a conference of no press is no audience", "Ana Vargas said at the regional conference that the border would stay open.", set()),
    ("agreeing to fight a third thing is no fight with each other", "Peru and Chile agreed to fight smuggling.",
     {("Peru", "agree", "Chile", F, None)}),
    # protest and police news: a bare group of protesters, a bare police force or army, drug cartels
    ("bare police and bare demonstrators", "The riot police detained several hundred demonstrators in the capital.",
     {("police", "detain", "demonstrators", F, None)}),
    ("protesters act on the police", "Protesters hurled stones at the police near the parliament.",
     {("protesters", "hurl stones", "police", F, None)}),
    ("someone named sides with the protesters", "William Ruto sided with the protesters.",
     {("William Ruto", "side with", "protesters", F, None)}),
    ("a bare military and drug cartels", "The military will target drug cartels along the coast.",
     {("military", "target", "drug cartels", F, "future")}),
    ("a nationality still names the force", "Kenyan police dispersed the protesters with water cannon.",
     {("Kenyan police", "disperse", "protesters", F, None)}),
    ("an owned force is not the force as a whole", "The minister said its officers had arrested dozens of protesters.", set()),
    ("a force sent is no act on it", "Ana Vargas said Peru would deploy the army.", set()),
    # a bare force accused or assaulted is acted against; bare "officers" are the police; "crowds"
    ("a bare force accused is the force", "The Ruritania Bar Association accused police of torturing detainees.",
     {("Ruritania Bar Association", "accuse", "police", F, None)}),
    ("a bare force blamed is the force", "John Mwangi blamed the police for the deaths.",
     {("John Mwangi", "blame", "police", F, None)}),
    ("bare officers assaulted are the police", "Several protesters assaulted officers outside the ministry.",
     {("protesters", "assault", "police", F, None)}),
    ("a force praised or sent stays no actor", "Ana Vargas praised the police and sent officers to the border.", set()),
    ("officers with a rank adjective are no police", "Chile killed senior officers in the raid.", set()),
    # officers of a nationality are that country's police, as bare officers are the police (haiti-kenya-police-mission
    # "Kenyan police officers", "police officers from Kenya", "the Kenyan officers"; georgia-eu-protests, turkey-imamoglu-arrest)
    ("officers of a nationality are its police", "Some 300 Chilean police officers landed in Peru on Monday.",
     {("Chilean police officers", "land", "Peru", F, None)}),
    ("officers from a country are its police", "Some 300 police officers from Chile landed in Peru on Monday.",
     {("Chilean police", "land", "Peru", F, None)}),
    ("a nationality's officers welcomed", "Many Peruvians welcomed the Chilean officers.",
     {("Peruvians", "welcome", "Chilean officers", F, None)}),
    ("plural crowds dispersed", "Police fired water cannon to disperse crowds near the stadium.",
     {("police", "disperse", "crowds", F, None)}),
    ("a listed place's owner is no member", "Protesters gathered outside locations such as the Liberal Party's main office.", set()),
    # bare "security forces" are that force, as bare "police" (madagascar-genz-coup, south-korea-yoon-impeachment)
    ("bare security forces", "Protesters scuffled with security forces outside the ministry.",
     {("protesters", "scuffle", "security forces", F, None)}),
    ("bare forces are no one", "Protesters scuffled with forces outside the ministry.", set()),
    # bare "students" are a group of their own, as bare protesters are (serbia-student-protests names
    # them "students"; nepal-genz-protests lists "students" among the protesters' aliases)
    ("bare students scuffle with the police", "Students scuffled with the riot police near the university.",
     {("students", "scuffle", "police", F, None)}),
    ("bare students arrested", "Police arrested dozens of students outside the faculty.",
     {("police", "arrest", "students", F, None)}),
    ("owned students are someone's, no group", "Her students accused Togo of lying.", set()),
    # "law enforcement" is the police (turkey-imamoglu-arrest, india-canada-diplomat-row list it as the police's alias)
    ("bare law enforcement is the police", "Protesters scuffled with law enforcement outside the ministry.",
     {("protesters", "scuffle", "police", F, None)}),
    ("law enforcement of a nationality is its police", "Chilean law enforcement accused Peru of harbouring the smugglers.",
     {("Chilean law enforcement", "accuse", "Peru", F, None)}),
    ("law enforcement sent is no act on it", "Ana Vargas said Peru would deploy law enforcement.", set()),
    # plural parties or lawmakers marked "opposition" are the opposition (georgia-eu-protests,
    # south-korea-yoon-impeachment); single figures among the freed are not
    ("opposition lawmakers are the opposition", "Opposition legislators clashed with the riot police near the assembly.",
     {("opposition", "clash", "police", F, None)}),
    ("opposition parties denounce", "Opposition parties denounced Kenyan President William Ruto on Monday.",
     {("opposition", "denounce", "William Ruto", F, None)}),
    ("opposition figures freed are no group", "Kenya freed forty prisoners, including several opposition figures.", set()),
    # the members an "including" phrase names are no nationality of the group (belarus-prisoner-release, venezuela-us)
    ("included citizens are no nationality of the prisoners",
     "Kenya released forty political prisoners, including the writer Amina Njeri and several Ugandan citizens.",
     {("Kenya", "release", "Amina Njeri", F, None), ("Kenya", "release", "Ugandan citizens", F, None)}),
    # nor is a place a relative clause names on a noun inside the phrase (dev: "the heads of Congress and
    # the top court, as well as state governors who are expected to fly into Brasilia" was a Brazilian court)
    ("a relative clause on an inner noun gives the group no nationality",
     "Kenya met the leaders of the PKK, which is based in Iraq.", {("Kenya", "meet", "Kurdistan Workers' Party", F, None)}),
    # a demanded act's owner before the noun is whom the demand is made of (israel-hezbollah-lebanon, madagascar-genz-coup)
    ("a demanded act by a nationality", "The Kenyan government demanded a full Ethiopian withdrawal.",
     {("Kenya", "demand", "Ethiopia", F, None)}),
    ("a demanded act by a possessor", "Kenya demanded Uganda's withdrawal from the border.",
     {("Kenya", "demand", "Uganda", F, None)}),
    ("a demanded act of no one", "Kenya demanded a complete withdrawal.", set()),
    # who is to be freed is not who is asked: the holder is (session 46: canada-china-meng-wanzhou-arrest-2018,
    # azerbaijan-russia-rift-2025)
    ("a demanded release is not asked of the prisoner", "Kenya demanded the immediate release of Amina Njeri.", set()),
    ("a demanded release from a state is asked of it", "Kenya demanded the release of Amina Njeri from Uganda.",
     {("Kenya", "demand", "Uganda", F, None)}),
    # an expulsion or withdrawal ordered or announced is the subject's own act on the "of" phrase
    # (lexicon nominal_events / agent_event_nouns: iraq-sweden-quran-ambassador, india-canada-diplomat-row,
    # niger-coup-france-ambassador, canada-china-diplomat-expulsion)
    ("an ordered expulsion of an envoy", "Peru's president ordered the expulsion of the Bolivian ambassador.",
     {("Peru's president", "expel", "Bolivian ambassador", F, None)}),
    ("an announced expulsion of officials", "Chile announced the expulsion of four Peruvian officials on Tuesday.",
     {("Chile", "expel", "Peruvian officials", F, None)}),
    ("an announced withdrawal of troops", "Chile announced the withdrawal of 800 Argentine troops.",
     {("Chile", "withdraw", "Argentine troops", F, None)}),
    ("a possessor's expulsion of someone: the possessor expels", "Bolivia protested Chile's expulsion of a Bolivian consul.",
     {("Chile", "expel", "Bolivian consul", F, None)}),
    # "ordered his expulsion": with no "of", the owner is the one expelled (lexicon patient_possessor_nouns)
    ("an owner with no 'of' is the one expelled", "Chile ordered Luis Quispe's expulsion.", {("Chile", "expel", "Luis Quispe", F, None)}),
    # ... so condemning it is no condemning of him (session 46: canada-china-diplomat-expulsion)
    ("condemning one's expulsion does not condemn him", "Bolivia condemned Luis Quispe's expulsion.", set()),
    ("condemning one's decision condemns its owner", "Bolivia condemned Chile's decision.", {("Bolivia", "condemn", "Chile", F, None)}),
    ("an expulsion by no named actor relates no one", "The expulsion of migrants from Chile drew criticism.", set()),
    ("asking for an expulsion is no expulsion", "The senator called for the expulsion of the Bolivian ambassador.", set()),
    # a street, square or hub acted on is a place, no actor (turkey-imamoglu-arrest, serbia-student-protests)
    ("a named boulevard blocked is a place", "In Nairobi, protesters obstructed Kenyatta Boulevard and clashed with police.",
     {("protesters", "clash", "police", F, None)}),
    ("a named square occupied is a place", "Protesters occupied Kenyatta Square in Nairobi.", set()),
    ("a hub named in apposition is a place", "Protesters shut the city's busiest rail junction, Makadara, on Tuesday.", set()),
    ("a street the gazetteer knows still acts", "Downing Street summoned the Russian ambassador.",
     {("United Kingdom", "summon", "Russian ambassador", F, None)}),
    # protests acted on stand for the protesters (turkey-imamoglu-arrest, belarus-prisoner-release,
    # madagascar-genz-coup); protests called, caused or described are an event, no one acted on
    ("protests waved away are the protesters", "William Ruto brushed aside the rallies and dismissed the protests as theatre.",
     {("William Ruto", "dismiss", "protesters", F, None)}),
    ("protests crushed by a named force", "The marches were followed by protests that were crushed by Kenyan police.",
     {("Kenyan police", "crush", "protesters", F, None)}),
    ("protests a leader condemned, after the cause", "The tax bill set off wide protests, condemned by William Ruto as a plot.",
     {("William Ruto", "condemn", "protesters", F, None)}),
    ("a named group's protests keep its name", "William Ruto joined the Kikuyu demonstrations in Nairobi.",
     {("William Ruto", "join", "Kikuyu demonstrators", F, None)}),
    ("a state's own show of force is no protest", "Kenya condemned Ethiopia's military demonstrations near the border.",
     {("Kenya", "condemn", "Ethiopia", F, None)}),
    ("protests called for are no one acted on", "Ana Vargas called for protests across Peru.", set()),
    ("protests set off by an arrest are no act on anyone", "The arrest of Ana Vargas sparked protests in Lima.", set()),
    # a chargé d'affaires is an envoy like an ambassador
    ("recalling one's charge d'affaires", "Kenya recalled its charge d’affaires in Kampala.", {("Kenya", "recall", "Kenyan charge d'affaires", F, None)}),
    ("expelling another state's charge d'affaires", "Peru expelled the Chilean charge d’affaires.", {("Peru", "expel", "Chilean charge d'affaires", F, None)}),
    # sanctions are a measure taken on whom they are "on", whatever verb brings them
    ("sanctions unveiled on a state", "Canada is set to unveil fresh sanctions on Iran.", {("Canada", "unveil sanction", "Iran", F, "future")}),
    # an accusation delivered by any verb is an accusation
    ("accusations levelled against a state", "Kenya has repeatedly levelled accusations against Uganda.", {("Kenya", "accuse", "Uganda", F, None)}),
    # standing with someone is backing them
    ("standing with another state", "Kenya stands with Uganda in this hard time.", {("Kenya", "stand with", "Uganda", F, None)}),
    # an "including" the parser hangs on the verb lists members of its object: they are acted on too
    ("members of the object listed on the verb",
     "Kenya's army on Monday detained the leaders of the ruling party and the civilian government, including Amina Odhiambo and Peter Otieno, along with several ministers.",
     {("Kenyan military", "detain", "Amina Odhiambo", F, None), ("Kenyan military", "detain", "Peter Otieno", F, None)}),
    # who made a coup is the country's army
    ("coup leaders are the army", "Leaders of a coup in Gabon on Monday appointed General Paul Mba as head of state.",
     {("Gabonese military", "appoint", "Paul Mba", F, None)}),
    ("coup leaders of the page's country", "Soldiers seized power in Chad. The coup leaders detained Idriss Kebir.",
     {("Chadian military", "detain", "Idriss Kebir", F, None)}),
    # who is sent speaks for whom the "of" or "from" phrase names
    ("representatives of two states", "Representatives of Chile and Peru began preliminary talks in Lima on Saturday.",
     {("Chile", "hold talks", "Peru", F, None)}),
    ("delegates from two states", "Delegates from Ghana and Togo signed a declaration on Monday.", {("Ghana", "sign declaration", "Togo", F, None)}),
    # a body's name the NER runs on into a place is the body the page names elsewhere
    ("a name run on into its place", "The Rapid Support Forces denied the claim. Egypt hailed talks between the Sudanese Armed Forces and the Rapid Support Forces in Jeddah.",
     {("Sudanese Armed Forces", "hold talks", "Rapid Support Forces", F, None)}),
    # what a person does to or in their own state is no act between two actors
    ("a leader thanking her own country", "Chilean President Ana Vargas thanked her government and Chile for the welcome.", set()),
    ("a leader arriving in another country", "Chilean President Ana Vargas arrived in Peru on Monday.",
     {("Ana Vargas", "arrive", "Peru", F, None)}),
    ("protests a country goes through are no act on the protesters",
     "Peru is experiencing the largest street protests in decades. Chile drew angry protests after the vote.", set()),
    ("protests as the doer are events, not a group", "The protests unsettled William Ruto.", set()),
    ("a ban on protests is no one acted on", "Kenya announced a ban on protests in Nairobi.", set()),
    ("a bare crowd is a group", "Police scattered the crowd with water cannon outside the ministry.",
     {("police", "scatter", "crowd", F, None)}),
    ("a crowd of some people is those people, not a crowd", "Police detained a crowd of farmers outside the ministry.", set()),
    ("bare activists are a group", "Police detained several activists outside the court.",
     {("police", "detain", "activists", F, None)}),
    ("a commanded force does what it is directed to", "Kenyan President William Ruto directed the military to strike drug cartels.",
     {("William Ruto", "direct", "Kenyan military", F, None), ("Kenyan military", "strike", "drug cartels", F, "request")}),
    # a bare "the government" acted on is the actor's own government: no longer dropped as "own side"
    ("a president against the government's decision", "Kenyan President William Ruto denounced the government's decision to close the border.",
     {("William Ruto", "denounce", "Kenya", F, None)}),
    ("an army chief briefs the government", "Kenyan army chief Amina Odhiambo will brief the government on the operation.",
     {("Amina Odhiambo", "brief", "Kenya", F, "future")}),
    # a bare group of no country acting on "the government": the country the page names most
    # (georgia-eu-protests, turkey-imamoglu-arrest)
    ("protesters denounce the page's government", "Kenya raised fuel taxes on Monday. Protesters denounced the government in Nairobi.",
     {("protesters", "denounce", "Kenya", F, None)}),
    ("two countries named alike leave the government open", "Kenya and Uganda signed a deal. Protesters denounced the government.",
     {("Kenya", "sign deal", "Uganda", F, None)}),
    ("no country on the page, no government", "Protesters denounced the government.", set()),
    ("a subject 'the government' names no one", "The government expelled Ugandan diplomats, Kenyan President William Ruto said.", set()),
    # session 9 (recall): a thing handed "to" an actor makes the actor its recipient, whatever the verb
    ("greetings conveyed to someone", "William Ruto conveyed his warm greetings to Yoweri Museveni.",
     {("William Ruto", "convey greetings", "Yoweri Museveni", F, None)}),
    ("funds allocated to an organisation", "The Kenyan government plans to allocate new funds to the African Union.",
     {("Kenya", "allocate", "African Union", F, "future")}),
    # a plan is future by the guidelines, not a possibility (north-korea-russia, us-china-trade,
    # india-pakistan-2025); hoping or trying stays hypothetical (issue 17: "plans to meet" -> future meet)
    ("a planned meeting is future", "Gustavo Petro plans to meet Nicolas Maduro next week.",
     {("Gustavo Petro", "meet", "Nicolas Maduro", F, "future")}),
    ("a planned visit is future", "Emmanuel Macron intends to visit Algeria in May.",
     {("Emmanuel Macron", "visit", "Algeria", F, "future")}),
    ("a plan in progress is future", "Nigeria is planning to host Ghana's president in June.",
     {("Nigeria", "host", "Ghana's president", F, "future")}),
    ("an expected meeting is future", "Gustavo Petro is expected to meet Nicolas Maduro on Friday.",
     {("Gustavo Petro", "meet", "Nicolas Maduro", F, "future")}),
    ("a scheduled visit is future", "Emmanuel Macron was scheduled to visit Senegal.",
     {("Emmanuel Macron", "visit", "Senegal", F, "future")}),
    ("a meeting believed held is no plan", "Gustavo Petro is believed to have met Nicolas Maduro.",
     {("Gustavo Petro", "meet", "Nicolas Maduro", F, None)}),
    # an infinitive on a noun of intent is a plan; "no plans to" denies it (us-china-trade,
    # canada-us-tariffs)
    ("announced plans to visit", "Gustavo Petro announced plans to visit Argentina in April.",
     {("Gustavo Petro", "visit", "Argentina", F, "future")}),
    ("no plans to meet", "Gustavo Petro has no plans to meet Javier Milei.",
     {("Gustavo Petro", "meet", "Javier Milei", True, "future")}),
    ("not having plans to visit", "Gustavo Petro does not have plans to visit Argentina.",
     {("Gustavo Petro", "visit", "Argentina", True, "future")}),
    ("an attempt stays hypothetical", "Senegal is trying to mediate between Mali and Guinea.",
     {("Senegal", "mediate", "Mali", F, "hypothetical"), ("Senegal", "mediate", "Guinea", F, "hypothetical")}),
    ("tanks moved to a border are no recipient", "The Ugandan army moved its tanks to the border with Kenya.", set()),
    # a "will" reported in the past is a plan; a condition keeps it hypothetical
    ("a reported will is a plan", "Kenya announced that it would expel Ugandan diplomats.", {("Kenya", "expel", "Ugandan diplomats", F, "future")}),
    ("a reported will with a condition stays hypothetical", "Peru said it would sanction Chile if the talks failed.",
     {("Peru", "sanction", "Chile", F, "hypothetical")}),
    # subjects the parser hung on the opening phrase ("In a deal sealed in X, A and B agreed")
    ("subjects after an opening phrase", "At a summit in Nairobi, William Ruto and Yoweri Museveni signed a trade pact.",
     {("William Ruto", "sign pact", "Yoweri Museveni", F, None)}),
    ("joint subjects after an opening phrase", "After talks in Accra, Ghana and Togo also agreed to expel Nigerian diplomats.",
     {("Ghana", "agree", "Togo", F, None), ("Ghana", "expel", "Nigerian diplomats", F, "future"), ("Togo", "expel", "Nigerian diplomats", F, "future")}),
    ("a list of places is no subject", "In Lima, Peru and Chile, protests continued.", set()),
    # a joint event done by conjoined agents, or between two parties, relates them
    ("a treaty signed by two", "The border treaty, signed by William Ruto and Yoweri Museveni last year, still holds.",
     {("William Ruto", "sign treaty", "Yoweri Museveni", F, None)}),
    ("an accord signed between two", "Ministers praised the trade accord signed between Peru and Chile.",
     {("Peru", "sign accord", "Chile", F, None)}),
    ("talks resumed between two", "Talks resumed between Peru and Chile on Monday.", {("Peru", "hold talks", "Chile", F, None)}),
    ("an accord not signed relates no one", "The accord was not signed by Peru and Chile.", set()),
    ("an agreement forced on someone: its imposers are no parties", "Kenya accepted an agreement forced on it by Uganda and Tanzania.", set()),
    # session 9, false edges: an event noun is the subject's act only when the subject does it
    ("denouncing attacks in a country is not attacking it", "The Kenyan minister denounced the rocket attacks in Somalia.", set()),
    ("own airstrikes in a country still attack it", "Kenyan jets carried out fresh airstrikes in Somalia.",
     {("Kenya", "strike", "Somalia", F, None)}),
    ("someone else's struggle against a country", "Kenya pledged to defend the rights of Somalis in their struggle against Ethiopia.",
     {("Kenya", "defend", "Somalis", F, "future")}),
    ("sanctions asked for against a country still relate the two", "Kenya called for sanctions against Ethiopia.",
     {("Kenya", "call for", "Ethiopia", F, None)}),
    # a second direct object of one verb is a misparse, not the verb's object
    ("a quoted operation name parsed as a second object",
     ('Egypt had renewed its "firm backing" for all goals of Ethiopia\u2019s so-called "peace operation" in Somalia.'), set()),
    ("a campaign with a participle clause still relates both", ("In March 2023, Ethiopia carried out a large-scale bombing "
     "campaign in Somalia, badly weakening al-Shabaab, which was then followed by a ground invasion."),
     {("Ethiopia", "carry out campaign", "Somalia", F, None), ("Ethiopia", "weaken", "Al-Shabaab", F, None)}),
    # the name of an operation, a meeting or an agreement is no actor
    ("a named conference is no actor", "The Nigerian minister backed the Abuja Conference.", set()),
    ("a named operation is no actor", "Nigerian President Bola Tinubu praised Operation Hadin Kai.", set()),
    ("an organisation named after a treaty still acts", "The North Atlantic Treaty Organization warned Russia.",
     {("NATO", "warn", "Russia", F, None)}),
    # an infinitive after a topic or a recipient is not the main subject's act
    ("the operation briefed on is not the briefer's", ("Kenyan army chief Amina Odhiambo will brief the government on "
     "the operation to disarm al-Shabaab."), {("Amina Odhiambo", "brief", "Kenya", F, "future")}),
    ("permission given is for the recipient to act", ("Kenyan President William Ruto said he would not give permission "
     "to Uganda to attack Somalia."), {("William Ruto", "give permission", "Uganda", True, "future")}),  # a reported "will not"
    ("a purpose clause after a place is still the subject's", "Kenya bombed camps in Somalia to weaken al-Shabaab.",
     {("Kenya", "bomb", "Somalia", F, None), ("Kenya", "weaken", "Al-Shabaab", F, None)}),
    # session 9, hard-tier misses: "in support of Y" / "in solidarity with Y" / "in appreciation of Y's efforts"
    ("'in support of' names whom the doer backs", "The Houthis fired missiles at Israel in support of Hamas.",
     {("Houthis", "fire", "Israel", F, None), ("Houthis", "support", "Hamas", F, None)}),
    ("support of a thing is no edge", "The Houthis fired missiles at Israel in support of the ceasefire talks.",
     {("Houthis", "fire", "Israel", F, None)}),
    ("'in solidarity with' is the stance's partner, not the verb's", "The Houthis attacked Israel in solidarity with Hamas.",
     {("Houthis", "attack", "Israel", F, None), ("Houthis", "support", "Hamas", F, None)}),
    ("appreciation of someone's efforts", "\"The talks went well,\" William Ruto remarked in appreciation of Yoweri Museveni's efforts.",
     {("William Ruto", "praise", "Yoweri Museveni", F, None)}),
    ("appreciation of a thing is no edge", "William Ruto spoke in appreciation of the mediation.", set()),
    ("an event noun's agent backs", "The sending of Eritrean soldiers in support of Ethiopian operations angered Sudan.",
     {("Eritrean soldiers", "support", "Ethiopia", F, None)}),
    # session 9, hard-tier misses: "X's efforts / decision / attempts to V Y" are X's act
    ("an owner's efforts to act are the owner's act", "The cabinet discussed the Kenyan army's efforts to disarm al-Shabaab.",
     {("Kenyan army", "disarm", "Al-Shabaab", F, None)}),
    ("efforts with no owner name no doer", "The cabinet discussed efforts to disarm al-Shabaab.", set()),
    # an active participle on an actor noun is that actor's act; on a thing, or set off by commas, not
    ("a participle on an actor noun is its act", "The minister met Kenyan soldiers supporting Somalia.",
     {("Kenyan soldiers", "support", "Somalia", F, None)}),
    ("a participle on a thing names no doer", "The chief visited monuments honouring Kenyan soldiers.", set()),
    ("a participle on a named place says where it lies", "The hills stretch from the Garissa Province bordering Somalia to the coast.",
     set()),
    ("a participle through a reduced passive", "The minister mourned Kenyan soldiers killed supporting Somalia.",
     {("Kenyan soldiers", "support", "Somalia", F, None)}),
    ("a participle between commas is a side remark", "Kenyan President William Ruto, speaking in Nairobi, thanked Somalia.",
     {("William Ruto", "thank", "Somalia", F, None)}),
    # session 9, hard-tier misses: "following a request from Y", "faces scrutiny from Y": Y acts on the clause's doer
    ("a request a clause follows is made of its doers", "Kenya and Uganda appointed envoys, following a request from Ethiopia.",
     {("Ethiopia", "request", "Kenya", F, None), ("Ethiopia", "request", "Uganda", F, None)}),
    ("scrutiny faced comes from its source", "William Ruto faces growing scrutiny from Uganda.",
     {("Uganda", "scrutinize", "William Ruto", F, None)}),
    ("threats that are countered name no target", "Kenya deployed ships to counter the threats from pirates.", set()),
    # actors (issue 17): an acronym the page defines is its full name's organisation, also where
    # the NER missed the acronym (india-pakistan-2025 "(IAF)", georgia-eu-protests "(MIA)")
    ("a defined acronym is what its full name is", "The Kenya Defence Forces (KDF) attacked Somalia. Later the KDF shelled Ethiopia.",
     {("Kenyan military", "attack", "Somalia", F, None), ("Kenyan military", "shell", "Ethiopia", F, None)}),
    ("a defined acronym the NER missed", "The Rapid Response Unit (RRU) shelled camps on Monday. Later the RRU attacked Somalia.",
     {("Rapid Response Unit", "attack", "Somalia", F, None)}),
    ("a defined acronym with a connector", "The Ministry of Public Security (MPS) warned protesters. On Friday the MPS accused Belarus.",
     {("Ministry of Public Security", "warn", "protesters", F, None), ("Ministry of Public Security", "accuse", "Belarus", F, None)}),
    ("an acronym inside a longer name is left to it", "The Kenya Defence Forces (KDF) met Uganda. KDF chief Ali Omar met Uganda.",
     {("Kenyan military", "meet", "Uganda", F, None), ("Ali Omar", "meet", "Uganda", F, None)}),
    # a bare group keeps the names it is known by (madagascar-genz-coup "Gen Z protesters", venezuela-us "drug cartels")
    ("a bare group named by a generation", "Gen Z protesters denounced President William Ruto.",
     {("Gen Z protesters", "denounce", "William Ruto", F, None)}),
    # a capital or demonym the NER took for a person still names the country of its noun phrase
    # (north-korea-russia "Kyiv's forces", madagascar-genz-coup "the Malagasy armed forces")
    ("a capital typed as a person is the forces' country", "North Korea sent troops to oust Kyiv's forces.",
     {("North Korea", "oust", "Ukrainian military", F, None)}),
    # factions or groups named by a nationality or home are a group of their own
    # (israel-hezbollah-lebanon "Palestinian factions", india-pakistan-2025 "Pakistan-based groups")
    ("factions named by a nationality", "Kenya attacked Somali factions on Monday.",
     {("Kenya", "attack", "Somali factions", F, None)}),
    ("groups named by their base", "Uganda blamed Kenya-based groups for the raid.",
     {("Uganda", "blame", "Kenya-based groups", F, None)}),
    # recall3: a support verb's object noun named after a material act, with that act's participant
    # (dev: israel-hezbollah-lebanon "disarmament of", us-china-trade "purchases from")
    ("a noun named after a material act", "The Somali army completed the disarmament of al-Shabaab.",
     {("Somali army", "disarm", "Al-Shabaab", F, None)}),
    ("a noun act's partner hung on the verb", "Kenya resumed maize purchases from Uganda.",
     {("Kenya", "purchase", "Uganda", F, None)}),
    ("a noun named after no act of one actor on another", "Kenya continued the development of its ports with Uganda.", set()),
    ("speaking of a noun act is not doing it", "Kenya announced the disarmament of al-Shabaab.", set()),
    # recall3: a subject stranded on the opening phrase as a role with its name in apposition
    # (dev: madagascar-genz-coup; the conjoined form: armenia-azerbaijan-peace, us-china-trade)
    ("a role and its name after an opening phrase", "Following days of clashes along the border, a senior army officer, Omar Farouk, accused Kenya.",
     {("Omar Farouk", "accuse", "Kenya", F, None)}),
    # recall3: one actor compounded onto a joint event noun is the subject's partner in it
    # (dev: georgia-eu-protests "EU accession negotiations", north-korea-russia "ASEAN meetings")
    ("an actor compounded onto talks", "Kenya suspended EU trade talks.",
     {("Kenya", "suspend talks", "European Union", F, None)}),
    ("attending an organisation's meetings", "The Kenyan foreign minister attended AU meetings in Addis Ababa.",
     {("Kenyan foreign minister", "attend", "African Union", F, None)}),
    ("speaking of an event is no part in it", "Kenya praised the Somalia peace talks.", set()),
    # recall3: a gerund after an adverbial preposition is the clause subject's act (dev:
    # israel-hezbollah-lebanon, venezuela-us, us-china-trade, armenia-azerbaijan-peace)
    ("after doing: the clause's subject", "William Ruto returned to Nairobi after meeting Yoweri Museveni.",
     {("William Ruto", "meet", "Yoweri Museveni", F, None)}),
    ("succeeding in doing", "Kenya succeeded in disarming al-Shabaab.", {("Kenya", "disarm", "Al-Shabaab", F, None)}),
    ("an 'in' after an object belongs to it", "The Kenyan army played a key role in getting aid to Somalia.", set()),
    # recall6: a gerund on the object noun of a support verb is the subject's act, denied with
    # the noun (dev: israel-hezbollah-lebanon "initiated the process of disarming",
    # south-korea-yoon-impeachment "expressed support for impeaching"; canada-us-tariffs "no intention of meeting")
    ("the process of doing", "The Kenyan army began the process of disarming Somali rebels.",
     {("Kenyan army", "disarm", "Somali rebels", F, None)}),
    ("support for doing", "William Ruto voiced support for expelling the Ugandan envoy.",
     {("William Ruto", "expel", "Ugandan envoy", F, None)}),
    ("no intention of doing", "William Ruto said he had no intention of meeting Yoweri Museveni.",
     {("William Ruto", "meet", "Yoweri Museveni", True, None)}),
    ("a gerund on a noun no support verb takes", "Kenya opposed the idea of arming Somalia.", set()),
    # recall6: a known surname that spells an English verb is read as a name by the parser (dev:
    # nigeria-us-threat, canada-us-tariffs: the sentence was parsed as one noun phrase)
    ("a surname that spells a verb", "Trump threatened punitive action against Kenya.",
     {("Donald Trump", "threaten action", "Kenya", F, None)}),
    ("a surname that spells a verb, after 'after'", "The row came a week after Trump hosted President William Ruto at the White House.",
     {("Donald Trump", "host", "William Ruto", F, None)}),
    # recall6: inking or sealing an agreement is signing it (dev: armenia-azerbaijan-peace, us-china-trade)
    ("two leaders inked an accord", "Kenyan President William Ruto and Ugandan President Yoweri Museveni inked a border accord.",
     {("William Ruto", "agree", "Yoweri Museveni", F, None)}),
    ("two states sealed a deal", "Ghana and Togo sealed a trade deal in Lome.", {("Ghana", "seal deal", "Togo", F, None)}),
    # the one accused does the gerund's act, a statement of its own (lexicon charging_verbs: 97 dev gold
    # records in 32 stories); not yet the one blamed or praised (their only dev rows were false)
    ("accused of doing: the object does it", "Kenya accused Uganda of arming al-Shabaab.",
     {("Kenya", "accuse", "Uganda", F, None), ("Uganda", "arm", "Al-Shabaab", F, None)}),
    ("blamed for doing: only the blame", "Ghana blamed Togo for shelling Benin.", {("Ghana", "blame", "Togo", F, None)}),
    ("accused in the passive", "Togo was accused of arming the Ghanaian army.", {("Togo", "arm", "Ghanaian army", F, None)}),
    # the allegations "made by" someone are that one's (kg.extract.mentions.AUTHORING_VERBS: two dev stories)
    ("denying allegations made by a state", "Togo denied the allegations made by Ghana.", {("Togo", "deny", "Ghana", F, None)}),
    ("an action taken by two states is no act on each other", "He said the action taken by Ghana and Benin should act as a signal to Togo.", set()),
    # (since session 40 the accused "it" is the state acted on: kg.extract.mentions.accused_before)
    ("an accused 'it' is no subject of its clause", "Ghana closed its border with Togo, accusing it of arming Beninese rebels.",
     {("Ghana", "close", "Togo", F, None), ("Ghana", "accuse", "Togo", F, None), ("Togo", "arm", "Beninese rebels", F, None)}),
    # whom an act is blamed "on" is the one blamed (lexicon prep_objects "on": india-pakistan-2025, sudan-coup-2021)
    ("blaming an act on a group", "The raid, which Ghana blames on Togolese rebels, killed ten people.",
     {("Ghana", "blame", "Togolese rebels", F, None)}),
    ("support for doing is no charge", "Ghana voiced support for expelling the Togolese envoy.", {("Ghana", "expel", "Togolese envoy", F, None)}),
    # recall3: an expressed esteem is for whom it names (dev: madagascar-genz-coup, armenia-azerbaijan-peace)
    ("gratitude for someone's act", "William Ruto expressed gratitude for Yoweri Museveni's mediation.",
     {("William Ruto", "express gratitude", "Yoweri Museveni", F, None)}),
    # a definite description of a state refers back to the country of the document that fits it
    # (issue 17): a region word ("the South American nation": venezuela-us; "the Eastern European
    # nation": belarus-prisoner-release); a "<nationality> proxy state" is not that nationality
    ("a region description is the country there", "Kenya sent envoys to Peru. Later Kenya lifted sanctions on the South American country.",
     {("Kenya", "send envoys", "Peru", F, None), ("Kenya", "lift sanctions", "Peru", F, None)}),
    ("a region description skips a country elsewhere", "Peru and Ghana signed a deal. On Monday Kenya imposed sanctions on the West African nation.",
     {("Peru", "sign deal", "Ghana", F, None), ("Kenya", "impose sanctions", "Ghana", F, None)}),
    ("no country of the region: no actor", "Kenya sent envoys to Peru. Later Kenya lifted sanctions on the Central Asian nation.",
     {("Kenya", "send envoys", "Peru", F, None)}),
    ("a proxy state is not its patron, nor one of two", "Moldova praised Ukraine after Kenya agreed to lift sanctions on the Russian proxy state.",
     {("Moldova", "praise", "Ukraine", F, None)}),
    ("a proxy state is the country it is said of", "Moldova released prisoners after Kenya agreed to lift sanctions on the Russian proxy state.",
     {("Kenya", "lift sanctions", "Moldova", F, "future")}),
    ("a broad region: the country named most and last", "Kenya criticised Japan on Monday. Kenya also warned Japan. Later, Kenya praised the Asian country.",
     {("Kenya", "criticize", "Japan", F, None), ("Kenya", "warn", "Japan", F, None), ("Kenya", "praise", "Japan", F, None)}),
    ("named most and named last disagree: no actor",
     "Kenya criticised Japan on Monday. Kenya also warned Japan. Xi Jinping met Ruto, and later Kenya praised the Asian country.",
     {("Kenya", "criticize", "Japan", F, None), ("Kenya", "warn", "Japan", F, None)}),
    # a bare "the country" as an object is the country the page leads with, not the clause's own
    # subject's (nor a president's state); only in a typed act on it (dev nigeria-us-threat; the
    # resolution also fits niger-coup-france-ambassador, whose "leave the country" is a journey)
    ("a bare 'the country' is the country named before", "Chilean President Gabriel Boric sent troops to Peru, accusing the country of fraud.",
     {("Gabriel Boric", "send troops", "Peru", F, None), ("Gabriel Boric", "accuse", "Peru", F, None)}),
    ("leaving the country is no act on it", "Peru held elections. Peru expelled the Chilean envoy Gabriel Boric, who then fled the country.",
     {("Peru", "expel", "Gabriel Boric", F, None)}),
    ("an untyped verb on the country is no act on it", "Peru held elections. Chile threatened Peru, and Gabriel Boric plunged the country into chaos.",
     {("Chile", "threaten", "Peru", F, None)}),
    ("the island nation is the latest island", "Kenya praised Madagascar. Later Kenya lifted sanctions on the island nation.",
     {("Kenya", "praise", "Madagascar", F, None), ("Kenya", "lift sanctions", "Madagascar", F, None)}),
    ("the other country is no description", "Kenya met Peru. Later Kenya lifted sanctions on the other country.",
     {("Kenya", "meet", "Peru", F, None)}),
    # a hyphenated prefix is part of its word: the tokenizer had cut "re-imposed" into three words and the
    # parser lost the clause (session 47: kg.nlp.model.keep_prefixed_words; dev india-pakistan-balakot-2019,
    # nicaragua-taiwan-switch-2021, belarus-prisoner-release)
    ("a verb done again is that verb", "Ghana re-imposed sanctions on Togo last week.",
     {("Ghana", "impose sanctions", "Togo", F, None)}),
    ("re-entering a state's airspace enters it", "Chile re-entered Peruvian airspace on Monday.",
     {("Chile", "enter", "Peru", F, None)}),
    ("a verb written with co- is the verb written whole", "Ghana and Togo will co-operate on fishing.",
     {("Ghana", "cooperate", "Togo", F, "future")}),
    # a descriptive apposition says whose ally or foe a government is, not whose government it is (session 47,
    # kg.extract.mentions.nationality_hints: dev venezuela-us "Maduro's government — a longtime U.S. foe —")
    ("an apposition gives a government no nationality", "Kenya accused Vladimir Putin's government, a longtime Chinese ally, of arming rebels.",
     {("Kenya", "accuse", "Russia", F, None)}),
    # "as well as" adds a conjunct to the argument before it, however the parser hangs it (session 47:
    # kg.extract.mentions.as_well_as; dev israel-iran-damascus-consulate-2024)
    ("as well as adds to a prepositional object", "Moscow sells weapons to Damascus, as well as Tehran and other allies.",
     {("Russia", "sell", "Syria", F, None), ("Russia", "sell", "Iran", F, None)}),
    ("as well as adds to a direct object", "Kenya criticized Uganda, as well as Rwanda, for the raid.",
     {("Kenya", "criticize", "Uganda", F, None), ("Kenya", "criticize", "Rwanda", F, None)}),
    # the West is a group actor of its own (belarus-prisoner-release, north-korea-russia)
    ("the West as an object", "Kenya criticized the West.", {("Kenya", "criticize", "West", F, None)}),
    ("Western governments are the West", "Western governments had shunned Mr Museveni for years.",
     {("West", "shun", "Museveni", F, None)}),
    # ... however the NER tags "Western" (session 46: a NORP "Western" had left "Western countries" no one;
    # dev navalny-death-sanctions-2024 "Western leaders")
    ("Western countries as an object", "Uganda accused Western countries of hypocrisy.", {("Uganda", "accuse", "West", F, None)}),
    # the leaders, officials or allies of the West are the West too, whoever's allies they are (session 47:
    # dev navalny-death-sanctions-2024 "Western leaders", armenia-russia-rift "its Western allies")
    ("Western politicians are the West", "Western politicians were quick to blame Alexander Lukashenko for the crash.",
     {("West", "blame", "Alexander Lukashenko", F, None)}),
    ("a state's Western allies are the West", "Moldova has leaned on its Western allies for years.",
     {("Moldova", "lean", "West", F, None)}),
    ("Western and other governments say more than the West", "Uganda accused Western and Arab governments of hypocrisy.", set()),
    ("Western as the agent of an event noun", "Western sanctions on Uganda were tightened in 2021.",
     {("West", "sanction", "Uganda", F, None)}),
    ("a western thing or a place named West is no actor", "Kenya attacked targets in the West Bank. Uganda praised the western coast.", set()),
    # a surname with lower-case particles that the NER cuts ("Ms von der" + "Leyen") is one name, and the
    # surname of the full name the page wrote (kg.nlp.model._particle_split, kg.resolve.actors: dev
    # uk-eu-windsor-framework-2023, macron-xi-beijing-visit-2023, tunisia-eu-migration-deal-2023)
    ("a titled particle surname the NER cut is one name", "Mr Mahama and Ms von der Leyen announced the agreement in Accra.",
     {("Mahama", "agree", "Ursula von der Leyen", F, None)}),
    ("a bare particle surname is the full name", "Ursula von der Leyen flew to Accra. In a call with Mahama, von der Leyen praised Ghana.",
     {("Ursula von der Leyen", "praise", "Ghana", F, None)}),
    # what one tells may be a press event: the press is told (kg.extract.verbs.press_audience: dev
    # russia-georgia-war-2008, czech-russia-vrbetice-expulsions-2021, duterte-icc-arrest-2025)
    ("telling a news conference is telling reporters", "President John Mahama told a news conference in Accra that the border would reopen.",
     {("John Mahama", "tell", "reporters", F, None)}),
    ("telling a briefing is telling reporters", "\"The border stays shut,\" President John Mahama told a briefing.",
     {("John Mahama", "tell", "reporters", F, None)}),
    ("telling a conference of others is not", "President John Mahama told a conference of farmers that prices would rise.", set()),
    # a crisis a verb acts on is no act between the parties; one "between" them, as a noun phrase of its
    # own, still relates them (lexicon verbless_event_nouns: eu-turkey-migrant-deal-2016, blinken-beijing-visit-2023)
    ("easing a crisis is no act on the partner", "Ghana and Togo signed a deal to ease the refugee crisis.",
     {("Ghana", "sign deal", "Togo", F, None)}),
    ("using a country's crisis is no act on it", "Benin says it will not allow Ghana to use the Togo crisis to its benefit.",
     {("Benin", "allow", "Ghana", True, "future")}),
    ("a crisis between two states relates them", "The call came amid the worst diplomatic crisis between Ghana and Togo in years.",
     {("Ghana", "dispute", "Togo", F, None)}),
    # a role a group qualifies is the one person named with that role and that group's name, even
    # after it, as in a headline above the story (kg.resolve.actors._body_role_holder: mozambique-renamo-peace-2019,
    # a widening of the state-qualified role holder on one story)
    ("a party's leader in a headline is the one named below", "The NPP leader met Togo.\n\nNPP leader Kofi Boateng spoke in Lome.",
     {("Kofi Boateng", "meet", "Togo", F, None)}),
    ("a party's leader with two named leaders of it stays unresolved",
     "The NPP leader met Togo.\n\nNPP leader Kofi Boateng thanked former NPP leader Ama Mensah.",
     {("Kofi Boateng", "thank", "Ama Mensah", F, None)}),
    # striking or clinching a deal with someone is reaching one with them, however the parser hangs the
    # "with" (lexicon support_verbs: eu-turkey-migrant-deal-2016, somalia-ethiopia-ankara-declaration-2024,
    # uk-france-small-boats-deal-2023); striking targets stays an attack
    ("a deal struck with a partner", "Ghana struck a deal with Togo on the border.", {("Ghana", "agree", "Togo", F, None)}),
    ("an accord clinched with a partner", "Kenya clinched an accord with Uganda over the lake.", {("Kenya", "agree", "Uganda", F, None)}),
    ("striking a place is still an attack", "Ghana's jets struck Togo on Monday.", {("Ghana", "strike", "Togo", F, None)}),
    # a state's firm or authority named after it is an organisation of its own, not the state
    # (kg.nlp.model.ORGANISATION_HEADS: azerbaijan-plane-downing, zimbabwe-mugabe-coup, sri-lanka-china-hambantota-lease-2017)
    ("a state's port firm and port authority", "Ghana Ports Holdings sued the Togo Ports Authority.",
     {("Ghana Ports Holdings", "sue", "Togo Ports Authority", F, None)}),
    ("a state's airline", "Uganda Airlines sued Kenya over the landing fees.", {("Uganda Airlines", "sue", "Kenya", F, None)}),
    ("a state's broadcaster", "The Kenya Broadcasting Corp interviewed President Ruto.",
     {("Kenya Broadcasting Corp", "interview", "Ruto", F, None)}),
    # the international community is a group actor of its own (kg.extract.mentions.community_mention:
    # ethiopia-eritrea-sea-access, kenya-somalia-icj-maritime-2021, crimea-annexation-2014)
    ("the international community is urged and acts on request", "Ghana urged the international community to isolate Togo.",
     {("Ghana", "urge", "international community", F, None), ("international community", "isolate", "Togo", F, "request")}),
    ("the world community as a subject", "The world community condemned Togo on Friday.",
     {("international community", "condemn", "Togo", F, None)}),
    ("another community is no actor", "The local community welcomed Togo's envoy.", set()),
    # a subject "it" after a thing the clause it hangs on judges (what is condemned or spoken
    # against, a copula's subject) may be that thing: unresolved (canada-us-tariffs, armenia-azerbaijan-peace)
    ("'it' after a thing object is unresolved", "The Ruto Institute condemned the film, saying it distorted Mandela's views.", set()),
    ("'it' after a thing spoken against is unresolved", "The Kenyan ministry spoke out against the poster, claiming it insulted Uganda.", set()),
    ("'it' after a thing subject of 'be' is unresolved",
     "Tanzania hosted the summit in Arusha. Kenya's involvement is significant, as it weakens Uganda's role in the region.", set()),
    # leading a body is holding an office, no act on it (israel-hezbollah-lebanon, nigeria-us-threat)
    ("the head of a state's authorities does not act on the state",
     "The Kenyan authorities, led by President William Ruto, summoned the Ugandan ambassador.",
     # the leader acts with the body (below); the unnamed ambassador is the role (news/GUIDELINES.md)
     {("Kenya", "summon", "Ugandan ambassador", F, None), ("William Ruto", "summon", "Ugandan ambassador", F, None)}),
    ("a commander does not act on his own force", "Ghanaian troops, led by General Kofi Mensah, attacked rebels in Togo.", set()),
    ("'it' after the thing a material act makes stays the doer", "Tanzania hosted talks. Israel also carried out an airstrike in Syria, saying it struck Hezbollah.",
     {("Israel", "strike", "Syria", F, None), ("Israel", "strike", "Hezbollah", F, None)}),
    ("'it' with no thing before stays the speaker", "Kenya said it would sanction Uganda.", {("Kenya", "sanction", "Uganda", F, "future")}),
    # a body that acts names the people in it: a member ("including X") or a leader ("led by X")
    # does the body's act too (canada-us-tariffs, nigeria-us-threat, israel-hezbollah-lebanon);
    # leading one's own body is a standing, no act; the members are never paired with the body
    ("a member named with 'including' acts with the body",
     "Kenyan ministers, including Trade Minister Amina Odhiambo, condemned Uganda.",
     {("Kenyan ministers", "condemn", "Uganda", F, None), ("Amina Odhiambo", "condemn", "Uganda", F, None)}),
    ("a leader named with 'led by' acts with the body, and leads no one",
     "Ghanaian authorities, led by President John Mahama, summoned the Togolese ambassador.",
     {("Ghana", "summon", "Togolese ambassador", F, None), ("John Mahama", "summon", "Togolese ambassador", F, None)}),
    ("a member's act carries into the participle", "Nigerian officials, including Amina Odhiambo, criticized Ghana, blaming Accra for the delay.",
     {("Nigerian officials", "criticize", "Ghana", F, None), ("Amina Odhiambo", "criticize", "Ghana", F, None),
      ("Nigerian officials", "blame", "Ghana", F, None), ("Amina Odhiambo", "blame", "Ghana", F, None)}),
    ("a member does not meet their own body", "Kenyan officials, including Trade Minister Amina Odhiambo, met on Monday.", set()),
    # a verb of judgement on something an actor owns judges the owner, whatever the thing
    # (canada-us-tariffs, nigeria-us-threat, us-china-trade); support is not judgement
    ("condemning someone's thing condemns them", "The Mandela Foundation condemned Kenya's broadcast.",
     {("Mandela Foundation", "condemn", "Kenya", F, None)}),
    ("praising someone's pledges praises them", "President William Ruto hailed President Yoweri Museveni's pledges on trade.",
     {("William Ruto", "hail", "Yoweri Museveni", F, None)}),
    ("backing someone's removal is no backing of them", "Ghana supported Museveni's removal.", set()),
    ("a judged thing named after a comma is that name's", "Ghana rejected Kenya's nominee, Amina Odhiambo.",
     {("Ghana", "reject", "Amina Odhiambo", F, None)}),
    ("an owned thing of another verb stays a thing", "Ghana photographed Kenya's broadcast.", set()),
    ("a country named as a member stays a member", "The Kenyan delegation, including envoys of Uganda, condemned Sudan.",
     {("Kenyan delegation", "condemn", "Sudan", F, None)}),
    # a verb that stops an event noun (lexicon termination_verbs) takes that noun's participant as
    # a support verb does, even when the preposition hangs on the noun ("all aid to" a country), and
    # the relation is the stopping with its noun (nigeria-us-threat, canada-us-tariffs)
    ("stopping all aid to a country", "Ghana would stop all aid to Togo.",
     {("Ghana", "stop aid", "Togo", F, "hypothetical")}),
    ("ending negotiations with a country", "Kenya decided to terminate negotiations with Uganda.",
     {("Kenya", "terminate negotiations", "Uganda", F, None)}),
    ("stopping something that names no event and no actor", "Kenya stopped the shipment of maize.", set()),
    # the leaders or officials of a people or region with no state are a group of their own, as its
    # forces are (kg.extract.mentions.stateless_forces: crimea-annexation-2014, navalny-death-sanctions,
    # poland-belarus-border-crisis-2021); a state's officials stay the state's
    ("a stateless people's officials", "Catalan officials condemned Spain on Monday.", {("Catalan officials", "condemn", "Spain", F, None)}),
    ("a region's leaders meet", "Basque leaders met Pedro Sanchez in Madrid.", {("Basque leaders", "meet", "Pedro Sanchez", F, None)}),
    ("a state's officials", "Ghanaian officials condemned Togo.", {("Ghanaian officials", "condemn", "Togo", F, None)}),
    # leaving a building is moving out of a place, not acting on the body that shares its name
    # (kg.extract.verbs.departure: duterte-icc-arrest-2025, peru-castillo-ouster-2022)
    ("leaving an airport", "Kofi Mensah was not allowed to leave the Kotoka International Airport.", set()),
    ("leaving a headquarters", "Police stopped Kofi Mensah as he was leaving the Government headquarters in Accra.",
     {("police", "stop", "Kofi Mensah", F, None)}),
    ("leaving an alliance", "Ghana will leave ECOWAS next year.", {("Ghana", "leave", "ECOWAS", F, "future")}),
    # the infinitive right after a joint declaration or a compromise the parties agreed on is its aim,
    # however the parser hangs it (kg.extract.verbs.agreement_purpose: somalia-ethiopia-ankara-declaration-2024)
    ("a declaration's aim is no act", "Kenya and Uganda agreed on a joint declaration to resolve their dispute.",
     {("Kenya", "agree", "Uganda", F, None)}),
    ("what the parties agree to do is", "Kenya and Uganda agreed to restore ties with Sudan.",
     {("Kenya", "agree", "Uganda", F, None), ("Kenya", "restore ties", "Sudan", F, "future"), ("Uganda", "restore ties", "Sudan", F, "future")}),
    # whoever urges "both sides" is neither side, even when the page named them before (kg.resolve.references.
    # pair_member, the pair's clause subject: sudan-jeddah-talks-2023, four pages)
    ("the urgers are no side", "Kenya and Uganda met in Nairobi on Monday.\n\nKenya and Uganda urged both sides to talk.",
     {("Kenya", "meet", "Uganda", F, None)}),
    ("the sides named before", "Ghana and Togo clashed on the border.\n\nKenya and Uganda urged both sides to talk.",
     {("Ghana", "clash", "Togo", F, None), ("Kenya", "urge", "Ghana", F, None), ("Kenya", "urge", "Togo", F, None),
      ("Uganda", "urge", "Ghana", F, None), ("Uganda", "urge", "Togo", F, None), ("Ghana", "talk", "Togo", F, "request")}),
    # a headline's two countries joined by a comma are both its subject, however the parser hangs the
    # first (kg.extract.mentions._paired_country, _country_paired_before: turkey-syria-peace-spring-2019,
    # serbia-kosovo-license-plates-2022); a country after its city is a place, not a second subject
    ("two countries, a comma, one verb", "Ghana, Togo agree to end border dispute with Mali",
     {("Ghana", "end dispute", "Mali", F, "future"), ("Togo", "end dispute", "Mali", F, "future"), ("Togo", "agree", "Ghana", F, None)}),
    ("two countries condemn a third", "Kenya, Uganda condemn Sudan", {("Kenya", "condemn", "Sudan", F, None), ("Uganda", "condemn", "Sudan", F, None)}),
    ("a city and its country are one place", "Accra, Ghana, condemned Togo on Monday.", {("Ghana", "condemn", "Togo", F, None)}),
    # breaking ties or a deal ends it like severing (ecuador-mexico-embassy-raid, israel-hezbollah-lebanon);
    # suspending an act named after a verb is the suspension, not the act (saudi-canada-diplomatic-row-2018)
    ("breaking ties with a country", "Ghana is breaking diplomatic ties with Togo.", {("Ghana", "break ties", "Togo", F, None)}),
    ("suspending trade with a country", "Kenya suspended new trade with Uganda.", {("Kenya", "suspend trade", "Uganda", F, None)}),
    # a country named before an adjective of an agent event noun is its agent, however the parser
    # attaches it (belarus-prisoner-release, venezuela-us)
    ("a country before an adjective is the agent", "This US diplomatic engagement with Cuba represents a shift.",
     {("United States", "engage", "Cuba", F, None)}),
    ("an agent event with a place that is no actor", "This Kenyan diplomatic engagement with the region marks a change.", set()),
    # a bare "the nation" / "the public" that a leader addresses is the generic audience (like
    # "reporters"), never a country (india-pakistan-2025, georgia-eu-protests)
    ("a leader addresses the nation", "President William Ruto will address the nation on Monday.",
     {("William Ruto", "address", "nation", F, "future")}),
    ("a leader addresses the public", "Kenyan President William Ruto addressed the public in Nairobi.",
     {("William Ruto", "address", "public", F, None)}),
    ("the nation's own matter is no audience", "President William Ruto addressed the nation's debt.", set()),
    # what a leader threatens is his own act to come: a hostile act "in" a country threatens that
    # country; a verb that only speaks of the act names no target (nigeria-us-threat; "its actions
    # in Ukraine", belarus-prisoner-release)
    ("threatening military action in a country", "President William Ruto threatened military action in Somalia.",
     {("William Ruto", "threaten action", "Somalia", F, None)}),
    ("threatening strikes in a country", "President William Ruto threatened strikes in Somalia.",
     {("William Ruto", "threaten strikes", "Somalia", F, None)}),
    ("criticising action in a country targets no one", "President William Ruto criticized military action in Somalia.", set()),
    # in the passive, whoever is forced, urged or allowed to act does the infinitive, as the
    # object does in the active (india-pakistan-2025, south-korea-yoon-impeachment)
    ("forced to act, in the passive", "Kenya was forced to attack Uganda.", {("Kenya", "attack", "Uganda", F, None)}),
    ("urged to act, in the passive", "Kenya was urged to meet Uganda.", {("Kenya", "meet", "Uganda", F, "request")}),
    ("the one who urges in a by-phrase does not act", "Kenya was asked by Ghana to meet Uganda.",
     {("Ghana", "ask", "Kenya", F, None), ("Kenya", "meet", "Uganda", F, "request")}),
    # a standing relation (alliance, partnership, rift) is a state: alone it relates no one; the verb
    # acting on it names the relation (lexicon nominal_events "*": north-korea-russia, armenia-russia-rift)
    ("an alliance between two countries is a state", "Ghana praised the growing alliance between Togo and Benin.", set()),
    ("an owned partnership with a country is a state", "Kenya said its partnership with Uganda would not cover the war.", set()),
    # prec17: a name set off after a relation noun only says who the ally / partner is; being one is
    # a state (dev FPs: armenia-russia-rift "its ... allies, particularly X and Y",
    # argentina-spain-milei-row "X's partner, Y"; the path gave no true edge on news-dev)
    ("a country's allies listed by name are no statement", "Ghana's old allies, notably Togo and Benin, stayed silent.", set()),
    ("a leader's partner named in apposition is no statement", "Tomas Herrera's partner, Lucia Moreno, spoke at the rally.", set()),
    ("a member named with 'including' still counts", "Ghana's allies, including Togo, criticised Benin.",
     {("Togo", "criticize", "Benin", F, None), ("Togo", "ally", "Ghana", F, None)}),
    # prec17: a place the gazetteer does not know is where something happens or a thing the NER
    # took for a place, not whom it is done to (dev FPs: north-korea-russia "arrived in <city>",
    # iraq-sweden-quran-ambassador "burned a <holy book>"); as an owner it still stands for who acts
    ("an unknown town one arrives in is no actor", "Ugandan Foreign Minister Amina Odhiambo arrived in Gulu on Friday.", set()),
    ("a book the NER calls a place is no actor", "A Kenyan refugee burned a Quran in Oslo.", set()),
    ("an unknown place as an owner still counts", "William Ruto praised Kisumu's response to the floods.",
     {("William Ruto", "praise", "Kisumu", F, None)}),
    ("a known country one arrives in still counts", "William Ruto arrived in Uganda on Monday.",
     {("William Ruto", "arrive", "Uganda", F, None)}),
    # prec17: "the city of X", "the region of X" name the place, they are not X's (dev FPs:
    # north-korea-russia, armenia-russia-rift; lexicon named_place_nouns)
    ("a city named with 'of' is the place, not an owner", "Ugandan troops seized the city of Gulu on Monday.", set()),
    ("a region named with 'of' is the place, not an owner", "Kenya retook the breakaway region of Turkana.", set()),
    ("a region of a country is still the country's", "Ugandan troops seized the northern region of Kenya.",
     {("Ugandan troops", "seize", "Kenya", F, None)}),
    # prec17: defending one's own government's stance or role says where one stands (stance_verbs),
    # also when the page never says whose president the speaker is (dev FPs: serbia-student-protests,
    # duterte-icc-arrest-2025); another state's position and a criticism stay
    ("defending one's own government's stance is no act", "Kenyan President William Ruto defended the government's stance on the talks.", set()),
    ("defending a government's role, one's side unsaid, is no act",
     "President Amina Odhiambo defended the Ugandan government's role in the arrest.", set()),
    ("criticising a government's role still counts", "President Amina Odhiambo criticised the Ugandan government's role in the arrest.",
     {("Amina Odhiambo", "criticize", "Uganda", F, None)}),
    ("defending another state's decision still counts", "Kenyan President William Ruto defended Uganda's decision.",
     {("William Ruto", "defend", "Uganda", F, None)}),
    # (the recall itself is Togo's own envoy: the rows on envoys below)
    ("a framing rift with a country is a state", "Amid a deepening rift with Ghana, Togo recalled its ambassador.",
     {("Togo", "recall", "Togolese ambassador", F, None)}),
    ("acting on a partnership relates the two", "Kenya and Uganda expanded their partnership.",
     {("Kenya", "expand partnership", "Uganda", F, None)}),
    ("forming an alliance with a country", "Kenya formed an alliance with Uganda.", {("Kenya", "form alliance", "Uganda", F, None)}),
    # a reporter citing or quoting a named source relates the two (source_verbs in lexicon.json:
    # armenia-russia-rift, georgia-eu-protests, nigeria-us-threat); an unnamed official cited is an
    # anonymous source, not the official's state
    ("an agency quotes a named leader", "Xinhua quoted President Xi Jinping as saying that China would not back down.",
     {("Xinhua", "quote", "Xi Jinping", F, None)}),
    ("a leader quoted by an agency, passive", "President William Ruto was quoted by Reuters as saying that the deal was dead.",
     {("Reuters", "quote", "William Ruto", F, None)}),
    ("one outlet cites another", "TASS cited Reuters as reporting that Kenya closed the border.",
     {("TASS", "cite", "Reuters", F, None)}),
    ("unnamed officials cited are no state", "Reuters cited two Kenyan officials who asked not to be named.", set()),
    ("an unnamed ministry official quoted is no state", "TASS quoted an unnamed official from Kenya's foreign ministry.", set()),
    ("citing a reason relates no one", "Reuters, citing security concerns, said Kenya closed the border.", set()),
    # officials or a described person cited as the source are one of their own (session 40: soleimani-killing-2020,
    # iran-us-prisoner-swap-2023); who wrote the words cited as evidence is not cited
    ("officials cited as saying are a source of their own", "AFP cited Ghanaian officials as saying the border was open.",
     {("Agence France-Presse", "cite", "Ghanaian officials", F, None)}),
    ("an official cited by an agency, passive", "A Ghanaian official was cited by Reuters as saying the border was open.",
     {("Reuters", "cite", "Ghanaian official", F, None)}),
    ("the authors of words cited as evidence are not cited", "Ghana accused Togo of bias, citing statements by Togolese officials.",
     {("Ghana", "accuse", "Togo", F, None)}),
    # the people an "including" phrase lists after a quantity ("hundreds of people", "hundreds") are
    # acted on, as after a counted noun ("forty prisoners, including X"); a name set off after the
    # quantity says who it is (kg.extract.mentions.find_mentions: georgia-eu-protests; the counted
    # form: belarus-prisoner-release, serbia-student-protests)
    ("people listed after a quantity of people are acted on",
     "Ugandan police arrested hundreds of people, including Kwame Mensah and Amina Njeri.",
     {("Ugandan police", "arrest", "Kwame Mensah", F, None), ("Ugandan police", "arrest", "Amina Njeri", F, None)}),
    ("a person listed after a bare quantity is acted on", "Ugandan police detained hundreds, including Kwame Mensah.",
     {("Ugandan police", "detain", "Kwame Mensah", F, None)}),
    ("a listed 'one of' them is the name set off after it",
     "Ugandan police arrested scores of marchers, including one of the rally organisers, the head of the \u201cAlliance for Renewal\u201d, Kwame Mensah.",
     {("Ugandan police", "arrest", "Kwame Mensah", F, None)}),
    ("topics listed after a quantity are no objects", "The ministers discussed dozens of issues, including Uganda.", set()),
    ("topics listed after a plain noun are no objects", "Kenyan ministers discussed many issues, including Uganda.", set()),
    # custody with its agent left unsaid is the state's: a bare "authorities", an agentless passive, a
    # possessive or "of" nominal (kg.extract.nouns.implicit_custody_statements, resolved in
    # kg.resolve.actors._implicit_state: turkey-imamoglu-arrest, belarus-prisoner-release, nepal-genz-protests)
    ("bare authorities are the state the page is about", "Ghana braced for protests. Authorities arrested Kofi Boateng on Tuesday.",
     {("Ghana", "arrest", "Kofi Boateng", F, None)}),
    # a headline that is a name and an infinitive announces what the named one will do, however the
    # parser hangs the infinitive on the name (skripal-poisoning-expulsions-2018 "Theresa May to expel")
    ("a headline's name with an infinitive is its plan", "Hilda May to expel Ugandan envoy",
     {("Hilda May", "expel", "Ugandan envoy", F, "future")}),
    ("a headline's name with an infinitive, parsed as a purpose", "Hilda May to meet Yoweri Museveni in Kampala",
     {("Hilda May", "meet", "Yoweri Museveni", F, "future")}),
    # a bare "the government" that acts is the state the page clearly leads with, as bare
    # "authorities" is (sudan-kenya-mediation-rejection-2023, nepal-genz-protests); a tie names no one
    ("a bare government that acts is the state the page is about",
     "Ghana braced for protests. Ghana closed its schools. The government expelled Kofi Boateng on Tuesday.",
     {("Ghana", "expel", "Kofi Boateng", F, None)}),
    ("a bare government after two states named alike is no one",
     "Ghana and Togo braced for protests. The government expelled Kofi Boateng on Tuesday.", set()),
    ("an agentless custody passive is the page's state", "Ghana braced for protests. Kofi Boateng was detained on Tuesday.",
     {("Ghana", "detain", "Kofi Boateng", F, None)}),
    ("a who-clause custody passive", "Ghana braced for protests. Kofi Boateng, who had been jailed since 2019, was freed.",
     {("Ghana", "jail", "Kofi Boateng", F, None), ("Ghana", "free", "Kofi Boateng", F, None)}),  # freed by who jailed him
    ("a possessive custody noun", "Ghana braced for protests after Kofi Boateng's arrest.", {("Ghana", "arrest", "Kofi Boateng", F, None)}),
    ("an of custody noun", "Protests spread across Ghana after the detention of Kofi Boateng.", {("Ghana", "detain", "Kofi Boateng", F, None)}),
    ("a custody noun with its agent is the agent's only", "Protests spread across Ghana after the arrest of Kofi Boateng by Togolese police.",
     {("Togolese police", "arrest", "Kofi Boateng", F, None)}),  # session 46: a bug found by probing
    ("the country custody is placed in beats the prisoner's own", "Daniel Brooks, an American reporter, was detained in Russia.",
     {("Russia", "detain", "Daniel Brooks", F, None)}),
    ("a foreigner held with no place said: no state", "Russia opened a spy case. Daniel Brooks, an American reporter, was detained on Friday.", set()),
    # ... the city of the site it is placed at says the country (kg.extract.nouns.custody_place: dev
    # us-russia-griner-bout-swap-2022 "at a Moscow airport", duterte-icc-arrest-2025 "at Manila airport")
    ("custody at a city's airport is that country's", "Togo protested again. Togo warned Togo. Kofi Mensah was arrested at an Accra airport in May.",
     {("Ghana", "arrest", "Kofi Mensah", F, None)}),
    ("custody in a city's prison", "Ghana protested. Ghana spoke again. Daniel Brooks was jailed in a Lome prison.", {("Togo", "jail", "Daniel Brooks", F, None)}),
    ("no country on the page: no state", "Kofi Boateng was detained on Tuesday.", set()),
    ("two countries named as often: no state", "Ghana and Togo signed a deal. Kofi Boateng was arrested.",
     {("Ghana", "sign deal", "Togo", F, None)}),
    ("a generic crowd held is no implicit state's act", "Ghana braced for protests. Dozens of people were detained.", set()),
    # a relative's own surname, written exactly, is the relative's, not a misspelling of the leader's
    # (kg.resolve.actors._NameResolver.person)
    ("a wife's surname is hers", "Ivan Petrov died in prison. His wife, Olga Petrova, flew to Munich. Kamala Harris met Petrova on Friday.",
     {("Kamala Harris", "meet", "Olga Petrova", F, None)}),
    # a leader's followers are a group named after the leader, not the leader's country
    # (kg.extract.mentions.followed_leader); a pronoun's supporters stay unnamed
    ("supporters of a named leader", "Supporters of former Ghanaian President Kofi Boateng stormed the Ghanaian parliament.",
     {("Boateng supporters", "storm", "Ghanaian parliament", F, None)}),
    ("a leader's supporters by possessive", "Police clashed with Boateng's supporters in Accra.",
     {("police", "clash", "Boateng supporters", F, None)}),
    ("a party's supporters", "Supporters of the NPP attacked the students.", {("NPP supporters", "attack", "students", F, None)}),
    ("her supporters are no named group", "Ama Owusu said her supporters had attacked the students.", set()),
    # an arrest's owner is its prisoner: what is done to the arrest (announced, cancelled) is not done
    # to him; "X's arrest of Y" and "the arrest of Y by X" still name the agent
    # (kg.extract.mentions.PATIENT_OWNED_NOUNS)
    ("an announced arrest is no act on the prisoner", "Ghana's police announced the arrest of Kofi Boateng, the mayor.",
     {("Ghana", "arrest", "Kofi Boateng", F, None)}),
    ("a cancelled arrest is no act on the prisoner", "The police cancelled the arrest of Kofi Boateng.", set()),
    ("an arrest's possessor with an of phrase is its agent", "Ghana condemned Togo's arrest of Kofi Boateng.",
     {("Togo", "arrest", "Kofi Boateng", F, None), ("Ghana", "condemn", "Togo", F, None)}),
    # a page on a military takeover: custody is the coup-makers', the force the page names, not the
    # state's (kg.extract.nouns.reports_military_takeover, coup_force; a junta is read as its state,
    # as everywhere); a figurative "coup" with no armed force keeps the state
    ("custody during a coup is no state's act", "The army staged a coup in Ghana. Kofi Boateng was detained on Tuesday.",
     {("military", "detain", "Kofi Boateng", F, None)}),
    ("custody under a junta is the junta's", "Ghana's junta closed the borders. Kofi Boateng was arrested.", {("Ghana", "arrest", "Kofi Boateng", F, None)}),
    ("a figurative coup keeps the state", "Ghana braced for protests over what critics called a coup. Kofi Boateng was detained on Tuesday.",
     {("Ghana", "detain", "Kofi Boateng", F, None)}),
    ("a named agent keeps the passive", "Ghana braced for protests. Kofi Boateng was arrested by Togolese police.",
     {("Togolese police", "arrest", "Kofi Boateng", F, None)}),
    # an envoy a side recalls, withdraws or removes is its own, never the host country: unnamed, the
    # side's adjective and the role (kg.resolve.actors._own_envoy, lexicon envoy_recall_verbs:
    # argentina-spain-milei-row, niger-coup-france-ambassador, india-canada-diplomat-row, ecuador-mexico-embassy-raid);
    # an envoy's posting is no nationality (lexicon envoy_nouns, kg.extract.mentions.nationality_hints)
    ("recalling one's envoy to a capital", "Kenya recalled its ambassador to Kampala for talks.",
     {("Kenya", "recall", "Kenyan ambassador", F, None)}),
    ("recalling one's named envoy", "Kenya recalled its ambassador, Amina Odhiambo, on Monday.",
     {("Kenya", "recall", "Amina Odhiambo", F, None)}),
    ("a planned pull-out of one's envoy", "Ghana will pull out its ambassador to Togo.",
     {("Ghana", "pull out", "Ghanaian ambassador", F, "future")}),
    ("removing one's envoy is no act on the host", "Kenya removed its ambassador to Uganda after the insult.",
     {("Kenya", "remove", "Kenyan ambassador", F, None)}),
    ("the place recalled from is no nationality", "Kenya recalled the ambassador from Uganda.",
     {("Kenya", "recall", "Kenyan ambassador", F, None)}),
    ("a capitalised envoy title recalled", "Kenya decided to recall its High Commissioner from Tanzania.",
     {("Kenya", "recall", "Kenyan High Commissioner", F, None)}),
    ("a body recalling its envoy", "The Togolese authorities recalled their envoy to Accra.",
     {("Togo", "recall", "Togolese envoy", F, None)}),
    ("another state's envoy named nearby is not the one recalled",
     "Ugandan envoy Moses Okello left Nairobi. Kenya recalled its ambassador.",
     {("Kenya", "recall", "Kenyan ambassador", F, None)}),
    ("an envoy with a written nationality stays as written", "Kenya recalled the Ugandan ambassador.",
     {("Kenya", "recall", "Ugandan ambassador", F, None)}),
    # an unnamed envoy named by the possessive of their state takes its adjective, the gold's
    # canonical name (kg.resolve.actors._adjectival); other offices stay as written
    ("a possessive envoy takes the nationality adjective", "Ghana expelled Togo's chargé d'affaires.",
     {("Ghana", "expel", "Togolese chargé d'affaires", F, None)}),
    ("a possessive office other than an envoy stays as written", "Togo's foreign minister criticised Ghana.",
     {("Togo's foreign minister", "criticize", "Ghana", F, None)}),
    ("summoning another state's envoy is unchanged", "Kenya summoned Uganda's ambassador.",
     {("Kenya", "summon", "Ugandan ambassador", F, None)}),
    ("an envoy's posting does not speak for the host", "The ambassador to Uganda criticised Kenya.", set()),
    # diplomats of a nationality are people, not their state (lexicon institution_nouns "diplomats":
    # ecuador-mexico-embassy-raid, india-canada-diplomat-row)
    ("recalling diplomats of one's own nationality", "Ghana recalled four Ghanaian diplomats from Togo.",
     {("Ghana", "recall", "Ghanaian diplomats", F, None)}),
    ("expelling another state's diplomats", "Togo expelled four Ghanaian diplomats.",
     {("Togo", "expel", "Ghanaian diplomats", F, None)}),
    # "the armed forces" named bare is the military, as "the army" is (lexicon bare_institution_nouns;
    # myanmar-coup-2021, gabon-coup-2023)
    ("the bare armed forces acting", "The armed forces arrested Kwame Mensah on Sunday.",
     {("military", "arrest", "Kwame Mensah", F, None)}),
    ("the bare armed forces as a passive agent", "Togo was governed by the armed forces until 1991.",
     {("military", "govern", "Togo", F, None)}),
    ("a country's armed forces stay its own", "Ghana's armed forces arrested Kwame Mensah on Sunday.",
     {("Ghanaian military", "arrest", "Kwame Mensah", F, None)}),
    ("armed men are no force", "Armed men detained Kwame Mensah on Sunday.", set()),
    ("a state's own armed forces deployed: no act on them", "Togo deployed the armed forces on Sunday.", set()),
    # a page's date stamp glued to the line it opens is no part of its parse (kg.nlp.dateline
    # _DATE_STAMP; myanmar-coup-2021, canada-china-diplomat-expulsion, iraq-sweden-quran-ambassador)
    ("a Title Case headline behind a date stamp",
     "date 2024-03-02 Ghana Expels Togolese Diplomat Over Spying Claims\n\nThe border has been closed since Monday.\n",
     {("Ghana", "expel", "Togolese diplomat", F, None)}),
    ("a lead sentence behind a date stamp",
     "date 2024-03-02 Ghanaian troops on Monday detained two Togolese soldiers near the border.\n",
     {("Ghanaian troops", "detain", "Togolese soldiers", F, None)}),
    # "met visiting X": the participle describes the guest, the host's verb takes the guest as its object
    # (kg.extract.verbs.visiting_guest; dev lula-xi-beijing-visit-2023, a grammar repair of one story)
    ("a host meets a visiting guest", "Ghana's president John Mahama met visiting Togolese leader Faure Gnassingbe in Accra.",
     {("John Mahama", "meet", "Faure Gnassingbe", F, None)}),
    ("a visit with its own object stays a visit", "President John Mahama is visiting Togo this week.",
     {("John Mahama", "visit", "Togo", F, None)}),
    # a one-word "person" after an article or a lower-case noun is a capitalised common noun: "the Bill"
    # (kg.nlp.model._common_nouns; dev hong-kong-extradition-protests-2019, kenya-finance-bill-protests)
    ("a capitalised bill is nobody", "Ghana's parliament passed the Bill, and President John Mahama will sign the Bill on Friday.", set()),
    ("a noun before a capitalised bill", "Protesters in Accra opposed the finance Bill that Mahama backed.", set()),
    ("a given name alone is still a person", "Kofi told Mahama that Togo would reopen the border.",
     {("Kofi", "tell", "Mahama", F, None)}),
    # a state opening or closing its own embassy somewhere acts toward the host, as opening "an embassy" does
    # (kg.extract.mentions.mission_mention; dev ethiopia-eritrea-peace-2018, the host also behind "the capital")
    ("reopening its own embassy is toward the host", "Togo will reopen its embassy in Accra next month.",
     {("Togo", "reopen", "Ghana", F, "future")}),
    ("closing its own embassy in the capital X", "Kenya closed its embassy in the capital Kampala on Friday.",
     {("Kenya", "close", "Uganda", F, None)}),
    ("its embassy raided stays the owner's", "Kenya cut ties with Uganda after police raided its embassy in Kampala.",
     {("Kenya", "cut ties", "Uganda", F, None), ("police", "raid", "Kenyan embassy", F, None)}),
    # leaving a place is a journey, not an act toward its state (kg.extract.verbs.departure; dev
    # duterte-icc-arrest-2025, argentina-spain-milei-row, nepal-genz-protests, ethiopia-eritrea-peace-2018)
    ("leaving a city is no act", "President John Mahama left Lome on Sunday.", set()),
    ("being ordered to leave is", "Ghana ordered the Togolese envoy Kofi Agbeko to leave Ghana within 48 hours.",
     {("Ghana", "order", "Kofi Agbeko", F, None), ("Kofi Agbeko", "leave", "Ghana", F, "request")}),
    ("leaving an organisation is", "Mali left the Economic Community of West African States in January.",
     {("Mali", "leave", "ECOWAS", F, None)}),
    # a consulate is an actor of its own, as an embassy is (lexicon institution_nouns; dev
    # israel-iran-damascus-consulate-2024, netherlands-turkey-rally-row-2017)
    ("a consulate is its own actor", "Protesters gathered outside the Ghanaian consulate in Lome on Monday and stormed the Ghanaian consulate.",
     {("protesters", "storm", "Ghanaian consulate", F, None)}),
    ("a consulate struck", "Togo shelled the Ghanaian consulate in Lome.", {("Togo", "shell", "Ghanaian consulate", F, None)}),
    # the forces of a people with no state are a group of their own (kg.extract.mentions.stateless_forces;
    # dev turkey-syria-peace-spring-2019, turkey-russia-jet-shootdown-2015)
    ("stateless forces are a group", "Kurdish forces ambushed a Turkish convoy, and Turkey shelled Kurdish forces near the border.",
     {("Kurdish forces", "ambush", "Turkey", F, None), ("Turkey", "shell", "Kurdish forces", F, None)}),
    ("a state's forces stay its own", "Ghanaian forces shelled Kurdish troops on Monday.", {("Ghanaian forces", "shell", "Kurdish troops", F, None)}),
    # a hyphenated title is read as its two words (kg.nlp.model.add_hyphenated_titles; dev
    # turkey-syria-peace-spring-2019, ecuador-mexico-embassy-raid, ethiopia-tigray-pretoria-deal-2022)
    ("a hyphenated title before a name", "President John Mahama is sending vice-president Kwame Boateng to Lome.",
     {("John Mahama", "send", "Kwame Boateng", F, None), ("John Mahama", "send", "Togo", F, None)}),
    ("a capitalised hyphenated title", "Togo detained former Vice-President Kwame Boateng in Lome.",
     {("Togo", "detain", "Kwame Boateng", F, None)}),
    # a closing quote glued to the next sentence's first word is a token of its own (kg.nlp.model.split_glued_quotes;
    # dev turkey-syria-peace-spring-2019, sudan-kenya-mediation-rejection-2023, ethiopia-tigray-pretoria-deal-2022)
    ("a name after a glued closing quote",
     'President John Mahama met Kofi Annan in Accra. Annan said the deal would "save lives."Mahama on Monday imposed sanctions on Togo.',
     {("John Mahama", "meet", "Kofi Annan", F, None), ("John Mahama", "impose sanctions", "Togo", F, None)}),
    ("a name after a glued comma and quote",
     'President John Mahama met Kofi Annan in Accra. Ghana hailed "the reopening of the border,\u201dMahama told Togo on Monday.',
     {("John Mahama", "meet", "Kofi Annan", F, None), ("John Mahama", "tell", "Togo", F, None)}),
    # a standoff or confrontation between two sides is their confronting each other (lexicon nominal_events,
    # symmetric_nouns; dev india-china-galwan-2020, hong-kong-extradition-protests-2019, soleimani-killing-2020);
    # tensions between them stay a state (tried: 3 of 22 new rows right on dev)
    ("a standoff between two sides", "The standoff between Kenyan police and Ugandan troops lasted a week.",
     {("Kenyan police", "confront", "Ugandan troops", F, None)}),
    ("a confrontation between two states", "A confrontation between Ghana and Togo erupted at the border.",
     {("Ghana", "confront", "Togo", F, None)}),
    ("tensions between two states are no act", "Tensions between Ghana and Togo rose last week.", set()),
    # an attack noun whose nationality or owner says who attacks is that actor as the subject of a verb of harm
    # (kg.extract.mentions.attack_agents; dev israel-iran-damascus-consulate-2024, israel-hezbollah-lebanon)
    ("a nationality's airstrike kills", "A Ghanaian airstrike killed the rebel commander Kofi Mensah on Monday.",
     {("Ghana", "kill", "Kofi Mensah", F, None)}),
    ("an owner's strike destroys", "Togo's strike destroyed the Ghanaian embassy in Lome.",
     {("Togo", "destroy", "Ghanaian embassy", F, None)}),
    ("a city's airstrike names no attacker", "The Accra airstrike killed the rebel commander Kofi Mensah.", set()),
    ("an attack in a relative clause is background", "Togo recalled its envoy on Monday after the Ghanaian airstrike that killed Kofi Mensah.",
     {("Togo", "recall", "Togolese envoy", F, None)}),
    # the purpose of a journey is an act to come, not one done on the journey's day (kg.extract.clauses.JOURNEY_VERBS;
    # dev lula-xi-beijing-visit-2023, canada-us-tariffs, us-taliban-doha-agreement-2020)
    ("a journey's purpose is to come", "President John Mahama flew to Lome on Monday to meet Kofi Annan.",
     {("John Mahama", "fly", "Togo", F, None), ("John Mahama", "meet", "Kofi Annan", F, "future")}),
    ("a headline's journey and its purpose", "President John Mahama arrives in Togo to meet Kofi Annan",
     {("John Mahama", "arrive", "Togo", F, None), ("John Mahama", "meet", "Kofi Annan", F, "future")}),
    # an embrace or a handshake between two is a greeting of each other (lexicon symmetric_verbs, exchange_verbs;
    # kg.extract.verbs.HANDSHAKE_VERBS; dev greece-macedonia-prespa-deal-2018, mozambique-renamo-peace-2019,
    # blinken-beijing-visit-2023)
    ("two who embrace", "President John Mahama and Kofi Annan embraced at the airport.", {("John Mahama", "embrace", "Kofi Annan", F, None)}),
    ("two who shake hands", "President John Mahama and Kofi Annan shook hands in Accra.", {("John Mahama", "shake hands", "Kofi Annan", F, None)}),
    ("shaking hands with one", "President John Mahama shook hands with Kofi Annan.", {("John Mahama", "shake hands", "Kofi Annan", F, None)}),
    ("shaking what is not a hand relates no one", "Ghana and Togo shook the region's markets.", set()),
    # "called in" an envoy is summoning him, though the parser reads "in" as a preposition (issue 17's failure
    # classes; kg.extract.context.preposition_particle)
    ("calling in an envoy", "Ghana called in the Togolese ambassador on Tuesday.", {("Ghana", "call in", "Togolese ambassador", F, None)}),
    ("called in a named envoy", "Ghana's foreign ministry called in Togo's envoy Kofi Agbeko.",
     {("Ghanaian foreign ministry", "call in", "Kofi Agbeko", F, None)}),
    ("called in a month is no summons", "Ghana called in March for talks with Togo.", set()),
    # a state's warplane, fighter jet, warship, drone or gunship stands for the state, as the plural
    # did (lexicon government_nouns); "down" is shooting down, the verb and its noun (events.json, agent_event_nouns
    # "downing"): dev turkey-russia-jet-shootdown-2015, india-pakistan-balakot-2019, poland-russia-drones,
    # azerbaijan-plane-downing
    ("a state's warplane shot down", "Ghana shot down a Togolese warplane over the lake.", {("Ghana", "shoot down", "Togo", F, None)}),
    ("a state's fighter jet downed", "Ghana downed a Togolese fighter jet on Monday.", {("Ghana", "down", "Togo", F, None)}),
    ("a state's drone, as the drones", "Ghana shot down a Togolese drone near Ho.", {("Ghana", "shoot down", "Togo", F, None)}),
    ("the downing of a warplane by its owner", "Lome condemned Ghana's downing of a Togolese warplane.",
     {("Togo", "condemn", "Ghana", F, None), ("Ghana", "down", "Togo", F, None)}),
    ("a plane of no state is no actor", "Ghana shot down a plane near Ho.", set()),
    ("a bomber is a person as often as a plane: no state", "Ghana demanded that Togo hand over the bomber of the Ghanaian ferry.",
     {("Ghana", "demand", "Togo", F, None)}),
    # a country's border stands for it where a verb acts on it, never as a subject (lexicon place_only_proxies:
    # the rule narrowed after 7 false edges on dev greece-macedonia-prespa-deal-2018)
    ("borders that meet are geography", "The village lies where the borders of Ghana and Togo meet.", set()),
    ("a border acted on still stands for its country", "Ghana sent troops to Togo's border.", {("Ghana", "send troops", "Togo", F, None)}),
    # a declaration or a memorandum two sides sign is signed with each other, as an agreement is (lexicon
    # symmetric_nouns, nominal_events "*": only its verb names the relation; dev moon-kim-panmunjom-summit-2018,
    # ethiopia-eritrea-peace-2018, mozambique-renamo-peace-2019)
    ("a declaration two sign together", "Ghana and Togo signed a joint declaration in Accra.", {("Ghana", "sign declaration", "Togo", F, None)}),
    ("a declaration signed by two", "In the declaration signed by John Mahama and Faure Gnassingbe, both pledged peace.",
     {("John Mahama", "sign declaration", "Faure Gnassingbe", F, None)}),
    ("a declaration of one names no partner", "Ghana's declaration of independence is celebrated in March.", set()),
    # becoming a member of a body is joining it; being one is a state (kg.extract.verbs.membership: dev
    # armenia-russia-rift, brics-expansion-johannesburg-summit-2023)
    ("becoming a member joins", "Togo became a full member of ECOWAS in 1975.", {("Togo", "join", "ECOWAS", F, None)}),
    ("invited to become members, the invited join", "ECOWAS invited Ghana and Togo to become members of the union.",
     {("ECOWAS", "invite", "Ghana", F, None), ("ECOWAS", "invite", "Togo", F, None)}),
    ("invited to become members of a named body", "The African Union invited Togo to become a member of ECOWAS.",
     {("African Union", "invite", "Togo", F, None), ("Togo", "join", "ECOWAS", F, None)}),
    ("being a member is a state", "Ghana is a member of ECOWAS.", set()),
    # a ship or aircraft of a named armed service stands for the service, not the state (kg.extract.mentions.service_of_craft:
    # dev indonesia-china-natuna-standoff-2020, solomon-islands-china-pact-2022, sri-lanka-rajapaksa-protests-2022)
    ("the coastguard in one word is the coast guard", "The Ghanaian coastguard detained ten Togolese fishermen.",
     {("Ghanaian coastguard", "detain", "ten Togolese fishermen", F, None)}),
    ("a coast guard vessel acting on a state", "A Ghanaian coast guard vessel confronted Togo near the border.",
     {("Ghanaian coast guard", "confront", "Togo", F, None)}),
    ("naval ships are the navy", "Togo expelled two Ghanaian naval ships from its waters.", {("Togo", "expel", "Ghanaian navy", F, None)}),
    ("military aircraft still stand for the state", "Ghanaian military aircraft bombed Togo.", {("Ghana", "bomb", "Togo", F, None)}),
    # "X and Y ..., and the two countries ...": a pair that is its own clause's subject refers to the two named
    # together before it in the sentence; as an object it still does not ("X and Y urged both sides": others)
    # (kg.resolve.references._latest_coordinated_pair; dev japan-philippines-reciprocal-access-2024)
    ("a pair subject after two subjects named together", "Ghana and Togo are allies of Benin, and the two countries have deepened their trade ties.",
     {("Ghana", "deepen ties", "Togo", F, None)}),
    # those "together with" or "along with" the subject do what it does to its object, and are not whom it is done to
    # (kg.extract.verbs.companion_objects: dev tunisia-eu-migration-deal-2023, kenya-finance-bill-protests)
    ("companions together with the subject meet its host", "Together with Kofi Annan, President John Mahama met Faure Essozimna in Lome.",
     {("John Mahama", "meet", "Faure Essozimna", F, None), ("Kofi Annan", "meet", "Faure Essozimna", F, None)}),
    ("a companion along with the subject accuses", "Along with Ghana, Togo accused Burkina Faso of arming rebels.",
     {("Togo", "accuse", "Burkina Faso", F, None), ("Ghana", "accuse", "Burkina Faso", F, None)}),
    ("with no actor acted on, together with is still a partner", "Ghana stands together with Togo.", {("Ghana", "stand with", "Togo", F, None)}),
    # "the foreign ministers of X and Y" are each country's person named as its foreign minister (a "minister" whose
    # title has the portfolio's word) or as the other's counterpart (kg.resolve.actors._resolve_role, lexicon role_titles
    # "foreign minister": dev hungary-ukraine-minority-row-2023, greece-macedonia-prespa-deal-2018)
    ("foreign ministers of two states named before", "Ghanaian Foreign Minister Kofi Annan criticised Lome. Togolese Foreign Minister Robert Dussey "
     "replied. The foreign ministers of Ghana and Togo held talks in Accra.",
     {("Kofi Annan", "criticize", "Togo", F, None), ("Kofi Annan", "hold talks", "Robert Dussey", F, None)}),
    ("foreign ministers named after, one as a counterpart", "The foreign ministers of Ghana and Togo held talks in Accra. "
     "Ghanaian Foreign Minister Kofi Annan welcomed his Togolese counterpart Robert Dussey.",
     {("Kofi Annan", "hold talks", "Robert Dussey", F, None), ("Kofi Annan", "welcome", "Robert Dussey", F, None)}),
    # "government officials" of a country keep the word "government" in their name, as the gold writes them
    # (lexicon institution_nouns: dev ethiopia-tigray-pretoria-deal-2022, us-russia-griner-bout-swap-2022, sudan-coup-2021)
    ("a country's government officials", "Ghanaian government officials met Togolese officials in Accra.",
     {("Ghanaian government officials", "meet", "Togolese officials", F, None)}),
    # "called on X to ...": X does the infinitive, not the caller, with "on" as particle or preposition (a narrowing:
    # kg.extract.clauses.subjects_of; dev brics-expansion-johannesburg-summit-2023)
    ("the one called on acts", "President John Mahama called on Togo to withdraw troops from Benin.",
     {("John Mahama", "call on", "Togo", F, None), ("Togo", "withdraw", "Benin", F, "request")}),
    ("the one called on releases", "Ghana called on Togo to release Kofi Annan.",
     {("Ghana", "call on", "Togo", F, None), ("Togo", "release", "Kofi Annan", F, "request")}),
    # "must be prepared to": the tagger takes the adjective for a participle; its subject still acts,
    # and the readiness is a promise, as with "is prepared to" (kg.extract.clauses.subjects_of and
    # negation_and_modality: dev poland-belarus-border-crisis-2021)
    ("the subject of an adjective read as a participle acts", "Ghana must be prepared to impose sanctions on Togo.",
     {("Ghana", "impose sanctions", "Togo", F, "future")}),
    # a measure in the plural is the same measure, and the "on" of the last of two measures is both's
    # (kg.extract.verbs.measure_target, is_measure)
    ("a plural measure noun", "Ghana lifted the travel bans on Togo.", {("Ghana", "lift ban", "Togo", F, None)}),
    ("the on-phrase of the second measure", "Ghana imposed visa bans and sanctions on Togolese officials.",
     {("Ghana", "impose ban", "Togolese officials", F, None)}),
    # a warrant is issued on whom it is "for" or "against", or through "the arrest of" (kg.extract.verbs.warrant_target:
    # dev brics-expansion-johannesburg-summit-2023, xi-putin-moscow-visit-2023, duterte-icc-arrest-2025)
    ("a warrant for someone", "The ICC issued an arrest warrant for Kofi Annan.", {("International Criminal Court", "issue warrant", "Kofi Annan", F, None)}),
    ("a warrant for someone's arrest", "The ICC issued a warrant for the arrest of Kofi Annan.",
     {("International Criminal Court", "issue warrant", "Kofi Annan", F, None)}),
    ("a warrant against someone", "Ghanaian prosecutors sought a warrant against Kofi Annan.", {("Ghanaian prosecutors", "seek warrant", "Kofi Annan", F, None)}),
    ("a warrant for a search names no one", "The ICC issued a warrant for the search of the palace.", set()),
    # one who signs "together with" or "alongside" the subject signs with it (kg.extract.verbs.joint_companions:
    # dev moon-kim-panmunjom-summit-2018, us-taliban-doha-agreement-2020, russia-georgia-war-2008)
    ("a companion of the subject signs with it", "Kofi Annan together with Faure Gnassingbe signed the declaration.",
     {("Kofi Annan", "sign declaration", "Faure Gnassingbe", F, None)}),
    ("one who signs alongside signs with the subject", "Kofi Annan signed the peace deal alongside Faure Gnassingbe.",
     {("Kofi Annan", "sign deal", "Faure Gnassingbe", F, None)}),
    ("companions who sign with a third party sign with it, not each other", "Ghana, together with Togo, signed a deal with Benin.",
     {("Ghana", "sign deal", "Benin", F, None)}),
    ("standing alongside is no act", "Kofi Annan stood alongside Faure Gnassingbe at the ceremony.", set()),
    # an event noun in the plural is the same joint event (kg.extract.context.is_symmetric_noun: dev
    # azerbaijan-france-diplomat-expulsions-2023); the rounds an event is counted in are that event
    # (event_behind: dev egypt-ethiopia-gerd-dispute-2020, india-china-border-patrolling-deal-2024)
    ("conjoined sides who fought wars fought each other", "Ghana and Togo have fought three wars over the lagoon.",
     {("Ghana", "fight", "Togo", F, None)}),
    ("rounds of talks are the talks", "Ghana and Togo have held several rounds of talks on the border.",
     {("Ghana", "hold talks", "Togo", F, None)}),
    ("dozens of rounds of talks, three sides", "Ghana, Togo and Benin held dozens of rounds of talks last decade.",
     {("Ghana", "hold talks", "Togo", F, None), ("Ghana", "hold talks", "Benin", F, None), ("Togo", "hold talks", "Benin", F, None)}),
    ("rounds of a thing that is no joint event give nothing", "Ghana and Togo have fired several rounds of ammunition.", set()),
    # a country's lawmakers are people of their own, not its parliament (lexicon institution_nouns: dev
    # solomon-islands-china-pact-2022, kenya-finance-bill-protests, south-korea-yoon-impeachment name them apart)
    ("lawmakers and the parliament are two actors", "Ghanaian lawmakers criticised Togo. Protesters stormed the Ghanaian parliament.",
     {("Ghanaian lawmakers", "criticize", "Togo", F, None), ("protesters", "storm", "Ghanaian parliament", F, None)}),
    # whom a verb acts on already, "against" names the other side (kg.extract.verbs._defended_object: dev armenia-russia-rift)
    ("defending someone against a third is no act on the third", "Benin accused Ghana of failing to defend it against Togo.",
     {("Benin", "accuse", "Ghana", F, None)}),
    # an organisation after a dash that ends a headline is its source (kg.extract.mentions.source_credit:
    # dev indonesia-china-natuna-standoff-2020)
    ("an outlet credited after a dash is no object", "Ghana sends warships to chase off fishing boats – The Times", set()),
    # a de facto state acts and is acted on as a state (gazetteer de_facto_states, session 43: dev
    # russia-georgia-war-2008, somalia-ethiopia-ankara-declaration-2024, armenia-karabakh-offensive-2023)
    ("a breakaway state attacked", "Georgian forces attacked South Ossetia overnight.", {("Georgian forces", "attack", "South Ossetia", F, None)}),
    ("a breakaway state signs", "Kenya signed a port deal with Somaliland.", {("Kenya", "sign deal", "Somaliland", F, None)}),
    ("its capital speaks for it", "Sukhumi accused Tbilisi of provocation.", {("Abkhazia", "accuse", "Georgia", F, None)}),
    # two verbs joined by "and" share the second's object when the first has none (kg.extract.verbs.shared_object,
    # session 43: dev cuba-us-thaw-obama-visit-2016, xi-putin-moscow-visit-2023, japan-philippines-reciprocal-access-2024)
    ("met and talked with", "Kofi Boateng met and talked with John Mahama on Monday.",
     {("Kofi Boateng", "meet", "John Mahama", F, None), ("Kofi Boateng", "talk", "John Mahama", F, None)}),
    ("shook hands and chatted with", "Kofi Boateng shook hands and chatted with John Mahama.",
     {("Kofi Boateng", "shake hands", "John Mahama", F, None), ("Kofi Boateng", "chat", "John Mahama", F, None)}),
    ("invaded and occupied", "Ghana invaded and occupied Togo in 1960.",
     {("Ghana", "invade", "Togo", F, None), ("Ghana", "occupy", "Togo", F, None)}),
    ("an arrival shares no object", "Kofi Boateng arrived and met John Mahama.", {("Kofi Boateng", "meet", "John Mahama", F, None)}),
    # "back" the parser makes an adverb is still the particle of a phrasal verb the lexicon knows
    # (kg.extract.context.verb_lemma, session 43: dev netherlands-turkey-rally-row-2017)
    ("hit back at", "President John Mahama hit back at Togo on Sunday.", {("John Mahama", "hit back at", "Togo", F, None)}),
    # taking over from someone is succeeding them (lexicon prep_objects "from", phrasal_preps; session 43: dev
    # mozambique-renamo-peace-2019, gabon-coup-2023)
    ("took over from", "Kofi Boateng took over from John Mahama as party leader in 2017.",
     {("Kofi Boateng", "take over from", "John Mahama", F, None)}),
    # servicemen and personnel of a nationality are a group of their own, as troops are (lexicon
    # government_nouns, institution_nouns; session 43: dev crimea-annexation-2014, soleimani-killing-2020)
    ("servicemen of a nationality", "Togolese servicemen fired at Ghanaian troops near the border.",
     {("Togolese servicemen", "fire", "Ghanaian troops", F, None)}),
    ("personnel of a nationality", "The Ghanaian army moved to protect Ghanaian personnel in Togo.",
     {("Ghanaian army", "protect", "Ghanaian personnel", F, None)}),
    # generals and commanders of a nationality are a group of their own, as officials are; an army's
    # generals are the army (lexicon institution_nouns, session 43: dev israel-iran-damascus-consulate-2024,
    # india-china-galwan-2020, zimbabwe-mugabe-coup-2017, gabon-coup-2023)
    ("generals of a nationality", "Ghana arrested three Togolese generals on Monday.",
     {("Ghana", "arrest", "Togolese generals", F, None)}),
    ("an army's commanders are the army, named as written", "Ghana accused the Togolese army commanders of plotting a coup.",
     {("Ghana", "accuse", "Togolese army commanders", F, None)}),
    # a crisis, row, spat or feud between two parties is their dispute, the lemma the gold lists for all
    # of them (lexicon nominal_events, session 43: dev argentina-spain-milei-row, serbia-kosovo-license-plates-2022,
    # hungary-ukraine-minority-row-2023, kenya-somalia-icj-maritime-2021)
    ("a crisis between two states is their dispute", "The remarks set off a diplomatic crisis between Ghana and Togo.",
     {("Ghana", "dispute", "Togo", F, None)}),
    ("a row between two states is their dispute", "A bitter row between Ghana and Togo over fishing rights escalated.",
     {("Ghana", "dispute", "Togo", F, None)}),
    ("a row of days is no dispute", "Police arrested Ghanaian protesters for the third day in a row.",
     {("police", "arrest", "Ghanaian protesters", F, None)}),
    # a headline's two acts of one subject joined by a comma: the second is the subject's too, and
    # what follows it is its object (kg.extract.clauses.headline_first_verb, session 44: dev
    # nicaragua-taiwan-switch-2021, myanmar-coup-2021, crimea-annexation-2014, israel-hezbollah-lebanon)
    ("a headline's second act", "Ghana expels Togolese diplomats, recognises Benin",
     {("Ghana", "expel", "Togolese diplomats", F, None), ("Ghana", "recognize", "Benin", F, None)}),
    ("a headline's second act on a named side", "Benin recalls envoy, condemns Togo",
     {("Benin", "recall", "Beninese envoy", F, None), ("Benin", "condemn", "Togo", F, None)}),
    ("a headline reported by a source is no second act", "Togo attacked Ghanaian troops, says Accra",
     {("Togo", "attack", "Ghanaian troops", F, None)}),
    # being in talks, negotiations, touch or contact is a state the two share, as being at odds is
    # (kg.extract.verbs._state_relation, session 44: dev mozambique-renamo-peace-2019,
    # niger-us-military-accord-2024, turkey-russia-jet-shootdown-2015, india-china-border-patrolling-deal-2024)
    ("two sides in talks", "Togo and Benin have been in talks since 2019.", {("Togo", "hold talks", "Benin", F, None)}),
    ("in negotiations with", "Ghana is in negotiations with Togo over the border.", {("Ghana", "negotiate", "Togo", F, None)}),
    ("in touch with, in a reported clause", "A spokesman said Ghana was still in touch with Togo.", {("Ghana", "contact", "Togo", F, None)}),
    ("not in contact", "Ghana is not in contact with Togo.", set()),
    ("a person in a place in a relative clause is no state", "Kofi Boateng, who was in Togo at the time, left.", set()),
    # a group a country owns is named by the country's adjective; a name written before the noun
    # stays as written (kg.extract.mentions._possessor_adjective, session 44: dev armenia-karabakh-offensive-2023,
    # burundi-rwanda-border-closure-2024)
    ("a country's group takes its adjective", "Ghana praised Togo's peacekeepers.", {("Ghana", "praise", "Togolese peacekeepers", F, None)}),
    ("a country written before a group stays", "Ghana freed US citizens on Monday.", {("Ghana", "free", "US citizens", F, None)}),
    # negotiators of a nationality are a group of their own, as a delegation is (lexicon institution_nouns,
    # session 44: dev us-taliban-doha-agreement-2020, iran-us-prisoner-swap-2023, india-china-border-patrolling-deal-2024)
    ("negotiators of a nationality", "Ghanaian negotiators met Togolese negotiators in Lome.",
     {("Ghanaian negotiators", "meet", "Togolese negotiators", F, None)}),
    ("two nationalities' negotiators", "Ghanaian and Togolese negotiators reached an agreement on Monday.",
     {("Ghanaian negotiators", "agree", "Togolese negotiators", F, None)}),
    # a mediator is no party to a dispute with its own state (kg.resolve.actors.resolve_document, lexicon mediated_words, session 44: dev
    # sudan-kenya-mediation-rejection-2023 made the Sudanese foreign ministry a mediator with Sudan)
    ("a mediator does not mediate with its own state", "The Ghanaian foreign ministry brokered talks between Ghana and Togo.",
     {("Ghana", "hold talks", "Togo", F, None), ("Ghanaian foreign ministry", "mediate", "Togo", F, None)}),
    # a religious or ethnic people of no state, named in the plural, is a group of its own
    # (kg.resolve.actors._people_named, session 44: dev nigeria-us-threat, netherlands-turkey-rally-row-2017,
    # turkey-syria-peace-spring-2019)
    ("a religious group acted on", "Togolese soldiers attacked Christians on Sunday.", {("Togolese soldiers", "attack", "Christians", F, None)}),
    ("an ethnic people of no state", "Togo imprisoned Kurds last year.", {("Togo", "imprison", "Kurds", F, None)}),
    ("a state's people stay the state's", "Togo expelled Ghanaians last year.", {("Togo", "expel", "Ghanaians", F, None)}),
    # a subject "they" with no two states before it is the plural group that was the latest subject
    # (kg.resolve.references._plural_group, session 44: dev turkey-imamoglu-arrest, senegal-election-delay-2024)
    ("they after a plural group", "Ghanaian police detained dozens of students. They also arrested Kofi Boateng.",
     {("Ghanaian police", "detain", "students", F, None), ("Ghanaian police", "arrest", "Kofi Boateng", F, None)}),
    ("they after a named person is no group", "Ghanaian police detained dozens of students. Kofi Boateng criticised Togo. They also arrested Ama Mensah.",
     {("Ghanaian police", "detain", "students", F, None), ("Kofi Boateng", "criticize", "Togo", F, None)}),
    # who withdraws is what the withdrawal is "of", and where from its "from" (kg.extract.nouns.MOVER_OF_NOUNS,
    # session 44: dev us-taliban-doha-agreement-2020, kazakhstan-unrest-csto-2022); an envoy's withdrawal is a recall
    ("the withdrawal of troops from a country", "The deal sets a timetable for the withdrawal of Ghanaian troops from Togo.",
     {("Ghanaian troops", "withdraw", "Togo", F, None)}),
    ("an envoy's withdrawal is its state's recall", "Togo ordered the withdrawal of its ambassador from Ghana.",
     {("Togo", "withdraw", "Togolese ambassador", F, None)}),
    # bare "ministers" of no state are a group of their own, as "protesters" are (lexicon bare_group_nouns,
    # kg.extract.mentions.role_mention; session 45: dev peru-castillo-ouster-2022, nepal-genz-protests,
    # g20-new-delhi-summit-2023, sri-lanka-rajapaksa-protests-2022)
    ("bare ministers as the ones acted on", "The army flew several ministers out by helicopter.", {("military", "fly out", "ministers", F, None)}),
    ("bare ministers as doers", "Ministers accused Kofi Boateng of a coup.", {("ministers", "accuse", "Kofi Boateng", F, None)}),
    ("ministers of a nationality stay the state's", "Ghanaian ministers criticised Togo.", {("Ghanaian ministers", "criticize", "Togo", F, None)}),
    # "along with" after the object: more of those acted on, or more who act? unsaid, so neither (kg.extract.verbs.companion_objects)
    ("along with after the object", "Togolese police detained Kofi Boateng, along with Ghanaian students.",
     {("Togolese police", "detain", "Kofi Boateng", F, None)}),
    ("along with before the verb", "Along with Ghana, Togo condemned Benin.", {("Togo", "condemn", "Benin", F, None), ("Ghana", "condemn", "Benin", F, None)}),
    # a participle on the last of a list is not done by whoever owns an earlier one (kg.extract.clauses.subjects_of)
    ("a participle after an owned noun", "Kofi Boateng resigned. Protesters burned Boateng's office and houses belonging to Ghanaian ministers.",
     {("protesters", "burn", "Kofi Boateng", F, None)}),
    # a speaker who says another violated or breached something accuses it (kg.extract.clauses.VIOLATION_VERBS,
    # session 45: dev solomon-islands-china-pact-2022, south-korea-yoon-impeachment)
    ("saying another violated a deal", "Togo said Ghana had violated the border agreement.", {("Togo", "accuse", "Ghana", F, None)}),
    ("claiming another is breaching a deal", "Benin claims that Togo is breaching the treaty.", {("Benin", "accuse", "Togo", F, None)}),
    ("saying another did not violate", "Togo said Ghana did not violate the border agreement.", set()),
    ("a thing of another's violating", "Togo said the visit of the Ghanaian minister violated the treaty.", set()),
    # a country of two or more words placing custody or authorities is the whole name, not its last
    # word (kg.extract.nouns.custody_place, kg.extract.mentions.role_mention; session 45: dev
    # saudi-canada-diplomatic-row-2018 "arrested in Saudi Arabia" had found no country)
    ("custody placed in a two-word country", "Kofi Boateng was detained in the United Arab Emirates last year.",
     {("United Arab Emirates", "detain", "Kofi Boateng", F, None)}),
    ("authorities placed in a two-word country", "Ghana protested. Authorities arrested Kofi Boateng in the United Arab Emirates.",
     {("United Arab Emirates", "arrest", "Kofi Boateng", F, None)}),
    # a country joined to an organisation on a group noun: two sides, the group the organisation's
    # (kg.extract.mentions.joined_organisation, split_nationalities; session 45, one dev story,
    # us-taliban-doha-agreement-2020, where "US militants" and "US negotiators" met the United States)
    ("a country and an organisation's militants", "The UK and Taliban militants have signed a prisoner deal.",
     {("Taliban militants", "sign deal", "United Kingdom", F, None)}),
    ("a country's and an organisation's negotiators", "The UK and Taliban negotiators signed the agreement on Friday.",
     {("UK negotiators", "sign agreement", "Taliban", F, None)}),
    # one's own membership acted on stands for the body (kg.extract.mentions.MEMBERSHIP_NOUNS; session 45:
    # dev armenia-russia-rift, brics-expansion-johannesburg-summit-2023, eu-turkey-migrant-deal-2016 gold)
    ("freezing one's membership", "Ghana froze its ECOWAS membership last year.", {("Ghana", "freeze", "ECOWAS", F, None)}),
    ("suspending one's membership in a body", "Togo suspended its membership in the African Union.",
     {("Togo", "suspend", "African Union", F, None)}),
    ("another's membership is no one's", "Ghana blocked Togo's ECOWAS membership.", set()),
    ("a nationality's participation is who took part", "Ghana cut ties after Togolese participation in an attack.", set()),
    # "The Government of (the Republic of) X" is X's government, the country; the NER's "The
    # Government" is no name of its own (kg.nlp.model._bare_government, _cut_at_of; session 48:
    # nicaragua-taiwan-switch-2021, armenia-karabakh-offensive-2023)
    ("the government of a country's long form", "The Government of the Republic of Ghana cut ties with Togo.",
     {("Ghana", "cut ties", "Togo", F, None)}),
    ("a ministry of a country's long form", "The Ministry of Defence of the Republic of Ghana accused Togo of shelling Accra.",
     {("Ghanaian defence ministry", "accuse", "Togo", F, None), ("Togo", "shell", "Ghana", F, None)}),
    # custody with no agent on a page that reports a military takeover is the armed force's the page
    # names, not nobody's; custody told by a phrase ("placed under house arrest", "taken into custody")
    # is custody too; a force the custody noun names keeps the patient (kg.extract.nouns.coup_force,
    # custody_keeper, CUSTODY_PHRASES; session 48: myanmar-coup-2021, sudan-coup-2021,
    # zimbabwe-mugabe-coup-2017, gabon-coup-2023 gold, peru-castillo-ouster-2022)
    ("custody on a coup page is the army's", "Ghana's army seized power in a coup on Monday. President Kofi Boateng was detained.",
     {("Ghanaian military", "detain", "Kofi Boateng", F, None)}),
    ("house arrest in a country", "Kofi Boateng was placed under house arrest in Togo.", {("Togo", "place under house arrest", "Kofi Boateng", F, None)}),
    ("held under house arrest", "Kofi Boateng was held under house arrest in Togo.", {("Togo", "hold under house arrest", "Kofi Boateng", F, None)}),
    ("police custody is the police's", "Kofi Boateng was taken into police custody on Friday.", {("police", "take into custody", "Kofi Boateng", F, None)}),
    ("talks held are no custody", "The peace talks were held in Togo.", set()),
    # harm in the passive done in an attack the sentence names is done by the attack's doer: its
    # nationality, or whoever the page said did such an act before; no attack told, no one
    # (kg.extract.nouns.attack_victim_statements; session 48: india-china-galwan-2020,
    # israel-iran-damascus-consulate-2024; the gold of soleimani-killing-2020, armenia-karabakh-offensive-2023)
    ("killed in an attack told before", "Ghana shelled Togo on Monday. Kofi Boateng was killed in the attack.",
     {("Ghana", "shell", "Togo", F, None), ("Ghana", "kill", "Kofi Boateng", F, None)}),
    ("wounded during a raid told before", "Ghana's army attacked Togo on Monday. Kofi Boateng was wounded during the raid.",
     {("Ghanaian military", "attack", "Togo", F, None), ("Ghanaian military", "wound", "Kofi Boateng", F, None)}),
    ("killed in a nationality's airstrike", "Kofi Boateng was killed in a Togolese airstrike.", {("Togo", "kill", "Kofi Boateng", F, None)}),
    ("killed in an attack no one was told of", "Kofi Boateng was killed in the attack.", set()),
    ("killed in an accident", "Kofi Boateng was killed in a car accident.", set()),
    # a name after ", and" that the parser hangs on a verb is a conjunct of the name before it
    # (kg.extract.mentions.stranded_conjuncts; session 48: azerbaijan-russia-rift-2025, india-pakistan-2025)
    ("a name stranded after a comma and 'and'",
     "Police raided the office on Monday, detaining the editor-in-chief Kofi Annan, and editorial board director Kwame Mensah.",
     {("police", "detain", "Kofi Annan", F, None), ("police", "detain", "Kwame Mensah", F, None)}),
    ("a clause after a comma and 'and' is its own", "Ghana accused Togo, and Kofi Annan resigned.", {("Ghana", "accuse", "Togo", F, None)}),
    # people detained at a protest with no agent named are protesters the page's police hold; no
    # protest or no police on the page, no edge (kg.extract.nouns._detained_protesters; session 48:
    # georgia-eu-protests, netherlands-turkey-rally-row-2017)
    ("people detained at a protest", "Riot police clashed with demonstrators. Forty-three people have been arrested during the protest.",
     {("police", "clash", "demonstrators", F, None), ("police", "arrest", "protesters", F, None)}),
    ("people detained with no protest told", "Twelve people were arrested in Accra.", set()),
    ("protesters detained by the security forces named before",
     "Ghanaian security forces clashed with protesters in Accra. Dozens of protesters were detained.",
     {("Ghanaian security forces", "clash", "protesters", F, None), ("Ghanaian security forces", "detain", "protesters", F, None)}),
    ("people detained at a protest with no police named", "Crowds marched in Accra in protest. Twelve people were arrested.",
     {("crowds", "march", "Ghana", F, None)}),
    # refusing an act whose other side a preposition names is that act, negated, not a refusal of
    # the other side (kg.extract.clauses.refusal_statements; session 48: india-pakistan-balakot-2019,
    # ethiopia-eritrea-peace-2018, hungary-ukraine-minority-row); a refusal to meet someone still is one
    ("refused to give something to another", "Kofi Annan refused to give further information to Togo.",
     {("Kofi Annan", "give information", "Togo", T, None)}),
    ("refused to meet another", "Ghana refused to meet Togo.", {("Ghana", "meet", "Togo", T, None), ("Ghana", "refuse", "Togo", F, None)}),
    # ... nor one whose noun names the other side (session 51: saudi-sweden-wallstrom-row-2015, panama-us-canal-rubio-visit-2025)
    ("refused to renew a deal with another", "Kenya refused to renew a fishing deal with Somalia.",
     {("Kenya", "renew deal", "Somalia", T, None)}),
    # released with no agent named: by whoever the page said held that person; no custody told, no
    # edge (kg.extract.nouns.release_statements, a "jailer" mention; session 48:
    # canada-china-meng-wanzhou-arrest-2018, ecuador-mexico-embassy-raid, iran-us-prisoner-swap-2023)
    ("released by whoever held them", "Ghana jailed Kofi Boateng in 2020. Boateng was released on Saturday.",
     {("Ghana", "jail", "Kofi Boateng", F, None), ("Ghana", "release", "Kofi Boateng", F, None)}),
    ("released with no custody told", "Kofi Boateng was released on Saturday.", set()),
    ("to be freed by the captor", "Togo captured Kofi Boateng. He will be freed on Friday.",
     {("Togo", "capture", "Kofi Boateng", F, None), ("Togo", "free", "Kofi Boateng", F, "future")}),
    # ... but is none of "the two countries" (kg.resolve.references._fits)
    ("a de facto state is no member of the two countries",
     "Georgia and Russia clashed over Abkhazia and South Ossetia. A French envoy flew in to mediate between the two countries.",
     {("Georgia", "clash", "Russia", F, None), ("French envoy", "mediate", "Georgia", F, "future"), ("French envoy", "mediate", "Russia", F, "future")}),
    # session 49: a mission's staff of a nationality are that state's diplomats (kg.extract.mentions.embassy_staff_mention)
    ("embassy employees of a nationality are its diplomats", "Ghana expelled three employees of the Togolese Embassy in Accra.",
     {("Ghana", "expel", "Togolese diplomats", F, None)}),
    ("embassy staff named before the noun", "Ghana expelled the Togolese embassy staffers on Friday.",
     {("Ghana", "expel", "Togolese diplomats", F, None)}),
    ("members of an embassy's diplomatic staff", "Ghana declared two members of Togo's embassy's diplomatic staff persona non grata.",
     {("Ghana", "declare", "Togolese diplomats", F, None)}),
    ("employees of an embassy of no nationality are no one", "Ghana thanked the embassy employees.", set()),
    # session 49: the name before a gerund after a preposition is its subject (kg.extract.clauses.stranded_subject)
    ("a named doer before a gerund does it", "Chile expelled two Peruvian diplomats in retaliation for Peru expelling two Chilean diplomats.",
     {("Chile", "expel", "Peruvian diplomats", F, None), ("Chile", "retaliate", "Peru", F, None), ("Peru", "expel", "Chilean diplomats", F, None)}),
    ("a gerund with no name before it is the main subject's", "Togo recalled its envoy, accusing Ghana of spying.",
     {("Togo", "recall", "Togolese envoy", F, None), ("Togo", "accuse", "Ghana", F, None)}),
    # session 49: "their talks" after two people named together is the two people's (kg.extract.mentions.CONTACT_NOUNS)
    ("their talks after two leaders are the leaders' talks",
     "Brazil and Chile signed a trade pact. Lula and Boric met in Brasilia on Monday. Their talks lasted two hours.",
     {("Luiz Inácio Lula da Silva", "meet", "Boric", F, None), ("Luiz Inácio Lula da Silva", "hold talks", "Boric", F, None),
      ("Brazil", "sign pact", "Chile", F, None)}),
    ("their cooperation after two leaders is no one's",
     "Brazil and Chile signed a trade pact. Lula and Boric met in Brasilia on Monday. Their cooperation has grown.",
     {("Luiz Inácio Lula da Silva", "meet", "Boric", F, None), ("Brazil", "sign pact", "Chile", F, None)}),
    # session 49: "they" is no pair named before another actor came between (kg.resolve.references._they_member)
    ("they after another actor is not the pair named before",
     "Peru and Chile signed a trade pact. Chile has a border dispute with Bolivia, where they have clashed twice.",
     {("Peru", "sign pact", "Chile", F, None), ("Chile", "dispute", "Bolivia", F, None)}),
    ("a name before a verb of no subject after 'after' is its subject",
     "Chile recalled its ambassador days after Lima last week expelled two Chilean diplomats.",
     {("Chile", "recall", "Chilean ambassador", F, None), ("Peru", "expel", "Chilean diplomats", F, None)}),
    # session 49: an event noun with "no" is denied (kg.extract.nouns.event_np_statements)
    ("no talks between two sides are talks denied", "There were no talks between Ghana and Togo last year.",
     {("Ghana", "hold talks", "Togo", T, None)}),
    ("no hostility between two sides is fighting denied", "There has been no hostility between Ghana and Togo.",
     {("Ghana", "fight", "Togo", T, None)}),
    # session 49: making something clear to someone tells them (kg.extract.verbs.made_clear)
    ("made clear to a state", "Ghana made clear to Togo that the border would stay open.", {("Ghana", "make clear", "Togo", F, None)}),
    ("made it clear to a leader", "Ghanaian President John Mahama made it clear to Togo's leaders that the border would stay open.",
     {("John Mahama", "make clear", "Togolese leaders", F, None)}),
    ("a ruling that made something clear tells no one", "The ruling made it clear that the border would stay open.", set()),
    # session 49: a state's independence stands for the state (lexicon proxy_nouns)
    ("recognising a state's independence recognises the state", "Ghana recognized the independence of Togo in 1960.",
     {("Ghana", "recognize", "Togo", F, None)}),

    # session 49: the hyphen after an abbreviation's full stop is cut before a name (kg.nlp.model.split_abbreviation_hyphens)
    ("two states joined by a hyphen after an abbreviation are no actor", "Joe Biden and Andres Manuel Lopez Obrador agreed to pause U.S.-Mexico tariffs for a month.",
     {("Joe Biden", "agree", "Andres Manuel Lopez Obrador", F, None)}),
    # session 49: an infinitive the parser joined to a that-clause's verb is joined to the infinitive above (kg.extract.clauses.subjects_of)
    ("a second infinitive after a that-clause is the urged side's", "Ghana urged Benin to recognize that Togo is a democracy and to respect Niger's sovereignty.",
     {("Ghana", "urge", "Benin", F, None), ("Benin", "respect", "Niger", F, "request")}),

    # session 50: crossing, stepping or walking into a state is entering it (lexicon place_targets: trump-kim-dmz-meeting-2019,
    # moon-kim-panmunjom-summit-2018, india-pakistan-balakot-2019 gold "cross into|step into|enter")
    ("stepping into a state", "President Luis Moreno stepped into Bolivia for a few minutes on Sunday.", {("Luis Moreno", "step", "Bolivia", F, None)}),
    ("crossing into a state", "Beninese soldiers crossed into Togo overnight.", {("Beninese soldiers", "cross", "Togo", F, None)}),
    ("walking into a place that is no state is no edge", "President Luis Moreno walked into the hall on Sunday.", set()),
    # session 50: a person noun set off after a name is the named person (kg.extract.mentions.described_person)
    ("a description after a name is the person", "Kofi Mensah, a Ghanaian reporter who had been jailed by Togo since 2019, was freed on Monday.",
     {("Togo", "jail", "Kofi Mensah", F, None), ("Togo", "free", "Kofi Mensah", F, None)}),
    # session 50: an envoy leaving the state of their posting is an act, a traveller leaving a place is not (kg.extract.verbs.departure)
    ("an envoy leaves the host state", "Ghana's ambassador to Togo, Kofi Mensah, left Lome on Friday.", {("Kofi Mensah", "leave", "Togo", F, None)}),
    ("a president leaving a city is a journey", "President Luis Moreno left Lima on Friday.", set()),
    # session 50: the one agreed with does the agreed infinitive too (kg.extract.clauses.subjects_of: trump-kim-dmz-meeting-2019,
    # armenia-azerbaijan-peace gold)
    ("agreeing with a state to hold talks", "Ghana agreed with Togo on Monday to resume talks.",
     {("Ghana", "agree", "Togo", F, None), ("Ghana", "resume talks", "Togo", F, "future"), ("Togo", "resume talks", "Ghana", F, "future"),
      ("Ghana", "hold talks", "Togo", F, "future")}),
    # session 50: citing another's decision gives a reason, it does nothing to them (kg.extract.verbs.CITING_VERBS)
    ("citing a state's decision is no act on it", "Ghana suspended the talks, citing Togo's decision to close the border.", set()),
    # session 50: a "between" list ends at its "and"; a name run on after a comma is the main clause's subject (kg.extract.nouns.between_parties)
    ("the subject after a between-phrase is no party", "After the talks between Putin and Erdogan, Kremlin aide Yuri Ushakov said the two leaders had agreed on a ceasefire.",
     {("Vladimir Putin", "hold talks", "Recep Tayyip Erdogan", F, None)}),
    # session 50: a ruling in a side's favour (kg.extract.verbs.ruled_in_favour: kenya-somalia-icj-maritime-2021, kulbhushan-jadhav-icj-verdict-2019 gold)
    ("ruling in favour of a state", "The ICJ ruled largely in favour of Ghana on Friday.", {("International Court of Justice", "rule in favour of", "Ghana", F, None)}),
    ("ruling in a state's favour", "The ICJ ruled in Togo's favour.", {("International Court of Justice", "rule in favour of", "Togo", F, None)}),
    # session 50: the state after "anti-" or "pro-" is whom a group opposes or backs, not its nationality (kg.extract.mentions.stance_prefixed:
    # czech-senate-vystrcil-taiwan-visit-2020, hong-kong-extradition-protests-2019, germany-russia-tiergarten-expulsions-2019)
    ("anti-state forces are not the state's forces", "Togo condemned anti-Ghana forces on Monday.", {("Togo", "condemn", "anti-Ghana forces", F, None)}),
    # session 50: what a summoned envoy is to do is no act of the summoner on them (kg.extract.verbs.summoned_envoy, narrowed to verbal acts)
    ("a summons to explain is only a summons", "Ghana summoned the Togolese ambassador to provide an explanation.",
     {("Ghana", "summon", "Togolese ambassador", F, None)}),
    # session 50: an organisation's name the NER ended on "of the", its body tagged after it, is one name
    # (kg.nlp.model._of_organisation: poland-czech-turow-mine-dispute-2021); "fined" cut to "fin" gets its "e" back (known_verbs_of)
    ("a court of a union is one name", "The Court of Justice of the European Union fined Hungary on Thursday.",
     {("Court of Justice of the European Union", "fine", "Hungary", F, None)}),
    # session 50: taking back a standing acts on whoever holds it (kg.extract.verbs.status_holder: ecuador-assange-asylum-withdrawal-2019,
    # niger-coup-france-ambassador, iraq-sweden-quran-ambassador, guatemala-arevalo-inauguration gold)
    ("withdrawing someone's asylum", "Ghana withdrew Kofi Mensah's asylum on Friday.", {("Ghana", "withdraw", "Kofi Mensah", F, None)}),
    ("revoking an envoy's accreditation", "Togo revoked the accreditation of the Ghanaian ambassador.", {("Togo", "revoke", "Ghanaian ambassador", F, None)}),
    ("a thing apposed to a name is not the person", "Ghana wants to loosen its reliance on Kofi Mensah, a plan that was criticised by Togo.", set()),
]


@pytest.mark.parametrize("text, stamps", [
    ("date 2024-03-02 Ghana Expels Togolese Diplomat", ["date 2024-03-02"]),
    (" date 2024-03-02 Ghana recalled its envoy.", ["date 2024-03-02"]),
    ("Ghana recalls envoy\ndate: 2024-03-02 Ghana recalled its envoy.", ["date: 2024-03-02"]),
    ("date 2024-03-02\nGhana recalled its envoy.", []),  # alone on its line: nothing glued to it
    ("Ghana said the date 2024-03-02 was too early.", []),  # not at the start of a line
    ("Dates 2024-03-02 and 2024-03-09 were set.", []),  # not the stamp's word
    # a wire dateline after the page's stamp on its line (session 49: dev kosovo-israel-recognition-2021; the
    # form opens pages of six dev stories)
    ("date 2024-03-04 ACCRA, Ghana (AP) — Ghana and Togo met.", ["date 2024-03-04", "ACCRA, Ghana (AP) —"]),
])
def test_a_date_stamp_glued_to_a_line_is_kept_out_of_its_parse(text, stamps):
    """kg.nlp.dateline._DATE_STAMP (myanmar-coup-2021, canada-china-diplomat-expulsion)."""
    from kg.nlp.dateline import dateline_spans

    assert [text[s:e] for s, e in dateline_spans(text)] == stamps


def test_a_capitalised_common_word_the_ner_calls_an_organisation_is_no_actor():
    """"photos and Stories from the strike": a plural common noun (or a verb) tagged an organisation
    names no one; a name the tagger reads as a noun ("Interpol") still does (dev soleimani-killing-2020)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from kg.extract.mentions import common_word_entity

    doc = Doc(Vocab(), words=["photos", "and", "Stories", "helped", "Interpol", "and", "Hamas"],
              tags=["NNS", "CC", "NNS", "VBD", "NN", "CC", "NNP"], lemmas=["photo", "and", "story", "help", "interpol", "and", "Hamas"],
              ents=["O", "O", "B-ORG", "O", "B-ORG", "O", "B-ORG"])  # fmt: skip
    assert [common_word_entity(ent) for ent in doc.ents] == [True, False, False]


@pytest.mark.parametrize("text, expected", [(r[1], r[2]) for r in ROWS], ids=[r[0] for r in ROWS])
def test_news_rule(triples_of, text, expected):
    assert triples_of(text) == expected


@pytest.mark.parametrize("lead", [
    # a page date stamp line taken for the title (india-canada-diplomat-row)
    "date 2025-03-04 Monday, March 3, 2025",
    # a short kicker, then the headline: as before
    "World Desk",
])
def test_a_sentence_case_heading_before_the_body_is_read(nlp, tmp_path, lead):
    """Every heading of 4+ words in sentence case before the body is read, not only the one taken
    for the title (kg.ingest.clean.clean_paragraphs: india-canada-diplomat-row, niger-coup-france-ambassador)."""
    from kg.eval.news import build_rows

    source = tmp_path / "lead.txt"
    source.write_text(f"{lead}\nGhana expels Togolese diplomat as Accra accuses Togo of spying\n"
                      "The border has been closed since Monday.\n", encoding="utf-8")  # fmt: skip
    rows = build_rows([source], nlp)
    assert {(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in rows} == {
        ("Ghana", "expel", "Togolese diplomat"), ("Ghana", "accuse", "Togo")}


def test_a_relation_in_another_script_or_with_a_flag_for_an_actor_is_dropped(nlp):
    """kg.extract.driver.english_relation: an embedded post's "<flags> — <name in Hebrew> - <name>"
    line gave a Hebrew word as the verb and a flag as its subject (israel-turkey-ties-restored-2022)."""
    from dataclasses import replace

    from kg.extract.driver import english_relation, extract

    (statement,) = extract(nlp("Ghana met Togo.")).statements
    assert english_relation(statement)
    assert not english_relation(replace(statement, lemma="\u05d9\u05d0\u05d9\u05e8"))
    assert not english_relation(replace(statement, subject=replace(statement.subject, text="\U0001F1EC")))


def test_a_headline_without_a_stop_is_parsed_as_a_sentence(nlp, tmp_path):
    """kg.nlp.truecase.stopped_headings: a headline line is parsed with a full stop where it ends, or
    the small model reads its last noun as a verb ("hails ICJ ruling": "the ICJ is ruling"; dev
    kenya-somalia-icj-maritime-2021 and nine more stories); file in, rows out, the text unchanged."""
    from kg.eval.news import build_rows
    source = tmp_path / "page.txt"
    source.write_text("Ghana hails ICJ ruling\n\nThe court ruled on the lake border.\n", encoding="utf-8")
    rows = build_rows([source], nlp)
    assert {(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"], r["sentence"]) for r in rows} == {
        ("Ghana", "hail", "International Court of Justice", "Ghana hails ICJ ruling")}


@pytest.mark.parametrize(("headline", "expected"), [
    ("Ghana, Togo sign deal to reopen border", {("Ghana", "sign deal", "Togo")}),
    ("Ghanaian government, Togo reach deal on lake border", {("Ghana", "agree", "Togo")}),
    ("Ghana and Togo sign agreement on fishing rights", {("Ghana", "sign agreement", "Togo")}),
    # session 45: a name or demonym before the bare noun takes the article ("expel Turkish minister"),
    # and any verb the event table codes may be the headline's ("rejects": dev netherlands-turkey-rally-row-2017)
    ("Swiss police expel Turkish minister as row escalates", {("Swiss police", "expel", "Turkish minister")}),
    ("Ghana rejects ICJ ruling over maritime border dispute", {("Ghana", "reject", "International Court of Justice")}),
])
def test_a_headline_the_parser_cannot_read_is_read_as_running_text(nlp, tmp_path, headline, expected):
    """kg.nlp.headlines: a heading with no statement is parsed again with its comma read as "and" and an
    article before its bare object noun ("sign deal": the small model reads "sign" as a noun; dev
    us-taliban-doha-agreement-2020, ethiopia-tigray-pretoria-deal-2022, greece-macedonia-prespa-deal-2018);
    file in, rows out: the row's sentence, offsets and actor texts are the headline's own."""
    from kg.eval.news import build_rows
    source = tmp_path / "page.txt"
    source.write_text(f"{headline}\n\nThe ministers spoke to reporters later.\n", encoding="utf-8")
    rows = build_rows([source], nlp)
    assert {(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in rows} == expected
    for row in rows:
        assert row["sentence"] == headline and (row["char_start"], row["char_end"]) == (0, len(headline))
        assert row["subject"]["text"] in headline and row["object"]["text"] in headline


def test_a_companion_and_the_subject_report_one_event(nlp, tmp_path):
    """kg.extract.verbs.companion_objects: the companion's statement has the subject's own words, so the two
    meetings are one act (kg.events.grouping.joint); file in, rows out."""
    from kg.eval.news import build_rows
    source = tmp_path / "page.txt"
    source.write_text("Talks in Lome\n\nTogether with Kofi Annan, President John Mahama met Faure Essozimna in Lome.\n", encoding="utf-8")
    rows = build_rows([source], nlp)
    assert {(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"], r["relation"]["text"]) for r in rows} == {
        ("John Mahama", "meet", "Faure Essozimna", "met"), ("Kofi Annan", "meet", "Faure Essozimna", "met")}
    assert len({r["event_id"] for r in rows}) == 1


def test_an_organisations_report_and_its_leaders_report_one_event(nlp, tmp_path):
    """kg.events.grouping.acts_through_others: the EU agreeing with Ghana and EU leaders agreeing with
    Ghana are one act, as a state and its leader are; two files in, rows out."""
    from kg.eval.news import build_rows
    leaders, union = tmp_path / "leaders.txt", tmp_path / "union.txt"
    leaders.write_text("EU leaders agreed a migration deal with Ghana on Thursday.\n", encoding="utf-8")
    union.write_text("The European Union agreed with Ghana on migration, officials said.\n", encoding="utf-8")
    rows = build_rows([leaders, union], nlp)
    assert {(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in rows} == {
        ("EU leaders", "agree", "Ghana"), ("European Union", "agree", "Ghana")}
    assert len({r["event_id"] for r in rows}) == 1


def test_an_organisations_fighters_and_the_organisation_report_one_event(nlp, tmp_path):
    """kg.resolve.actors._owning_organisation: fighters named after an organisation act for it, so
    their attack and the organisation's are one event, as a state's troops' and the state's are."""
    from kg.eval.news import build_rows
    fighters, organisation = tmp_path / "fighters.txt", tmp_path / "organisation.txt"
    fighters.write_text("Hezbollah fighters shelled Ghana on Monday, officials said.\n", encoding="utf-8")
    organisation.write_text("Hezbollah shelled Ghana, the army said.\n", encoding="utf-8")
    rows = build_rows([fighters, organisation], nlp)
    assert {(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in rows} == {
        ("Hezbollah fighters", "shell", "Ghana"), ("Hezbollah", "shell", "Ghana")}
    assert len({r["event_id"] for r in rows}) == 1


def test_a_headline_that_reads_is_not_read_twice(nlp, tmp_path):
    """A heading whose first reading gives a statement keeps it alone (no second parse, no second row)."""
    from kg.eval.news import build_rows
    source = tmp_path / "page.txt"
    source.write_text("Ghana condemns Togo over border raid\n\nThe ministers spoke to reporters later.\n", encoding="utf-8")
    rows = build_rows([source], nlp)
    assert [(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in rows] == [("Ghana", "condemn", "Togo")]


def test_a_headline_under_a_navigation_trail_gives_its_statement(nlp, tmp_path):
    """A page whose breadcrumb line ends with the headline it repeats below (us-taliban-doha-agreement-2020,
    us-china-trade): the headline is read without the trail, file in, rows out."""
    from kg.eval.news import build_rows
    source = tmp_path / "page.txt"
    source.write_text("Home World Africa News Ghana and Togo Sign Border Accord in Lome\n\n"
                      "Ghana and Togo Sign Border Accord in Lome\n\nThe deal ends a long dispute.\n", encoding="utf-8")  # fmt: skip
    rows = build_rows([source], nlp)
    assert {(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in rows} == {("Ghana", "sign accord", "Togo")}
    assert {r["sentence"] for r in rows} == {"Ghana and Togo Sign Border Accord in Lome"}

def built_rows(nlp, tmp_path, name: str, text: str) -> tuple[list[dict], Path]:
    """A page written to ``name``, built and written as a user would (``kg build``'s path): the
    rows of its ``triples.jsonl`` and the output folder."""
    from kg.pipeline import build, write_outputs

    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    write_outputs(build([source], nlp=nlp), out)
    return [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()], out


def labelled(rows: list[dict]) -> set[tuple[str, str, str]]:
    """(subject label, relation lemma, object label) of each row."""
    return {(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in rows}



@pytest.mark.parametrize("text", [
    "Kenyan ambassador to Uganda Amina Odhiambo met Yoweri Museveni on Monday.",
    "The Kenyan ambassador to Uganda, Amina Odhiambo, met Yoweri Museveni on Monday.",
])
def test_a_named_posting_is_the_person_of_the_role_country(nlp, tmp_path, text):
    """"the X ambassador to Y, Name": the statement is the person's (not X's, not Y's), she is
    affiliated with X in the RDF graph, and a later bare "the ambassador" is she (issue: real news)."""
    from rdflib import Graph, URIRef

    from kg.namespaces import KG

    page = text + " Later the ambassador told reporters that the talks went well.\n"
    rows, out = built_rows(nlp, tmp_path, "posting.txt", page)
    assert labelled(rows) == {
        ("Amina Odhiambo", "meet", "Yoweri Museveni"), ("Amina Odhiambo", "tell", "reporters")}
    graph = Graph().parse(out / "graph.trig", format="trig")
    person = URIRef(rows[0]["subject"]["id"])
    assert {str(o) for o in graph.objects(person, KG.affiliatedWith)} == {"https://w3id.org/newskg/actor/Kenya"}


@pytest.mark.parametrize(
    "words, labels, expected",
    [
        # a unit the NER calls an organisation in one sentence and a product in another is the organisation
        (["Vantor", "backed", "students", ".", "Students", "thanked", "Vantor", "."],
         ["B-ORG", "O", "O", "O", "O", "O", "B-PRODUCT", "O"], [("Vantor", "ORG"), ("Vantor", "ORG")]),
        # a longer "law" is not the name; the same name alone is
        (["Ruto", "Rejects", "Plan", ".", "Ruto", "met", "Odinga", "."],
         ["B-LAW", "I-LAW", "I-LAW", "O", "B-PERSON", "O", "B-PERSON", "O"],
         [("Ruto Rejects Plan", "LAW"), ("Ruto", "PERSON"), ("Odinga", "PERSON")]),
        (["Ruto", ".", "Ruto", "met", "Odinga", "."], ["B-LAW", "O", "B-PERSON", "O", "B-PERSON", "O"],
         [("Ruto", "PERSON"), ("Ruto", "PERSON"), ("Odinga", "PERSON")]),
        # not a place, not an unlabelled word, and not when the other kind is the more frequent
        (["Nakuru", "hosted", "talks", ".", "Nakuru", "said", "no", "."],
         ["B-LOC", "O", "O", "O", "B-ORG", "O", "O", "O"], [("Nakuru", "LOC"), ("Nakuru", "ORG")]),
        (["Odinga", "spoke", ".", "Odinga", "left", "."], ["B-PERSON", "O", "O", "O", "O", "O"], [("Odinga", "PERSON")]),
        (["Tusk", "said", ".", "Tusk", "sold", ".", "Tusk", "won", "."],
         ["B-PRODUCT", "O", "O", "B-PRODUCT", "O", "O", "B-ORG", "O", "O"],
         [("Tusk", "PRODUCT"), ("Tusk", "PRODUCT"), ("Tusk", "ORG")]),
    ],
)
def test_a_name_the_ner_calls_an_actor_is_one_on_the_whole_page(words, labels, expected):
    """kg.nlp.model.page_names (dev: madagascar-genz-coup, north-korea-russia)."""
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.model import page_names

    pos = ["PUNCT" if w == "." else "PROPN" if w[0].isupper() else "VERB" for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=labels)
    assert [(e.text, e.label_) for e in page_names(doc).ents] == expected


def _joined_entities(**doc_attrs) -> list[tuple[str, str]]:
    """The entities kg.nlp.model.joined_person_names leaves on a hand-built Doc (words, ents and the
    parse attributes a test gives): the NER's cuts are fixed input, not the model's mood."""
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.model import joined_person_names

    return [(e.text, e.label_) for e in joined_person_names(Doc(spacy.blank("en").vocab, **doc_attrs)).ents]


@pytest.mark.parametrize(
    "words, heads, deps, ents, expected",
    [
        # a three-part name the NER cut before its last word, which heads the other two
        (["Kenya", "censured", "Park", "Min", "Jae", "."], [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "compound", "compound", "dobj", "punct"],
         ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"], [("Kenya", "GPE"), ("Park Min Jae", "PERSON")]),
        # ... or two words short, both compounds of the last ("Aung San | Suu Kyi": dev myanmar-coup-2021)
        (["Kenya", "censured", "Daw", "Mya", "Thin", "Kyaw", "."], [1, 1, 5, 5, 5, 1, 1],
         ["nsubj", "ROOT", "compound", "compound", "compound", "dobj", "punct"],
         ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O", "O"], [("Kenya", "GPE"), ("Daw Mya Thin Kyaw", "PERSON")]),
        # not a one-word name ("Ruto Plan"), a title, a country, or a word the name is no compound of
        (["Kenya", "backed", "Ruto", "Plan", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "compound", "dobj", "punct"],
         ["B-GPE", "O", "B-PERSON", "O", "O"], [("Kenya", "GPE"), ("Ruto", "PERSON")]),
        (["Kenya", "hosted", "Amina", "Odhiambo", "Minister", "."], [1, 1, 3, 4, 1, 1],
         ["nsubj", "ROOT", "compound", "compound", "dobj", "punct"],
         ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"], [("Kenya", "GPE"), ("Amina Odhiambo", "PERSON")]),
        (["Amina", "Odhiambo", "Kenya", "spoke", "."], [1, 2, 3, 3, 3], ["compound", "compound", "nsubj", "ROOT", "punct"],
         ["B-PERSON", "I-PERSON", "O", "O", "O"], [("Amina Odhiambo", "PERSON")]),
        (["Amina", "Odhiambo", "Kenya", "spoke", "."], [1, 3, 3, 3, 3], ["compound", "nsubj", "nsubj", "ROOT", "punct"],
         ["B-PERSON", "I-PERSON", "O", "O", "O"], [("Amina Odhiambo", "PERSON")]),
    ],
)
def test_a_name_the_ner_cut_short_gets_its_last_word(words, heads, deps, ents, expected):
    """kg.nlp.model._cut_name (dev: south-korea-yoon-impeachment; the split form: north-korea-russia)."""
    pos = ["PUNCT" if w == "." else "VERB" if d == "ROOT" or w in ("censured", "backed", "hosted") else "PROPN" for w, d in zip(words, deps)]
    assert _joined_entities(words=words, heads=heads, deps=deps, pos=pos, ents=ents) == expected


@pytest.mark.parametrize(
    "words, pos, ents, expected",
    [
        # the NER ended a person on a name particle and tagged the rest of the surname a place
        (["Ms", "von", "der", "Leyen", "thanked", "Kenya", "."], ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
         ["B-PERSON", "I-PERSON", "I-PERSON", "B-GPE", "O", "B-GPE", "O"], [("Ms von der Leyen", "PERSON"), ("Kenya", "GPE")]),
        # ... or ran the rest on into a headline's verb and quotation mark: the surname's word only
        (["Ruto", "and", "van", "der", "Berg", "Sign", "'", "Pact", "'"], ["PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT"],
         ["B-PERSON", "O", "B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
         [("Ruto", "PERSON"), ("van der Berg", "PERSON")]),
        # ... or left it untagged
        (["Ms", "van", "der", "Berg", "thanked", "Kenya", "."], ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
         ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"], [("Ms van der Berg", "PERSON"), ("Kenya", "GPE")]),
        # a person ending on a capitalised word keeps the place after it
        (["President", "Ruto", "Kenya", "spoke", "."], ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
         ["B-PERSON", "I-PERSON", "B-GPE", "O", "O"], [("President Ruto", "PERSON"), ("Kenya", "GPE")]),
    ],
)
def test_a_surname_cut_at_its_particle_is_one_name(words, pos, ents, expected):
    """kg.nlp.model._particle_split and _particle_tail (dev: uk-eu-windsor-framework-2023, macron-xi-beijing-visit-2023,
    tunisia-eu-migration-deal-2023)."""
    assert _joined_entities(words=words, pos=pos, ents=ents) == expected


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        # the NER ran an organisation's name on into its acronym's bracket and stopped before the closing one
        (["Kenya", "backed", "the", "Lake", "Basin", "Authority", "(", "LBA", ")", "."],
         ["B-GPE", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
         [("Kenya", "GPE"), ("the Lake Basin Authority", "ORG")]),
        # a closed bracket, or none, is left as the NER gave it
        (["Kenya", "backed", "the", "Lake", "Basin", "Authority", "(", "LBA", ")", "."],
         ["B-GPE", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
         [("Kenya", "GPE"), ("the Lake Basin Authority ( LBA )", "ORG")]),
    ],
)
def test_a_name_run_on_into_an_open_bracket_ends_before_it(words, ents, expected):
    """kg.nlp.model._unclosed_bracket (dev: sudan-kenya-mediation-rejection-2023, mozambique-renamo-peace-2019)."""
    assert _joined_entities(words=words, ents=ents) == expected


@pytest.mark.parametrize(
    "deps, expected",
    [
        # the name right after the role, hung on the verb as an adverbial, names who holds the role
        (["nsubj", "ROOT", "poss", "amod", "dobj", "compound", "npadvmod", "punct"], "Faure Dussey"),
        # the same name as the verb's own subject is not the role's name
        (["nsubj", "ROOT", "poss", "amod", "dobj", "compound", "nsubj", "punct"], None),
    ],
)
def test_a_name_glued_to_a_role_but_hung_on_the_verb_is_the_roles_holder(deps, expected):
    """kg.extract.mentions.glued_name (session 52, dev japan-korea-comfort-women-deal-2015 "with his South
    Korean counterpart Yun Byung Se after", sudan-coup-2021 "Sudanese general Abdel Fattah al-Burhan on Monday")."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.context import new_context
    from kg.extract.mentions import apposed_name_mention
    from kg.lexicon import load_lexicon

    words = ["Boateng", "praised", "his", "Togolese", "counterpart", "Faure", "Dussey", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 6, 1, 1], deps=deps,
              pos=["PROPN", "VERB", "PRON", "ADJ", "NOUN", "PROPN", "PROPN", "PUNCT"],
              lemmas=["Boateng", "praise", "his", "Togolese", "counterpart", "Faure", "Dussey", "."],
              ents=["B-PERSON", "O", "O", "B-NORP", "O", "B-PERSON", "I-PERSON", "O"])
    ctx = new_context(doc, load_lexicon())
    mention = apposed_name_mention(doc[4], ctx, False)
    assert (mention.name if mention is not None else None) == expected


@pytest.mark.parametrize(
    "words, heads, deps, pos, ents, expected",
    [
        # the parser split a title from the name after it and made both subjects: the name acts
        (["unit", "spokesperson", "Jane", "Wanjiru", "told", "Reuters", "."], [1, 4, 4, 4, 4, 4, 4],
         ["compound", "nsubj", "nsubj", "advmod", "ROOT", "dobj", "punct"],
         ["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
         ["O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O"], ["Jane Wanjiru"]),
        # a name that does not start right after the noun is no title's name: the first subject stays
        (["the", "spokesperson", "said", "Jane", "told", "Reuters", "."], [1, 4, 4, 4, 4, 4, 4],
         ["det", "nsubj", "dep", "nsubj", "ROOT", "dobj", "punct"],
         ["DET", "NOUN", "VERB", "PROPN", "VERB", "PROPN", "PUNCT"],
         ["O", "O", "O", "B-PERSON", "O", "B-ORG", "O"], ["spokesperson"]),
    ],
)
def test_a_title_split_from_its_name_leaves_the_name_the_subject(words, heads, deps, pos, ents, expected):
    """kg.extract.clauses.named_after_noun (dev: haiti-kenya-police-mission "force spokesperson ...
    told Reuters", north-korea-russia "news agency TASS reported")."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.clauses import subjects_of
    from kg.extract.context import new_context
    from kg.lexicon import load_lexicon

    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    ctx = new_context(doc, load_lexicon())
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert [m.name for m, _ in subjects_of(verb, ctx)] == expected


@pytest.mark.parametrize(
    "lemma, expected",
    [("criticise", "criticize"), ("normalise ties", "normalize ties"), ("paralyse", "paralyze"), ("apologize", "apologize"),
     ("praise", "praise"), ("advise", "advise"), ("promise", "promise"), ("reappraise threat", "reappraise threat"),
     ("compromise", "compromise"), ("raise tariffs", "raise tariffs"), ("disenfranchise", "disenfranchise"), ("summarise", "summarize")],
)
def test_a_relation_lemma_takes_the_american_spelling(lemma, expected):
    """One relation is one concept whichever spelling the page used; words spelled "-ise" everywhere stay."""
    from kg.lexicon import american_spelling

    assert american_spelling(lemma) == expected


def test_a_british_spelling_page_and_an_american_one_give_one_relation(triples_of):
    assert triples_of("Ghana criticised Togo. Mali criticized Niger.") == {
        ("Ghana", "criticize", "Togo", F, None), ("Mali", "criticize", "Niger", F, None)}


def test_a_bare_surname_is_not_the_relative_a_page_names_by_kinship(nlp, tmp_path):
    """A page that writes its subject only as "former Governor Reyes" and names "his daughter Sara
    Reyes": the bare "Reyes" and "he" are the governor, never the daughter (issue: real news,
    pronouns and gender; lexicon kinship_nouns). Another page names both in full, so the corpus
    cannot tell which Reyes the bare name is and keeps it apart from both (kg.resolve.corpus)."""
    from kg.pipeline import build, write_outputs

    (tmp_path / "a.txt").write_text(
        "Former Governor Reyes spoke to reporters on Sunday, said his daughter Sara Reyes. Police arrested Reyes at the airport. "
        "In Lima, he had criticised Chile.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Luis Reyes, a former governor, met Chilean officials in May. His daughter, Sara Reyes, praised Peru.\n", encoding="utf-8")
    out = tmp_path / "out"
    write_outputs(build([tmp_path / "a.txt", tmp_path / "b.txt"], nlp=nlp), out)
    rows = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(r["doc"], r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in rows} == {
        ("a", "Reyes", "speak", "reporters"), ("a", "police", "arrest", "Reyes"), ("a", "Reyes", "criticize", "Chile"),
        ("b", "Luis Reyes", "meet", "Chilean officials"), ("b", "Sara Reyes", "praise", "Peru")}


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        # an organisation the NER ended on its "of" before a country leaves the "of" to the country, its owner
        (["The", "Supreme", "Court", "of", "Kenya", "ruled", "."], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-GPE", "O", "O"],
         [("The Supreme Court", "ORG"), ("Kenya", "GPE")]),
        # not a place after it that the NER did not call a country, nor a name that does not end on "of"
        (["The", "Supreme", "Court", "of", "Nairobi", "ruled", "."], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-LOC", "O", "O"],
         [("The Supreme Court of", "ORG"), ("Nairobi", "LOC")]),
        (["The", "Supreme", "Court", "in", "Kenya", "ruled", "."], ["B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O", "O"],
         [("The Supreme Court", "ORG"), ("Kenya", "GPE")]),
        # ended on "of the" before a country's long form: both words leave the name
        (["The", "Ministry", "of", "Justice", "of", "the", "Republic", "of", "Ghana", "ruled", "."],
         ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "B-GPE", "I-GPE", "I-GPE", "O", "O"],
         [("The Ministry of Justice", "ORG"), ("Republic of Ghana", "GPE")]),
        # "The Government" is no name: the country the "of" names is whose government it is
        (["The", "Government", "of", "the", "Republic", "of", "Ghana", "ruled", "."],
         ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-GPE", "I-GPE", "I-GPE", "O", "O"], [("Republic of Ghana", "GPE")]),
        (["The", "Government", "of", "Ghana", "ruled", "."], ["B-ORG", "I-ORG", "O", "B-GPE", "O", "O"], [("Ghana", "GPE")]),
        # but stays when no country follows ("The Government said": whose, the other rules decide)
        (["The", "Government", "ruled", "."], ["B-ORG", "I-ORG", "O", "O"], [("The Government", "ORG")]),
    ],
)
def test_an_organisation_cut_at_its_of_is_the_countrys(words, ents, expected):
    """kg.nlp.model._cut_at_of, _bare_government (dev: georgia-eu-protests, south-korea-yoon-impeachment,
    peru-castillo-ouster-2022; "of the": nicaragua-taiwan-switch-2021, armenia-karabakh-offensive-2023)."""
    pos = ["PUNCT" if w == "." else "VERB" if w == "ruled" else "ADP" if w in ("of", "in") else "DET" if w in ("The", "the") else "PROPN" for w in words]
    assert _joined_entities(words=words, pos=pos, ents=ents) == expected


def test_a_headline_role_is_the_role_of_the_story(nlp):
    """kg.resolve.actors._role_case (dev canada-china-diplomat-expulsion): a role a title-case
    headline names ("Ugandan Diplomat") is the same actor as the running text's "Ugandan diplomat"."""
    from kg.pipeline import build_documents
    from kg.types import Document

    docs = [
        Document(id="p0", text=" date 2023-05-08 Kenya Expels Ugandan Diplomat Accused Of Spying\nKenya said on Monday it would expel the diplomat.", source="a.txt"),
        Document(id="p1", text="Kenya has expelled a Ugandan diplomat accused of spying, the ministry said.", source="b.txt"),
    ]
    found = {(st.doc, st.subject.actor.label, st.relation.lemma, st.object.actor.label) for st in build_documents(docs, nlp=nlp).statements}
    assert found == {("p0", "Kenya", "expel", "Ugandan diplomat"), ("p1", "Kenya", "expel", "Ugandan diplomat")}


@pytest.mark.parametrize(
    "words, heads, deps, tags, ents, expected",
    [
        # "X, the mediator, Y and Z": a singular mediator noun in apposition names the one it follows,
        # not the others listed with X (dev greece-macedonia-prespa-deal-2018: 8 false edges, none right)
        (["Present", "were", "Ama", "Owusu", ",", "the", "mediator", ",", "Kofi", "Boateng", "and", "Yaw", "Darko", "."],
         [1, 1, 3, 1, 3, 6, 3, 3, 9, 3, 9, 12, 9, 1],
         ["advmod", "ROOT", "compound", "nsubj", "punct", "det", "appos", "punct", "compound", "conj", "cc", "compound", "conj", "punct"],
         ["RB", "VBD", "NNP", "NNP", ",", "DT", "NN", ",", "NNP", "NNP", "CC", "NNP", "NNP", "."],
         ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"], ["Ama Owusu"]),
        # a plural one names them all: "Ghana and Togo, the mediators"
        (["Ghana", "and", "Togo", ",", "the", "mediators", ",", "spoke", "."],
         [7, 0, 0, 0, 5, 0, 0, 7, 7],
         ["nsubj", "cc", "conj", "punct", "det", "appos", "punct", "ROOT", "punct"],
         ["NNP", "CC", "NNP", ",", "DT", "NNS", ",", "VBD", "."],
         ["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "O"], ["Ghana", "Togo"]),
    ],
)
def test_an_apposed_mediator_names_whom_it_follows(words, heads, deps, tags, ents, expected):
    """kg.extract.nouns._mediator_of."""
    from kg.extract.nouns import _mediator_of

    doc, ctx = _parsed(words, heads, deps, tags, ents)
    noun = next(t for t in doc if t.dep_ == "appos")
    assert [m.name for m in _mediator_of(noun, ctx)] == expected


# Session 38: names the NER cut badly are no actors, or get the name the page wrote.
@pytest.mark.parametrize(("text", "expected"), [
    # an office named after a title keeps the whole title (kg.extract.mentions.owner_title_name)
    ("Ghana's Attorney General's Office charged Kofi Boateng with fraud.", {("Attorney General's Office", "charge", "Kofi Boateng", F, None)}),
    # a name written before a place noun is the place (street_name): crossing a border is no act on anyone
    ("Kofi Boateng crossed the Aflao border on foot.", set()),
])
def test_a_badly_cut_name_is_no_actor(triples_of, text, expected):
    assert triples_of(text) == expected


def _parsed(words, heads, deps, tags, ents):
    import spacy
    from spacy.tokens import Doc

    from kg.extract.context import new_context
    from kg.lexicon import load_lexicon

    pos = ["PROPN" if t == "NNP" else "NOUN" if t in ("NN", "NNS") else "VERB" if t.startswith("VB") else "PART" if t == "POS" else "X" for t in tags]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)
    return doc, new_context(doc, load_lexicon())


def test_a_title_the_parser_split_off_is_the_next_names_title():
    """"Greek Prime Minister A and Macedonian Prime Minister B met", parsed with the second
    "Minister" and "B" as two conjuncts of "A": the title names no third person
    (kg.extract.mentions.title_split_off)."""
    from kg.extract.mentions import find_mention

    words = ["Ghanaian", "Prime", "Minister", "Kofi", "Darko", "and", "Togolese", "Prime", "Minister", "Kossi", "Agbeko", "met", "."]
    heads = [2, 2, 4, 4, 11, 4, 8, 8, 4, 10, 4, 11, 11]
    deps = ["amod", "compound", "compound", "compound", "nsubj", "cc", "amod", "compound", "conj", "compound", "conj", "ROOT", "punct"]
    tags = ["JJ", "NNP", "NNP", "NNP", "NNP", "CC", "JJ", "NNP", "NNP", "NNP", "NNP", "VBD", "."]
    ents = ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc, ctx = _parsed(words, heads, deps, tags, ents)
    assert find_mention(doc[8], ctx, True) is None
    assert find_mention(doc[10], ctx, True).name == "Kossi Agbeko"


@pytest.mark.parametrize(("words", "tags", "ents", "expected"), [
    # a name the NER starts at a possessive ending is the tail of something owned (owned_remnant)
    (["the", "Governor", "’s", "Lodge"], ["DT", "NNP", "POS", "NNP"], ["O", "O", "B-PERSON", "I-PERSON"], None),
    # a plural title before two names belongs to neither name (_plural_title)
    (["Prime", "Ministers", "Darko"], ["NNP", "NNP", "NNP"], ["O", "B-PERSON", "I-PERSON"], "Darko"),
])
def test_a_name_cut_at_a_possessive_or_a_plural_title(words, tags, ents, expected):
    from kg.extract.mentions import find_mention

    n = len(words)
    heads = [n - 1] * n
    deps = ["compound"] * (n - 1) + ["ROOT"]
    doc, ctx = _parsed(words, heads, deps, tags, ents)
    mention = find_mention(doc[n - 1], ctx, True)
    assert (mention.name if mention is not None else None) == expected


def test_a_title_before_a_possessive_is_no_title_of_what_follows():
    """"the Prime Minister's Media Division" is an office of the prime minister, no person titled
    Prime Minister (kg.extract.mentions.entity_mention: roles end at the possessive)."""
    from kg.extract.mentions import find_mention

    words = ["the", "Prime", "Minister", "'s", "Media", "Division"]
    doc, ctx = _parsed(words, [2, 2, 5, 2, 5, 5], ["det", "compound", "poss", "case", "compound", "ROOT"],
                       ["DT", "NNP", "NNP", "POS", "NNP", "NNP"], ["O", "O", "O", "O", "B-ORG", "I-ORG"])
    mention = find_mention(doc[5], ctx, True)
    assert (mention.name, mention.roles) == ("Media Division", ())


@pytest.mark.parametrize(("text", "expected"), [
    # an act noun with no owner after a support verb is the subject's act (kg.extract.verbs.unowned_agent_event)
    ("Ghana expressed support for Togo on Monday.", {("Ghana", "support", "Togo", F, None)}),
    ("Ghana has stepped up support for Togo.", {("Ghana", "support", "Togo", F, None)}),
    # "have" or "enjoy" with such a noun is a state, no act
    ("The war ended in 1994, with Ghana having full control over Togo.", set()),
    ("Ghana has control over Togo.", set()),
    # a verb that stops the act names the stopping, not the act
    ("Ghana ended the occupation of Togo in 1990.", {("Ghana", "end", "Togo", F, None), ("Ghana", "end occupation", "Togo", F, None)}),
    ("Ghana suspended support for Togo.", {("Ghana", "suspend support", "Togo", F, None)}),
    ("The Ghanaian army lifted a blockade on Togolese lorries on Friday.", {("Ghanaian army", "lift blockade", "Togo", F, None)}),
])
def test_an_act_noun_with_no_owner_is_the_subjects(triples_of, text, expected):
    assert triples_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # officials named by their government's seat keep that name (lexicon seat_names)
    ("Kremlin officials told Interfax that the summit would go ahead.", {("Kremlin officials", "tell", "Interfax", F, None)}),
    # a nationality still makes the state's group
    ("Ghanaian officials told Reuters that the summit would go ahead.", {("Ghanaian officials", "tell", "Reuters", F, None)}),
])
def test_officials_named_by_their_seat_keep_that_name(triples_of, text, expected):
    assert triples_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a briefing named by no other noun is the press's (kg.extract.verbs.bare_briefing)
    ("Speaking at a briefing after the summit, Kofi Boateng said the talks went well.", {("Kofi Boateng", "say", "reporters", F, None)}),
    ("Kofi Boateng said at a special briefing that the border would reopen.", {("Kofi Boateng", "say", "reporters", F, None)}),
    # one for soldiers or spies is not
    ("Kofi Boateng said at a security briefing that the border would reopen.", set()),
])
def test_a_bare_briefing_is_the_press(triples_of, text, expected):
    assert triples_of(text) == expected


@pytest.mark.parametrize(("label", "type_", "expected"), [
    ("Kenya Airways Flight KQ507", "Person", True),  # a flight number the NER read as a name
    ("7-Kenyan president", "Person", True),  # a numbered list of headlines
    ("Kofi Boateng", "Person", False),
    ("G7", "Organization", False),  # an organisation may have one
])
def test_a_person_with_a_digit_in_the_name_is_no_one(label, type_, expected):
    """kg.resolve.actors.numbered_person: such a "person" resolves to no actor."""
    from kg.resolve.actors import numbered_person
    from kg.resolve.local import LocalActor

    assert numbered_person(LocalActor(label, type_, None)) is expected


def test_a_conjunct_lends_its_noun_no_nationality_but_shares_its_of_phrase():
    """kg.extract.mentions.nationality_hints: "human rights workers and Kurds" are no Kurdish workers
    (session 42: dev netherlands-turkey-rally-row-2017), while in "the government and people of Iraq"
    the "of" phrase after the conjunct belongs to both (re3d dev)."""
    from kg.extract.mentions import nationality_hints

    words = ["jailed", "rights", "workers", "and", "Kurds", "."]
    doc, ctx = _parsed(words, [0, 2, 0, 2, 2, 0], ["ROOT", "compound", "dobj", "cc", "conj", "punct"],
                       ["VBD", "NNS", "NNS", "CC", "NNPS", "."], ["O", "O", "O", "O", "B-NORP", "O"])
    assert nationality_hints(doc[2], ctx) == ()
    words = ["praised", "the", "government", "and", "people", "of", "Iraq", "."]
    doc, ctx = _parsed(words, [0, 2, 0, 2, 2, 4, 5, 0], ["ROOT", "det", "dobj", "cc", "conj", "prep", "pobj", "punct"],
                       ["VBD", "DT", "NN", "CC", "NNS", "IN", "NNP", "."], ["O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    assert nationality_hints(doc[2], ctx) == ("Iraq",)


def test_a_group_of_a_nationality_is_labelled_as_the_page_writes_it(nlp, tmp_path):
    """kg.resolve.actors (the aliases of group mentions) and kg.resolve.corpus.institution_page_label:
    "Togolese senior commanders", named by the noun "commander", keep the words the page writes
    between the nationality and the noun in their label, in triples.jsonl (session 43: dev
    israel-iran-damascus-consulate-2024, whose gold lists "Iranian senior commanders")."""
    rows, _ = built_rows(nlp, tmp_path, "raid.txt", "Ghana bombed a base near Lome and killed Togolese senior commanders.\n")
    assert labelled(rows) == {("Ghana", "kill", "Togolese senior commanders")}


def test_a_group_written_with_an_organisation_is_labelled_without_it(triples_of):
    """"U.S. and Taliban officials": the US group's label leaves the other name out (kg.resolve.actors,
    session 44: dev us-taliban-doha-agreement-2020 wrote the label "U.S. and Taliban negotiators")."""
    subjects = {subject for subject, *_ in triples_of("U.S. and Taliban officials criticised Qatar.")}
    assert "U.S. officials" in subjects
    assert not any(" and " in subject for subject in subjects)


def test_a_line_that_introduces_a_quotation_keeps_its_act(nlp, tmp_path):
    """kg.ingest.clean._joined_lines: "X said:" on a line of its own, the quotation on the next, is one
    sentence, not a heading to drop (session 47: dev belarus-prisoner-release "After embracing
    Tikhanovskaya, Bialiatski said:" had lost its core statement), from the file to triples.jsonl."""
    page = (
        "Leaders met in Berlin on Monday to discuss energy prices.\n\n"
        "After embracing Emmanuel Macron, Olaf Scholz said:\n"
        "\u201cWe will stand together this winter.\u201d\n"
    )
    rows, _ = built_rows(nlp, tmp_path, "summit.txt", page)
    assert labelled(rows) == {("Olaf Scholz", "embrace", "Emmanuel Macron")}


def test_a_headline_below_photo_captions_is_still_read(nlp, tmp_path):
    """kg.ingest.clean: a page that opens with a long photo caption ("... Photo: Reuters") has not begun its
    story, so the headline below it is still the lead, not a related-list heading to drop (session 47: dev
    canada-china-meng-wanzhou-arrest-2018, lula-xi-beijing-visit-2023), from the file to triples.jsonl."""
    page = (
        "Crowds of supporters and onlookers gather outside the Ugandan embassy in Nairobi on Monday afternoon "
        "as police officers stand guard near the main gate of the compound. Photo: Reuters\n"
        "Kenya expels Ugandan ambassador over border row\n"
        "- Nairobi says the envoy broke diplomatic rules\n"
        "Topic | Kenya\n"
    )
    rows, _ = built_rows(nlp, tmp_path, "expulsion.txt", page)
    assert labelled(rows) == {("Kenya", "expel", "Ugandan ambassador")}


def test_a_related_box_inside_the_story_does_not_end_it(nlp, tmp_path):
    """kg.ingest.clean._story_resumes: an "Also read" box with a teaser headline, set between two
    paragraphs of the story, is dropped, and the story after it is read (session 47: dev
    armenia-russia-rift, ethiopia-eritrea-sea-access, hong-kong-extradition-protests-2019); a box at the
    end, teaser headlines only, still ends the article. From the file to triples.jsonl."""
    page = (
        "Relations between the two neighbours have worsened sharply over the past month, officials said.\n"
        "Also read\n"
        "Ghana expels Togolese ambassador\n"
        "On Tuesday, Kenya recalled its ambassador to Uganda after a dispute over the shared border.\n"
        "The move followed weeks of talks that failed to settle the dispute over the island, diplomats said.\n"
        "Related News\n"
        "Ghana condemns Togo over border raid\n"
    )
    rows, _ = built_rows(nlp, tmp_path, "row.txt", page)
    assert labelled(rows) == {("Kenya", "recall", "Kenyan ambassador")}


def test_the_prefixes_kept_whole_are_the_prefixes_read():
    """The tokenizer keeps "re-", "co-", "pre-", "de-" words whole (kg.nlp.model) exactly where the
    extractor reads them as the verbs the tables know (kg.extract.context): two lists kept in step."""
    from kg.extract.context import HYPHENATED_PREFIXES
    from kg.nlp.model import KEPT_PREFIXES

    assert KEPT_PREFIXES == HYPHENATED_PREFIXES


def test_a_bulleted_list_item_is_read_without_its_bullet(nlp, tmp_path):
    """kg.nlp.truecase.blank_bullets (session 48, dev moon-kim-panmunjom-summit-2018): the bullet of a
    list item under a headline had been parsed as a word beside the subject, and the item's statement
    was lost; its evidence keeps the page's words, bullet and all."""
    page = "Ghana-Togo Jointly Sign Trade Declaration\n\n• Ghana’s President John Mahama and Togolese President Faure Gnassingbe have jointly signed a declaration on trade.\n"
    rows, _ = built_rows(nlp, tmp_path, "bullets.txt", page)
    signed = [r for r in rows if r["relation"]["lemma"] == "sign declaration"]
    assert {(r["subject"]["label"], r["object"]["label"]) for r in signed} == {("John Mahama", "Faure Gnassingbe")}
    assert all(page[r["char_start"] : r["char_end"]].startswith("•") for r in signed)


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        # a name the NER ran on into the relative clause after it ends before the pronoun
        (["the", "Accra", "Group", "which", "Mahama", "leads", "met", "."], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
         [("the Accra Group", "ORG")]),
        # a name with no relative pronoun inside stays whole
        (["the", "Accra", "Group", "met", "."], ["B-ORG", "I-ORG", "I-ORG", "O", "O"], [("the Accra Group", "ORG")]),
    ],
)
def test_a_name_run_on_into_a_relative_clause_ends_before_it(words, ents, expected):
    """kg.nlp.model._relative_cut (session 48, dev sudan-kenya-mediation-rejection-2023: "the Igad
    Quartet which Ruto leads" had been one organisation, "Igad Quartet which Ruto")."""
    assert _joined_entities(words=words, ents=ents) == expected


@pytest.mark.parametrize(
    "words, heads, deps, tags, ents, expected",
    [
        # "... and <organisation> (<short form>) <title> <person>": the parser makes the organisation the
        # conjunct and hangs the person on it as an apposition (session 53, dev mozambique-renamo-peace-2019)
        (["The", "pact", "was", "signed", "by", "President", "Kofi", "Mensah", "and", "Ghana", "Liberation", "Front", "(", "GLF", ")",
          "Chief", "Kwame", "Boateng", "."],
         [1, 3, 3, 3, 3, 7, 7, 4, 7, 11, 11, 7, 17, 17, 17, 17, 17, 11, 3],
         ["det", "nsubjpass", "auxpass", "ROOT", "agent", "compound", "compound", "pobj", "cc", "compound", "compound", "conj", "punct",
          "nmod", "punct", "compound", "compound", "appos", "punct"],
         ["DT", "NN", "VBD", "VBN", "IN", "NNP", "NNP", "NNP", "CC", "NNP", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", "NNP", "NNP", "NNP", "."],
         ["O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
         ["Kofi Mensah", "Kwame Boateng"]),
        # "... and <state> <title> <person>" with the person hung on the verb (session 53, dev
        # solomon-islands-china-pact-2022)
        (["The", "pact", "was", "signed", "by", "Councilor", "Kofi", "Mensah", "and", "Togo", "Foreign", "Minister", "Robert", "Dussey", "."],
         [1, 3, 3, 3, 3, 7, 7, 4, 7, 7, 13, 13, 13, 3, 3],
         ["det", "nsubjpass", "auxpass", "ROOT", "agent", "compound", "compound", "pobj", "cc", "conj", "compound", "compound", "compound",
          "npadvmod", "punct"],
         ["DT", "NN", "VBD", "VBN", "IN", "NNP", "NNP", "NNP", "CC", "NNP", "NNP", "NNP", "NNP", "NNP", "."],
         ["O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O"],
         ["Kofi Mensah", "Robert Dussey"]),
        # a state listed with no title after it stays a party: "by Kofi Mensah and Togo"
        (["The", "pact", "was", "signed", "by", "Kofi", "Mensah", "and", "Togo", "."],
         [1, 3, 3, 3, 3, 6, 4, 6, 6, 3],
         ["det", "nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "cc", "conj", "punct"],
         ["DT", "NN", "VBD", "VBN", "IN", "NNP", "NNP", "CC", "NNP", "."],
         ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"],
         ["Kofi Mensah", "Togo"]),
    ],
)
def test_a_name_that_opens_a_listed_officials_title_is_the_official(words, heads, deps, tags, ents, expected):
    """kg.extract.mentions._person_after_name: the official, not their state or organisation, is listed."""
    from kg.extract.mentions import mentions_of

    doc, ctx = _parsed(words, heads, deps, tags, ents)
    first = next(t for t in doc if t.dep_ == "pobj")
    assert [m.name for m, _ in mentions_of(first, ctx)] == expected
