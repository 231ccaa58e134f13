"""The shipped actor gazetteer (kg/data/actors.json): world coverage, exact lookups, no ambiguous keys."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib import resources

import pytest

from kg.lexicon import entity_ruler_patterns, load_gazetteer, normalise_name


def raw() -> dict:
    return json.loads((resources.files("kg") / "data" / "actors.json").read_text(encoding="utf-8"))


def countries() -> list[dict]:
    return raw()["countries"]


def test_every_un_member_and_observer_state_is_a_country() -> None:
    codes = {c["iso3166"]["alpha3"] for c in countries()}
    territories = {"TWN", "HKG", "MAC", "XKX"}  # Taiwan, Hong Kong, Macau, Kosovo: not UN members
    observers = {"PSE", "VAT"}
    assert territories | observers <= codes
    assert len(codes - territories - observers) == 193  # the UN's member states
    assert len(codes) == len(countries()) == 199


def test_every_country_has_iso_codes_and_unique_ones() -> None:
    alpha2 = [c["iso3166"]["alpha2"] for c in countries()]
    alpha3 = [c["iso3166"]["alpha3"] for c in countries()]
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in alpha2)
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in alpha3)
    assert len(set(alpha2)) == len(alpha2) and len(set(alpha3)) == len(alpha3)
    assert load_gazetteer().lookup("Kosovo").iso3166 == ("XK", "XKX")  # user-assigned, as used by the EU and IMF
    assert load_gazetteer().lookup("Ivory Coast").iso3166 == ("CI", "CIV")


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Albanian", "Albania"), ("Albanians", "Albania"), ("Iraqi", "Iraq"), ("Iraqis", "Iraq"),
        ("Israelis", "Israel"), ("Palestinians", "Palestine"), ("Liberian", "Liberia"), ("Liberians", "Liberia"),
        ("Serbs", "Serbia"), ("Serb", "Serbia"), ("Ghanaians", "Ghana"), ("Ivorian", "Ivory Coast"),
        ("Ivorians", "Ivory Coast"), ("Filipinos", "Philippines"), ("Chinese", "China"), ("Japanese", "Japan"),
        ("Americans", "United States"), ("Britons", "United Kingdom"), ("Georgians", "Georgia"),
        ("Kosovars", "Kosovo"), ("Nigerien", "Niger"), ("Nigerians", "Nigeria"), ("Bissau-Guinean", "Guinea-Bissau"),
        ("Guinean", "Guinea"), ("South Sudanese", "South Sudan"), ("Sudanese", "Sudan"), ("Croats", "Croatia"),
        ("Bosnians", "Bosnia and Herzegovina"), ("Macedonian", "North Macedonia"), ("Timorese", "East Timor"),
        ("Salvadoran", "El Salvador"), ("Dominican", "Dominican Republic"), ("Burkinabe", "Burkina Faso"),
        ("Basotho", "Lesotho"), ("Malagasy", "Madagascar"), ("Kyrgyz", "Kyrgyzstan"), ("Somalis", "Somalia"),
        ("Saudis", "Saudi Arabia"), ("Poles", "Poland"), ("Turks", "Turkey"), ("Azeri", "Azerbaijan"),
    ],
)  # fmt: skip
def test_demonyms_adjective_and_plural(word: str, country: str) -> None:
    assert load_gazetteer().country_of(word) == country


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Tirana", "Albania"), ("Pristina", "Kosovo"), ("Monrovia", "Liberia"), ("Accra", "Ghana"),
        ("Yamoussoukro", "Ivory Coast"), ("Abidjan", "Ivory Coast"), ("Kinshasa", "Democratic Republic of the Congo"),
        ("Brazzaville", "Republic of the Congo"), ("Juba", "South Sudan"), ("Sarajevo", "Bosnia and Herzegovina"),
        ("Asunción", "Paraguay"), ("La Paz", "Bolivia"), ("Malé", "Maldives"), ("Downing Street", "United Kingdom"),
        ("Kremlin", "Russia"), ("Gitega", "Burundi"), ("Naypyitaw", "Myanmar"),
    ],
)  # fmt: skip
def test_capitals(name: str, country: str) -> None:
    gaz = load_gazetteer()
    assert gaz.country_of(name) == country
    assert gaz.lookup(name).label == country


@pytest.mark.parametrize(
    ("alias", "label"),
    [
        ("Côte d'Ivoire", "Ivory Coast"), ("Cote d\u2019Ivoire", "Ivory Coast"), ("the Gambia", "Gambia"),
        ("Swaziland", "Eswatini"), ("DRC", "Democratic Republic of the Congo"), ("Timor-Leste", "East Timor"),
        ("Holy See", "Vatican City"), ("the Vatican", "Vatican City"), ("Cabo Verde", "Cape Verde"),
        ("Bosnia", "Bosnia and Herzegovina"), ("St. Lucia", "Saint Lucia"), ("Burma", "Myanmar"),
        ("State of Palestine", "Palestine"), ("Islamic Republic of Iran", "Iran"),
    ],
)  # fmt: skip
def test_country_aliases(alias: str, label: str) -> None:
    entry = load_gazetteer().lookup(alias)
    assert entry is not None and (entry.label, entry.type) == (label, "Country")


@pytest.mark.parametrize(
    ("alias", "label", "affiliation"),
    [
        ("UNHCR", "UNHCR", None), ("UN refugee agency", "UNHCR", None), ("IAEA", "International Atomic Energy Agency", None),
        ("African Union", "African Union", None), ("OAU", "Organization of African Unity", None),
        ("League of Arab States", "Arab League", None), ("OSCE", "OSCE", None), ("ICC", "International Criminal Court", None),
        ("World Court", "International Court of Justice", None), ("Red Cross", "International Committee of the Red Cross", None),
        ("ICRC", "International Committee of the Red Cross", None), ("MSF", "Doctors Without Borders", None),
        ("al-Qaida", "Al-Qaeda", None), ("al Qaeda", "Al-Qaeda", None), ("ISIS", "Islamic State", None),
        ("ISIL", "Islamic State", None), ("Daesh", "Islamic State", None), ("PLO", "Palestine Liberation Organization", "Palestine"),
        ("Islamic Jihad", "Palestinian Islamic Jihad", None), ("PKK", "Kurdistan Workers' Party", None),
        ("Tamil Tigers", "Liberation Tigers of Tamil Eelam", None), ("LTTE", "Liberation Tigers of Tamil Eelam", None),
        ("Ansar Allah", "Houthis", None), ("IRGC", "Islamic Revolutionary Guard Corps", "Iran"),
        ("IDF", "Israel Defense Forces", "Israel"), ("the World Bank", "World Bank", None),
    ],
)  # fmt: skip
def test_organizations(alias: str, label: str, affiliation: str | None) -> None:
    entry = load_gazetteer().lookup(alias)
    assert entry is not None
    assert (entry.label, entry.type, entry.affiliation) == (label, "Organization", affiliation)


def test_no_key_names_two_actors() -> None:
    """Every label, alias, demonym and capital (normalised) stands for one actor in the whole file."""
    owners: dict[str, set[str]] = defaultdict(set)
    for kind in ("countries", "organizations", "people"):
        for item in raw()[kind]:
            names = [item["label"], *item["aliases"]]
            if kind == "countries":
                names += [*item["demonyms"], *item["capitals"]]
            for name in names:
                owners[normalise_name(name)].add(item["label"])
    clashes = {key: labels for key, labels in owners.items() if len(labels) > 1}
    assert clashes == {}


def test_plural_demonyms() -> None:
    """A demonym noun ending in -an, -i or -er ("Albanian", "Iraqi", "Icelander") has its plural too."""
    missing = []
    for country in countries():
        demonyms = set(country["demonyms"])
        for word in demonyms:
            if word.endswith(("an", "i", "er")) and word not in {"I-Kiribati"} and word + "s" not in demonyms:
                missing.append(word)
    assert missing == []


# Everyday English words and ambiguous names that must not resolve to an actor: "male" (not Malé),
# "Victoria" (Seychelles' capital, but a queen, a lake and a state), "Congo"/"Congolese" (two states),
# "Central African" (a region), "Amnesty", the demonym-like nouns "pole", "dane", "swede", "finn", "kiwi".
NOT_ACTORS = [
    "male", "Victoria", "Congo", "Congolese", "Central African", "amnesty", "Amnesty", "pole", "Pole", "dane",
    "swede", "finn", "kiwi", "English", "Scottish", "Welsh", "Arab", "Arabs", "Kurds", "Persian", "is", "IS",
    "general assembly", "Commonwealth", "Wagner", "St. John's", "Georgetown University", "guinea pig",
]  # fmt: skip


@pytest.mark.parametrize("word", NOT_ACTORS)
def test_everyday_and_ambiguous_words_are_not_actors(word: str) -> None:
    gaz = load_gazetteer()
    assert gaz.lookup(word) is None
    assert gaz.country_of(word) is None


def test_existing_behaviour_for_country_names_that_are_also_words() -> None:
    """Country names that are also words or first names stay what they were (the resolver, not the gazetteer,
    decides from the NER type); no new lower-case sense is added."""
    gaz = load_gazetteer()
    assert gaz.country_of("Turkey") == "Turkey" and gaz.country_of("Chad") == "Chad"
    assert gaz.country_of("Jordan") == "Jordan" and gaz.country_of("Georgia") == "Georgia"
    assert gaz.country_of("Polish") == "Poland"  # as before: "Polish" is the adjective


def test_entity_ruler_patterns_are_names() -> None:
    """The EntityRuler gets capitalised names: no lone lower-case word becomes an entity ("the mainland" for
    China is the one lower-case phrase)."""
    patterns = [p["pattern"] for p in entity_ruler_patterns()]
    lower = [p for p in patterns if not any(ch.isupper() for ch in p)]
    assert lower == ["the mainland"]
    assert "Amnesty" not in patterns and "Victoria" not in patterns and "Congo" not in patterns
    assert {"Ivory Coast", "Côte d'Ivoire", "African Union", "Islamic State", "ISIS"} <= set(patterns)


M49_REGIONS = {"Africa", "Americas", "Asia", "Europe", "Oceania"}


def test_every_country_has_its_m49_region_and_subregion() -> None:
    """Each country has a UN M49 region and subregion (copied once from country_converter's table,
    kg/data/actors.json ``_source``): what "the South American nation" may refer to."""
    subregions = {c.get("subregion") for c in countries()}
    for country in countries():
        assert country.get("region") in M49_REGIONS, country["label"]
        assert country.get("subregion"), country["label"]
    assert len(subregions) == 22 and None not in subregions
    gaz = load_gazetteer()
    assert gaz.regions["Venezuela"] == {"Americas", "South America"}
    assert gaz.regions["Belarus"] == {"Europe", "Eastern Europe"}
    assert gaz.regions["Kazakhstan"] == {"Asia", "Central Asia"}
    assert gaz.regions["Ghana"] == {"Africa", "Western Africa"}
    assert set(gaz.regions) == {c["label"] for c in countries() + raw()["de_facto_states"]}
    assert gaz.regions["South Ossetia"] == gaz.regions["Georgia"]  # a de facto state: the region of the territory it holds


def test_de_facto_states_are_countries_apart_from_the_un_members() -> None:
    """A state with no UN seat that rules its own territory is an actor of type Country, known by its
    capital and demonym, and marked de facto (no member of "the two countries")."""
    gaz = load_gazetteer()
    assert gaz.lookup("South Ossetia").type == "Country" and gaz.lookup("S. Ossetia").label == "South Ossetia"
    assert gaz.lookup("Hargeisa").label == "Somaliland" and gaz.country_of("Abkhaz") == "Abkhazia"
    assert gaz.lookup("Artsakh").label == "Nagorno-Karabakh" and gaz.lookup("Western Sahara") is None
    assert gaz.de_facto == {"Abkhazia", "South Ossetia", "Transnistria", "Northern Cyprus", "Somaliland", "Nagorno-Karabakh",
                            "Sahrawi Arab Democratic Republic"}
    assert not gaz.de_facto & {c["label"] for c in countries()}


def test_informal_region_words_name_m49_regions() -> None:
    gaz = load_gazetteer()
    units = {r for regions in gaz.regions.values() for r in regions}
    assert all(set(names) <= units for names in gaz.region_words.values())
    assert gaz.regions_named("South American") == {"South America"}  # not all of the Americas
    assert gaz.regions_named("Southeast Asian") == {"South-eastern Asia"}
    assert gaz.regions_named("oil-rich Gulf") == {"Western Asia"}
    assert gaz.regions_named("Russian proxy") == set()  # "Russian" holds "asian" only inside a word


@pytest.mark.parametrize(
    ("country", "institution", "label"),
    [
        ("Peru", "Congress", "Peruvian Congress"),
        # a demonym that names a person is no adjective: the country's name serves, or a later adjective
        ("Solomon Islands", "parliament", "Solomon Islands parliament"),
        ("New Zealand", "police", "New Zealand police"),
        ("Luxembourg", "army", "Luxembourgish army"),
        # no demonym at all: the possessive
        ("Democratic Republic of the Congo", "army", "Democratic Republic of the Congo's army"),
    ],
)
def test_an_institution_is_named_with_its_countrys_adjective(country: str, institution: str, label: str) -> None:
    """kg.lexicon.institution_label and attributive (dev: solomon-islands-china-pact-2022's
    "Solomon Islander parliament" matched no way the pages write it)."""
    from kg.lexicon import institution_label

    assert institution_label(load_gazetteer(), country, institution) == label
