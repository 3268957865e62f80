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
DOLLAR = "달러"  # the unit a dollar range's low end shares: "100만~500만달러"

# Funding-source labels -> canonical source. Any other label is kept as written
# with the source "other".
SOURCES: dict[str, str] = {
    "국": "national",
    "국비": "national",
    "국고": "national",
    "정부": "national",
    "국가": "national",
    "국가재정": "national",  # "국가재정지원 697억원"
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
    "지": "local",  # (국278.9, 지100, 민90.6)
    "지방": "local",
    "지방비": "local",
    "지자체": "local",
    "민": "private",
    "민자": "private",
    "민간": "private",
    "민간자본": "private",
    "BTL": "private",  # 임대형 민간투자사업: private capital the city repays by lease
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
    "민간투자": "private",
    "민간자금": "private",
    "LH": "public",  # 한국토지주택공사
    "K-Water": "public",  # 한국수자원공사
    "킨텍스": "public",  # KINTEX, owned by public bodies
    "균특": "national",  # 국가균형발전특별회계
    "균": "national",  # (균 6, 기 9)
    "기": "fund",
    "BPA": "public",  # 부산항만공사
    # the public guarantee funds, as a ministry's plan names them ("신보 3조원 특례보증")
    "신보": "public",  # 신용보증기금
    "신용보증기금": "public",
    "기보": "public",  # 기술보증기금
    "기술보증기금": "public",
    "지역신보": "public",  # the regions' 신용보증재단
    "신용보증재단": "public",
    "교육청": "education",
    "교육비특별회계": "education",
    "도교육청": "education",
    "시교육청": "education",
}

# The central government's ministries, services and agencies, as plans name them in full or
# short ("해수부 18.48", "국토교통부 지원"): a share they pay is national money.
MINISTRIES = [
    "기획재정부", "기재부", "교육부", "과학기술정보통신부", "과기정통부", "과기부", "외교부",
    "통일부", "법무부", "국방부", "행정안전부", "행안부", "국가보훈부", "보훈부", "문화체육관광부",
    "문체부", "농림축산식품부", "농식품부", "농림부", "산업통상자원부", "산업부", "산자부",
    "보건복지부", "복지부", "환경부", "고용노동부", "고용부", "노동부", "여성가족부", "여가부",
    "국토교통부", "국토부", "해양수산부", "해수부", "중소벤처기업부", "중기부", "기후에너지환경부",
    "식품의약품안전처", "식약처", "인사혁신처", "인사처", "법제처", "국가보훈처", "보훈처",
    "국가유산청", "문화재청", "산림청", "해양경찰청", "해경청", "소방청", "기상청", "조달청",
    "통계청", "특허청", "경찰청", "농촌진흥청", "농진청", "질병관리청", "질병청", "국세청",
    "관세청", "병무청", "방위사업청", "우주항공청", "재외동포청", "새만금개발청", "행정중심복합도시건설청",
]  # fmt: skip
# Verbs after "amount payer" that make the payer the amount's source: "3,511억원 국비 반영".
PAYER_AFTER_VERBS = ["반영", "확보", "지원", "투입", "교부", "편성", "부담", "추진"]
# … with one of these between: "국비 사업 추진(29.2억원)", "시비 추가 지원(105억원)" (not a
# whom: "민간 독서단체 지원(0.12억원)" is the city's money for private groups)
PAYER_BETWEEN_WORDS = ["사업", "추가", "별도", "전액", "매칭", "자체"]
# … or a budget it passes, in that verb's place: "'25년 정부 예산안('25년 25억원) 반영"
PAYER_BUDGET_NOUNS = ["예산안", "추경", "본예산", "예산"]

# The vocabularies below are data: one word per entry, kept compact and out of the formatter.
# fmt: off

# Counters that make 억 a count, not money: 1억 명, 3억 톤, 8억립 (grains), 2백만미 (fry; not
# 미만, "less than"). Regular expressions, joined into one.
# A particle is still money: "5억으로", "9억을".
COUNTERS = [
    "명", "개", "건", "톤", "세대", "가구", "회", "장", "대", "㎡", "kg", "달러", "불", "립", "미(?!만)",
    "패", "마리", "그루", "본", "척", "두", "엔", "유로", "위안", "파운드", "프랑",
]
# Currencies other than won and dollars: "2,400억 엔", "1억 8,000만 유로" are never won.
FOREIGN_CURRENCIES = ["엔", "유로", "위안", "파운드", "프랑"]
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
# A payer's name ending like this is a public corporation or agency (funding_sources.source
# public): 부산도시공사, 한국수자원공사, 국민건강보험공단, LH분담금.
PUBLIC_BODY_SUFFIXES = ("공사", "공단", "공사분담금", "분담금")
FUND_SUFFIXES = ("기금", "펀드")  # 복권기금, 모태펀드: money from a fund
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

