"""Build the verb and phrase tables of ``kg/data/events.json`` from the PETRARCH CAMEO dictionary.

Run once, by hand (it is not part of the build)::

    python scripts/build_event_table.py ../shared/benchmarks/cameo-codebook/CAMEO.2.0.txt

Sources: the PETRARCH CAMEO verb pattern dictionary ``CAMEO.2.0.txt`` (MIT licence, Open Event Data
Alliance): verb blocks ``--- NAME [code] ---`` list verbs (WordNet synonyms among them), each with
its own code or the block's, and patterns ``- * NOUN [code] # VERB`` give the code of a verb with
a direct object. From it this script takes

- ``lemmas``: verb (or phrasal verb, "ask for") -> the CAMEO code of the verb or its block; verbs
  listed in blocks with different codes, and verbs in the SKIP list (senses that are rarely the
  political event in news: "hit", "charge", "fire" ...), are left out;
- ``phrases``: "verb noun" -> CAMEO code, from patterns whose object is one word (synonym sets
  ``&NAME`` expanded) right after the verb; where a pair has several codes, the most general
  pattern (fewest extra words) wins, then the most frequent code, then the shorter code.

Hand-written entries (``CURATED_LEMMAS``, ``CURATED_PHRASES``, ``NOUNS`` below: the general verbs
and event nouns of diplomacy and conflict news, chosen from the CAMEO codebook's descriptions)
override mined ones. The benchmark gold sentences (PLOVER GSR, PETRARCH-2 GSR) were not used.
The other keys of events.json (cameo_roots, plover_exceptions, quad_classes, families) are kept.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

DEFAULT_SOURCE = Path("/work/shared/benchmarks/cameo-codebook/CAMEO.2.0.txt")
OUT = Path(__file__).resolve().parents[1] / "kg" / "data" / "events.json"

PARTICLES = {"out", "off", "up", "down", "back", "in", "on", "over", "away"}
_CODE = re.compile(r"\[\s*:?\s*([0-9]{2,4})(?::[0-9]*)?\s*\]")


def _code(text: str) -> str | None:
    m = _CODE.search(text)
    return m.group(1) if m else None


def _word(token: str) -> str:
    return token.strip().rstrip("_").replace("_", " ").lower()


def parse_dictionary(path: Path = DEFAULT_SOURCE):
    """(verbs: lemma -> set of codes (None = no code), patterns: list of (verb, tokens after *, code, n_extra))."""
    lines = path.read_text(encoding="latin-1").splitlines()
    synsets: dict[str, list[str]] = {}
    verbs: dict[str, set] = collections.defaultdict(set)
    patterns: list[tuple[str, list[str], str]] = []
    section = None
    current_set = None
    block_code = None
    block_verbs: list[str] = []
    block_name = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("- ") else raw.rstrip()
        if raw.startswith("####### SYNONYM"):
            section = "syn"
            continue
        if raw.startswith("####### VERB"):
            section = "verbs"
            continue
        if raw.startswith("########"):
            section = None
            continue
        if section == "syn":
            if line.startswith("&"):
                current_set = line.strip()
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                synsets[current_set].append(_word(line[1:].split()[0]))
            continue
        if section != "verbs" or not line.strip():
            continue
        if line.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            block_name = _word(m.group(1))
            block_code = _code(f"[{m.group(2)}]")
            block_verbs = []
            continue
        if line.startswith("- "):
            body, _, comment = line[2:].partition("#")
            code = _code(body)
            if code is None:
                continue
            tokens = _CODE.sub("", body).split()
            words = [w.lower() for w in comment.split()]
            owners = [v for v in block_verbs if v.replace(" ", "_") in words or v in words]
            owners = owners[:1] or [block_name]
            for owner in owners:
                patterns.append((owner, tokens, code))
            continue
        # a verb line: VERB {forms} [code]  or  +MULTI_WORD {forms} [code]
        text = re.sub(r"\{[^}]*\}", "", line)
        head = text.split()[0]
        if head.startswith("+"):
            head = head[1:]
        lemma = _word(head)
        if not re.fullmatch(r"[a-z][a-z' -]*", lemma):
            continue
        code = _code(text)
        if code is None and "[---]" in text:
            code = None
        elif code is None:
            code = block_code
        verbs[lemma].add(code)
        block_verbs.append(lemma)
    return synsets, dict(verbs), patterns


def mine_phrases(synsets, patterns):
    """"verb noun" -> code from patterns ``* NOUN [code]`` (object right after the verb)."""
    cands: dict[str, list[tuple[int, str]]] = collections.defaultdict(list)
    for verb, tokens, code in patterns:
        if "*" not in tokens:
            continue
        after = tokens[tokens.index("*") + 1 :]
        after = [t for t in after if t not in ("$", "^", "%")]
        if not after:
            continue
        first, extra = after[0], len(after) - 1
        particle = ""
        if first.lower() in PARTICLES and len(after) > 1 and not after[1].startswith(("(", "{")):
            particle, first, extra = first.lower() + " ", after[1], extra - 1
        if first.startswith(("(", "{")) or not re.fullmatch(r"&?[A-Z][A-Z'_-]*", first):
            continue
        nouns = synsets.get(first, []) if first.startswith("&") else [_word(first)]
        for noun in nouns:
            if " " in noun:
                continue
            cands[f"{verb} {particle}{noun}"].append((extra, code))
    phrases = {}
    for key, found in cands.items():
        least = min(extra for extra, _ in found)
        counts = collections.Counter(code for extra, code in found if extra == least)
        phrases[key] = min(counts, key=lambda c: (-counts[c], len(c), c))
    return phrases


# Verbs of the dictionary left out: senses that are rarely the political event in news, WordNet
# synonyms of another sense, inflected forms, or codes the curated table below decides instead.
SKIP = set("""
saw see watch  witness scatter spread dispense disperse dissipate diffuse total tally score
figure count measure copy imitate mimic calculate gauge impress punctuate reassesment bemock auspicate
augur forebode portend presage prefigure prognosticate foreshadow foretell
involve frustrate intrude obtrude pry trespass apply desire hint hope counsel suggest
aim certify determine ensure expect  groom mean prepare ready resurrect resuscitate revive strive
subscribe train vote want decide endeavor endeavour intend plan vouch
acquaint amass apprise apprize brave cluster conglomerate congregate conjoin constellate contemplate
converge depart egress elicit embark excogitate  flock gather go    hear
huddle innovate insert learn leave  meditate mull muse notify ponder promulgate reason
reconsider reinvite ruminate   speculate think touring unite  weigh face
approach consider join encounter interact tour travel arrive
admit advertise advertize affect associate barter concert confess confide conform correlate deal
divulge expose exuberate exult haggle impact influence integrate orchestrate organise organize profess
promote reveal synchronise synchronize tempt triumph unionise unionize unveil harmonise harmonize
admire bless cheer clap embolden enliven esteem exalt galvanize inspire invigorate prefer prize rouse
sanctify spur toast revitalize reward celebrate commemorate favor favour reassert
abate accord administer allocate allot ameliorate amplify appease apportion assign attach augment award
benefit bequeath bestow better bind blend chain coalesce combine command compound conflate connect
constitute control deepen dictate direct enact endow enhance enjoin enlarge enlist enroll entrust
escalate establish exaggerate expand expediate found fuse govern grant handle head heighten improve
increase institute intensify issue lead link magnify manage merge mitigate oversee prescribe redouble
regulate relate rule serve simplify steer  supervise supervize task  unify conduct
attire furnish gear outfit render stock tender evacuate interfere  tend ward 
abide  bide clear conciliate  countenance detach disconnect disentangle 
emancipate empower enable fill forswear    intermediate legislate loosen pass
recede resettle resolve retire satify settle  submit succumb  tease tolerate unblock
undo unloose untie verify approve authorise authorize concession  declassify
analyse ascertain check comb dig explore   mine rake research scan skim study sweep
unearth search spy adjure bid campaign crusade decree necessitate need
argue aver avow appall blaspheme claim compete contend contravene contrast counter counterbalance cry
debase defile degrade despair differ disappoint discourage disgrace disgust dishearten dismay distrust
express grieve humble humiliate infract mourn offend oppugn outrage pique sadden scandalise scandalize
shock slight stun stupefy suspect swear transgress wail weep whine wrangle crucify charge compensate
defect defer delay fail forestall inhibit override postpone procrastinate remit retard shelve stall
table prevent endanger annoy arouse badger bother  discomfit disconcert disquiet disturb
enkindle harry hassle irk irritate pester plague provoke rag torment upset vex parade  garner
 abort betray countermine disarray disassociate disband disorder disrupt sabotage undermine
