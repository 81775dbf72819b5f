"""Ingest: input documents (text, HTML, JSONL, directories, stdin) → cleaned English ``Article``s.

The first stage of the pipeline. :func:`read_documents` reads and reports
(:mod:`.readers`), :func:`clean_text` normalises text and drops web boilerplate
(:mod:`.clean`), :func:`detect_language` keeps the coder to English
(:mod:`.language`), HTML pages go through trafilatura (:mod:`.html`), and
:func:`article_from_record` is the one place an ``Article`` is built.
"""

from __future__ import annotations

from realpolitik.ingest.clean import CleanResult, clean_text
from realpolitik.ingest.language import detect_language
from realpolitik.ingest.readers import article_from_record, read_documents

__all__ = ["CleanResult", "article_from_record", "clean_text", "detect_language", "read_documents"]