# Words right after an amount that make it a threshold (kind threshold): 20억원 이상.
THRESHOLD_WORDS = ["이상", "이하", "미만", "초과"]
# (1억원 한도): a cap; 매출 1천억원이 넘는: a floor
THRESHOLD_AFTER_WORDS = THRESHOLD_WORDS + ["한도", "이 넘는", "을 넘는", "넘는"]
# … and after a bracket (6천만원(부부합산 1억원) 이하); not 초과: "2,313억원(4.1%) 초과"
# exceeded a target by it
THRESHOLD_THROUGH_BRACKET_WORDS = ["이상", "이하", "미만"]
# … but not where a doing follows: "1천억원 이상 추가 조성" is at least that much, raised
THRESHOLD_NOT_BEFORE_VERBS = [
    "조성", "투입", "확보", "지원", "유치", "달성", "증액", "편성", "투자", "절감", "추가", "확대",
]
# Labels of a whole's cost, never one part of another amount: "* 총사업비 200억원" under a
# grant is the project's whole cost, not a use of the grant.
WHOLE_COST_LABELS = ["사업비", "총사업비", "예산", "총액", "소요예산"]
# A difference of two figures: "목표액(2,600억원) 대비 649억원 초과", "전년 대비 695.6억원(54.1%)
# 증액". It is money of the kind of the figure it is measured against (a tax's excess is tax).
COMPARED_WORDS = ["대비", "전년비", "전년比"]
DIFFERENCE_WORDS = ["증가", "감소", "초과", "증액", "감액", "상승", "하락", "늘어", "줄어"]
# Kinds of money, by the words around an amount: the kind whose word stands nearest the amount
# wins (before it first, then after it; on a tie the kind listed first). A plain cost is a budget.
# Only budgets add up to what is spent (README "What each number is").
MONEY_KINDS: list[tuple[str, list[str]]] = [
    ("budget", [
        "세출", "총사업비", "사업비", "예산", "용역비", "국비", "시비", "확보", "투입", "출자금", "출연금",
        "보조금", "교부", "편성", "사업규모", "총액", "재원", "조성", "계약금액",
        # compensation paid for losses is spent, not lost
        "손실보상", "손실보전", "피해보상", "피해지원",
    ]),
    ("benefit", [
        "1인당", "인당", "명당", "가구당", "세대당", "개사당", "업체당", "기업당", "개소당", "호당",
        "건당", "1가구", "1세대", "1명", "1개사", "월평균", "수당", "지원금액", "바우처", "할인",
        "지원단가", "단가", "최대", "최고",
    ]),
    # (이상, 이하 … qualify what stands before them: read by THRESHOLD_AFTER_WORDS, so that
    # "2자녀 이상 30∼50만원" is no threshold)
    # an eligibility line or a cap on what one may buy: 생계급여 선정기준 183만원, 구매한도
    ("threshold", ["상한", "하한", "선정기준", "소득기준", "구매한도", "연소득", "월소득", "중위소득", "소득완화"]),
    ("saving", [
        "절감", "감면", "경감", "절약", "손실 방지", "예산절감", "예산 절감", "면제", "환급",
        "손실예방", "삭감", "탕감",
    ]),
    ("asset", [
        "자산",
        "채무", "재산", "자본금", "부채", "공시지가", "감정평가", "평가액", "지가", "시가",
        "자기자본", "순자산",
    ]),
    ("revenue", [
        "세입", "세입예산", "세수", "지방세", "국세", "세외수입", "수입", "징수", "부과", "수익",
        "과징금",
        "요금", "세원",
        # a tax ("재산세 3억원" is tax, not the property's value)
        "재산세", "취득세", "소득세", "자동차세", "주민세", "소비세", "등록면허세",
    ]),
    ("loss", ["손실", "피해", "손해", "체납", "결손", "적자", "당기순손실", "순손실"]),
    ("market", [
        "시장 규모", "시장규모", "시장", "산업규모", "경제적 효과", "파급효과", "경제효과",
        "생산유발", "부가가치",
        # what visitors spend ("외국인 해양관광소비(3218억원)")
        "관광소비",
    ]),
    # (a trade's 상담 is a buyer's: 수출상담, 구매상담, 상담회 — not 심리상담, 상담센터)
    ("trade", [
        "수출", "계약", "수주", "매출", "판매", "거래", "교역", "납품",
        # what buyers bought ("공공기관 … 중소기업 제품 구매액 105조원"): not a purchase the
        # body's budget makes ("장비 구매 3억원")
        "구매액", "구매실적",
        "수출상담", "구매상담", "상담회", "상담액", "상담실적",
    ]),
    ("investment", [
        "벤처투자",
        "투자 유치", "투자유치", "투자협약", "투자 협약", "유치", "MOU", "민간투자", "투자의향",
        "투자 의향", "투자액", "투자 확대", "결성", "업무협약",
    ]),
    ("other", [
        "매각", "재결", "청구", "수수료", "가격", "통행료", "보증금", "배상", "이익", "융자", "결제",
        "보증 공급", "신규보증", "매출채권보험",
        # money lent or guaranteed, or loans kept alive: a volume of credit, not spent
        "기술보증", "긴급대출", "팩토링", "만기연장", "상환유예",
        # vouchers or bonds issued ("온누리상품권 발행 확대(2.5→3조원)"): money put in
        # circulation, not spent
        "발행",
    ]),
]
# A measure's word (수출, 판매, 투자유치, 절감 …) with one of these doings between it and the
# amount names what the money supports, not the measure: "수출기업 지원 3억원",
# "수출상담회 개최 2억원" are budgets ("수출 500억원 달성" stays trade).
SPENT_ON_DOINGS = [
    "지원", "개최", "운영", "육성", "구축", "보호", "활성화", "마케팅", "홍보", "강화",
]  # fmt: skip
# … for the kinds a measure's word says (not a rate's or a cap's: "1인당 최대 50만원 지원"),
# and a price's (통행료, 보증금, 수수료: "카드수수료 지원 3억원" is spent) but not credit's
# ("융자 지원 3억원" is lent)
SPENT_ON_KINDS = ["trade", "market", "investment", "revenue", "loss", "asset", "saving"]
SPENT_ON_PRICES = ["수수료", "가격", "통행료", "보증금", "결제"]
# Phrases holding a benefit's word that say no cap: "역대 최대인 23조원의 손실보전금" is the
# largest ever, not at most.
NOT_CAP_PHRASES = ["역대 최대", "역대최대", "사상 최대", "사상최대", "최대 규모", "최대규모"]
# Words holding a kind's word that say no kind: places named 시장 and the mayor are no
# market's size ("전통시장 활성화 3억원 지원", "시장 공약사업 3억원" are budgets); a
# kindergarten (유치원) attracts no investment; imports (수입산, "(수입·원양) 1,200억원") are
# no income.
NOT_KIND_PHRASES = [
    "전통시장", "도매시장", "수산시장", "재래시장", "골목시장", "상설시장",
    "시장 공약", "시장공약", "시장실", "부시장", "부산시장",
    "유치원",
    "수입산", "수입식품", "수입·", "수입․", "수입농", "수입 농", "수입수산", "수입 수산",
    "수입품", "수입차", "수입자동차",
    # an exhibition hall or a fish market (전시장, 어시장), human resources (인적자원: not 적자),
    # a victim (피해자: no loss), a parcel (택배상품: not 배상), intellectual property (지식재산)
    # and the quantum industry (양자산업: not 자산)
    "전시장", "어시장", "적자원", "피해자", "피해학생", "피해교원", "피해아동", "피해노인",
    "피해장애인", "택배", "지식재산", "양자산",
    # whom a sum is for, by how their sales or exports fell: "소상공인의 매출급감 등 긴급한 경영
    # 부담 완화를 위한 직접지원금", "매출감소 일반업종"
    "매출감소", "매출 감소", "매출액 감소", "매출급감", "매출 급감", "매출하락", "매출 하락",
    "수출감소", "수출 감소",
    # a market place where farmers sell direct is an event the money holds, not a trade
    "직거래장터", "직거래 장터",
]  # fmt: skip
# Kind words that open a word, never inside one: 시가 (a market price), not "부산시가 3억원
# 지원" (the city, and its particle); 지가 (a land price), not "부지가 …".
WORD_OPENING_KIND_WORDS = ["시가", "지가"]
# An amount right after a unit it is paid per is a rate (kind benefit): 동당 29백만원, 1식
# 9,500원, 한부모 월 23만원, 1인 최대 50만원 (not "1개소 14.8억원": one facility's budget).
# Words ending in 당 that are not "per …": 수당 (an allowance), 식당, 해당, 상당, a yard
# (어울마당, 한마당), a hall (영화의전당) …
NOT_PER_UNIT = [
    "수당",
    "정당",
    "(?<!1\\s?)식당",
    "경로당",
    "강당",
    "성당",
    "해당",
    "상당",
    "적당",
    "타당",
    "마당",
    "전당",
]
# What a rate is paid per: "가구당", "1인", "월".
PER_UNIT_WORD_PATTERN = (
    rf"(?:(?:\p{{Hangul}}{{1,3}}|㎡|㎢|평)\s?당(?<!{'|'.join(NOT_PER_UNIT)})|(?<!\d)1\s?(?:인|명|식|회|가구|세대|개사|건|일|끼)"
    r"|(?<![\d\p{Hangul}])(?:월|月|일|회|매월)|1\s?인\s?기준)"
)
PER_UNIT_PATTERN = (
    PER_UNIT_WORD_PATTERN
    # … with a cap, a span or a payer between ("교당 5년간 국비 1,000억")
    + r"\s*(?:(?:최대|최고|평균|약|기준|\d+\s*(?:년|개월)간|국비|시비|도비|구비)\s*){0,3}$"
)

