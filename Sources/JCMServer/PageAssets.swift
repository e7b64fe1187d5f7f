/// The page's style sheet and script, served by jcm itself: no build step, no network.
enum PageAssets {
    static let css = """
        :root { color-scheme: light; --fail: #a40000; --pass: #0b6b1d; --open: #7a5200; --line: #c8c8c8; }
        * { box-sizing: border-box; }
        body { font: 1rem/1.45 system-ui, sans-serif; margin: 0; color: #111; background: #fff; }
        header.top { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; padding: .5rem 1rem;
          border-bottom: 1px solid var(--line); background: #f4f6f8; }
        header.top p { margin: 0; }
        .version { margin-left: auto !important; color: #555; }
        main { padding: 0 1rem 2rem; }
        a { color: #0645ad; }
        :focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
        .workspace { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        .editor { flex: 1 1 32rem; min-width: 0; }
        .results { flex: 1 1 28rem; min-width: 0; }
        .editor-frame { display: flex; border: 1px solid #888; height: 70vh; min-height: 20rem; }
        .gutter { margin: 0; padding: .25rem .4rem; background: #f0f0f0; color: #666; text-align: right;
          overflow: hidden; font: .875rem/1.4 ui-monospace, monospace; user-select: none; white-space: pre; }
        #editor { flex: 1; border: 0; padding: .25rem .5rem; font: .875rem/1.4 ui-monospace, monospace;
          resize: none; white-space: pre; overflow: auto; }
        .actions button, .button { font: inherit; padding: .35rem 1rem; border: 1px solid #0645ad; border-radius: 4px;
          background: #0645ad; color: #fff; text-decoration: none; cursor: pointer; display: inline-block; }
        .hint { color: #555; font-size: .9rem; }
        #status { min-height: 1.5rem; font-weight: 600; }
        .verdict { font-size: 1.15rem; font-weight: 700; padding: .5rem .75rem; border-left: 6px solid; }
        .verdict-pass { color: var(--pass); border-color: var(--pass); }
        .verdict-fail, .verdict-bad { color: var(--fail); border-color: var(--fail); }
        .verdict-open, .verdict-warning { color: var(--open); border-color: var(--open); }
        .badge { display: inline-block; min-width: 8rem; font-weight: 700; }
        ul.criteria { list-style: none; padding-left: 0; }
        ul.criteria > li { padding: .35rem 0; border-bottom: 1px solid #eee; }
        /* Parts below the fold are laid out when scrolled to: a save's update stays quick. */
        ul.criteria > li, details.step { content-visibility: auto; contain-intrinsic-size: auto 3rem; }
        ul.criteria ul { margin: .2rem 0 0 1.25rem; font-size: .95rem; }
        .source { color: #555; }
        .unverified { color: var(--open); }
        dl.figures { display: grid; grid-template-columns: minmax(12rem, max-content) 1fr; gap: .2rem 1rem; }
        dl.figures dt { font-weight: 600; }
        dl.figures dd { margin: 0; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .symbol { color: #555; font-weight: 400; }
        .context { white-space: pre-line; }
        details.step pre, pre.document { white-space: pre-wrap; overflow-wrap: anywhere; background: #f7f7f7;
          padding: .5rem; font: .85rem/1.4 ui-monospace, monospace; }
        button.goto { font: inherit; font-family: ui-monospace, monospace; background: none; border: 0; padding: 0;
          color: #0645ad; text-decoration: underline; cursor: pointer; text-align: left; }
        ul.problems .error button, ul.problems .error code { color: var(--fail); }
        .table-frame { overflow-x: auto; }
        table.portfolio { border-collapse: collapse; width: 100%; }
        table.portfolio th, table.portfolio td { border-bottom: 1px solid var(--line); padding: .3rem .5rem;
          vertical-align: top; text-align: left; }
        table.portfolio td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        button.sort { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; cursor: pointer; }
        tr[data-verdict="fail"] td:nth-child(3) { color: var(--fail); }
        tr[data-verdict="pass"] td:nth-child(3) { color: var(--pass); }
        .chart svg { max-width: 100%; height: auto; }
        .documents { display: flex; flex-wrap: wrap; gap: 1.5rem; }
        .document-list { padding-left: 1rem; }
        .viewer { flex: 1 1 30rem; min-width: 0; }
        .viewer img { max-width: 100%; }
        .size { color: #555; font-size: .85rem; }

        """

