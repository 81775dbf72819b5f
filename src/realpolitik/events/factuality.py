"""Factuality: did the event happen as told, or is it denied, planned, hypothetical or a claim?

Read from the parse around the trigger: negation, modal and future auxiliaries,
control verbs ("plans to", "was to visit", "refused to"), conditional clauses,
and reported speech (the speaker of "X said Y attacked" becomes the attribution).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from realpolitik.nlp import clause_of, sentence_of, span_text, words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEECH_VERBS = frozenset({
    "say", "tell", "claim", "allege", "report", "announce", "state", "add", "insist", "assert",
    "declare", "write", "tweet", "argue", "stress", "note", "confirm", "explain", "suggest",
    "believe", "think", "maintain", "reiterate", "indicate", "acknowledge", "admit",
})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_MODAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d", "can", "must"})
_PLAN_HEADS = frozenset({
    "plan", "intend", "expect", "prepare", "hope", "aim", "seek", "want", "schedule", "set",
    "agree", "promise", "pledge", "vow", "threaten", "offer", "propose", "decide", "wish",
    "try", "attempt", "consider", "mean", "go", "be", "due", "likely", "ready", "poised",
})
_ATTEMPT_HEADS = frozenset({"try", "attempt", "seek"})
_NEG_HEADS = frozenset({"refuse", "decline", "deny", "fail", "reject", "avoid", "cancel",
                        "postpone", "abandon", "halt"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
_PAST_PREPS = frozenset({"after", "following", "since"})
# "accused X of killing", "blamed X for the attack": the act is X's, on the accuser's word
_ALLEGING = frozenset({"accuse", "blame", "charge", "suspect", "indict", "fault", "implicate",
                       "condemn", "criticise", "criticize", "denounce", "sanction", "sue"})
# "sentenced X to life for killing": the act is X's, as a court found it
_FINDING = frozenset({"sentence", "convict", "jail", "imprison", "fine", "execute", "hang"})
# "allegations linking Indian agents to the killing": the act is theirs, as someone claims
_LINKING = frozenset({"link", "tie", "connect"})


@dataclass(frozen=True, slots=True)
class Factuality:
    value: str  # asserted | negated | planned | hypothetical | reported_claim
    speaker: Token | None  # subject of the speech verb that reports the event
    reason: str
    attempted: bool = False  # planned only as something already tried ("tried to cross")

    @property
    def ahead(self) -> bool:
        """Is the event still to come when told? Its weekday is then the next one."""
        return self.value == "planned" and not self.attempted


def negated(tok: Token) -> bool:
    """Is what ``tok`` tells negated: "not", "never" or "no" on it, or a subject that is
    "no one" ("no journalists had been detained", "no country has recognised")?"""
    words = words_of(tok.doc)
    dep, low = words.dep, words.lower
    clause = words.pos[tok.i] in ("VERB", "AUX")
    return any(dep[c] == "neg" or (low[c] in _NEG_WORDS and dep[c] in ("advmod", "det"))
               or (dep[c] in ("nsubj", "nsubjpass") and clause
                   and any(dep[d] == "det" and low[d] == "no" for d in words.children[c]))
               for c in words.children[tok.i])


def _aux(tok: Token) -> set[str]:
    words = words_of(tok.doc)
    return {words.lower[c] for c in words.children[tok.i]
            if words.dep[c] in ("aux", "auxpass")}


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    """Is the clause introduced by one of these words ("if", "since")?"""
    words = words_of(clause.doc)
    return any(words.dep[c] == "mark" and words.lower[c] in marks
               for c in words.children[clause.i])


def scheduled(verb: Token) -> bool:
    """Is a clause in the simple present, as schedules are told ("leaves office on August
    7", "a runoff is set for June 21")? Its dates then lie ahead, like a plan's."""
    words, v = words_of(verb.doc), verb.i
    if words.pos[v] not in ("VERB", "AUX"):
        return False
    if (words.dep[v] in ("ccomp", "xcomp", "advcl")
            and words.lemma[words.head[v]] not in SPEECH_VERBS):
        return False  # "demanding that she withdraw the bill": a wish, not a schedule
    aux = [c for c in words.children[v] if words.dep[c] in ("aux", "auxpass")]
    if aux:
        return all(words.tag[a] in ("VBZ", "VBP") and words.lemma[a] == "be" for a in aux) and (
            words.tag[v] == "VBN")  # "is set for", not "is meeting" or "has met"
    return words.tag[v] in ("VBZ", "VBP") and words.lemma[v] not in ("be", "have", "say")


_SCHEDULING = frozenset({"plan", "schedule", "set", "due", "slate", "expect"})


def looks_ahead(fact: Factuality, tok: Token) -> bool:
    """Does what ``tok`` tells lie ahead of its telling: planned, or a schedule told in the
    present? Its weekdays and days of a month are then the coming ones.

    The words between ``tok`` and its clause's verb decide first: what comes "after" or
    "following" something ("his victory in Sunday's runoff") looks back; what is "planned
    for", "due" or "scheduled" looks ahead ("the election planned for Sunday"); and a
    "when" clause of a future ("will be the youngest president when he takes office in
    March") lies ahead with it."""
    clause = clause_of(tok)
    cur = tok
    for _ in range(8):
        if cur is clause or cur.head is cur:
            break
        if cur.lower_ in _PAST_PREPS and cur.dep_ == "prep" and cur is not tok:
            return False
        if cur.lemma_.lower() in _SCHEDULING and cur.dep_ in ("acl", "amod", "acomp"):
            return True
        cur = cur.head
    if _marked(clause, _PAST_PREPS):
        return False  # "the first vote since they initialled a deal in August"
    if clause.lemma_.lower() in _SCHEDULING and clause.tag_ in ("VBN", "JJ"):
        return True  # "is due in Honiara on Friday", "is scheduled for Monday"
    words = words_of(clause.doc)
    if any(words.dep[c] == "acomp" and words.lemma[c].lower() == "due"
           for c in words.children[clause.i]):
        return True
    if clause.dep_ == "advcl" and _aux(clause.head) & _FUTURE_AUX and not _aux(clause):
        return True
    return fact.ahead or scheduled(clause)


@dataclass(frozen=True, slots=True)
class Imputed:
    """An act imputed to someone by an accusation or a verdict: "accused Serbian police of
    beating migrants", "blamed Israel for the assassination", "were accused by the UN of
    killing", "sentenced a soldier to life for killing a civilian"."""

    verb: Token  # the accusing (or sentencing) verb
    doer: Token  # who is said to have done the act: its object, or its passive subject
    speaker: Token | None  # who accuses (None for a verdict: told as fact)


def imputed(trigger: Token) -> Imputed | None:
    """The accusation or verdict that ``trigger`` (a verb or event noun) is the object of."""
    prep = trigger.head
    if (trigger.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj"
            and prep.head.lemma_.lower() in _ONSETS):
        # "blamed each other for the outbreak of fighting": the fighting is what is blamed
        trigger = prep.head
        prep = trigger.head
    elif (trigger.dep_ == "dobj" and prep.dep_ == "pcomp"
          and prep.lemma_.lower() in _STARTING):
        # "blamed each other for starting the border fighting"
        trigger = prep
        prep = trigger.head
    if trigger.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in (
            "of", "for", "to"):
        return None
    verb = prep.head
    if (verb.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN")
            and verb.head.lemma_.lower() in _ALLEGING):
        # "accused [Armenian forces of firing]": the parser hung "of" on the accused
        verb = verb.head
    lemma = verb.lemma_.lower()
    # "evidence linking Russia to the attack", "were linked to the bombing": "to" only there
    linking = lemma in _LINKING
    if verb.pos_ != "VERB" or (prep.lower_ == "to") != linking or not (
            linking or lemma in _ALLEGING | _FINDING):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        linking and verb.tag_ == "VBN" and verb.dep_ == "acl")
    doers = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if linking and passive and not doers and verb.dep_ == "acl":
        doers = [verb.head]  # "gunmen linked to the Islamic State"
    if not doers:
        return None
    speaker = None
    if linking and not passive:
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif lemma in _ALLEGING:
        if passive:
            speaker = next((p for c in verb.children if c.dep_ == "agent"
                            for p in c.children if p.dep_ == "pobj"), None)
        else:
            speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if speaker is None and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
                # "cut ties with Ukraine, accusing Kyiv of supporting the rebels": the
                # accuser is the subject of the clause the participle adds to
                speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if speaker is None:
            return None  # "were charged with": the charge is the news, not a claim of it
    return Imputed(verb, doers[0], speaker)


