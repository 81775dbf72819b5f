"""Actors: from a noun phrase of the parse to who it is (country, sector, role, person).

A phrase is read left to right for the longest known forms: people (by the
article's date), organisations, country names/demonyms/capitals/seats of power,
and generic agents ("Foreign Minister", "officials", "rebels"). Within a
document, people and groups named once in full are remembered, so "Zarif",
"he" and "the two countries" resolve later on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from realpolitik.model import Actor
from realpolitik.nlp import Words, doc_text, entity_at, sentence_of, words_of
from realpolitik.resolve.kb import (
    MAX_FORM_TOKENS,
    NAME_PARTICLES,
    SOVEREIGN,
    KnowledgeBase,
    Organization,
    fold,
    generic_party,
    governing,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Dependency labels that belong to a noun phrase's own words (left of its head).
_NP_INNER = {"compound", "amod", "nmod", "poss", "det", "predet", "nummod", "quantmod", "flat",
             "case", "punct", "preconj", "cc", "conj", "npadvmod", "advmod", "prep", "pobj",
             "appos", "dep"}
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
# A number of people standing for the people ("tens of thousands rallied").
_CROWD_NUMBERS = frozenset({"thousands", "hundreds", "dozens", "millions", "scores"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Sectors a modifier "opposition" overrides: "opposition politicians/lawmakers/figures"
_OPPOSABLE = frozenset({"PTY", "GOV", "LEG", "CVL", "ELI"})
_GROUP_PRONOUNS = {"they", "them"}
_GROUP_PHRASES = re.compile(
    r"^(?:both|the two|the three|the four|all three|the pair of|the)\s+(?:countries|nations|"
    r"sides|governments|states|leaders|men|ministers|allies)$|^(?:both men|the pair|both)$",
    re.I)
_GROUP_SIZE = {"two": 2, "both": 2, "pair": 2, "three": 3, "four": 4}
# "pro-Russian separatists", "Iran-aligned rebels": an alignment, not a nationality
_ALIGNMENT_WORDS = frozenset({"backed", "aligned", "allied", "led", "supported", "sponsored",
                              "funded", "trained", "friendly", "leaning", "controlled"})
# Nouns that refer back to an organisation named before ("the group"), with the
# sectors of the organisations each can name (empty: any).
_ORG_NOUNS: dict[str, frozenset[str]] = {
    "group": frozenset(), "organisation": frozenset({"IGO", "NGO"}),
    "organization": frozenset({"IGO", "NGO"}), "party": frozenset({"PTY"}),
    "coalition": frozenset({"PTY", "IGO"}), "movement": frozenset({"PTY", "REB", "UAF"}),
    "militia": frozenset({"REB", "UAF"}), "agency": frozenset({"IGO", "GOV", "NGO"}),
    "bloc": frozenset({"IGO"}), "alliance": frozenset({"IGO", "PTY"}),
    "body": frozenset({"IGO", "GOV", "NGO", "LEG", "JUD"}), "union": frozenset({"IGO"}),
    "council": frozenset({"IGO", "GOV"}), "company": frozenset({"BUS"}),
    "firm": frozenset({"BUS"}), "network": frozenset({"MED"}),
    "broadcaster": frozenset({"MED"}), "newspaper": frozenset({"MED"}),
    "charity": frozenset({"NGO"}), "court": frozenset({"JUD"}),
}
_KIND_SECTOR = {"capital": "GOV", "metonym": "GOV", "legislature": "LEG", "military": "MIL"}
_STATELESS = frozenset({"IGO", "NGO"})
# Unnamed groups of states ("more than 20 countries", "donors"): states of no one country
_UNNAMED_STATES = frozenset({"countries", "nations", "governments", "donors"})
# One-party states: their party's leaders are the ruling party (PTY), not an opposition.
_ONE_PARTY = frozenset({"CHN", "VNM", "LAO", "CUB", "PRK", "ERI"})
# Regions whose words contain a country form ("Latin American" is not "American").
_REGIONS = frozenset({
    "latin america", "latin american", "latin americans", "south america", "south american",
    "central america", "central american", "north america", "north american",
    "the americas", "americas", "western hemisphere", "south asia", "south asian",
    "east asia", "east asian", "southeast asia", "southeast asian", "central asia",
    "central asian", "west africa", "west african", "east africa", "east african",
    "southern africa", "north africa", "north african", "sub-saharan africa",
    "middle east", "middle eastern", "eastern europe", "eastern european",
    "western europe", "western european", "central europe", "central european",
})
# Every beginning of a region's name, for ActorResolver._forms.
_REGION_PREFIXES = frozenset(r[:k] for r in _REGIONS for k in range(len(r) + 1))


@dataclass
class DocContext:
    """What the resolver remembers while it reads one document."""

    kb: KnowledgeBase
    when: date | None = None
    names: dict[str, Actor] = field(default_factory=dict)
    last_person: Actor | None = None
    last_group: list[Actor] = field(default_factory=list)
    # the two parties of a meeting told earlier in the current sentence: "X met Y …, and the
    # two leaders agreed" (set by the coder, cleared at each sentence)
    sentence_pair: list[Actor] = field(default_factory=list)

    people: list[Actor] = field(default_factory=list)  # most recent last
    default_country: str | None = None  # the dateline's, else the most named country
    doc_countries: list[str] = field(default_factory=list)  # most named first
    memo: dict[tuple[int, str | None], list[Actor]] = field(default_factory=dict)
    sentence_country: str | None = None  # where the current sentence is set
    # hostile acts told so far, by the noun that names them ("blockade", "sanctions"),
    # with who did them: a later "protest against the blockade" is against them
    acts: dict[str, list[Actor]] = field(default_factory=dict)
    # people in the order they are named: (token, named as a subject, actor)
    mentions: list[tuple[int, bool, Actor]] = field(default_factory=list)
    # groups named with their country, by their plural noun ("Kenyan police officers"):
    # "the officers" later in the article are them
    groups: dict[str, Actor] = field(default_factory=dict)
    # organisations named (token, actor), most recent last
    orgs: list[tuple[int, Actor]] = field(default_factory=list)
    # every beginning of a key of ``names`` (keys are only ever added), with the number of
    # keys (the first ones, in their order) whose beginnings it holds
    _name_prefixes: tuple[int, set[str]] = field(
        default_factory=lambda: (0, set()), repr=False, compare=False)

    # the words of each phrase read so far, by head (a context reads one document): their
    # indices (phrase_ids), Tokens and text
    _phrases: dict[int, tuple[list[int], list[Token], str]] = field(
        default_factory=dict, repr=False, compare=False)

    def _phrase(self, head: Token) -> tuple[list[int], list[Token], str]:
        found = self._phrases.get(head.i)
        if found is None:
            doc = head.doc
            ids = phrase_ids(head)
            found = self._phrases[head.i] = (ids, [doc[i] for i in ids],
                                             words_of(doc).text(doc_text(doc), ids))
        return found

    def phrase(self, head: Token) -> list[Token]:
        """``phrase_tokens(head)``, read once per phrase (the same phrase is asked for
        several times per sentence); the list is shared: not to be changed."""
        return self._phrase(head)[1]

    def phrase_ids(self, head: Token) -> list[int]:
        """``phrase_ids(head)``, read once per phrase (shared: not to be changed)."""
        return self._phrase(head)[0]

    def phrase_text(self, head: Token) -> str:
        """The text of ``phrase(head)``, read once per phrase."""
        return self._phrase(head)[2]

    def name_starts(self) -> set[str]:
        """Every beginning of a remembered name (a key of ``names``); shared: not to be
        changed."""
        built, prefixes = self._name_prefixes
        if built != len(self.names):
            # only the keys added since (a dict keeps their order)
            for name in islice(self.names, built, None):
                prefixes.update(name[:k] for k in range(len(name) + 1))
            self._name_prefixes = (len(self.names), prefixes)
        return prefixes

    def org_named(self, noun: Token) -> Actor | None:
        """"the group", "the agency", "the party": the latest organisation of a kind the
        noun can name, named before it ("The group, which the United Nations lists …" is
        not the UN)."""
        kinds = _ORG_NOUNS[noun.lower_]
        return next((o for i, o in reversed(self.orgs)
                     if i < noun.i and (not kinds or o.sector in kinds)), None)

    def person_before(self, pronoun: Token) -> Actor | None:
        """Who "he", "she", "him" or "her" stands for: the person last named as a subject
        before it, else the person last named before it (never one named later in the
        sentence: "…, and he thanked the Maduro government"); an object pronoun is not
        the subject of its own verb ("Trump recognised him")."""
        i = pronoun.i
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        own_subject = {c.i for c in verb.children if c.dep_ in _SUBJECTS} \
            if pronoun.dep_ not in _SUBJECTS else set()
        before = [(j, subj, a) for j, subj, a in self.mentions
                  if j < i and j not in own_subject]
        if before:
            subjects = [m for m in before if m[1]]
            return max(subjects or before, key=lambda m: m[0])[2]
        return self.last_person

    def fallback_country(self) -> str | None:
        """Whose "police", "army", "National Assembly": where the sentence is set, else the
        country the article is about, else (no country named at all: "Macron dissolved the
        National Assembly") that of the last person named. In a dependent territory,
        the state that governs it ("troops were sent to New Caledonia": French)."""
        country = (self.sentence_country or self.default_country
                   or (self.last_person.country if self.last_person else None))
        return SOVEREIGN.get(country, country) if country else None

    def remember(self, actor: Actor) -> None:
        if actor.name and (actor.country or actor.sector) and actor.kb_id and \
                actor.kb_id.startswith("person:"):
            self.names[fold(actor.name)] = actor
            parts = actor.name.split()
            self.names.setdefault(fold(parts[-1]), actor)
            prefix, dash, rest = parts[-1].partition("-")
            if dash and fold(prefix) in NAME_PARTICLES and rest:
                self.names.setdefault(fold(rest), actor)  # "Sharaa" for Ahmed al-Sharaa
            if actor.country in FAMILY_NAME_FIRST and len(parts) > 1:
                self.names.setdefault(fold(parts[0]), actor)  # "Lee" for Lee Jae-myung
            self.last_person = actor
            self.people = [p for p in self.people if p.name != actor.name] + [actor]

    def by_title(self, noun: str) -> Actor | None:
        """The latest person whose role has this title ("the minister", "the president")."""
        for person in reversed(self.people):
            if person.role and noun in person.role.lower().split():
                return person
        return None

    def remember_group(self, actors: list[Actor]) -> None:
        if len({a.country for a in actors if a.country}) >= 2:
            self.last_group = actors


FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "SGP"})
"""Countries whose leaders English news names family name first, then refers to by
that family name alone (Xi Jinping → "Xi", Lee Jae-myung → "Lee")."""


_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 14)
def _slug(text: str) -> str:
    return _NON_SLUG.sub("-", fold(text)).strip("-")


def phrase_tokens(head: Token) -> list[Token]:
    """The words of the phrase headed by ``head``: its left modifiers, itself, appositions
    and "of"-complements (``the president of Venezuela``); not relative clauses or lists."""
    doc = head.doc
    return [doc[i] for i in phrase_ids(head)]


def phrase_ids(head: Token) -> list[int]:
    """The indices of ``phrase_tokens(head)``, in order."""
    # the left part of the subtree: the span from its left edge to the head, less the
    # words that hang elsewhere (cheaper than walking a subtree with long right branches)
    doc, h = head.doc, head.i
    words = words_of(doc)
    ids = [i for i in range(head.left_edge.i, h + 1) if _within_left(words, i, h)]
    for child in words.children[h]:
        if child < h:
            continue  # (the right children only)
        dep = words.dep[child]
        if dep == "appos" or (dep == "prep" and words.lower[child] in ("of", "from")):
            # "the head of the Assembly, Juan Guaidó" names who; "Turkey, an ally of Doha"
            # only describes a name, unless the words are one name ("Bank of England")
            if words.pos[h] != "PROPN" or (dep == "prep" and head.ent_type_
                                           and doc[child].ent_iob_ == "I"):
                ids.extend(_without_clauses(words, child))
        elif dep in ("compound", "flat", "amod", "nmod"):
            ids.extend(words.subtree(child))
    ids.sort()
    return ids


def _without_clauses(words: Words, i: int) -> list[int]:
    """Token ``i`` and its descendants less the clauses that describe a noun among them:
    "hundreds of people protesting against Lukashenko's re-election" are people, not
    Lukashenko."""
    out: list[int] = []
    todo = [i]
    while todo:
        j = todo.pop()
        out.append(j)
        todo.extend(c for c in words.children[j] if words.dep[c] not in ("acl", "relcl"))
    return out


def _within_left(words: Words, i: int, head: int) -> bool:
    """Does left-side word ``i`` belong to the phrase of ``head``: does it hang on the
    head (through other words), not off a clause inside the phrase?"""
    while i != head:
        dep, up = words.dep[i], words.head[i]
        if dep not in _NP_INNER or up == i:
            return False  # (the root reached: a word outside the head's subtree)
        if dep == "conj" and up == head:
            return False  # "Iran and Venezuela": the conjunct is a separate actor
        i = up
    return True


def _former(toks: list[Token]) -> bool:
    """'former President', 'ex-leader': someone who no longer holds the office."""
    return any(t.lower_ in ("former", "ex", "ex-") for t in toks)


def _alignment(lower: list[str], run: list[int], start: int, end: int) -> bool:
    """Is run[start:end] (word indices of a country or organisation form; ``lower`` the
    document's lower-case words) part of "pro-X", "anti-X" or "X-backed"?"""
    before = lower[run[start - 1]] if start > 0 else None
    if before in ("pro", "anti") or (before == "-" and start > 1
                                      and lower[run[start - 2]] in ("pro", "anti")):
        return True
    return (end + 1 < len(run) and lower[run[end]] == "-"
            and lower[run[end + 1]] in _ALIGNMENT_WORDS)


def _person_segments(tokens: list[Token]) -> list[list[Token]]:
    """Split a phrase at 'and' when two or more parts each name a person."""
    if not tokens:
        return [tokens]
    words = words_of(tokens[0].doc)
    wdep, wlow, wpos = words.dep, words.lower, words.pos
    if "cc" not in {wdep[t.i] for t in tokens}:
        return [tokens]  # (most phrases: one segment)
    segments: list[list[Token]] = [[]]
    for t in tokens:
        i = t.i
        if wdep[i] == "cc" and wlow[i] in ("and", "&"):
            segments.append([])
        elif not (wpos[i] == "PUNCT" and not segments[-1]):
            segments[-1].append(t)
    segments = [[t for t in seg if wpos[t.i] != "PUNCT"] for seg in segments]
    if len(segments) < 2 or not all(
            seg and seg[-1].ent_type_ == "PERSON" for seg in segments):
        return [tokens]
    return segments


def _runs(tokens: list[Token]) -> list[list[Token]]:
    """Split into runs of adjacent tokens (so n-grams never jump over a gap)."""
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and runs[-1][-1].i + 1 == t.i:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


class ActorResolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def resolve(self, head: Token, ctx: DocContext) -> list[Actor]:
        """All actors named by the phrase headed by ``head`` (coordinated modifiers give
        several: "Iranian and Venezuelan officials")."""
        words = words_of(head.doc)  # (the head's attributes: cheaper than the Token's)
        low = words.lower[head.i]
        if low in _PERSON_PRONOUNS:
            person = ctx.person_before(head)
            if person is not None:
                return [replace(person, text=head.text)]
        if low == "it" and words.dep[head.i] in ("dobj", "pobj", "dative"):
            return self._it_object(head, ctx)
        if low == "it" and words.dep[head.i] in _SUBJECTS:
            return self._it_subject(head, ctx)
        if low in ("each", "both") and words.pos[head.i] == "PRON":
            # "Armenia and Azerbaijan each accusing the other": the parties named with it
            named = [c for c in head.children if c.dep_ in ("nmod", "appos", "npadvmod")]
            before = head.doc[head.i - 1] if head.i > 0 else None
            if not named and before is not None and before.pos_ in ("PROPN", "NOUN"):
                while before.dep_ == "conj" and before.head.i < before.i:
                    before = before.head  # "with Armenia and Azerbaijan each …"
                named = [before]
            found = [a for c in named for t in (c, *c.conjuncts) for a in self.resolve(t, ctx)]
            if found:
                return found
        if low in _GROUP_PRONOUNS and ctx.last_group:
            return [replace(a, text=head.text) for a in ctx.last_group]
        if low.startswith("@") and len(low) > 4:
            # a social-media handle ("Iran's @JZarif"): the person named before whose
            # surname ends it
            handle = low[1:].replace("_", "")
            person = next((a for key, a in reversed(ctx.names.items())
                           if len(key) >= 4 and " " not in key and handle.endswith(key)), None)
            if person is not None:
                return [replace(person, text=head.text)]
        toks = ctx.phrase(head)
        text = None  # (the phrase's, unless the name's entity adds words to it)
        if head.ent_type_ == "PERSON":
            # a mis-parsed name ("Barack" as head of "Barack Obama"): take the whole entity
            ent = entity_at(head.doc, head.i)
            if ent is not None and ent.start >= 2 and fold(
                    head.doc[ent.start - 1].text) in NAME_PARTICLES:
                # "José Eduardo [dos] Santos" with "dos" parsed as a verb: one name
                before = entity_at(head.doc, ent.start - 2)
                if before is not None and before.label_ == "PERSON":
                    ent = head.doc[before.start:ent.end]
            if ent is not None:
                have = set(ctx.phrase_ids(head))
                extra = [t for t in ent if t.i not in have]
                if extra:
                    toks = sorted([*toks, *extra], key=lambda t: t.i)
                    head = ent[-1]
                    text = _span_text(toks)
        if text is None:
            text = ctx.phrase_text(head)
        if _GROUP_PHRASES.match(text):
            return self._group(text, ctx)
        h = head.i
        low, pos, tag = words.lower[h], words.pos[h], words.tag[h]
        first = words.lower[toks[0].i] if len(toks) == 2 else None  # "the", "his"
        if first == "the" and pos == "NOUN" and tag == "NN":
            # "the minister", "the president": the latest person with that title
            person = ctx.by_title(low)
            if person is not None:
                return [replace(person, text=text)]
        if pos == "PRON":
            return []
        if low in ("country", "nation") and first in ("his", "her"):
            # "his country would break off relations": the country of the person meant
            person = ctx.person_before(toks[0])
            if person is not None and person.country:
                return [self.country_actor(text, person.country)]
        if (low in ("countries", "nations") and words.lower[toks[0].i] == "their"
                and ctx.last_group):
            # "sanctions against their countries": the countries of the pair just named
            countries = dict.fromkeys(a.country for a in ctx.last_group if a.country)
            return [self.country_actor(text, c) for c in countries]
        plural = tag == "NNS"
        definite = first == "the"
        if plural and definite and low in ctx.groups:
            return [replace(ctx.groups[low], text=text)]  # "the officers"
        if definite and low in _ORG_NOUNS:
            org = ctx.org_named(head)  # "the group", "the agency"
            if org is not None:
                return [replace(org, text=text)]
        key = (h, ctx.sentence_country)
        if key not in ctx.memo:  # the same phrase is asked for several times per sentence
            ctx.memo[key] = self._resolve_named(head, toks, ctx, text)
            found = ctx.memo[key]
            if len(found) == 1 and found[0].kb_id and found[0].kb_id.startswith("org:"):
                ctx.orgs.append((h, found[0]))
            if (plural and len(found) == 1 and found[0].country and found[0].sector
                    and any(words.pos[t.i] in ("ADJ", "PROPN") for t in toks if t.i != h)):
                ctx.groups[low] = found[0]
            ctx.mentions.extend((h, words.dep[h] in _SUBJECTS, a) for a in ctx.memo[key]
                                if (a.country or a.sector) and (
                                    a.kb_id and a.kb_id.startswith("person:")
                                    # "Armenia's prime minister said …, and he …"
                                    or (a.role and tag in ("NN", "NNP")
                                        and len(ctx.memo[key]) == 1)))
        return list(ctx.memo[key])

    def _resolve_named(self, head: Token, toks: list[Token], ctx: DocContext,
                       text: str | None = None) -> list[Actor]:
        """The actors the phrase ``toks`` of ``head`` names (``text``: its text, if
        known)."""
        # "Doctors Without Borders", "the Movement for Socialism (MAS)": a name the parse
        # cut up, read without its article and parenthesis
        # (word indices: the Tokens are not needed)
        doc, words, h = head.doc, words_of(head.doc), head.i
        wdep, wlow = words.dep, words.lower
        subtree = [t for t in words.subtree(h) if not (wdep[t] == "det" and t < h)]
        org = None
        if len(subtree) <= 8:
            bare = _ids_text(doc, subtree)
            if "(" in bare:  # (the pattern needs one: most names have none)
                bare = _PARENTHESIS_AT_END.sub("", bare)
            org = self.kb.organization(bare) if bare else None
        owner = next((c for c in words.children[h] if wdep[c] == "poss" and c < h), None)
        if org is None and len(subtree) > 1 and (owner is not None or subtree[0] < h):
            # "Geert Wilders's Party for Freedom": the party, not its leader; "the
            # far-right Alternative for Germany (AfD)": the longest name after the words
            # that describe it
            own = [t for t in subtree if owner is None or (
                t > owner and not words.is_ancestor(owner, t))]
            # the first "(" from the head on: the words after it are not the name ("(AfD)")
            top = max(own, default=h)
            paren = next((p for p in range(h, top) if wlow[p] == "("), None)
            own = [t for t in own if not (wlow[t] == "(" or (paren is not None and t > paren))]
            for k in range(len(own)):
                if own[k] > h:
                    break  # the name must include the phrase's head, not a word after it
                if len(own) - k <= 8 and words.pos[own[k]] == "PROPN":
                    org = self.kb.organization(_ids_text(doc, own[k:]))
                    if org is not None:
                        break
        ent = entity_at(head.doc, head.i)
        if org is not None:
            return [self._org_actor(org, _span_text(list(head.subtree)), ctx)]
        if ent is not None and ent.label_ in ("ORG", "NORP") and 1 < len(ent) <= 8:
            # "[Workers]' Party rule": a word of the name; "leaders of the National League
            # for Democracy in Naypyitaw": the name the NER found, without what the parse
            # hung on it
            org = self.kb.organization(ent.text)
            if org is not None:
                return [self._org_actor(org, ent.text, ctx)]
        segments = _person_segments(toks)
        if len(segments) > 1:
            # a mis-parsed list of people ("President Trump and leader Kim Jong Un met")
            out: list[Actor] = []
            for seg in segments:
                out.extend(self._resolve_tokens(seg, seg[-1], ctx))
            return out
        return self._resolve_tokens(toks, head, ctx, text)

    def _it_object(self, pronoun: Token, ctx: DocContext) -> list[Actor]:
        """"severed ties with Qatar, accusing it of …": an object "it" is the state or body
        named last before it in the sentence, outside every subject and "by" agent (they
        act; "it" is acted on). A person named there is not "it"."""
        for t in reversed(pronoun.doc[sentence_of(pronoun).start:pronoun.i]):
            if t.pos_ != "PROPN" or t.dep_ == "compound" or any(
                    a.dep_ in _SUBJECTS or a.dep_ == "agent" for a in (t, *t.ancestors)):
                continue  # ("turned down by Minsk, which called it …": a doer)
            found = self.resolve(t, ctx)
            if len(found) == 1 and found[0].country and not (
                    found[0].kb_id or "").startswith("person:"):
                return [replace(found[0], text=pronoun.text)]
            return []
        return []

    def _it_subject(self, pronoun: Token, ctx: DocContext) -> list[Actor]:
        """"Russia handed back the vessels it had seized", "Somalia recalled its envoy, and
        it closed …": a subject "it" of a relative clause, or of a clause coordinated with
        the main one, is the state or body that is the subject of the clause above it. In an
        adverbial clause ("as it bristled") only where no other state is named between
        them ("sanctions on Russia since it invaded": Russia, not the subject). A person,
        a plural or a coordination is not "it"."""
        verb = pronoun.head
        if verb.dep_ == "relcl":
            above = verb.head.head  # the modified noun's verb (or preposition, …)
        elif verb.dep_ in ("conj", "advcl"):
            above = verb.head
        else:
            return []
        subj = next((c for c in above.children if c.dep_ in _SUBJECTS), None)
        while subj is None and above.dep_ in ("xcomp", "conj", "prep", "pobj", "dobj"):
            above = above.head  # "threatened to expel groups it accused": who threatened
            subj = next((c for c in above.children if c.dep_ in _SUBJECTS), None)
        if above.dep_ == "ccomp" and (verb.dep_ == "advcl" or verb.doc[
                verb.left_edge.i - 1].text == ","):
            # "HRW said Israel deprived them of water, which it described as …": the
            # speaker's words, perhaps; "demanded that Paris withdraw the reform before it
            # goes to parliament"
            return []
        if (subj is None or subj.i > pronoun.i or subj.tag_ in ("NNS", "NNPS", "PRP")
                or any(c.dep_ == "conj" for c in subj.children)):
            return []
        if verb.dep_ == "advcl":
            between = pronoun.doc[subj.i + 1:pronoun.i]
            if any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in between):
                return []
        found = self.resolve(subj, ctx)
        if len(found) == 1 and found[0].country and not (
                found[0].kb_id or "").startswith("person:"):
            return [replace(found[0], text=pronoun.text)]
        return []

    def country_actor(self, text: str, iso3: str, sector: str | None = None,
                      role: str | None = None) -> Actor:
        """A country as an actor, named by ``text`` (a name, demonym, place or phrase)."""
        return Actor(text=text, name=self.kb.country_name(iso3), country=iso3, sector=sector,
                     role=role, kb_id=f"country:{iso3}")

    def _group(self, text: str, ctx: DocContext) -> list[Actor]:
        """"the two countries": the pair just named together, else the article's two most
        named countries."""
        size = next((n for w, n in _GROUP_SIZE.items() if w in text.lower().split()), 0)
        if size == 2 and ctx.sentence_pair:
            return [replace(a, text=text) for a in ctx.sentence_pair]
        if ctx.last_group and (not size or len({a.country for a in ctx.last_group}) == size):
            return [replace(a, text=text) for a in ctx.last_group]
        if not size or len(ctx.doc_countries) < size or not re.search(
                r"countries|nations|states|governments", text, re.I):
            return []
        group = [self.country_actor(text, c) for c in ctx.doc_countries[:size]]
        ctx.remember_group(group)  # "they" may refer to them next
        return group

    # -- internals ---------------------------------------------------------
    @staticmethod
    def _org_actor(org: Organization, text: str, ctx: DocContext) -> Actor:
        country = org.country
        if org.sector == "PTY" and country and ctx.default_country and (
                country not in ctx.doc_countries or generic_party(text)):
            # "the Democratic Party" in a Korean story, "the Socialist Party" in an
            # Albanian one: a name many countries' parties share is the article's
            country = ctx.default_country
        sector = "GOV" if governing(org.code, ctx.when) else org.sector  # the Taliban in 2022
        return Actor(text=text, name=org.name, country=country, sector=sector,
                     kb_id=f"org:{org.code}")

    def _person(self, text: str, ctx: DocContext) -> Actor | None:
        key = fold(text)
        if key in ctx.names:
            return replace(ctx.names[key], text=text)
        pr = self.kb.person(text, ctx.when)
        if pr is None:
            return None
        return Actor(text=text, name=pr.name, country=pr.country, sector=pr.sector,
                     role=pr.role, kb_id=f"person:{_slug(pr.name)}")

    def _forms(self, run: list[int], i: int, words: Words, text: str, ctx: DocContext,
               most: int = MAX_FORM_TOKENS) -> list[str]:
        """The texts of the n-grams from ``run[i]`` on (n = 1, 2, … ``most``; ``run``
        adjacent word indices, ``text`` the document's) that can still be a known form:
        past the first n whose (folded) words begin no KB form, region or remembered
        name, no longer n-gram can match either, so none is looked up."""
        widest = min(most, len(run) - i)
        prune = words.lower[run[i]] != "the"  # "The Hague": the lookups drop the article
        forms: list[str] = []
        # a run's words are adjacent: its n-grams are slices of the document's text
        start, ends = words.start[run[i]], words.end
        may_start_form, name_starts = self.kb.may_start_form, ctx.name_starts()
        for n in range(1, widest + 1):
            form = text[start:ends[run[i + n - 1]]].strip()
            if prune and form.isascii():  # folding non-ASCII text is not word by word
                key = fold(form)
                if not (may_start_form(key) or key in _REGION_PREFIXES or key in name_starts):
                    break
            else:
                prune = False
            forms.append(form)
        return forms

    def _resolve_tokens(self, toks: list[Token], head: Token, ctx: DocContext,
                        text: str | None = None) -> list[Actor]:
        if text is None:
            text = _span_text(toks)
        countries: list[tuple[str, str]] = []  # (iso3, kind) in order of appearance
        person: Actor | None = None
        org_actor: Actor | None = None
        agent_sector: str | None = None
        agent_role: str | None = None
        person_tokens: list[Token] = []
        used: set[int] = set()  # tokens read as a country, organisation or agent
        given_names: set[int] = set()  # city names read as first names ("Milan")
        head_i = head.i
        kb = self.kb
        known = ctx.names
        words, dtext = words_of(head.doc), doc_text(head.doc)
        wpos, wlow = words.pos, words.lower
        for run in _runs(toks):
            # the run's attributes, read once (spaCy builds each string on every read)
            ids = [t.i for t in run]
            pos = [wpos[k] for k in ids]
            ent = [t.ent_type_ for t in run]
            size = len(run)
            i = 0
            while i < size:
                matched = 0
                # a determiner, punctuation, conjunction or preposition starts no longer
                # form ("the" would otherwise widen to six words, none of them read)
                single = pos[i] in ("DET", "PUNCT", "CCONJ", "ADP")
                forms = self._forms(ids, i, words, dtext, ctx, 1 if single else MAX_FORM_TOKENS)
                for n in range(len(forms), 0, -1):
                    end = i + n
                    form = forms[n - 1]
                    if n > 1 and fold(form) in _REGIONS and kb.country(form) is None:
                        matched = n  # a region, not the country inside its name
                        break
                    # "Abdul Ghani [Baradar]" is someone else, but "Haitham bin Tariq
                    # [Al Said]" is Haitham bin Tariq with his family name
                    longer_name = (end < size and ent[end] == "PERSON"
                                   and pos[end] == "PROPN"
                                   and not (n >= 2 and fold(run[end].text) in NAME_PARTICLES))
                    # a name this article already gave, mis-tagged as a common noun at
                    # the start of a sentence ("Sharaa led the offensive")
                    named_before = (n == 1 and pos[i] == "NOUN"
                                    and dtext[words.start[ids[i]]].isupper()
                                    and fold(form) in known)
                    # a surname alone, after a first name the KB does not know with
                    # it, is someone else's ("Milan [Đurić]" is not Marko Đurić)
                    other_given_name = (n == 1 and i > 0 and pos[i - 1] == "PROPN"
                                        and (ent[i - 1] == "PERSON"
                                             or ids[i - 1] in given_names)
                                        and ids[i - 1] not in used
                                        and fold(form) not in known
                                        and kb.agent(run[i - 1].text) is None)
                    # a title alone is no surname: "Pope appeals for …" is not Amy Pope
                    # (unless the article named such a person before: "Julie Bishop")
                    title_alone = (n == 1 and kb.agent(form) is not None
                                   and fold(form) not in ctx.names
                                   and (i + 1 == len(run) or pos[i + 1] != "PROPN"))
                    if not longer_name and not other_given_name and not title_alone and (
                            (pos[i] == "PROPN" or ent[i] == "PERSON") and (n == 1 or all(
                                pos[k] == "PROPN" or ent[k] == "PERSON" for k in range(i, end)))
                            or ent[end - 1] == "PERSON" or named_before):
                        p = self._person(form, ctx)
                        if p is not None and person is None:
                            person, person_tokens, matched = p, run[i:end], n
                            break
                    org = kb.organization(form)
                    inside_name = i > 0 and pos[i - 1] == "PROPN"  # "Liberal [Democr..."
                    if org is not None and not inside_name and (
                            (n > 1 and not form.islower()) or pos[i] == "PROPN"
                            or form.isupper()):  # "a naval group" is not Naval Group
                        if _alignment(wlow, ids, i, end):
                            matched = n  # "the UN-backed government" is not the UN
                            break
                        if org_actor is None:
                            org_actor = self._org_actor(org, form, ctx)
                        matched = n
                        break
                    cf = kb.country(form)
                    if cf is not None and longer_name and all(
                            ent[k] == "PERSON" for k in range(i, end)):
                        cf = None  # a first name, not a city: "[Milan] Đurić", "[Jordan] …"
                    if (cf is not None and cf.kind in ("city", "capital") and n == 1
                            and i + 1 < size and ids[i + 1] == head_i
                            and pos[i + 1] == "PROPN" and run[i + 1].text[:1].isupper()
                            and kb.agent(run[i + 1].text) is None
                            and kb.country(run[i + 1].text) is None
                            and kb.organization(run[i + 1].text) is None):
                        # a city right before the name the phrase is about is its first
                        # name ("Mayor [Milan] Đurić", "[Santiago] Peña")
                        cf = None
                        given_names.add(ids[i])
                    if cf is not None and _alignment(wlow, ids, i, end):
                        matched = n  # "pro-Russian", "Iran-aligned": not a nationality
                        break
                    if cf is not None and (pos[i] in ("PROPN", "ADJ", "NOUN")
                                           or ent[i] in ("GPE", "NORP", "LOC")):
                        if (cf.iso3, cf.kind) not in countries:
                            countries.append((cf.iso3, cf.kind))
                        matched = n
                        break
                    ag = kb.agent(form)
                    if ag is not None and not (n == 1 and pos[i] == "PROPN"
                                               and ent[i] == "PERSON"):
                        # the head noun's agent wins over a modifier's ("army spokesman"),
                        # except that an opposition party's politicians, leaders, lawmakers
                        # and activists are the opposition ("opposition politicians")
                        if agent_sector is None or (ids[end - 1] == head_i and not (
                                agent_sector == "OPP" and ag.sector in _OPPOSABLE
                                and head.lower_ not in ("supporters", "supporter"))):
                            agent_sector = ag.sector
                        if ag.role and (agent_role is None or ids[end - 1] == head_i):
                            agent_role = ag.role
                        matched = n
                        break
                if matched:
                    used.update(ids[i:i + matched])
                i += matched or 1
        # An unknown full name (PERSON entity) still names a person, with the
        # country taken from its modifiers ("Bolivian President-elect Luis Arce").
        if person is None:
            # ("Kiev" tagged PERSON is still the capital)
            names = [t for t in toks if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                     and t.i not in used]
            if names and names[-1].i == head.i:
                name = _span_text(_runs(names)[-1])
                # someone the KB does not know: a title makes them an official of the
                # country the article is about ("Prime Minister Jacinda Ardern"); a full
                # name alone most likely one of its people too ("Eduardo Cunha" in a story
                # about Brazil), a guess for the country only, never for a sector
                full_name = len(_runs(names)[-1]) >= 2
                fallback = (ctx.default_country if agent_sector or agent_role or full_name
                            else None)
                if (not countries and org_actor is None and head.dep_ == "appos"
                        and head.head.i < head.i and head.head.pos_ == "NOUN"
                        and head.doc[head.left_edge.i - 1].text == ","):
                    # "the US commander in Afghanistan, General John Campbell": the
                    # phrase this name is set beside says whose official they are
                    own = {t.i for t in head.subtree}
                    host = {cf.iso3 for t in phrase_tokens(head.head)
                            if t.i not in own and (t.pos_ in ("PROPN", "ADJ")
                                                   or t.ent_type_ in ("GPE", "NORP"))
                            and (cf := self.kb.country(t.text)) is not None}
                    if len(host) == 1:
                        fallback = host.pop()
                person = Actor(text=name, name=name, country=fallback,
                               kb_id=f"person:{_slug(name)}")
                person_tokens = _runs(names)[-1]

        if person is not None:
            country = countries[0][0] if countries else person.country
            if org_actor is not None and org_actor.sector == "IGO" and org_actor.country is None:
                country = None  # "UN envoy …", "European Central Bank President …"
            # "the Maduro government", "the Castro regime": a name modifying a group noun
            names_state = (agent_sector is not None and bool(person_tokens)
                           and person_tokens[-1].head.i == head.i
                           and person_tokens[-1].dep_ in ("compound", "poss", "amod", "nmod")
                           and (head.pos_ == "NOUN" or head.i in used))
            # ("David Cameron's Conservatives": a group noun the parser took for a name)
            if not names_state:
                # what the text says ("President", "opposition leader", "UN envoy",
                # "former") wins over what the KB says of the person
                sector = (org_actor.sector if org_actor is not None and org_actor.sector
                          else agent_sector or person.sector or ("GOV" if agent_role else None))
                if person.sector in _STATELESS and org_actor is None and not countries:
                    sector = person.sector  # "Director-General Tedros": still the WHO's
                if person.sector == "ELI" and sector in ("PTY", "OPP") and agent_sector != sector:
                    # "MAS leader Evo Morales" a year after his presidency, but "Opposition
                    # leader Donald Tusk" as the text calls him
                    sector = "ELI"
                if sector == "PTY" and org_actor is None and country not in _ONE_PARTY:
                    # a party's leader out of government leads the opposition (the KB's
                    # office holders are GOV): "Wilders", "Kristersson" before 2022;
                    # "Conservative leader Boris Johnson" in office stays GOV
                    sector = person.sector if person.sector in ("GOV", "ELI") else "OPP"
                if _former(toks):
                    sector = "ELI"
                actor = replace(person, text=text, country=country, sector=sector,
                                role=agent_role or person.role)
                ctx.remember(actor)
                return [actor]
            if country:
                return [self.country_actor(text, country, agent_sector)]
        if org_actor is not None and not (countries and agent_sector):
            if org_actor.sector == "GOV" and agent_sector in ("REB", "UAF", "MIL"):
                org_actor = replace(org_actor, sector="MIL")  # a governing movement's fighters
            named = [c for c, _ in countries]
            country = org_actor.country or (named[0] if named else None)
            if (named and org_actor.sector in ("GOV", "JUD", "LEG", "COP", "MIL", "PTY")
                    and country not in named):
                # "Honduras's Supreme Electoral Tribunal": a national institution whose
                # name other countries' institutions share is the named country's
                country = named[0]
            return [replace(org_actor, text=text, country=country)]
        if countries:
            actors = []
            # "Israelis", "Cubans": the head itself is the plural demonym
            people = (head.tag_ in ("NNPS", "NNS") and head.i == toks[-1].i
                      and head.ent_type_ in ("NORP", "ORG", "")) or head.lower_ in _CROWD_NUMBERS
            if agent_sector == "IGO" and head.lemma_.lower() == "peacekeeper":
                agent_sector = "MIL"  # "Russian peacekeepers": a state's troops, not the UN
            kinds: dict[str, str] = {}
            for iso3, kind in countries:  # "China's National People's Congress": one actor,
                if iso3 not in kinds or _KIND_SECTOR.get(kind):  # the legislature
                    kinds[iso3] = kind
            for iso3, kind in kinds.items():
                sector = agent_sector or _KIND_SECTOR.get(kind)
                if sector is None and people and kind == "demonym":
                    sector = "CVL"  # "Israelis", "Cubans": the people themselves
                actors.append(self.country_actor(text, iso3, sector, agent_role))
            ctx.remember_group(actors)
            return actors
        if org_actor is not None:
            return [replace(org_actor, text=text)]
        if agent_sector is not None:
            # "police", "the army", "protesters": of the country where the sentence is set,
            # else the one the article is about; international bodies have none
            country = None if agent_sector in _STATELESS else ctx.fallback_country()
            owner = next((t for t in toks if t.dep_ == "poss" and t.lower_ in ("his", "her")),
                         None)
            person = ctx.person_before(owner) if owner is not None else None
            if person is not None and person.country and agent_sector not in _STATELESS:
                country = person.country  # "his supporters", "her government": theirs
            return [Actor(text=text, name=None, country=country, sector=agent_sector,
                          role=agent_role)]
        if head.lower_ in _UNNAMED_STATES and head.pos_ == "NOUN" and not any(
                c.dep_ == "poss" for c in head.children):
            # "nearly 200 countries agreed", "donor nations pledged": states, none named
            # ("their countries" are named elsewhere: not these)
            return [Actor(text=text, name=None, country=None, sector="GOV")]
        if head.lower_ in _CROWD_NUMBERS and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            # "tens of thousands rallied", "hundreds fled": people, of where it happens
            return [Actor(text=text, name=None, country=ctx.fallback_country(), sector="CVL")]
        return []


_PARENTHESIS_AT_END = re.compile(r"\s*\([^)]*\)?\s*$")


def _span_text(toks: list[Token] | Span) -> str:
    """The words' text: adjacent words with the whitespace between them in the document,
    others joined by one space."""
    toks = list(toks)
    if not toks:
        return ""
    doc = toks[0].doc
    return words_of(doc).text(doc_text(doc), [t.i for t in toks])


def _ids_text(doc: Doc, ids: list[int]) -> str:
    """``_span_text`` of the words at these indices (no Tokens built)."""
    return words_of(doc).text(doc_text(doc), ids)


