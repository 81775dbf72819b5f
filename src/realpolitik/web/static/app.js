// The realpolitik dashboard: a relations graph, dyad timelines, an event table and an
// article view with highlighted evidence, over the JSON API of the same server.
//
// Plain JavaScript and SVG, no framework, nothing from another origin. The server's CSP
// forbids inline script and style, so this file is the only script and styles come from
// app.css (or element.style set here). Article text is untrusted: every string from the
// API reaches the page through textContent or attribute setters, never through HTML.

const SVG = "http://www.w3.org/2000/svg";
const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const QUAD_LABEL = {
  verbal_cooperation: "Verbal cooperation",
  material_cooperation: "Material cooperation",
  verbal_conflict: "Verbal conflict",
  material_conflict: "Material conflict",
};
const FIELD_LABEL = {
  wrong: "Mark as wrong",
  event_type: "Event type",
  source: "Source actors",
  target: "Target actors",
  quad_class: "Quad class",
  factuality: "Factuality",
  date: "Date",
  location_country: "Place (country)",
  intensity: "Intensity",
};
const TOKEN_KEY = "realpolitik.token";
const GRAPH_W = 860;
const GRAPH_H = 400;
const THUMB = 16; // slider thumb width (app.css): the months run between the thumbs' centres
const HIST_H = 22; // the month histogram's height (CSS px)
const HIST_BAR_MIN = 3;
const HIST_BAR_MAX = 14;

const state = {
  summary: null,
  domain: null, // {min, max}: month indices the sliders span
  win: null, // {start, end}: month indices, inclusive
  countriesOnly: true,
  months: [], // [{i: month index, events}] from the summary, oldest first
  graph: null,
  graphLoading: null, // the graph request in flight (a dyad waits for it for names)
  focus: null,
  dyad: null,
  eventId: null,
  table: { sort: "-date", limit: 25, offset: 0 },
  loads: { graph: 0, table: 0, event: 0, dyad: 0 },
};

// --- small helpers ------------------------------------------------------------------------

const $ = (id) => document.getElementById(id);

