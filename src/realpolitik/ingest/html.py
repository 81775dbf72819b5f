"""HTML pages → main text, title and publication date.

This module owns everything HTML-specific in ingest. The main text comes from
trafilatura (precision mode, no comments, no tables), which drops menus, share
bars, comment forms and footers; the title and date come from the page metadata
it reads. Pages too small for trafilatura to judge fall back to a plain tag
stripper built on the standard library's ``html.parser``. Nothing here raises on
bad markup: a page with no main text gives empty text, and the caller reports it.
Paragraphs in the returned text are separated by blank lines.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from realpolitik.ingest.clean import clean_line

__all__ = ["HtmlContent", "extract_html", "sniff_charset"]

TINY_PAGE = 50_000
"""Below this many characters a page that trafilatura finds empty is stripped by hand."""

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True, slots=True)
class HtmlContent:
    text: str
    """Main text, paragraphs separated by blank lines; empty when the page has none."""
    title: str | None = None
    date: dt.date | None = None


def sniff_charset(raw: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first 4 KB, if any."""
    m = _CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def extract_html(html: str) -> HtmlContent:
    """Extract the main text, title and date of one HTML page."""
    if not html.strip():
        return HtmlContent("")
    text, title, date = _trafilatura(html)
    if not text and len(html) < TINY_PAGE:
        stripped = _strip_tags(html)
        text, title = stripped.text, title or stripped.title
    paragraphs = [p for p in (clean_line(ln) for ln in text.split("\n")) if p]
    if title and paragraphs and _same_heading(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    return HtmlContent("\n\n".join(paragraphs), title or None, date)


def _trafilatura(html: str) -> tuple[str, str | None, dt.date | None]:
    # Imported here: trafilatura is slow to import and only HTML input needs it.
    import trafilatura
    from trafilatura.metadata import extract_metadata

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    date_params = {
        "original_date": True,
        # Only dates the page declares; an "extensive" search guesses from body text.
        "extensive_search": False,
        "max_date": dt.date.today().isoformat(),
    }
    doc: Any = None
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params=date_params,
            # Never article text; trafilatura's baseline can pick them up on small pages.
            prune_xpath=["//nav", "//form", "//footer"],
        )
    except Exception:  # noqa: BLE001 - bad markup must never stop ingest
        doc = None
    if doc is None:
        try:
            doc = extract_metadata(html, date_config=date_params)
        except Exception:  # noqa: BLE001
            return "", None, None
        text = ""
    else:
        text = getattr(doc, "text", None) or ""
    title = getattr(doc, "title", None)
    return text, clean_line(title) if isinstance(title, str) else None, _parse_date(doc)


def _parse_date(doc: Any) -> dt.date | None:
    value = getattr(doc, "date", None)
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _same_heading(paragraph: str, title: str) -> bool:
    """The page's first paragraph is its headline (title, or title + " | Site")."""
    p, t = paragraph.casefold(), title.casefold()
    return p == t or any(t.startswith(p + sep) for sep in (" | ", " - ", " – ", " — ", " :: "))


@dataclass(frozen=True, slots=True)
class _Stripped:
    text: str
    title: str | None


class _TagStripper(HTMLParser):
    _SKIP = frozenset({
        "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer",
        "aside", "form", "button", "select", "textarea", "iframe", "object", "canvas", "head",
    })
    _BLOCK = frozenset({
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "figure",
        "figcaption", "hr", "body", "html",
    })

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.skip: dict[str, int] = {}
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag == "body":
            self.skip.pop("head", None)  # a page that never closes <head>
        if tag in self._SKIP:
            self.skip[tag] = self.skip.get(tag, 0) + 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in self._SKIP:
            if self.skip.get(tag):
                self.skip[tag] -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not any(self.skip.values()):
            self.parts.append(data)


def _strip_tags(html: str) -> _Stripped:
    parser = _TagStripper()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient, but never let markup stop ingest
        pass
    lines = (clean_line(ln) for ln in "".join(parser.parts).split("\n"))
    title = clean_line("".join(parser.title_parts)) or None
    return _Stripped("\n".join(ln for ln in lines if ln), title)
