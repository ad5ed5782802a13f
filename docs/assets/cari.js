/* The search page (docs/cari.md): Pagefind's UI, driven by the page's address.
 *
 *   cari/?q=netralitas&filter=provinsi:Jawa Barat&filter=tahun:2024&sort=terbaru
 *
 * The header's search field and the "Cari di wilayah ini" links of region pages open this
 * page with such an address; as the reader types, ticks filters or changes the order, the
 * address follows (history.replaceState), so a search can be bookmarked and shared.
 *
 * In the index, an invisible WORD JOINER follows every < and & of a filter value, as Pagefind's
 * UI inserts the values as HTML (scripts/netralitas/site/search.py, filter_value).  Addresses
 * hold the plain text; esc/unesc convert.
 * Everything is served from the site itself (the pagefind/ folder): no network beyond it.
 */
(function () {
  "use strict";

  var root = document.getElementById("nt-cari");
  if (!root) return;
  var SORTS = { terbaru: { tanggal: "desc" }, terlama: { tanggal: "asc" } };
  var sortSelect = document.getElementById("nt-cari-urut");
  var note = document.getElementById("nt-cari-saring");
  var header = document.getElementById("nt-search-q");

  // As search.filter_value: an invisible WORD JOINER follows every < and &.
  function esc(s) {
    return s.replace(/[<&]/g, "$&\u2060");
  }
  function unesc(s) {
    return s.replace(/([<&])\u2060/g, "$1");
  }
  function mapValues(filters, fn) {
    var out = {};
    Object.keys(filters).forEach(function (k) { out[k] = filters[k].map(fn); });
    return out;
  }
  function hasFilters(filters) {
    return Object.keys(filters).some(function (k) { return filters[k].length > 0; });
  }

  function readUrl() {
    var p = new URLSearchParams(window.location.search);
    var filters = {};
    p.getAll("filter").forEach(function (f) {
      var i = f.indexOf(":");
      if (i <= 0) return;
      var name = f.slice(0, i).trim().toLowerCase();
      var value = f.slice(i + 1).trim();
      if (!value) return;
      filters[name] = filters[name] || [];
      if (filters[name].indexOf(value) < 0) filters[name].push(value);
    });
    var sort = p.get("sort") || "";
    return { q: (p.get("q") || "").trim(), filters: filters, sort: SORTS[sort] ? sort : "" };
  }

  function writeUrl() {
    var p = new URLSearchParams();
    if (state.q) p.set("q", state.q);
    Object.keys(state.filters).forEach(function (k) {
      state.filters[k].forEach(function (v) { p.append("filter", k + ":" + v); });
    });
    if (state.sort) p.set("sort", state.sort);
    var qs = p.toString().replace(/%2F/g, "/").replace(/%3A/g, ":");
    window.history.replaceState(null, "", window.location.pathname + (qs ? "?" + qs : ""));
  }

  function checkedFilters() {
    var filters = {};
    root.querySelectorAll(".pagefind-ui__filter-checkbox:checked").forEach(function (box) {
      filters[box.name] = filters[box.name] || [];
      filters[box.name].push(unesc(box.value));
    });
    return filters;
  }

  // The ticked boxes, plus filters of the address that have no box (a value the index does
  // not hold): the UI still applies those, so they stay until "Hapus saringan".
  function mergeFilters(previous, ticked) {
    var boxes = root.querySelectorAll(".pagefind-ui__filter-checkbox");
    function hasBox(name, value) {
      return Array.prototype.some.call(boxes, function (b) {
        return b.name === name && b.value === esc(value);
      });
    }
    Object.keys(previous).forEach(function (k) {
      previous[k].forEach(function (v) {
        if (hasBox(k, v)) return;
        ticked[k] = ticked[k] || [];
        if (ticked[k].indexOf(v) < 0) ticked[k].push(v);
      });
    });
    return ticked;
  }

  function showNote() {
    if (!note) return;
    note.textContent = "";
    if (!hasFilters(state.filters)) return;
    var parts = Object.keys(state.filters).map(function (k) {
      return k + ": " + state.filters[k].join(", ");
    });
    note.appendChild(document.createTextNode("Disaring menurut " + parts.join("; ") + ". "));
    if (!state.q) note.appendChild(document.createTextNode("Ketik kata untuk mencari di dalamnya. "));
    var clear = document.createElement("button");
    clear.type = "button";
    clear.className = "md-button nt-cari-hapus";
    clear.textContent = "Hapus saringan";
    clear.addEventListener("click", function () {
      state.filters = {};
      if (ui) ui.triggerFilters({});
      writeUrl();
      showNote();
    });
    note.appendChild(clear);
  }

  // The site's root, from where pagefind-ui.js was loaded: result links stay right when the
  // site is served under a sub-path.
  function siteRoot() {
    var script = document.querySelector('script[src*="pagefind/pagefind-ui.js"]');
    return script ? new URL("../", script.src).pathname : "/";
  }

  var state = readUrl();
  var ui = null;

  function start() {
    if (ui) ui.destroy();
    root.textContent = "";
    ui = new window.PagefindUI({
      element: root,
      baseUrl: siteRoot(),
      showImages: false,
      showSubResults: true,
      autofocus: true,
      sort: SORTS[state.sort] || null,
      openFilters: Object.keys(state.filters),
    });
    if (hasFilters(state.filters)) ui.triggerFilters(mapValues(state.filters, esc));
    if (state.q) ui.triggerSearch(state.q);
  }

  // What the address asks for shows at once, before the index has loaded.
  function showState() {
    if (sortSelect) sortSelect.value = state.sort;
    if (header) header.value = state.q;
    showNote();
  }

  if (typeof window.PagefindUI !== "function") {
    root.textContent =
      "Indeks pencarian tidak ditemukan: situs ini dibangun tanpa Pagefind " +
      "(jalankan `netralitas build` atau `python3 scripts/dev.py serve`).";
    return;
  }

  root.addEventListener("input", function (e) {
    if (!e.target.classList.contains("pagefind-ui__search-input")) return;
    state.q = e.target.value.trim();
    if (header) header.value = e.target.value;
    writeUrl();
    showNote();
  });
  root.addEventListener("change", function (e) {
    if (!e.target.classList.contains("pagefind-ui__filter-checkbox")) return;
    state.filters = mergeFilters(state.filters, checkedFilters());
    writeUrl();
    showNote();
  });
  if (sortSelect) {
    sortSelect.addEventListener("change", function () {
      state.sort = SORTS[sortSelect.value] ? sortSelect.value : "";
      writeUrl();
      start();
    });
  }
  // On this page the header's field searches in place instead of reloading.
  if (header && header.form) {
    header.form.addEventListener("submit", function (e) {
      e.preventDefault();
      state.q = header.value.trim();
      if (ui) ui.triggerSearch(state.q);
      writeUrl();
      showNote();
    });
  }

  // Pagefind's UI shows the filter groups of its first search; that search holds only the
  // filter files loaded by then, so on a slow machine groups went missing until the next
  // search.  Loading every filter first (the UI would load them all anyway) removes the race:
  // the UI imports the same module, which keeps what was loaded.
  showState();
  var bundle = document.querySelector('script[src*="pagefind/pagefind-ui.js"]');
  import(new URL("pagefind.js", bundle.src).href)
    .then(function (pagefind) { return pagefind.filters(); })
    .catch(function () { /* the UI reports a missing index itself */ })
    .then(start);
})();