/** An HTML element: attributes by name (class, text, data-*, on*), children appended. */
function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, built the same way. */
function sv(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = String(v);
    else if (k === "class") node.setAttribute("class", v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "style") throw new Error("inline styles are not allowed by the CSP");
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

class ApiError extends Error {
  constructor(status, body) {
    super(apiMessage(status, body));
    this.status = status;
    this.body = body;
  }
}

function apiMessage(status, body) {
  if (body && Array.isArray(body.problems) && body.problems.length) {
    return body.problems.map((p) => `${p.where}: ${p.why}`).join("; ");
  }
  if (body && body.error) return String(body.error);
  return `HTTP ${status}`;
}

// Requests run in parallel (the server gives each its own read cursor). Each view keeps
// a ticket (state.loads) so only its latest request may render: an older response that
// arrives late is dropped. body.dataset.pending counts the requests in flight.
let pending = 0;

function setPending(delta) {
  pending += delta;
  document.body.dataset.pending = String(pending);
}

async function api(path, options = {}) {
  setPending(1);
  try {
    return await request(path, options);
  } finally {
    setPending(-1);
  }
}

async function request(path, options) {
  let response;
  try {
    // the token goes with reads too, for servers started with --protect-reads
    const headers = { Accept: "application/json", ...(options.headers || {}) };
    if (token() && !headers.Authorization) headers.Authorization = `Bearer ${token()}`;
    response = await fetch(path, { ...options, headers });
  } catch (err) {
    throw new ApiError(0, { error: `network error: ${err.message}` });
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === "") continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

function showBanner(message) {
  const b = $("banner");
  if (!message) {
    b.hidden = true;
    return;
  }
  clear(b).append(el("span", { text: message }),
    el("button", { type: "button", class: "chip-x", "aria-label": "Dismiss", onclick: () => showBanner(null) }, "×"));
  b.hidden = false;
}

function debounce(fn, ms) {
  let t = null;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

function fmtNum(n) {
  return n === null || n === undefined ? "–" : Number(n).toLocaleString("en-GB");
}

function fmtDate(d) {
  return d ? String(d).slice(0, 10) : "undated";
}

function hashCode(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

// --- months -------------------------------------------------------------------------------

const monthIndex = (ym) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const monthName = (i) => `${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`;
const monthStart = (i) => `${monthName(i)}-01`;
function monthEnd(i) {
  const y = Math.floor(i / 12);
  const m = i % 12;
  const days = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${monthName(i)}-${String(days).padStart(2, "0")}`;
}
const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const monthLabel = (i) => `${MONTHS_SHORT[i % 12]} ${Math.floor(i / 12)}`;
const validMonth = (s) => typeof s === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

// --- URL hash: the view as a link (start, end, focus, dyad, event) ---------------------------

function readHash() {
  const p = new URLSearchParams(location.hash.replace(/^#/, ""));
  return {
    start: p.get("start"), end: p.get("end"), focus: p.get("focus"),
    dyad: p.get("dyad"), dyadA: p.get("dyad-a"), dyadB: p.get("dyad-b"), event: p.get("event"),
  };
}

function writeHash() {
  const p = new URLSearchParams();
  if (state.win) {
    p.set("start", monthName(state.win.start));
    p.set("end", monthName(state.win.end));
  }
  if (state.focus) p.set("focus", state.focus);
  if (state.dyad && isCode(state.dyad.a) && isCode(state.dyad.b)) p.set("dyad", `${state.dyad.a}-${state.dyad.b}`);
  else if (state.dyad) {
    p.set("dyad-a", state.dyad.a);
    p.set("dyad-b", state.dyad.b);
  }
  if (state.eventId) p.set("event", state.eventId);
  history.replaceState(null, "", `#${p.toString()}`);
}

// --- start-up -----------------------------------------------------------------------------

async function init() {
  setupToken();
  setupTabs();
  let summary;
  try {
    summary = await api("/api/summary");
  } catch (err) {
    showBanner(err.status === 401
      ? "This server protects reads: paste the API token at the top right."
      : `Could not load the store summary: ${err.message}`);
    if (err.status === 401) {
      $("token").addEventListener("change", () => location.reload(), { once: true });
    }
    return;
  }
  state.summary = summary;
  renderStats(summary);
  fillFilterOptions(summary);
  setupFilters();
  setupGraphControls();
  $("dyad-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const a = actorKey($("dyad-a").value);
    const b = actorKey($("dyad-b").value);
    if (a && b && a !== b) openDyad(a, b);
  });

  const wanted = readHash();
  if (!summary.first_date || !summary.last_date) {
    $("graph-note").textContent = "No events in the store yet.";
    renderGraph({ nodes: [], edges: [] });
    await loadTable();
    document.body.dataset.ready = "1";
    return;
  }
  chooseWindow(summary, wanted);
  if (wanted.focus && /^[A-Za-z]{3}$/.test(wanted.focus)) state.focus = wanted.focus.toUpperCase();
  syncWindowControls();
  syncTableDates();
  if (state.focus) $("f-country").value = state.focus;
  // graph, table, and a dyad or event from the link load side by side
  const first = [loadGraph(), loadTable()];
  const dyad = dyadFromHash(wanted);
  if (dyad) openDyad(dyad.a, dyad.b, { show: !wanted.event });
  if (wanted.event && /^[A-Za-z0-9_-]{1,64}$/.test(wanted.event)) openEvent(wanted.event);
  await Promise.all(first);
  document.body.dataset.ready = "1";
}

/** A dyad from the link: ``dyad=USA-IRN`` (two codes) or ``dyad-a=…&dyad-b=…`` (any actors). */
function dyadFromHash(wanted) {
  if (wanted.dyad && /^[A-Za-z]{3}-[A-Za-z]{3}$/.test(wanted.dyad)) {
    const [a, b] = wanted.dyad.toUpperCase().split("-");
    return { a, b };
  }
  const ok = (s) => typeof s === "string" && s.trim().length >= 1 && s.length <= 120 && !/[\x00-\x1f]/.test(s);
  if (ok(wanted.dyadA) && ok(wanted.dyadB) && wanted.dyadA !== wanted.dyadB) {
    return { a: actorKey(wanted.dyadA), b: actorKey(wanted.dyadB) };
  }
  return null;
}

/** An actor as the API names it: a three-letter code in capitals, else the name as given. */
function actorKey(s) {
  const t = String(s).trim();
  return /^[A-Za-z]{3}$/.test(t) ? t.toUpperCase() : t;
}

const isCode = (s) => /^[A-Z]{3}$/.test(s);

/**
 * The slider domain (1st percentile .. last month) and the window (5th percentile .. last),
 * from the summary's events per month.
 */
function chooseWindow(summary, wanted) {
  const months = (summary.months || [])
    .filter((m) => m && validMonth(m.month) && Number.isFinite(m.events) && m.events > 0)
    .map((m) => ({ i: monthIndex(m.month), events: m.events }))
    .sort((x, y) => x.i - y.i);
  state.months = months;
  let first = monthIndex(summary.first_date);
  let last = monthIndex(summary.last_date);
  if (months.length) {
    first = Math.min(first, months[0].i);
    last = Math.max(last, months[months.length - 1].i);
  }
  const total = months.reduce((n, m) => n + m.events, 0);
  /** The first month by which at least ``k`` dated events have happened. */
  const percentileMonth = (k) => {
    let seen = 0;
    for (const m of months) {
      seen += m.events;
      if (seen >= k) return m.i;
    }
    return last;
  };
  const lo = total ? percentileMonth(Math.max(1, Math.ceil(total * 0.01))) : first;
  const defaultStart = total ? Math.max(lo, percentileMonth(Math.max(1, Math.ceil(total * 0.05)))) : first;
  state.fullDomain = { min: first, max: last };
  state.domain = { min: lo, max: last };
  let start = defaultStart;
  let end = last;
  if (validMonth(wanted.start) && validMonth(wanted.end)) {
    start = monthIndex(wanted.start);
    end = monthIndex(wanted.end);
    if (start > end) [start, end] = [end, start];
  }
  state.domain.min = Math.min(state.domain.min, start);
  state.domain.max = Math.max(state.domain.max, end);
  state.win = { start, end };
}

function renderStats(s) {
  const dl = clear($("stats"));
  const item = (label, value) => dl.append(el("div", { class: "stat" }, el("dt", { text: label }), el("dd", { text: value })));
  item("Articles", fmtNum(s.articles));
  item("Events", fmtNum(s.events));
  item("Reports", fmtNum(s.reports));
  item("Dates", s.first_date ? `${s.first_date} – ${s.last_date}` : "–");
  if (!s.writable) $("token-state").textContent = "server is read-only";
}

// --- token --------------------------------------------------------------------------------

function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

function setupToken() {
  const input = $("token");
  input.value = token();
  $("token-form").addEventListener("submit", (ev) => ev.preventDefault());
  const show = () => {
    const has = Boolean(token());
    $("token-state").textContent = has ? "token set for this tab" : "";
    $("token-state").classList.toggle("ok", has);
  };
  input.addEventListener("input", () => {
    const v = input.value.trim();
    if (v) sessionStorage.setItem(TOKEN_KEY, v);
    else sessionStorage.removeItem(TOKEN_KEY);
    show();
  });
  $("token-clear").addEventListener("click", () => {
    input.value = "";
    sessionStorage.removeItem(TOKEN_KEY);
    show();
  });
  show();
}

// --- tabs ---------------------------------------------------------------------------------

function setupTabs() {
  $("tab-event").addEventListener("click", () => showTab("event"));
  $("tab-dyad").addEventListener("click", () => showTab("dyad"));
}

function showTab(which) {
  for (const name of ["event", "dyad"]) {
    const on = name === which;
    $(`tab-${name}`).setAttribute("aria-selected", on ? "true" : "false");
    $(`${name}-view`).hidden = !on;
  }
}

// --- time window --------------------------------------------------------------------------

function setupGraphControls() {
  const s = $("slider-start");
  const e = $("slider-end");
  const changed = debounce(() => windowChanged(), 250);
  s.addEventListener("input", () => {
    if (Number(s.value) > Number(e.value)) s.value = e.value;
    state.win.start = Number(s.value);
    syncWindowControls();
    changed();
  });
  e.addEventListener("input", () => {
    if (Number(e.value) < Number(s.value)) e.value = s.value;
    state.win.end = Number(e.value);
    syncWindowControls();
    changed();
  });
  const typed = (which) => () => {
    const input = $(which === "start" ? "win-start" : "win-end");
    if (!validMonth(input.value)) return;
    const i = monthIndex(input.value);
    state.win[which] = i;
    if (state.win.start > state.win.end) {
      if (which === "start") state.win.end = i;
      else state.win.start = i;
    }
    state.domain.min = Math.min(state.domain.min, state.win.start);
    state.domain.max = Math.max(state.domain.max, state.win.end);
    syncWindowControls();
    windowChanged();
  };
  $("win-start").addEventListener("change", typed("start"));
  $("win-end").addEventListener("change", typed("end"));
  $("preset-12").addEventListener("click", () => {
    state.win = { start: Math.max(state.domain.min, state.domain.max - 11), end: state.domain.max };
    syncWindowControls();
    windowChanged();
  });
  $("preset-all").addEventListener("click", () => {
    state.domain = { ...state.fullDomain };
    state.win = { start: state.fullDomain.min, end: state.fullDomain.max };
    syncWindowControls();
    windowChanged();
  });
  $("countries-only").addEventListener("change", (ev) => {
    state.countriesOnly = ev.target.checked;
    loadGraph();
  });
  $("focus-clear").addEventListener("click", () => setFocus(null));
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(() => renderMonthHistogram()).observe($("month-hist"));
  }
}

function syncWindowControls() {
  if (!state.win) return;
  const { min, max } = state.domain;
  for (const id of ["slider-start", "slider-end"]) {
    $(id).min = String(min);
    $(id).max = String(max);
  }
  $("slider-start").value = String(state.win.start);
  $("slider-end").value = String(state.win.end);
  $("slider-start").setAttribute("aria-valuetext", monthLabel(state.win.start));
  $("slider-end").setAttribute("aria-valuetext", monthLabel(state.win.end));
  $("win-start").value = monthName(state.win.start);
  $("win-end").value = monthName(state.win.end);
  const span = Math.max(1, max - min);
  // the fill runs between the thumbs' centres: THUMB/2 in from either end of the input
  const at = (i) => `calc(${THUMB / 2}px + (100% - ${THUMB}px) * ${((i - min) / span).toFixed(5)})`;
  const fill = $("range2-fill");
  fill.style.left = at(state.win.start);
  fill.style.width = `calc((100% - ${THUMB}px) * ${((state.win.end - state.win.start) / span).toFixed(5)})`;
  renderMonthHistogram();
}

/**
 * Events per month along the slider: one bar per month with events in the slider's span,
 * each under the thumbs' position for that month; the selected window is shaded and its
 * bars take the accent colour. Drawn in CSS pixels (redrawn when the slider resizes).
 */
function renderMonthHistogram() {
  const svg = $("month-hist");
  if (!state.domain) return;
  const { min, max } = state.domain;
  const W = Math.max(40, Math.round(svg.getBoundingClientRect().width) || 400);
  const span = Math.max(1, max - min);
  const slot = (W - THUMB) / span;
  const x = (i) => THUMB / 2 + (i - min) * slot;
  const key = `${min}:${max}:${W}`;
  if (svg.dataset.key !== key) {
    clear(svg);
    svg.dataset.key = key;
    svg.setAttribute("viewBox", `0 0 ${W} ${HIST_H}`);
    const shown = state.months.filter((m) => m.i >= min && m.i <= max);
    const peak = Math.max(1, ...shown.map((m) => m.events));
    const w = Math.max(HIST_BAR_MIN, Math.min(slot * 0.72, HIST_BAR_MAX));
    const bars = sv("g", { class: "hist-bars" });
    for (const m of shown) {
      // square-root heights: a month with a handful of events still shows beside the peak
      const h = Math.max(2, Math.sqrt(m.events / peak) * (HIST_H - 1));
      bars.append(sv("rect", {
        class: "hist-bar", x: (x(m.i) - w / 2).toFixed(2), y: (HIST_H - h).toFixed(2), width: w.toFixed(2),
        height: h.toFixed(2), "data-month": monthName(m.i), "data-events": m.events,
      }, sv("title", { text: `${monthLabel(m.i)}: ${fmtNum(m.events)} event${m.events === 1 ? "" : "s"}` })));
    }
    const best = shown.reduce((b, m) => (!b || m.events > b.events ? m : b), null);
    svg.setAttribute("aria-label", best
      ? `Events per month, ${monthLabel(min)} to ${monthLabel(max)}: ${shown.length} months with events, the most (${fmtNum(best.events)}) in ${monthLabel(best.i)}`
      : "No dated events in this span");
    svg.append(sv("rect", { class: "hist-win", y: 0, height: HIST_H }), bars);
  }
  const x0 = Math.max(0, x(state.win.start) - Math.max(slot, HIST_BAR_MIN) / 2);
  const x1 = Math.min(W, x(state.win.end) + Math.max(slot, HIST_BAR_MIN) / 2);
  const band = svg.querySelector(".hist-win");
  band.setAttribute("x", x0.toFixed(2));
  band.setAttribute("width", Math.max(0, x1 - x0).toFixed(2));
  svg.dataset.start = monthName(state.win.start);
  svg.dataset.end = monthName(state.win.end);
  for (const bar of svg.querySelectorAll(".hist-bar")) {
    const i = monthIndex(bar.dataset.month);
    bar.classList.toggle("in", i >= state.win.start && i <= state.win.end);
  }
}

function windowChanged() {
  syncTableDates();
  state.table.offset = 0;
  writeHash();
  loadGraph();
  loadTable();
  if (state.dyad) loadDyad();
}

function syncTableDates() {
  if (!state.win) return;
  $("f-start").value = monthStart(state.win.start);
  $("f-end").value = monthEnd(state.win.end);
}

// --- graph --------------------------------------------------------------------------------

function loadGraph() {
  state.graphLoading = fetchGraph();
  return state.graphLoading;
}

async function fetchGraph() {
  if (!state.win) return;
  const ticket = ++state.loads.graph;
  $("graph-note").textContent = "Loading…";
  const params = {
    start: monthStart(state.win.start), end: monthEnd(state.win.end),
    countries_only: state.countriesOnly ? "true" : null, limit: 400,
  };
  let graph;
  try {
    graph = await api(`/api/graph${query(params)}`);
  } catch (err) {
    if (ticket !== state.loads.graph) return;
    $("graph-note").textContent = "";
    showBanner(`Could not load the graph: ${err.message}`);
    return;
  }
  if (ticket !== state.loads.graph) return;
  state.graph = graph;
  const months = state.win.end - state.win.start + 1;
  const events = graph.edges.reduce((n, e) => n + e.events, 0);
  $("graph-note").textContent = `${monthLabel(state.win.start)} – ${monthLabel(state.win.end)} · `
    + `${graph.nodes.length} actors, ${graph.edges.length} dyads, ${fmtNum(events)} dyadic events`
    + (months > 1 ? ` over ${months} months` : "");
  fillCountryList(graph.nodes);
  renderGraph(graph);
}

function fillCountryList(nodes) {
  const list = clear($("country-codes"));
  const actors = clear($("dyad-actors"));
  for (const n of nodes) {
    if (isCode(n.id)) list.append(el("option", { value: n.id, label: n.name }));
    actors.append(el("option", { value: n.id, label: n.name !== n.id ? n.name : null }));
  }
}

/** Node positions: capitals on an equirectangular map, then a small deterministic relaxation. */
function layout(nodes, edges, W, H) {
  const pad = 40;
  const geo = nodes.filter((n) => typeof n.lat === "number" && typeof n.lon === "number");
  let lon0 = -170;
  let lon1 = 180;
  let lat0 = -50;
  let lat1 = 72;
  if (geo.length) {
    lon0 = Math.min(...geo.map((n) => n.lon));
    lon1 = Math.max(...geo.map((n) => n.lon));
    lat0 = Math.min(...geo.map((n) => n.lat));
    lat1 = Math.max(...geo.map((n) => n.lat));
    // Never zoom in past a region's size: a few neighbours still read as a map.
    const widen = (a, b, min) => {
      const d = Math.max(0, min - (b - a)) / 2;
      return [a - d, b + d];
    };
    [lon0, lon1] = widen(lon0, lon1, 110);
    [lat0, lat1] = widen(lat0, lat1, 55);
  }
  const scale = Math.min((W - 2 * pad) / (lon1 - lon0), (H - 2 * pad) / (lat1 - lat0));
  const ox = (W - scale * (lon1 - lon0)) / 2;
  const oy = (H - scale * (lat1 - lat0)) / 2;
  const project = (lon, lat) => [ox + (lon - lon0) * scale, oy + (lat1 - lat) * scale];

  const byId = new Map();
  const maxEvents = Math.max(1, ...nodes.map((n) => n.events));
  const pts = nodes.map((n) => {
    const p = { node: n, r: 5 + 15 * Math.sqrt(n.events / maxEvents), geo: false, x: 0, y: 0, hx: 0, hy: 0 };
    if (typeof n.lat === "number" && typeof n.lon === "number") {
      [p.hx, p.hy] = project(n.lon, n.lat);
      p.geo = true;
    }
    byId.set(n.id, p);
    return p;
  });
  const neighbours = new Map(pts.map((p) => [p.node.id, []]));
  for (const e of edges) {
    if (byId.has(e.a) && byId.has(e.b)) {
      neighbours.get(e.a).push(byId.get(e.b));
      neighbours.get(e.b).push(byId.get(e.a));
    }
  }
  // Actors without coordinates (organisations, groups, people) start among their partners.
  let spare = 0;
  for (const p of pts) {
    if (p.geo) continue;
    const known = neighbours.get(p.node.id).filter((q) => q.geo);
    const angle = ((hashCode(p.node.id) % 360) * Math.PI) / 180;
    if (known.length) {
      p.hx = known.reduce((s, q) => s + q.hx, 0) / known.length + 40 * Math.cos(angle);
      p.hy = known.reduce((s, q) => s + q.hy, 0) / known.length + 40 * Math.sin(angle);
    } else {
      p.hx = pad + ((spare * 70) % (W - 2 * pad));
      p.hy = H - pad;
      spare++;
    }
  }
  for (const p of pts) {
    const jitter = hashCode(p.node.id);
    p.x = p.hx + ((jitter % 7) - 3) * 0.5;
    p.y = p.hy + (((jitter >> 3) % 7) - 3) * 0.5;
  }
  // Relax: springs to home (strong for capitals), springs along edges, no overlaps.
  const rounds = 260;
  for (let t = 0; t < rounds; t++) {
    const alpha = 1 - t / rounds;
    for (const p of pts) {
      const k = p.geo ? 0.05 : 0.01;
      p.x += (p.hx - p.x) * k;
      p.y += (p.hy - p.y) * k;
    }
    for (const e of edges) {
      const a = byId.get(e.a);
      const b = byId.get(e.b);
      if (!a || !b || (a.geo && b.geo)) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const d = Math.hypot(dx, dy) || 1;
      const f = ((d - 70) / d) * 0.02 * alpha;
      if (!a.geo) {
        a.x += dx * f;
        a.y += dy * f;
      }
      if (!b.geo) {
        b.x -= dx * f;
        b.y -= dy * f;
      }
    }
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const a = pts[i];
        const b = pts[j];
        const min = a.r + b.r + 18; // room for the code label under each node
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= min) continue;
        if (d < 0.01) {
          const ang = ((hashCode(a.node.id + b.node.id) % 360) * Math.PI) / 180;
          dx = Math.cos(ang);
          dy = Math.sin(ang);
          d = 1;
        }
        const push = ((min - d) / d) * 0.5;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
      }
    }
    for (const p of pts) {
      p.x = Math.min(W - p.r - 4, Math.max(p.r + 4, p.x));
      p.y = Math.min(H - p.r - 14, Math.max(p.r + 4, p.y));
    }
  }
  return { byId, pts, project, bounds: { lon0, lon1, lat0, lat1 } };
}

