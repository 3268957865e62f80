"""Vocabulary of the funding notation: money units and funding-source labels. Data only.

Sources: the Busan 2025 plans (../shared/pdfs/busan-2025) and the Korean
budget terms they use (국비 national treasury, 시비 city, 구·군비 district and
county, 지방비 local government, 민자/민간 private, 자부담 own contribution).
"""

from decimal import Decimal

# Money units, as written after a figure, and their value in the unit currency.
# The pattern is built longest first, so that 천억원 is not read as 억원 after "천".
KRW_UNITS: dict[str, Decimal] = {
    "조원": Decimal(10) ** 12,
    "조": Decimal(10) ** 12,  # only in "N조 M억원" compounds and "N조원"
    "천억원": Decimal(10) ** 11,
    "천억": Decimal(10) ** 11,  # 원 left off: "1조 2천억"
    "백억원": Decimal(10) ** 10,
    "백억": Decimal(10) ** 10,
    "억원": Decimal(10) ** 8,
    "억": Decimal(10) ** 8,  # 원 left off: "117억"
    "천만원": Decimal(10) ** 7,
    "백만원": Decimal(10) ** 6,
    "만원": Decimal(10) ** 4,
    "천원": Decimal(10) ** 3,
    "원": Decimal(1),
}
USD_UNITS: dict[str, Decimal] = {
    "조달러": Decimal(10) ** 12,
    "억달러": Decimal(10) ** 8,
    "억불": Decimal(10) ** 8,
    "천만달러": Decimal(10) ** 7,
    "천만불": Decimal(10) ** 7,
    "백만달러": Decimal(10) ** 6,
    "백만불": Decimal(10) ** 6,
    "만달러": Decimal(10) ** 4,
    "만불": Decimal(10) ** 4,
    "달러": Decimal(1),
}

# Funding-source labels -> canonical source. Any other label is kept as written
# with the source "other".
SOURCES: dict[str, str] = {
    "국": "national",
    "국비": "national",
    "국고": "national",
    "정부": "national",
    "시": "city",
    "시비": "city",
    "市": "city",
    "도": "province",
    "도비": "province",
    "군": "county",
    "군비": "county",
    "구": "district",
    "구비": "district",
    "구군": "district_county",
    "구·군": "district_county",
    "구군비": "district_county",
    "구·군비": "district_county",
    "시군": "city_county",
    "시·군": "city_county",
    "지방": "local",
    "지방비": "local",
    "지자체": "local",
    "민": "private",
    "민자": "private",
    "민간": "private",
    "민간자본": "private",
    "자부담": "private",
    "자담": "private",
    "기업": "private",
    "기업부담": "private",
    "주관": "host",
    "주관기관": "host",
    "모태펀드": "fund",
    "기금": "fund",
    "기타": "other",
    "공공": "public",
    "특별교부세": "national",  # grants from the national treasury to local government
    "특교세": "national",
    "교부세": "national",
    "보통교부세": "national",
    "지방소멸대응기금": "fund",
}

# The vocabularies below are data: one word per entry, kept compact and out of the formatter.
# fmt: off

# Counters that make 억 a count, not money: 1억 명, 3억 톤, 8억립 (grains), 2백만미 (fry; not
# 미만, "less than"). Regular expressions, joined into one.
# A particle is still money: "5억으로", "9억을".
COUNTERS = [
    "명", "개", "건", "톤", "세대", "가구", "회", "장", "대", "㎡", "kg", "달러", "불", "립", "미(?!만)",
    "패", "마리", "그루", "본", "척", "두",
]
# Syllables that, after a figure and 원, make a word rather than money: 3원칙, 2원화, 1원자력.
BARE_WON_NOT_BEFORE = "[칙인장전자료형천스화활점본리소회생아격조]"

