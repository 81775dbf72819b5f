"""Fuzzing (issue 6): ingest, cleaning, language check, event coder, KB loader, dates.

Every target takes generated input and must either return normally or raise a
coded :class:`RealpolitikError`; any other exception is a bug. Readers never
raise at all: every problem goes to ``on_error`` as a coded error.

The default run generates over 10,000 inputs (cheap targets take most of them;
coding with spaCy takes fewer); ``REALPOLITIK_FUZZ_SCALE=10`` multiplies every
budget for a nightly-style run. ``test_fuzz_budget`` checks the total.
"""

from __future__ import annotations

import io
import json
import os
import re
import string
from collections import Counter
from datetime import date

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from realpolitik.errors import RealpolitikError
from realpolitik.ingest import article_from_record, clean_text, detect_language, read_documents
from realpolitik.ingest.html import extract_html
from realpolitik.ingest.language import is_english
from realpolitik.ingest.readers import DocumentReader
from realpolitik.model import Article
from realpolitik.resolve.dates import ground
from realpolitik.resolve.kb import KnowledgeBase
from realpolitik.resolve.kb_user import load_user_kb

SCALE = max(1, int(os.environ.get("REALPOLITIK_FUZZ_SCALE", "1")))
BUDGET = {  # examples per target in the default run (× SCALE)
    "clean_text": 1500, "language": 1500, "stdin_bytes": 1200, "suffix_files": 600,
    "jsonl_record": 1200, "article_from_record": 800, "html": 300, "kb_yaml": 800,
    "kb_table": 800, "kb_raw": 400, "dates": 1200, "coder": 400,
}
MINIMUM = 10_000
RUNS: Counter[str] = Counter()


def fuzz(name: str):  # noqa: ANN201 - a decorator
    return settings(max_examples=BUDGET[name] * SCALE, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))


# --- strategies ------------------------------------------------------------------------

WORDS = ["Iran", "Venezuela", "the United States", "Russia's foreign minister", "NATO",
         "Maduro", "Zarif", "China", "the European Union", "rebels", "police", "protesters",
         "met", "accused", "sanctioned", "threatened to attack", "agreed with", "did not condemn",
         "will visit", "said", "urged", "signed a deal with", "held talks with", "in Caracas",
         "on Thursday", "last month", "in 0000", "9999 years later", "99999999999 days ago",
         "12 March 2020", "2020-13-45", "since 1971", "next week", "tomorrow", "and", "or",
         "not", "who", "which", "that", "\u200f", "\u202e", "🇮🇷", "💣", "ﷺ", "の", "\x00", "\ufeff",
         "\u00ad", "—", "“", "”", "(", ")", ",", ".", ";", ":", "?", "!", "\n", "\n\n", "\t"]
news_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)),
                     max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), news_text,
                     st.text(alphabet=string.printable, max_size=400))
pub_dates = st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max,
                                                               date(2020, 11, 6)]))
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30))
json_value = st.recursive(json_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)
record_fields = st.fixed_dictionaries({}, optional={
    "id": json_value, "text": st.one_of(any_text, json_value), "html": st.one_of(
        st.text(max_size=200).map(lambda t: f"<html><body><p>{t}</p></body></html>"),
        json_value),
    "date": st.one_of(st.dates().map(str), st.text(max_size=25), json_value),
    "title": st.one_of(st.text(max_size=40), json_value),
    "url": st.one_of(st.text(max_size=40), json_value),
    "source": st.one_of(st.text(max_size=40), json_value),
    "language": st.one_of(st.sampled_from(["en", "EN-gb", "fr", "", "zz", "english"]),
                          json_value)})


def _reader(errors: list[RealpolitikError], max_chars: int = 1_000_000) -> DocumentReader:
    return DocumentReader(date(2020, 11, 6), errors.append, max_chars, None)


def _check_articles(articles: list[Article], errors: list[RealpolitikError]) -> None:
    for a in articles:
        assert isinstance(a, Article) and a.text.strip() and a.language == "en"
    for err in errors:
        assert isinstance(err, RealpolitikError) and err.code.startswith("E1")


# --- ingest ----------------------------------------------------------------------------


@fuzz("clean_text")
@given(any_text)
def test_clean_text(text):
    RUNS["clean_text"] += 1
    result = clean_text(text)
    assert isinstance(result.text, str) and "\x00" not in result.text
    assert clean_text(result.text).text == result.text  # cleaning is idempotent


@fuzz("language")
@given(any_text)
def test_language_check(text):
    RUNS["language"] += 1
    code, score = detect_language(text)
    assert isinstance(code, str) and 0.0 <= score <= 1.0
    assert isinstance(is_english(text), bool)


