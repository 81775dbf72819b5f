"""Tests for the ingest stage: readers, cleaning, language check, HTML extraction.

Inputs are built in ``tmp_path``; no network, no spaCy.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from realpolitik.errors import InputWarning, RealpolitikError
from realpolitik.ingest import (
    article_from_record,
    clean_text,
    detect_language,
    read_documents,
)
from realpolitik.ingest.clean import is_boilerplate_line, split_headline
from realpolitik.ingest.html import extract_html
from realpolitik.ingest.language import is_english
from realpolitik.model import Article

ENGLISH = (
    "Iranian Foreign Minister Mohammad Javad Zarif met Venezuelan President Nicolás Maduro "
    "in Caracas on Thursday, and the two men criticised United States sanctions against "
    "their countries. He said that the two governments would strengthen their cooperation "
    "in trade, science and defence despite the restrictions imposed by Washington."
)
ENGLISH_2 = (
    "The Cuban foreign ministry said in a statement that the visitor would hold official "
    "talks with the Cuban authorities and carry out other activities of interest during "
    "his stay on the island, which has been under an embargo for decades."
)
SPANISH = (
    "El ministro de Asuntos Exteriores de Irán se reunió el jueves en Caracas con el "
    "presidente de Venezuela, y los dos criticaron las sanciones de los Estados Unidos "
    "contra sus países. Dijo que los gobiernos van a fortalecer la cooperación en el "
    "comercio, la ciencia y la defensa a pesar de las restricciones de Washington."
)
FRENCH = (
    "Le ministre iranien des Affaires étrangères a rencontré jeudi à Caracas le président "
    "du Venezuela, et les deux hommes ont critiqué les sanctions des États-Unis contre "
    "leurs pays. Il a dit que les deux gouvernements vont renforcer leur coopération dans "
    "le commerce, la science et la défense malgré les restrictions de Washington."
)


def read(
    paths: Iterable[str | Path], **kwargs: Any
) -> tuple[list[Article], list[RealpolitikError]]:
    errors: list[RealpolitikError] = []
    articles = list(read_documents(paths, on_error=errors.append, **kwargs))
    return articles, errors


def codes(errors: list[RealpolitikError]) -> list[str]:
    return [e.code for e in errors]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


# --- plain text -----------------------------------------------------------------------------

SCRAPED = f"""Zarif meets Maduro in Caracas as U.S. counts votes

By Jane Doe
Share this:

{ENGLISH}

Read more

{ENGLISH_2}

His supporters, however, condemned the events as a coup, especially since he had been forced to


Leave A Reply
"""


def test_txt_headline_boilerplate_and_truncation(tmp_path: Path) -> None:
    path = write(tmp_path / "zarif.txt", SCRAPED)
    [article], errors = read([path])
    assert errors == []
    assert article.doc_id == "zarif"
    assert article.origin == str(path)
    assert article.title == "Zarif meets Maduro in Caracas as U.S. counts votes"
    assert article.truncated is True
    assert article.removed_lines == 4
    assert article.language == "en"
    for gone in ("Leave A Reply", "Share this", "By Jane Doe", "Read more", "Zarif meets"):
        assert gone not in article.text
    assert article.text.startswith(ENGLISH)
    assert f"{ENGLISH}\n\n{ENGLISH_2}" in article.text  # body sentences untouched
    assert article.text.endswith("since he had been forced to")


def test_txt_pub_date_applies(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ENGLISH)
    [article], _ = read([path], pub_date=dt.date(2020, 11, 6))
    assert article.date == dt.date(2020, 11, 6)
    assert article.title is None  # a long first line is not a headline


def test_headline_ending_in_full_stop_needs_a_wider_gap() -> None:
    body = f"{ENGLISH}\n\n{ENGLISH_2}"
    title, rest = split_headline(f"A short headline that ends with a stop.\n\n\n{body}")
    assert title == "A short headline that ends with a stop."
    assert title not in rest
    # Same line, ordinary paragraph spacing: it is the first sentence of the body.
    assert split_headline(f"A short lede that ends with a stop.\n\n{body}")[0] is None
    assert split_headline("Just one line")[0] is None


def test_showcase_article() -> None:
    seed = Path("/work/shared/seed/zarif-latin-america-2020.txt")
    if not seed.exists():
        pytest.skip("showcase article not available")
    [article], errors = read([seed])
    assert errors == []
    assert article.title is not None and article.title.startswith("Iran travels to the West")
    assert "Leave A Reply" not in article.text
    assert article.truncated is True
    assert article.text.endswith("since he had been forced to")


# --- HTML -----------------------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html>
<html><head><title>Zarif visits Caracas | Daily News</title>
<meta property="article:published_time" content="2020-11-06T10:00:00Z"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Menu</li></ul></nav>
<header><div class="logo">Daily News</div></header>
<article><h1>Zarif visits Caracas</h1>
<p>{ENGLISH}</p>
<p>{ENGLISH_2}</p>
</article>
<div class="share"><a>Share on Facebook</a> <a>Tweet</a></div>
<div id="respond" class="comment-respond"><h3>Leave A Reply</h3>
<form><p>Your email address will not be published.</p><label>Name *</label><input>
<label>Email *</label><textarea></textarea><input type="submit" value="Post Comment"></form></div>
<footer>Copyright © 2020 Daily News. All rights reserved.</footer>
</body></html>"""


