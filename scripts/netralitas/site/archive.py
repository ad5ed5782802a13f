"""The archive as the pages see it: every article, region, province, official and quote, each
with its stable page path, grouped and sorted once so every renderer reads the same order.

Paths depend only on the thing itself (an article's corpus file name, a region's gazetteer
name, an official's name), never on the other articles, so adding or removing an article never
moves another page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath

from .. import model
from ..gazetteer import load as gazetteer
from ..model import Extraction, Quote, Region, fold
from .schema import SiteError
from .text import file_slug, one_line, shorten, slugify

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def article_path(article_id: str) -> str:
    return f"artikel/{file_slug(article_id)}.md"


def province_path(province: str) -> str:
    return f"wilayah/{slugify(province) or file_slug(province)}/index.md"


def region_path(province: str, name: str) -> str:
    return f"wilayah/{slugify(province) or file_slug(province)}/{file_slug(slugify(name))}.md"


@lru_cache(maxsize=1 << 16)  # asked for every official and speaker of every article
def official_key(name: str) -> str:
    """Officials with the same slug share a page ("Dadan Ginanjar" in every article)."""
    slug = slugify(name)
    return file_slug(slug) if slug else file_slug(fold(name))


def official_path(name: str) -> str:
    return f"pejabat/{official_key(name)}.md"


@dataclass(eq=False)
class Article:
    x: Extraction
    path: str
    source: str  # "corpus/<file name>"
    title: str  # the extracted title, or the start of the text when it has none
    untitled: bool
    quotes: list[QuoteRef] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.x.article_id

    @property
    def date(self) -> str | None:
        """Event date, else the publication date: what lists are sorted by."""
        return self.x.date.date if self.x.date else self.x.published

    @property
    def month(self) -> str | None:
        """ "2023-11" of `date`, or None when there is no well-formed date."""
        d = self.date
        return d[:7] if d and ISO_DATE.fullmatch(d) else None

    @property
    def issued(self) -> str | None:
        """The date a citation or a feed gives: publication, else the event."""
        return self.x.published or (self.x.date.date if self.x.date else None)

    def corrected(self, fact: str) -> bool:
        """Whether a person set this field in the corpus file's front matter."""
        return fact in self.x.corrected


@dataclass(eq=False)
class QuoteRef:
    article: Article
    quote: Quote
    qid: str
    speaker: Official | None
    role: str | None = None  # the speaker's role in this article