# What span an amount covers (fundings.scope), by the words of its clause: a result already
# reached, a target ahead, a project's total cost. A year alone makes it that year's money.
RESULT_WORDS = [
    "실적", "성과", "완료", "확보했", "지원했", "달성했", "유치했", "집행", "결산", "기 확보",
    "기투자", "기투입", "지원 완료",
]
# A stock measured at a date, written in the amount's bracket after its year: "(’24년 최종)",
# "(’23년 결산 기준)", "(유동자산 …, '23년 결산기준)", "(’24.12월말 기준)": that year's result.
AS_OF_WORDS = ["결산", "최종", "현재", "말"]
# … and the budget it is of, that year's money: "1조 3,333억원('25년 본예산)".
BUDGET_YEAR_WORDS = ["본예산", "당초예산", "예산", "추경"]
TARGET_WORDS = ["목표", "달성 예정", "전망", "예상"]  # and a year with 까지 ('27년까지)
# Words holding a scope's word that say no span: 안전망 (a safety net, not 전망), 총괄 and
# the like (not 총), a word ending in 성 before its particle 과 ("인재 육성과 …", "지역여성과학인":
# not 성과).
NOT_SCOPE_PHRASES = [
    "안전망", "(?<!예산)총괄", "총무", "총회", "총장", "총리", "총력", "총론", "총점",
    "전망대", "안전체",  # an observatory (not 전망), a safety drill (안전체험: not 전체)
    r"목표\s?대비",  # what a figure is compared with ("실적 … 6,258억원(목표 대비 118.1%)")
    "(?:육|조|양|구|여|완|형|작|달|특|속|생)성과",
]  # fmt: skip
TOTAL_WORDS = ["총사업비", "총 사업비", "총", "전체", "누적", "소요", "계약금액"]
# A span of years the amount is spent over: "5년간 … 1조 9,092억원 규모" (not one in a closed
# bracket: "재활치료(수술 후 2년간) 3백만원" says how long the care lasts)
YEARS_LONG_PATTERN = r"\d\s*(?:개)?년간(?![^()\[\]]*[)\]])"
# A site's size right before an amount (3,662천㎡(약 6조원), (L=1.0㎞ B=3.0m), 442억원): the
# money builds it, a project's total cost.
SITE_SIZE_PATTERN = (
    r"(?:\d\s*(?:천|만)?\s*(?:㎡|㎢)(?![\p{Hangul}A-Za-z])|\b[LB]\s*=\s*[\d.]+\s*(?:㎞|km|m)?)"
    # right before the amount, or the bracket it opens, or after the size's own bracket
    # (not one size of a list: "설치 4개소(강서구, 1.1ha, 0.6억원)")
    r"(?:\s*\(|\)\s*,)?\s*(?:약\s*)?$"
)
# Units a label may give a series of bare figures ("규모(억원) : (‘17)11,172 → …"); not 원
# alone, a price's ("전기요금 (원/kWh)").
SERIES_LABEL_UNITS = ["조원", "억원", "백만원", "천원", "만원"]
# An amount followed by these is a price paid or charged (kind other): "공연을 1만원에 제공".
PRICE_AFTER_VERBS = ["제공", "판매", "공급", "이용", "관람", "구입", "구매", "분양"]
# An amount these follow is what the body before its bracket pays: "K-water(사업비 49억원
# 부담)".
BEARING_VERBS = ["부담", "분담"]
# An amount these follow is lent or guaranteed, not spent (kind other): "신규자금을 … 25.2조원
# 공급하고", "총 4조원 공급".
LENT_AFTER_VERBS = ["공급", "대출"]
# A loan named by its size ("“1천만원 긴급대출” 도입"): what each borrower may take (a
# benefit), where the size is one a person or a shop borrows.
SIZED_LOANS = ["긴급대출", "소액대출", "대출", "융자"]
SIZED_LOAN_MAX_KRW = 100_000_000
# Prices: a small amount in a bracket after one of these words, or on a line whose keyword
# ends with one, is what a thing costs (kind other), not a rate paid to each: "광역
# 환승요금(일반 기준 500원) 무료화", "(1일 대당 66㎞ 운행시 연료비) 전기버스 (115천원)".
PRICE_WORDS = ["요금", "운임", "연료비", "보험료", "임금", "입장료", "이용료", "관람료", "원가"]
# An amount these follow is invested by whom the line names (kind investment): "전문기업
# 3개사 유치(3조원 투자)", "재기지원펀드 176개사 2,555억원 투자"; not 투자사업, 투자계획 …
INVESTED_AFTER_VERBS = ["투자"]
NOT_INVESTED_AFTER = ["유치", "협약", "의향", "사업", "계획", "조합", "펀드", "심사", "자"]
# An amount these follow is what the government collected, whatever its words before call it
# (kind revenue): "체납액 2억원 징수" (arrears collected, no longer lost), "2,215억원 납부"
# (paid in); and one this follows is property seized (kind asset): "전환사채 40억원 압류".
COLLECTED_AFTER_VERBS = ["징수", "환수", "납부"]
SEIZED_AFTER_VERBS = ["압류"]
# A body's budget of the year, by its words: 세입 161억원, 세출예산 9,322백만원, 예산규모.
YEAR_BUDGET_WORDS = ["세입", "세출", "예산규모", "예산 규모", "본예산", "당초예산"]
# A card's or an overview's budget field, the year's money: "□ 예 산 : 925백만원(…)", "❍
# 사업예산 : 60억원(시비 30억원, …)", a body's "○ 예산규모 : 17조 2,527억원(본예산 …, 추경 …)"
# and "□ 예산총괄 : 16조 6,830억원" (not 소요예산, the cost of it all as often as a year's).
BUDGET_FIELD_LABELS = ["예산", "사업예산", "예산규모", "예산총괄"]
# A budget this large for a project that builds something (its name ends with one of these
# words), with no year or span said, is the build's whole cost (scope total_cost): "다대포항
# 다기능 어항 조성 … 494억원", "서부산의료원 설립 … 858.41억원". In the hand-labelled gold,
# 11 of 17 such records are total costs; smaller ones are as often one year's money.
BUILD_ENDINGS = ["조성", "건립", "건설", "구축", "설립", "신축", "증축", "개축", "정비"]
# … not what is built in a figurative sense: "창업생태계 조성", "협력체계 구축", "기반 조성".
NOT_BUILT_WORDS = ["생태계", "기반", "환경", "분위기", "문화", "여건", "체계", "협력"]
BUILD_NAME_PATTERN = (
    rf"(?<!(?:{'|'.join(NOT_BUILT_WORDS)})\s?)(?:{'|'.join(BUILD_ENDINGS)})(?:\s*사업)?$"
)
BUILD_TOTAL_MIN_KRW = 5_000_000_000
# Kinds whose amounts no sum counts: a rate paid per a unit, a cap or a floor.
RATE_KINDS = ("benefit", "threshold")
# Whom or what a count beside an amount in its bracket counts ("테왁 보호망(0.05억원, 590명)",
# "(1개 법인, 1,000천원)"): the amount is spent on all of them, not paid to each.
RECIPIENT_COUNT_UNITS = [
    "명", "가구", "세대", "개소", "개사", "개교", "개 법인", "개법인", "건", "곳", "팀", "척", "호",
]  # fmt: skip
# An amount under this many won that no word gives a kind is a rate paid per person, meal or
# unit (kind benefit), not a programme's budget: "위로금 지급(50만원)", "(통원비 150만원, …)",
# "1식당 580원". In the hand-labelled gold, 4 of 831 budgets are smaller and 152 of 187
# benefits are.
RATE_CEILING_KRW = 10_000_000
# fmt: on

