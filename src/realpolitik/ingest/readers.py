"""Reading input documents: files, directories, JSONL and standard input → ``Article``.

This module owns the outer edge of the pipeline described in CONTRACT.md: which
inputs are accepted, how bytes become text (UTF-8, byte-order marks, a declared
HTML charset, replacement as a last resort), what the document id, date and origin
of each article are, and how every bad input is reported. Reading is lazy and
streaming: one document is held at a time, JSONL is read line by line, and files
too large to be articles are rejected from their size without being decoded.
Each problem is passed to ``on_error`` as a :class:`RealpolitikError` naming the
file (and line), and reading goes on with the rest. Problems after which the
document is still yielded (E104, E107) are :class:`InputWarning`\\ s.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO, cast

from realpolitik.errors import InputWarning, RealpolitikError
from realpolitik.ingest.clean import clean_line, clean_text, split_headline
from realpolitik.ingest.html import extract_html, sniff_charset
from realpolitik.ingest.language import detect_language, is_english, language_name
from realpolitik.model import Article

__all__ = ["ErrorHandler", "SUFFIXES", "article_from_record", "read_documents"]

ErrorHandler = Callable[[RealpolitikError], None]

SUFFIXES: dict[str, str] = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
"""Accepted file suffixes (compared in lower case) and the reader each one gets."""

STDIN_ORIGIN = "<stdin>"
HTML_FACTOR = 10
"""Markup is bulky: raw HTML may be this many times ``max_chars`` before it is refused."""
_BYTES_PER_CHAR = 4  # UTF-8 worst case: a file larger than 4 × the limit cannot fit in it
_JSON_BYTES_PER_CHAR = 6  # "\u00e9" escapes
_SNIFF_BYTES = 8192
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D} | {0x7F}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]*)?")
_LETTER = re.compile(r"[^\W\d_]")
_ENGLISH = frozenset({"en", "eng", "english"})


def _print_error(err: RealpolitikError) -> None:
    print(str(err), file=sys.stderr)


# --- one record → Article ----------------------------------------------------------------


def _declared_language(value: str) -> str:
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return "en" if code in _ENGLISH else code


def article_from_record(
    text: str,
    *,
    doc_id: str,
    origin: str = "",
    title: str | None = None,
    date: dt.date | None = None,
    url: str | None = None,
    source: str | None = None,
    language: str | None = None,
    find_title: bool = False,
) -> Article:
    """Build an :class:`Article` from raw text and metadata, the way every reader does.

    The text is cleaned (:func:`~realpolitik.ingest.clean_text`), then checked for
    language: a stated ``language`` is trusted ("en" passes, anything else is
    refused without looking at the text); otherwise the text must read as English.
    With ``find_title`` and no ``title``, a headline on the first line becomes the title.

    Raises:
        RealpolitikError: E110 for a non-English document, E109 when no text is left.
    """
    if language is not None:
        declared = _declared_language(language)
        if declared != "en":
            raise RealpolitikError("E110", where=origin or None, language=language_name(declared))
    if find_title and not title:
        title, text = split_headline(text)
    cleaned = clean_text(text)
    if not _LETTER.search(cleaned.text):
        raise RealpolitikError("E109", where=origin or None)
    if language is None and not is_english(cleaned.text):
        detected, _ = detect_language(cleaned.text)
        raise RealpolitikError("E110", where=origin or None, language=language_name(detected))
    return Article(
        doc_id=doc_id,
        text=cleaned.text,
        title=(clean_line(title) or None) if title else None,
        date=date,
        url=url,
        source=source,
        language="en",
        origin=origin,
        truncated=cleaned.truncated,
        removed_lines=cleaned.removed_lines,
    )


# --- public entry point -------------------------------------------------------------------


def read_documents(
    paths: Iterable[str | Path],
    *,
    pub_date: dt.date | None = None,
    on_error: ErrorHandler | None = None,
    max_chars: int = 1_000_000,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article]:
    """Yield one :class:`Article` per readable document in ``paths``, lazily and in order.

    Each path is a ``.txt``, ``.html``/``.htm`` or ``.jsonl`` file, a directory (read
    recursively in sorted order, hidden and unsupported files skipped) or ``-`` for
    ``stdin`` (default: ``sys.stdin``), sniffed as JSONL, HTML or plain text.
    ``pub_date`` is the date of documents that carry none of their own. Every
    problem goes to ``on_error`` (default: printed to stderr) and reading goes on.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    reader = DocumentReader(pub_date, on_error or _print_error, max_chars, stdin)
    for path in paths:
        yield from reader.read_path(path)


