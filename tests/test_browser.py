"""The dashboard in a real browser: headless Debian Chromium driven by Selenium.

A uvicorn server runs in a thread over a small store (the sample corpus's November 2020
articles, a couple of others, and one article carrying a script payload). The tests
load the dashboard, find the seed-article countries in the relations graph, open an
event and its highlighted evidence, submit a correction, and check that the payload
stays text. After every test the browser log must hold no errors (CSP violations land
there). Screenshots go to ``tests/artifacts/``.

Skipped when chromium or chromedriver is missing, unless REALPOLITIK_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM = os.environ.get("REALPOLITIK_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("REALPOLITIK_CHROMEDRIVER", "/usr/bin/chromedriver")
TOKEN = "browser-test-token"
SEED_COUNTRIES = ("VEN", "IRN", "CUB", "BOL", "USA")
SAMPLE_IDS = (
    "bolivia-restores-ties-venezuela-iran-2020",
    "us-sanctions-iran-foundation-2020",
    "us-rejects-venezuela-vote-2020",
    "cuba-condemns-remittance-curbs-2020",
    "russia-invades-ukraine-2022",
    "abraham-accords-signing-2020",
)
SCRIPT_PAYLOAD = "<script>window.__pwned=1</script>"
IMG_PAYLOAD = '<img src=x onerror="window.__pwned=1">'
XSS_ARTICLE = {
    "id": "xss-probe",
    "date": "2022-03-02",
    "title": f"Kharkiv shelled {IMG_PAYLOAD}",
    "source": "test <b>outlet</b>",
    "text": (
        "Russia accused Ukraine of shelling Kharkiv on Tuesday. "
        f"{SCRIPT_PAYLOAD}\n\n"
        f"The statement was posted online with an image {IMG_PAYLOAD} attached.\n\n"
        "Ukraine rejected the accusation."
    ),
}


def _browser_missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists():
            return f"{path} not installed"
    try:
        import selenium  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} not installed"
    return None


@pytest.fixture(scope="session")
def _browser_available() -> None:
    why = _browser_missing()
    if why:
        if os.environ.get("REALPOLITIK_REQUIRE_BROWSER") == "1":
            pytest.fail(f"browser tests required but {why}")
        pytest.skip(why)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def dashboard_store(_browser_available, pipeline, tmp_path_factory) -> Path:
    """A small store: a handful of sample articles plus the script-payload article."""
    from realpolitik.cli import sample_corpus_path
    from realpolitik.store import EventStore

    tmp = tmp_path_factory.mktemp("dashboard")
    corpus = tmp / "articles.jsonl"
    with sample_corpus_path().open(encoding="utf-8") as fh:
        lines = [line for line in fh if json.loads(line)["id"] in SAMPLE_IDS]
    assert len(lines) == len(SAMPLE_IDS)
    lines.append(json.dumps(XSS_ARTICLE) + "\n")
    corpus.write_text("".join(lines), encoding="utf-8")
    path = tmp / "dashboard.duckdb"
    with EventStore(path) as store:
        stats = store.ingest([corpus], pipeline=pipeline)
    assert stats.stored == len(lines)
    return path


class Server:
    def __init__(self, url: str, app: Any) -> None:
        self.url = url
        self.app = app

    def get(self, path: str) -> Any:
        with urllib.request.urlopen(self.url + path, timeout=30) as r:
            return json.loads(r.read())


@pytest.fixture(scope="session")
def server(dashboard_store) -> Iterator[Server]:
    import uvicorn

    from realpolitik.api.app import ServerConfig, create_app

    app = create_app(ServerConfig(db=dashboard_store, token=TOKEN, write_rate=50.0))
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, name="dashboard-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the dashboard server did not start")
        time.sleep(0.05)
    yield Server(f"http://127.0.0.1:{port}", app)
    srv.should_exit = True
    thread.join(timeout=20)


@pytest.fixture(scope="session")
def driver(_browser_available, tmp_path_factory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--force-device-scale-factor=1",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: selenium-manager never runs, nothing is downloaded.
    service = Service(executable_path=CHROMEDRIVER)
    drv = webdriver.Chrome(service=service, options=options)
    drv.set_window_size(1400, 900)
    # the window's size includes the (emulated) browser frame: make the viewport 1400×900
    inner = drv.execute_script("return [window.innerWidth, window.innerHeight]")
    drv.set_window_size(1400 + (1400 - inner[0]), 900 + (900 - inner[1]))
    drv.set_page_load_timeout(60)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield drv
    drv.quit()


@pytest.fixture
def page(driver, server, request) -> Iterator[Any]:
    """The browser, its log emptied first; fails the test on any error in the log after."""
    driver.get_log("browser")
    driver.allowed_log = []
    yield driver
    idle(driver)
    entries = driver.get_log("browser")
    bad = [e for e in entries if e.get("level") == "SEVERE"
           and not any(a in e.get("message", "") for a in driver.allowed_log)]
    csp = [e for e in entries if "Content Security Policy" in e.get("message", "")]
    assert not csp, f"CSP violations: {csp}"
    assert not bad, f"browser console errors: {bad}"


def wait(drv: Any, condition: Any, timeout: float = 30) -> Any:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # the page re-renders views as data arrives: an element may go stale between polls
    return WebDriverWait(drv, timeout, poll_frequency=0.1,
                         ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def css(drv: Any, selector: str, timeout: float = 30) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    return wait(drv, ec.presence_of_element_located((By.CSS_SELECTOR, selector)), timeout)


def all_css(drv: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return drv.find_elements(By.CSS_SELECTOR, selector)


def visible(drv: Any, selector: str, timeout: float = 30) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    return wait(drv, ec.visibility_of_element_located((By.CSS_SELECTOR, selector)), timeout)


def open_dashboard(drv: Any, server: Server, fragment: str = "") -> None:
    drv.get("about:blank")
    drv.get(f"{server.url}/{'#' + fragment if fragment else ''}")
    wait(drv, lambda d: d.execute_script("return document.body.dataset.ready === '1'"), 60)


def idle(drv: Any) -> None:
    """Wait until the page has no API request in flight (it sends them in parallel)."""
    wait(drv, lambda d: d.execute_script("return (document.body.dataset.pending || '0') === '0'"))


def table_settled(drv: Any) -> None:
    wait(drv, lambda d: d.find_element("id", "table-note").text not in ("", "Loading…"))


def graph_settled(drv: Any) -> None:
    wait(drv, lambda d: d.find_element("id", "graph-note").text not in ("", "Loading…"))


def shot(drv: Any, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    drv.save_screenshot(str(path))
    return path


def event_id_with(server: Server, text: str) -> str:
    page = server.get(f"/api/events?text={urllib.request.quote(text)}&limit=5")
    assert page["events"], f"no event with {text!r}"
    return page["events"][0]["event_id"]


# --- tests ---------------------------------------------------------------------------------


def test_static_files_carry_no_inline_script_or_style():
    static = REPO / "src" / "realpolitik" / "web" / "static"
    html = (static / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html and " style=" not in html and "onclick=" not in html
    js = (static / "app.js").read_text(encoding="utf-8")
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                      "eval(", "new Function", "setAttribute(\"style\""):
        assert forbidden not in js, forbidden


def test_graph_shows_seed_countries(page, server):
    open_dashboard(page, server, "start=2020-11&end=2020-11")
    for code in SEED_COUNTRIES:
        css(page, f'#graph g.node[data-id="{code}"]')
    graph_settled(page)
    assert page.find_element("id", "win-start").get_attribute("value") == "2020-11"
    assert page.find_element("id", "win-end").get_attribute("value") == "2020-11"
    edges = all_css(page, "#graph g.edge")
    pairs = {frozenset((e.get_attribute("data-a"), e.get_attribute("data-b"))) for e in edges}
    assert frozenset(("IRN", "USA")) in pairs
    # edge colours follow net cooperation: the US–Iran edge is all conflict (red)
    line = page.find_element("css selector", '#graph g.edge[data-a="IRN"][data-b="USA"] .edge-line')
    r, g, _ = (int(x) for x in line.get_attribute("stroke")[4:-1].split(","))
    assert r > g
    # the table follows the window
    table_settled(page)
    dates = [td.text for td in all_css(page, "#events-body tr td:first-child")]
    assert dates and all(d.startswith("2020-11") for d in dates)
    shot(page, "01-graph-nov-2020")


def test_default_window_and_slider(page, server):
    open_dashboard(page, server)
    graph_settled(page)
    start = page.find_element("id", "win-start").get_attribute("value")
    end = page.find_element("id", "win-end").get_attribute("value")
    assert start <= "2020-11" and end >= "2022-03", (start, end)
    assert len(all_css(page, "#graph g.node")) >= 5
    shot(page, "02-default-window")
    # move the start thumb to the end: a one-month window, the last month with events
    from selenium.webdriver.common.keys import Keys

    slider = page.find_element("id", "slider-start")
    page.execute_script("arguments[0].focus()", slider)
    slider.send_keys(Keys.END)
    wait(page, lambda d: d.find_element("id", "win-start").get_attribute("value") == end)
    wait(page, lambda d: d.execute_script("return location.hash").startswith(f"#start={end}"))
    graph_settled(page)
    assert page.find_element("id", "f-start").get_attribute("value") == f"{end}-01"


def _month_index(ym: str) -> int:
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def _histogram(drv: Any) -> dict[str, Any]:
    """The month histogram's bars (month, events, in the window) and the window band."""
    return drv.execute_script("""
        const svg = document.getElementById('month-hist');
        const band = svg.querySelector('rect.hist-win');
        const box = svg.getBoundingClientRect();
        return {
          bars: [...svg.querySelectorAll('rect.hist-bar')].map((r) => ({
            month: r.dataset.month, events: Number(r.dataset.events),
            inside: r.classList.contains('in'),
            centre: Number(r.getAttribute('x')) + Number(r.getAttribute('width')) / 2,
            height: Number(r.getAttribute('height')), title: r.textContent})),
          band: [Number(band.getAttribute('x')),
                 Number(band.getAttribute('x')) + Number(band.getAttribute('width'))],
          width: box.width, height: box.height,
          min: Number(document.getElementById('slider-start').min),
          max: Number(document.getElementById('slider-start').max),
        };""")


