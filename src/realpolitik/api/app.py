"""The HTTP API and the dashboard: FastAPI over one event store.

``create_app(config)`` builds the app. Reads go through a cursor per worker
thread (DuckDB gives each a consistent snapshot), so they run while an ingest
posted to ``POST /api/articles`` writes; writes take one lock and need the bearer
token. Pages of ``/api/events`` come from an in-memory copy of the event table
(:mod:`realpolitik.analysis.page_index`), loaded at start-up and brought up to
date by each write before it answers; they are answered on the event loop, with
no thread hand-off and no SQL, unless they filter by actor or article. The
dashboard is three static files served from the package by fixed names (no path
ever reaches the file system from a request). Interactive docs pages are off
(they load scripts from a CDN); the spec is at ``/api/openapi.json``.
"""

import contextlib
import functools
import json
import logging
import multiprocessing
import os
import tempfile
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from realpolitik import analysis
from realpolitik.analysis import browse
from realpolitik.analysis.dyads import member
from realpolitik.analysis.graph import graph as relations_graph
from realpolitik.analysis.page_index import PageIndex, encode_row
from realpolitik.api.security import BodyLimit, RateLimit, SecurityHeaders, TokenAuth
from realpolitik.errors import RealpolitikError
from realpolitik.model import EVENT_TYPES, FACTUALITIES, QUAD_CLASSES
from realpolitik.store import EventStore
from realpolitik.store.corrections import validate
from realpolitik.store.db import CORRECTABLE, StoreReader

if TYPE_CHECKING:
    import pandas as pd

    from realpolitik.pipeline import Pipeline

log = logging.getLogger("realpolitik.api")

ARTICLE_ID = r"^[0-9a-f]{64}$"
EVENT_ID = r"^[A-Za-z0-9_-]{1,64}$"
CODE = r"^[A-Za-z]{3}$"
ACTOR = r"^[^\x00-\x1f]{1,120}$"
"""A dyad member: an ISO code, or the name of an organisation or group."""
STATIC = {"": ("index.html", "text/html; charset=utf-8"),
          "app.js": ("app.js", "text/javascript; charset=utf-8"),
          "app.css": ("app.css", "text/css; charset=utf-8")}
"""Dashboard files by URL name: the only files the app ever serves."""


@dataclass(slots=True)
class ServerConfig:
    db: Path
    token: str | None = None
    protect_reads: bool = False
    max_body: int = 10_000_000
    write_rate: float = 2.0
    """Write requests per second per client (bursts of 20); reads unlimited unless
    ``read_rate`` is set."""
    read_rate: float = 0.0
    read_only: bool = False
    coding_process: bool = True
    """Code posted articles in a worker process (else in this process's threads)."""
    coding_nice: int = 10
    """How much lower the coding process's OS priority is (``nice``; 0: the same), so
    pages are answered first when an ingest and readers want the same cores."""
    preload_rows: int = 300_000
    """Encode every event's table row at start-up when the store holds at most this
    many events (~1.2 KB of memory each); else each row is encoded when first shown."""


_dumps = encode_row


def _json(obj: Any, status: int = 200) -> Response:
    return Response(_dumps(obj), status_code=status, media_type="application/json")


def _frame(frame: "pd.DataFrame") -> list[dict[str, Any]]:
    """Records with plain ``YYYY-MM-DD`` dates and whole counts as integers."""
    frame = frame.copy()
    for column in frame.columns:
        kind = frame[column].dtype.kind
        if kind == "M":
            frame[column] = frame[column].dt.strftime("%Y-%m-%d")
        elif kind == "f" and column in _COUNTS:
            frame[column] = frame[column].astype("Int64")
    return json.loads(frame.to_json(orient="records"))


_COUNTS = frozenset({"events", "reports", "articles", "verbal_cooperation", "material_cooperation",
                     "verbal_conflict", "material_conflict", "net_cooperation",
                     "events_before", "events_after"})


class Correction(BaseModel):
    field: Literal[CORRECTABLE] = Field(  # type: ignore[valid-type]
        description="event_type, quad_class, intensity, date, factuality, location_country, "
                    "source, target (codes like USA or USA/GOV, ';'-separated) or wrong")
    value: str | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, max_length=2000)