/** Net cooperation as colour: red (conflict) through grey to green (cooperation). */
function edgeColour(balance) {
  const grey = [150, 158, 168];
  const green = [35, 139, 82];
  const red = [200, 55, 50];
  const t = Math.max(-1, Math.min(1, balance || 0));
  const to = t >= 0 ? green : red;
  const k = Math.abs(t) ** 0.8;
  const c = grey.map((g, i) => Math.round(g + (to[i] - g) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

function renderGraph(graph) {
  const svg = clear($("graph"));
  svg.setAttribute("viewBox", `0 0 ${GRAPH_W} ${GRAPH_H}`);
  if (!graph.nodes.length) {
    svg.append(sv("text", { x: GRAPH_W / 2, y: GRAPH_H / 2, class: "graph-empty", "text-anchor": "middle",
      text: "No relations between actors in this window." }));
    updateFocusChip();
    return;
  }
  const { byId, pts, project, bounds } = layout(graph.nodes, graph.edges, GRAPH_W, GRAPH_H);

  const grid = sv("g", { class: "graticule", "aria-hidden": "true" });
  for (let lon = -180; lon <= 180; lon += 30) {
    if (lon < bounds.lon0 - 30 || lon > bounds.lon1 + 30) continue;
    const [x] = project(lon, 0);
    grid.append(sv("line", { x1: x, x2: x, y1: 0, y2: GRAPH_H, class: lon === 0 ? "meridian" : null }));
  }
  for (let lat = -60; lat <= 90; lat += 30) {
    const [, y] = project(0, lat);
    if (y < 0 || y > GRAPH_H) continue;
    grid.append(sv("line", { x1: 0, x2: GRAPH_W, y1: y, y2: y, class: lat === 0 ? "equator" : null }));
  }
  svg.append(grid);

  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.events));
  const edgeLayer = sv("g", { class: "edges" });
  const ordered = [...graph.edges].sort((x, y) => x.events - y.events);
  for (const e of ordered) {
    const a = byId.get(e.a);
    const b = byId.get(e.b);
    if (!a || !b) continue;
    const width = 1.2 + 6 * Math.sqrt(e.events / maxEdge);
    const title = `${e.a} – ${e.b}: ${e.events} events, net cooperation ${e.net_cooperation > 0 ? "+" : ""}${e.net_cooperation}`
      + ` (${QUADS.map((q) => `${e.quads[q]} ${QUAD_LABEL[q].toLowerCase()}`).join(", ")})`;
    const g = sv("g", {
      class: "edge", "data-a": e.a, "data-b": e.b, "data-events": e.events,
      "data-net": e.net_cooperation,
      onclick: (ev) => {
        ev.stopPropagation();
        openDyad(e.a, e.b);
      },
    },
    sv("title", { text: title }),
    sv("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge-line", stroke: edgeColour(e.balance), "stroke-width": width.toFixed(2) }),
    sv("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge-hit", stroke: "transparent", "stroke-width": Math.max(10, width + 6) }));
    edgeLayer.append(g);
  }
  svg.append(edgeLayer);

  const nodeLayer = sv("g", { class: "nodes" });
  for (const p of [...pts].sort((x, y) => y.r - x.r)) {
    const n = p.node;
    const country = n.country && /^[A-Z]{3}$/.test(n.id);
    const label = country ? n.id : shortName(n.id);
    const aria = `${n.name}${country ? ` (${n.id})` : ""}: ${n.events} events${n.bloc ? `, bloc ${n.bloc}` : ""}`;
    const shape = country
      ? sv("circle", { cx: p.x, cy: p.y, r: p.r.toFixed(2), class: "node-shape" })
      : sv("rect", { x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r, rx: 3, class: "node-shape" });
    const g = sv("g", {
      class: `node${country ? "" : " org"}`, "data-id": n.id, "data-events": n.events, tabindex: "0",
      role: "button", "aria-label": aria,
      onclick: (ev) => {
        ev.stopPropagation();
        setFocus(state.focus === n.id ? null : n.id);
      },
      onkeydown: (ev) => {
        if (ev.key === "Enter" || ev.key === " ") {
          ev.preventDefault();
          setFocus(state.focus === n.id ? null : n.id);
        }
      },
      onmouseenter: (ev) => showTooltip(ev, n),
      onmousemove: (ev) => moveTooltip(ev),
      onmouseleave: () => hideTooltip(),
      onfocus: (ev) => showTooltip(ev, n),
      onblur: () => hideTooltip(),
    },
    shape,
    sv("text", { x: p.x, y: p.y + p.r + 11, class: "node-label", "text-anchor": "middle", text: label }));
    nodeLayer.append(g);
  }
  svg.append(nodeLayer);
  svg.onclick = () => {
    if (state.focus) setFocus(null);
  };
  applyFocus();
}