raw_bytes = st.one_of(
    st.binary(max_size=600),
    any_text.map(lambda t: t.encode("utf-8")),
    any_text.map(lambda t: t.encode("utf-16-le", "replace")),
    any_text.map(lambda t: t.encode("utf-16", "replace")),
    any_text.map(lambda t: t.encode("latin-1", "replace")),
    st.lists(record_fields, max_size=4).map(
        lambda rs: "\n".join(json.dumps(r) for r in rs).encode("utf-8")),
    st.tuples(st.sampled_from([b"{", b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\n\n", b""]),
              st.binary(max_size=200)).map(b"".join),
)


@fuzz("stdin_bytes")
@given(raw_bytes, st.sampled_from([50, 1000, 1_000_000]))
def test_read_stdin_bytes(data, max_chars):
    """Standard input is sniffed as JSONL, HTML or text: any bytes are read or reported."""
    RUNS["stdin_bytes"] += 1
    errors: list[RealpolitikError] = []
    articles = list(read_documents(["-"], stdin=io.BytesIO(data), on_error=errors.append,
                                   max_chars=max_chars))
    _check_articles(articles, errors)
    if not articles:
        assert errors, "a document neither read nor reported"


@fuzz("suffix_files")
@given(raw_bytes, st.sampled_from([".txt", ".html", ".jsonl", ".HTM", ".zip"]))
def test_read_files(tmp_path_factory, data, suffix):
    RUNS["suffix_files"] += 1
    path = tmp_path_factory.mktemp("fuzz") / f"doc{suffix}"
    path.write_bytes(data)
    errors: list[RealpolitikError] = []
    articles = list(read_documents([path], on_error=errors.append))
    _check_articles(articles, errors)
    if not articles:
        assert errors, "a file neither read nor reported"


@fuzz("jsonl_record")
@given(st.one_of(record_fields.map(json.dumps), json_value.map(json.dumps),
                 st.text(max_size=200), st.just("[" * 200)))
def test_jsonl_record(line):
    RUNS["jsonl_record"] += 1
    errors: list[RealpolitikError] = []
    article = _reader(errors).jsonl_record(line, where="fuzz.jsonl:1", fallback_id="fuzz:1")
    _check_articles([article] if article else [], errors)
    if article is None:
        assert any(not e.__class__.__name__ == "InputWarning" for e in errors)


@fuzz("article_from_record")
@given(any_text, st.one_of(st.none(), st.text(max_size=30)), pub_dates,
       st.one_of(st.none(), st.text(max_size=10)), st.booleans())
def test_article_from_record(text, title, when, language, find_title):
    RUNS["article_from_record"] += 1
    try:
        article = article_from_record(text, doc_id="d", title=title, date=when,
                                      language=language, find_title=find_title)
    except RealpolitikError as err:
        assert err.code in ("E109", "E110")
    else:
        assert article.text.strip() and article.content_hash


html_docs = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(
        st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>alert('xss-7f3a')</script>",
                         "<iframe src='x'>", "<!--", "-->", "<![CDATA[", "<title>", "</title>",
                         "<meta charset='utf-16'>", "<br/>", "&amp;", "&#0;", "&#x110000;",
                         "<table><tr><td>", "<article>", "</article>", "<nav>"]),
        news_text), max_size=40).map("".join))


@fuzz("html")
@given(html_docs)
def test_extract_html(html):
    RUNS["html"] += 1
    content = extract_html(html)
    assert isinstance(content.text, str)
    # comments, CDATA and titles make markup into text; and the marker may be drawn as
    # plain text itself (Hypothesis also tries the test's own string constants)
    outside = html.replace("<script>alert('xss-7f3a')</script>", "")
    if not re.search(r"<!--|<!\[CDATA|<title", html, re.I) and "xss-7f3a" not in outside:
        assert "xss-7f3a" not in content.text, "a script's body reached the text"


# --- the user knowledge base --------------------------------------------------------------

kb_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=15),
                      st.sampled_from(["IRN", "GOV", "xkx", "2020-01-01", "2020-02-30",
                                       "0000-01-01", "name", "capital"]), st.dates().map(str))
kb_entry = st.dictionaries(st.sampled_from(["name", "country", "sector", "role", "start", "end",
                                            "aliases", "iso3", "kind", "form", "code"]),
                           st.one_of(kb_scalar, st.lists(kb_scalar, max_size=3)), max_size=7)
kb_doc = st.one_of(
    st.dictionaries(st.sampled_from(["people", "countries", "organizations", "agents", "other"]),
                    st.one_of(st.lists(st.one_of(kb_entry, kb_scalar), max_size=4), kb_scalar),
                    max_size=4),
    st.lists(kb_scalar, max_size=3), kb_scalar)


@pytest.fixture(scope="module")
def small_kb():
    """One KB for the whole run: entries that load pile up, as they would from many files."""
    return KnowledgeBase()


def _load_kb(tmp_path_factory, kb: KnowledgeBase, name: str, content: bytes) -> None:
    path = tmp_path_factory.mktemp("kb") / name
    path.write_bytes(content)
    try:
        n = load_user_kb(path, kb)
    except RealpolitikError as err:
        assert err.code == "E501" and str(path) in str(err)
    else:
        assert n >= 0


