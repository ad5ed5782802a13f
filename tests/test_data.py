"""Data files, feeds, pictures and the Metodologi page: every file loads back, fits its JSON
Schema and agrees with the pages (counts, ids, permalinks that resolve to pages and anchors),
for the sample articles and for the committed docs/ of the real corpus."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, SHARED_EVAL
from netralitas.evaluate import Evaluation, Measure, evaluate_dir
from netralitas.extract import STAGES
from netralitas.gazetteer import load as gazetteer
from netralitas.site import build_pages, read_meta
from netralitas.site.archive import build_archive
from netralitas.site.browse import month_series
from netralitas.site.charts import tile_layout
from netralitas.site.files import MANIFEST, listed_files
from netralitas.site.method import methodology_page
from netralitas.site.text import page_url, url_rel
from test_site import hostile_extraction, sample_extractions

ATOM = "{http://www.w3.org/2005/Atom}"
DATA = ("articles.json", "quotes.csv", "officials.csv", "regions.csv")


def docs_files() -> dict[str, str]:
    """The committed docs/: every generated page and listed file."""
    docs = ROOT / "docs"
    out = {
        p.relative_to(docs).as_posix(): p.read_text("utf-8")
        for p in docs.rglob("*.md")
        if read_meta(p.read_text("utf-8")) is not None
    }
    out.update({rel: (docs / rel).read_text("utf-8") for rel in listed_files(docs)})
    return out


SETS = {
    "sample": lambda: build_pages([*sample_extractions(), hostile_extraction('<b>x</b>, "y"')]),
    "docs": docs_files,
}


@pytest.fixture(params=sorted(SETS))
def files(request) -> dict[str, str]:
    return SETS[request.param]()


def load(files: dict[str, str], name: str) -> list:
    text = files[f"data/{name}"]
    if name.endswith(".json"):
        return json.loads(text)
    return list(csv.DictReader(io.StringIO(text, newline="")))


def page_of(files: dict[str, str], url: str) -> tuple[str, str | None]:
    """(docs path, anchor) of a site-relative permalink; fails when no page has that URL."""
    path, _, anchor = url.partition("#")
    for candidate in (f"{path}index.md", f"{path.rstrip('/')}.md"):
        if candidate in files and page_url(candidate) == path:
            return candidate, anchor or None
    raise AssertionError(f"permalink {url} resolves to no page")


def meta_of(files: dict[str, str], kind: str) -> list:
    metas = [read_meta(t) for p, t in files.items() if p.endswith(".md")]
    return [m for m in metas if m and m.kind == kind]


def test_data_files_fit_their_schemas(files: dict[str, str]) -> None:
    for name in DATA:
        schema = json.loads(files[f"data/{name.split('.')[0]}.schema.json"])
        jsonschema.Draft202012Validator.check_schema(schema)
        items = load(files, name)
        if name.endswith(".json"):
            jsonschema.validate(items, schema)
        else:
            header = files[f"data/{name}"].splitlines()[0].split(",")
            assert header == list(schema["properties"]), name
            for row in items:
                jsonschema.validate(row, schema)


def test_data_files_agree_with_the_pages(files: dict[str, str]) -> None:
    articles = load(files, "articles.json")
    article_pages = meta_of(files, "artikel")
    assert sorted(a["id"] for a in articles) == sorted(m.article for m in article_pages)

    quotes = load(files, "quotes.csv")
    page_quotes = sorted(q for m in article_pages for q in m.quotes)
    assert sorted(q["id"] for q in quotes) == page_quotes
    assert sorted(q["id"] for a in articles for q in a["quotes"]) == page_quotes
    for q in quotes:
        path, anchor = page_of(files, q["permalink"])
        assert f'id="{anchor}"' in files[path], q["permalink"]
        assert read_meta(files[path]).article == q["article_id"]

    officials = load(files, "officials.csv")
    assert len(officials) == len(meta_of(files, "pejabat"))
    for o in officials:
        path, _ = page_of(files, o["permalink"])
        assert read_meta(files[path]).title == o["name"]

    regions = load(files, "regions.csv")
    assert len(regions) == len(meta_of(files, "wilayah")) + len(meta_of(files, "provinsi"))
    for r in regions:
        path, _ = page_of(files, r["permalink"])
        assert read_meta(files[path]).code == r["code"]
    for a in articles:
        assert page_of(files, a["permalink"])[0].startswith("artikel/")


def test_data_keeps_corpus_text_as_it_is() -> None:
    value = 'Kata "kutip", koma; =SUM(A1)\n<b>x</b>'
    x = hostile_extraction(value)
    files = build_pages([x])
    rows = load(files, "quotes.csv")
    assert [r["text"] for r in rows] == [q.text for q in x.quotes]
    (article,) = load(files, "articles.json")
    assert article["title"] == value and article["source"] == "corpus/hostile.txt"


def test_data_files_are_deterministic() -> None:
    a = build_pages(sample_extractions())
    b = build_pages(list(reversed(sample_extractions())))
    assert {p: t for p, t in a.items() if not p.endswith(".md")} == {
        p: t for p, t in b.items() if not p.endswith(".md")
    }


def test_committed_data_files_are_listed_in_the_manifest() -> None:
    docs = ROOT / "docs"
    listed = listed_files(docs)
    assert (docs / MANIFEST).is_file()
    for name in DATA:
        assert f"data/{name}" in listed
    assert "feed.xml" in listed


# --- feeds -----------------------------------------------------------------------------------


def test_feeds_are_valid_atom(files: dict[str, str]) -> None:
    feeds = [p for p in files if p.endswith("feed.xml")]
    assert "feed.xml" in feeds
    assert len(feeds) == 1 + len(meta_of(files, "provinsi"))
    ids: set[str] = set()
    for path in feeds:
        root = ET.fromstring(files[path].encode("utf-8"))
        assert root.tag == f"{ATOM}feed"
        for required in ("id", "title", "updated", "author"):
            assert root.find(f"{ATOM}{required}") is not None, (path, required)
        assert root.find(f"{ATOM}author/{ATOM}name").text
        assert root.find(f"{ATOM}id").text not in ids
        ids.add(root.find(f"{ATOM}id").text)
        stamps = []
        for entry in root.findall(f"{ATOM}entry"):
            for required in ("id", "title", "updated"):
                assert (entry.findtext(f"{ATOM}{required}") or "").strip(), (path, required)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T00:00:00Z", entry.findtext(f"{ATOM}updated"))
            assert entry.findtext(f"{ATOM}id").startswith("tag:arsip-netralitas-asn,2024:")
            stamps.append(entry.findtext(f"{ATOM}updated"))
            link = entry.find(f"{ATOM}link[@rel='alternate']")
            target = _resolve(path, link.get("href"))
            assert page_of(files, target)[0].startswith("artikel/"), target
        assert stamps == sorted(stamps, reverse=True), path


def _resolve(base: str, href: str) -> str:
    parts = base.split("/")[:-1]
    for piece in href.split("/"):
        if piece == "..":
            parts.pop()
        elif piece not in ("", "."):
            parts.append(piece)
    return "/".join(parts) + ("/" if href.endswith("/") else "")


def test_feed_entry_ids_do_not_change_when_articles_come() -> None:
    one = build_pages(sample_extractions()[:1])["feed.xml"]
    both = build_pages(sample_extractions())["feed.xml"]
    (entry_id,) = re.findall(r"<id>(tag:[^<]*artikel[^<]*)</id>", one)
    assert entry_id in both


# --- pictures --------------------------------------------------------------------------------


def test_tile_layout_places_every_province_once() -> None:
    layout = tile_layout()
    assert set(layout) == {p.code for p in gazetteer().provinces}
    assert len({(c, r) for c, r, _ in layout.values()}) == 38


def test_pictures_are_well_formed_accessible_svg() -> None:
    files = build_pages([*sample_extractions(), hostile_extraction("<svg onload=x>")])
    figures = re.findall(r'<figure class="grafik".*?</figure>', files["statistik.md"])
    assert len(figures) == 2
    for fig in figures:
        root = ET.fromstring(fig)
        svg = root.find("{http://www.w3.org/2000/svg}svg")
        assert svg.get("role") == "img"
        labelled = svg.get("aria-labelledby").split()
        ids = {el.get("id") for el in svg.iter() if el.get("id")}
        assert set(labelled) <= ids
        assert svg.find("{http://www.w3.org/2000/svg}title").text
        assert root.find("figcaption").text
        for el in root.iter():
            assert not any(name.startswith("on") for name in el.attrib), el.tag
            assert not el.tag.endswith("script")


def test_month_series_fills_empty_months() -> None:
    archive = build_archive(sample_extractions())
    bars = month_series(archive.articles)
    assert [b.key for b in bars] == ["2023-10", "2023-11"]
    assert [b.count for b in bars] == [1, 1]


def test_url_rel_between_built_pages() -> None:
    assert url_rel("index.md", "wilayah/bali/index.md") == "wilayah/bali/"
    assert url_rel("statistik.md", "wilayah/bali/index.md") == "../wilayah/bali/"
    assert url_rel("artikel/x.md", "index.md") == "../../"
    assert url_rel("wilayah/bali/index.md", "wilayah/bali/feed.xml") == "feed.xml"


# --- Metodologi ------------------------------------------------------------------------------


def test_methodology_page_reports_the_given_measures_in_pipeline_order() -> None:
    archive = build_archive(sample_extractions())
    measures = [Measure("regions", 3, 4, 3), Measure("date", 1, 0, 2)]
    text = methodology_page(archive, Evaluation(2, measures))
    assert "<p>Diukur pada <strong>2 artikel uji</strong>.</p>" in text
    assert (
        "<tr><td>Wilayah (kabupaten/kota, provinsi)</td><td>0,750</td><td>1,000</td>"
        "<td>0,857</td>" in text
    )
    assert "<tr><td>Tanggal peristiwa</td><td>—</td><td>—</td><td>0,500</td>" in text
    assert "<td>1 benar dari 2</td></tr>" in text
    starts = [text.index(f"{n}. **") for n in range(1, len(STAGES) + 1)]
    assert starts == sorted(starts)
    assert "tidak diukur" in methodology_page(archive, None)


def test_committed_methodology_page_is_measured_on_the_annotated_articles() -> None:
    evaluation = evaluate_dir(ROOT / "tests" / "eval" / "own")
    page = (ROOT / "docs" / "metodologi.md").read_text("utf-8")
    assert f"Diukur pada <strong>{evaluation.articles} artikel uji</strong>." in page


def _score_py(base: Path, tmp_path: Path) -> dict[str, float]:
    out = tmp_path / "measures.json"
    cmd = f"{shlex.quote(sys.executable)} -m netralitas extract --format json"
    args = ["--raw", str(base / "raw"), "--gold", str(base / "gold"), "--cmd", cmd]
    proc = subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score.py"), *args, "--json", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(out.read_text())


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="no ../shared/eval")
@pytest.mark.parametrize("name", ["own", "shared"])
def test_in_process_scorer_agrees_with_score_py(name: str, tmp_path: Path) -> None:
    base = SHARED_EVAL if name == "shared" else ROOT / "tests" / "eval" / name
    mine = evaluate_dir(base).as_dict()
    theirs = _score_py(base, tmp_path)
    assert mine.keys() == theirs.keys()
    for key, value in theirs.items():
        assert mine[key] == pytest.approx(value, abs=1e-12), key
