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
    "백억원": Decimal(10) ** 10,
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
}