def test_month_histogram_along_the_slider(page, server):
    months = {m["month"]: m["events"] for m in server.get("/api/summary")["months"]}
    assert len(months) >= 5
    open_dashboard(page, server, "start=2020-11&end=2020-11")
    graph_settled(page)
    hist = _histogram(page)
    assert hist["width"] > 150 and 10 < hist["height"] < 40
    shown = {m: n for m, n in months.items() if hist["min"] <= _month_index(m) <= hist["max"]}
    # one bar per month with events in the slider's span, carrying that month's count
    assert {b["month"]: b["events"] for b in hist["bars"]} == shown
    assert len(hist["bars"]) == len(shown)
    busiest = max(hist["bars"], key=lambda b: b["events"])
    assert all(b["height"] <= busiest["height"] for b in hist["bars"])
    assert busiest["title"].endswith(f"{busiest['events']} events")
    # the selected window is marked: its bar in the accent colour, the band around it only
    assert [b["month"] for b in hist["bars"] if b["inside"]] == ["2020-11"]
    lo, hi = hist["band"]
    [window_bar] = [b for b in hist["bars"] if b["month"] == "2020-11"]
    assert abs((lo + hi) / 2 - window_bar["centre"]) < 0.02, (window_bar, hist["band"])
    for b in hist["bars"]:
        if b["month"] != "2020-11" and lo <= b["centre"] <= hi:
            # where a month is narrower than the band's least visible width (a store whose
            # dates span decades), the band may cover the next month's centre, never more
            assert abs(_month_index(b["month"]) - _month_index("2020-11")) == 1, (
                b, hist["band"])
    colours = page.execute_script("""
        return [...document.querySelectorAll('#month-hist rect.hist-bar')].map(
          (r) => [r.dataset.month, getComputedStyle(r).fill]);""")
    inside = {c for m, c in colours if m == "2020-11"}
    outside = {c for m, c in colours if m != "2020-11"}
    assert inside and outside and not inside & outside
    assert page.find_element("id", "month-hist").get_attribute("aria-label").startswith(
        "Events per month")
    shot(page, "08-month-histogram")
    # all dates: every month of the summary, all in the window
    page.find_element("id", "preset-all").click()
    wait(page, lambda d: len(_histogram(d)["bars"]) == len(months))
    hist = _histogram(page)
    assert all(b["inside"] for b in hist["bars"])
    assert hist["band"][0] <= min(b["centre"] for b in hist["bars"])
    assert hist["band"][1] >= max(b["centre"] for b in hist["bars"])
    # the slider moves the marked window with it
    from selenium.webdriver.common.keys import Keys

    slider = page.find_element("id", "slider-start")
    page.execute_script("arguments[0].focus()", slider)
    slider.send_keys(Keys.END)
    last = max(months)
    wait(page, lambda d: [b["month"] for b in _histogram(d)["bars"] if b["inside"]] == [last])


