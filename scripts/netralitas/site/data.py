"""Downloads: every fact as data files in docs/data/, each with a JSON Schema, and the Data
page that lists and documents them.

- articles.json: a JSON array, one extraction per article (the `netralitas extract --format
  json` object) plus its permalink, one article per line;
- quotes.csv, officials.csv, regions.csv: UTF-8 CSV with a header, one row per item, the
  item's permalink in a column; each row is described by the JSON Schema of a row object
  (all cells are text).

The schemas are defined once here: they are written next to the files and the Data page's
column tables are made from their descriptions.  Values are the corpus text as it is (nothing
escaped, nothing prefixed): CSV cells are data, open the files as text.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .archive import Archive, Article, Official, Place, newest_first
from .blocks import generated_page, section
from .cite import permalink
from .html import Html, blocks, cat, code, join, link, p, table
from .schema import PageMeta
from .text import json_array, one_line, page_url

FOLDER = "data"
PAGE = f"{FOLDER}/index.md"
SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"
LIST_SEP = "; "  # between several values in one CSV cell

INT = {"type": "string", "pattern": "^[0-9]+$"}
BOOL = {"type": "string", "enum": ["true", "false"]}
DATE = {"type": "string", "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$"}
TEXT = {"type": "string"}


def _col(base: dict, description: str) -> dict:
    return {**base, "description": description}


QUOTE_COLUMNS: dict[str, dict] = {
    "id": _col({"type": "string", "pattern": "^k-[0-9a-f]{10}$"}, "Id tetap kutipan (dari id artikel dan teks kutipan)."),
    "text": _col(TEXT, "Teks kutipan persis seperti di artikel, tanpa tanda petik."),
    "speaker": _col(TEXT, "Nama pembicara tanpa gelar; kosong bila tidak diatribusikan."),
    "role": _col(TEXT, "Jabatan pembicara menurut artikel itu; bisa kosong."),
    "date": _col(DATE, "Tanggal peristiwa (YYYY-MM-DD), atau tanggal terbit bila tidak ada."),
    "article_id": _col(TEXT, "Id artikel (nama berkas korpusnya tanpa .txt)."),
    "article_title": _col(TEXT, "Judul artikel."),
    "outlet": _col(TEXT, "Media yang memuat artikel."),
    "url": _col(TEXT, "Alamat artikel di media asalnya; bisa kosong."),
    "provinces": _col(TEXT, "Provinsi artikel, dipisah '; '."),
    "regions": _col(TEXT, "Kabupaten/kota artikel, dipisah '; '."),
    "checked": _col(BOOL, "true bila kutipan ditetapkan atau ditambahkan manusia."),
    "start": _col(INT, "Posisi awal kutipan (karakter) di teks artikel."),
    "end": _col(INT, "Posisi akhir kutipan (karakter, eksklusif) di teks artikel."),
    "permalink": _col(TEXT, "Tautan tetap ke kutipan di halaman artikelnya."),
}  # fmt: skip
OFFICIAL_COLUMNS: dict[str, dict] = {
    "id": _col(TEXT, "Id pejabat: nama halamannya."),
    "name": _col(TEXT, "Nama tanpa gelar, dalam bentuk yang paling sering dipakai."),
    "role": _col(TEXT, "Jabatan terakhir yang tertulis; bisa kosong."),
    "other_names": _col(TEXT, "Bentuk nama lain dan nama pendek, dipisah '; '."),
    "provinces": _col(TEXT, "Provinsi artikel yang menyebutnya, dipisah '; '."),
    "regions": _col(TEXT, "Kabupaten/kota artikel yang menyebutnya, dipisah '; '."),
    "articles": _col(INT, "Jumlah artikel yang menyebutnya."),
    "quotes": _col(INT, "Jumlah kutipannya."),
    "permalink": _col(TEXT, "Tautan tetap ke halaman pejabat."),
}  # fmt: skip
REGION_COLUMNS: dict[str, dict] = {
    "code": _col({"type": "string", "pattern": "^[0-9]{2}(\\.[0-9]{2})?$"}, "Kode wilayah Kemendagri."),
    "name": _col(TEXT, "Nama resmi: 'Kabupaten Cianjur', 'Kota Sukabumi', atau nama provinsi."),
    "kind": _col({"type": "string", "enum": ["provinsi", "kabupaten", "kota"]}, "Jenis wilayah."),
    "province": _col(TEXT, "Provinsi tempat wilayah itu (provinsi: dirinya sendiri)."),
    "articles": _col(INT, "Jumlah artikel tentang wilayah itu."),
    "officials": _col(INT, "Jumlah pejabat dalam artikel-artikel itu."),
    "quotes": _col(INT, "Jumlah kutipan dalam artikel-artikel itu."),
    "permalink": _col(TEXT, "Tautan tetap ke halaman wilayah."),
}  # fmt: skip


def row_schema(title: str, description: str, columns: dict[str, dict]) -> dict:
    return {
        "$schema": SCHEMA_URI,
        "title": title,
        "description": description,
        "type": "object",
        "properties": columns,
        "required": list(columns),
        "additionalProperties": False,
    }


def _nullable(kind: str, description: str) -> dict:
    return {"type": [kind, "null"], "description": description}


_NAMED_LIST = {"type": "array", "items": {"type": "string"}}
ARTICLE_SCHEMA: dict[str, Any] = {
    "$schema": SCHEMA_URI,
    "title": "articles.json",
    "description": "Semua artikel: hasil ekstraksi (bentuk `netralitas extract --format json`) "
    "ditambah tautan tetap halaman artikel dan kutipannya.",
    "type": "array",
    "items": {
        "type": "object",
        "required": ["source", "id", "title", "date", "regions", "officials", "quotes",
                     "activities", "corrected", "permalink"],
        "properties": {
            "source": {"type": "string", "description": "Berkas korpus: corpus/<id>.txt."},
            "id": {"type": "string", "description": "Id artikel (nama berkas tanpa .txt)."},
            "title": _nullable("string", "Judul; null bila teks tidak berjudul."),
            "subtitle": _nullable("string", "Subjudul."),
            "outlet": _nullable("string", "Media."),
            "dateline": _nullable("string", "Tempat pada dateline."),
            "url": _nullable("string", "Alamat artikel di media asalnya."),
            "published": _nullable("string", "Tanggal terbit (YYYY-MM-DD)."),
            "added": _nullable("string", "Tanggal masuk arsip (YYYY-MM-DD)."),
            "date": _nullable("string", "Tanggal peristiwa (YYYY-MM-DD)."),
            "date_text": _nullable("string", "Teks asal tanggal peristiwa."),
            "date_inferred": _nullable("boolean", "Tahun disimpulkan dari nama hari."),
            "election": {"enum": ["pemilu-2024", "pilkada-2024", "both", None],
                         "description": "Pemilihan yang dibicarakan."},
            "regions": {"type": "array", "description": "Wilayah artikel.", "items": {
                "type": "object", "required": ["name", "province", "code", "kind"],
                "properties": {"name": {"type": "string"}, "province": {"type": "string"},
                               "code": {"type": "string"},
                               "kind": {"enum": ["provinsi", "kabupaten", "kota"]}}}},
            "officials": {"type": "array", "description": "Pejabat dalam artikel.", "items": {
                "type": "object", "required": ["name", "role"],
                "properties": {"name": {"type": "string"}, "role": {"type": ["string", "null"]},
                               "other_roles": _NAMED_LIST, "aliases": _NAMED_LIST}}},
            "quotes": {"type": "array", "description": "Kutipan langsung.", "items": {
                "type": "object", "required": ["id", "text", "speaker", "start", "end",
                                               "checked", "permalink"],
                "properties": {"id": {"type": "string", "pattern": "^k-[0-9a-f]{10}$"},
                               "text": {"type": "string"},
                               "speaker": {"type": ["string", "null"]},
                               "start": {"type": "integer"}, "end": {"type": "integer"},
                               "checked": {"type": "boolean"},
                               "permalink": {"type": "string"}}}},
            "activities": {"type": "array", "items": {"type": "string"},
                           "description": "Jenis kegiatan."},
            "corrected": {"type": "array", "items": {"type": "string"},
                          "description": "Fakta yang dikoreksi manusia di berkas korpus."},
            "permalink": {"type": "string", "description": "Tautan tetap halaman artikel."},
        },
    },
}  # fmt: skip

FILES = (  # (file, schema file, what one item is, columns or None for JSON)
    ("articles.json", "articles.schema.json", "artikel", None),
    ("quotes.csv", "quotes.schema.json", "kutipan", QUOTE_COLUMNS),
    ("officials.csv", "officials.schema.json", "pejabat", OFFICIAL_COLUMNS),
    ("regions.csv", "regions.schema.json", "wilayah", REGION_COLUMNS),
)


def schemas() -> dict[str, dict]:
    return {
        "articles.schema.json": ARTICLE_SCHEMA,
        "quotes.schema.json": row_schema("quotes.csv", "Satu baris: satu kutipan.", QUOTE_COLUMNS),
        "officials.schema.json": row_schema(
            "officials.csv", "Satu baris: satu pejabat.", OFFICIAL_COLUMNS
        ),
        "regions.schema.json": row_schema(
            "regions.csv", "Satu baris: satu provinsi, atau kabupaten/kota yang ada artikelnya.",
            REGION_COLUMNS,
        ),
    }  # fmt: skip


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _csv(columns: dict[str, dict], rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _join(values: list[str]) -> str:
    return LIST_SEP.join(dict.fromkeys(one_line(v) for v in values if one_line(v)))


def _article(article: Article, site_url: str | None) -> dict[str, Any]:
    item = article.x.to_json()
    item["source"] = article.source
    for q, ref in zip(item["quotes"], article.quotes, strict=True):
        q["checked"] = ref.quote.checked
        q["permalink"] = permalink(ref, site_url)
    item["permalink"] = _url(article.path, site_url)
    return item


def articles_json(archive: Archive, site_url: str | None = None) -> str:
    """One article per line, in page-path order (stable when articles are added)."""
    return json_array(
        [_article(a, site_url) for a in sorted(archive.articles, key=lambda a: a.path)]
    )


def _url(path: str, site_url: str | None) -> str:
    return ((site_url.rstrip("/") + "/") if site_url else "") + page_url(path)


def _places(archive: Archive, articles: list[Article]) -> tuple[list[str], list[str]]:
    places = [p for a in articles for p in map(archive.place_of, a.x.regions) if p]
    return [p.province for p in places], [p.name for p in places if p.kind != "provinsi"]


def quote_rows(archive: Archive, site_url: str | None = None) -> list[dict[str, str]]:
    rows = []
    for a in sorted(archive.articles, key=lambda a: a.path):
        provinces, regions = _places(archive, [a])
        for ref in a.quotes:
            x = a.x
            rows.append(
                {
                    "id": ref.qid,
                    "text": ref.quote.text,
                    "speaker": ref.speaker.name if ref.speaker else "",
                    "role": ref.role or "",
                    "date": a.date if a.month else "",
                    "article_id": x.article_id,
                    "article_title": a.title,
                    "outlet": one_line(x.outlet.value) if x.outlet else "",
                    "url": x.url or "",
                    "provinces": _join(provinces),
                    "regions": _join(regions),
                    "checked": "true" if ref.quote.checked else "false",
                    "start": str(ref.quote.span.start),
                    "end": str(ref.quote.span.end),
                    "permalink": permalink(ref, site_url),
                }
            )
    return rows


def _official_row(archive: Archive, o: Official, site_url: str | None) -> dict[str, str]:
    provinces, regions = _places(archive, newest_first(o.articles))
    return {
        "id": o.key,
        "name": o.name,
        "role": o.role or "",
        "other_names": _join(sorted((set(o.names) | o.aliases) - {o.name})),
        "provinces": _join(sorted(provinces)),
        "regions": _join(sorted(regions)),
        "articles": str(len(o.articles)),
        "quotes": str(len(o.quotes)),
        "permalink": _url(o.path, site_url),
    }


def _region_row(archive: Archive, p: Place, site_url: str | None) -> dict[str, str]:
    return {
        "code": p.code,
        "name": p.name,
        "kind": p.kind,
        "province": p.province,
        "articles": str(len(p.articles)),
        "officials": str(len(archive.officials_of(p.articles))),
        "quotes": str(sum(len(a.quotes) for a in p.articles)),
        "permalink": _url(p.path, site_url),
    }


def region_places(archive: Archive) -> list[Place]:
    """Every province, and every kabupaten/kota with articles, by code."""
    places = [*archive.provinces.values(), *archive.regions.values()]
    return sorted(places, key=lambda p: (p.code, p.name))


def data_files(archive: Archive, site_url: str | None = None) -> dict[str, str]:
    """{docs path: text} of the data files and their schemas."""
    officials = sorted(archive.officials.values(), key=lambda o: o.key)
    out = {
        f"{FOLDER}/articles.json": articles_json(archive, site_url),
        f"{FOLDER}/quotes.csv": _csv(QUOTE_COLUMNS, quote_rows(archive, site_url)),
        f"{FOLDER}/officials.csv": _csv(
            OFFICIAL_COLUMNS, [_official_row(archive, o, site_url) for o in officials]
        ),
        f"{FOLDER}/regions.csv": _csv(
            REGION_COLUMNS, [_region_row(archive, p, site_url) for p in region_places(archive)]
        ),
    }
    out.update({f"{FOLDER}/{name}": _json(s) for name, s in schemas().items()})
    return out


# --- the Data page ---------------------------------------------------------------------------


def _kind(spec: dict) -> str:
    if spec.get("pattern") == INT["pattern"]:
        return "angka"
    if spec.get("pattern") == DATE["pattern"]:
        return "tanggal"
    if spec.get("enum") == BOOL["enum"]:
        return "true/false"
    return "teks"


def _columns_table(columns: dict[str, dict]) -> Html:
    rows = [[code(name), _kind(spec), spec["description"]] for name, spec in columns.items()]
    return table(["Kolom", "Isi", "Keterangan"], rows)


def _file_section(name: str, schema_name: str, head: str, columns: dict | None) -> str:
    """A file's section: its link, size and schema, then its columns (or what the JSON holds)."""
    if columns is None:
        about = p(
            cat(
                "Larik JSON, satu objek per artikel per baris: kunci yang sama dengan keluaran ",
                code("netralitas extract --format json"),
                " (lihat README), ditambah ",
                code("permalink"),
                " pada artikel dan pada setiap kutipannya, dan ",
                code("checked"),
                " pada kutipan.",
            )
        )
    else:
        about = _columns_table(columns)
    return section(name, None, blocks(head, about), "")


