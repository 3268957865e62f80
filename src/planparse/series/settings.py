"""The thresholds the series step decides by, each named and said once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class SeriesSettings:
    # two documents' projects are one programme when the shorter name's letter pairs are
    # at least this share of the other's (after the words that vary between years are set
    # aside: years, 차, 단계, amounts); an equal name always is
    similar: float = 0.76  # more than 3 of 4 pairs: not 평생학습관 / 평생학습빌리지
    # … and its name has at least this many letters (a name shorter than this is too general
    # to follow across years: 펀드, 보증; three name one thing: 펫보험, 입양비, 관세척)
    min_letters: int = 3
    # … or they hold one run of at least this many letters in common that opens one of the
    # names, not a word many programmes share (notation.money.SERIES_GENERIC_WORDS):
    # "온누리상품권" in "온누리상품권 판매실적" and "온누리상품권 사용확대"; not "전문가양성교육"
    # inside "도시민 …" and "꽃차 …" (runs of five, "스마트시티", "물류최적화", joined two
    # programmes in each of 7 pairs read)
    shared_run: int = 6
    # … and leaves at most this many letters of the shorter name outside it: "온누리상품권
    # 발행" keeps 2; "시립노인건강센터 옥상녹화" / "… 노후 냉난방기 교체" keep 4 and more, one
    # place's two works (read on seven Busan plans' two parts: 4 such joins were two
    # programmes, 4 one)
    run_rest: int = 3
    # … or a run this long, whatever is left ("산단 지붕형태양광 프로젝트 업무협약" / "탄소중립
    # 부산산단 지붕형태양광 프로젝트"): a proper name this long is one programme's
    long_run: int = 9
    # … or, where they state one amount, a run of at least this many letters opening one
    # (whatever is left of the shorter name)
    amount_run: int = 4
    # two projects of one document are one programme's twins when their names are alike and
    # state one amount, or open with at least this many letters alike ("온누리상품권 발행
    # 확대" and "온누리상품권 발행·판매 규모 확대"; not "반여농산물도매시장…" and "엄궁…")
    twin_opening: int = 6
    # two projects whose names are too unlike are one programme when they state one total
    # over the same years split among at least this many payers alike (series.link
    # .figures_of), scored at this share of ``similar``: below any link by name
    figures_payers: int = 2
    figures_score: float = 0.25
    # ``planparse series --suggest`` lists a project no rule linked beside the earlier
    # programme closest to it, both ways, when at least this close (a person decides)
    suggest_close: float = 0.3


SERIES = SeriesSettings()