def _first_to(verb: Token) -> bool:
    """"became the first country to recognise …": a rank, not a purpose; the act is told
    as done."""
    return verb.lemma_.lower() in ("be", "become") and any(
        c.dep_ == "attr" and any(m.lower_ in _RANKS for m in c.children) for c in verb.children)


_RANKS = frozenset({"first", "second", "third", "last", "latest", "only"})


def assess(trigger: Token) -> Factuality:
    """Factuality of the event whose trigger is ``trigger`` (a verb or an event noun)."""
    verb = trigger
    if (trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj"
            and trigger.head.lower_ in _PAST_PREPS):
        # "after his trip to Cuba, Zarif was to visit ...": the trip is behind us
        return Factuality("asserted", None, f"'{trigger.head.text}' a past event")
    imp = imputed(trigger)
    if imp is not None and imp.speaker is not None:
        return Factuality("reported_claim", imp.speaker,
                          f"imputed by '{imp.speaker.text}' ({imp.verb.text} … "
                          f"{trigger.head.text})")
    # A nominal event takes the factuality of the clause it sits in ("will hold talks").
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in ("ROOT",) and verb.head is not verb:
        verb = verb.head
    value, reason = "asserted", "no negation, modality or reporting"
    attempted = False
    speaker: Token | None = None
    if negated(verb) or (verb is not trigger and negated(trigger)):
        value, reason = "negated", f"negated ({verb.text})"
    aux = _aux(verb)
    if value == "asserted" and aux & _FUTURE_AUX:
        value, reason = "planned", f"future auxiliary ({', '.join(sorted(aux & _FUTURE_AUX))})"
    modal = aux & _MODAL_AUX
    cur = verb
    # Climb control/complement chains: "was to visit", "refused to meet", "said ... attacked".
    for _ in range(6):
        head = cur.head
        if head is cur:
            break
        if (stopped := stopped_short(cur)) is not None:
            if value == "asserted":
                value, reason = "negated", f"'{stopped.text} short of'"
            cur = stopped
            continue
        if cur.dep_ == "xcomp":
            lemma = head.lemma_.lower()
            if lemma in _NEG_HEADS or negated(head):
                if value == "asserted":
                    value, reason = "negated", f"under '{head.text}'"
            elif lemma in _PLAN_HEADS and value == "asserted":
                value, reason = "planned", f"under '{head.text}'"
                # "tried to force their way across on Monday": the attempt is behind us
                attempted = lemma in _ATTEMPT_HEADS and head.tag_ == "VBD"
            modal |= _aux(head) & _MODAL_AUX
            if value == "asserted" and _aux(head) & _FUTURE_AUX:
                value, reason = "planned", f"future auxiliary on '{head.text}'"
        elif (cur.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN"
              and head.lemma_.lower() in CLAIM_NOUNS and speaker is None):
            # "rejected Canberra's accusation that a Chinese jet had released flares", "a
            # U.S. allegation that its Guards had attacked two tankers": told on the word
            # of whoever made the claim
            speaker = _claimant(head)
            if value == "asserted":
                value, reason = "reported_claim", f"claimed in '{head.text}'"
            break
        elif cur.dep_ == "ccomp" and head.lemma_.lower() in _DENIALS and value == "asserted":
            # "denied that its Guards had attacked the tankers": told as not done; "denied
            # a U.S. allegation that its Guards had attacked" (the clause hung on the verb):
            # told on the claimant's word
            claim = next((c for c in head.children if c.dep_ == "dobj"
                          and c.lemma_.lower() in CLAIM_NOUNS), None)
            if claim is not None:
                speaker = _claimant(claim)
                value, reason = "reported_claim", f"claimed in '{claim.text}'"
            else:
                value, reason = "negated", f"denied ('{head.text}')"
            break
        elif cur.dep_ in ("ccomp", "parataxis") or (cur.dep_ == "conj" and head.dep_ == "ccomp"):
            if head.lemma_.lower() in SPEECH_VERBS and speaker is None:
                subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not subj and head.dep_ == "conj":
                    # "the ministry dismissed the package and said it would respond": the
                    # subject the coordinated verbs share
                    subj = [c for c in head.head.children if c.dep_ == "nsubj"]
                speaker = subj[0] if subj else _unattached_speaker(head)
        elif cur.dep_ == "advcl" and _marked(cur, _CONDITION_MARKS):
            value, reason = "hypothetical", "conditional clause"
        elif (cur.dep_ == "advcl" and cur.tag_ == "VB" and value == "asserted"
              and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
              and not _first_to(head)):
            value, reason = "planned", f"purpose of '{head.text}' (to …)"
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "parataxis", "advcl"):
            break
        cur = head
    if _marked(verb, _CONDITION_MARKS):
        value, reason = "hypothetical", "conditional clause"
    if value == "asserted" and modal:
        if speaker is not None and modal <= {"would", "'d"}:
            value, reason = "planned", "'would' in reported speech"
        else:
            value, reason = "hypothetical", f"modal ({', '.join(sorted(modal))})"
    if speaker is None:
        speaker = _according_to(verb) or _trailing_speaker(cur)
    if speaker is not None and value == "asserted":
        value, reason = "reported_claim", f"reported by '{speaker.text}'"
    return Factuality(value, speaker, reason, attempted and value == "planned")


