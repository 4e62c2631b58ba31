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
  const apply = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const text = row.dataset.search;
      const match = words.every((word) => matches(word, text));
      row.hidden = !match;
      if (match) {
        shown++;
      }
    }
    for (const section of document.querySelectorAll(".class-section")) {
      section.hidden = words.length > 0 && !section.querySelector("[data-search]:not([hidden])");
    }
    status.textContent = words.length > 0 ? input.dataset.count.replace("{0}", String(shown)) : "";
    empty.hidden = shown > 0;
  };
  input.addEventListener("input", apply);
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
  if (/^[1-5][0-9x]{2}$/.test(word) && word.includes("x")) {
    return Array.from(word).every((digit, i) => digit === "x" || digit === code[i]);
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
