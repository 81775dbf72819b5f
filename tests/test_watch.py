"""Watching sources: feeds on a loopback HTTP server (conditional GET), folders, URL policy."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.store import EventStore
from realpolitik.watch import Watcher, check_url

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>
<item><title>Zarif meets Maduro</title><link>http://example.org/1</link><guid>wire-1</guid>
<pubDate>Fri, 06 Nov 2020 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Iranian Foreign Minister Mohammad Javad Zarif met Venezuelan President
Nicolás Maduro in Caracas on Thursday.&lt;/p&gt;</description></item>
</channel></rss>"""


class _Handler(http.server.BaseHTTPRequestHandler):
    hits: list[str | None] = []

    def do_GET(self) -> None:  # noqa: N802
        _Handler.hits.append(self.headers.get("If-None-Match"))
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
            return
        body = RSS.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def feed_url():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Handler.hits = []
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()


def test_feed_is_ingested_once_with_conditional_get(tmp_path, pipeline, feed_url):
    with EventStore(tmp_path / "w.duckdb") as store:
        watcher = Watcher(store, [feed_url], pipeline=pipeline, allow_private=True)
        first = watcher.poll_once()
        second = watcher.poll_once()
        assert first.stored == 1 and first.events >= 1
        assert second.stored == 0
        assert _Handler.hits == [None, '"v1"']
        assert store.scalar("SELECT title FROM articles") == "Zarif meets Maduro"


def test_folder_is_watched(tmp_path, pipeline):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with EventStore(tmp_path / "w.duckdb") as store:
        watcher = Watcher(store, [str(inbox)], pipeline=pipeline)
        assert watcher.poll_once().stored == 0
        (inbox / "a.txt").write_text("Zarif met Maduro in Caracas on Thursday.\n")
        assert watcher.poll_once().stored == 1
        assert watcher.poll_once().stored == 0


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/feed",
                                 "http://127.0.0.1/feed", "http://localhost:8080/rss"])
def test_refused_urls(url):
    with pytest.raises(RealpolitikError) as err:
        check_url(url)
    assert err.value.code == "E408"


def test_loopback_allowed_only_when_asked():
    check_url("http://127.0.0.1/feed", allow_private=True)
    assert Path  # keep import used