secede bill cage constrain contain enclose enforce exclude inflict levy moderate ostracise ostracize
reinforce restrain segregate shun  withhold appropriate  capture catch extract grab
overturn pirate pluck pull revolutionise revolutionize snatch steal subvert take  usurp
disallow interdict sentence tax remove abuse bruise cane contaminate corrupt crack damage harm hurt
impair kick  lash mar mistreat overthrow rip scuffle slap spoil strangle tarnish
tear vitiate whip wrestle dishonor dishonour explode altercate assail best blow break bust circle
clobber conflict crush decapitate decimate desolate despoil devastate die disarm dominate duel
eradicate  flatten foray  grapple hammer hang hit  
master match obliterate overcome overshadow overtake overwhelm pelt pillage pit plunder pummel quarrel
ram ransack ravage ravish raze reave ring ruin shatter smash snipe   stone 
struggle subjugate surmount surround target thump torch  infest inhabit reside dynamite 
forgave forgiven deliberate allay comfort console formalize butcher intercede
""".split("\n"))
SKIP = {w for line in SKIP for w in line.split()} | {  # multi-word verbs
    "drum up", "pull together", "vote down", "bridle at", "gear up", "step up", "tie in", "step in",
    "look after", "abide by", "conform to", "drop out", "go by", "go through", "hash out", "talk over",
    "settle on", "get out", "glance over", "look over", "arrest and", "take over", "kidnapped and killed",
    "fight down", "foray into", "intrude on", "killed and", "killed or", "square off", "stamp out",
    "string up", "wipe out", "shot and", "find out", "go away", "go forth", "go to", "leave behind",
    "run into", "send word", "walk out", "watch over", "seem confident", "is determined",
}

# Hand-written verb codes (CAMEO codebook descriptions); they override the dictionary.
CURATED_LEMMAS = {
    "beat up": "182", "beat": "182", "arrive": "042",
    # 01 statements: no PLOVER class
    "say": "010", "tell": "010", "inform": "010", "state": "010", "declare": "010", "announce": "010",
    "brief": "010", "write": "010", "explain": "010", "describe": "010", "respond": "010", "reply": "010",
    "comment": "010", "add": "010", "note": "010", "stress": "010", "emphasize": "010", "emphasise": "010",
    "call": "010", "quote": "010", "cite": "010", "address": "010", "claim": "010", "insist": "010",
    "acknowledge": "015", "deny": "120",
    # 02 appeals
    "urge": "020", "appeal": "020", "appeal to": "020", "ask": "020", "ask for": "020", "request": "020",
    "call on": "020", "call for": "020", "call upon": "020", "encourage": "020", "push": "020", "advise": "020",
    "persuade": "020", "implore": "020", "seek": "020", "plead": "020", "exhort": "020", "entreat": "020",
    "reach out": "020", "reach out to": "020",
    # 03 intent to cooperate (PLOVER AGREE; invitations are AGREE in the PLOVER codebook)
    "agree": "030", "concur": "030", "pledge": "030", "promise": "030", "offer": "030", "vow": "030",
    "commit": "030", "propose": "030", "invite": "036", "volunteer": "030", "guarantee": "030",
    # 04 consult
    "meet": "040", "meet with": "040", "talk": "040", "consult": "040", "discuss": "040", "speak": "040",
    "phone call": "040", "phone": "041", "telephone": "041", "visit": "042", "host": "043", "receive": "043",
    "negotiate": "046", "mediate": "045", "convene": "040", "engage": "040", "confer": "040", "attend": "042",
    "bargain": "046", "arbitrate": "045", "summon": "111",
    # 05 diplomatic cooperation (PLOVER SUPPORT)
    "support": "050", "back": "050", "endorse": "051", "praise": "051", "commend": "051", "welcome": "051",
    "thank": "051", "defend": "052", "recognize": "054", "recognise": "054", "sign": "057", "ratify": "057",
    "side with": "050", "stand by": "050", "apologize": "055", "apologise": "055", "forgive": "056",
    "ally": "050", "partner": "050", "congratulate": "051", "hail": "051", "applaud": "051",
    "develop ties": "050", "strengthen ties": "050", "normalize": "050", "normalise": "050",
    "reconcile": "050", "restore": "050",
    # 06 material cooperation
    "cooperate": "060", "collaborate": "060", "trade": "061", "share": "064", "exchange": "060",
    "invest": "061", "invest in": "061", "extradite": "063", "train": "062", "equip": "062",
    # 07 aid
    "aid": "070", "help": "070", "assist": "070", "give": "070", "provide": "070", "supply": "070",
    "fund": "071", "finance": "071", "donate": "070", "contribute": "070", "lend": "071", "loan": "071",
    "arm": "072", "shelter": "075", "rescue": "073", "airlift": "073", "protect": "074",
    "provide aid": "070", "provide assistance": "070",
    # 08 yield (CONCEDE) and return/release/withdraw (RETREAT)
    "concede": "080", "yield": "080", "back down": "080", "comply": "080", "relent": "080", "ease": "081",
    "lift": "081", "waive": "081", "pardon": "081", "resign": "083", "step down": "083",
    "release": "084", "free": "084", "set free": "084", "return": "084", "hand over": "084",
    "give back": "084", "withdraw": "087", "retreat": "087", "pull out": "087", "pull back": "087",
    "surrender": "0874", "demobilize": "0873", "demobilise": "0873", "disarm": "0873",
    # 09 investigate (PLOVER ACCUSE)
    "investigate": "090", "probe": "090", "inspect": "090", "examine": "090", "monitor": "090",
    # 10 demand
    "press": "100", "demand": "100", "order": "100", "insist on": "100",
    # 11 disapprove (PLOVER ACCUSE)
    "criticize": "111", "criticise": "111", "condemn": "111", "denounce": "111", "slam": "111",
    "blast": "111", "rebuke": "111", "blame": "112", "accuse": "112", "allege": "112",
    "protest": "111",  # governments protest (ACCUSE); crowds "protest against" (PROTEST)
    "row": "111", "spat": "111", "quarrel": "111",
    "complain": "114", "fault": "112", "lash out": "111", "lash out at": "111", "hit back": "111",
    "hit back at": "111", "condemnation": "111", "disapprove": "110", "object to": "110", "sue": "115",
    "feud": "111", "dispute": "111", "rift": "111", "deplore": "111", "decry": "111", "censure": "111",
    "speak out": "111", "speak out against": "111", "warn against": "130",
    # 12 reject
    "reject": "120", "refuse": "120", "dismiss": "120", "oppose": "120", "veto": "129", "snub": "120",
    "rebuff": "120", "defy": "128", "boycott": "163", "object": "120", "decline": "120", "spurn": "120",
    "obstruct": "120", "block": "170",
    # 13 threaten
    "threaten": "130", "warn": "130", "intimidate": "130", "caution": "130",
    # 14 protest (political dissent)
    "demonstrate": "141", "rally": "141", "march": "141", "strike against": "143", "riot": "145",
    "protest against": "140", "protest over": "140",
    # 15 exhibit force (MOBILIZE)
    "mobilize": "150", "mobilise": "150", "deploy": "152", "patrol": "150", "dispatch": "152",
    "hold exercises": "150", "hold drills": "150", "conduct exercises": "150", "conduct drills": "150",
    # 16 reduce relations (SANCTION; 163 sanctions/embargo is COERCE in CAMEO2PLOVER-2021)
    "sanction": "160", "sever": "161", "suspend": "161", "cut": "161", "downgrade": "161",
    "cut off": "161", "break off": "161", "recall": "161", "impose": "163", "embargo": "163",
    "impose sanctions": "163", "impose sanctions on": "163", "announce countermeasures": "160",
    "retaliate": "160", "retaliate against": "160", "halt": "160",
    # 17 coerce
    "expel": "174", "deport": "174", "arrest": "173", "detain": "173", "jail": "173", "imprison": "173",
    "prosecute": "173", "indict": "173", "convict": "173", "seize": "171", "confiscate": "1711",
    "blockade": "191", "pressure": "170", "coerce": "170", "force": "170", "crack down": "175",
    "crack down on": "175", "repress": "175", "suppress": "175", "ban": "172", "restrict": "172",
    "censor": "1721", "punish": "170",
    # 18-20 assault
    "attack": "190", "assault": "180", "strike": "190", "bomb": "195", "shell": "194", "invade": "192",
    "fire": "190", "fire on": "190", "shoot": "193", "kill": "190", "fight": "190", "raid": "190",
    "clash": "190", "war": "190", "conflict": "190", "intervene": "190", "intervene in": "190",
    "annex": "192", "occupy": "192", "besiege": "191", "kidnap": "181", "abduct": "181",
    "assassinate": "186", "torture": "1822", "massacre": "202", "shoot down": "190", "ambush": "190",
    "bombard": "195", "storm": "190", "take over": "192",
}

# "verb noun" phrases (the extractor's "<support verb> <event noun>"), overriding mined ones.
CURATED_PHRASES = {
    "send arms": "072", "send weapons": "072", "supply arms": "072", "supply weapons": "072",
    "strengthen forces": "152", "reinforce troops": "152", "reinforce forces": "152",
    "lodge protest": "111", "file protest": "111", "make protest": "111", "express concern": "111",
    "express anger": "111", "hold talks": "040", "have talks": "040", "sign agreement": "057",
    "reach agreement": "030", "impose sanctions": "163", "announce countermeasures": "160",
    "issue warning": "130", "make threat": "130", "launch attack": "190", "provide aid": "070",
    "send troops": "152", "hold exercises": "150", "conduct exercises": "150", "stage drills": "150",
    "lift sanctions": "085", "ease sanctions": "085", "lift embargo": "085", "lift ban": "081",
    "expel diplomats": "166", "expel ambassador": "166", "expel diplomat": "166",
    "recall ambassador": "161", "summon ambassador": "111", "summon envoy": "111",
    "sever ties": "161", "cut ties": "161", "break relations": "161", "sever relations": "161",
    "suspend talks": "164", "suspend aid": "162", "cut aid": "162", "halt aid": "162",
    "stage strike": "143", "call strike": "143", "launch strike": "190", "carry out strike": "190",
    "launch strikes": "190", "carry out strikes": "190", "stage protest": "141", "hold protest": "141",
    "hold rally": "141", "stage rally": "141", "hold demonstration": "141",
    "sign treaty": "057", "sign deal": "057", "sign accord": "057", "sign pact": "057",
    "reach deal": "030", "give support": "051", "express support": "051", "voice support": "051",
    "present evidence": "112", "order investigation": "091", "open investigation": "090",
    "launch investigation": "090", "launch probe": "090", "give aid": "070", "send aid": "070",
    "grant asylum": "075", "offer aid": "033", "offer assistance": "033", "offer talks": "036",
    "declare ceasefire": "0871", "agree ceasefire": "0871", "violate ceasefire": "196",
    "wage war": "190", "declare war": "138", "use force": "190", "take control": "192",
    "impose curfew": "1723", "impose restrictions": "172", "impose embargo": "163", "impose ban": "172",
    "deploy troops": "152", "send warships": "152", "mass troops": "152",
    "release prisoners": "0841", "free prisoners": "0841", "return territory": "0842",
    "file lawsuit": "115", "file complaint": "114", "issue ultimatum": "139", "set deadline": "139",
    "make visit": "042", "pay visit": "042", "make trip": "042", "hold meeting": "040",
    "express regret": "055", "offer apology": "055", "issue apology": "055",
}

# Event nouns -> the noun's own code: the last resort for "<verb> <noun>" when neither the phrase
# nor a meaningful verb is known ("mount offensive", "begin withdrawal").
NOUNS = {
    "talks": "040", "talk": "040", "meeting": "040", "summit": "040", "consultation": "040",
    "discussion": "040", "dialogue": "040", "negotiation": "046", "visit": "042", "call": "041",
    "mediation": "045", "agreement": "030", "deal": "030", "treaty": "057", "pact": "057", "accord": "057",
    "memorandum": "057", "support": "050", "backing": "050", "ties": "050", "relations": "050",
    "recognition": "054", "apology": "055", "cooperation": "060", "partnership": "050", "alliance": "050",
    "trade": "061", "investment": "061", "aid": "070", "assistance": "070", "help": "070", "loan": "071",
    "asylum": "075", "concession": "080", "compromise": "080", "release": "084", "withdrawal": "087",
    "pullout": "087", "ceasefire": "0871", "truce": "0871", "cease-fire": "0871", "armistice": "0871",
    "investigation": "090", "probe": "090", "inquiry": "090", "inspection": "090", "appeal": "020",
    "request": "020", "plea": "020", "demand": "100", "ultimatum": "139", "criticism": "111",
    "condemnation": "111", "protest": "140", "complaint": "114", "accusation": "112", "allegation": "112",
    "charges": "112", "lawsuit": "115", "rejection": "120", "veto": "129", "warning": "130", "threat": "130",
    "demonstration": "141", "rally": "141", "march": "141", "sit-in": "141", "hunger strike": "142",
    "boycott": "143", "riot": "145", "exercises": "150", "exercise": "150", "drills": "150", "drill": "150",
    "manoeuvres": "150", "maneuvers": "150", "patrol": "150", "patrols": "150", "deployment": "152",
    "mobilization": "154", "mobilisation": "154", "buildup": "154", "sanctions": "163", "sanction": "163",
    "countermeasures": "160", "embargo": "163", "expulsion": "174", "blockade": "191", "crackdown": "175",
    "arrest": "173", "arrests": "173", "raid": "190", "raids": "190", "curfew": "1723", "ban": "172",
    "restrictions": "172", "occupation": "192", "invasion": "192", "annexation": "192", "attack": "190",
    "attacks": "190", "assault": "190", "offensive": "190", "strike": "190", "strikes": "190",
    "airstrike": "195", "airstrikes": "195", "air strike": "195", "bombing": "195", "bombardment": "195",
    "shelling": "194", "incursion": "190", "war": "190", "hostilities": "190", "fighting": "190",
    "clashes": "190", "ambush": "190", "kidnapping": "181", "abduction": "181", "assassination": "186",
    "massacre": "202", "genocide": "202", "torture": "1822",
}

# Verbs whose meaning comes from their object ("hold talks", "launch attack"): for "<verb> <noun>"
# the noun's code is preferred to the verb's own.
LIGHT_VERBS = sorted({
    "hold", "have", "make", "conduct", "carry out", "stage", "launch", "mount", "give", "take", "issue",
    "express", "announce", "lodge", "file", "begin", "start", "continue", "resume", "renew", "open",
    "reopen", "restart", "initiate", "pursue", "wage", "deliver", "extend", "declare", "voice",
    "step up", "intensify", "escalate", "plan", "prepare", "organize", "organise", "call", "seek",
    "unleash", "undertake", "perform", "do",
})


def build(source: Path = DEFAULT_SOURCE) -> dict:
    synsets, verbs, patterns = parse_dictionary(source)
    synsets = {name: words for name, words in synsets.items() if len(words) <= 15}  # not currencies, weapons
    lemmas = {}
    for verb, codes in verbs.items():
        if len(codes) == 1 and None not in codes and verb not in SKIP:
            lemmas[verb] = next(iter(codes))
    lemmas.update(CURATED_LEMMAS)
    phrases = {}
    for key, code in mine_phrases(synsets, patterns).items():
        verb = key.rsplit(" ", 1)[0]
        if key in lemmas or lemmas.get(verb) == code:  # a phrasal verb of its own ("stand by"), or redundant
            continue
        phrases[key] = code
    phrases.update(CURATED_PHRASES)
    raw = json.loads(OUT.read_text(encoding="utf-8"))
    raw["lemmas"] = dict(sorted(lemmas.items()))
    raw["phrases"] = dict(sorted(phrases.items()))
    raw["nouns"] = dict(sorted(NOUNS.items()))
    raw["light_verbs"] = LIGHT_VERBS
    raw["plover_exceptions"] = PLOVER_EXCEPTIONS
    raw["_comment"] = COMMENT
    check_plover(raw)
    return raw


COMMENT = (
    "Relation lemma -> CAMEO code. lemmas: verbs (and phrasal verbs); phrases: 'verb noun' (the extractor's"
    " '<support verb> <event noun>'); nouns: an event noun's own code, used for '<verb> <noun>' when the"
    " phrase is unknown and the verb is a light verb (light_verbs), a statement verb or unknown."
    " lemmas and phrases are mined from the PETRARCH CAMEO verb dictionary (CAMEO.2.0.txt, MIT) plus"
    " hand-written entries, by scripts/build_event_table.py (run once, by hand; edit this file directly"
    " for small changes). CAMEO root -> PLOVER event class and GDELT quad class. PLOVER classes per"
    " CAMEO2PLOVER-2021, including its code-level exceptions (plover_exceptions); roots 01 have no class;"
    " 02 appeals are counted as REQUEST here (CAMEO2PLOVER drops root 02; the PLOVER codebook defines"
    " REQUEST as all requests, demands and orders). Quad classes follow GDELT: roots 01-05 verbal"
    " cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict."
)

# CAMEO2PLOVER-2021 maps at the code level: these codes leave their root's class.
PLOVER_EXCEPTIONS = {
    "_comment": "CAMEO code (3 or 4 digits) -> PLOVER class where it differs from its root's (CAMEO2PLOVER-2021). 0813/0814 (ease curfew, state of emergency) and 1712 (destroy property) were missing before.",
    "0813": "RETREAT", "0814": "RETREAT",
    "084": "RETREAT", "085": "RETREAT", "086": "RETREAT", "087": "RETREAT",
    "163": "COERCE", "175": "ASSAULT", "1712": "ASSAULT", "191": "COERCE", "192": "COERCE",
}


def check_plover(raw: dict, table: Path = DEFAULT_SOURCE.parents[1] / "plover" / "CAMEO2PLOVER-2021.txt") -> None:
    """Every code of CAMEO2PLOVER-2021 gets its class from cameo_roots + plover_exceptions."""
    if not table.exists():
        return
    roots = {root: plover for root, (_, plover) in raw["cameo_roots"].items()}
    exceptions = raw["plover_exceptions"]
    for line in table.read_text(encoding="utf-8").splitlines():
        m = re.match(r"([0-9]{3,4}):\s*([A-Z]+)", line)
        if not m:
            continue
        code, plover = m.groups()
        got = exceptions.get(code) or exceptions.get(code[:3]) or roots.get(code[:2])
        assert got == plover, (code, plover, got)


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    raw = build(source)
    OUT.write_text(json.dumps(raw, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(raw['lemmas'])} lemmas, {len(raw['phrases'])} phrases, {len(raw['nouns'])} nouns -> {OUT}")


if __name__ == "__main__":
    main(sys.argv)
