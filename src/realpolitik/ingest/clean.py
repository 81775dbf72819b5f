"""Text cleaning for ingest: Unicode and whitespace normalisation, and boilerplate lines.

This module owns what an article's text looks like before any NLP sees it: NFC
normalisation, one kind of line ending, no zero-width or control characters, plain
spaces, and no web-copy residue (comment forms, share buttons, bylines, "Read more",
copyright lines...). Boilerplate is removed only as *whole lines* that match a known
form, so sentences of the article are never edited. It also flags text that was cut
mid-sentence (``truncated``) and splits a leading headline off plain-text copies.
Everything here is pure and deterministic; :func:`clean_text` is idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

__all__ = [
    "CleanResult",
    "clean_text",
    "clean_line",
    "is_boilerplate_line",
    "is_truncated",
    "split_headline",
]


class CleanResult(NamedTuple):
    """What :func:`clean_text` returns."""

    text: str
    removed_lines: int
    """How many boilerplate lines were dropped (blank lines are not counted)."""
    truncated: bool
    """The last paragraph stops mid-sentence: the scraped copy was cut off."""


# Line and paragraph separators that are not "\n".
_NEWLINES = str.maketrans({
    "\r": "\n", "\v": "\n", "\f": "\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n",
    "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n",
})
# Characters that render as (or stand in for) a plain space.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
    "\u202f\u205f\u3000"
_SPACE_TABLE = str.maketrans({c: " " for c in _SPACES})
# Invisible characters: zero-width, soft hyphen, bidi controls, BOM, and the like.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb]"
)
# C0/C1 control characters other than "\n" and "\t" (line breaks were mapped to "\n" first).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MULTISPACE = re.compile(" {2,}")
_MANY_NEWLINES = re.compile(r"\n{3,}")

# What ends a complete sentence (or a paragraph that is complete anyway).
TERMINAL = ".!?\"”'’)…»"

# --- boilerplate -------------------------------------------------------------------------

# Whole lines, compared after lower-casing and trimming decoration (see _line_key).
_EXACT = frozenset({
    # comment forms
    "leave a reply", "leave a comment", "leave a reply cancel reply", "cancel reply",
    "leave your comment", "add a comment", "post a comment", "post comment", "submit comment",
    "comment", "comments", "no comments", "no comments yet", "be the first to comment",
    "name", "email", "e-mail", "email address", "website", "your name", "your email",
    "required fields are marked", "your email address will not be published",
    "your email address will not be published. required fields are marked",
    "notify me of follow-up comments by email", "notify me of new posts by email",
    "reply", "log in to reply", "login to reply", "log in to comment",
    # share / subscribe / navigation residue
    "share", "share this", "share this article", "share this story", "share this post",
    "share on facebook", "share on twitter", "share on linkedin", "share on whatsapp",
    "share via email", "share via", "tweet", "print", "email this", "print this article",
    "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "telegram",
    "like this", "like", "loading", "like loading", "related", "related posts",
    "related articles", "related stories", "related content", "more stories", "see also",
    "read more", "read next", "read also", "continue reading", "continue reading the main story",
    "advertisement", "advert", "sponsored", "sponsored content", "story continues below",
    "story continues below advertisement", "advertisement - scroll to continue",
    "skip to content", "skip to main content", "toggle navigation", "back to top",
    "subscribe", "subscribe now", "subscribe to our newsletter", "newsletter",
    "all rights reserved",
})

_ALNUM = re.compile(r"\w")
_KEY_TRIM_END = re.compile(r"[\s:.…»›>→|*!\-–—]+$")
_KEY_TRIM_START = re.compile(r"^[\s•·*|>»›\-–—]+")

_NAME = r"(?:[A-Z][A-Za-z'’.\-]*|[A-Z]\.)"
_NAMES = rf"{_NAME}(?:\s+(?:{_NAME}|de|da|van|von|al|el|bin|la|del)){{0,4}}"
_AGENCIES = "Reuters|AP|AFP|UPI|dpa|DPA|Xinhua|EFE|ANSA|IANS|ANI|PTI|Bloomberg|CNN|BBC|IRNA|TASS|" \
    "RIA|Anadolu|AA"
_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "By Jane Doe", "By JOHN SMITH and ANA LOPEZ", "By Jane Doe, Reuters"
    re.compile(
        rf"^(?:[Bb]y|BY)\s+{_NAMES}(?:\s*(?:,|and|AND|&)\s*{_NAMES})*"
        rf"(?:\s*[,|–—-]\s*{_NAMES})?$"
    ),
    re.compile(r"^(?:posted|written|reported|edited|published)\s+(?:by|on)\b.{0,100}[^.!?\"”]$",
               re.I),
    # comment-form sentences (with or without their punctuation and trailing text)
    re.compile(r"^your email address will not be published\b.*$", re.I),
    re.compile(r"^save my name, email,? and website in this browser\b.*$", re.I),
    re.compile(r"^this site uses akismet to reduce spam\b.*$", re.I),
    re.compile(r"^(?:you must be )?logged in to post a comment\b.*$", re.I),
    re.compile(r"^\d+\s+(?:comments?|responses?|replies)$", re.I),
    # share / follow / subscribe
    re.compile(r"^click to (?:share|email|print)\b.*$", re.I),
    re.compile(r"^share (?:on|via|to)\s+\w+(?:\s*\(opens in new window\))?$", re.I),
    re.compile(r"^(?:subscribe|sign up)\s+(?:to|for|now)\b.{0,120}$", re.I),
    re.compile(r"^follow us\b.{0,100}$", re.I),
    re.compile(r"^(?:like|follow|join) us on\b.{0,80}$", re.I),
    # "Read more: <linked title>", "Related: ...", "Continue reading →"
    re.compile(r"^(?:read (?:more|also|next)|related(?: stories| articles| posts)?|see also|"
               r"more from|recommended|also read|most read|trending)\s*(?::|»|›|>>|→|\|).*$",
               re.I),
    re.compile(r"^continue reading\b.{0,60}$", re.I),
    re.compile(r"^advertisement\b.{0,40}$", re.I),
    # captions and credits
    re.compile(r"^\(?(?:photo|photos|photograph|image|images|picture|pic|graphic|video|"
               r"illustration|file photo|caption|credit|credits|photo credit|image credit|"
               r"image source)\s*[:|].*$", re.I),
    re.compile(r"^\(?(?:photo|photograph|image|picture|illustration|video)s?\s+"
               r"(?:by|credit|credits|source|courtesy(?: of)?)\b.*$", re.I),
    # "(Reuters) -", "CARACAS (AP) —": a dateline left alone on its line
    re.compile(rf"^(?:[A-Z][A-Za-z .,'’-]{{0,40}}\s)?\((?:{_AGENCIES}|[A-Z]{{2,8}})\)\s*[-–—]+$"),
    re.compile(rf"^\((?:{_AGENCIES})\)$", re.I),
    # legal and taxonomy residue
    re.compile(r"^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4}).*$", re.I),
    re.compile(r"^.{0,150}\ball rights reserved\b.{0,60}$", re.I),
    re.compile(r"^(?:tags?|tagged|filed under|topics?|categories|category)\s*:.*$", re.I),
)


def _line_key(line: str) -> str:
    key = _KEY_TRIM_START.sub("", line.strip().lower())
    return _KEY_TRIM_END.sub("", key)


def is_boilerplate_line(line: str) -> bool:
    """True when ``line`` as a whole is web-page residue rather than article text."""
    stripped = line.strip()
    if not stripped or not _ALNUM.search(stripped) or len(stripped) > 250:
        return False
    if _line_key(stripped) in _EXACT:
        return True
    return any(p.match(stripped) for p in _PATTERNS)


def clean_line(text: str) -> str:
    """Normalise a one-line string (a title, say): characters as in :func:`clean_text`."""
    text = _normalise_chars(text).replace("\n", " ").replace("\t", " ")
    return _MULTISPACE.sub(" ", text).strip()


def _normalise_chars(text: str) -> str:
    text = text.replace("\r\n", "\n").translate(_NEWLINES)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = text.translate(_SPACE_TABLE)
    # NFC last: removing invisible characters can leave a base letter next to its mark.
    return unicodedata.normalize("NFC", text)


def is_truncated(text: str) -> bool:
    """True when the last paragraph is long and ends without terminal punctuation."""
    last = text.rstrip().rpartition("\n\n")[2].strip()
    return len(last) > 40 and last[-1] not in TERMINAL


def clean_text(text: str) -> CleanResult:
    """Normalise ``text`` and drop boilerplate lines; see the module docstring. Repeated
    until nothing changes: unwrapping can join two kept lines into a boilerplate one ("©"
    and "2024" on lines of their own), and cleaning is idempotent."""
    result, unwrapped = _clean_once(text)
    for _ in range(3):
        if not unwrapped:  # no lines joined: nothing new for the line filter to see
            break
        again, unwrapped = _clean_once(result.text)
        if again.text == result.text:
            break
        result = CleanResult(again.text, result.removed_lines + again.removed_lines,
                             again.truncated)
    return result


def _clean_once(text: str) -> tuple[CleanResult, bool]:
    """One pass, and whether unwrapping joined any lines."""
    text = _normalise_chars(text)
    kept: list[str] = []
    removed = 0
    for raw in text.split("\n"):
        line = _MULTISPACE.sub(" ", raw).strip(" \t")
        if is_boilerplate_line(line):
            removed += 1
            continue
        kept.append(line)
    cleaned = _MANY_NEWLINES.sub("\n\n", "\n".join(kept)).strip("\n")
    unwrapped = "\n\n".join(_unwrap(p) for p in cleaned.split("\n\n"))
    return CleanResult(unwrapped, removed, is_truncated(unwrapped)), unwrapped != cleaned


_LIST_ITEM = re.compile(r"^(?:[-*•–]\s|\d{1,3}[.)]\s)")
# A table flattened to text: three cells or more, separated by tabs or pipes
# ("France | 120.5 | +3%"); one tab in a line of prose is no table.
_CELL_BREAK = re.compile(r"\S(?:\t+|\s*\|\s*)(?=\S)")


def _table_row(line: str) -> bool:
    return len(_CELL_BREAK.findall(line)) >= 2


def _unwrap(paragraph: str) -> str:
    """Join the hard-wrapped lines of a paragraph ("met Maduro in\\nCaracas"), so a
    sentence is one line; list items and table rows keep their own lines."""
    lines = paragraph.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if (_LIST_ITEM.match(line) or _LIST_ITEM.match(out[-1]) or not out[-1] or not line
                or _table_row(line) or _table_row(out[-1])):
            out.append(line)
        else:
            out[-1] = f"{out[-1]} {line}"
    return "\n".join(out)


# --- headline ------------------------------------------------------------------------------

_HEADLINE_MAX = 160
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)»]*$")


def split_headline(text: str) -> tuple[str | None, str]:
    """Split a plain-text copy into (headline, rest) when its first line is a headline.

    The first non-empty, non-boilerplate line is the headline when it is short
    (< 160 characters) and either does not end like a sentence, or is set apart from
    the body by a wider gap than the body's paragraphs (a headline that ends in a full
    stop but sits above two blank lines, for instance). Returns ``(None, text)`` otherwise.
    """
    lines = text.replace("\r\n", "\n").translate(_NEWLINES).split("\n")
    first = next(
        (i for i, ln in enumerate(lines) if ln.strip() and not is_boilerplate_line(ln)), None
    )
    if first is None:
        return None, text
    candidate = clean_line(lines[first])
    if not candidate or len(candidate) >= _HEADLINE_MAX:
        return None, text
    rest = lines[first + 1:]
    body = [i for i, ln in enumerate(rest) if ln.strip() and not is_boilerplate_line(ln)]
    if not body:
        return None, text
    if _SENTENCE_END.search(candidate):
        gap_after = body[0]
        gaps = sorted(b - a - 1 for a, b in zip(body, body[1:], strict=False))
        usual = gaps[len(gaps) // 2] if gaps else 0
        if gap_after <= usual or gap_after == 0:
            return None, text
    return candidate, "\n".join(lines[:first] + [""] + rest)