# Words the grammar decides by, one name each.
WON = "원"  # the unit word: a unit ending in it may be spaced or hedged (1.5억 원, 100억여원)
HEDGED_WON_PATTERN = r"\s?여?\s?원"  # how that last 원 may be written
JO_WON = "조원"  # the unit of the 조 in "1조 2,000억원"
EOK_WON = "억원"  # the unit of the 억 in "4억6천만원"
HUNDREDS = "백"  # the scale word of the hundreds in "9천8백억 원": its unit starts with it
# A range's low end may carry only a scale word, the rest of the unit shared with its high
# end: "300만~500만원" (만 … 원), "3천~5천만원" (천 … 만원), "5백~1천만원". A word with 만
# leaves 원 to share; 천 or 백 alone stands for the first word of the high end's unit.
RANGE_LOW_SCALES: dict[str, Decimal] = {
    "천만": Decimal(10) ** 7,
    "백만": Decimal(10) ** 6,
    "만": Decimal(10) ** 4,
    "천": Decimal(10) ** 3,
    "백": Decimal(10) ** 2,
}
RANGE_LOW_LEADING = ("천", "백")  # the scale words that stand for a unit's first word
# A range bounded by words, the low end's after it and the high end's after it: "총사업비
# 200억원이상 500억원 미만", "3억원 초과 5억원 이하" (one range, not two thresholds).
RANGE_BOUNDS = (("이상", "초과"), ("미만", "이하"))
# "전액시비", "순수시비": the whole amount from one source
WHOLE_AMOUNT_WORDS = ["전액", "순수"]
OTHER_SOURCE = "기타"  # "기타": takes the kind of the parts beside it
SOURCE_ENDING = "비"  # 국비, 시비: a source's name ends in it ("국·시비" names two)
YEAR_WORD = "년"  # a year written with it ('24년) is the money's year, not an event's
PROJECT_NAME_FIELD = "사업명"  # the field of a project card that names the project
PROJECT_NAME_FIELD_PREFIXES = ("공모", "세부", "단위")  # 공모사업명 : …, 세부사업명 : …
# A table column whose header names what its rows are (사업명, 과제명 …): a row's project.
PROJECT_COLUMN_HEADERS = (
    "사업명",
    "사업",
    "과제명",
    "과제",
    "공모명",
    "프로젝트",
    "시책명",
    "세부사업",
)