def test_html_main_text(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", PAGE)
    [article], errors = read([path], pub_date=dt.date(2021, 1, 1))
    assert errors == []
    assert article.doc_id == "page"
    assert article.title is not None and "Zarif visits Caracas" in article.title
    assert article.date == dt.date(2020, 11, 6)  # the page's own date beats pub_date
    assert article.text == f"{ENGLISH}\n\n{ENGLISH_2}"
    for junk in ("Menu", "Leave A Reply", "Tweet", "Copyright", "Post Comment", "email"):
        assert junk not in article.text


def test_html_without_date_uses_pub_date_and_tiny_page_fallback(tmp_path: Path) -> None:
    path = write(tmp_path / "tiny.htm", "<html><body><p>Iran and Venezuela met.</p></body></html>")
    [article], errors = read([path], pub_date=dt.date(2020, 11, 5))
    assert errors == []
    assert article.text == "Iran and Venezuela met."
    assert article.date == dt.date(2020, 11, 5)


def test_malformed_html_does_not_crash(tmp_path: Path) -> None:
    write(tmp_path / "a_broken.html",
          "<html><body><div><p>Iran and Venezuela <b>signed a deal <<>> &&& <p>on Thursday <i")
    write(tmp_path / "b_garbage.html", "<<<>>> </p></div></html> <script>var x = 1;</script>")
    write(tmp_path / "c_nav_only.html",
          "<html><body><nav><a>Home</a><a>World</a></nav><script>x()</script></body></html>")
    articles, errors = read([tmp_path])
    assert [a.doc_id for a in articles] == ["a_broken"]
    assert "signed a deal" in articles[0].text
    assert [(e.code, e.where) for e in errors] == [
        ("E112", str(tmp_path / "b_garbage.html")),
        ("E112", str(tmp_path / "c_nav_only.html")),
    ]


def test_html_declared_charset(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{ENGLISH}</p></body></html>'
    path = write(tmp_path / "latin.html", page.encode("cp1252"))
    [article], errors = read([path])
    assert errors == []
    assert "Nicolás Maduro" in article.text


def test_extract_html_never_raises() -> None:
    for markup in ["", "   ", "<", "\x00<p>", "<p>" * 5000, "<?xml version='1.0'?><a>b</a>"]:
        extract_html(markup)


# --- directories and standard input -----------------------------------------------------------


def test_directory_mix_sorted_recursive(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ENGLISH)
    write(tmp_path / "a.html", f"<html><body><article><p>{ENGLISH_2}</p></article></body></html>")
    write(tmp_path / "sub" / "c.jsonl", jsonl({"id": "j1", "text": ENGLISH},
                                              {"id": "j2", "text": ENGLISH_2}))
    write(tmp_path / "sub" / "notes.md", "ignored")
    write(tmp_path / ".hidden.txt", ENGLISH)
    write(tmp_path / ".git" / "x.txt", ENGLISH)
    articles, errors = read([tmp_path])
    assert errors == []
    assert [a.doc_id for a in articles] == ["a", "b", "j1", "j2"]
    assert articles[2].origin == f"{tmp_path / 'sub' / 'c.jsonl'}:1"


def test_stdin_plain_text() -> None:
    articles, errors = read(["-"], stdin=io.StringIO(SCRAPED))
    assert errors == []
    [article] = articles
    assert article.doc_id == "stdin"
    assert article.origin == "<stdin>"
    assert article.title == "Zarif meets Maduro in Caracas as U.S. counts votes"


def test_stdin_jsonl_bytes() -> None:
    data = ("\n" + jsonl({"id": "s1", "text": ENGLISH}, "{oops", {"text": ENGLISH_2})).encode()
    articles, errors = read(["-"], stdin=io.BytesIO(data))
    assert [a.doc_id for a in articles] == ["s1", "stdin:4"]
    assert [(e.code, e.where) for e in errors] == [("E101", "<stdin>:3")]


def test_stdin_html_bytes_and_empty() -> None:
    articles, errors = read(["-"], stdin=io.BytesIO(PAGE.encode()))
    assert errors == [] and articles[0].text.startswith(ENGLISH)
    articles, errors = read(["-"], stdin=io.BytesIO(b"  \n\n"))
    assert articles == [] and codes(errors) == ["E105"]


def test_stdin_utf16() -> None:
    articles, errors = read(["-"], stdin=io.BytesIO(ENGLISH.encode("utf-16")))
    assert errors == [] and articles[0].text == ENGLISH


# --- bad inputs: exactly one error each, neighbours survive ------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ENGLISH)
    articles, errors = read([tmp_path / "nope.txt", good])
    assert [a.doc_id for a in articles] == ["good"]
    assert [(e.code, e.where) for e in errors] == [("E002", str(tmp_path / "nope.txt"))]
    assert str(errors[0]).startswith("[E002] ")


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E105"),
        ("blank.txt", b"  \n\n \t\n", "E105"),
        ("empty.jsonl", b"", "E105"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(200), "E106"),
        ("control.html", bytes(range(1, 9)) * 100, "E106"),
        ("noise.txt", bytes(range(0x80, 0x100)) * 20, "E106"),
        ("gzip.jsonl", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(50), "E106"),
        ("slides.pdf", b"%PDF-1.4", "E111"),
        ("dashes.txt", b"----\n\n****\n", "E109"),
        ("only_boilerplate.txt", b"Leave a Reply\nShare this:\nTweet\n", "E109"),
    ],
)
def test_bad_file(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    bad = write(tmp_path / name, content)
    good = write(tmp_path / "zz_good.txt", ENGLISH)
    articles, errors = read([bad, good])
    assert [a.doc_id for a in articles] == ["zz_good"]
    assert [(e.code, e.where) for e in errors] == [(code, str(bad))]
    assert "\n" not in str(errors[0])


def test_invalid_utf8_still_yielded(tmp_path: Path) -> None:
    raw = ENGLISH[:40].encode() + b"\xff\xfe\xfa" + ENGLISH[40:].encode()
    path = write(tmp_path / "bad.txt", raw)
    [article], errors = read([path])
    [err] = errors
    assert err.code == "E107" and err.where == str(path)
    assert isinstance(err, InputWarning)
    assert "byte 40" in str(err)
    assert "\ufffd" in article.text and article.text.endswith(ENGLISH[-30:])


def test_utf16_and_utf8_bom(tmp_path: Path) -> None:
    write(tmp_path / "a16.txt", ENGLISH.encode("utf-16"))
    write(tmp_path / "b16be.txt", "\ufeff".encode("utf-16-be") + ENGLISH.encode("utf-16-be"))
    write(tmp_path / "c8.txt", b"\xef\xbb\xbf" + ENGLISH.encode())
    write(tmp_path / "d16.jsonl", jsonl({"id": "u", "text": ENGLISH}).encode("utf-16"))
    articles, errors = read([tmp_path])
    assert errors == []
    assert [a.text for a in articles] == [ENGLISH] * 4


def test_huge_file_is_refused_quickly(tmp_path: Path) -> None:
    line = (ENGLISH + "\n").encode()
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        for _ in range(20 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    good = write(tmp_path / "good.txt", ENGLISH)
    start = time.perf_counter()
    articles, errors = read([path, good])
    assert time.perf_counter() - start < 2
    assert [a.doc_id for a in articles] == ["good"]
    assert [(e.code, e.where) for e in errors] == [("E108", str(path))]


def test_max_chars_counts_characters(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", ENGLISH * 3)
    articles, errors = read([path], max_chars=len(ENGLISH) * 2)
    assert articles == [] and codes(errors) == ["E108"]
    articles, errors = read([path], max_chars=len(ENGLISH) * 3)
    assert len(articles) == 1 and errors == []


def test_jsonl_broken_line_among_good_ones(tmp_path: Path) -> None:
    path = write(tmp_path / "news.jsonl", jsonl(
        {"id": "n1", "text": ENGLISH, "date": "2020-11-05", "title": "Zarif in Caracas",
         "url": "https://example.org/z", "source": "Example"},
        '{"id": "n2", "text": "unterminated',
        {"id": "n3", "text": ENGLISH_2},
        "",
        {"text": ENGLISH},
    ))
    articles, errors = read([path], pub_date=dt.date(2020, 11, 7))
    assert [a.doc_id for a in articles] == ["n1", "n3", "news:5"]
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:3", f"{path}:5"]
    first = articles[0]
    assert (first.date, first.title, first.url, first.source) == (
        dt.date(2020, 11, 5), "Zarif in Caracas", "https://example.org/z", "Example")
    assert articles[1].date == dt.date(2020, 11, 7)
    [err] = errors
    assert (err.code, err.where) == ("E101", f"{path}:2")
    assert str(err).startswith(f"[E101] {path}:2: line is not valid JSON")


@pytest.mark.parametrize(
    ("record", "code"),
    [
        ({"id": "x"}, "E102"),
        ({"id": "x", "text": 42}, "E102"),
        ({"id": "x", "html": None}, "E102"),
        ('["not", "an", "object"]', "E103"),
        ("42", "E103"),
        ({"id": "x", "text": ""}, "E109"),
        ({"id": "x", "text": SPANISH}, "E110"),
        ({"id": "x", "text": ENGLISH, "language": "es"}, "E110"),
        ({"id": "x", "html": "<html><body><nav>Home</nav></body></html>"}, "E112"),
        ({"id": "x", "text": ENGLISH * 100}, "E108"),
    ],
)
def test_jsonl_bad_record(tmp_path: Path, record: object, code: str) -> None:
    path = write(tmp_path / "in.jsonl", jsonl({"id": "ok1", "text": ENGLISH}, record,
                                              {"id": "ok2", "text": ENGLISH_2}))
    articles, errors = read([path], max_chars=len(ENGLISH) * 10)
    assert [a.doc_id for a in articles] == ["ok1", "ok2"]
    assert [(e.code, e.where) for e in errors] == [(code, f"{path}:2")]


@pytest.mark.parametrize("value", ["2020-13-45", "05/11/2020", "yesterday", 20201105, "20201105"])
def test_jsonl_bad_date_falls_back_to_pub_date(tmp_path: Path, value: object) -> None:
    path = write(tmp_path / "d.jsonl", jsonl({"id": "d", "text": ENGLISH, "date": value}))
    [article], errors = read([path], pub_date=dt.date(2020, 11, 5))
    assert article.date == dt.date(2020, 11, 5)
    [err] = errors
    assert (err.code, err.where) == ("E104", f"{path}:1")
    assert isinstance(err, InputWarning)


def test_jsonl_html_record_and_dates(tmp_path: Path) -> None:
    path = write(tmp_path / "h.jsonl", jsonl(
        {"id": "h1", "html": PAGE},
        {"id": "h2", "html": PAGE, "date": "2020-01-02", "title": "Own title"},
        {"id": "h3", "text": ENGLISH, "date": "2020-11-05T08:30:00Z"},
    ))
    articles, errors = read([path], pub_date=dt.date(2021, 1, 1))
    assert errors == []
    assert [a.date for a in articles] == [dt.date(2020, 11, 6), dt.date(2020, 1, 2),
                                          dt.date(2020, 11, 5)]
    assert articles[1].title == "Own title"
    assert articles[0].text == f"{ENGLISH}\n\n{ENGLISH_2}"


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    good = jsonl({"id": "a", "text": ENGLISH}).encode()
    bad = b'{"id": "b", "text": "' + ENGLISH[:30].encode() + b"\xc3\x28" + b' more text."}\n'
    path = write(tmp_path / "u.jsonl", good + bad + good)
    articles, errors = read([path])
    assert [a.doc_id for a in articles] == ["a", "b", "a"]
    assert [(e.code, e.where) for e in errors] == [("E107", f"{path}:2")]


def test_jsonl_oversized_line_is_skipped_without_losing_the_next(tmp_path: Path) -> None:
    path = write(tmp_path / "big.jsonl", jsonl(
        {"id": "big", "text": "x " * 5000}, {"id": "after", "text": ENGLISH}))
    articles, errors = read([path], max_chars=500)
    assert [a.doc_id for a in articles] == ["after"]
    assert [(e.code, e.where) for e in errors] == [("E108", f"{path}:1")]


def test_non_english_skipped_neighbours_kept(tmp_path: Path) -> None:
    write(tmp_path / "1_en.txt", ENGLISH)
    es = write(tmp_path / "2_es.txt", SPANISH)
    fr = write(tmp_path / "3_fr.txt", FRENCH)
    write(tmp_path / "4_en.txt", ENGLISH_2)
    articles, errors = read([tmp_path])
    assert [a.doc_id for a in articles] == ["1_en", "4_en"]
    assert [(e.code, e.where) for e in errors] == [("E110", str(es)), ("E110", str(fr))]
    assert "Spanish" in str(errors[0]) and "French" in str(errors[1])


def test_stated_english_is_trusted(tmp_path: Path) -> None:
    path = write(tmp_path / "l.jsonl", jsonl({"id": "l", "text": SPANISH, "language": "en-US"}))
    [article], errors = read([path])
    assert errors == [] and article.language == "en"


def test_default_error_handler_prints_to_stderr(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert list(read_documents([tmp_path / "missing.txt"])) == []
    expected = f"[E002] {tmp_path / 'missing.txt'}: no such file or directory"
    assert capsys.readouterr().err.strip() == expected


def test_read_documents_is_lazy(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ENGLISH)
    errors: list[RealpolitikError] = []
    gen = read_documents([tmp_path / "missing.txt", path], on_error=errors.append)
    assert errors == []  # nothing happens before iteration
    assert next(gen).doc_id == "a"
    assert codes(errors) == ["E002"]


# --- article_from_record ---------------------------------------------------------------------


def test_article_from_record() -> None:
    article = article_from_record(SCRAPED, doc_id="d", origin="x", find_title=True,
                                  date=dt.date(2020, 11, 5))
    assert article.title == "Zarif meets Maduro in Caracas as U.S. counts votes"
    assert article.truncated and article.removed_lines == 4
    with pytest.raises(RealpolitikError) as info:
        article_from_record(FRENCH, doc_id="f", origin="f.txt")
    assert info.value.code == "E110" and info.value.where == "f.txt"
    with pytest.raises(RealpolitikError) as info:
        article_from_record("\u200b \n", doc_id="e")
    assert info.value.code == "E109"


# --- clean_text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply", "LEAVE A COMMENT", "Cancel reply",
        "Your email address will not be published.", "Required fields are marked *",
        "Post Comment", "Comment *", "Name *", "Email *", "Website",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Share this:", "Share on Facebook", "Tweet",
        "Click to share on Twitter (Opens in new window)",
        "Subscribe to our newsletter", "Sign up for our daily briefing", "Follow us on Twitter",
        "By John Smith", "By JOHN SMITH and ANA LOPEZ", "By Jane Doe, Reuters", "Posted by admin",
        "Written by Staff", "Read more", "Read More: Iran's envoy heads to Havana",
        "Continue reading", "Related: Cuba talks", "Advertisement", "Photo: AP",
        "Image credit Getty Images", "(Reuters) -", "CARACAS (AP) —",
        "Copyright © 2020 Daily News. All rights reserved.", "Tags: Iran, Venezuela, Cuba",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        ENGLISH,
        "By contrast, the ministry said the talks were productive.",
        "By Thursday the two governments had signed four agreements.",
        "Read the full statement below.",
        "Zarif said the share of trade would grow.",
        "Photographs showed the two ministers shaking hands.",
        "CARACAS (Reuters) - Iran's foreign minister met Venezuela's president on Thursday.",
        "The website of the ministry published the text of the agreement.",
        "Tweets by the deputy secretary criticised the visit.",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert not is_boilerplate_line(line)
    assert clean_text(line).text == line


def test_clean_text_normalises() -> None:
    raw = "Cafe\u0301\u00a0and\u200b  tea\r\nnext\tline\x07\r\n\n\n\n  Last line here. \x00"
    result = clean_text(raw)
    # hard-wrapped lines of one paragraph are joined; paragraphs stay apart
    assert result.text == "Café and tea next\tline\n\nLast line here."
    assert result.removed_lines == 0 and result.truncated is False


def test_truncation_rule() -> None:
    assert clean_text("x" * 30).truncated is False  # short: a heading or a fragment
    assert clean_text("The minister said that he had been forced to").truncated is True
    for end in ".!?\"”'’)…":
        text = f"The minister said that he had been forced to go{end}"
        assert clean_text(text).truncated is False


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_text_never_raises(text: str) -> None:
    result = clean_text(text)
    assert isinstance(result.text, str) and result.removed_lines >= 0


_PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"), whitelist_characters="\n\t")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_PRINTABLE))
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text).text
    assert clean_text(once).text == once


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Leave a Reply", "Share this:", "By Jane Doe", "Read more", "", ENGLISH, ENGLISH_2,
    "  Tags: a, b", "Advertisement", "Some text without an ending that goes on and on and on",
])))
def test_clean_text_idempotent_on_web_copies(lines: list[str]) -> None:
    once = clean_text("\n".join(lines)).text
    assert clean_text(once).text == once


