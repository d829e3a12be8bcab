// The reader's page: the report with every quoted span marked, a query box, and the answers
// linked to their words. Every text from the facts or a query goes in through textContent,
// never as markup.
"use strict";

const DATA = JSON.parse(document.getElementById("facts-data").textContent);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// ----- the report, marked -----

// Every mark element by the records it covers, "collection/id" -> [mark].
const marksOf = new Map();

function renderReport() {
  const article = document.getElementById("report");
  DATA.reports.forEach((report, r) => {
    article.append(el("h2", {}, report.title));
    if (r === 0) document.querySelector("header h1").textContent = report.title + ": every fact in its words";
    let start = 0;
    report.text.split("\n").forEach((line, i) => {
      const end = start + line.length;
      if (line.trim() !== "") article.append(paragraph(r, line, start, i + 1));
      start = end + 1;
    });
  });
}

// One paragraph (a line of the report), cut at every edge of every quote inside it.
function paragraph(r, line, offset, number) {
  const covering = DATA.marks.flatMap((mark, m) =>
    mark.places
      .filter(([report, s, e]) => report === r && e > offset && s < offset + line.length)
      .map(([, s, e]) => ({ m, s: Math.max(s, offset) - offset, e: Math.min(e, offset + line.length) - offset })));
  const edges = new Set([0, line.length]);
  covering.forEach(({ s, e }) => { edges.add(s); edges.add(e); });
  const cuts = [...edges].sort((a, b) => a - b);
  const heading = !/[.!?”"’)]$/.test(line.trim());
  const p = el("p", { class: heading ? "heading" : "", "data-line": number }, el("span", { class: "line" }, "l." + number));
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [s, e] = [cuts[i], cuts[i + 1]];
    const text = line.slice(s, e);
    const here = covering.filter((c) => c.s <= s && c.e >= e).map((c) => c.m);
    if (here.length === 0) { p.append(text); continue; }
    const first = DATA.marks[here[0]];
    const mark = el("mark", {
      class: first.collection + " depth" + Math.min(here.length, 3),
      title: here.map((m) => DATA.marks[m].collection + " " + DATA.marks[m].id + ": " + DATA.marks[m].line).join("\n"),
      "data-marks": here.join(" "),
    }, text);
    mark.addEventListener("click", () => select(here, mark));
    here.forEach((m) => {
      const key = DATA.marks[m].collection + "/" + DATA.marks[m].id;
      if (!marksOf.has(key)) marksOf.set(key, []);
      marksOf.get(key).push(mark);
    });
    p.append(mark);
  }
  return p;
}

// Shows the records a span's marks stand for.
function select(indexes, mark) {
  light(mark ? [mark] : []);
  const details = document.getElementById("details");
  details.replaceChildren(...indexes.map((m) => {
    const record = DATA.marks[m];
    return el("div", { class: "record " + record.collection }, el("b", {}, record.collection + " " + record.id), el("br"), record.line);
  }));
}

// Highlights these marks (or a paragraph), scrolling the first into view.
function light(nodes) {
  document.querySelectorAll(".lit").forEach((n) => n.classList.remove("lit"));
  nodes.forEach((n) => n.classList.add("lit"));
  if (nodes[0]) nodes[0].scrollIntoView({ block: "center", behavior: "instant" });
}

// Goes to a record's words: its marks lit, its records shown.
function show(collection, id) {
  const m = DATA.marks.findIndex((x) => x.collection === collection && x.id === id);
  if (m >= 0) select([m], null);
  light(marksOf.get(collection + "/" + id) || []);
}

// ----- the query box -----

async function ask(query, push) {
  const box = document.getElementById("q");
  box.value = query;
  if (push) history.pushState(null, "", "?q=" + encodeURIComponent(query));
  const error = document.getElementById("error");
  error.style.display = "none";
  const answer = document.getElementById("answer");
  if (query.trim() === "") { answer.replaceChildren(el("div", { class: "note" }, "Ask a question above.")); return; }
  let body;
  try {
    const response = await fetch("/api/query?q=" + encodeURIComponent(query));
    body = await response.json();
  } catch (e) {
    error.textContent = "the reader could not be reached: " + e;
    error.style.display = "block";
    return;
  }
  if (body.error) {
    // The crate's own message: the query with a caret under the words it points at.
    error.textContent = body.error.text || body.error.message;
    error.style.display = "block";
    answer.replaceChildren(el("div", { class: "note" }, "No answer: see the error under the box."));
    return;
  }
  answer.replaceChildren(...render(body.answer, body.records, body.columns));
}

