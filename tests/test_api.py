"""The HTTP API: reads with filters and evidence, token-guarded writes, hostile requests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from realpolitik.api import ServerConfig, create_app  # noqa: E402

TOKEN = "test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def store_copy(sample_store, tmp_path) -> Path:
    path = tmp_path / "api.duckdb"
    shutil.copy(sample_store[0], path)
    return path


@pytest.fixture()
def client(store_copy, pipeline):
    app = create_app(ServerConfig(db=store_copy, token=TOKEN), pipeline=pipeline)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _events(client, **params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_summary_and_spec(client):
    s = client.get("/api/summary").json()
    assert s["articles"] >= 49 and s["events"] > 300
    assert "ASSAULT" in s["event_types"] and s["writable"] is True
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/dyads", "/api/timeline",
                 "/api/graph", "/api/blocs", "/api/articles/{article_id}", "/api/articles",
                 "/api/events/{event_id}/corrections"):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 404  # the CDN-backed docs pages are off


def test_event_pages_filter_sort_and_paginate(client):
    everything = _events(client, limit=500)
    total = everything["total"]
    assert total == len(everything["events"]) or total > 500
    first, second = _events(client, limit=10), _events(client, limit=10, offset=10)
    ids = [e["event_id"] for e in first["events"] + second["events"]]
    assert len(set(ids)) == 20 and first["total"] == total
    dates = [e["date"] for e in first["events"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    ven = _events(client, country="VEN", limit=500)
    assert 0 < ven["total"] < total
    for e in ven["events"]:
        actors = e["source"] + e["target"] + ([e["attribution"]] if e["attribution"] else [])
        codes = {a["country"] for a in actors} | {e["location_country"]}
        assert "VEN" in codes
    accuse = _events(client, type=["ACCUSE", "THREATEN"], start="2020-11-01", end="2020-11-30")
    assert accuse["total"] > 0
    assert {e["event_type"] for e in accuse["events"]} <= {"ACCUSE", "THREATEN"}
    assert all("2020-11-01" <= e["date"] <= "2020-11-30" for e in accuse["events"])
    by_intensity = _events(client, sort="intensity", limit=20)["events"]
    assert [e["intensity"] for e in by_intensity] == sorted(e["intensity"] for e in by_intensity)
    reports = _events(client, reports=True, limit=1)["total"]
    assert reports >= total
    sure = _events(client, min_confidence=0.5, limit=500)
    assert 0 < sure["total"] < total
    assert all(e["confidence"] >= 0.5 for e in sure["events"])


def test_event_detail_points_into_its_article(client):
    e = _events(client, type="CONSULT", limit=1)["events"][0]
    detail = client.get(f"/api/events/{e['event_id']}").json()
    assert detail["record"]["event_type"] == "CONSULT" and detail["record"]["explain"]
    article = client.get(f"/api/articles/{detail['article_hash']}").json()
    span = article["text"][detail["evidence_start"]:detail["evidence_end"]]
    assert span == detail["evidence_text"]
    assert detail["event_id"] in {x["event_id"] for x in article["events"]}
    for x in article["events"]:
        assert article["text"][x["evidence_start"]:x["evidence_end"]] == x["evidence_text"]
    assert client.get("/api/events/0000000000000000").status_code == 404
    assert client.get("/api/articles/" + "0" * 64).status_code == 404


def test_graph_timeline_dyads_blocs(client):
    g = client.get("/api/graph", params={"start": "2020-11-01", "end": "2020-11-30"}).json()
    ids = {n["id"] for n in g["nodes"]}
    assert {"VEN", "IRN", "CUB", "BOL", "USA"} <= ids
    ven = next(n for n in g["nodes"] if n["id"] == "VEN")
    assert ven["name"] == "Venezuela" and 0 < ven["lat"] < 15 and -75 < ven["lon"] < -60
    usa_irn = next(e for e in g["edges"] if {e["a"], e["b"]} == {"IRN", "USA"})
    assert usa_irn["net_cooperation"] < 0 and usa_irn["quads"]["verbal_conflict"] > 0
    assert next(n for n in g["nodes"] if n["id"] == "IRN")["bloc"] == \
        next(n for n in g["nodes"] if n["id"] == "VEN")["bloc"]
    t = client.get("/api/timeline", params={"a": "usa", "b": "IRN"}).json()
    assert t["a"] == "USA" and t["events"]
    assert sum(sum(v for k, v in m.items() if k != "month") for m in t["months"]) == \
        sum(1 for e in t["events"] if e["date"])
    d = client.get("/api/dyads", params={"country": "CUB"}).json()
    assert d["dyads"] and all("CUB" in (x["a"], x["b"]) for x in d["dyads"])
    b = client.get("/api/blocs", params={"start": "2020-11-01", "end": "2020-11-30"}).json()
    blocs = {x["actor"]: x["bloc"] for x in b["blocs"]}
    assert blocs["VEN"] == blocs["CUB"] != blocs["USA"]


HOSTILE = ["x' OR '1'='1", "'; DROP TABLE events; --", "%", "_", "\\", "\x00", "é\u202e",
           "1) UNION SELECT * FROM articles --", "a" * 200]


def test_hostile_filter_values_are_data_not_sql(client):
    before = client.get("/api/summary").json()
    for value in HOSTILE:
        for name in ("actor", "text"):
            r = client.get("/api/events", params={name: value})
            assert r.status_code == 200, (name, value, r.text)
            assert r.json()["total"] == 0, (name, value)
    for name, value in (("country", "VEN' OR 1=1"), ("type", "ACCUSE' OR 1=1"),
                        ("sort", "date; DROP TABLE events"), ("quad", "x"), ("start", "2020'"),
                        ("limit", "10; --"), ("article", "../../etc/passwd"),
                        ("factuality", "asserted' --"), ("min_confidence", "0.5 OR 1=1"),
                        ("min_confidence", "2")):
        r = client.get("/api/events", params={name: value})
        assert r.status_code == 422, (name, value, r.text)
        assert "problems" in r.json()
    r = client.get("/api/timeline", params={"a": "USA' OR 1=1 --", "b": "IRN"})
    assert r.status_code == 200 and r.json()["events"] == []
    assert client.get("/api/timeline", params={"a": "US\x00A", "b": "IRN"}).status_code == 422
    assert client.get("/api/events/x'--").status_code == 422
    assert client.get("/api/summary").json() == before


def test_writes_need_the_token(client, store_copy):
    e = _events(client, limit=1)["events"][0]
    url = f"/api/events/{e['event_id']}/corrections"
    body = {"field": "event_type", "value": "AGREE"}
    assert client.post(url, json=body).status_code == 401
    assert client.post(url, json=body, headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.post(url, json=body, headers={"Authorization": TOKEN}).status_code == 401
    assert client.post("/api/articles", json={"text": "Iran met Cuba."}).status_code == 401
    assert client.get(f"/api/events/{e['event_id']}").json()["event_type"] == e["event_type"]
    r = client.post(url, json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    assert client.get(f"/api/events/{e['event_id']}").json()["event_type"] == "AGREE"


def test_no_token_configured_means_no_writes(store_copy):
    with TestClient(create_app(ServerConfig(db=store_copy))) as c:
        r = c.post("/api/articles", json={"text": "Iran met Cuba."}, headers=AUTH)
        assert r.status_code == 403 and "REALPOLITIK_TOKEN" in r.json()["error"]
        assert c.get("/api/summary").json()["writable"] is False


def test_protected_reads(store_copy):
    with TestClient(create_app(ServerConfig(db=store_copy, token=TOKEN,
                                            protect_reads=True))) as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/api/events", headers=AUTH).status_code == 200
        assert c.get("/").status_code == 200  # the page itself; its data needs the token


def test_corrections_flow_into_analyses_and_a_gold_set(client, store_copy, tmp_path):
    ev = _events(client, country="USA", type="ACCUSE", start="2020-11-01", end="2020-11-30",
                 limit=5)["events"]
    assert ev
    wrong, fixed = ev[0], ev[-1]
    before = client.get("/api/dyads", params={"start": "2020-11-01", "end": "2020-11-30"}).json()
    r = client.post(f"/api/events/{wrong['event_id']}/corrections",
                    json={"field": "wrong", "value": "true", "note": "misread"}, headers=AUTH)
    assert r.status_code == 201
    listed = {e["event_id"] for e in _events(client, limit=500)["events"]}
    assert wrong["event_id"] not in listed
    assert wrong["event_id"] in {e["event_id"] for e in _events(client, rejected=True,
                                                                 limit=500)["events"]}
    after = client.get("/api/dyads", params={"start": "2020-11-01", "end": "2020-11-30"}).json()
    assert sum(d["events"] for d in after["dyads"]) < sum(d["events"] for d in before["dyads"])
    for field, value in (("target", "CUB/GOV"), ("date", "2020-11-20")):
        r = client.post(f"/api/events/{fixed['event_id']}/corrections",
                        json={"field": field, "value": value}, headers=AUTH)
        assert r.status_code == 201, r.text
    d = client.get(f"/api/events/{fixed['event_id']}").json()
    assert [a["country"] for a in d["target"]] == ["CUB"] and d["date"] == "2020-11-20"
    assert d["record"]["target"][0]["country"] == "CUB"
    assert [c["field"] for c in d["corrections"]] == ["target", "date"]
    for bad in ({"field": "event_type", "value": "HUG"}, {"field": "evidence_text", "value": "x"},
                {"field": "source", "value": "not a code"}, {"field": "date", "value": "soon"},
                {"field": "intensity", "value": "99"}):
        r = client.post(f"/api/events/{fixed['event_id']}/corrections", json=bad, headers=AUTH)
        assert r.status_code == 422, (bad, r.text)
    client.app.state.close()  # release the store, then turn the corrections into gold

    from click.testing import CliRunner

    from realpolitik.cli import main

    gold = tmp_path / "gold.jsonl"
    result = CliRunner().invoke(main, ["evaluate", "--corrections", "--db", str(store_copy),
                                       "--write-gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in gold.read_text().splitlines()]
    assert {d["text"] for d in docs} >= {wrong["evidence_text"], fixed["evidence_text"]}
    fixed_doc = next(d for d in docs if d["text"] == fixed["evidence_text"])
    assert any(e["target"] and e["target"][0]["country"] == "CUB" for e in fixed_doc["events"])
    report = json.loads(result.output[result.output.index("{"):])
    assert "triples" in json.dumps(report) or "micro" in json.dumps(report)


def test_post_articles_in_every_format(client):
    text = ("Iranian Foreign Minister Mohammad Javad Zarif met Venezuelan President "
            "Nicolas Maduro in Caracas on Thursday.")
    r = client.post("/api/articles", json={"id": "post-1", "text": text, "date": "2020-11-06"},
                    headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["stored"] == 1 and r.json()["events"] >= 1
    again = client.post("/api/articles", json={"id": "post-1", "text": text,
                                               "date": "2020-11-06"}, headers=AUTH)
    assert again.status_code == 200 and again.json()["skipped"] == 1
    html = b"<html><body><article><p>Cuba condemned the United States embargo on Monday.</p>" \
           b"<p>Havana said the sanctions hurt ordinary people.</p></article></body></html>"
    r = client.post("/api/articles?date=2021-03-02", content=html,
                    headers={**AUTH, "content-type": "text/html"})
    assert r.status_code in (201, 422), r.text
    lines = (json.dumps({"id": "l1", "text": "Russia threatened Ukraine."}) + "\n{broken\n"
             + json.dumps({"id": "l2", "text": "China praised Pakistan."}) + "\n").encode()
    r = client.post("/api/articles", content=lines,
                    headers={**AUTH, "content-type": "application/x-ndjson"})
    body = r.json()
    assert body["stored"] == 2 and len(body["errors"]) == 1
    assert "body.jsonl:2:" in body["errors"][0]["error"]
    assert "/tmp" not in body["errors"][0]["error"]
    r = client.post("/api/articles", content=b"Iran met Cuba.", headers={
        **AUTH, "content-type": "application/zip"})
    assert r.status_code == 415
    assert client.post("/api/articles", json={"text": ""}, headers=AUTH).status_code == 422
    assert client.post("/api/articles", content=b"{not json", headers={
        **AUTH, "content-type": "application/json"}).status_code == 400


def test_bodies_over_the_limit_get_413(store_copy):
    app = create_app(ServerConfig(db=store_copy, token=TOKEN, max_body=10_000))
    with TestClient(app) as c:
        big = b"x" * 10_001
        r = c.post("/api/articles", content=big, headers={**AUTH, "content-type": "text/plain"})
        assert r.status_code == 413 and "limit" in r.json()["error"]

        def chunks():
            for _ in range(20):
                yield b"y" * 1000

        r = c.post("/api/articles", content=chunks(), headers={**AUTH,
                                                               "content-type": "text/plain"})
        assert r.status_code == 413


def test_writes_are_rate_limited(store_copy):
    app = create_app(ServerConfig(db=store_copy, token=TOKEN, write_rate=0.01))
    with TestClient(app) as c:
        codes = [c.post("/api/events/0000000000000000/corrections",
                        json={"field": "wrong"}, headers=AUTH).status_code for _ in range(25)]
        assert codes[0] == 404 and codes[-1] == 429
        r = c.post("/api/events/0000000000000000/corrections", json={"field": "wrong"},
                   headers=AUTH)
        assert int(r.headers["retry-after"]) >= 1


def test_security_headers_no_cors_no_traces(client, monkeypatch):
    for url in ("/", "/api/summary", "/static/app.js", "/api/events?limit=x"):
        r = client.get(url, headers={"Origin": "https://evil.example"})
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert "access-control-allow-origin" not in r.headers
    r = client.options("/api/events", headers={"Origin": "https://evil.example",
                                                "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in r.headers
    from realpolitik.analysis import browse

    def boom(*a, **k):
        raise RuntimeError("secret internals at /srv/db")

    monkeypatch.setattr(browse, "pick_page", boom)
    r = client.get("/api/events")
    assert r.status_code == 500
    assert r.json() == {"error": "internal server error"}
    assert "secret" not in r.text and "Traceback" not in r.text


@pytest.mark.parametrize("url", [
    "/static/../../pyproject.toml", "/static/..%2f..%2fpyproject.toml", "/static/%2e%2e/app.js",
    "/static/index.html/..", "/static/", "/static/app.js%00.py", "/..%2f..%2fetc/passwd",
    "/api/articles/..%2f..%2fetc%2fpasswd", "/static/C:\\windows\\win.ini",
])
def test_no_path_reaches_the_file_system(client, url):
    r = client.get(url)
    assert r.status_code in (404, 422), (url, r.status_code)
    assert b"[project]" not in r.content and b"root:" not in r.content


def test_parallel_reads_while_an_ingest_writes(store_copy, pipeline):
    """Real server, real sockets: concurrent readers each get their own cursor."""
    import http.client
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # no pipeline given: posted articles are coded in a worker process, as `serve` does
    app = create_app(ServerConfig(db=store_copy, token=TOKEN, write_rate=0))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        expected = {}
        for q in ("/api/events?text=the&limit=5", "/api/events?country=USA&limit=5",
                  "/api/events?type=ACCUSE&sort=date&limit=5"):
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            c.request("GET", q)
            expected[q] = json.loads(c.getresponse().read())["total"]
        c.request("GET", "/api/summary")
        before = json.loads(c.getresponse().read())["articles"]
        problems: list[str] = []

        def read(i: int) -> None:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            for j in range(15):
                q = list(expected)[(i + j) % len(expected)]
                c.request("GET", q)
                r = c.getresponse()
                body = r.read()
                if r.status != 200:
                    problems.append(f"{r.status} {q} {body[:200]!r}")
                elif json.loads(body)["total"] < expected[q]:
                    problems.append(f"{q}: total fell below {expected[q]}")

        def write() -> None:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            texts = ["Russia accused Ukraine of shelling Kharkiv on day one of the offensive.",
                     "Poland sent tanks and artillery shells to Kyiv, officials in Warsaw said.",
                     "Turkey hosted grain talks between Kharkiv on day envoys and the UN."]
            for k, text in enumerate(texts):
                doc = {"id": f"w{k}", "text": text}
                c.request("POST", "/api/articles", body=json.dumps(doc),
                          headers={**AUTH, "Content-Type": "application/json"})
                r = c.getresponse()
                r.read()
                if r.status != 201:
                    problems.append(f"POST {r.status}")

        threads = [threading.Thread(target=read, args=(i,)) for i in range(8)]
        threads.append(threading.Thread(target=write))
        for t in threads:
            t.start()
        for t in threads:
            t.join(180)
        assert not problems, problems[:5]
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        c.request("GET", "/api/summary")
        assert json.loads(c.getresponse().read())["articles"] == before + 3
        # the coding process runs at a lower priority than the process answering reads
        import os

        niced = app.state._niced
        assert niced and all(os.getpriority(os.PRIO_PROCESS, pid)
                             >= os.getpriority(os.PRIO_PROCESS, 0) + 10 for pid in niced)
    finally:
        server.should_exit = True
        thread.join(30)


def test_summary_months_and_plain_dates(client):
    s = client.get("/api/summary").json()
    assert s["months"] and s["months"] == sorted(s["months"], key=lambda m: m["month"])
    assert sum(m["events"] for m in s["months"]) <= s["events"]
    t = client.get("/api/timeline", params={"a": "USA", "b": "IRN"}).json()
    assert all(len(e["date"]) == 10 for e in t["events"] if e["date"])
    d = client.get("/api/dyads").json()["dyads"][0]
    assert isinstance(d["events"], int) and len(d["first_date"]) == 10


TEXTS = ["the", "TALKS", "sanction", "Iran's", "50%", "a_b", "100\\", "'; DROP TABLE events; --",
         "İstanbul", "ΟΔΟΣ", "straße", "é", " ", "zzzz-no-match"]
"""Text filters: plain, other case, LIKE wildcards and escapes, SQL, non-ASCII case folding."""


def _random_filter(rng, texts=()):
    from realpolitik.analysis import browse
    from realpolitik.model import EVENT_TYPES, FACTUALITIES, QUAD_CLASSES

    text = None
    if rng.random() < 0.3:
        text = rng.choice(TEXTS)
        if texts and rng.random() < 0.5:  # a piece of a real evidence sentence, case changed
            t = rng.choice(texts)
            i = rng.randrange(len(t))
            text = t[i:i + rng.randint(2, 12)].swapcase()
    return browse.EventFilter(
        country=rng.choice([None, None, "USA", "irn", "VEN", "ZZZ"]),
        event_type=rng.choice([None, None, rng.sample(EVENT_TYPES, 2)]),
        quad_class=rng.choice([None, None, rng.choice(QUAD_CLASSES)]),
        factuality=rng.choice([None, None, rng.sample(FACTUALITIES, 2)]),
        start=rng.choice([None, "2014-01-01", "2020-11-01"]),
        end=rng.choice([None, "2020-11-30", "2025-12-31"]),
        text=text, reports=rng.random() < 0.3, rejected=rng.random() < 0.3)


def _same_pages(store, index, rng, n=300):
    """The index and the SQL path give the same pages (rows and counts) for random filters."""
    from realpolitik.analysis import browse

    texts = [t for (t,) in store.con.execute(
        "SELECT evidence_text FROM events WHERE evidence_text IS NOT NULL").fetchall()]
    for _ in range(n):
        f = _random_filter(rng, texts)
        assert index.handles(f)
        sort = rng.choice(list(browse.SORTS))
        limit, offset = rng.choice([5, 50, 500]), rng.choice([0, 0, 3, 40])
        via_index = browse.events_page(store, f, sort=sort, limit=limit, offset=offset,
                                       index=index)
        via_sql = browse.events_page(store, f, sort=sort, limit=limit, offset=offset)
        assert via_index == via_sql, (f, sort, limit, offset)
        assert len(index.rows_at([e["eid"] for e in via_sql["events"]])) == len(
            via_sql["events"])  # every row came from the in-memory copy


def _same_index(a, b):
    """Two page indexes hold the same columns, orders, country lists and rows."""
    import numpy as np

    from realpolitik.analysis import browse
    from realpolitik.analysis.page_index import _ARRAYS

    assert a.size == b.size
    for name in _ARRAYS:
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)
    for sort in browse.SORTS:
        assert (a.order(sort) == b.order(sort)).all(), sort
    assert {k: v.tolist() for k, v in a.countries.items()} == {
        k: v.tolist() for k, v in b.countries.items()}
    assert a.rows == b.rows and a.texts == b.texts


def test_the_page_index_gives_the_sql_pages(sample_store):
    """The in-memory page index and the SQL path choose the same rows in the same order."""
    import random

    from realpolitik.analysis.page_index import PageIndex
    from realpolitik.store import EventStore

    with EventStore(sample_store[0], read_only=True) as store:
        index = PageIndex().load(store.con)
        _same_pages(store, index, random.Random(7))


def test_the_page_index_follows_ingests_and_corrections(store_copy, pipeline, tmp_path):
    """After writes, the updated snapshot equals one loaded afresh, and the SQL pages; the
    snapshot readers held before is left as it was."""
    import random

    from realpolitik.analysis.page_index import PageIndex
    from realpolitik.cli import sample_corpus_path
    from realpolitik.store import EventStore

    docs = [json.loads(line) for line in sample_corpus_path().read_text("utf-8").splitlines()
            if line.strip()]
    with EventStore(store_copy, commit_every=1) as store:
        index = PageIndex().load(store.con)
        before = {s: index.order(s).copy() for s in ("-date", "-reports")}
        size = index.size
        # near-copies of stored articles: their events join existing clusters (new counts)
        posted = tmp_path / "posted.jsonl"
        posted.write_text("".join(json.dumps({**d, "id": f"again-{i}",
                                              "text": d["text"] + "\n\nUpdate."}) + "\n"
                                  for i, d in enumerate(docs[:4])), "utf-8")
        stats = store.ingest([posted], pipeline=pipeline)
        store.flush()
        assert stats.events > 0
        grown = index.appended(store.con)
        assert grown.size == size + stats.events and index.size == size
        assert all((index.order(s) == o).all() for s, o in before.items())
        assert (grown.reports[:size] != index.reports).any()  # clusters joined
        _same_index(grown, PageIndex().load(store.con))
        _same_pages(store, grown, random.Random(11), n=100)
        assert grown.appended(store.con).size == grown.size  # nothing new: the same
        row = store.con.execute("SELECT event_id FROM events WHERE is_rep AND "
                                "countries <> [] ORDER BY eid LIMIT 1").fetchone()
        for field, value in (("event_type", "ASSAULT"), ("date", "1999-01-02"),
                             ("target", "CUB/GOV"), ("wrong", "true")):
            assert store.correct(row[0], field, value)
            grown = grown.corrected(store.con, row[0])
            _same_index(grown, PageIndex().load(store.con))
        assert grown.corrected(store.con, "no-such-event") is grown
        _same_pages(store, grown, random.Random(13), n=100)


@pytest.fixture(params=["preloaded", "on demand"])
def any_client(request, store_copy, pipeline):
    """A client of an app whose in-memory rows were all encoded at start-up, or of one
    that encodes each row when first shown (a store over ``preload_rows``)."""
    preload = 300_000 if request.param == "preloaded" else 0
    app = create_app(ServerConfig(db=store_copy, token=TOKEN, preload_rows=preload),
                     pipeline=pipeline)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def test_event_pages_over_http_equal_the_sql_pages(any_client):
    """What /api/events sends (from memory, on the event loop, or through SQL for actor and
    article filters) equals the SQL path, before and after an ingest and a correction."""
    import random

    from realpolitik.analysis import browse

    client = any_client
    state = client.app.state
    assert state.index.full == (state.config.preload_rows > 0)
    rng = random.Random(5)

    def check(n: int) -> None:
        for _ in range(n):
            f = _random_filter(rng)
            if rng.random() < 0.15:
                f.actor = rng.choice(["Iran", "usa", "Zarif"])
            sort = rng.choice(list(browse.SORTS))
            limit, offset = rng.choice([5, 50]), rng.choice([0, 0, 7])
            params = {"country": f.country, "type": f.event_type, "quad": f.quad_class,
                      "factuality": f.factuality, "start": f.start, "end": f.end,
                      "text": f.text, "actor": f.actor, "reports": f.reports,
                      "rejected": f.rejected, "sort": sort, "limit": limit, "offset": offset}
            got = _events(client, **{k: v for k, v in params.items() if v is not None})
            with state.reader() as store:
                want = browse.events_page(store, f, sort=sort, limit=limit, offset=offset)
            assert got == want, params

    check(60)
    r = client.post("/api/articles", json={"id": "again", "text": (
        "Iranian Foreign Minister Mohammad Javad Zarif met Venezuelan President Nicolas "
        "Maduro in Caracas on Thursday."), "date": "2020-11-06"}, headers=AUTH)
    assert r.status_code == 201, r.text
    new = _events(client, article=r.json()["results"][0]["article"], reports=True)["events"]
    assert new and all(e["eid"] in state.index.rows_at([e["eid"]]) for e in new)  # kept
    r = client.post(f"/api/events/{new[0]['event_id']}/corrections",
                    json={"field": "event_type", "value": "ACCUSE"}, headers=AUTH)
    assert r.status_code == 201, r.text
    shown = _events(client, text="Nicolas Maduro in Caracas", type="ACCUSE", reports=True)
    assert new[0]["event_id"] in {e["event_id"] for e in shown["events"]}
    check(40)
