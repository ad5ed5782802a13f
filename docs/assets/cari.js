/* The search page (docs/cari.md): our own small UI on Pagefind's JavaScript API.
 *
 *   cari/?q=netralitas&filter=provinsi:Jawa Barat&filter=tahun:2024&sort=terbaru
 *
 * The address holds the search: the header's field and the "Cari di wilayah ini" links of
 * region pages open this page with such an address, and as the reader types, ticks values or
 * changes the order, the address follows (history.replaceState).
 *
 * Filter groups are shown by name, collapsed, from pagefind/saringan.json (written with the
 * index by scripts/netralitas/site/search.py).  A group's values and counts load only when the
 * reader opens it, or when the address names it: Pagefind's search() loads the filter files
 * of the filters it is given, and its results count the values of every filter loaded so far.
 * So a first search fetches no filter file at all (issue 6: first query <= 250 KB).
 *
 * Corpus text (titles, names, excerpts) only ever becomes text nodes, never HTML.  In the index
 * an invisible WORD JOINER follows every < and & of a filter value (search.filter_value);
 * addresses and the page show the plain text.  Nothing is fetched beyond the site.
 */
(() => {
  "use strict";

  const root = document.getElementById("nt-cari");
  if (!root || !document.currentScript) return;
  const siteRoot = new URL("../", document.currentScript.src); // this file is in assets/
  const bundle = new URL("pagefind/", siteRoot);
  const ORDERS = { terbaru: "desc", terlama: "asc" };
  const PAGE = 5; // results shown at a time: each loads a fragment file (~1.5 KB gzip)
  const CAP = 10; // values shown in a group before "Tampilkan semua"
  const DEBOUNCE = 250; // ms after the last keystroke
  const collator = new Intl.Collator("id", { numeric: true, sensitivity: "base" });

  const field = document.getElementById("nt-cari-q");
  const sortSelect = document.getElementById("nt-cari-urut");
  const note = document.getElementById("nt-cari-saring");
  const header = document.getElementById("nt-search-q");
  const groupBox = document.getElementById("nt-saring");
  const results = document.getElementById("nt-hasil");
  const message = document.getElementById("nt-hasil-pesan");
  const list = document.getElementById("nt-hasil-daftar");
  const more = document.getElementById("nt-hasil-lagi");

  // --- text -----------------------------------------------------------------------------------

  // As search.filter_value: an invisible WORD JOINER follows every < and &.
  const esc = (s) => s.replace(/[<&]/g, "$&\u2060");
  const unesc = (s) => s.replace(/([<&])\u2060/g, "$1");
  const fmt = (n) => n.toLocaleString("id-ID");
  const capital = (s) => s.charAt(0).toLocaleUpperCase("id") + s.slice(1);

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // Pagefind's excerpt is the page's text with < and > escaped and the matched words in
  // <mark>: rebuilt here as text nodes and <mark> elements, never parsed as HTML.
  function excerpt(html, className) {
    const p = el("p", className);
    let marked = false;
    for (const part of (html || "").split(/(<\/?mark>)/)) {
      if (part === "<mark>" || part === "</mark>") {
        marked = part === "<mark>";
      } else if (part) {
        const text = part.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
        p.appendChild(marked ? el("mark", "", text) : document.createTextNode(text));
      }
    }
    return p;
  }

  // --- the address ----------------------------------------------------------------------------

  function readUrl() {
    const p = new URLSearchParams(window.location.search);
    const filters = {};
    for (const f of p.getAll("filter")) {
      const i = f.indexOf(":");
      if (i <= 0) continue;
      const name = f.slice(0, i).trim().toLowerCase();
      const value = f.slice(i + 1).trim();
      if (!value) continue;
      filters[name] = filters[name] || [];
      if (!filters[name].includes(value)) filters[name].push(value);
    }
    const sort = p.get("sort") || "";
    return { q: (p.get("q") || "").trim(), filters, sort: ORDERS[sort] ? sort : "" };
  }

  function writeUrl() {
    const p = new URLSearchParams();
    if (state.q) p.set("q", state.q);
    for (const [name, values] of Object.entries(state.filters)) {
      for (const v of values) p.append("filter", `${name}:${v}`);
    }
    if (state.sort) p.set("sort", state.sort);
    const qs = p.toString().replace(/%2F/g, "/").replace(/%3A/g, ":");
    window.history.replaceState(null, "", window.location.pathname + (qs ? `?${qs}` : ""));
  }

  const hasFilters = () => Object.keys(state.filters).length > 0;

  // What the search is filtered to, with a button that clears it.
  function showNote() {
    note.textContent = "";
    if (!hasFilters()) return;
    const parts = Object.entries(state.filters).map(([k, v]) => `${k}: ${v.join(", ")}`);
    note.append(`Disaring menurut ${parts.join("; ")}. `);
    if (!state.q) note.append("Ketik kata untuk mencari di dalamnya. ");
    const clear = el("button", "md-button nt-cari-hapus", "Hapus saringan");
    clear.type = "button";
    clear.addEventListener("click", () => {
      state.filters = {};
      changed(0);
      field.focus();
    });
    note.appendChild(clear);
  }

  // --- filter groups --------------------------------------------------------------------------

  const groups = new Map(); // name -> group
  let pagefind = null;
  let sortKey = null;

  function makeGroup(name) {
    const g = { name, loaded: false, loading: false, counted: false, all: false };
    g.raw = new Map(); // plain value -> value as the index holds it
    g.counts = new Map(); // plain value -> results if it is ticked too
    g.totals = new Map(); // plain value -> pages of the search without filters
    g.items = new Map(); // plain value -> {li, box, count}
    g.details = el("details", "nt-saring__grup");
    g.details.dataset.saringan = name;
    g.details.setAttribute("aria-busy", "true"); // until a search has counted its values
    const summary = el("summary", "nt-saring__nama");
    g.badge = el("span", "nt-saring__dipilih");
    summary.append(el("span", "", capital(name)), g.badge);
    g.find = el("input", "nt-saring__cari");
    g.find.type = "search";
    g.find.placeholder = "Cari di daftar…";
    g.find.setAttribute("aria-label", `Cari di daftar ${name}`);
    g.find.hidden = true;
    g.status = el("p", "nt-saring__status", "Memuat…");
    g.list = el("ul", "nt-saring__daftar");
    g.more = el("button", "nt-saring__semua");
    g.more.type = "button";
    g.more.hidden = true;
    const body = el("div", "nt-saring__isi");
    body.append(g.find, g.status, g.list, g.more);
    g.details.append(summary, body);
    g.details.addEventListener("toggle", () => g.details.open && openGroup(g));
    g.find.addEventListener("input", () => drawGroup(g));
    g.more.addEventListener("click", () => {
      g.all = !g.all;
      drawGroup(g);
    });
    g.list.addEventListener("change", (e) => tick(g, e.target));
    return g;
  }

  function openGroup(g) {
    if (g.loaded || g.loading) return;
    loadGroups([g]).then(() => schedule(0));
  }

  // Pagefind loads the filter files a search names: a preload naming the groups loads them
  // without running a search.  Every later search counts their values.
  function loadGroups(gs) {
    const todo = gs.filter((g) => !g.loaded && !g.loading);
    if (!todo.length || !pagefind) return Promise.resolve();
    const filters = {};
    for (const g of todo) {
      g.loading = true;
      filters[g.name] = [];
    }
    return pagefind.preload(null, { filters }).then(() => {
      for (const g of todo) g.loaded = true;
    });
  }

  // The values and counts of a search, for every loaded group.
  function learn(res) {
    for (const g of groups.values()) {
      if (!g.loaded) continue;
      const totals = res.totalFilters[g.name] || {};
      const counts = res.filters[g.name] || {};
      g.totals.clear();
      g.counts.clear();
      for (const [raw, n] of Object.entries(totals)) {
        const plain = unesc(raw);
        g.raw.set(plain, raw);
        g.totals.set(plain, n);
        g.counts.set(plain, counts[raw] || 0);
      }
      g.counted = true;
      g.details.setAttribute("aria-busy", "false");
      drawGroup(g);
    }
  }

  function rawValue(name, plain) {
    const g = groups.get(name);
    return (g && g.raw.get(plain)) || esc(plain);
  }

  function item(g, value, ticked) {
    let it = g.items.get(value);
    if (!it) {
      const label = el("label", "nt-saring__pilihan");
      const box = el("input");
      box.type = "checkbox";
      box.name = g.name;
      box.value = value;
      it = { li: el("li"), box, count: el("span", "nt-saring__jumlah") };
      label.append(box, el("span", "nt-saring__nilai", value), it.count);
      it.li.appendChild(label);
      g.items.set(value, it);
    }
    it.box.checked = ticked.includes(value);
    it.count.textContent = fmt(g.counts.get(value) || 0);
    return it.li;
  }

  // Ticked values first, then those the search has, most pages first; a value that would give
  // no result is left out.  Long lists show CAP values and a field to find the others.
  function drawGroup(g) {
    const ticked = state.filters[g.name] || [];
    g.badge.textContent = ticked.length ? ` (${ticked.length})` : "";
    if (!g.counted) return; // "Memuat…" until a search has counted its values
    const needle = g.find.value.trim().toLocaleLowerCase("id");
    const values = [...g.totals.keys()].filter(
      (v) =>
        (ticked.includes(v) || g.counts.get(v) > 0) &&
        (!needle || v.toLocaleLowerCase("id").includes(needle)),
    );
    const rank = (v) => (ticked.includes(v) ? 0 : 1);
    values.sort(
      (a, b) =>
        rank(a) - rank(b) || g.totals.get(b) - g.totals.get(a) || collator.compare(a, b),
    );
    const shown = g.all ? values : values.slice(0, CAP);
    const focused = document.activeElement;
    g.list.replaceChildren(...shown.map((v) => item(g, v, ticked)));
    if (focused && focused.name === g.name && g.items.has(focused.value)) focused.focus();
    g.find.hidden = g.totals.size <= CAP;
    g.more.hidden = values.length <= CAP;
    g.more.textContent = g.all
      ? "Tampilkan lebih sedikit"
      : `Tampilkan semua (${fmt(values.length)})`;
    g.status.hidden = values.length > 0;
    g.status.textContent = needle ? "Tidak ada yang cocok." : "Tidak ada untuk pencarian ini.";
  }

  function tick(g, box) {
    if (box.name !== g.name) return;
    const values = (state.filters[g.name] || []).filter((v) => v !== box.value);
    if (box.checked) values.push(box.value);
    if (values.length) state.filters[g.name] = values;
    else delete state.filters[g.name];
    changed(0);
  }

  // --- searching ------------------------------------------------------------------------------

  let seq = 0; // the latest search; older answers are dropped
  let timer = 0;
  let answer = null;
  let shown = 0;

  function queryFilters() {
    const out = {};
    for (const [name, values] of Object.entries(state.filters)) {
      out[name] = values.map((v) => rawValue(name, v));
    }
    return out;
  }

  // The address, the note and the groups follow the state; the search runs after `delay` ms.
  function changed(delay, write = true) {
    if (write) writeUrl();
    showNote();
    for (const g of groups.values()) drawGroup(g);
    schedule(delay);
  }

  function schedule(delay) {
    seq++; // an answer still on its way is for an older state: dropped
    clearTimeout(timer);
    results.setAttribute("aria-busy", "true");
    timer = setTimeout(run, delay);
  }

  function idle(text) {
    seq++;
    answer = null;
    list.textContent = "";
    more.hidden = true;
    message.textContent = text;
    results.setAttribute("aria-busy", "false");
  }

  async function run() {
    if (!pagefind) return; // start() runs the first search
    const my = ++seq;
    const browsing = !state.q && !hasFilters();
    const anyLoaded = [...groups.values()].some((g) => g.loaded);
    if (browsing && !anyLoaded) return idle("Ketik kata yang dicari, atau buka saringan.");
    const asked = JSON.stringify(state.filters);
    const filters = queryFilters();
    const sorted = state.sort && sortKey && !browsing;
    const sort = sorted ? { [sortKey]: ORDERS[state.sort] } : {};
    let res;
    try {
      res = await pagefind.search(state.q || null, { filters, sort });
    } catch (e) {
      if (my === seq) idle("Pencarian gagal. Muat ulang halaman ini.");
      return;
    }
    if (my !== seq) return;
    learn(res);
    // A value of the address that the index holds in another form: search again with it.
    const same = asked === JSON.stringify(state.filters);
    if (same && JSON.stringify(queryFilters()) !== JSON.stringify(filters)) return run();
    if (browsing) return idle("Ketik kata yang dicari, atau pilih nilai saringan.");
    answer = res;
    shown = 0;
    list.textContent = "";
    message.textContent = countMessage(res.results.length);
    await showMore(my);
  }

  function countMessage(n) {
    const sorted = state.sort
      ? ", urut menurut tanggal peristiwa (halaman tanpa tanggal tidak ikut)"
      : "";
    if (state.q) {
      return n
        ? `${fmt(n)} hasil untuk “${state.q}”${sorted}.`
        : `Tidak ada hasil untuk “${state.q}”${hasFilters() ? " dengan saringan ini" : ""}.`;
    }
    return n ? `${fmt(n)} halaman sesuai saringan${sorted}.` : "Tidak ada halaman yang sesuai.";
  }

  // The next PAGE results, in order; their text loads one fragment file each.
  async function showMore(my) {
    results.setAttribute("aria-busy", "true");
    const batch = answer.results.slice(shown, shown + PAGE);
    shown += batch.length;
    more.hidden = shown >= answer.results.length;
    const items = batch.map(() => list.appendChild(el("li", "nt-hasil__item")));
    const data = await Promise.all(batch.map((r) => r.data().catch(() => null)));
    if (my !== seq) return null;
    data.forEach((d, i) => (d ? fill(items[i], d) : items[i].remove()));
    results.setAttribute("aria-busy", "false");
    return items.find((li) => li.isConnected) || null;
  }

  function fill(li, d) {
    const meta = d.meta || {};
    const title = el("h2", "nt-hasil__judul");
    const link = el("a", "nt-hasil__tautan", meta.title || d.url);
    link.href = d.url;
    title.appendChild(link);
    li.appendChild(title);
    const skip = new Set(["title", "image", "image_alt"]);
    const facts = Object.entries(meta).filter(([k, v]) => !skip.has(k) && v);
    const line = facts.map((f) => f[1]).join(" · ");
    if (line) li.appendChild(el("p", "nt-hasil__meta", line));
    li.appendChild(excerpt(d.excerpt, "nt-hasil__kutipan"));
    const subs = subResults(d);
    if (subs.length) {
      const ul = el("ul", "nt-hasil__sub");
      for (const s of subs) {
        const sub = el("li");
        const a = el("a", "nt-hasil__subtautan", s.title);
        a.href = s.url;
        sub.append(a, excerpt(s.excerpt, "nt-hasil__kutipan"));
        ul.appendChild(sub);
      }
      li.appendChild(ul);
    }
  }

  // Sections of the page (under its headings) that match, at most three, in page order; not
  // the page itself (its own address, or its title heading).
  function subResults(d) {
    const title = (d.meta || {}).title;
    const subs = (d.sub_results || []).filter(
      (s) => s.title && s.url !== d.url && s.title !== title,
    );
    const best = subs
      .map((s, i) => ({ s, i }))
      .sort((a, b) => (b.s.locations || []).length - (a.s.locations || []).length)
      .slice(0, 3);
    return best.sort((a, b) => a.i - b.i).map((x) => x.s);
  }

  // --- start ----------------------------------------------------------------------------------

  const state = readUrl();

  field.addEventListener("input", () => {
    const q = field.value.trim();
    if (header) header.value = field.value;
    if (q === state.q) return;
    state.q = q;
    changed(DEBOUNCE);
  });
  field.form.addEventListener("submit", (e) => {
    e.preventDefault();
    state.q = field.value.trim();
    changed(0);
  });
  // On this page the header's field searches in place instead of reloading.
  if (header && header.form) {
    header.form.addEventListener("submit", (e) => {
      e.preventDefault();
      field.value = header.value;
      state.q = header.value.trim();
      changed(0);
    });
  }
  sortSelect.addEventListener("change", () => {
    state.sort = ORDERS[sortSelect.value] ? sortSelect.value : "";
    changed(0);
  });
  more.addEventListener("click", async () => {
    const first = await showMore(seq);
    const link = first && first.querySelector("a");
    if (link) link.focus(); // the keyboard goes on from the first new result
  });

  async function start() {
    field.value = state.q;
    if (header) header.value = state.q;
    sortSelect.value = state.sort;
    showNote();
    if (!window.location.hash) field.focus();
    message.textContent = "Memuat indeks pencarian…";
    results.setAttribute("aria-busy", "true");
    let pf;
    try {
      pf = await import(new URL("pagefind.js", bundle).href);
      // No web worker: its script is 12 KB more on the first search (issue 6's budget),
      // and a search of this index takes milliseconds on the page's own thread.
      await pf.options({ baseUrl: siteRoot.pathname, noWorker: true });
      pf.init(); // the index loads while the filter names come
    } catch (e) {
      return idle(
        "Indeks pencarian tidak ditemukan: situs ini dibangun tanpa Pagefind " +
          "(jalankan `netralitas build` atau `python3 scripts/dev.py serve`).",
      );
    }
    const config = await fetch(new URL("saringan.json", bundle))
      .then((r) => (r.ok ? r.json() : {}))
      .catch(() => ({}));
    sortKey = config.sort || null;
    sortSelect.disabled = !sortKey;
    for (const name of config.filters || []) {
      const g = makeGroup(name);
      groups.set(name, g);
      groupBox.appendChild(g.details);
    }
    pagefind = pf;
    // The groups the address names open with their values.
    const named = Object.keys(state.filters).filter((n) => groups.has(n));
    for (const n of named) groups.get(n).details.open = true;
    await loadGroups(named.map((n) => groups.get(n)));
    changed(0, false); // the address stays as it came
  }

  start();
})();