def test_startup_loads_views_in_parallel(page, server):
    open_dashboard(page, server, "start=2020-11&end=2020-11")
    idle(page)
    entries = page.execute_script("""
        return performance.getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/'))
          .map((e) => [new URL(e.name).pathname + new URL(e.name).search, e.startTime,
                       e.responseEnd]);""")
    paths = [p for p, _, _ in entries]
    # the window comes from the summary's months: no probing the events endpoint
    assert not [p for p in paths if p.startswith("/api/events?") and "limit=1&" in p + "&"]
    graph = next(e for e in entries if e[0].startswith("/api/graph"))
    table = next(e for e in entries if e[0].startswith("/api/events?"))
    # the graph and the table were requested together, not one after the other
    assert max(graph[1], table[1]) < min(graph[2], table[2]), (graph, table)


def test_focus_country_filters_table_and_fills_dyad(page, server):
    open_dashboard(page, server, "start=2020-11&end=2020-11")
    node = css(page, '#graph g.node[data-id="VEN"]')
    node.click()
    visible(page, "#focus-chip")
    assert "VEN" in page.find_element("id", "focus-label").text
    assert "selected" in node.get_attribute("class")
    assert page.find_element("id", "f-country").get_attribute("value") == "VEN"
    assert page.find_element("id", "dyad-a").get_attribute("value") == "VEN"
    wait(page, lambda d: "involving VEN" in d.find_element("id", "table-note").text)
    lit = all_css(page, "#graph g.edge.hl")
    assert lit and all("VEN" in (e.get_attribute("data-a"), e.get_attribute("data-b"))
                       for e in lit)
    shot(page, "03-focus-venezuela")
    page.find_element("id", "focus-clear").click()
    wait(page, lambda d: not d.find_element("id", "focus-chip").is_displayed())
    assert page.find_element("id", "f-country").get_attribute("value") == ""


