"""A synthetic corpus in the shape of real articles, for benchmarks and scale tests.

`generate(n, seed)` yields `Article`s of about 3 KB: a headline (or none), a dateline, a lede with
an Indonesian date, two or three officials quoted with varied quote marks and cues, filler
paragraphs, page furniture, spread over the 514 kabupaten/kota, with about n/3 distinct
officials.  The templates are our own words (`synth.yaml`); every article also carries the facts
it was written from, so a benchmark can check what extraction recovers.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from .gazetteer import Place
from .gazetteer import load as gazetteer

MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@dataclass
class Truth:
    region: str
    province: str
    date: str
    election: str
    officials: list[tuple[str, str]] = field(default_factory=list)  # (name, role)
    quotes: int = 0


@dataclass
class Article:
    name: str  # corpus file name
    text: str
    truth: Truth


@cache
def _templates() -> dict:
    text = resources.files(__package__).joinpath("synth.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _date_text(rng: random.Random, d: dt.date) -> str:
    wd = WEEKDAYS[d.weekday()]
    month = MONTHS.split()[d.month - 1]
    forms = [
        f"{wd} ({d.day}/{d.month}/{d.year})",
        f"{wd} ({d.day:02d}/{d.month:02d}/{d.year})",
        f"{wd}, {d.day} {month} {d.year}",
        f"{wd} ({d.day:02d}/{d.month:02d}/{d.year % 100:02d})",
    ]
    return rng.choice(forms)


def _role(rng: random.Random, place: Place, kind: str) -> str:
    head = "Bupati" if place.kind == "kabupaten" else "Wali Kota"
    short = place.short
    roles = {
        "head": f"{rng.choice(['', 'Pj ', 'Penjabat '])}{head} {short}",
        "sekda": f"Sekretaris Daerah (Sekda) {place.name}",
        "bkpsdm": f"Kepala BKPSDM {place.name}",
        "inspektur": f"Inspektur Inspektorat {place.name}",
        "bawaslu": f"Ketua Bawaslu {place.name}",
    }
    return roles[kind]


def _quote(rng: random.Random, sentence: str, cue: str) -> str:
    marks = rng.choice([("“", "”"), ('"', '"'), ("“", "”"), ("“", "”")])
    return f"{marks[0]}{sentence},{marks[1]} {cue}."


class _People:
    """A pool of about n/3 officials: each (region, role kind) keeps its holder."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.size = max(3, n // 3)
        self.by_post: dict[tuple[str, str], str] = {}
        self.used: set[str] = set()
        t = _templates()
        self.first, self.last = t["first_names"], t["last_names"]

    def holder(self, place: Place, kind: str) -> str:
        key = (place.code, kind)
        if key not in self.by_post:
            if len(self.by_post) >= self.size:  # reuse a post: the same people recur
                key = self.rng.choice(sorted(self.by_post))
                return self.by_post[key]
            for _ in range(100):
                name = f"{self.rng.choice(self.first)} {self.rng.choice(self.last)}"
                if name not in self.used:
                    break
            self.used.add(name)
            self.by_post[key] = name
        return self.by_post[key]


def generate(n: int, seed: int = 2024) -> Iterator[Article]:
    rng = random.Random(seed)
    t = _templates()
    places = list(gazetteer().regencies)
    people = _People(rng, n)
    start = dt.date(2023, 9, 1)
    for i in range(n):
        place = places[(i * 7919) % len(places)]
        election = rng.choice(["pemilu-2024", "pilkada-2024"])
        day = start + dt.timedelta(days=rng.randrange(420))
        event = {"pemilu-2024": "Pemilu 2024", "pilkada-2024": "Pilkada Serentak 2024"}[election]
        kinds = rng.sample(["head", "sekda", "bkpsdm", "inspektur", "bawaslu"], rng.choice([2, 3]))
        officials = []
        for kind in kinds:
            name = people.holder(place, kind)
            if all(name != o[0] for o in officials):
                officials.append((name, _role(rng, place, kind)))
        ctx = {
            "place": place.short,
            "region": place.name,
            "province": place.province,
            "event": event,
            "date": _date_text(rng, day),
            "activity": rng.choice(t["activities"]),
            "venue": rng.choice(t["venues"]),
        }
        paras: list[str] = []
        title = rng.choice(t["headlines"]).format(**ctx, role=officials[0][1].split(" ")[0])
        has_title = rng.random() < 0.8
        if has_title:
            paras.append(title)
        outlet = rng.choice(t["outlets"])
        dateline = f"{place.short.upper()}, {outlet} – "
        first_name, first_role = officials[0]
        paras.append(
            dateline + rng.choice(t["ledes"]).format(**ctx, name=first_name, role=first_role)
        )
        quotes = 0
        said = iter(rng.sample(t["statements"], 2 * len(officials)))  # no statement twice
        for name, role in officials:
            short = name.split()[0]
            paras.append(rng.choice(t["intros"]).format(**ctx, name=name, role=role))
            for sentence in (next(said), next(said)):
                cue = rng.choice(t["cues"]).format(short=short)
                paras.append(_quote(rng, sentence.format(**ctx), cue))
                quotes += 1
            paras.append(rng.choice(t["fillers"]).format(**ctx, short=short))
        while sum(len(p) for p in paras) < 2600:
            paras.append(rng.choice(t["fillers"]).format(**ctx, short=officials[0][0].split()[0]))
        paras.extend(rng.sample(t["furniture"], 2))
        text = "\n\n".join(paras) + "\n"
        slug = "-".join(re.sub(r"[^a-z0-9]+", " ", title.lower()).split()[:6])
        name = f"{day.isoformat()}-{place.code.replace('.', '')}-{i:05d}-{slug}.txt"
        truth = Truth(place.name, place.province, day.isoformat(), election, officials, quotes)
        yield Article(name, text, truth)