# --- language --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (ENGLISH, "en"), (SPANISH, "es"), (FRENCH, "fr"),
        ("Der Außenminister traf sich am Donnerstag mit dem Präsidenten, und die beiden "
         "kritisierten die Sanktionen der Vereinigten Staaten gegen ihre Länder.", "de"),
        ("O ministro iraniano se reuniu na quinta-feira com o presidente da Venezuela e os "
         "dois criticaram as sanções dos Estados Unidos contra os seus países.", "pt"),
        ("Министр иностранных дел Ирана встретился в четверг с президентом Венесуэлы.", "ru"),
        ("Міністр закордонних справ Ірану зустрівся в четвер з президентом Венесуели і його "
         "ї є ґ.", "uk"),
        ("وزير الخارجية الإيراني التقى الرئيس الفنزويلي في كراكاس", "ar"),
        ("伊朗外长周四在加拉加斯会见了委内瑞拉总统", "zh"),
        ("イランの外相は木曜日にカラカスでベネズエラの大統領と会談した", "ja"),
        ("이란 외무장관은 목요일 카라카스에서 베네수엘라 대통령을 만났다", "ko"),
        ("ईरान के विदेश मंत्री ने गुरुवार को काराकास में वेनेजुएला के राष्ट्रपति से मुलाकात की", "hi"),
        ("Ο υπουργός Εξωτερικών του Ιράν συναντήθηκε την Πέμπτη με τον πρόεδρο", "el"),
        ("שר החוץ של איראן נפגש ביום חמישי עם נשיא ונצואלה", "he"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    detected, score = detect_language(text)
    assert detected == lang
    assert 0 < score <= 1


def test_is_english_short_and_empty() -> None:
    assert is_english("Hola amigos")  # too short to judge
    assert is_english("")
    assert detect_language("") == ("und", 0.0)
    assert not is_english(SPANISH)
    assert not is_english("Министр иностранных дел")  # a script settles it even when short


def test_hard_wrapped_lines_are_joined_but_lists_kept() -> None:
    raw = ("Iran's foreign minister met Venezuela's president in\nCaracas on Thursday.\n\n"
           "The talks covered:\n- oil\n- trade\n")
    text = clean_text(raw).text
    assert "met Venezuela's president in Caracas on Thursday." in text
    assert "\n- oil\n- trade" in text


def test_clean_text_is_idempotent_when_unwrapping_joins_boilerplate() -> None:
    # found by Hypothesis: "©" and "0" on lines of their own were kept, then unwrapped
    # into "© 0", which a second cleaning removed
    first = clean_text("©\n0")
    assert clean_text(first.text).text == first.text == ""
    assert first.removed_lines == 1