@dataclass(eq=False)
class Official:
    key: str
    path: str
    names: Counter[str] = field(default_factory=Counter)
    roles: list[tuple[str, Article]] = field(default_factory=list)  # (role, where it was given)
    aliases: set[str] = field(default_factory=set)
    articles: list[Article] = field(default_factory=list)
    quotes: list[QuoteRef] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The form most articles use; ties go to the alphabetically first."""
        return min(self.names, key=lambda n: (-self.names[n], n))

    @property
    def role(self) -> str | None:
        return self.roles[0][0] if self.roles else None


@dataclass(eq=False)
class Place:
    name: str  # "Kabupaten Cianjur"; a province: "Jawa Barat"
    code: str
    kind: str  # "kabupaten" | "kota" | "provinsi"
    province: str
    path: str
    articles: list[Article] = field(default_factory=list)


@dataclass
class Archive:
    articles: list[Article]  # newest first
    provinces: dict[str, Place]  # by province name: all 38, plus any only an article names
    regions: dict[str, Place]  # kabupaten/kota by code
    officials: dict[str, Official]  # by key
    quotes: list[QuoteRef]  # in article order, then text order
    corpus_label: str

    @property
    def all_sources(self) -> list[str]:
        return [f"{self.corpus_label}/*.txt"]

    def place_of(self, region: Region) -> Place | None:
        if region.kind == "provinsi":
            return self.provinces.get(region.province)
        return self.regions.get(region.code)

    def province_of(self, place: Place) -> Place:
        return self.provinces[place.province]

    def officials_of(self, articles: list[Article]) -> list[Official]:
        keys = {official_key(o.name) for a in articles for o in a.x.officials}
        return sorted(
            (self.officials[k] for k in keys), key=lambda o: (fold(o.name).lower(), o.key)
        )

    @staticmethod
    def quotes_of(articles: list[Article]) -> list[QuoteRef]:
        return [q for a in articles for q in a.quotes]


def newest_first(articles: list[Article]) -> list[Article]:
    by_path = sorted(articles, key=lambda a: a.path)
    return sorted(by_path, key=lambda a: a.date or "", reverse=True)  # stable: ties keep path order


def _title(x: Extraction) -> tuple[str, bool]:
    if x.title and one_line(x.title.value):
        return one_line(x.title.value), False
    first = next((line for line in x.clean_text.splitlines() if line.strip()), "")
    return (shorten(first, 90) if first.strip() else f"Artikel {x.article_id}"), True


def _article(x: Extraction, corpus_label: str) -> Article:
    title, untitled = _title(x)
    source = f"{corpus_label}/{PurePath(x.source).name}"
    return Article(x, article_path(x.article_id), source, title, untitled)


def _add(articles: list[Article], article: Article) -> None:
    """Append once: articles are grouped one at a time, so a repeat can only be the last."""
    if not articles or articles[-1] is not article:
        articles.append(article)


def _province(archive: Archive, name: str, code: str) -> Place:
    prov = archive.provinces.get(name)
    if prov is None:
        prov = Place(name, code, "provinsi", name, province_path(name))
        archive.provinces[name] = prov
    return prov


def _place(archive: Archive, region: Region, article: Article) -> None:
    gp = gazetteer().province(region.province)
    prov = _province(archive, region.province, gp.code if gp else region.code.split(".")[0])
    _add(prov.articles, article)
    if region.kind == "provinsi":
        return
    place = archive.regions.get(region.code)
    if place is None:
        path = region_path(region.province, region.name)
        place = Place(region.name, region.code, region.kind, region.province, path)
        archive.regions[region.code] = place
    _add(place.articles, article)


def _official(archive: Archive, name: str) -> Official:
    key = official_key(name)
    if key not in archive.officials:
        archive.officials[key] = Official(key, official_path(name))
    return archive.officials[key]


def _role(official: model.Official | None) -> str | None:
    if official is None:
        return None
    return next((one_line(r) for r in [official.role, *official.other_roles] if r), None) or None


def _people(archive: Archive, article: Article) -> None:
    x = article.x
    for o in x.officials:
        off = _official(archive, o.name)
        off.names[one_line(o.name)] += 1
        for role in [o.role, *o.other_roles]:
            if role and one_line(role):
                off.roles.append((one_line(role), article))
        off.aliases.update(one_line(a) for a in o.aliases if one_line(a))
        _add(off.articles, article)
    by_name = {fold(o.name): o for o in x.officials}
    for q in x.quotes:
        speaker = None
        if q.speaker and one_line(q.speaker):
            known = by_name.get(fold(q.speaker))
            speaker = _official(archive, known.name if known else q.speaker)
            if not speaker.names:  # a speaker a correction named, not among the officials
                speaker.names[one_line(q.speaker)] += 1
            _add(speaker.articles, article)
        official = by_name.get(fold(q.speaker)) if q.speaker else None
        ref = QuoteRef(article, q, q.quote_id(x.article_id), speaker, _role(official))
        archive.quotes.append(ref)
        article.quotes.append(ref)
        if speaker:
            speaker.quotes.append(ref)


def build_archive(extractions: list[Extraction], corpus_label: str = "corpus") -> Archive:
    """Group the extractions; raises SiteError when two articles would share a page."""
    articles = [_article(x, corpus_label) for x in extractions]
    seen: dict[str, Article] = {}
    for a in articles:
        if a.path in seen:
            other = seen[a.path]
            raise SiteError(f"{a.source} and {other.source} would share the page {a.path}")
        seen[a.path] = a
    articles = newest_first(articles)
    archive = Archive(articles, {}, {}, {}, [], corpus_label)
    for gp in gazetteer().provinces:  # every province has a page, with or without articles
        _province(archive, gp.name, gp.code)
    for a in articles:
        for region in a.x.regions:
            _place(archive, region, a)
        _people(archive, a)
    archive.provinces = dict(sorted(archive.provinces.items()))
    archive.regions = dict(sorted(archive.regions.items()))
    archive.officials = dict(sorted(archive.officials.items()))
    return archive