# Breakdown parts that say what the money is spent on, not who pays (사업비 = 공사비 + 보상비).
USES = frozenset({
    "토지매입", "토지매입비", "부지매입", "부지매입비", "용지비", "용지매입비", "건축", "건축비",
    "공사", "공사비", "시설비", "보상", "보상비", "설계", "설계비", "설계용역", "임대료", "운영비",
    "인건비", "장비", "장비비", "장비구축", "사업비", "부대비", "부대경비", "연구개발", "연구개발비",
    "R&D", "기반구축", "운영", "건립", "매입", "리모델링", "홍보비", "교육비", "관리비", "유지관리",
    "조성", "구축", "용역", "감리", "조달구매", "구매", "경비", "개발", "진흥",
})
# A label ending like this is a use (…비 is a cost unless it is 국비 / 시비 …, see SOURCES).
USE_SUFFIXES = ("비", "료", "구축", "조성", "운영", "건립", "매입", "건축", "설치", "개발", "자산")
# A label that names a paying body: an organisation (LH, 부산도시공사) or a kind of money.
SOURCE_SUFFIXES = (
    "공사", "공단", "재단", "진흥원", "은행", "컨소", "컨소시엄", "기업", "협회", "펀드", "기금",
    "출연", "출연금", "출자", "출자금", "지원금", "부담금", "보조금", "융자", "대학교", "분담금",
)
SOURCE_PREFIXES = ("국비", "시비", "민간", "민자", "구비", "도비", "군비")
# Words after a source label that do not change the source: "시비 지원 387", "국비 등".
SOURCE_FILLERS = ("등", "외", "지원", "보조", "부담")

# A date of one of these events is not a funding period: '의결('24.11.20. 국비 30억원)'.
EVENT_WORDS = [
    "선정", "개최", "의결", "발표", "교부", "체결", "협약", "지정", "개소", "착공", "준공", "개통",
    "확정", "통과", "승인", "기준", "계약", "출범", "개관", "완료", "배정", "내시",
]
# Words that introduce a project block's period: "(사업기간) '25. 1 ~'26. 12.", "기 간 : '23.10.~".
PERIOD_FIELDS = ["사업기간", "추진기간", "용역기간", "공사기간", "계약기간", "기간"]
# Words that introduce the sources of the amount above: "※ 재원 : 국비 700, 시비 700".
SOURCE_FIELDS = ["사업재원", "재원", "재원분담", "재원구성"]
# Words between an amount and its breakdown that leave both as they are.
AMOUNT_QUALIFIERS = [
    "내외", "정도", "수준", "규모", "상당", "이내", "이상", "가량", "지원", "확보", "투입", "편성",
]

# Kinds of money, by the words around an amount: the kind whose word stands nearest the amount
# wins (before it first, then after it; on a tie the kind listed first). A plain cost is a budget.
MONEY_KINDS: list[tuple[str, list[str]]] = [
    ("budget", [
        "총사업비", "사업비", "예산", "용역비", "국비", "시비", "확보", "투입", "출자금", "출연금",
        "보조금", "교부", "편성", "사업규모", "총액",
    ]),
    ("benefit", [
        "1인당", "인당", "명당", "가구당", "세대당", "개사당", "업체당", "기업당", "개소당", "호당",
        "건당", "1가구", "1세대", "1명", "1개사", "월평균", "수당", "지원금액", "바우처", "할인",
    ]),
    ("saving", ["절감", "감면", "경감", "절약", "손실 방지"]),
    ("market", [
        "시장 규모", "시장규모", "시장", "산업규모", "경제적 효과", "파급효과", "경제효과",
        "생산유발", "부가가치",
    ]),
    ("trade", ["수출", "계약", "수주", "매출", "판매", "거래", "상담", "교역", "납품"]),
    ("investment", [
        "투자 유치", "투자유치", "투자협약", "투자 협약", "유치", "MOU", "민간투자", "투자의향",
        "투자 의향", "투자액", "투자 확대",
    ]),
    ("other", [
        "매각", "감정평가", "공시지가", "재결", "청구", "수수료", "요금", "가격", "단가", "통행료",
        "보증금", "과징금", "체납", "부과", "징수", "손해", "배상", "세수", "이익", "손실", "수익",
        "평가액", "자산", "부채", "융자", "결제",
    ]),
]
# fmt: on

# Words the grammar decides by, one name each.
WON = "원"  # the unit word: a unit ending in it may be spaced or hedged (1.5억 원, 100억여원)
HEDGED_WON_PATTERN = r"\s?여?\s?원"  # how that last 원 may be written
JO_WON = "조원"  # the unit of the 조 in "1조 2,000억원"
WHOLE_AMOUNT = "전액"  # "전액시비": the whole amount from one source
OTHER_SOURCE = "기타"  # "기타": takes the kind of the parts beside it
SOURCE_ENDING = "비"  # 국비, 시비: a source's name ends in it ("국·시비" names two)
YEAR_WORD = "년"  # a year written with it ('24년) is the money's year, not an event's
PROJECT_NAME_FIELD = "사업명"  # the field of a project card that names the project