# A column naming who is in charge (부서명, 담당과 …): never a row's project.
OFFICE_COLUMN_HEADERS = ("부서", "담당", "소관", "주관", "주무", "관리부서")
# How a unit of an organisation's name ends (an org chart's box: 청년활동팀, 감사담당관)
OFFICE_NAME_ENDINGS = ("팀", "담당관", "사업소")
# A table row whose first cell names a measure, not a thing (지원금액 | 300만원 | 200만원 …):
# each amount is named by its column's header (집합금지업종 | 집합제한업종 …).
MEASURE_ROW_LABELS = (
    "지원금액", "금액", "재정소요", "소요예산", "소요액", "소요재원", "예산", "사업비", "지원액",
    "지원단가", "단가", "지원규모", "규모", "투자액",
)  # fmt: skip
# Headers naming no thing: a total, the label column's own.
NOT_NAMING_HEADERS = ("합계", "계", "소계", "총계", "구분", "비고")
# A column whose header says what its cells report (국정과제 | 추진현황 | 향후계획): the scope
# of the money in it that its own words leave open or date to one year, a year's result.
RESULT_COLUMN_HEADERS = ("추진현황", "추진실적", "실적", "성과", "주요성과", "추진성과")

# Labels of a project card's fields and of an amount, which name no project (사업비 : 약 …).
NAME_FIELD_LABELS = [
    r"(?:\p{Hangul}{2})?\s*대\s*상",  # 지원대상, 감사대상, 검토대상 (not 지방재정대상, a prize)
    r"(?:신규|계속)\s*사업",
    r"(?:추진|정리|세입)?\s*목\s*표\s*액?\*?",
    r"성\s*과",
    r"추진\s*(?:내용|방안|실적|방향|결과)",
    r"한\s*도\s*액?",
    r"초\s*과",
    r"대\s*비",
    r"(?:운영|건설|계획|추진|시\s*행)\s*중",
    r"총\s*사\s*업\s*비",
    r"사\s*업\s*비",
    r"운\s*영\s*비",
    r"사\s*업\s*개\s*요",
    r"사\s*업\s*규\s*모",
    r"소요\s*예산",
    r"총\s*예산",
    r"사업\s*예산",
    r"예\s*산",
    r"재\s*원",
    r"규\s*모",
    r"용역비",
    r"공사비",
    r"총액",
    r"금액",
    r"소요\s*사업비",
    r"투자\s*규모",
    r"지원\s*규모",
    r"지원\s*내용",
    r"지원\s*금액",
    r"사업\s*내용",
    r"주요\s*내용",
    r"총",
    r"약",
    r"국비",
    r"시비",
    r"예\s*산\s*규\s*모",
    r"용역\s*기간",
    r"사업\s*기간",
    r"추진\s*기간",
    r"기\s*간",
    r"계\s*획",
    r"실\s*적",
    r"용역\s*개요",
    r"개\s*요",
]
# Words that qualify an amount where its bracket opens: "기술개발(최대 4억원)", "(약 5억원)".
OPENING_QUALIFIERS = ["최대", "최고", "약", "연", "월", "총"]
# Words that end the text before an amount without naming anything: "… 소상공인에 총".
NAME_GLUE_ENDINGS = [
    "총",
    "약",
    "최대",
    "최고",
    "연간",
    "연",
    "등",
    "및",
    "총사업비",
    "사업비",
    "소요예산",
    "예산",
    "규모",
    "투입",
    "확보",
    "편성",
    "내외",
    "기존",
    "신규",
    "신설",
    "추가",
    "별도",
    "목표",
    "누적",
    "결과",
    "후",  # when: "공모 확정 후 추가 소요예산(32.5억원)"
    r"\d+\s*(?:년|개월)\s*간",  # how long: "… 기술개발(R&D) 3년간 12억원 지원"
]
# What is done with a payer's money, in a clause naming only the payer: "부산 어린이병원
# 건립 기본계획 수립, 국비 확보(225억원)" — the clause before it says what the money is for.
SECURING_VERBS = ["확보", "반영", "교부", "투입", "편성", "지원"]
# What is done with a project, ending the words before its amount: "잔여과제 단계별 준공(12억원)"
# names 잔여과제; words of these alone name nothing.
NAME_ACTIVITY_ENDINGS = [
    "추진",
    "착공",
    "준공",
    "설계",
    "교부",
    "점검",
    "시행",
    "개최",
    "완료",
    "확정",
    "통보",
    "체결",
    "선정",
    "개관",
    "착수",
    "발굴",
    "지급",
    "신청",
    "운영",
    "단계별",
    "본격",
    "계속",
    "진행",
    "반영",
    "통과",
    "승인",
    "협의",
    "공모",
    "내시",
    "배정",
]
# What a keyword's programme does, ending the words after the keyword: "(광안대교 관광자원화
# 2단계) 앵커리지 조명 교체(33억원)", "(해외 마케팅) … 마케팅 지원(85백만원)" — the keyword
# names the money, the words say what is done with it. (Not the doings a name sheds,
# NAME_ACTIVITY_ENDINGS: "(판로확대) K-ICT Week in BUSAN 2024 개최(…)" names the event.)
KEYWORD_DOING_ENDINGS = [
    "지원",
    "개선",
    "교체",
    "제공",
    "강화",
    "실시",
    "도입",
    "정비",
    "보급",
    "설치",
    "융자",  # "(임차료 특별융자) … 집합제한 업종 2~3%대 융자 3조원": the keyword's loans
    "선정",  # "(스마트 버스 스테이션)「…확산 사업」국비 공모 선정": the contest it won
]
# Words of what is done or how much, which alone name nothing: "추가 조성", "대상확대",
# "구성 확대", "재정소요", "총액목표" (what they are done to is named elsewhere on the line or
# above it).
NAME_DOING_WORDS = [
    "추가", "신규", "대상", "구성", "조성", "결성", "확대", "구축", "강화", "확충", "마련",
    "신설", "도입", "개선", "상향", "인상", "증액", "공급", "투입", "전환", "개편", "시도",
    "방향", "재정", "소요", "총액", "목표", "지원", "대폭", "본격", "조기", "운영", "초과",
    "달성",
]  # fmt: skip
# Words of a chapter's title that make it this year's plan ("Ⅴ. 주요 역점 시책", "2026
# 역점과제", "Ⅲ. 2025년 주요업무 추진계획"): its money, no span said, is the year's.
PLAN_CHAPTER_WORDS = ["계획", "추진과제", "중점", "업무", "역점", "시책"]
# The ends of words a name's particle 도 (also) or 인 (which is) may follow: a measure's
# ("구매액인"), a doing's ("신규결성도").
NAME_PARTICLE_HOSTS = ["액", "금", "규모", "수준", "결성", "조성", "투자", "확보", "지원"]
# What a criterion measures, listed with its limit: it names no programme ("기준 완화(연소득
# 1.3억, 재산 12억)" is the 생계급여's).
CRITERION_MEASURES = [
    "소득",
    "연소득",
    "월소득",
    "재산",
    "자산",
    "부채",
    "매출",
    "매출액",
    "소득인정액",
]
# The words of a measure or a money field, which name no project: 매각금액, 공시지가, L=54km.
NAME_NOT_NAMES = [
    "금액",
    "가액",
    "공시지가",
    "감정평가",
    "사용료",
    "매입비",
    "계약금액",
    "매각금액",
    "외국자본",
    "시행자",
    "위치",
    "시행일",
    "필요성",  # "… 개선 필요성은 여전": a need, not a thing
    r"개\s*요",  # "관리·운영 및 입점개요": a block's part, its overview
    "면적",
    "규모",
    "연면적",
    "부지",
    "대지",
    "사업비",
    r"(?<!\p{Hangul}{3})비용",  # 소요비용, 총비용; not 채무조정비용, what a rate pays for
    # a benefit's floor or cap, a measure of its programme: "보정률(…) 및 하한액(50→100만원)"
    "하한액",
    "상한액",
    # a measure's target, the label of its figures: "◇ 2025년도 거래목표 : 338천톤, 5,885억원"
    r"(?:거래|매출|판매|수출|징수|유치)\s*목표",
    # a sentence's end: a quoted voice, a report ("… 감동했습니다", "… 늘었다")
    r"(?<=\p{Hangul})(?:습니다|니다|했다|였다|됐다|었다|았다|한다|된다)\.?",
    # when, not what: "올해 부터 2029년까지"
    r"\d\s*년\s*(?:까지|부터)",
    # who runs it, not what: "한국자동차연구원 주관" (not a clause that names what is run:
    # "민간위탁 성과평가를 총괄부서 주관")
    r"^\S+\s+주관",
    # a share of a sum, and its comparison: "사업비의 0.5% 이하"
    r"\d\s*%\s*(?:이하|이상|미만|초과)",
]
# Words that end a clause before a name and may open the words left of an amount: a
# particle (… 150만원)*까지 환급 지원) or a size's word (3조원 규모 벤처펀드).
NAME_LEADING_GLUE = ["까지", "부터", "에서", "으로", "규모"]
# A stage of a project, alone, names none: "11,265억원(예타) → 14,489억원(기본계획) (증
# 3,224억원)" labels each figure by the stage that set it.
NAME_STAGE_WORDS = ["기본계획", "기본설계", "실시설계", "예타"]
NAME_PLACE_ENDINGS = [
    "일원",
    "일대",
    "인근",
    "서측",
    "동측",
    "남측",
    "북측",
    "부지",
]  # where, not what
# Doings a purpose before a name holds ("… 기반 조성을 위한 동남정보보호지원센터"): the clause
# says what the thing is for and goes; an object that is not one says for whom ("기업가형
# 소상공인을 위한 특별보증") and stays.
NAME_PURPOSE_DOINGS = [
    "조성", "활성화", "확대", "향상", "강화", "경감", "확립", "제공", "지원", "육성", "개선",
    "해소", "구축", "대응", "보호", "촉진", "전환", "발굴", "관리", "극복", "완화", "창출",
    "증진", "예방", "실현", "보장", "마련", "고도화", "확산", "정착", "진출", "협력", "평가",
    "증대", "확보", "수립", "추진", "운영", "유치",
]  # fmt: skip
# A clause relating the name to something before it ("지역에 적합한 재해예방 규격하우스 설치"):
# cut as a purpose is
NAME_RELATION_ADNOMINALS = ["적합한", "맞는", "맞춘", "걸맞은"]
# How the words for whom a thing is, or who runs it, end (not a name of the thing):
# 졸업생, 청년층, 소상공인; 부산테크노파크 바이오헬스센터, 경제진흥원.
NAME_RECIPIENT_ENDINGS = ["생", "자", "층", "인", "민", "가구", "세대", "기업", "업체", "대상"]
NAME_WHOM_ENDINGS = [
    *NAME_RECIPIENT_ENDINGS, "센터", "테크노파크", "재단", "진흥원", "공단", "연구원", "협회",
]  # fmt: skip
# … but these end so and name a thing paid: 요금할인, 대출이자
NAME_NOT_WHOM_ENDINGS = ["할인", "이자", "확인", "승인", "융자", "투자", "출자"]
NAME_PROGRAMME_WORDS = ["지원", "사업", "제도"]  # a rate's name that is its programme's
# A change said after what a rate pays for, glued in a table's task column: "법인택시 카드결제
# 수수료확대 月 15,000원", "… 지원금 인상": the name ends before it.
NAME_CHANGE_ENDINGS = ["확대", "신규", "계속", "인상", "신설", "상향", "증액"]
# A study's report stage in brackets before its name: "(중간보고) 부산-닝보 카페리항로 개설
# 타당성 연구용역" names the study.
REPORT_STAGES = ["착수", "중간", "최종", "결과", "완료"]
# A study, by how its name ends: in a timeline entry ("'22. 3.~'22. 7. : 스마트미터링
# 확대방안 용역(0.5억원)") it is a thing of its own with its own money, not an event of the
# project above (보조금 교부, 총사업비 변경, 예산 반영).
NAME_STUDY_ENDINGS = ["용역", "연구", "조사"]
# A means a name is reached by, ending the words before 통한: "국가사업 공모를 통한 영어특화
# 들락날락 조성" names what follows (not "청년도전 지원사업을 통한 구직단념청년 …").
NAME_MEANS_WORDS = ["공모", "협력", "연계", "활용", "협업"]
# A card's field in brackets, not a keyword naming anything: "(추진목적) …", "(평가대상) …",
# "(결과활용) 평가결과 다음연도 예산 편성 시 반영".
NAME_FIELD_KEYWORD_ENDINGS = ["목적", "방법", "대상", "결과활용", "배경", "근거", "절차"]
# What a title's later clause aims at, by how it ends: "비전투어시즌2 15분도시 정책과제 사업화,
# 공감대 확산 속도 제고" — the clause before it names the work.
NAME_AIM_ENDINGS = ["제고", "도모", "확산", "강화", "활성화", "기여", "향상", "증진"]
# What a rate pays for, by how its name ends: 채무조정비용, 역량개발비, 복지포인트, 장려금, 연탄쿠폰;
# any cost (치료비, 방과후과정비 — not a source: 지방비), fee (자문료, 수임료) or sum paid
# (위로금, 포상금 — not a fund: 기금) named by two words or more before it.
NAME_PAID_ITEMS = [
    "비용",
    "개발비",
    "활동비",
    "준비비",
    "포인트",
    "바우처",
    "쿠폰",
    "이용권",
    "장려금",
    "지원금",
    "수당",
    r"\p{Hangul}{2}비(?<!지방비)",
    r"\p{Hangul}{2}료",
    r"\p{Hangul}{2}금(?<!기금)",
    # a threshold named with its programme: 생계급여 선정기준, 상품권 구매한도
    r"\p{Hangul}{2}(?:선정기준|소득기준|구매한도)",
]
# Words that join a name to the one before it: "… 및 피해자지원", "또한 …".
NAME_GLUE_STARTS = [
    "및",
    "등",
    "또는",
    "또한",
    "그리고",
    "특히",
    "아울러",
    "으로",
    "로",
    "에",
    "의",
    "을",
    "를",
    "은",
    "는",
    "이",
    "가",
    "과",
    "와",
]
# Joins of clauses: words before an amount that hold them are half a sentence, not a name.
SENTENCE_JOINS = [
    r"하여",
    r"하고",
    r"하며",
    r"으로써",
    r"에 따라",
    r"위해",
    r"위하여",
    r"통해",
    r"통하여",
    r"\p{Hangul}는\s\p{Hangul}+[을를]\s",
    r"[을를]\s\p{Hangul}*하는\s",  # "지원을 하는 …"; "일하는 기쁨카드" is a name
    # an object turned into something: "지정제도를 '세계적인(글로벌) 강소 기업'으로 통합"
    r"\p{Hangul}[을를]\s.*\S(?:으로|로)\s+\p{Hangul}",
    r"겪는",
    r"있는",
    r"없는",
    r"되는",
    r"했던",
    r"하던",
    r"되어",
    r"수\s*있도록",
    r"하도록",
    r"되도록",
    r"(?<=\p{Hangul})이?라도\s",  # "총사업비 20억원 미만 사업이라도 부서판단으로 …": even if
    r"\p{Hangul}[이가]\s\p{Hangul}+[을를]\s",  # a subject and its object: "민간이 시장을 거쳐 …"
]

