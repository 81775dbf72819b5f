"""Fuzzing the API's parameter parsing: any query string or body gets an answer, never a 500."""

from __future__ import annotations

import os
import shutil

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from realpolitik.api import ServerConfig, create_app  # noqa: E402

SCALE = int(os.environ.get("REALPOLITIK_FUZZ_SCALE", "1"))
TOKEN = "fuzz-token"
NAMES = ["country", "actor", "type", "quad", "factuality", "start", "end", "text", "article",
         "reports", "rejected", "sort", "limit", "offset", "a", "b", "min_events", "windows",
         "countries_only", "directed", "x"]
VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["USA", "ven", "ACCUSE", "asserted", "verbal_conflict", "2020-11-01",
                     "-date", "reports", "true", "0", "-1", "99999999999999999999", "1e3",
                     "NaN", "%", "_", "'; DROP TABLE events; --", "\\", "\x00", "a" * 5000]),
    st.integers(min_value=-10**12, max_value=10**12).map(str),
)
PATHS = ["/api/events", "/api/dyads", "/api/timeline", "/api/graph", "/api/blocs",
         "/api/summary"]


@pytest.fixture(scope="module")
def fuzz_client(sample_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "api.duckdb"
    shutil.copy(sample_store[0], path)
    app = create_app(ServerConfig(db=path, token=TOKEN, write_rate=0))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@settings(max_examples=400 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(path=st.sampled_from(PATHS),
       params=st.lists(st.tuples(st.sampled_from(NAMES), VALUES), max_size=6))
def test_any_query_string_gets_an_answer(fuzz_client, path, params):
    r = fuzz_client.get(path, params=params)
    assert r.status_code in (200, 422), (path, params, r.status_code, r.text[:300])
    body = r.json()
    if r.status_code == 422:
        assert body["error"] and "Traceback" not in r.text


@settings(max_examples=300 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(segment=st.text(min_size=1, max_size=80))
def test_any_path_segment_gets_an_answer(fuzz_client, segment):
    from urllib.parse import quote

    for prefix in ("/api/events/", "/api/articles/", "/static/"):
        r = fuzz_client.get(prefix + quote(segment, safe="/.%"))
        assert r.status_code in (200, 404, 405, 422), (prefix, segment, r.status_code)


@settings(max_examples=300 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=st.one_of(st.binary(max_size=300),
                      st.dictionaries(st.sampled_from(["field", "value", "note", "x"]),
                                      st.one_of(st.text(max_size=30), st.integers(),
                                                st.none(), st.lists(st.integers())),
                                      max_size=4).map(lambda d: __import__("json").dumps(d)
                                                      .encode())),
       content_type=st.sampled_from(["application/json", "text/plain", "application/x-ndjson",
                                     "text/html", "application/zip", ""]))
def test_any_correction_body_gets_an_answer(fuzz_client, body, content_type):
    event = fuzz_client.get("/api/events", params={"limit": 1}).json()["events"][0]["event_id"]
    r = fuzz_client.post(f"/api/events/{event}/corrections", content=body,
                         headers={"Authorization": f"Bearer {TOKEN}",
                                  "Content-Type": content_type})
    assert r.status_code in (201, 400, 404, 415, 422), (body, r.status_code, r.text[:300])
    assert "Traceback" not in r.text