function shortName(s) {
  return s.length > 14 ? `${s.slice(0, 13)}…` : s;
}

function showTooltip(ev, n) {
  const tip = clear($("tooltip"));
  const country = n.country && /^[A-Z]{3}$/.test(n.id);
  tip.append(el("strong", { text: country ? n.id : n.name }), country ? el("span", { text: ` ${n.name}` }) : null,
    el("div", { class: "tip-sub", text: `${fmtNum(n.events)} events in window${n.bloc ? ` · bloc ${n.bloc}` : ""}` }));
  tip.hidden = false;
  moveTooltip(ev);
}

function moveTooltip(ev) {
  const tip = $("tooltip");
  const box = $("graph-wrap").getBoundingClientRect();
  let x;
  let y;
  if (ev.clientX !== undefined && ev.type !== "focus") {
    x = ev.clientX - box.left;
    y = ev.clientY - box.top;
  } else {
    const r = ev.currentTarget.getBoundingClientRect();
    x = r.left + r.width / 2 - box.left;
    y = r.top - box.top;
  }
  tip.style.left = `${Math.min(box.width - 200, x + 14)}px`;
  tip.style.top = `${Math.max(0, y - 44)}px`;
}

function hideTooltip() {
  $("tooltip").hidden = true;
}

function setFocus(id) {
  state.focus = id;
  applyFocus();
  $("f-country").value = id && isCode(id) ? id : "";
  if (id) {
    $("dyad-a").value = id;
    $("dyad-b").value = strongestPartner(id) || "";
  }
  state.table.offset = 0;
  writeHash();
  loadTable();
}

