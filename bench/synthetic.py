"""Synthetic news for the scale benchmarks: short reports made from varied sentence patterns over
many distinct actors (thousands of people, every country of the gazetteer, its organizations), so
that actor resolution (titles, surnames met again, demonyms) and event grouping (the same act
reported by several documents, with and without dates) do real work.

    python bench/synthetic.py FOLDER --docs 2000 [--start 0] [--seed 22]

Document ``i`` depends only on ``(seed, i)``: ``--start 20000 --docs 100`` writes 100 documents
that are new to a corpus of 20,000.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parent.parent / "kg" / "data" / "actors.json"

FIRST = """Amara Bilal Carmen Dmitri Elif Farid Greta Hiroshi Ines Jomo Kamala Lars Mei Nikolai Olu Priya Quentin
Rania Sanjay Tomas Ulla Vikram Wanjiru Xavier Yara Zoran Adaeze Bruno Chiara Dawit Emeka Fatima Goran Hana Ivan
Jelena Kofi Leila Marco Nadia Omar Pavel Rosa Samir Tariq Uma Viktor Wei Yusuf Zainab Anil Beatriz Cyrus Daria
Enrique Freya Gideon Halima Ilya Jasmin""".split()
LAST = """Abara Bakshi Castellanos Dvorak Eriksen Fofana Gallagher Haddad Ishikawa Jovanovic Kariuki Lindqvist
Mwangi Novak Okonkwo Petrov Quispe Rahimi Santos Takahashi Uddin Varga Wojcik Yilmaz Zapata Achebe Bergstrom
Chaudhry Delacroix Esposito Ferreira Gutierrez Horvath Iqbal Jansen Kowalski Lombardi Moreau Nakamura Oyelaran
Pereira Ramirez Sokolov Tanaka Umarov Vasquez Whitfield Yamamoto Zielinski Adeyemi Barzani Cardenas Dimitrov
Ekwueme Fonseca Grünewald Hosseini Ivanova Jaramillo Kapoor""".split()
TITLES = ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "Trade Minister", "envoy", "ambassador", "opposition leader"]
CITIES = ["Geneva", "Vienna", "Doha", "Nairobi", "Singapore", "Oslo", "Istanbul", "Addis Ababa", "Brasilia", "Jakarta"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November"]

# {A}, {B}: people (full name with title on first mention, surname after); {X}, {Y}: countries;
# {ADJ}: X's demonym; {ORG}: an organization; {CITY}, {DAY}, {DATE}: places and times.
PATTERNS = [
    "{ADJ} {TA} {A} met {TB} {B} in {CITY} on {DAY}.",
    "{X} accused {Y} of violating the ceasefire along their border.",
    "{A} urged {Y} to withdraw its troops from the disputed region.",
    "{ORG} criticized {X} over its treatment of protesters.",
    "{SA} told {SB} that {X} would support the agreement.",
    "{X} imposed sanctions on {Y} on {DATE}.",
    "{Y} rejected the accusations and summoned the {ADJ} ambassador.",
    "{SA} praised {ORG} for its work in the region.",
    "{X} and {Y} signed a trade agreement in {CITY} on {DATE}.",
    "{SB} warned {X} against further military exercises.",
    "{ORG} called on {X} and {Y} to resume talks.",
    "{X} will host {SB} next month, officials said.",
    "{SA} did not meet {SB} during the summit.",
    "{Y} sent humanitarian aid to {X} after the floods.",
]


def _gazetteer() -> tuple[list[tuple[str, str]], list[str]]:
    data = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    countries = [(c["label"], c["demonyms"][0]) for c in data["countries"] if c.get("demonyms")]
    organizations = [o["label"] for o in data["organizations"] if len(o["label"].split()) <= 4]
    return countries, organizations


def document(index: int, seed: int = 22) -> str:
    """The text of synthetic document ``index``: a dateline-less report of 4-6 sentences."""
    rng = random.Random(f"{seed}:{index}")
    countries, organizations = _gazetteer()
    (x, adj), (y, _) = rng.sample(countries, 2)
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2)]
    values = {
        "A": people[0], "B": people[1], "SA": people[0].split()[-1], "SB": people[1].split()[-1],
        "TA": rng.choice(TITLES), "TB": rng.choice(TITLES), "X": x, "Y": y, "ADJ": adj,
        "ORG": rng.choice(organizations), "CITY": rng.choice(CITIES), "DAY": rng.choice(DAYS),
        "DATE": f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, 2025",
    }  # fmt: skip
    first = PATTERNS[0].format(**values)  # introduces both people with their titles
    rest = rng.sample(PATTERNS[1:], rng.randint(3, 5))
    return " ".join([first, *(p.format(**values) for p in rest)]) + "\n"


def write_corpus(folder: Path, docs: int, start: int = 0, seed: int = 22) -> Path:
    """Documents ``start`` .. ``start + docs - 1`` as ``news{i:06}.txt`` files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(start, start + docs):
        (folder / f"news{index:06}.txt").write_text(document(index, seed), encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--seed", type=int, default=22)
    args = parser.parse_args()
    write_corpus(args.folder, args.docs, args.start, args.seed)


if __name__ == "__main__":
    main()
