/* Kutip boxes (scripts/netralitas/site/cite.py): the APA line is in the page; the BibTeX and
   CSL-JSON of the quote are fetched from the article's citation files (kutipan.bib,
   kutipan.json beside the page) when the box is opened.  Every citation gets a copy button, and
   the quote's permalink is made absolute in the reader's browser when the site's address was
   not known at build time.  Progressive enhancement: without this script the APA text is there
   to select and the files to download. */
(function () {
  "use strict";

  // As cite.bib_text escapes for BibTeX (a permalink may hold "_" and "#").
  var BIB = { "\\": "\\textbackslash{}", "{": "\\{", "}": "\\}", "%": "\\%", "&": "\\&",
    "#": "\\#", "_": "\\_", "$": "\\$", "^": "\\textasciicircum{}", "~": "\\textasciitilde{}" };
  function bibtex(text) {
    return text.replace(/[\\{}%&#_$^~]/g, function (c) { return BIB[c]; });
  }

  // "artikel/x/#k-…" (site-relative) -> "https://…/artikel/x/#k-…" in a citation.
  function absolute(box, pre) {
    var rel = box.getAttribute("data-permalink");
    var root = box.getAttribute("data-akar");
    if (!rel || root === null) return;
    var abs = new URL(root + rel, window.location.href).href;
    var text = pre.textContent;
    if (pre.getAttribute("data-format") === "bibtex") {
      text = text.split(bibtex(rel)).join(bibtex(abs));
    }
    pre.textContent = text.split(rel).join(abs);
  }

  var fetched = {}; // file address -> Promise of its text, once per page
  function load(url) {
    if (!fetched[url]) {
      fetched[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.text();
      });
    }
    return fetched[url];
  }

  // One quote's entry of the article's files (entries are in cite.py's order and format).
  function entry(format, text, qid) {
    if (format === "bibtex") {
      var found = text.split(/\n\n(?=@)/).filter(function (e) {
        return e.indexOf("@misc{" + qid + ",") === 0;
      });
      return found.length ? found[0].trim() : null;
    }
    var items = JSON.parse(text).filter(function (item) { return item.id === qid; });
    return items.length ? JSON.stringify(items, null, 2) : null;
  }

  // On the first opening: a titled <pre> per file link, filled from the file.
  function fill(box) {
    if (box.hasAttribute("data-terisi")) return;
    box.setAttribute("data-terisi", "");
    var qid = box.getAttribute("data-kutipan");
    var files = box.querySelector("p.kutip-berkas");
    if (!qid || !files) return;
    files.querySelectorAll("a[data-format]").forEach(function (link) {
      var format = link.getAttribute("data-format");
      var label = link.textContent;
      var head = document.createElement("p");
      head.className = "kutip-format";
      head.textContent = label;
      var pre = document.createElement("pre");
      pre.className = "kutip-teks";
      pre.setAttribute("data-format", format);
      pre.setAttribute("data-label", label);
      pre.setAttribute("aria-busy", "true");
      pre.textContent = "Memuat…";
      box.insertBefore(head, files);
      box.insertBefore(pre, files);
      load(link.href)
        .then(function (text) {
          var found = entry(format, text, qid);
          if (found === null) throw new Error("no entry " + qid);
          pre.textContent = found;
          absolute(box, pre);
          addButton(pre);
        })
        .catch(function () {
          pre.textContent = "Sitasi " + label + " tidak bisa dimuat; unduh berkasnya lewat tautan di bawah.";
        })
        .then(function () {
          pre.removeAttribute("aria-busy");
        });
    });
  }

  function select(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      try {
        if (document.execCommand("copy")) resolve();
        else reject(new Error("copy refused"));
      } catch (e) {
        reject(e);
      } finally {
        document.body.removeChild(area);
      }
    });
  }

  function addButton(pre) {
    var label = pre.getAttribute("data-label") || "";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "kutip-salin";
    button.textContent = "Salin";
    button.setAttribute("aria-label", "Salin sitasi " + label);
    var status = document.createElement("span");
    status.className = "kutip-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      copy(pre.textContent).then(
        function () {
          status.textContent = "Sitasi " + label + " tersalin.";
        },
        function () {
          select(pre);
          status.textContent = "Tidak bisa menyalin otomatis: teks sudah dipilih, tekan Ctrl+C.";
        }
      );
    });
    var head = pre.previousElementSibling;
    var where = head && head.classList.contains("kutip-format") ? head : pre.parentNode;
    where.appendChild(button);
    where.appendChild(status);
  }

  function init() {
    document.querySelectorAll("details.kutip:not([data-siap])").forEach(function (box) {
      box.querySelectorAll("pre.kutip-teks").forEach(function (pre) {
        absolute(box, pre);
        addButton(pre);
      });
      box.addEventListener("toggle", function () {
        if (box.open) fill(box);
      });
      if (box.open) fill(box);
      box.setAttribute("data-siap", "");
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init); // Material: runs again after instant navigation
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