class ArticleIn(BaseModel):
    text: str = Field(min_length=1)
    id: str | None = Field(default=None, max_length=300)
    title: str | None = Field(default=None, max_length=2000)
    date: str | None = Field(default=None, max_length=40)
    url: str | None = Field(default=None, max_length=4000)
    source: str | None = Field(default=None, max_length=300)


class App:
    """The app's state: the store, its writer lock, the pipeline (loaded on first write)."""

    def __init__(self, config: ServerConfig, store: EventStore | None = None,
                 pipeline: "Pipeline | None" = None) -> None:
        self.config = config
        self.store = store or EventStore(config.db, read_only=config.read_only,
                                         commit_every=1)
        self.pipeline = pipeline
        # many small concurrent queries: one DuckDB thread each beats splitting every query
        self.store.con.execute("SET threads = 1")
        self.write_lock = threading.Lock()
        self._idle: list[StoreReader] = []
        self._readers_lock = threading.Lock()
        self.closed = False
        self._pipeline_lock = threading.Lock()
        self._owned: Any = None  # a coding process this app started (closed with it)
        self.generation = 0
        self._index: PageIndex | None = None
        self._children = {p.pid for p in multiprocessing.active_children()}
        """Child processes that were there before this app (not its coding process)."""
        self._niced: set[int] = set()
        self.auth = TokenAuth(config.token, config.protect_reads)
        self.writes = RateLimit(config.write_rate, 20)
        self.reads = RateLimit(config.read_rate, max(50, int(config.read_rate * 2)))

    @contextlib.contextmanager
    def reader(self) -> Iterator[StoreReader]:
        """A read cursor owned by one request until it ends (cursors are reused)."""
        with self._readers_lock:
            if self.closed:
                raise HTTPException(503, "the server is shutting down")
            r = self._idle.pop() if self._idle else None
        if r is None:
            r = self.store.reader()
        try:
            yield r
        finally:
            with self._readers_lock:
                if self.closed:
                    r.close()
                else:
                    self._idle.append(r)

    @property
    def index(self) -> PageIndex | None:
        """The in-memory copy of the event table, if loaded (a snapshot: never changed)."""
        return self._index

    def page_index(self) -> PageIndex:
        """The in-memory copy of the event table, loaded on first use.

        Loaded under the write lock, from the writer's connection: no write can fall
        between the load and the updates that each write makes after it.
        """
        index = self._index
        if index is not None:
            return index
        with self.write_lock:
            if self._index is None:
                if self.closed:
                    raise HTTPException(503, "the server is shutting down")
                size = int(self.store.scalar("SELECT count(*) FROM events"))
                index = PageIndex().load(self.store.con,
                                         rows=size <= self.config.preload_rows)
                index.generation = self.generation
                self._index = index
                log.info("%d events in memory (%.0f MB)", index.size, index.memory() / 1e6)
            return self._index

    def wrote(self, *, corrected: str | None = None) -> None:
        """Note a committed write (the caller holds the write lock): the in-memory copy
        takes the new events, or the rows of the ``corrected`` event id, before the
        write answers, so its client reads what it wrote."""
        self.generation += 1
        index = self._index
        if index is None:
            return
        try:
            index = (index.corrected(self.store.con, corrected) if corrected
                     else index.appended(self.store.con))
            index.generation = self.generation
            self._index = index
        except Exception:  # noqa: BLE001 - loaded afresh by the next read instead
            log.exception("updating the in-memory events failed")
            self._index = None
        self._lower_coding_priority()

    def _lower_coding_priority(self) -> None:
        """Run this app's coding process at a lower OS priority (``coding_nice``)."""
        if self._owned is None or self.config.coding_nice <= 0 or not hasattr(os, "setpriority"):
            return
        for child in multiprocessing.active_children():
            pid = child.pid
            if pid is None or pid in self._children or pid in self._niced:
                continue
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, pid,
                               os.getpriority(os.PRIO_PROCESS, pid) + self.config.coding_nice)
            self._niced.add(pid)

    def warm(self) -> None:
        """Load what the first write needs (pipeline, dedup indexes) before it comes."""
        try:
            from realpolitik.model import Article

            # loads the coder (in its worker process, by default) and the dedup indexes
            list(self.get_pipeline().code_articles([Article(doc_id="warm-up", text="Hi.")]))
            self._lower_coding_priority()
            with self.write_lock:
                if not self.closed:
                    self.store.warm()
        except Exception:  # noqa: BLE001 - the first write will report it
            log.exception("warming up for writes failed")

    def get_pipeline(self) -> "Pipeline":
        """The coder for posted articles: by default in a worker process of its own,
        so parsing never holds this process's GIL while it answers reads."""
        with self._pipeline_lock:
            if self.pipeline is None:
                if self.config.coding_process:
                    from realpolitik.parallel import ParallelPipeline

                    self.pipeline = self._owned = ParallelPipeline(1)
                else:
                    from realpolitik.pipeline import Pipeline

                    self.pipeline = Pipeline()
            return self.pipeline

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        with self._readers_lock:
            for r in self._idle:
                with contextlib.suppress(Exception):
                    r.close()
            self._idle.clear()
        with self.write_lock:  # after a write (or the warm-up) in progress
            self.store.close()
            if self._owned is not None:
                self._owned.close()


