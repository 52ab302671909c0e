"""Glyph substitutions of PDF extraction, repaired in place: a font's arrow, times and tilde glyphs read as
other characters ("冥" for →, "伊" for ×, "耀" for ～, "芋类/郁类" for Ⅲ类/Ⅳ类), and punctuation written as the
code point of its GB2312 code ("ꎬ" U+A3AC for "，")."""

from __future__ import annotations

import re
import unicodedata

from kg.lexicon import ARROW_LOOKALIKES, GLYPH_SUBSTITUTES, TARO_BEFORE, TIMES_BEFORE
from kg.lines import CJK_RE

YI_RE = re.compile("[\ua1a1-\ua1fe\ua3a1-\ua3fe]")  # Yi syllables where GB2312's punctuation rows fall


def _gb_punctuation(char: str) -> str | None:
    """The punctuation a PDF's font wrote as the code point of its GB2312 code ("ꎬ" U+A3AC for "，" GB A3AC):
    code points that fall among the Yi syllables."""
    code = ord(char)
    if not (0xA1A1 <= code <= 0xA1FE or 0xA3A1 <= code <= 0xA3FE):
        return None
    decoded = bytes((code >> 8, code & 0xFF)).decode("gb2312", errors="ignore")
    if not decoded or not unicodedata.category(decoded).startswith("P"):
        return None
    return "。" if decoded == "．" else decoded  # the font's full stop ends a sentence


def fix_glyphs(chars: list[str]) -> None:
    """Repair glyph substitutions in place (same length, so offsets stay)."""
    n = len(chars)
    for i, char in enumerate(chars):
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < n else ""
        if YI_RE.match(char):  # "调查ꎮ": punctuation by its GB2312 code, next to Chinese text (not Yi script)
            if (punct := _gb_punctuation(char)) and (CJK_RE.match(prev) or CJK_RE.match(nxt)):
                chars[i] = punct
            continue
        if char not in GLYPH_SUBSTITUTES:
            continue
        if char == "冥":
            if prev + char not in ARROW_LOOKALIKES and char + nxt not in ARROW_LOOKALIKES:
                chars[i] = "→"
        elif char == "伊":
            if prev in TIMES_BEFORE or nxt.isdigit():
                chars[i] = "×"
        elif char == "耀":
            if prev.isdigit() and nxt.isdigit():
                chars[i] = "～"
        elif nxt == "类" and prev not in TARO_BEFORE:  # 芋类 / 郁类
            chars[i] = GLYPH_SUBSTITUTES[char]
