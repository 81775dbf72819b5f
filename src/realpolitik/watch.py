"""Keeping a store current: poll RSS/Atom feeds and folders, ingest each new article once.

Feeds are fetched over http/https only, with conditional GET (ETag and
Last-Modified are kept in the store's ``feeds`` table) and at polite intervals
(never more often than ``MIN_INTERVAL`` seconds per feed, unless a caller insists).
Hosts that resolve to private, loopback or link-local addresses are refused unless
``allow_private`` is set (tests serve feeds on loopback). Folders are rescanned for
new or changed files. Every article goes through :meth:`EventStore.ingest_articles`,
so an article seen twice (or in two feeds) is stored once.
"""

from __future__ import annotations

import email.utils
import html
import ipaddress
import re
import socket
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from realpolitik import __version__
from realpolitik.errors import RealpolitikError
from realpolitik.ingest import article_from_record, read_documents
from realpolitik.ingest.readers import SUFFIXES
from realpolitik.model import Article
from realpolitik.store.db import EventStore, IngestStats

MIN_INTERVAL = 60.0
MAX_FEED_BYTES = 20_000_000
USER_AGENT = f"realpolitik/{__version__} (+feed watcher; polite polling)"
_TAG = re.compile(r"<[^>]+>")
_NS = {"atom": "http://www.w3.org/2005/Atom",
       "content": "http://purl.org/rss/1.0/modules/content/"}


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise E408 unless ``url`` is http(s) to a public host (or ``allow_private``)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RealpolitikError("E408", url=url, why="only http:// and https:// URLs are polled")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except OSError as exc:
        raise RealpolitikError("E409", url=url, why=str(exc)) from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if not ip.is_global:
            raise RealpolitikError("E408", url=url,
                                   why=f"{parts.hostname} resolves to non-public {ip}")


def _text(el: ET.Element | None) -> str | None:
    return el.text.strip() if el is not None and el.text else None


def _plain(markup: str) -> str:
    markup = re.sub(r"(?i)</p\s*>|<br\s*/?>", "\n\n", markup)
    return html.unescape(_TAG.sub(" ", markup))


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def parse_feed(data: bytes, url: str,
               on_error: Callable[[RealpolitikError], None] | None = None) -> Iterator[Article]:
    """Articles of an RSS 2.0 or Atom document (item text = content, else description)."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise RealpolitikError("E409", url=url, why=f"not XML ({exc})") from exc
    items = root.findall("./channel/item") or root.findall("atom:entry", _NS)
    source = _text(root.find("./channel/title")) or _text(root.find("atom:title", _NS)) or url
    for n, item in enumerate(items, 1):
        if item.tag.endswith("entry"):
            link_el = item.find("atom:link", _NS)
            link = link_el.get("href") if link_el is not None else None
            title = _text(item.find("atom:title", _NS))
            body = _text(item.find("atom:content", _NS)) or _text(item.find("atom:summary", _NS))
            ident = _text(item.find("atom:id", _NS)) or link
            when = _date(_text(item.find("atom:published", _NS))
                         or _text(item.find("atom:updated", _NS)))
        else:
            link = _text(item.find("link"))
            title = _text(item.find("title"))
            body = _text(item.find("content:encoded", _NS)) or _text(item.find("description"))
            ident = _text(item.find("guid")) or link
            when = _date(_text(item.find("pubDate")))
        if not body:
            continue
        try:
            yield article_from_record(_plain(body), doc_id=ident or f"{url}#{n}",
                                      origin=f"{url}#{n}", title=title, date=when, url=link,
                                      source=source)
        except RealpolitikError as err:
            if on_error is not None:
                on_error(err)


class Watcher:
    """Polls feeds and folders into an :class:`EventStore`."""

    def __init__(self, store: EventStore, sources: list[str], *, pipeline: object = None,
                 interval: float = 300.0, allow_private: bool = False, timeout: float = 20.0,
                 on_error: Callable[[RealpolitikError], None] | None = None) -> None:
        from realpolitik.pipeline import Pipeline

        self.store = store
        self.pipeline: Pipeline = pipeline or Pipeline()  # type: ignore[assignment]
        self.feeds = [s for s in sources if "://" in s]
        self.folders = [Path(s) for s in sources if "://" not in s]
        self.interval = interval
        self.allow_private = allow_private
        self.timeout = timeout
        self.on_error = on_error or (lambda err: None)
        self._seen_files: dict[Path, tuple[float, int]] = {}
        self._states = []
        for url in self.feeds:
            check_url(url, allow_private=allow_private)

    def poll_once(self) -> IngestStats:
        """One pass over every source; returns what was ingested."""
        self._states: list[list[object]] = []
        stats = self.store.ingest_articles(self._new_articles(), self.pipeline)
        # only now that the feed's articles are committed may its validators move on
        for state in self._states:
            self.store.con.execute(
                "INSERT INTO feeds VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                "etag = coalesce(excluded.etag, feeds.etag), "
                "last_modified = coalesce(excluded.last_modified, feeds.last_modified), "
                "last_checked = excluded.last_checked, last_status = excluded.last_status",
                state)
        return stats

    def run(self, *, rounds: int | None = None, sleep: Callable[[float], None] = time.sleep,
            on_round: Callable[[IngestStats], None] | None = None) -> None:
        done = 0
        while rounds is None or done < rounds:
            stats = self.poll_once()
            if on_round is not None:
                on_round(stats)
            done += 1
            if rounds is None or done < rounds:
                sleep(max(self.interval, MIN_INTERVAL) if self.feeds else self.interval)

    def _new_articles(self) -> Iterator[Article]:
        for url in self.feeds:
            yield from self._feed(url)
        for folder in self.folders:
            files = []
            for path in sorted(folder.rglob("*")):
                if not path.is_file() or path.suffix.lower() not in SUFFIXES \
                        or any(p.startswith(".") for p in path.relative_to(folder).parts):
                    continue
                st = path.stat()
                if self._seen_files.get(path) != (st.st_mtime, st.st_size):
                    self._seen_files[path] = (st.st_mtime, st.st_size)
                    files.append(path)
            yield from read_documents(files, on_error=self.on_error)

    def _feed(self, url: str) -> Iterator[Article]:
        state = self.store.con.execute("SELECT etag, last_modified FROM feeds WHERE url = ?",
                                       [url]).fetchone()
        headers = {"User-Agent": USER_AGENT}
        if state and state[0]:
            headers["If-None-Match"] = state[0]
        if state and state[1]:
            headers["If-Modified-Since"] = state[1]
        request = urllib.request.Request(url, headers=headers)
        status, etag, modified, data = 0, None, None, b""
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:  # noqa: S310
                status = resp.status
                etag, modified = resp.headers.get("ETag"), resp.headers.get("Last-Modified")
                data = resp.read(MAX_FEED_BYTES + 1)
        except urllib.error.HTTPError as exc:
            status = exc.code
            if exc.code != 304:
                self.on_error(RealpolitikError("E409", url=url, why=f"HTTP {exc.code}"))
        except (urllib.error.URLError, OSError) as exc:
            self.on_error(RealpolitikError("E409", url=url, why=str(exc)))
        now = datetime.now(UTC).replace(tzinfo=None)
        self._states.append([url, etag, modified, now, status])
        if status != 200 or not data:
            return
        if len(data) > MAX_FEED_BYTES:
            self.on_error(RealpolitikError("E409", url=url, why="feed larger than 20 MB"))
            return
        try:
            yield from parse_feed(data, url, self.on_error)
        except RealpolitikError as err:
            self.on_error(err)