function strongestPartner(id) {
  if (!state.graph) return null;
  let best = null;
  for (const e of state.graph.edges) {
    const other = e.a === id ? e.b : e.b === id ? e.a : null;
    if (other && (!best || e.events > best.events)) best = { id: other, events: e.events };
  }
  return best ? best.id : null;
}

function applyFocus() {
  const svg = $("graph");
  const id = state.focus;
  svg.classList.toggle("focused", Boolean(id));
  const near = new Set(id ? [id] : []);
  for (const g of svg.querySelectorAll(".edge")) {
    const on = Boolean(id) && (g.dataset.a === id || g.dataset.b === id);
    g.classList.toggle("hl", on);
    if (on) {
      near.add(g.dataset.a);
      near.add(g.dataset.b);
    }
  }
  for (const g of svg.querySelectorAll(".node")) {
    g.classList.toggle("near", near.has(g.dataset.id));
    g.classList.toggle("selected", g.dataset.id === id);
    g.setAttribute("aria-pressed", g.dataset.id === id ? "true" : "false");
  }
  updateFocusChip();
}

function updateFocusChip() {
  const chip = $("focus-chip");
  if (!state.focus) {
    chip.hidden = true;
    return;
  }
  const node = state.graph && state.graph.nodes.find((n) => n.id === state.focus);
  $("focus-label").textContent = `Focus ${state.focus}${node && node.name !== state.focus ? ` · ${node.name}` : ""}`;
  chip.hidden = false;
}

// --- event table --------------------------------------------------------------------------

function fillFilterOptions(s) {
  for (const t of s.event_types) $("f-type").append(el("option", { value: t, text: t }));
  for (const q of s.quad_classes) $("f-quad").append(el("option", { value: q, text: QUAD_LABEL[q] || q }));
  for (const f of s.factualities) $("f-factuality").append(el("option", { value: f, text: f.replace("_", " ") }));
  const sortLabel = {
    "-date": "Newest first", date: "Oldest first", type: "Event type", "-intensity": "Most cooperative",
    intensity: "Most conflictual", "-reports": "Most reported", reports: "Least reported",
    "-confidence": "Most confident", confidence: "Least confident",
  };
  for (const k of s.sorts) $("f-sort").append(el("option", { value: k, text: sortLabel[k] || k }));
  $("f-sort").value = state.table.sort;
}

function setupFilters() {
  const form = $("filters");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.table.offset = 0;
    loadTable();
  });
  const reload = () => {
    state.table.offset = 0;
    loadTable();
  };
  const typed = debounce(reload, 350);
  for (const id of ["f-actor", "f-text"]) $(id).addEventListener("input", typed);
  $("f-country").addEventListener("input", () => {
    const v = $("f-country").value.trim();
    if (v === "" || /^[A-Za-z]{3}$/.test(v)) typed();
  });
  for (const id of ["f-type", "f-quad", "f-factuality", "f-start", "f-end", "f-sort"]) {
    $(id).addEventListener("change", reload);
  }
  form.addEventListener("reset", () => {
    setTimeout(() => {
      $("f-sort").value = "-date";
      syncTableDates();
      if (state.focus) setFocus(null);
      else reload();
    }, 0);
  });
  $("page-size").addEventListener("change", () => {
    state.table.limit = Number($("page-size").value);
    reload();
  });
  $("page-prev").addEventListener("click", () => {
    state.table.offset = Math.max(0, state.table.offset - state.table.limit);
    loadTable();
  });
  $("page-next").addEventListener("click", () => {
    state.table.offset += state.table.limit;
    loadTable();
  });
}

function tableParams() {
  const country = $("f-country").value.trim().toUpperCase();
  const start = $("f-start").value;
  const end = $("f-end").value;
  return {
    country: /^[A-Z]{3}$/.test(country) ? country : null,
    actor: $("f-actor").value.trim() || null,
    type: $("f-type").value || null,
    quad: $("f-quad").value || null,
    factuality: $("f-factuality").value || null,
    start: start && end && start > end ? end : start,
    end: start && end && start > end ? start : end,
    text: $("f-text").value.trim() || null,
    sort: $("f-sort").value || "-date",
    limit: state.table.limit,
    offset: state.table.offset,
  };
}

async function loadTable() {
  const ticket = ++state.loads.table;
  const params = tableParams();
  $("table-note").textContent = "Loading…";
  let page;
  try {
    page = await api(`/api/events${query(params)}`);
  } catch (err) {
    if (ticket !== state.loads.table) return;
    $("table-note").textContent = `Error: ${err.message}`;
    return;
  }
  if (ticket !== state.loads.table) return;
  renderTable(page, params);
}

function actorCell(actors) {
  if (!actors || !actors.length) return el("span", { class: "muted", text: "–" });
  const wrap = el("span", { class: "actors" });
  for (const a of actors) {
    const who = a.name && a.name !== a.code ? a.name : a.text && a.text !== a.code ? a.text : null;
    wrap.append(el("span", { class: "actor", title: [a.name, a.role, a.text ? `“${a.text}”` : null].filter(Boolean).join(" · ") || null },
      el("span", { class: "code", text: a.code || a.text || "?" }),
      who ? el("span", { class: "who", text: who }) : null));
  }
  return wrap;
}

function typeChip(type, quad) {
  return el("span", { class: `type-chip q-${quad || "none"}`, title: QUAD_LABEL[quad] || null, text: type });
}

function factChip(f) {
  return el("span", { class: `fact f-${f}`, text: (f || "").replace("_", " ") });
}

function renderTable(page, params) {
  const body = clear($("events-body"));
  const focus = params.country ? ` involving ${params.country}` : "";
  const first = page.total ? page.offset + 1 : 0;
  const last = Math.min(page.offset + page.events.length, page.total);
  $("table-note").textContent = `${fmtNum(page.total)} events${focus}`;
  $("page-info").textContent = page.total ? `${fmtNum(first)}–${fmtNum(last)} of ${fmtNum(page.total)}` : "No events match these filters.";
  $("page-prev").disabled = page.offset <= 0;
  $("page-next").disabled = page.offset + page.events.length >= page.total;
  for (const e of page.events) {
    const place = [e.location_name, e.location_country].filter(Boolean);
    const tr = el("tr", {
      tabindex: "0", "data-event": e.event_id, class: e.event_id === state.eventId ? "current" : null,
      onclick: () => openEvent(e.event_id),
      onkeydown: (ev) => {
        if (ev.key === "Enter") openEvent(e.event_id);
      },
    },
    el("td", { class: "nowrap" }, fmtDate(e.date),
      e.reports > 1 ? el("span", { class: "reports", title: `${e.reports} reports in ${e.articles} articles`, text: ` ×${e.reports}` }) : null),
    el("td", {}, actorCell(e.source)),
    el("td", {}, typeChip(e.event_type, e.quad_class)),
    el("td", {}, actorCell(e.target)),
    el("td", { text: place.length ? (place.length === 2 && place[0] !== place[1] ? `${place[0]}, ${place[1]}` : place[0]) : "–" }),
    el("td", {}, factChip(e.factuality)),
    el("td", { class: "num", text: e.confidence === null ? "–" : Number(e.confidence).toFixed(2) }),
    el("td", { class: "evidence-cell", title: e.evidence_text || null, text: e.evidence_text || "" }));
    body.append(tr);
  }
}

