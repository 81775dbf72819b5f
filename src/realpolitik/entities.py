"""Rule-based entities for the fast pipeline, in place of spaCy's statistical NER.

en_core_web_sm's NER has its own embedded tok2vec and costs about half of the
parse; ``Pipeline(fast=True)`` (``realpolitik code --fast``) drops it and runs
:class:`EntityRecognizer` instead, after the tagger, which finds:

* names the knowledge base knows — countries, capitals and cities (GPE),
  demonyms (NORP), seats of power and legislatures (ORG), organisations (ORG),
  people (PERSON) — and GeoNames places from the gazetteer (GPE), by the longest
  run of words, looked up folded like the resolver does;
* dates and times: weekdays, months, "March 3, 2022", years after a preposition,
  "yesterday", "last week", "three days ago", "for decades" (DATE/TIME);
* other runs of proper nouns: an organisation when a word names a kind of body
  ("... Party", "... Front", "Ministry of ..."), else a person when a title comes
  first ("President Luis Arce") or the run has two or more names, and a single name
  already seen as a person's last name in the document.

The labels are spaCy's, so the coder reads them unchanged. The trade-off
(speed against accuracy) is measured in ``docs/performance.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from realpolitik.resolve.kb import MAX_FORM_TOKENS, KnowledgeBase, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from realpolitik.resolve.places import Gazetteer

COMPONENT = "realpolitik_entities"
_Add = Callable[[int, int, str], None]  # adds an entity (start, end, label) if free

_COUNTRY_LABELS = {"name": "GPE", "capital": "GPE", "city": "GPE", "region": "GPE",
                   "demonym": "NORP", "metonym": "ORG", "legislature": "ORG",
                   "military": "ORG"}
# A word of a proper-noun run that makes it a body, not a person.
_ORG_WORDS = frozenset({
    "party", "ministry", "council", "committee", "army", "forces", "front", "union",
    "organization", "organisation", "bank", "agency", "movement", "assembly", "parliament",
    "court", "police", "group", "association", "corporation", "company", "institute",
    "university", "commission", "federation", "league", "alliance", "brigade", "brigades",
    "guard", "guards", "corps", "office", "department", "authority", "service", "network",
    "news", "times", "post", "congress", "senate", "fund", "foundation", "coalition",
    "command", "militia", "navy", "administration", "government", "cabinet", "board",
    "tribunal", "inc", "ltd", "airlines", "media", "press", "observatory",
    "mission", "programme", "program", "red", "crescent", "cross", "watch", "international",
})
# Words of a proper-noun run that are a title, not part of a name.
_TITLE_WORDS = frozenset({
    "mr", "mrs", "ms", "dr", "sir", "president", "minister", "prime", "foreign", "defence",
    "defense", "interior", "finance", "secretary", "general", "gen", "lt", "col", "maj",
    "senator", "sen", "rep", "representative", "governor", "mayor", "king", "queen",
    "prince", "princess", "emir", "sheikh", "ayatollah", "chancellor", "premier", "pope",
    "vice", "deputy", "chief", "commander", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "leader", "speaker", "chairman", "director", "judge",
    "justice", "colonel", "major", "captain", "admiral", "marshal", "state", "national",
    "security", "adviser", "advisor", "opposition", "former", "ex", "president-elect",
    "elect", "acting", "interim", "supreme", "crown", "sultan", "cardinal", "rabbi", "imam",
    "bishop", "archbishop", "officer", "attorney", "senior", "top", "mp", "lawmaker",
})
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)"
_DATES = re.compile(
    rf"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?{_WEEKDAY}"
    rf"(?:\s+(?:morning|afternoon|evening|night))?\b"
    rf"|\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Nn]ext|[Tt]his)\s*)?{_MONTH}"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{{4}}\b)?"
    rf"|\b\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}}\b)?"
    rf"|\b(?:in|In|since|Since|until|by|from|of|during|before|after|early|late|mid)\s+"
    rf"(?P<year>(?:the\s+)?(?:19|20)\d{{2}}s?)\b"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\b"
    rf"|\b(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|"
    rf"[Cc]oming)\s+(?:week|month|year|weekend)\b"
    rf"|\b{_NUM}\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later)\b"
    rf"|\b(?:decades|centuries|recent\s+(?:years|months|weeks))\b"
    rf"|\b[Ff]or\s+(?P<span>years|months|weeks)\b")
_TIMES = re.compile(r"\b(?:[Tt]onight|[Ll]ast night|[Tt]his (?:morning|afternoon|evening))\b")


class EntityRecognizer:
    """Sets ``doc.ents`` from the knowledge base, the gazetteer, date patterns and
    proper-noun runs (see the module docstring). Needs the tagger's ``pos_``."""

    def __init__(self, kb: KnowledgeBase, gazetteer: Gazetteer | None = None) -> None:
        forms: dict[str, str] = {}
        if gazetteer is not None:
            for key in gazetteer.primary_names():
                forms[key] = "GPE!"  # "!": only when every word is a proper noun
        for key in kb.people:
            forms[key] = "PERSON"
        for table in (kb.orgs_exact, kb.orgs_folded):
            for form in table:
                forms[fold(form)] = "ORG"
        for table in (kb.country_exact, kb.country_folded):
            for form, cf in table.items():
                forms[fold(form)] = _COUNTRY_LABELS.get(cf.kind, "GPE")
        self.forms = forms
        self.prefixes = frozenset(k.split(" ")[0] for k in forms)

    def __call__(self, doc: Doc) -> Doc:
        spans: list[tuple[int, int, str]] = []
        taken = bytearray(len(doc))

        def add(start: int, end: int, label: str) -> None:
            if start < end and not any(taken[start:end]):
                spans.append((start, end, label))
                taken[start:end] = b"\x01" * (end - start)

        text = doc.text
        for pattern, label in ((_TIMES, "TIME"), (_DATES, "DATE")):
            for m in pattern.finditer(text):
                # only the year of "in 2019", only "years" of "for years"
                g = next((k for k, v in m.groupdict().items() if v is not None), 0)
                span = doc.char_span(m.start(g), m.end(g), alignment_mode="expand")
                if span is not None:
                    add(span.start, span.end, label)
        self._names(doc, add)
        self._proper_runs(doc, taken, spans, add)
        from spacy.tokens import Span

        spans.sort()
        doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in spans], default="outside")
        return doc

    def _names(self, doc: Doc, add: _Add) -> None:
        n_tok = len(doc)
        i = 0
        while i < n_tok:
            tok = doc[i]
            t = tok.text
            if not t[:1].isupper() or fold(t).split(" ")[0] not in self.prefixes:
                i += 1
                continue
            found = 0
            for n in range(min(MAX_FORM_TOKENS, n_tok - i), 0, -1):
                span = doc[i:i + n]
                if not span[-1].text[:1].isupper() and not span[-1].text[:1].isdigit():
                    continue  # a name ends on a name word
                label = self.forms.get(fold(span.text))
                if label is None:
                    continue
                if label == "GPE!":
                    # a town's name inside a longer name ("Liberal Democratic Party")
                    if not all(x.pos_ == "PROPN" for x in span) or (
                            i + n < n_tok and doc[i + n].pos_ == "PROPN") or (
                            i > 0 and doc[i - 1].pos_ == "PROPN"):
                        continue
                    label = "GPE"
                elif n == 1 and label == "PERSON" and tok.pos_ != "PROPN":
                    continue  # "Will", "Hope": words before they are names
                add(i, i + n, label)
                found = n
                break
            i += found or 1

    def _proper_runs(self, doc: Doc, taken: bytearray, spans: list[tuple[int, int, str]],
                     add: _Add) -> None:
        surnames: set[str] = set()
        for _s, e, lab in spans:
            if lab == "PERSON":
                surnames.add(doc[e - 1].lower_)
        i, n_tok = 0, len(doc)
        while i < n_tok:
            if taken[i] or doc[i].pos_ != "PROPN":
                i += 1
                continue
            j = i
            while j < n_tok and not taken[j] and (
                    doc[j].pos_ == "PROPN" or (doc[j].text in ("-", ".", "bin", "al", "de",
                                                              "van", "von", "of", "for")
                                               and j + 1 < n_tok
                                               and doc[j + 1].pos_ == "PROPN")):
                j += 1
            words = [t.lower_ for t in doc[i:j]]
            if any(w in _ORG_WORDS for w in words):
                add(i, j, "ORG")
            else:
                k = i
                while k < j and doc[k].lower_.rstrip(".") in _TITLE_WORDS:
                    k += 1
                titled = k > i or (i > 0 and doc[i - 1].lower_.rstrip(".") in _TITLE_WORDS)
                if k < j and (titled or j - k >= 2 or doc[j - 1].lower_ in surnames):
                    add(k, j, "PERSON")
                    surnames.add(doc[j - 1].lower_)
            i = max(j, i + 1)


class EntityComponent:
    """The spaCy pipeline component (``realpolitik_entities``): the recogniser of the
    default knowledge base and gazetteer, built on the first document, unless
    :attr:`recognizer` is set to one of other resources (a KB extended with ``--kb``)."""

    def __init__(self) -> None:
        self.recognizer: EntityRecognizer | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.recognizer is None:
            from realpolitik.resolve.kb import default_kb
            from realpolitik.resolve.places import default_gazetteer

            self.recognizer = EntityRecognizer(default_kb(), default_gazetteer())
        return self.recognizer(doc)


@cache
def register() -> None:
    """Register the component with spaCy (once per process)."""
    from spacy.language import Language

    Language.factory(COMPONENT, func=lambda nlp, name: EntityComponent())


__all__ = ["COMPONENT", "EntityComponent", "EntityRecognizer", "register"]