def test_edge_opens_dyad_timeline(page, server):
    open_dashboard(page, server, "start=2020-11&end=2020-11")
    hit = css(page, '#graph g.edge[data-a="IRN"][data-b="USA"] .edge-hit')
    page.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", hit)
    visible(page, "#dyad-view svg.timeline")
    assert page.find_element("id", "tab-dyad").get_attribute("aria-selected") == "true"
    bars = all_css(page, "#dyad-view svg.timeline rect.q-verbal_conflict")
    assert bars
    legend = page.find_element("css selector", "#dyad-view .quad-legend").text
    for label in ("Verbal cooperation", "Material cooperation", "Verbal conflict",
                  "Material conflict"):
        assert label in legend
    rows = all_css(page, "#dyad-view .dyad-event")
    assert rows
    shot(page, "04-dyad-usa-iran")
    rows[0].click()
    visible(page, "#event-content mark.sel")
    assert page.find_element("id", "tab-event").get_attribute("aria-selected") == "true"


def test_organisation_edge_opens_timeline(page, server):
    open_dashboard(page, server, "start=2022-02&end=2022-02")
    page.find_element("id", "countries-only").click()
    org = css(page, "#graph g.node.org")
    name = org.get_attribute("data-id")
    assert len(name) > 3
    edge = css(page, f'#graph g.edge[data-a="{name}"], #graph g.edge[data-b="{name}"]')
    a, b = edge.get_attribute("data-a"), edge.get_attribute("data-b")
    hit = edge.find_element("css selector", ".edge-hit")
    page.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", hit)
    visible(page, "#dyad-view svg.timeline")
    assert not page.find_element("id", "banner").is_displayed()
    head = page.find_element("css selector", "#dyad-view .dyad-head h3").text
    assert name in head
    assert all_css(page, "#dyad-view .dyad-event")
    assert page.find_element("id", "dyad-a").get_attribute("value") == a
    assert page.find_element("id", "dyad-b").get_attribute("value") == b
    # the link keeps the pair and reopens it
    link = page.execute_script("return location.hash")
    assert "dyad-a=" in link and "dyad-b=" in link
    idle(page)
    page.execute_script("location.reload()")
    wait(page, lambda d: d.execute_script("return document.body.dataset.ready === '1'"), 60)
    wait(page, lambda d: name in d.find_element("css selector", "#dyad-view .dyad-head h3").text)
    shot(page, "09-dyad-organisation")


