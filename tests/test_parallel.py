"""Parallel and cached extraction give exactly what a serial run gives."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from netralitas import api, parallel
from netralitas.cache import ExtractionCache
from netralitas.errors import CorpusError
from netralitas.synth import generate


def _write(tmp_path: Path, n: int) -> list[Path]:
    paths = []
    for a in generate(n):
        p = tmp_path / a.name
        p.write_text(a.text, encoding="utf-8")
        paths.append(p)
    return paths


def _json(xs) -> list[dict]:
    return [x.to_json(explain=True) for x in xs]


@pytest.mark.slow
def test_parallel_equals_serial(tmp_path: Path) -> None:
    paths = _write(tmp_path, 300)
    serial = api.extract_paths(paths, jobs=1)
    par = api.extract_paths(paths, jobs=2)
    assert len(par) == 300
    assert _json(par) == _json(serial)
    assert [x.source for x in par] == [str(p) for p in paths]


@pytest.mark.slow
def test_parallel_extractions_are_cached_as_the_serial_ones(tmp_path: Path) -> None:
    """Workers send their extractions pickled; the cache stores those bytes as they are."""
    paths = _write(tmp_path, 240)
    serial = _json(api.extract_paths(paths, jobs=1))
    store = ExtractionCache(tmp_path / "cache.sqlite")
    assert _json(api.extract_paths(paths, cache=store, jobs=2)) == serial
    cached = [store.get(store.key(str(p), p.read_bytes())) for p in paths]
    assert all(cached) and _json(cached) == serial
    store.close()


def _bad_files(tmp_path: Path) -> list[Path]:
    bad = tmp_path / "zz-binary.txt"
    bad.write_bytes(b"\x00\x01")
    empty = tmp_path / "zz-empty.txt"
    empty.write_text("---\nurl: 12\n---\n", encoding="utf-8")
    return [bad, empty]


@pytest.mark.slow
def test_bad_files_in_parallel_give_the_serial_problems(tmp_path: Path) -> None:
    good = _write(tmp_path, 240)
    bad, empty = _bad_files(tmp_path)
    missing = tmp_path / "missing.txt"
    paths = [*good[:5], bad, *good[5:200], empty, *good[200:], missing]
    errors = []
    for jobs in (1, 2):
        with pytest.raises(CorpusError) as e:
            api.extract_paths(paths, jobs=jobs)
        errors.append(e.value.problems)
    assert errors[0] == errors[1]
    named = [p.path for p in errors[0]]
    assert sorted(set(named), key=named.index) == [str(bad), str(empty), str(missing)]


def test_the_cache_avoids_extracting_again(tmp_path: Path, monkeypatch) -> None:
    paths = _write(tmp_path, 6)
    calls: list[str] = []
    real = parallel.extract_file

    def counted(cf):
        calls.append(cf.path)
        return real(cf)

    monkeypatch.setattr(parallel, "extract_file", counted)
    store = ExtractionCache(tmp_path / "cache.sqlite")
    first = api.extract_paths(paths[:5], cache=store)
    assert len(calls) == 5
    again = api.extract_paths(paths, cache=store)  # one article added
    assert calls[5:] == [str(paths[5])]
    assert _json(again[:5]) == _json(first)
    paths[2].write_text(paths[2].read_text("utf-8") + "\nSatu paragraf lagi.\n", "utf-8")
    api.extract_paths(paths, cache=store)  # one article edited
    assert calls[6:] == [str(paths[2])]
    store.close()


def test_a_bad_file_is_never_cached(tmp_path: Path) -> None:
    bad, _ = _bad_files(tmp_path)
    store = ExtractionCache(tmp_path / "cache.sqlite")
    for _ in range(2):
        with pytest.raises(CorpusError):
            api.extract_paths([bad], cache=store)
    store.close()


def test_progress_line_format() -> None:
    out = io.StringIO()
    bar = parallel.Progress(10_000, stream=out, force=True, every=0)
    bar.update(4_000)
    bar.close()
    lines = out.getvalue().split("\r")[1:]
    assert lines[0].startswith("extract 4,000/10,000 (") and lines[0].endswith("/s)")
    assert lines[-1].endswith("/s)\n")
    assert all("\n" not in ln for ln in lines[:-1])


def test_progress_is_silent_when_not_a_terminal(tmp_path: Path) -> None:
    out = io.StringIO()  # not a TTY
    bar = parallel.Progress(3, stream=out)
    bar.update(3)
    bar.close()
    assert out.getvalue() == ""


def test_extract_paths_reports_progress(tmp_path: Path) -> None:
    paths = _write(tmp_path, 3)
    out = io.StringIO()
    api.extract_paths(paths, progress=parallel.Progress(0, stream=out, force=True, every=0))
    assert out.getvalue().rsplit("\r", 1)[-1].startswith("extract 3/3 (")


def test_outcomes_name_each_bad_file_without_raising(tmp_path: Path) -> None:
    good = _write(tmp_path, 2)
    bad, _ = _bad_files(tmp_path)
    outcomes = parallel.extract_outcomes([good[0], bad, good[1]])
    assert [x is not None for x, _ in outcomes] == [True, False, True]
    assert [p.path for p in outcomes[1][1]] == [str(bad)]
    assert outcomes[0][1] == outcomes[2][1] == []


def test_pages_rendered_on_several_cores_equal_a_serial_render(tmp_path: Path, monkeypatch) -> None:
    """site/fanout.py forks workers over the archive; their pages are the serial ones."""
    if sys.platform != "linux":
        pytest.skip("pages are rendered on several cores only where processes fork (Linux)")
    from netralitas.site import fanout
    from netralitas.site.render import build_pages

    xs = api.extract_paths(_write(tmp_path, 40), jobs=1)
    serial = build_pages(xs, jobs=1)
    monkeypatch.setattr(fanout, "MIN_PARALLEL", 0)  # 40 articles take the forked path too
    par = build_pages(xs, jobs=2)
    assert par == serial
    assert list(par) == list(serial)  # the same order, too
    assert fanout._shared is None  # nothing left behind for the next build


def test_gc_paused_restores_the_collector_even_on_error() -> None:
    import gc

    from netralitas.parallel import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: stays off, and the outer one turns it back on
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled(), "left off when it was off"
    finally:
        gc.enable()
