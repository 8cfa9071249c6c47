"""Language identification by function-word frequency (data: <lang>/lang.toml stopwords).

News articles are long enough that counting the most frequent function words of each
supported language is both fast and reliable; a few characters (ñ, ã/õ, ç) break ties.
"""

from __future__ import annotations

import re
from functools import cache

from communique.resources import SUPPORTED_LANGUAGES, load_lang_file

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_HINTS = {"es": "ñ¿¡", "pt": "ãõ", "fr": "èêëœ"}


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {
        lang: frozenset(w.lower() for w in load_lang_file(lang, "lang").get("stopwords", []))
        for lang in SUPPORTED_LANGUAGES
    }


def scores(text: str, limit: int = 20000) -> dict[str, float]:
    sample = text[:limit].lower()
    words = _WORD.findall(sample)
    if not words:
        return {}
    sets = _stopwords()
    out: dict[str, float] = {}
    for lang, stop in sets.items():
        if not stop:
            continue
        hits = sum(1 for w in words if w in stop)
        hint = sum(sample.count(c) for c in _HINTS.get(lang, ""))
        out[lang] = hits / len(words) + min(hint, 20) * 0.002
    return out


def detect_language(text: str, default: str = "und") -> str:
    """The most likely supported language, or `default` when no evidence at all."""
    s = scores(text)
    if not s:
        return default
    best = max(sorted(s), key=lambda k: s[k])
    return best if s[best] >= 0.05 else default
