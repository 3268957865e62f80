"""Character data: look-alike glyphs that HWP-exported PDFs use, and what they stand for.

Sources: the Busan 2025 plans in ../shared/pdfs (see SOURCES.md there), read with
pdfplumber 0.11. Data only; the functions that use it live in pdf.py.
"""

# Private-use code points that HWP's symbol fonts map their bullets to, by font.
# U+F000 in Haansoft Batang / HCRDotum / 한양신명조 is the □ (and boxed-number) bullet.
PRIVATE_USE_BY_FONT: dict[str, dict[str, str]] = {
    "batang": {"\uf000": "□"},
    "hcrdotum": {"\uf000": "□"},
    "hcrbatang": {"\uf000": "□"},
}
# Any other private-use glyph opening a line is most often a box bullet too.
PRIVATE_USE_FALLBACK = "□"

# Symbol fonts that draw bullets with ASCII codes: what each code shows (Wingdings' own
# chart; ⬥ is given as the ◆ it is read as). Seen: planning-officer p.6, Wingdings "w".
SYMBOL_FONT_GLYPHS: dict[str, dict[str, str]] = {
    "wingdings": {
        "l": "●",
        "n": "■",
        "q": "❑",
        "u": "◆",
        "v": "❖",
        "w": "◆",
        "§": "▪",
        "Ø": "➢",
        "ü": "✔",
    },
}

# Normalised form of look-alike characters (the original text is kept beside it).
NORMALISE: dict[str, str] = {
    "\u2019": "'",  # ’
    "\u2018": "'",  # ‘
    "\u02bc": "'",  # ʼ
    "\u02ca": "'",  # ˊ (seen as a year quote: ˊ25)
    "\u00b4": "'",  # ´
    "\u0060": "'",  # ` (seen as a year quote: `25)
    "\u0384": "'",  # ΄ Greek tonos, seen as a year quote
    "\u2032": "'",  # ′ prime, seen as a year quote
    "\uff5e": "~",  # ～
    "\u223c": "~",  # ∼
    "\u301c": "~",  # 〜
    "\u25b9": "▷",  # ▹
    "\u25bb": "▷",  # ▻
    "\u25ca": "◇",  # ◊
    "\u2027": "·",  # ‧
    "\u2024": "·",  # ․
    "\u318d": "·",  # ㆍ
    "\u02d1": "·",  # ˑ
    "\u017e": "·",  # ž, a middle dot in some plans' fonts ("구청장ž군수", "중ž남ž해운대구")
    "\uff65": "·",  # ･
    "\u30fb": "·",  # ・
    "\u2219": "·",  # ∙
    "\u22c5": "·",  # ⋅
    "\u00ad": "-",  # soft hyphen used as a dash bullet
    "\u2010": "-",
    "\u2011": "-",
    "\u2013": "-",  # – as a bullet
    "\u2212": "-",  # −
    "\u274d": "○",  # ❍
    "\u25e6": "○",  # ◦
    "\u2218": "○",  # ∘
    "\u2610": "□",  # ☐
    "\u25a2": "□",  # ▢
    "\uff62": "「",  # ｢ halfwidth corner brackets
    "\uff63": "」",  # ｣
    "\u00a0": " ",
    "\u3000": " ",
}

# Characters that open a bullet line once normalised, mapped to the marker kept in the output.
# Longest/most specific first is not needed: markers are single characters.
MARKERS: dict[str, str] = {
    "□": "□",
    "■": "□",
    "○": "○",
    "●": "○",
    "-": "-",
    "·": "·",
    "•": "·",
    "▪": "·",
    "◇": "◇",
    "◆": "◇",
    "◈": "◇",
    "❖": "◇",
    "▷": "▷",
    "▶": "▶",
    "※": "※",
    "*": "*",
    "▣": "▣",
    "✓": "✓",
    "✔": "✓",
}

# Dingbat and sans-serif circled numbers, mapped to the plain circled ones (①..⑩).
for _i in range(10):
    NORMALISE[chr(0x2780 + _i)] = chr(0x2460 + _i)  # ➀..➉
    NORMALISE[chr(0x278A + _i)] = chr(0x2460 + _i)  # ➊..➓
    NORMALISE[chr(0x2776 + _i)] = chr(0x2460 + _i)  # ❶..❿
    MARKERS[chr(0x2460 + _i)] = chr(0x2460 + _i)  # an enumerated item: the number is its marker

# Circled numbers ①..⑳ and ㉑..㉟ used for task numbers.
CIRCLED_NUMBERS: dict[str, int] = {
    **{chr(0x2460 + i): i + 1 for i in range(20)},
    **{chr(0x3251 + i): i + 21 for i in range(15)},
}

ROMAN_NUMERALS: dict[str, int] = {
    "Ⅰ": 1,
    "Ⅱ": 2,
    "Ⅲ": 3,
    "Ⅳ": 4,
    "Ⅴ": 5,
    "Ⅵ": 6,
    "Ⅶ": 7,
    "Ⅷ": 8,
    "Ⅸ": 9,
    "Ⅹ": 10,
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
}

# A box between a line's words, spaced both sides ("❶ 운행관리 시스템 구축 □ 버스 운행 데이터
# 분석 … 개발('24.10.~'25.8. 10억원)", transport-innovation p20): HWP's boxed arrow, read as
# its private-use □; it parts a bold title from its details, as ▷ does. A box opening a line
# is a bullet, and one glued to a word ("□비정형적 범죄 확산 □사이버 …") a check box.
MIDLINE_BOX = "□"