# What an evaluation's words go on to say of its outcome ("주민참여예산제도 행안부 성과평가
# 결과 우수 광역시도 선정(장관상) ※ 재정인센티브 0.3억원"): the evaluation names the money it
# brought, not the outcome.
EVALUATION_OUTCOMES = ["선정", "수상", "우수", "대통령상", "장관상", "등급", "달성"]

# A topic, the manner of what is done to it and the doing that ends the words ("성인반(중·고2)
# 학생은 별도 기준으로 지원"): a sentence about whom a rule applies to, however short, never a
# name ("… 참여할 수 있는 직무를 일자리로 지원하는 권리중심 일자리 시범사업" goes on to one).
TOPIC_MANNER = r"\p{Hangul}[은는]\s[^,()]*\S(?:으로|로)\s+\p{Hangul}+(?:\([^()]*)?$"

# The governments a plan may be issued by, by the name its text calls it, and their level
# (funding_sources.source): a plan's own money is typed at its own level ("부산 177" in a
# Busan plan is city money), whoever else pays keeps theirs.
REGIONS: dict[str, str] = {
    "서울": "city",
    "부산": "city",
    "대구": "city",
    "인천": "city",
    "광주": "city",
    "대전": "city",
    "울산": "city",
    "세종": "city",
    "경기": "province",
    "강원": "province",
    "충북": "province",
    "충남": "province",
    "전북": "province",
    "전남": "province",
    "경북": "province",
    "경남": "province",
    "제주": "province",
}
# Cities (시) that are not metropolitan: their money is a city's ("양산 26" in a Busan plan).
CITIES = [
    "수원",
    "성남",
    "고양",
    "용인",
    "부천",
    "안산",
    "안양",
    "남양주",
    "화성",
    "평택",
    "의정부",
    "시흥",
    "파주",
    "김포",
    "광명",
    "군포",
    "하남",
    "오산",
    "이천",
    "안성",
    "의왕",
    "양주",
    "구리",
    "포천",
    "동두천",
    "과천",
    "여주",
    "춘천",
    "원주",
    "강릉",
    "동해",
    "태백",
    "속초",
    "삼척",
    "청주",
    "충주",
    "제천",
    "천안",
    "공주",
    "보령",
    "아산",
    "서산",
    "논산",
    "계룡",
    "당진",
    "전주",
    "군산",
    "익산",
    "정읍",
    "남원",
    "김제",
    "목포",
    "여수",
    "순천",
    "나주",
    "광양",
    "포항",
    "경주",
    "김천",
    "안동",
    "구미",
    "영주",
    "영천",
    "상주",
    "문경",
    "경산",
    "창원",
    "진주",
    "통영",
    "사천",
    "김해",
    "밀양",
    "거제",
    "양산",
    "서귀포",
]
# How the text names its own government beside the place: 부산시, 부산광역시, 본청.
OWN_GOVERNMENT_SUFFIXES = (
    "",
    "시",
    "광역시",
    "특별시",
    "특별자치시",
    "도",
    "특별자치도",
    "시청",
    "도청",
)
# … and its own revenue: "5조 5,818억원 : 지방세 5조 1,015억원, 세외수입 4,803억원".
OUR_GOVERNMENT_WORDS = ("우리시",)  # "our city": the plan's own government, named by itself
OWN_GOVERNMENT_WORDS = ("본청", "지방세", "세외수입", *OUR_GOVERNMENT_WORDS)
# The accounts of the issuing government's own budget: a share of one is its own money,
# whoever issued the plan ("17조 2,527억원(본예산 15조 6,995억원, 추경 1조 5,532억원)";
# "일반 19,730 특별 8,174 기금 3,509").
OWN_ACCOUNT_WORDS = (
    "일반회계", "특별회계", "기타특별회계", "일반", "특별", "본예산", "추경", "추가경정예산",
)  # fmt: skip
# A ministry's or agency's plan (named on its cover: 중소벤처기업부, 교육부): its own money is
# the state's, however it labels it.
NATIONAL_ORGANISATION_RE = r"\p{Hangul}{1,10}(?:부|처)(?![\p{Hangul}])"
NATIONAL_OWN_NAMES = ("정부", "국비", "국고", "정부재정")
# An office of education's plan (교육청 on its cover, or its name): 교육청 money is its own.
EDUCATION_ORGANISATION_WORDS = ("교육청",)
EDUCATION_BRANDS = ("교육청", "교육")  # a cover line "부산교육": a region, then one of these
EDUCATION_WORDS = ("교육청", "교육비특별회계", "도교육청", "시교육청")
# An education-branded booklet's text names its office in full at least this many times.
EDUCATION_OFFICE_MIN_MENTIONS = 3
# A region named this many times, and this many times more than any other, is the plan's own.
REGION_MIN_MENTIONS = 10
REGION_DOMINANCE = 3