def create_app(config: ServerConfig, *, store: EventStore | None = None,
               pipeline: "Pipeline | None" = None) -> Any:
    """The ASGI app (FastAPI wrapped in the body-limit and security-header middleware)."""
    state = App(config, store, pipeline)
    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if state.auth.token is not None and not state.store.read_only:
            threading.Thread(target=state.warm, name="realpolitik-warm", daemon=True).start()
        await run_in_threadpool(state.page_index)  # before the first request is taken
        yield
        state.close()

    api = FastAPI(title="realpolitik", version=_version(), docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  openapi_url="/api/openapi.json",
                  description="Political events coded from news, with their evidence.")
    api.state.rp = state

    def client(request: Request) -> str:
        return request.client.host if request.client else "?"

    async def may_read(request: Request) -> None:
        # async: runs on the event loop, sparing each read two thread-pool hops
        ok, status, why = state.auth.allowed(request.headers.get("authorization"), write=False)
        if not ok:
            raise HTTPException(status, why, headers={"WWW-Authenticate": "Bearer"})
        wait = state.reads.take(client(request), "read")
        if wait:
            raise HTTPException(429, "too many requests", headers={"Retry-After": _secs(wait)})

    async def reading(request: Request) -> AsyncIterator[StoreReader]:
        await may_read(request)
        with state.reader() as cursor:
            yield cursor

    def writing(request: Request) -> App:
        ok, status, why = state.auth.allowed(request.headers.get("authorization"), write=True)
        if not ok:
            raise HTTPException(status, why, headers={"WWW-Authenticate": "Bearer"})
        if state.store.read_only:
            raise HTTPException(503, "the server was started read-only")
        wait = state.writes.take(client(request), "write")
        if wait:
            raise HTTPException(429, "too many requests", headers={"Retry-After": _secs(wait)})
        return state

    Reader = Annotated[StoreReader, Depends(reading)]
    Writer = Annotated[App, Depends(writing)]
    Start = Annotated[date | None, Query(description="First day (YYYY-MM-DD), inclusive.")]
    End = Annotated[date | None, Query(description="Last day (YYYY-MM-DD), inclusive.")]

    @api.exception_handler(RealpolitikError)
    async def coded_error(_: Request, exc: RealpolitikError) -> Response:
        return _json({"error": str(exc), "code": exc.code}, 400)

    @api.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> Response:
        problems = [{"where": ".".join(str(p) for p in e.get("loc", ())), "why": e.get("msg")}
                    for e in exc.errors()]
        return _json({"error": "invalid request", "problems": problems}, 422)

    @api.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> Response:
        response = _json({"error": exc.detail}, exc.status_code)
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @api.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _json({"error": "internal server error"}, 500)

    # --- reads ---------------------------------------------------------------------------

    @api.get("/api/summary", tags=["read"])
    def summary(store: Reader) -> Response:
        """Counts, the date span and events per month, and the vocabularies of the filters."""
        row = store.con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM event_clusters), "
            "(SELECT count(*) FROM events), CAST(min(date) AS VARCHAR), "
            "CAST(max(date) AS VARCHAR) FROM events WHERE NOT rejected").fetchone()
        months = store.con.execute(
            "SELECT strftime(date, '%Y-%m') AS m, count(*) FROM events WHERE is_rep "
            "AND NOT rejected AND date IS NOT NULL GROUP BY m ORDER BY m").fetchall()
        return _json({"articles": row[0], "events": row[1], "reports": row[2],
                      "first_date": row[3], "last_date": row[4],
                      "months": [{"month": m, "events": n} for m, n in months],
                      "event_types": list(EVENT_TYPES), "quad_classes": list(QUAD_CLASSES),
                      "factualities": list(FACTUALITIES), "sorts": list(browse.SORTS),
                      "correctable": list(CORRECTABLE), "writable": state.auth.token is not None
                      and not state.store.read_only})

    @api.get("/api/events", tags=["read"], dependencies=[Depends(may_read)])
    async def list_events(
        country: Annotated[str | None, Query(pattern=CODE)] = None,
        actor: Annotated[str | None, Query(max_length=200)] = None,
        type: Annotated[list[Literal[EVENT_TYPES]] | None, Query()] = None,  # type: ignore[valid-type]  # noqa: A002
        quad: Annotated[list[Literal[QUAD_CLASSES]] | None, Query()] = None,  # type: ignore[valid-type]
        factuality: Annotated[list[Literal[FACTUALITIES]] | None, Query()] = None,  # type: ignore[valid-type]
        start: Start = None, end: End = None,
        text: Annotated[str | None, Query(max_length=500)] = None,
        article: Annotated[str | None, Query(pattern=ARTICLE_ID)] = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
        reports: bool = False, rejected: bool = False,
        sort: Annotated[Literal[tuple(browse.SORTS)], Query()] = "-date",  # type: ignore[valid-type]
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> Response:
        """A page of events (one per event cluster, or per report), with actors and evidence."""
        filters = browse.EventFilter(country=country, actor=actor, event_type=type,
                                     quad_class=quad, factuality=factuality, start=start,
                                     end=end, text=text, reports=reports, rejected=rejected,
                                     article=article, min_confidence=min_confidence)
        index = state.index
        if index is not None and index.handles(filters):
            # all in memory and a millisecond or two of CPU: answered here, on the loop
            total, picked = browse.pick_page(None, filters, sort=sort, limit=limit,
                                             offset=offset, index=index)
            encoded = index.rows_at([p[0] for p in picked])
            if len(encoded) == len(picked):
                return _page(total, offset, limit, sort, picked, encoded)
        return await run_in_threadpool(page_from_store, filters, sort, limit, offset)

    def page_from_store(filters: browse.EventFilter, sort: str, limit: int, offset: int
                        ) -> Response:
        """A page that needs SQL: filters the copy does not hold, or rows not encoded yet."""
        with state.reader() as store:
            index = state.page_index()
            total, picked = browse.pick_page(store, filters, sort=sort, limit=limit,
                                             offset=offset, index=index)
            ids = [p[0] for p in picked]
            encoded = index.rows_at(ids)  # each row's JSON, without its report counts
            missing = [i for i in ids if i not in encoded]
            if missing:
                fresh = {r["eid"]: _dumps(r) for r in browse.page_rows(store, missing)}
                index.keep_rows(fresh)
                encoded.update(fresh)
        return _page(total, offset, limit, sort, picked, encoded)

    @api.get("/api/events/{event_id}", tags=["read"])
    def get_event(store: Reader,
                  event_id: Annotated[str, PathParam(pattern=EVENT_ID)]) -> Response:
        """One event: its record, evidence offsets in its article, other reports, corrections."""
        event = browse.event_detail(store, event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id}")
        return _json(event)

    @api.get("/api/articles/{article_id}", tags=["read"])
    def get_article(store: Reader,
                    article_id: Annotated[str, PathParam(pattern=ARTICLE_ID)]) -> Response:
        """An article's cleaned text and its events with evidence offsets (to highlight)."""
        article = browse.article_view(store, article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id}")
        return _json(article)

    @api.get("/api/dyads", tags=["read"])
    def get_dyads(store: Reader, start: Start = None, end: End = None,
                  country: Annotated[str | None, Query(pattern=CODE)] = None,
                  factuality: Annotated[list[Literal[FACTUALITIES]] | None, Query()] = None,  # type: ignore[valid-type]
                  directed: bool = False, reports: bool = False,
                  min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
                  limit: Annotated[int, Query(ge=1, le=5000)] = 200) -> Response:
        """Pairs of actors: events by quad class, net cooperation, balance, trend."""
        frame = analysis.dyads(store, start=start, end=end, country=country,
                               factuality=factuality, directed=directed, reports=reports,
                               min_events=min_events)
        return _json({"total": len(frame), "dyads": _frame(frame.head(limit))})

    @api.get("/api/timeline", tags=["read"])
    def get_timeline(store: Reader, a: Annotated[str, Query(pattern=ACTOR)],
                     b: Annotated[str, Query(pattern=ACTOR)], start: Start = None,
                     end: End = None,
                     factuality: Annotated[list[Literal[FACTUALITIES]] | None, Query()] = None,  # type: ignore[valid-type]
                     ) -> Response:
        """The events between two actors by date, and their counts by month and quad class."""
        facts = factuality or list(analysis._filters.RELATION_FACTUALITIES)
        frame = analysis.timeline(store, a, b, start=start, end=end, factuality=facts)
        events = _frame(frame)
        months: dict[str, dict[str, Any]] = {}
        for e in events:
            month = (e["date"] or "undated")[:7]
            m = months.setdefault(month, {"month": month, **dict.fromkeys(QUAD_CLASSES, 0)})
            m[e["quad_class"]] += 1
        ordered = sorted((m for k, m in months.items() if k != "undated"),
                         key=lambda m: m["month"])
        return _json({"a": member(a), "b": member(b), "months": ordered, "events": events})

    @api.get("/api/graph", tags=["read"])
    def get_graph(store: Reader, start: Start = None, end: End = None,
                  min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
                  countries_only: bool = False,
                  limit: Annotated[int, Query(ge=1, le=2000)] = 400) -> Response:
        """Nodes (actors, with bloc and capital coordinates) and edges (signed dyads)."""
        return _json(relations_graph(store, start=start, end=end, min_events=min_events,
                                     countries_only=countries_only, limit=limit))

    @api.get("/api/blocs", tags=["read"])
    def get_blocs(store: Reader, start: Start = None, end: End = None,
                  min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
                  windows: Annotated[int, Query(ge=1, le=24)] = 4) -> Response:
        """Who sides with whom: blocs of the signed cooperation/conflict graph."""
        frame = analysis.blocs(store, start=start, end=end, min_events=min_events,
                               windows=windows)
        return _json({"blocs": _frame(frame)})

    # --- writes --------------------------------------------------------------------------

    @api.post("/api/articles", tags=["write"], status_code=201)
    async def post_articles(request: Request, app_state: Writer) -> Response:
        """Ingest articles (needs the bearer token).

        Body: a JSON object ``{"text", "id", "title", "date", "url", "source"}`` or a list
        of them (``application/json``), JSON Lines (``application/x-ndjson``), an HTML
        page (``text/html``) or plain text (``text/plain``; ``?id=&date=&title=``).
        """
        body = await read_body(request, state.config.max_body)
        kind = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        suffix, payload = _as_file(kind, body, request.query_params)
        return await run_in_threadpool(_ingest, app_state, suffix, payload,
                                       request.query_params.get("date"))

    @api.post("/api/events/{event_id}/corrections", tags=["write"], status_code=201)
    def post_correction(app_state: Writer, correction: Correction,
                        event_id: Annotated[str, PathParam(pattern=EVENT_ID)]) -> Response:
        """Correct an event's type, actors, date, place or factuality, or mark it wrong."""
        try:
            value = validate(correction.field, correction.value)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        with app_state.write_lock:
            try:
                changed = app_state.store.correct(event_id, correction.field, value,
                                                  correction.note)
            finally:
                app_state.wrote(corrected=event_id)
        if not changed:
            raise HTTPException(404, f"no event {event_id}")
        return _json({"event_id": event_id, "changed_reports": changed,
                      "field": correction.field}, 201)

    # --- dashboard -----------------------------------------------------------------------

    @api.get("/", include_in_schema=False)
    def index() -> Response:
        return _static("")

    @api.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in STATIC or not name:
            raise HTTPException(404, "not found")
        return _static(name)

    wrapped = BodyLimit(SecurityHeaders(api), config.max_body)
    wrapped.state = state  # type: ignore[attr-defined]
    wrapped.fastapi = api  # type: ignore[attr-defined]
    return wrapped


def _page(total: int, offset: int, limit: int, sort: str, picked: list[tuple[int, int, int]],
          encoded: dict[int, bytes]) -> Response:
    """The page's JSON: each row's stored encoding with its current report counts added."""
    rows = b", ".join(encoded[eid][:-1] + b', "reports": %d, "articles": %d}' % (n, m)
                      for eid, n, m in picked)
    head = _dumps({"total": total, "offset": offset, "limit": limit, "sort": sort})
    return Response(head[:-1] + b', "events": [' + rows + b"]}", media_type="application/json")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, cut off with 413 past ``limit`` bytes (chunked bodies too)."""
    chunks, seen = [], 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > limit:
            raise HTTPException(413, f"request body over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _as_file(kind: str, body: bytes, query: Any) -> tuple[str, bytes]:
    """The body as the bytes of a file the readers take, and that file's suffix."""
    if not body.strip():
        raise HTTPException(400, "empty body")
    if kind == "application/json":
        try:
            data = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise HTTPException(400, f"body is not valid JSON ({exc})") from None
        items = data if isinstance(data, list) else [data]
        if not items or len(items) > 1000:
            raise HTTPException(400, "send 1 to 1000 articles per request")
        lines = []
        for i, item in enumerate(items):
            try:
                art = ArticleIn.model_validate(item)
            except Exception as exc:  # noqa: BLE001 - pydantic's error, reported to the client
                raise HTTPException(422, f"article {i}: {_first_error(exc)}") from None
            rec = {"id": art.id or f"api-{i}", "text": art.text, "title": art.title,
                   "date": art.date, "url": art.url, "source": art.source}
            lines.append(json.dumps({k: v for k, v in rec.items() if v is not None}))
        return ".jsonl", ("\n".join(lines) + "\n").encode("utf-8")
    if kind in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines"):
        return ".jsonl", body
    if kind in ("text/html", "application/xhtml+xml"):
        return ".html", body
    if kind in ("text/plain", ""):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return ".txt", body  # the reader reports the encoding error, naming the body
        rec = {"id": query.get("id") or "api-text", "text": text, "title": query.get("title"),
               "date": query.get("date")}
        return ".jsonl", (json.dumps({k: v for k, v in rec.items() if v}) + "\n").encode()
    raise HTTPException(415, f"unsupported content type {kind!r}: use application/json, "
                             "application/x-ndjson, text/html or text/plain")


def _first_error(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        e = errors()[0]
        return f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}"
    return str(exc)


def _ingest(state: App, suffix: str, payload: bytes, pub_date: str | None) -> Response:
    when = None
    if pub_date:
        try:
            when = date.fromisoformat(pub_date)
        except ValueError:
            raise HTTPException(422, "date must be YYYY-MM-DD") from None
    errors: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="realpolitik-post-") as tmp:
        path = Path(tmp) / ("posted" + suffix)
        path.write_bytes(payload)
        pipeline = state.get_pipeline()
        with state.write_lock:
            try:
                stats = state.store.ingest(
                    [path], pipeline=pipeline, pub_date=when,
                    on_error=lambda e: errors.append({"code": e.code,
                                                      "error": _public(str(e), tmp)}))
                state.store.flush()
            finally:
                state.wrote()
    results = [{"article": r.article_hash, "stored": r.stored, "events": r.n_events,
                "copy_of": r.copy_of} for r in stats.results]
    status = 201 if stats.stored else (200 if stats.documents else 422)
    return _json({"documents": stats.documents, "stored": stats.stored,
                  "skipped": stats.skipped, "events": stats.events, "results": results,
                  "errors": errors}, status)


def _public(message: str, tmp: str) -> str:
    """An error message without the server's temporary path."""
    return message.replace(str(Path(tmp) / "posted"), "body")


def _static(name: str) -> Response:
    filename, media = STATIC[name]
    return Response(_static_bytes(filename), media_type=media,
                    headers={"cache-control": "no-cache"})


@functools.lru_cache(maxsize=len(STATIC))
def _static_bytes(filename: str) -> bytes:
    """A dashboard file, read from the package once."""
    return resources.files("realpolitik.web").joinpath("static", filename).read_bytes()


def _secs(wait: float) -> str:
    return str(max(1, int(wait + 0.999)))


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("realpolitik")
    except PackageNotFoundError:
        return "0"