# --- the readers ---------------------------------------------------------------------------


class DocumentReader:
    """Reads documents of every input kind into articles, reporting each problem."""

    def __init__(
        self,
        pub_date: dt.date | None,
        report: ErrorHandler,
        max_chars: int,
        stdin: TextIO | BinaryIO | None,
    ) -> None:
        self.pub_date = pub_date
        self.report = report
        self.max_chars = max_chars
        self.stdin = stdin

    # paths and directories

    def read_path(self, path: str | Path) -> Iterator[Article]:
        if str(path) == "-":
            yield from self.read_stdin()
            return
        path = Path(path)
        if not os.path.lexists(path):
            self.report(RealpolitikError("E002", where=str(path)))
        elif path.is_dir():
            for file in self._walk(path, {os.path.realpath(path)}):
                yield from self.read_file(file)
        elif not path.exists():
            self.report(RealpolitikError("E002", where=str(path)))  # a dangling link
        elif path.suffix.lower() not in SUFFIXES:
            self.report(RealpolitikError("E111", where=str(path), suffix=path.suffix))
        else:
            yield from self.read_file(path)

    def _walk(self, directory: Path, seen: set[str]) -> Iterator[Path]:
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            self.report(RealpolitikError("E001", where=str(directory), what="directory",
                                         why=exc.strerror or str(exc)))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError:
                continue
            if is_dir:
                real = os.path.realpath(path)
                if real not in seen:  # symlink loops
                    seen.add(real)
                    yield from self._walk(path, seen)
            elif is_file and path.suffix.lower() in SUFFIXES:
                yield path

    # files

    def read_file(self, path: Path) -> Iterator[Article]:
        origin = str(path)
        kind = SUFFIXES[path.suffix.lower()]
        try:
            size = path.stat().st_size
            if size == 0:
                self.report(RealpolitikError("E105", where=origin))
                return
            if kind == "jsonl":
                with path.open("rb") as fh:
                    yield from self._jsonl_binary(fh, origin, path.stem)
                return
            limit = self.max_chars * (HTML_FACTOR if kind == "html" else 1)
            if size > limit * _BYTES_PER_CHAR:
                self.report(RealpolitikError("E108", where=origin, size=size, limit=limit))
                return
            with path.open("rb") as fh:
                raw = fh.read()
        except OSError as exc:
            self.report(RealpolitikError("E001", where=origin, what="file",
                                         why=exc.strerror or str(exc)))
            return
        article = self._document(raw, kind, origin=origin, doc_id=path.stem)
        if article is not None:
            yield article

    def _document(self, raw: bytes | str, kind: str, *, origin: str, doc_id: str
                  ) -> Article | None:
        """One whole .txt or .html document (a file, or standard input)."""
        if isinstance(raw, bytes):
            text = self._decode(raw, origin, charset=sniff_charset(raw) if kind == "html" else None)
            if text is None:
                return None
        else:
            text = raw
        if not text.strip():
            self.report(RealpolitikError("E105", where=origin))
            return None
        limit = self.max_chars * (HTML_FACTOR if kind == "html" else 1)
        if len(text) > limit:
            size = len(raw) if isinstance(raw, bytes) else len(text.encode("utf-8", "replace"))
            self.report(RealpolitikError("E108", where=origin, size=size, limit=limit))
            return None
        if kind == "html":
            return self._html(text, origin=origin, doc_id=doc_id, date=None)
        return self._build(text, doc_id=doc_id, origin=origin, date=self.pub_date,
                           find_title=True)

    def _html(self, html: str, *, origin: str, doc_id: str, date: dt.date | None,
              title: str | None = None, url: str | None = None, source: str | None = None,
              language: str | None = None) -> Article | None:
        content = extract_html(html)
        if not _LETTER.search(content.text):
            self.report(RealpolitikError("E112", where=origin))
            return None
        if len(content.text) > self.max_chars:
            self.report(RealpolitikError("E108", where=origin,
                                         size=len(content.text.encode("utf-8", "replace")),
                                         limit=self.max_chars))
            return None
        return self._build(content.text, doc_id=doc_id, origin=origin,
                           date=date or content.date or self.pub_date,
                           title=title or content.title, url=url, source=source,
                           language=language)

    def _build(self, text: str, **kwargs: Any) -> Article | None:
        try:
            return article_from_record(text, **kwargs)
        except RealpolitikError as err:
            self.report(err)
            return None

    # bytes → text

    def _decode(self, raw: bytes, origin: str, charset: str | None = None) -> str | None:
        """Decode a whole document; report E106 (and return None) or E107 on the way."""
        for bom, encoding in _BOMS:
            if raw.startswith(bom):
                return self.decode_as(raw, encoding, origin)
        if _looks_binary(raw[:_SNIFF_BYTES]):
            self.report(RealpolitikError("E106", where=origin))
            return None
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            pos = exc.start
        if charset:
            try:
                return raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
        text = raw.decode("utf-8", errors="replace")
        if text.count("\ufffd") > 0.3 * len(text):
            self.report(RealpolitikError("E106", where=origin))
            return None
        self.report(InputWarning("E107", where=origin, pos=pos))
        return text

    def decode_as(self, raw: bytes, encoding: str, where: str) -> str:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as exc:
            self.report(InputWarning("E107", where=where, pos=exc.start))
            return raw.decode(encoding, errors="replace")

    # JSONL

    def _jsonl_binary(self, fh: BinaryIO, origin: str, stem: str) -> Iterator[Article]:
        head = fh.read(_SNIFF_BYTES)
        fh.seek(0)
        for bom, encoding in _BOMS:
            if head.startswith(bom) and encoding != "utf-8-sig":
                text = io.TextIOWrapper(fh, encoding=encoding, errors="replace")
                yield from self._jsonl_lines(text, origin, stem)
                return
        if _looks_binary(head):
            self.report(RealpolitikError("E106", where=origin))
            return
        yield from self._jsonl_lines(fh, origin, stem)

    def _jsonl_lines(self, stream: BinaryIO | TextIO, origin: str, stem: str,
                     first: Iterable[tuple[int, bytes | str | None]] = ()) -> Iterator[Article]:
        limit = self.max_chars * _JSON_BYTES_PER_CHAR + 65_536
        nonblank = False
        lines = _chain(first, _numbered_lines(stream, limit, start=_count(first)))
        for lineno, line in lines:
            where = f"{origin}:{lineno}"
            if line is None:
                nonblank = True
                self.report(RealpolitikError("E108", where=where, size=f"more than {limit}",
                                             limit=self.max_chars))
                continue
            if isinstance(line, bytes):
                if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                decoded = self.decode_as(line, "utf-8", where)
            else:
                decoded = line.lstrip("\ufeff") if lineno == 1 else line
            if not decoded.strip():
                continue
            nonblank = True
            article = self.jsonl_record(decoded, where=where,
                                         fallback_id=f"{stem}:{lineno}")
            if article is not None:
                yield article
        if not nonblank:
            self.report(RealpolitikError("E105", where=origin))

    def jsonl_record(self, line: str, *, where: str, fallback_id: str) -> Article | None:
        """One JSONL line as an article, or None (the problem is reported)."""
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            self.report(RealpolitikError("E101", where=where,
                                         why=f"{exc.msg} at column {exc.colno}"))
            return None
        except (ValueError, RecursionError) as exc:
            self.report(RealpolitikError("E101", where=where, why=type(exc).__name__))
            return None
        return self.record(record, where=where, fallback_id=fallback_id)

    def record(self, record: object, *, where: str, fallback_id: str) -> Article | None:
        """One input record (a JSONL object, a Parquet row) as an article, or None."""
        if not isinstance(record, dict):
            self.report(RealpolitikError("E103", where=where))
            return None
        text, html = record.get("text"), record.get("html")
        if isinstance(text, str) and (text.strip() or not isinstance(html, str)):
            body, kind = text, "text"
        elif isinstance(html, str):
            body, kind = html, "html"
        else:
            self.report(RealpolitikError("E102", where=where))
            return None
        limit = self.max_chars * (HTML_FACTOR if kind == "html" else 1)
        if len(body) > limit:
            self.report(RealpolitikError("E108", where=where,
                                         size=len(body.encode("utf-8", "replace")),
                                         limit=limit))
            return None
        doc_id = record.get("id")
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str) or not doc_id.strip():
            doc_id = fallback_id
        date = self._record_date(record.get("date"), where)
        meta = {key: value if isinstance(value := record.get(key), str) and value.strip()
                else None for key in ("title", "url", "source", "language")}
        if kind == "html":
            return self._html(body, origin=where, doc_id=doc_id, date=date, **meta)
        return self._build(body, doc_id=doc_id, origin=where, date=date or self.pub_date,
                           **meta)

    def _record_date(self, value: object, where: str) -> dt.date | None:
        """A record's own date; None (so pub_date applies) when absent or invalid."""
        if value is None or value == "":
            return None
        if isinstance(value, str) and _DATE.fullmatch(value.strip()):
            try:
                return dt.date.fromisoformat(value.strip()[:10])
            except ValueError:
                pass
        if isinstance(value, str) and len(value) > 40:
            value = value[:40] + "…"
        self.report(InputWarning("E104", where=where, value=value))
        return None

    # standard input

    def read_stdin(self) -> Iterator[Article]:
        stream: TextIO | BinaryIO = self.stdin if self.stdin is not None else (
            getattr(sys.stdin, "buffer", None) or sys.stdin
        )
        try:
            yield from self._stdin(stream)
        except OSError as exc:
            self.report(RealpolitikError("E001", where=STDIN_ORIGIN, what="standard input",
                                         why=exc.strerror or str(exc)))

    def _stdin(self, stream: TextIO | BinaryIO) -> Iterator[Article]:
        origin = STDIN_ORIGIN
        source: TextIO | BinaryIO = stream
        if isinstance(stream.read(0), bytes):
            binary = cast(BinaryIO, stream)
            head = _read_exactly(binary, 4)
            if any(head.startswith(bom) for bom, enc in _BOMS if enc != "utf-8-sig"):
                # UTF-16/32 lines cannot be split as bytes: decode (within the limit) first.
                limit = self.max_chars * HTML_FACTOR * _BYTES_PER_CHAR
                text = self._decode(head + binary.read(limit), origin)
                if text is None:
                    return
                source = io.StringIO(text)
            else:
                source = io.BufferedReader(_Prefixed(head, binary))
        # Sniff: buffer the leading blank lines and the first one with content.
        line_limit = self.max_chars * _JSON_BYTES_PER_CHAR + 65_536
        pending: list[tuple[int, bytes | str | None]] = []
        first_char = ""
        for lineno, line in _numbered_lines(source, line_limit):
            pending.append((lineno, line))
            if line is None:
                first_char = "{"  # an endless first line: let the JSONL reader report it
                break
            sample = line.decode("utf-8", "replace") if isinstance(line, bytes) else line
            sample = sample.lstrip("\ufeff \t\r\n\f\v")
            if sample:
                first_char = sample[0]
                break
        if not first_char:
            self.report(RealpolitikError("E105", where=origin))
            return
        if first_char == "{":
            yield from self._jsonl_lines(source, origin, "stdin", first=pending)
            return
        kind = "html" if first_char == "<" else "text"
        limit = self.max_chars * (HTML_FACTOR if kind == "html" else 1) * _BYTES_PER_CHAR
        raw = _join([line for _, line in pending if line is not None], source.read(limit + 1))
        if len(raw) > limit:
            self.report(RealpolitikError("E108", where=origin, size=f"more than {limit}",
                                         limit=limit // _BYTES_PER_CHAR))
            return
        article = self._document(raw, kind, origin=origin, doc_id="stdin")
        if article is not None:
            yield article


# --- helpers -------------------------------------------------------------------------------


def _looks_binary(sample: bytes) -> bool:
    """NUL bytes, or more than 30% control characters, in the first bytes of a file."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(b in _CONTROL_BYTES for b in sample)
    return controls > 0.3 * len(sample)


def _numbered_lines(stream: BinaryIO | TextIO, limit: int, start: int = 0
                    ) -> Iterator[tuple[int, bytes | str | None]]:
    """(1-based line number, line) pairs; a line longer than ``limit`` comes as None, unread."""
    lineno = start
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not _ends_line(line):
            while line and not _ends_line(line):
                line = stream.readline(limit + 1)  # drain the rest of the oversized line
            yield lineno, None
        else:
            yield lineno, line


def _ends_line(line: bytes | str) -> bool:
    return line.endswith(b"\n") if isinstance(line, bytes) else line.endswith("\n")


def _join(parts: list[bytes | str], rest: bytes | str) -> bytes | str:
    if isinstance(rest, bytes):
        return b"".join(p for p in parts if isinstance(p, bytes)) + rest
    return "".join(p for p in parts if isinstance(p, str)) + rest


def _chain(first: Iterable[tuple[int, bytes | str | None]],
           rest: Iterator[tuple[int, bytes | str | None]]
           ) -> Iterator[tuple[int, bytes | str | None]]:
    yield from first
    yield from rest


def _count(first: Iterable[object]) -> int:
    return len(first) if isinstance(first, list | tuple) else 0


def _read_exactly(stream: BinaryIO, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = stream.read(n - len(data))
        if not chunk:
            break
        data += chunk
    return data


class _Prefixed(io.RawIOBase):
    """A binary stream that replays ``prefix`` (bytes already read) before the rest."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        super().__init__()
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        read = getattr(self._stream, "read1", self._stream.read)
        data = read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