def stopped_short(tok: Token) -> Token | None:
    """The verb of "stopped short of condemning", "fell short of recognising" (the act is
    not done) when ``tok`` is the act, else None."""
    of = tok.head
    if tok.dep_ != "pcomp" or of.lower_ != "of" or of.head.lower_ != "short":
        return None
    verb = of.head.head
    return verb if verb.lemma_.lower() in ("stop", "fall") and verb.i != of.head.i else None


_STARTING = frozenset({"start", "begin", "provoke", "trigger", "instigate", "spark", "launch"})
_ONSETS = frozenset({"outbreak", "eruption", "escalation", "resumption", "start", "wave",
                     "spate", "surge"})
_DENIALS = frozenset({"deny", "dismiss", "reject", "refute"})
CLAIM_NOUNS = frozenset({"accusation", "claim", "allegation", "charge", "assertion",
                          "report", "suggestion", "contention", "rumour", "rumor"})


def _claimant(noun: Token) -> Token | None:
    """Who made the claim a noun names: its possessor ("Kyiv's claim"), its "by"/"from"
    object ("allegations by Washington"), or a national modifier ("a U.S. allegation")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and (
                c.ent_type_ in ("GPE", "NORP", "ORG")):
            return c
    return None


def _trailing_speaker(clause: Token) -> Token | None:
    """"Russia shelled Kharkiv with rockets, Ukrainian officials said, in one of …": the
    parser hangs the speech verb on the clause it reports (as parataxis)."""
    doc, words = clause.doc, words_of(clause.doc)
    for c in words.children[clause.i]:
        if (words.dep[c] == "parataxis" and c > clause.i
                and words.lemma[c].lower() in SPEECH_VERBS):
            subj = [s for s in words.children[c] if words.dep[s] in ("nsubj", "nsubjpass")]
            if subj:
                return doc[subj[0]]
            return _unattached_speaker(doc[c])
    return None


def _unattached_speaker(verb: Token) -> Token | None:
    """"An Israeli strike killed Haniyeh in Tehran, Iran's Revolutionary Guards said": the
    parser hung the speaker on the word before it (here as an apposition of "Tehran") and
    left the speech verb without a subject. The speaker is then the one noun phrase between
    the last comma and the verb."""
    doc, first = verb.doc, sentence_of(verb).start
    start = verb.i - 1
    while start > first and doc[start - 1].text != ",":
        start -= 1
    if start <= first or start == verb.i:
        return None  # no comma before the verb: not a trailing "…, X said"
    span = range(start, verb.i)
    roots = [doc[i] for i in span if doc[i].head.i not in span or doc[i].head.i == i]
    if len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN"):
        return roots[0]
    return None


def _according_to(verb: Token) -> Token | None:
    sent = sentence_of(verb)
    if "according" not in span_text(sent).lower():
        return None  # most sentences (cheaper than reading their tokens)
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            for c in tok.nbor().children:
                if c.dep_ == "pobj":
                    return c
            for c in tok.children:
                if c.dep_ == "prep":
                    for cc in c.children:
                        if cc.dep_ == "pobj":
                            return cc
    return None