function cell(value) {
  if (value === null || value === undefined) return "-";
  if (Array.isArray(value)) return value.length ? value.map(cell).join(", ") : "-";
  if (typeof value === "object") return "text" in value ? value.text : JSON.stringify(value);
  if (typeof value === "number") return value.toLocaleString("en-US");
  return String(value);
}

function table(rows, onRow, shown) {
  const columns = shown || (rows.length ? Object.keys(rows[0]) : []);
  const head = el("tr", {}, ...columns.map((c) => el("th", {}, c)));
  const body = rows.map((row, i) => {
    const tr = el("tr", onRow ? { class: "row", title: "show its words in the report" } : {},
      ...columns.map((c) => el("td", typeof row[c] === "number" ? { class: "num" } : {}, cell(row[c]))));
    if (onRow) tr.addEventListener("click", () => onRow(i));
    return tr;
  });
  return el("table", {}, el("thead", {}, head), el("tbody", {}, ...body));
}

function render(answer, records, columns) {
  if (answer && typeof answer.count === "number" && Object.keys(answer).length === 1) {
    return [el("div", { class: "count" }, answer.count.toLocaleString("en-US")), el("div", { class: "note" }, "records match")];
  }
  // An array has a `find` method: ask for the key of a find's answer on objects alone.
  if (answer && !Array.isArray(answer) && typeof answer.find === "string") {
    const out = [table(answer.records.map((r) => ({ collection: r.collection, id: r.id, fields: r.fields })),
      (i) => show(answer.records[i].collection, answer.records[i].id))];
    out.push(el("div", { class: "note" }, answer.records.length + " records; " + answer.sentences.length + " sentences of the report hold “" + answer.find + "”:"));
    const list = el("ol", {});
    answer.sentences.forEach((s) => {
      const li = el("li", { class: "row", title: "show it in the report" }, "l." + s.line + ": " + s.text);
      li.style.cursor = "pointer";
      li.addEventListener("click", () => {
        const p = document.querySelector('p[data-line="' + Number(s.line) + '"]');
        if (p) light([p]);
      });
      list.append(li);
    });
    out.push(list);
    return out;
  }
  if (Array.isArray(answer) && records.length === answer.length) {
    const note = el("div", { class: "note" }, answer.length + (answer.length === 1 ? " row" : " rows") + (answer.length ? "; select one for its words" : ""));
    return [table(answer, (i) => show(records[i].collection, records[i].id), columns), note];
  }
  // Groups: a key, a count, and for figures their sources; no range is drawn over them.
  const rows = Array.isArray(answer) ? answer : [];
  return [table(rows, null), el("div", { class: "note" }, rows.length + (rows.length === 1 ? " group" : " groups"))];
}

// ----- the figures and the timeline -----

function renderSides() {
  if (DATA.unmarked > 0 || DATA.unlisted > 0) {
    const note = DATA.unmarked.toLocaleString("en-US") + " records are not marked and " +
      DATA.unlisted.toLocaleString("en-US") + " events and figures not listed here, to keep the page light; every query above answers over all of them.";
    document.querySelector(".legend").append(el("div", {}, note));
  }
  const figures = document.getElementById("figures");
  DATA.figures.forEach((f) => {
    const li = el("li", { title: "show its words in the report" }, f.figure + " ", el("span", {}, "· " + f.source));
    li.addEventListener("click", () => show("estimates", f.id));
    figures.append(li);
  });
  const timeline = document.getElementById("timeline");
  DATA.timeline.forEach((t) => {
    const li = el("li", { title: "show its words in the report" }, el("span", {}, t.date + " "), t.title);
    li.addEventListener("click", () => show("events", t.id));
    timeline.append(li);
  });
  const examples = document.getElementById("examples");
  DATA.examples.forEach((q) => {
    const a = el("a", { href: "?q=" + encodeURIComponent(q) }, q);
    a.addEventListener("click", (e) => { e.preventDefault(); ask(q, true); });
    examples.append(a);
  });
}

document.getElementById("ask").addEventListener("submit", (e) => {
  e.preventDefault();
  ask(document.getElementById("q").value, true);
});
window.addEventListener("popstate", () => ask(new URLSearchParams(location.search).get("q") || "", false));

renderReport();
renderSides();
const initial = new URLSearchParams(location.search).get("q");
if (initial) ask(initial, false);
