"""Language identification for ingest, dependency-free.

realpolitik codes English text only, so ingest needs one decision: is this
document English? This module owns that decision. It looks at the writing system
first (Cyrillic, Arabic, Hebrew, CJK, Hangul, Devanagari, Greek, Thai each settle
it), then, for Latin script, scores the share of tokens that are frequent function
words of English and ten other European and Asian languages written in Latin
letters. It is small and fast, and good enough to tell an English news article
from a Spanish or French one; it is not a general-purpose identifier.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["LANGUAGE_NAMES", "MIN_WORDS", "detect_language", "is_english", "language_name"]

MIN_WORDS = 20
"""Below this many words a text is too short to judge, and is taken as English."""

UNDETERMINED = "und"

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "sv": "Swedish", "pl": "Polish", "tr": "Turkish",
    "id": "Indonesian", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "fa": "Persian",
    "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
    "el": "Greek", "th": "Thai", UNDETERMINED: "an undetermined language",
}

# About 50 of the most frequent function words of each language. Words shared by
# several languages ("a", "de", "in", "en") are fine: the scores are compared.
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": """the of and to a in is that for it was on with as he be by at are his this
            from have had not but or an they which were been has their its said would will
            who her she we you i more also after than there about when what one all if into
            over can our them could""",
        "es": """de la que el en y a los se del las un por con no una su para es al lo como
            más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me
            hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese
            eso ante ellos e esto mí antes algunos qué unos yo otro otras fue ha según""",
        "fr": """de la le et les des en un du une que est pour qui dans a par plus pas au sur
            ne se ce il sont avec son été aux elle ont mais ou comme nous leur sa ses cette
            d l qu n y été être fait même tout lui deux après entre sans aussi très dont""",
        "de": """der die und in den von zu das mit sich des auf für ist im dem nicht ein eine
            als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie
            einem über einen so zum war haben nur oder aber vor zur bis mehr durch man dieser
            wurde""",
        "pt": """de a o que e do da em um para é com não uma os no se na por mais as dos como
            mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também só pelo
            pela até isso ela entre era depois sem mesmo aos ter seus quem nas""",
        "it": """di e il la che è per un in del non una a sono le si da con gli i al della
            lo ha come ma più anche nel se alla dei delle questo o ci ne suo sua loro dopo
            tra quando già stato essere fra degli nella cui ancora molto era hanno""",
        "nl": """de en van het een in is dat op te zijn met voor niet aan er die als ook door
            maar om bij dan werd of nog naar uit tot wordt was worden hij ze kan hebben deze
            heeft over zich al wel geen meer na wat wij dit zo""",
        "sv": """och i att det som en på är av för med till den har de inte om ett han men
            var jag sig från vi så kan man när år sin ska hon eller nu då efter under även
            vid hade mot dem alla mer blev sina där detta också""",
        "pl": """w i się na z nie do że to jest o jak a po co tak za od ale przez są jego
            dla tylko już czy jej ze był było może być tym ich jako ma który która które
            oraz także bardzo tego przy ten też gdy jednak gdzie""",
        "tr": """ve bir bu da de için ile olarak çok daha olan gibi en ama ne kadar sonra o
            var mı her şey değil ise yani ki ya veya ancak göre tarafından ilk olduğu
            oldu bunu şu diye çünkü hem biz onun kendi""",
        "id": """yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada oleh
            sebagai adalah atau karena telah saat bisa kami mereka ia kita sudah lebih
            tersebut para bahwa hanya seperti setelah antara dapat harus menjadi namun serta
            masih belum secara hingga sangat jika""",
    }.items()
}

_WORD = re.compile(r"[^\W\d_]+")

# Script of a letter, by Unicode block; anything not listed counts as Latin or other.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "el"), (0x1F00, 0x1FFF, "el"),
    (0x0400, 0x052F, "cyrillic"), (0x1C80, 0x1C8F, "cyrillic"), (0x2DE0, 0x2DFF, "cyrillic"),
    (0xA640, 0xA69F, "cyrillic"),
    (0x0590, 0x05FF, "he"), (0xFB1D, 0xFB4F, "he"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0x08A0, 0x08FF, "arabic"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "hi"), (0x0E00, 0x0E7F, "th"),
    (0x1100, 0x11FF, "ko"), (0x3130, 0x318F, "ko"), (0xAC00, 0xD7AF, "ko"),
    (0x3040, 0x30FF, "kana"), (0x31F0, 0x31FF, "kana"), (0xFF66, 0xFF9F, "kana"),
    (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"), (0xF900, 0xFAFF, "han"),
    (0x20000, 0x2FA1F, "han"),
)
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_RUSSIAN = frozenset("ыэъёЫЭЪЁ")
_PERSIAN = frozenset("پچژگ")


def _script(ch: str) -> str:
    cp = ord(ch)
    if cp < 0x0370:
        return "latin"
    for lo, hi, name in _SCRIPT_RANGES:
        if lo <= cp <= hi:
            return name
    return "latin" if unicodedata.name(ch, "").startswith("LATIN") else "other"


def _script_language(text: str) -> tuple[str, float] | None:
    """The language a non-Latin writing system settles, or None for Latin script."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    if not letters:
        return None
    script, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if script in ("latin", "other"):
        return None
    share = n / letters
    if script in ("han", "kana"):
        kana = counts.get("kana", 0)
        share = (counts.get("han", 0) + kana) / letters
        return ("ja" if kana else "zh"), share
    if script == "cyrillic":
        uk = sum(ch in _UKRAINIAN for ch in text)
        ru = sum(ch in _RUSSIAN for ch in text)
        return ("uk" if uk > ru else "ru"), share
    if script == "arabic":
        fa = sum(ch in _PERSIAN for ch in text)
        return ("fa" if fa * 200 > n else "ar"), share
    return script, share


def detect_language(text: str) -> tuple[str, float]:
    """Best guess at the language of ``text`` and a score in 0..1.

    For a non-Latin script the score is the share of letters in that script; for
    Latin script it is the share of words that are function words of the language.
    Returns ``("und", 0.0)`` when there is nothing to go on.
    """
    by_script = _script_language(text)
    if by_script is not None:
        return by_script
    words = _WORD.findall(text.lower())
    if not words:
        return UNDETERMINED, 0.0
    scores = {
        lang: sum(w in stop for w in words) / len(words) for lang, stop in _STOPWORDS.items()
    }
    # Ties go to English: a text of shared words ("a", "in") gives no reason to reject it.
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    if scores[best] == 0.0:
        return UNDETERMINED, 0.0
    return best, round(scores[best], 4)


def is_english(text: str) -> bool:
    """True if ``text`` reads as English, or is too short (< 20 words) or too bare to judge."""
    if len(_WORD.findall(text)) < MIN_WORDS and _script_language(text) is None:
        return True
    language, _ = detect_language(text)
    return language in ("en", UNDETERMINED)


def language_name(code: str) -> str:
    """``"Spanish (es)"`` for ``"es"``; the code itself when it is not one we know."""
    name = LANGUAGE_NAMES.get(code)
    return f"{name} ({code})" if name and code != UNDETERMINED else (name or code)
