/* Kutip boxes (scripts/netralitas/site/cite.py): a copy button for every citation, and the
   quote's permalink made absolute in the reader's browser when the site's address was not
   known at build time.  Progressive enhancement: without this script the citations are plain
   text to select and copy by hand. */
(function () {
  "use strict";

  function bibtex(text) {
    return text.replace(/%/g, "\\%").replace(/#/g, "\\#");
  }

  // "artikel/x/#k-…" (site-relative) -> "https://…/artikel/x/#k-…" in all three formats.
  function absolute(box) {
    var rel = box.getAttribute("data-permalink");
    var root = box.getAttribute("data-akar");
    if (!rel || root === null) return;
    var abs = new URL(root + rel, window.location.href).href;
    box.querySelectorAll("pre.kutip-teks").forEach(function (pre) {
      var text = pre.textContent;
      if (pre.getAttribute("data-format") === "bibtex") {
        text = text.split(bibtex(rel)).join(bibtex(abs));
      }
      pre.textContent = text.split(rel).join(abs);
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
      absolute(box);
      box.querySelectorAll("pre.kutip-teks").forEach(addButton);
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
