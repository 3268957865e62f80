"""The words a table's header and caption are recognised by (``tables.recognise``).

Every word is matched with spaces removed. A table of another organisation that names a
column differently means a word added here, not a recogniser changed.
"""

from __future__ import annotations

# Row labels of a total: a total row equals the sum of the others.
TOTAL_LABELS = frozenset({"계", "합계", "총계", "소계", "총괄"})
# Units of money a table states when its unit is missing (cells count won).
DEFAULT_MONEY_UNIT = "원"
# A row label or column header naming a measure that is not money: its figures never get an
# amount, whatever the caption's unit ("(단위: 조원, %)" over a "(GDP대비, %)" row, a 개수
# column, a 비율(%) column).
NOT_MONEY_HEADER_PATTERN = (
    r"%|％|비\s*율|증\s*감\s*률|[\p{Hangul}]율(?![\p{Hangul}])|개\s*수|인\s*원|건\s*수|면\s*적|㎡|㎢|ha"
    r"|\(\s*(?:명|개|건|개소|곳|동|호|회|종|대)\s*\)|수\s*량|연\s*면\s*적|[(/]\s*%"
)
EOK_WON = "억원"  # a header cell that counts in 억원 whatever the table's unit

# --- staffing (정원 / 현원) ---
QUOTA = "정원"  # the posts a unit may fill
CURRENT = "현원"  # the staff in post
# Column labels that are grades (5급, 6급이하, 임기제): a table of staff by grade.
GRADE_ENDINGS = ("급", "급이하", "임기제")

# --- budgets (세입 / 세출) ---
REVENUE = "세입"
EXPENDITURE = "세출"
ACCOUNT = "회계"  # a row label naming an account (일반회계, 특별회계)
BUDGET = "예산"  # a caption naming a budget table
# An account named in a caption: 일반·특별회계, 일반회계, 특별회계, 수도사업특별회계.
ACCOUNT_PATTERN = r"(일반\s*[·ㆍ+]?\s*특별\s*회계|일반회계|특별회계|[\p{Hangul}]+회계)"
# A year in a budget column label: 2024년도, '25년 당초예산.
BUDGET_YEAR_PATTERN = r"(?:^|/)'?(?P<year>(?:20)?\d{2})년"
# Column labels of a change or a rate, not an amount.
CHANGE_OR_RATE = ("률", "증감", "대비", "%")
# Column labels that span years ('23년 이전, '26년 이후): a budget not read by year.
YEAR_SPANS = ("이전", "이후", "~")

# --- funds (기금) ---
FUND = "기금"
FUND_START = ("조성액", "말조성")  # the balance at the start of the year
FUND_REVENUE = ("수입",)
FUND_EXPENDITURE = ("지출",)
FUND_CHANGE = ("증감",)
FUND_END = ("예상액", "말조성")  # the balance expected at the end

# --- funded institutions (출연기관) ---
INSTITUTION = "기관"  # the first column's label
FOUNDED = "설립"  # a column about the founding
INSTITUTION_COLUMNS = {
    "budget": "예산",
    "legal_basis": "근거",
    "founded": "설립일",
    "head": "대표",
    "organisation": "조직",
    "functions": "기능",
}

# --- glossary (용어 해설) ---
GLOSSARY_TERM = "용어"

# --- events (행사일정) ---
EVENT = ("행사",)
EVENT_DATES = ("기간", "일정")
EVENT_MONTH = ("월",)
EVENT_VENUE = ("장소",)
EVENT_ATTENDANCE = ("인원", "규모")
EVENT_DESCRIPTION = ("내용",)

# --- investment plans (연도별 투자계획) ---
# Header words of a budget table that compares years: not an investment plan by year.
NOT_INVESTMENT_HEADERS = ("예산", "증감", "회계", "세입", "세출", "대비", "%")

# --- roadmaps (산업육성 로드맵) ---
ROADMAP_CATEGORY = "분류"  # the first column's label
ROADMAP_GOAL = "목표"  # the second column's label
PLANNED = "(계획)"  # a project still planned opens with it

# --- bullet trees in a cell ---
# A cell that opens with a bullet and holds more ("○ 전통시장 경쟁력 제고 - 온누리상품권 발행·판매
# 규모 확대 * (발행) ('19)2.0조원 …", a plan's 추진현황 | 향후계획 appendix) is a tree of lines
# flattened: each line is read on its own, and a line names what the lines below it detail.
# Bullets by rank, the highest first (notes, * … ***, all on the line above them); "-" and
# "*" count only between spaces. ◇ ranks with □: "◇ 2025년도 거래목표 : …" heads the "○ 거래금액 :
# …" set a little right of it (ocean-agriculture p40).
CELL_TREE_RANKS: dict[str, int] = {
    "□": 0,
    "◇": 0,
    "○": 1,
    "-": 2,
    "※": 3,
    "*": 3,
    "**": 3,
    "***": 3,
}
# … and of lines no item holds (a 참고 page's list beside a column of items, an overview
# page), by their marker as normalised: "⑨ '벡스코 제3전시장 건립' 본궤도 안착 …" over "- 총사업비
# 2,900억원 확정 …"; a numbered line ranks with ○.
LINE_TREE_RANKS: dict[str, int] = {
    **CELL_TREE_RANKS,
    **{chr(0x2460 + n): 1 for n in range(20)},  # ① … ⑳
    "▷": 3,
}