@fuzz("kb_yaml")
@given(kb_doc)
def test_kb_yaml(tmp_path_factory, small_kb, doc):
    RUNS["kb_yaml"] += 1
    _load_kb(tmp_path_factory, small_kb, "extra.yaml",
             yaml.safe_dump(doc, allow_unicode=True).encode("utf-8"))


@fuzz("kb_table")
@given(st.sampled_from([",", "\t"]),
       st.lists(st.sampled_from(["name", "country", "sector", "role", "start", "end", "aliases",
                                 "iso3", "kind", "form", "code", "x"]),
                min_size=1, max_size=6, unique=True),
       st.lists(st.lists(st.one_of(kb_scalar.map(lambda v: "" if v is None else str(v)),
                                   st.text(max_size=10)), max_size=7), max_size=6))
def test_kb_table(tmp_path_factory, small_kb, delimiter, header, rows):
    RUNS["kb_table"] += 1
    buf = io.StringIO()
    import csv

    writer = csv.writer(buf, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    _load_kb(tmp_path_factory, small_kb, "extra.tsv" if delimiter == "\t" else "extra.csv",
             buf.getvalue().encode("utf-8", "surrogatepass"))


@fuzz("kb_raw")
@given(st.sampled_from(["x.yaml", "x.yml", "x.csv", "x.tsv"]),
       st.one_of(st.binary(max_size=300), st.text(max_size=300).map(
           lambda t: t.encode("utf-8", "surrogatepass")),
                 st.sampled_from([b"a: &a [*a]", b"people: [{name: !!python/object:os.system x}]",
                                  b"\xff\xfe" + "people: []".encode("utf-16-le"),
                                  b"people:\n" + b"  - " * 50, b"[" * 50, b"\x00"])))
def test_kb_raw_bytes(tmp_path_factory, small_kb, name, content):
    RUNS["kb_raw"] += 1
    _load_kb(tmp_path_factory, small_kb, name, content)


# --- dates and the coder ------------------------------------------------------------------

date_words = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(st.sampled_from(
        ["on", "in", "last", "next", "this", "early", "late", "mid", "since", "until", "ago",
         "later", "earlier", "from now", "days", "weeks", "months", "years", "day", "month",
         "thursday", "november", "march", "may", "the", "a", "an", "ten", "0", "0000", "9999",
         "-", ",", "31", "2020-02-30", "99999999999999999999"]),
        st.integers(min_value=-10**30, max_value=10**30).map(str)), max_size=6).map(" ".join))


@fuzz("dates")
@given(date_words, pub_dates, st.booleans())
def test_ground_dates(text, pub, future):
    RUNS["dates"] += 1
    grounded = ground(text, pub, future=future)
    assert grounded.precision in ("day", "week", "month", "year", "unknown")
    assert grounded.date is None or isinstance(grounded.date, date)


ACTORS = ["Iran", "Venezuela's president", "the United States", "Russia's foreign minister",
          "NATO", "Maduro", "rebels", "police", "Israel and Iran", "they", "the two countries"]
VERBS = ["met", "accused", "sanctioned", "threatened to attack", "agreed to cooperate with",
         "did not condemn", "will visit", "urged", "signed a deal with", "held talks with",
         "attacked", "is expected to meet", "may sanction"]
DATES = ["on Thursday", "last month", "in 0000", "9999 years later", "99999999999 days ago",
         "on 12 March 2020", "on 2020-13-45", "since 1971", "next week", "tomorrow", "", "in 1"]
sentences = st.lists(st.tuples(st.sampled_from(ACTORS), st.sampled_from(VERBS),
                               st.sampled_from(ACTORS), st.sampled_from(DATES),
                               st.sampled_from(["", "in Caracas", "in Gaza", "in Paris, Texas"]),
                               st.sampled_from([".", ", officials said.", "?", "", " 🤝."])),
                     min_size=1, max_size=4).map(
    lambda ss: " ".join(" ".join(w for w in s[:5] if w) + s[5] for s in ss))


@fuzz("coder")
@given(st.one_of(sentences, news_text, st.text(max_size=300)), pub_dates)
def test_code_text(pipeline, event_validator, text, pub):
    RUNS["coder"] += 1
    for event in pipeline.code_text(text, pub_date=pub):
        event_validator.validate(event.to_dict())
        assert 0.0 <= event.confidence <= 1.0


# --- the budget ---------------------------------------------------------------------------


def test_fuzz_budget():
    """Runs last: every target ran its full budget, ≥ 10,000 inputs in all (× SCALE)."""
    if set(RUNS) != set(BUDGET):
        pytest.skip("only some fuzz targets ran (a -k selection)")
    total = sum(RUNS.values())
    print(f"\nfuzz inputs: {total} ({dict(RUNS)})")
    assert total >= MINIMUM * SCALE, dict(RUNS)

