"""Quotation spans: where each quotation opens and closes, marks of the four languages.

Pure text, no actors: the date, quote, meeting and position stages all read the spans of one
text, computed once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from communique.stages.sentences import paragraphs

PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"', "‘": "’", "‚": "‘"}
OPENERS = set(PAIRS)
CLOSERS = {"»", "”", "›", '"', "’", "“", "‘"}
# right after a closing mark (a comma or period, a dash between): what follows speaks for the
# quote («…», aseguró; “…,” he said; «…» — dijo)
AFTER_CLOSE = re.compile(r"[»”\"’][,.]?\s*[—–]?\s*$")


@dataclass(frozen=True)
class QSpan:
    open: int  # position of the opening mark
    close: int  # position of the closing mark (or paragraph end when unbalanced)
    start: int  # content start
    end: int  # content end
    balanced: bool = True
    part: int = 0  # 1 and 2 for the halves of a quote interrupted by its cue


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' between letters (l’OTAN, Russia’s, don't) or after s (leaders’ meeting)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return True
    if prev in "sS" and not nxt.isalnum() and text[i] in "’'":
        # plural possessive (leaders’ talks): only if no opening ‘ is pending — handled by caller
        return True
    return False


def _opens(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    return prev.isspace() or prev in "([{—–-/:;,¿¡«“‘\"'" or i == 0


@lru_cache(maxsize=4)
def find_quote_spans(text: str) -> tuple[QSpan, ...]:
    """Every quotation span of the text: computed once per text for the stages that need it."""
    return tuple(_find_quote_spans(text))


def _find_quote_spans(text: str) -> list[QSpan]:
    spans: list[QSpan] = []
    paras = paragraphs(text)
    carry: QSpan | None = None  # a multi-paragraph quote still open
    for ps, pe in paras:
        stack: list[tuple[str, int]] = []
        i = ps
        # a quote left open at the end of the previous paragraph is one quote per paragraph
        # (the multi-paragraph convention repeats the opening mark at each paragraph)
        if carry is not None:
            spans.append(carry)
            carry = None
        while i < pe:
            c = text[i]
            if c == '"':
                if stack and stack[-1][0] == '"':
                    o = stack.pop()[1]
                    if not stack:
                        spans.append(QSpan(o, i, o + 1, i))
                elif _opens(text, i):
                    stack.append(('"', i))
            elif c in "«“„‹‚":
                if c == "“" and stack and PAIRS[stack[-1][0]] == "“":  # closes „ … “
                    o = stack.pop()[1]
                    if not stack:
                        spans.append(QSpan(o, i, o + 1, i))
                else:
                    stack.append((c, i))
            elif c == "‘":
                if _opens(text, i):
                    stack.append((c, i))
            elif c in "»”›’":
                if c == "’" and (not stack or stack[-1][0] != "‘") and _is_apostrophe(text, i):
                    i += 1
                    continue
                if (
                    c == "’"
                    and stack
                    and stack[-1][0] == "‘"
                    and text[i - 1 : i].isalpha()
                    and text[i + 1 : i + 2].isalpha()
                ):
                    i += 1  # apostrophe inside a single-quoted passage
                    continue
                # find the matching opener on the stack
                for k in range(len(stack) - 1, -1, -1):
                    if PAIRS[stack[k][0]] == c:
                        o = stack[k][1]
                        del stack[k:]
                        if not stack:
                            spans.append(QSpan(o, i, o + 1, i))
                        break
            i += 1
        if stack:
            o = stack[0][1]
            mark = stack[0][0]
            # unbalanced: keep open across the paragraph break if the next starts with the mark
            end = pe
            carry = QSpan(o, pe, o + 1, end, balanced=False)
            del mark
    if carry is not None:
        spans.append(carry)
    # strip whitespace inside the marks, drop empties
    out = []
    for q in spans:
        s, e = q.start, q.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(QSpan(q.open, q.close, s, e, q.balanced))
    out.sort(key=lambda q: q.start)
    return out