function markCurrentRow() {
  for (const tr of $("events-body").querySelectorAll("tr")) {
    tr.classList.toggle("current", tr.dataset.event === state.eventId);
  }
}

// --- event and article --------------------------------------------------------------------

async function openEvent(id, { keepScroll = false } = {}) {
  const ticket = ++state.loads.event;
  state.eventId = id;
  writeHash();
  markCurrentRow();
  showTab("event");
  $("event-empty").hidden = true;
  const box = $("event-content");
  box.hidden = false;
  if (!keepScroll) box.setAttribute("aria-busy", "true");
  let event;
  let article;
  try {
    event = await api(`/api/events/${encodeURIComponent(id)}`);
    article = await api(`/api/articles/${encodeURIComponent(event.article_hash)}`);
  } catch (err) {
    if (ticket !== state.loads.event) return;
    box.removeAttribute("aria-busy");
    clear(box).append(el("p", { class: "error", text: `Could not load event ${id}: ${err.message}` }));
    return;
  }
  if (ticket !== state.loads.event) return;
  renderEvent(box, event, article);
  box.removeAttribute("aria-busy");
}

function actorLine(actors) {
  if (!actors || !actors.length) return el("span", { class: "muted", text: "no actor" });
  return el("span", {}, ...actors.map((a, i) => [
    i ? el("span", { class: "muted", text: " ; " }) : null,
    el("span", { class: "code", text: a.code || a.text || "?" }),
    a.name && a.name !== a.code ? el("span", { class: "who", text: ` ${a.name}` }) : null,
  ]));
}

function renderEvent(box, event, article) {
  clear(box);
  const rec = event.record || {};
  const place = [event.location_name, event.location_country].filter(Boolean).join(", ");
  const head = el("div", { class: "event-head" },
    el("div", { class: "triple" },
      actorLine(event.source),
      el("span", { class: "arrow", "aria-hidden": "true", text: "→" }),
      typeChip(event.event_type, event.quad_class),
      el("span", { class: "arrow", "aria-hidden": "true", text: "→" }),
      actorLine(event.target)),
    event.rejected ? el("span", { class: "badge rejected", text: "marked wrong" }) : null);
  const facts = el("dl", { class: "facts" });
  const fact = (label, value, cls) => facts.append(el("div", {}, el("dt", { text: label }),
    el("dd", { class: cls || null }, value instanceof Node ? value : String(value ?? "–"))));
  fact("Date", `${fmtDate(event.date)}${event.date_precision && event.date_precision !== "day" ? ` (${event.date_precision})` : ""}${event.date_text ? ` · “${event.date_text}”` : ""}${rec.background ? " · background (told as history)" : ""}`);
  fact("Place", place || "–");
  fact("Factuality", factChip(event.factuality));
  fact("Confidence", event.confidence === null ? "–" : Number(event.confidence).toFixed(2));
  fact("Quad class", QUAD_LABEL[event.quad_class] || event.quad_class);
  fact("Intensity", event.intensity);
  fact("Trigger", event.trigger || "–", "mono");
  fact("Reports", `${event.reports} in ${event.articles} article${event.articles === 1 ? "" : "s"}`);
  if (rec.cameo) fact("CAMEO", rec.cameo, "mono");
  if (event.attribution) fact("Said by", event.attribution.name || event.attribution.code || "–");

  const explain = rec.explain ? el("details", { class: "explain", open: true },
    el("summary", { text: "Why the coder said so" }),
    el("p", { class: "mono", text: rec.explain })) : null;

  box.append(...[head, facts, explain, renderArticle(article, event), renderOtherReports(event),
    renderCorrections(event)].filter(Boolean));
  const sel = box.querySelector("mark.sel");
  const scroller = box.querySelector(".article-text");
  if (sel && scroller) {
    scroller.scrollTop = Math.max(0, sel.offsetTop - scroller.offsetTop - scroller.clientHeight / 3);
  }
  $("event-view").scrollTop = 0;
}

/** The article's text with every event's evidence span marked, the chosen one emphasised. */
function highlighted(text, events, selectedId) {
  const frag = document.createDocumentFragment();
  const spans = events
    .filter((e) => Number.isInteger(e.evidence_start) && Number.isInteger(e.evidence_end)
      && e.evidence_start >= 0 && e.evidence_end <= text.length && e.evidence_start < e.evidence_end);
  const cuts = new Set([0, text.length]);
  for (const e of spans) {
    cuts.add(e.evidence_start);
    cuts.add(e.evidence_end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const over = spans.filter((e) => e.evidence_start <= a && e.evidence_end >= b);
    if (!over.length) {
      frag.append(document.createTextNode(piece));
      continue;
    }
    const sel = over.find((e) => e.event_id === selectedId);
    const main = sel || over[0];
    const ids = over.map((e) => e.event_id);
    const title = over.map((e) => `${e.event_type}: ${(e.source || []).map((x) => x.code).join(";") || "?"} → ${(e.target || []).map((x) => x.code).join(";") || "–"}`).join("\n");
    frag.append(el("mark", {
      class: `ev q-${main.quad_class}${sel ? " sel" : ""}${over.length > 1 ? " multi" : ""}`,
      "data-events": ids.join(" "), title,
      onclick: () => {
        const at = ids.indexOf(state.eventId);
        openEvent(ids[(at + 1) % ids.length], { keepScroll: true });
      },
    }, piece));
  }
  return frag;
}

function renderArticle(article, event) {
  const meta = [article.source, article.pub_date, article.doc_id].filter(Boolean).join(" · ");
  const n = article.events.length;
  return el("section", { class: "article", "aria-label": "Article" },
    el("h3", { class: "article-title", text: article.title || article.doc_id || "Untitled article" }),
    el("p", { class: "article-meta" }, meta,
      article.url && /^https?:\/\//i.test(article.url)
        ? [" · ", el("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank", text: "original" })]
        : null),
    el("p", { class: "article-hint", text: `${n} coded event${n === 1 ? "" : "s"} highlighted; click a highlight to open it.` }),
    el("div", { class: "article-text", id: "article-text", tabindex: "0" }, highlighted(article.text || "", article.events, event.event_id)));
}

function renderOtherReports(event) {
  const others = event.other_reports || [];
  if (!others.length) return null;
  return el("details", { class: "others" },
    el("summary", { text: `${others.length} other report${others.length === 1 ? "" : "s"} of this event` }),
    el("ul", {}, ...others.map((o) => el("li", {},
      el("button", { type: "button", class: "linkish", onclick: () => openEvent(o.event_id), text: o.title || o.doc_id }),
      el("span", { class: "muted", text: ` · ${[o.outlet, fmtDate(o.date)].filter(Boolean).join(" · ")}${o.from_copy ? " · copy" : ""}` }),
      el("div", { class: "quote", text: o.evidence_text || "" })))));
}