def test_event_view_highlights_evidence(page, server):
    open_dashboard(page, server, "start=2020-11&end=2020-11")
    table_settled(page)
    first = css(page, "#events-body tr")
    event_id = first.get_attribute("data-event")
    first.click()
    mark = visible(page, "#event-content mark.sel")
    idle(page)
    event = server.get(f"/api/events/{event_id}")
    article = server.get(f"/api/articles/{event['article_hash']}")
    span = article["text"][event["evidence_start"]:event["evidence_end"]]
    # the emphasised highlight is the event's evidence (split only where spans overlap)
    selected = "".join(m.text for m in all_css(page, "#event-content mark.sel"))
    assert selected.replace("\n", "") == span.replace("\n", "")
    assert mark.get_attribute("data-events").split()[0:1] != []
    marks = all_css(page, "#event-content mark.ev")
    assert len(marks) >= len({(e["evidence_start"], e["evidence_end"])
                              for e in article["events"]})
    facts = page.find_element("css selector", "#event-content .facts").text
    assert event["trigger"] in facts
    assert event["factuality"].replace("_", " ") in facts
    explain = page.find_element("css selector", "#event-content .explain").text
    assert event["record"]["explain"][:20] in explain
    assert "current" in first.get_attribute("class")
    shot(page, "05-event-article")
    # another highlight opens its event
    other = next((m for m in marks if event_id not in m.get_attribute("data-events").split()),
                 None)
    if other is not None:
        wanted = other.get_attribute("data-events").split()[0]
        other.click()
        wait(page, lambda d: f"event={wanted}" in d.execute_script("return location.hash"))
        visible(page, "#event-content mark.sel")


