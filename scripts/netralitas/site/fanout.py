"""The pages of single articles, provinces, kabupaten/kota and officials, and the groups of
pages made from the whole archive (lists, data files, feeds), on several cores.

Single pages are most of a site (at 10,000 articles, 12,000 of 12,250 pages); the groups are
few but long (the data files alone take seconds), so they run beside the single pages instead
of before them.  Each is a pure function of the archive, so it can be rendered anywhere.
Worker processes are forked from this one after the archive is built: they share it (and the
loaded gazetteer) without pickling, render their tasks, and send back text.  Below
MIN_PARALLEL pages, or on a platform without fork, everything is rendered here: the output is
the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from ..gazetteer import load as gazetteer
from ..parallel import cores, forking
from . import cite, pages
from .archive import Archive, Place

MIN_PARALLEL = 600  # fewer pages than this render faster than processes start

# A task: (kind, index into that kind's list in the archive's order, or into the groups).
Task = tuple[str, int]
# A group of pages made from the whole archive: {path: text}.
Group = Callable[[Archive], dict[str, str]]
GROUP = "group"

# Set before forking, read by workers.
_shared: tuple[Archive, str | None, Sequence[Group]] | None = None


def _regencies(archive: Archive, prov: Place) -> list:
    """Every kabupaten/kota of a province: the gazetteer's, plus any only the archive knows."""
    listed = [r for r in gazetteer().regencies if r.province == prov.name]
    codes = {r.code for r in listed}
    extra = [r for r in archive.regions.values() if r.province == prov.name and r.code not in codes]
    return sorted([*listed, *extra], key=lambda r: r.code)


def _tasks(archive: Archive) -> list[Task]:
    return (
        [("artikel", i) for i in range(len(archive.articles))]
        + [("provinsi", i) for i in range(len(archive.provinces))]
        + [("wilayah", i) for i in range(len(archive.regions))]
        + [("pejabat", i) for i in range(len(archive.officials))]
    )


def _render(
    archive: Archive, site_url: str | None, groups: Sequence[Group], tasks: list[Task]
) -> list[tuple[str, str]]:
    articles = archive.articles
    provinces = list(archive.provinces.values())
    regions = list(archive.regions.values())
    officials = list(archive.officials.values())
    out = []
    for kind, i in tasks:
        if kind == "artikel":
            a = articles[i]
            out.append((a.path, pages.article_page(archive, a, site_url)))
            out.extend(cite.citation_files(a.path, a.quotes, site_url).items())
        elif kind == "provinsi":
            p = provinces[i]
            out.append((p.path, pages.province_page(archive, p, _regencies(archive, p))))
        elif kind == "wilayah":
            r = regions[i]
            out.append((r.path, pages.region_page(archive, r)))
        elif kind == "pejabat":
            o = officials[i]
            out.append((o.path, pages.official_page(archive, o)))
        else:
            out.extend(groups[i](archive).items())
    return out


def _worker(tasks: list[Task]) -> list[tuple[str, str]]:
    assert _shared is not None, "workers are forked after the archive is shared"
    return _render(*_shared, tasks)


def render(
    archive: Archive,
    site_url: str | None,
    jobs: int | None = None,
    groups: Sequence[Group] = (),
) -> dict[str, str]:
    """{path: text} of every article (its page and citation files), province,
    kabupaten/kota and official page, and of every group's pages."""
    global _shared
    tasks = _tasks(archive)
    group_tasks = [(GROUP, k) for k in range(len(groups))]
    jobs = cores() if jobs is None else jobs
    context = forking()
    if jobs <= 1 or len(tasks) < MIN_PARALLEL or context is None:
        return dict(_render(archive, site_url, groups, group_tasks + tasks))
    gazetteer()  # loaded once, here, and shared by the forks
    # The groups first, a task each (the longest start first); then interleaved slices of
    # the single pages: every worker gets some of each kind, so the loads balance.
    slices = [[t] for t in group_tasks] + [tasks[k :: jobs * 4] for k in range(jobs * 4)]
    _shared = (archive, site_url, groups)
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            done = list(pool.map(_worker, slices))
    finally:
        _shared = None
    return dict(pair for part in done for pair in part)
