// httpstatus reference site: filtering as you type, "Try it" and copy buttons. The pages work without it.
"use strict";

function setUpFilter() {
  const input = document.getElementById("filter");
  if (!input) {
    return;
  }
  const rows = Array.from(document.querySelectorAll("[data-search]"));
  const status = document.getElementById("filter-status");
  const empty = document.getElementById("filter-empty");
  const lang = document.documentElement.lang;
  let asked = 0;
  let timer = 0;
  const show = (query, isShown) => {
    const codes = new Set();
    for (const row of rows) {
      const match = isShown(row);
      row.hidden = !match;
      if (match) {
        codes.add(row.dataset.search.slice(0, 3));
      }
    }
    for (const section of document.querySelectorAll(".class-section")) {
      section.hidden = query !== "" && !section.querySelector("[data-search]:not([hidden])");
    }
    status.textContent = query !== "" ? input.dataset.count.replace("{0}", String(codes.size)) : "";
    empty.hidden = query === "" || codes.size > 0;
    // What the rows now show, for whoever waits on the filter (a test, an assistive script).
    input.dataset.shown = query;
  };
  // The server's search decides, so that the filter shows what /search lists for the same words; typed offline
  // (the server gone), the rows' own texts decide.
  const apply = async () => {
    const query = input.value.trim();
    const mine = ++asked;
    if (query === "") {
      show("", () => true);
      return;
    }
    let isShown;
    try {
      const answer = await fetch("/api/v1/search?lang=" + lang + "&q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
      });
      const found = new Set(answer.ok ? (await answer.json()).map((code) => String(code.code)) : []);
      isShown = (row) => found.has(row.dataset.search.slice(0, 3));
    } catch (offline) {
      const words = query.toLowerCase().split(/\s+/);
      isShown = (row) => words.every((word) => matches(word, row.dataset.search));
    }
    if (mine === asked) {
      show(query, isShown);
    }
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(apply, 150);
  });
  // A page opened with text in the box (back navigation) filters at once; an empty box leaves the rows alone.
  if (input.value) {
    apply();
  }
}

/**
 * Whether a row's search text (its code first) matches one typed word: a pattern such as 5xx or 40x names the
 * codes its digits fit, a range such as 500-504 the codes within it, as /search reads them; any other word is
 * looked for in the text.
 */
function matches(word, text) {
  const code = text.slice(0, 3);
  if (/^[1-5][0-9x?]{2}$/.test(word) && /[x?]/.test(word)) {
    return Array.from(word).every((digit, i) => digit === "x" || digit === "?" || digit === code[i]);
  }
  const range = /^(\d{3})-(\d{3})$/.exec(word);
  if (range) {
    return code >= range[1] && code <= range[2];
  }
  return text.includes(word);
}

function setUpTry() {
  const button = document.getElementById("try-button");
  if (!button) {
    return;
  }
  const output = document.getElementById("try-output");
  const caption = document.getElementById("try-caption");
  let busy = false;
  button.addEventListener("click", async () => {
    // aria-disabled rather than disabled: a disabled button loses the keyboard focus to <body>.
    if (busy) {
      return;
    }
    busy = true;
    button.setAttribute("aria-disabled", "true");
    caption.hidden = false;
    output.hidden = false;
    output.textContent = "…";
    try {
      const answer = await fetch("/api/v1/try?target=" + encodeURIComponent(button.dataset.target), {
        headers: { Accept: "application/json" },
        cache: "no-store",
      });
      const result = await answer.json();
      const parts = [];
      for (const interim of result.interim || []) {
        parts.push(button.dataset.interim + "\n" + interim);
      }
      if (result.response) {
        parts.push(result.body ? result.response + "\n\n" + result.body : result.response);
      }
      if (result.error) {
        parts.push(result.error);
      }
      output.textContent = parts.join("\n\n");
    } catch (failure) {
      output.textContent = button.dataset.failed;
    } finally {
      busy = false;
      button.removeAttribute("aria-disabled");
    }
  });
}

/** Selects the text of an input or a pre, so Ctrl+C works where the clipboard API is refused, and returns it. */
function select(field) {
  if (field instanceof HTMLInputElement) {
    field.select();
    return field.value;
  }
  const range = document.createRange();
  range.selectNodeContents(field);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return field.textContent;
}

function setUpCopy() {
  for (const button of document.querySelectorAll("[data-copy]")) {
    // A button shown only here: without the script it could not copy, and the text can still be selected.
    button.hidden = false;
    button.addEventListener("click", async () => {
      const field = document.getElementById(button.dataset.copy);
      const text = select(field);
      try {
        await navigator.clipboard.writeText(text);
      } catch (refused) {
        // Without the clipboard (plain http on another host), the selected text is ready for Ctrl+C.
        return;
      }
      const label = button.textContent;
      button.textContent = button.dataset.done;
      setTimeout(() => {
        button.textContent = label;
      }, 1500);
    });
  }
}

/** The language switch keeps the section the reader is at: the same page in the other language, same #fragment. */
function setUpSwitch() {
  const link = document.getElementById("language-switch");
  if (!link) {
    return;
  }
  const base = link.getAttribute("href");
  const follow = () => link.setAttribute("href", base + location.hash);
  window.addEventListener("hashchange", follow);
  follow();
}

document.addEventListener("DOMContentLoaded", () => {
  setUpFilter();
  setUpTry();
  setUpCopy();
  setUpSwitch();
});