def test_correction_is_stored(page, server):
    event_id = event_id_with(server, "Caracas")
    open_dashboard(page, server, f"start=2020-11&end=2020-11&event={event_id}")
    visible(page, "#corr-form")
    from selenium.webdriver.support.ui import Select

    # without a token the form says what is missing and sends nothing
    page.find_element("id", "corr-submit").click()
    wait(page, lambda d: "token" in d.find_element("id", "corr-status").text)
    # a wrong token: 401, shown clearly
    page.allowed_log.append("status of 401")
    token = page.find_element("id", "token")
    token.send_keys("not-the-token")
    page.find_element("id", "corr-submit").click()
    wait(page, lambda d: "Not authorised" in d.find_element("id", "corr-status").text)
    assert "err" in page.find_element("id", "corr-status").get_attribute("class")
    # the right token (kept in sessionStorage for the tab)
    token.clear()
    token.send_keys(TOKEN)
    assert page.execute_script("return sessionStorage.getItem('realpolitik.token')") == TOKEN
    Select(page.find_element("id", "corr-field")).select_by_value("event_type")
    idle(page)
    old = server.get(f"/api/events/{event_id}")["event_type"]
    new = "CONSULT" if old != "CONSULT" else "COOPERATE"
    Select(page.find_element("id", "corr-value")).select_by_value(new)
    page.find_element("id", "corr-note").send_keys("browser test: type fixed")
    page.find_element("id", "corr-submit").click()
    wait(page, lambda d: d.find_element("id", "corr-status").text.startswith("Saved"))
    idle(page)
    stored = server.get(f"/api/events/{event_id}")
    assert stored["event_type"] == new
    assert stored["corrections"][-1]["field"] == "event_type"
    assert stored["corrections"][-1]["new_value"] == new
    assert stored["corrections"][-1]["note"] == "browser test: type fixed"
    history = page.find_element("css selector", "#event-content .corr-history").text
    assert new in history
    # actor codes
    Select(page.find_element("id", "corr-field")).select_by_value("target")
    box = page.find_element("id", "corr-value")
    box.clear()
    box.send_keys("USA/GOV;CUB")
    page.find_element("id", "corr-submit").click()
    wait(page, lambda d: "Target actors" in d.find_element("id", "corr-status").text)
    idle(page)
    stored = server.get(f"/api/events/{event_id}")
    assert [a["code"] for a in stored["target"]] == ["USA/GOV", "CUB"]
    # a malformed code: 422 with the server's reason
    page.allowed_log.append("status of 422")
    Select(page.find_element("id", "corr-field")).select_by_value("source")
    box = page.find_element("id", "corr-value")
    box.clear()
    box.send_keys("U$A")
    page.find_element("id", "corr-submit").click()
    wait(page, lambda d: "Rejected value" in d.find_element("id", "corr-status").text)
    assert "U$A" in page.find_element("id", "corr-status").text
    shot(page, "06-correction")
    page.find_element("id", "token-clear").click()


def test_script_payload_in_article_stays_text(page, server):
    event_id = event_id_with(server, "Kharkiv")
    open_dashboard(page, server, f"event={event_id}")
    text_box = visible(page, "#article-text")
    visible(page, "#event-content mark.sel")
    assert SCRIPT_PAYLOAD in text_box.text
    assert "onerror=" in text_box.text
    title = page.find_element("css selector", "#event-content .article-title").text
    assert IMG_PAYLOAD in title
    assert page.execute_script("return typeof window.__pwned") == "undefined"
    assert not all_css(page, "#event-content img, #event-content script, #event-content b")
    assert len(all_css(page, "script")) == 1
    # the table's evidence column and tooltips carry it as text too
    page.find_element("id", "f-text").send_keys("Kharkiv")
    wait(page, lambda d: "Kharkiv" in d.find_element("id", "events-body").text)
    assert page.execute_script("return typeof window.__pwned") == "undefined"
    shot(page, "07-script-payload-inert")


def test_layout_fits_1400_by_900(page, server):
    fragment = "start=2020-11&end=2020-11&focus=USA"
    open_dashboard(page, server, fragment)
    idle(page)
    event_id = event_id_with(server, "would restore diplomatic")
    page.execute_script(f"location.hash = '{fragment}&event={event_id}'; location.reload()")
    wait(page, lambda d: d.execute_script("return document.body.dataset.ready === '1'"), 60)
    visible(page, "#event-content mark.sel")
    table_settled(page)
    width = page.execute_script("return document.documentElement.scrollWidth")
    assert width <= 1400
    graph = page.find_element("id", "graph").rect
    assert graph["width"] > 700 and graph["height"] > 300
    side = page.find_element("css selector", ".col-side").rect
    assert side["x"] > graph["x"] + graph["width"] - 1
    path = shot(page, "00-dashboard")
    if os.environ.get("REALPOLITIK_DOCS_SCREENSHOT") == "1":
        shutil.copy(path, REPO / "docs" / "img" / "dashboard.png")


def test_server_refuses_correction_without_token(server):
    event_id = event_id_with(server, "Caracas")
    req = urllib.request.Request(
        f"{server.url}/api/events/{event_id}/corrections", method="POST",
        data=json.dumps({"field": "wrong"}).encode(), headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=30)
    assert err.value.code == 401