def data_page(archive: Archive, files: dict[str, str]) -> str:
    counts = {
        "articles.json": len(archive.articles),
        "quotes.csv": len(archive.quotes),
        "officials.csv": len(archive.officials),
        "regions.csv": len(region_places(archive)),
    }
    parts = [
        "# Data",
        p(
            cat(
                "Semua fakta arsip ini dapat diunduh sebagai data terbuka: berkas UTF-8, satu "
                "baris per butir, dengan skema JSON Schema di sebelahnya. Kolom ",
                code("permalink"),
                " berisi tautan tetap ke halaman di situs ini (relatif terhadap alamat situs "
                "bila alamatnya belum ditetapkan). Berkas dibuat ulang setiap kali situs dibangun "
                "dari korpus yang sama, jadi isinya selalu sama dengan halaman-halamannya.",
            )
        ),
        p(
            cat(
                "Nilai ditulis apa adanya dari teks berita; buka CSV sebagai teks (UTF-8), jangan "
                "biarkan program lembar kerja menafsirkan sel yang diawali ",
                join(map(code, "=+-"), ", "),
                " atau ",
                code("@"),
                ". Sel yang berisi beberapa nilai memisahkannya dengan titik koma.",
            )
        ),
    ]
    for name, schema_name, item, columns in FILES:
        size = len(files[f"{FOLDER}/{name}"].encode("utf-8"))
        head = p(
            cat(
                link(name, PAGE, f"{FOLDER}/{name}"),
                f" — {counts[name]} {item}, {max(1, round(size / 1024))} KB · skema: ",
                link(schema_name, PAGE, f"{FOLDER}/{schema_name}"),
            )
        )
        parts.append(_file_section(name, schema_name, head, columns))
    parts.append(
        p(
            cat(
                "Cara fakta diekstrak dan seberapa akurat dijelaskan di ",
                link("Metodologi", PAGE, "metodologi.md"),
                ".",
            )
        )
    )
    meta = PageMeta(
        title="Data",
        kind="informasi",
        generated_from=archive.all_sources,
        description="Unduhan data arsip: artikel (JSON), kutipan, pejabat, wilayah (CSV).",
    )
    return generated_page(meta, *parts)