# Words of an item or heading over an amount that make it a stock or an income when its own
# words say no kind ("○ 공유재산 현황" over "- 토지 80,545천㎡ 30조 9,201억원"); each opens a
# word there (소재산업 holds 재산 but says nothing of property).
CONTEXT_KIND_WORDS: dict[str, list[str]] = {
    "asset": ["공유재산", "자산", "관리채무", "부채", "자본금", "물품"],
    "revenue": ["세입", "지방세", "세외수입", "세수", "이자수입", "세원", r"\p{Hangul}*교부세"],
    "loss": ["체납", r"손실(?!\s*보[상전])"],  # not compensation paid: 손실보상, 손실보전
}
# … and the kind a small amount no word typed takes from its line's words before it or the
# item it details: a line drawn, not a rate paid ("상품권 月 구매한도를 상향(+50만원)" and its
# note "* 지류형 100→150만원")
RATE_CONTEXT_KIND_WORDS: dict[str, list[str]] = {
    "threshold": ["선정기준", "소득기준", "구매한도", "중위소득"],
}

# Words of a programme's name that change from one year's plan to the next (the series step
# sets them aside): a year, a round or stage, an amount, a span (2024년, '25년, 3차, 2단계,
# 100억원, 7일간의).
SERIES_VARIABLE_PATTERN = (
    r"(?:19|20)\d\d\s*년?\s*도?|'\d\d\s*년?\s*도?|\d+\s*(?:차년도|년차|차|단계|기)"
    r"|\d[\d,.]*\s*(?:조|억|천만|백만|만|천)?\s*원|\d[\d,.]*\s*(?:조|억)"
    r"|\d+\s*(?:일|개월|년)간의?"  # a span: 7일간의 동행축제
    r"|\d[\d,]*\s*(?:개소|개교|개사|곳)(?!\p{Hangul})"  # how many: "… 1개소(강서구) 건립"
)
# Words one year's plan puts round a programme's name and the next year's does not, set aside
# by the series step beside money.projects.VARIABLE_WORDS where they end a word: what is done
# to it this year ("한센병환자 관리" one year is "재가한센병환자 생계비" the next; "기초연금 인상
# 및 지급 확대", "… 운영 내실화"), or which of its measures a line gives ("생계급여 선정기준",
# "기초연금 지급액"); not inside a word ("관리비").
SERIES_ROUND_WORDS = [
    "관리", "인상", "확대", "강화", "개선", "내실화", "선정기준", "지급액",
    # the stage a build is at ("농산물 산지유통센터 1개소(강서구) 건립" one year), the work
    # done to a network ("4단계 상수도관 개량" in the results, "… 정비" in the plan)
    "건립", "건설", "설치", "착공", "준공", "개량", "정비", "교체",
]  # fmt: skip
# Verbs after "amount의 name" that end the name: "2.2억달러의 공동기금(펀드) 조성 합의".
OF_AFTER_VERBS = [
    "조성", "지급", "지원", "공급", "투입", "확보", "집행", "편성", "규모", "합의", "계약", "유치",
    "달성",
]  # fmt: skip
# Doings that may follow a quoted name without going on with it: "'수출 바우처' 확대 (…)".
QUOTE_AFTER_VERBS = ["확대", "확충", "신설", "대폭", "강화", "지원", "도입", "조성", "공급", "구축"]
# Words naming a measure of a programme, not the programme (합계매출, 판매실적), and the verbs
# by which a sentence holds the programme they measure ("동행축제를 개최 …, 합계매출 …").
MEASURE_WORDS = ["합계", "매출", "실적", "판매액", "매출액", "성과", "규모"]
HOLDING_VERBS = ["개최", "추진", "운영", "시행", "실시", "도입"]
# Words by which an item labels a statistic its line of figures below gives ("글로벌
# 전자상거래시장 규모 급성장 전망(해외)" over "('21) 약 7,700억 달러 → ('25) 2조 달러"): the
# item's words then say the figures' kind.
STATISTIC_LABEL_WORDS = ["규모", "전망", "추이", "현황", "실적", "동향"]
# Words in brackets after a name that are notes, not a gloss of its last word (the series
# step reads "기금(펀드)" as 펀드): 건설(가칭), 예타(면제) …
NOT_GLOSSES = ["가칭", "잠정", "예정", "신규", "계속", "면제", "변경", "기준", "추정", "완료"]
# Words many programmes of one organisation share, which alone link nothing across years.
SERIES_GENERIC_WORDS = [
    "소상공인",
    "중소기업",
    "스타트업",
    "벤처기업",
    "창업기업",
    "중소벤처",
    "지역경제",
    "활성화",
    "지원사업",
    "기업가형",
    "글로벌",
    "디지털",
    "코로나19",
    "부산광역시",
    # a kind of work any programme may name ("기술개발" alone, "… 타당성조사 용역")
    "기술개발",
    "기본계획",
    "타당성조사",
    "용역",
    # a cost any programme has: "인건비" alone follows no one programme
    "인건비",
    "운영비",
    "사업비",
    "보조금",
    "지원금",
]