// --- corrections --------------------------------------------------------------------------

function renderCorrections(event) {
  const fields = (state.summary && state.summary.correctable) || Object.keys(FIELD_LABEL);
  const order = ["wrong", "event_type", "source", "target", "quad_class", "factuality", "date", "location_country", "intensity"];
  const fieldSelect = el("select", { id: "corr-field", name: "field" },
    ...order.filter((f) => fields.includes(f)).map((f) => el("option", { value: f, text: FIELD_LABEL[f] || f })));
  const valueBox = el("div", { class: "field grow", id: "corr-value-box" });
  const note = el("input", { id: "corr-note", name: "note", maxlength: "2000", placeholder: "why (optional)" });
  const status = el("p", { class: "corr-status", id: "corr-status", role: "status", "aria-live": "polite" });
  const submit = el("button", { type: "submit", id: "corr-submit", text: "Save correction" });
  const form = el("form", { class: "corr-form", id: "corr-form", autocomplete: "off" },
    el("div", { class: "field" }, el("label", { for: "corr-field", text: "Correct" }), fieldSelect),
    valueBox,
    el("div", { class: "field grow" }, el("label", { for: "corr-note", text: "Note" }), note),
    el("div", { class: "field actions" }, submit));

  const valueInput = () => {
    const f = fieldSelect.value;
    clear(valueBox);
    const label = el("label", { for: "corr-value" });
    let input;
    if (f === "wrong") {
      label.textContent = "Value";
      input = el("select", { id: "corr-value" },
        el("option", { value: "true", text: event.rejected ? "still wrong" : "yes, this event is wrong" }),
        el("option", { value: "false", text: "not wrong (restore)" }));
      if (event.rejected) input.value = "false";
    } else if (f === "event_type" || f === "quad_class" || f === "factuality") {
      label.textContent = f === "event_type" ? "New type" : f === "quad_class" ? "New class" : "New factuality";
      const options = f === "event_type" ? state.summary.event_types : f === "quad_class" ? state.summary.quad_classes : state.summary.factualities;
      input = el("select", { id: "corr-value" }, ...options.map((o) => el("option", { value: o, text: f === "quad_class" ? QUAD_LABEL[o] : o })));
      input.value = event[f] || options[0];
    } else if (f === "date") {
      label.textContent = "New date";
      input = el("input", { id: "corr-value", type: "date", value: event.date ? String(event.date).slice(0, 10) : "" });
    } else if (f === "intensity") {
      label.textContent = "New intensity (−10…10)";
      input = el("input", { id: "corr-value", type: "number", min: "-10", max: "10", step: "0.5", value: event.intensity ?? "" });
    } else if (f === "location_country") {
      label.textContent = "Country code";
      input = el("input", { id: "corr-value", maxlength: "3", placeholder: "e.g. VEN", value: event.location_country || "" });
    } else {
      label.textContent = `${f === "source" ? "Source" : "Target"} codes`;
      input = el("input", {
        id: "corr-value", maxlength: "200", placeholder: "e.g. USA/GOV;CUB",
        value: (event[f] || []).map((a) => a.code).filter(Boolean).join(";"),
      });
    }
    valueBox.append(label, input);
  };
  fieldSelect.addEventListener("change", valueInput);
  valueInput();

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const field = fieldSelect.value;
    const value = $("corr-value") ? $("corr-value").value.trim() : "";
    const setStatus = (cls, text) => {
      status.className = `corr-status ${cls}`;
      status.textContent = text;
    };
    if (!token()) {
      setStatus("err", "Paste the API token in the field at the top right first: corrections need it.");
      $("token").focus();
      return;
    }
    submit.disabled = true;
    setStatus("busy", "Saving…");
    try {
      const res = await api(`/api/events/${encodeURIComponent(event.event_id)}/corrections`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: `Bearer ${token()}` },
        body: JSON.stringify({ field, value: value === "" ? null : value, note: note.value.trim() || null }),
      });
      await openEvent(event.event_id, { keepScroll: true });
      const again = $("corr-status");
      if (again) {
        again.className = "corr-status ok";
        again.textContent = `Saved: ${FIELD_LABEL[res.field] || res.field} corrected on ${res.changed_reports} report${res.changed_reports === 1 ? "" : "s"}.`;
      }
      loadTable();
      loadGraph();
      if (state.dyad) loadDyad();
    } catch (err) {
      const why = {
        401: "Not authorised: the token is missing or wrong.",
        403: "Refused: this server does not accept writes.",
        404: "This event no longer exists.",
        413: "Too large.",
        422: "Rejected value:",
        429: "Too many corrections at once; wait a moment.",
      }[err.status] || `Error${err.status ? ` ${err.status}` : ""}:`;
      setStatus("err", `${why} ${err.status === 401 || err.status === 403 ? `(${err.message})` : err.message}`);
    } finally {
      submit.disabled = false;
    }
  });

  const history = event.corrections || [];
  return el("section", { class: "corrections", "aria-labelledby": "corr-title" },
    el("h3", { id: "corr-title", text: "Correct this event" }),
    state.summary && !state.summary.writable
      ? el("p", { class: "muted", text: "This server does not accept corrections (no token configured or read-only)." })
      : null,
    form, status,
    history.length ? el("table", { class: "corr-history" },
      el("thead", {}, el("tr", {}, ...["When", "Field", "Was", "Now", "Note"].map((h) => el("th", { scope: "col", text: h })))),
      el("tbody", {}, ...history.map((c) => el("tr", {},
        el("td", { class: "nowrap", text: String(c.created_at || "").slice(0, 16) }),
        el("td", { text: FIELD_LABEL[c.field] || c.field }),
        el("td", { text: c.old_value ?? "–" }),
        el("td", { text: c.new_value ?? "–" }),
        el("td", { text: c.note || "" }))))) : null);
}

// --- dyad timeline ------------------------------------------------------------------------

function openDyad(a, b, { show = true } = {}) {
  state.dyad = { a, b };
  $("dyad-a").value = a;
  $("dyad-b").value = b;
  writeHash();
  if (show) showTab("dyad");
  loadDyad();
}

async function loadDyad() {
  const { a, b } = state.dyad;
  const ticket = ++state.loads.dyad;
  const box = $("dyad-content");
  box.setAttribute("aria-busy", "true");
  let data;
  try {
    const graph = state.graphLoading ? state.graphLoading.catch(() => null) : null;
    [data] = await Promise.all([api(`/api/timeline${query({ a, b })}`), graph]);
  } catch (err) {
    if (ticket !== state.loads.dyad) return;
    box.removeAttribute("aria-busy");
    clear(box).append(el("p", { class: "error", text: `Could not load ${a} – ${b}: ${err.message}` }));
    return;
  }
  if (ticket !== state.loads.dyad) return;
  box.removeAttribute("aria-busy");
  renderDyad(box, data);
}

