"""One-machine parallelism: code articles in a pool of worker processes.

:class:`ParallelPipeline` has the same ``code_articles`` contract as
:class:`~realpolitik.pipeline.Pipeline` — articles in, ``(article, events)`` out,
lazily and **in input order** — so it can stand in for it anywhere (the CLI's
``code --workers N`` and ``ingest --workers N``; the store's single writer stays
in the parent process).

* Each worker process builds its own :class:`~realpolitik.pipeline.Pipeline` once
  (spaCy, knowledge base, lexicon, gazetteer) and parses with ``nlp.pipe``.
* The parent reads the input lazily and keeps at most ``max_pending`` chunks in
  flight, so memory stays flat whatever the corpus size.
* Workers send back only the events; the parent pairs them with its own copy of
  each article, so results are reordered by input index and identical to the
  single-process run (event ids are content-derived).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING

from realpolitik.model import Article, Event

if TYPE_CHECKING:
    from realpolitik.pipeline import Pipeline

__all__ = ["ParallelPipeline", "default_workers", "worker_pipeline"]

_WORKER: dict[str, Pipeline] = {}
"""The worker process's pipeline (one per process, built by :func:`_init_worker`)."""


def default_workers() -> int:
    """The CPUs this process may use (affinity-aware where the OS tells)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def worker_pipeline(batch_size: int = 32, kb_paths: Sequence[str] = ()) -> Pipeline:
    """The pipeline of this process, built on first use (also used by the Dask engine)."""
    key = _key(batch_size, kb_paths)
    pipeline = _WORKER.get(key)
    if pipeline is None:
        from realpolitik.pipeline import Pipeline

        kb = None
        if kb_paths:
            from realpolitik.resolve.kb_user import knowledge_base

            kb = knowledge_base(list(kb_paths))
        pipeline = Pipeline(batch_size=batch_size, kb=kb)
        _WORKER.clear()  # one pipeline per process: settings never change within a run
        _WORKER[key] = pipeline
    return pipeline


def _key(batch_size: int, kb_paths: Sequence[str]) -> str:
    from realpolitik.nlp import fast_default

    # the fast pipeline is chosen by the environment, which workers inherit
    return f"{batch_size}|{fast_default()}|{'|'.join(kb_paths)}"


def _init_worker(batch_size: int, kb_paths: tuple[str, ...]) -> None:
    worker_pipeline(batch_size, kb_paths)


def _code_chunk(articles: list[Article], batch_size: int,
                kb_paths: tuple[str, ...]) -> list[list[Event]]:
    pipeline = worker_pipeline(batch_size, kb_paths)
    return [events for _article, events in pipeline.code_articles(articles)]


class ParallelPipeline:
    """Code articles with ``workers`` processes; a drop-in for ``Pipeline.code_articles``.

    ``chunk_size`` articles travel to a worker at a time (default: ``batch_size``, one
    spaCy batch); at most ``max_pending`` chunks (default ``4 × workers``) are in
    flight. Workers are started with ``spawn`` (each loads its pipeline once, in
    parallel); with ``start_method="fork"`` and ``preload``, they inherit an already
    loaded pipeline instead. Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, workers: int, *, batch_size: int = 32, kb_paths: Sequence[str] = (),
                 chunk_size: int | None = None, max_pending: int | None = None,
                 start_method: str = "spawn", preload: Pipeline | None = None) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        if preload is not None:
            if start_method != "fork":
                raise ValueError("preload needs start_method='fork'")
            # forked workers inherit this pipeline instead of loading their own
            _WORKER.clear()
            _WORKER[_key(batch_size, tuple(str(p) for p in kb_paths))] = preload
        self.workers = workers
        self.batch_size = batch_size
        self.kb_paths = tuple(str(p) for p in kb_paths)
        self.chunk_size = chunk_size or batch_size
        self.max_pending = max_pending or 4 * workers
        self._executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context(start_method),
            initializer=_init_worker, initargs=(batch_size, self.kb_paths))

    def code_articles(self, articles: Iterable[Article]
                      ) -> Iterator[tuple[Article, list[Event]]]:
        """Code articles in the pool; yields ``(article, events)`` in input order."""
        it = iter(articles)
        pending: deque[tuple[list[Article], Future[list[list[Event]]]]] = deque()

        def submit() -> bool:
            chunk = list(islice(it, self.chunk_size))
            if not chunk:
                return False
            pending.append((chunk, self._executor.submit(
                _code_chunk, chunk, self.batch_size, self.kb_paths)))
            return True

        more = True
        try:
            while more and len(pending) < self.max_pending:
                more = submit()
            while pending:
                chunk, future = pending.popleft()
                results = future.result()
                if more:
                    more = submit()
                yield from zip(chunk, results, strict=True)
        finally:
            for _chunk, future in pending:
                future.cancel()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ParallelPipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