    /// Saves with the token in a header (never in a form another site could post), swaps in the
    /// parts of the page the server sends back, selects a problem's line, loads the what-if
    /// analysis when opened, and sorts and filters the portfolio table.
    static let script = """
        "use strict";
        (() => {
          const body = document.body;
          const token = body.dataset.token, file = body.dataset.file, lang = body.dataset.lang;
          const editor = document.getElementById("editor");

          function swap(html) {
            const fresh = new DOMParser().parseFromString(html, "text/html");
            for (const id of ["status", "gutter", "problems", "results"]) {
              const next = fresh.getElementById(id), old = document.getElementById(id);
              if (next && old) old.replaceWith(document.importNode(next, true));
            }
            syncGutter();
          }

          let sent = 0, timer = 0;
          async function send(action) {
            // A save overtakes a preview still waiting to be sent; an older answer never replaces a newer one.
            clearTimeout(timer);
            const ticket = ++sent;
            const query = new URLSearchParams({ file: file, lang: lang });
            const response = await fetch("/" + action + "?" + query, {
              method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8", "X-JCM-Token": token },
              body: editor.value, credentials: "same-origin", cache: "no-store" });
            const html = await response.text();
            if (ticket === sent) swap(html);
          }

          function syncGutter() {
            const gutter = document.getElementById("gutter");
            if (gutter && editor) gutter.scrollTop = editor.scrollTop;
          }

          function selectLine(line, column) {
            const lines = editor.value.split("\\n");
            let start = 0;
            for (let index = 0; index < line - 1 && index < lines.length; index++) start += lines[index].length + 1;
            const length = (lines[line - 1] || "").length;
            editor.focus();
            editor.setSelectionRange(start + Math.max(0, Math.min(column - 1, length)), start + length);
            const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 18;
            editor.scrollTop = Math.max(0, (line - 5) * lineHeight);
            syncGutter();
          }

          if (editor) {
            const form = document.getElementById("editor-form");
            form.addEventListener("submit", (event) => { event.preventDefault(); send("save"); });
            editor.addEventListener("input", () => {
              clearTimeout(timer);
              timer = setTimeout(() => send("preview"), 300);
            });
            editor.addEventListener("scroll", syncGutter);
            editor.addEventListener("keydown", (event) => {
              if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); send("save"); }
            });
            document.addEventListener("click", (event) => {
              const target = event.target.closest("button.goto");
              if (target) selectLine(Number(target.dataset.line), Number(target.dataset.column));
            });
            document.addEventListener("toggle", async (event) => {
              const details = event.target;
              if (details.id !== "what-if" || !details.open || details.dataset.loaded) return;
              details.dataset.loaded = "1";
              const old = details.querySelector(".loading");
              const response = await fetch(details.dataset.src, { headers: { "X-JCM-Token": token } });
              const page = new DOMParser().parseFromString(await response.text(), "text/html");
              if (!response.ok) {
                // Refused (another analysis running): say why, and try again when opened again.
                delete details.dataset.loaded;
                const why = page.getElementById("refusal");
                if (old && why) old.textContent = why.textContent;
                return;
              }
              const fresh = page.body.firstElementChild;
              if (fresh && old) old.replaceWith(document.importNode(fresh, true));
            }, true);
          }

          const table = document.getElementById("portfolio");
          if (table) {
            const rows = () => Array.from(table.tBodies[0].rows);
            const filter = document.getElementById("filter"), verdict = document.getElementById("verdict-filter");
            const apply = () => {
              const text = filter.value.trim().toLowerCase(), wanted = verdict.value;
              for (const row of rows()) {
                const matches = row.textContent.toLowerCase().includes(text);
                row.hidden = !(matches && (!wanted || row.dataset.verdict === wanted));
              }
            };
            filter.addEventListener("input", apply);
            verdict.addEventListener("change", apply);
            table.querySelectorAll("button.sort").forEach((button) => {
              button.addEventListener("click", () => {
                const column = Number(button.dataset.column), heading = button.parentElement;
                const ascending = heading.getAttribute("aria-sort") !== "ascending";
                table.querySelectorAll("th").forEach((th) => th.setAttribute("aria-sort", "none"));
                heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                const key = (row) => row.cells[column].dataset.sort || "";
                const sorted = rows().sort((a, b) => {
                  const x = key(a), y = key(b);
                  if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
                  const nx = Number(x), ny = Number(y);
                  const order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
                  return ascending ? order : -order;
                });
                for (const row of sorted) table.tBodies[0].appendChild(row);
              });
            });
          }
        })();

        """
}