function renderDyad(box, data) {
  clear(box);
  const nameOf = (id) => {
    const n = state.graph && state.graph.nodes.find((x) => x.id === id);
    return n && n.name !== id ? n.name : null;
  };
  const totals = Object.fromEntries(QUADS.map((q) => [q, data.months.reduce((s, m) => s + m[q], 0)]));
  const all = data.events.length;
  box.append(el("div", { class: "dyad-head" },
    el("h3", {},
      actorTag(data.a), nameOf(data.a) ? el("span", { class: "who", text: ` ${nameOf(data.a)}` }) : null,
      el("span", { class: "muted", text: "  ↔  " }),
      actorTag(data.b), nameOf(data.b) ? el("span", { class: "who", text: ` ${nameOf(data.b)}` }) : null),
    el("p", { class: "muted", text: `${all} event${all === 1 ? "" : "s"} (asserted, reported or planned; not negated or hypothetical), all dates; the shaded band is the graph window.` })));
  if (!all) {
    box.append(el("p", { class: "empty", text: "No events between these two." }));
    return;
  }
  box.append(timelineChart(data.months), el("div", { class: "legend quad-legend" },
    ...QUADS.map((q) => el("span", { class: "legend-item" }, el("span", { class: `swatch q-${q}` }), `${QUAD_LABEL[q]} (${totals[q]})`))));
  const list = el("ol", { class: "dyad-events", reversed: true });
  for (const e of [...data.events].reverse()) {
    list.append(el("li", {},
      el("button", { type: "button", class: "dyad-event", "data-event": e.event_id, onclick: () => openEvent(e.event_id) },
        el("span", { class: "nowrap date", text: fmtDate(e.date) }),
        actorTag(e.source || "?"),
        typeChip(e.event_type, e.quad_class),
        actorTag(e.target || "–"),
        e.factuality && e.factuality !== "asserted" ? factChip(e.factuality) : null,
        el("span", { class: "quote", text: e.evidence || "" }))));
  }
  box.append(el("h4", { class: "list-title", text: "Events, newest first" }), list);
}

/** An actor in a dyad: a country code in monospace, an organisation's name as text. */
function actorTag(s) {
  return el("span", { class: isCode(s) || s === "?" || s === "–" ? "code" : "actor-name", text: s });
}

/** Stacked bars per month (or quarter/year on long spans): cooperation up, conflict down. */
function timelineChart(months) {
  const W = 500;
  const H = 210;
  const padL = 30;
  const padR = 8;
  const top = 10;
  const bottom = 22;
  const idx = months.map((m) => monthIndex(m.month));
  let lo = Math.min(...idx);
  let hi = Math.max(...idx);
  if (hi - lo < 11) {
    // a short history still sits on a year's axis, so one month is a bar, not a block
    const pad = 11 - (hi - lo);
    lo -= Math.floor(pad / 2);
    hi += Math.ceil(pad / 2);
  }
  const spanMonths = hi - lo + 1;
  const step = spanMonths > 240 ? 12 : spanMonths > 96 ? 3 : 1;
  lo -= ((lo % step) + step) % step;
  hi = hi - (((hi % step) + step) % step) + step - 1;
  const nBuckets = Math.floor((hi - lo + 1) / step);
  const buckets = Array.from({ length: nBuckets }, (_, i) => ({ start: lo + i * step, ...Object.fromEntries(QUADS.map((q) => [q, 0])) }));
  for (const m of months) {
    const b = buckets[Math.floor((monthIndex(m.month) - lo) / step)];
    for (const q of QUADS) b[q] += m[q];
  }
  const up = (b) => b.verbal_cooperation + b.material_cooperation;
  const down = (b) => b.verbal_conflict + b.material_conflict;
  const maxUp = Math.max(0, ...buckets.map(up));
  const maxDown = Math.max(0, ...buckets.map(down));
  // both sides keep some room, so the zero line never sits on the frame
  const upRoom = Math.max(maxUp, (maxUp + maxDown) * 0.25, 1);
  const downRoom = Math.max(maxDown, (maxUp + maxDown) * 0.25, 1);
  const total = upRoom + downRoom;
  const plotH = H - top - bottom;
  const zero = top + (plotH * upRoom) / total;
  const unit = plotH / total;
  const bw = (W - padL - padR) / nBuckets;
  const x = (monthIdx) => padL + ((monthIdx - lo) / step) * bw;
  const svg = sv("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline", role: "img", "aria-label": "Events per period by quad class: cooperation above the line, conflict below" });
  if (state.win) {
    const ws = Math.max(lo, state.win.start);
    const we = Math.min(hi, state.win.end);
    if (ws <= we) {
      svg.append(sv("rect", { class: "win-band", x: x(ws - ((ws - lo) % step)), y: top, width: Math.max(2, x(we - ((we - lo) % step)) - x(ws - ((ws - lo) % step)) + bw), height: plotH }));
    }
  }
  // y ticks
  for (const [v, y] of [[maxUp, zero - maxUp * unit], [0, zero], [maxDown, zero + maxDown * unit]]) {
    if (v === 0 && y !== zero) continue;
    svg.append(sv("text", { x: padL - 5, y: y + 3.5, class: "axis-label", "text-anchor": "end", text: v }));
    if (v) svg.append(sv("line", { x1: padL, x2: W - padR, y1: y, y2: y, class: "gridline" }));
  }
  svg.append(sv("text", { x: padL + 2, y: top + 9, class: "axis-note", text: "cooperation ↑" }),
    sv("text", { x: padL + 2, y: top + plotH - 2, class: "axis-note", text: "conflict ↓" }));
  const gap = bw > 4 ? Math.min(2, bw * 0.2) : 0;
  const w = Math.min(26, Math.max(1, bw - gap));
  for (const b of buckets) {
    const bx = x(b.start) + (bw - w) / 2;
    const label = step === 12 ? String(Math.floor(b.start / 12)) : step === 3 ? `${monthLabel(b.start)} – ${monthLabel(b.start + 2)}` : monthLabel(b.start);
    const g = sv("g", { class: "bar" }, sv("title", { text: `${label}: ${QUADS.filter((q) => b[q]).map((q) => `${b[q]} ${QUAD_LABEL[q].toLowerCase()}`).join(", ") || "no events"}` }));
    let yUp = zero;
    for (const q of ["verbal_cooperation", "material_cooperation"]) {
      if (!b[q]) continue;
      const h = b[q] * unit;
      yUp -= h;
      g.append(sv("rect", { x: bx, y: yUp, width: w, height: h, class: `q-${q}` }));
    }
    let yDown = zero;
    for (const q of ["verbal_conflict", "material_conflict"]) {
      if (!b[q]) continue;
      const h = b[q] * unit;
      g.append(sv("rect", { x: bx, y: yDown, width: w, height: h, class: `q-${q}` }));
      yDown += h;
    }
    svg.append(g);
  }
  svg.append(sv("line", { x1: padL, x2: W - padR, y1: zero, y2: zero, class: "zero" }));
  // x ticks: years (or every few years on long spans)
  const years = Math.floor(hi / 12) - Math.floor(lo / 12) + 1;
  const every = years > 24 ? 10 : years > 12 ? 5 : years > 6 ? 2 : 1;
  for (let y = Math.ceil(lo / 12); y * 12 <= hi; y++) {
    if (y % every) continue;
    const tx = x(y * 12);
    svg.append(sv("line", { x1: tx, x2: tx, y1: top + plotH, y2: top + plotH + 4, class: "tick" }),
      sv("text", { x: tx, y: H - 6, class: "axis-label", "text-anchor": "middle", text: y }));
  }
  if (years <= 2) {
    for (let m = lo; m <= hi; m++) {
      if (m % 12 === 0 || (spanMonths > 6 && m % 3)) continue;
      svg.append(sv("text", { x: x(m) + bw / 2, y: H - 6, class: "axis-label minor", "text-anchor": "middle", text: MONTHS_SHORT[m % 12] }));
    }
  }
  return svg;
}

// --- go -----------------------------------------------------------------------------------

init().catch((err) => showBanner(`The dashboard failed to start: ${err.message}`));
