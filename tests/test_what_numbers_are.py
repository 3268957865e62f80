"""What each number is and belongs to (issue 26): kinds, scopes, project names, sources
typed by the issuing government, and whose plan a document is. Expected values are read
from the lines as printed (each line is a plan's, quoted)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from planparse.grammar import find_fundings
from planparse.grammar.funding import canonical_source, is_next_figure
from planparse.money.government import Government, region_government, type_own_sources
from planparse.money.lines import (
    CLAUSE_GOES_ON_RE,
    CONTEXT_KIND_RES,
    DIFFERENCE_BRACKET_RE,
    TASK_KEYWORD_RE,
    LineTree,
    MoneyLine,
    as_restated,
    captioned_items,
    card_name,
    cell_tree,
    cell_tree_lines,
    field_cell_period,
    heading_clause,
    is_cost_label,
    item_head,
    numbered_clauses,
    timeline_study,
)
from planparse.money.names import (
    account_label,
    bracket_keyword,
    colon_name,
    detail_name,
    ending_quote,
    held_name,
    is_field_value,
    is_sentence,
    is_whom,
    keyword_does,
    later_clause,
    later_listed_name,
    listed_label,
    marked_name,
    name_after,
    name_following,
    object_name,
    paid_item,
    prefix_name,
    project_name,
    titled_name,
    without_listings,
)
from planparse.money.projects import PLAN_RE, RESULT_RE
from planparse.outline.tree import continues_numbering
from planparse.output.model import FundingSource, Item
from planparse.text import prepare
from tests.conftest import SAMPLE, extracted, real_pdf


def only(text: str):
    [funding] = find_fundings(text)
    return funding


def the_funding(result, page: int, amount_krw: int):
    """The one record of an extraction on a page with an amount in won (failing where there
    is none or more than one)."""
    found = [f for f in result.fundings if f.page == page and f.amount_krw == amount_krw]
    assert len(found) == 1, (page, amount_krw, [f.raw for f in found])
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("한부모 월 23만원 지원", "benefit"),  # a month's rate
        ("학교급식 1식 9,500원", "benefit"),
        ("노후주택 동당 29백만원", "benefit"),
        ("총사업비 20억원 이상 신규 사업", "threshold"),
        ("100억원 이상 신규 보조사업", "threshold"),
        ("공유재산 30조 9,201억", "asset"),
        ("세입 1,782억원", "revenue"),
        ("매입비 330백만원 / 사용료 100백만원", "budget"),  # a cost, whatever follows
        ("'24년 당기순손실 335억", "loss"),
        # a net loss's word after the amount outranks a fare's word in a note before it
        # (water-works p7)
        ("(요금인상 후)335억 당기순손실('24.)", "loss"),
        ("부산항대교 통행료 조정으로 163억원 절감", "saving"),
        ("▷ '24~'28, 170억원(국105, 시50, 민15)", "budget"),
        ("청년 기준중위소득 60% 이하(144만원)이면서", "threshold"),  # the words before its bracket
        ("임차보증금 대출(1억원 한도) 이자 2~2.5%", "threshold"),
        ("매출 1천억원이 넘는 벤처천억기업", "threshold"),
        ("전년대비 생산원가 16억원 예산절감", "saving"),  # the longer word at one place
        ("시간외근무수당(43.4억원)", "budget"),  # 수당 is an allowance, not "per 수"
        ("벤처펀드 신규결성도 6.6조원(전년비 2.3조원 증가)", "investment"),  # a fund raised
        ("12개 대학 운영(30백만원x12개교, 3.6억원)", "benefit"),  # each of a count
        # a count beside a small amount in its bracket: spent on them all, not paid to each
        ("테왁 보호망(0.05억원, 590명)", "budget"),  # ocean-agriculture p26
        ("포상금 지급(1개 법인, 1,000천원)", "budget"),  # busan-edu p121
        ("(통원비 150만원, 입원비 300만원/10건)", "benefit"),  # a cap per case of 10
        ("ㅇ 계약금액 : 189,090천원", "budget"),  # a service's contract: what it costs
        ("사업규모 : 교당 5년간 국비 1,000억, 통합 시 1,500억+α", "benefit"),  # per school
        # a rate however its payers share it (citizen-health p43)
        ("1개소 당 최대 2,236,120천원(국비 66.6% 지방비(시비·구비) 33.3%)", "benefit"),
        ("보다 강화된 7.9조원의 손실보상금 지급", "budget"),  # compensation paid, not a loss
        ("카드결제 수수료 지원(法人, 月 15,000원)", "benefit"),  # 月: a month's rate
        ("장애인 콜택시(750대, 월 22만원 한도)", "benefit"),  # a rate's cap is the rate
        # a flow the words before its bracket name; a stock's word there names a budget
        ("식품위생업소 융자지원(6억 규모)", "other"),
        ("역대 최대 벤처투자 달성(’20. 4.3조원)", "investment"),
        ("환승손실금(170.1억원)", "budget"),
        ("어린이요금 무료화(4.36억원)", "budget"),
        # a stock's or a saving's word ending the title a ▷ details
        ("ㅇ자산 ▸ 2조 3,017억원(유동자산 794억원, 비유동자산 2조 2,223억원)", "asset"),
        ("ㅇ사회배려계층 등 상수도요금 감면 ▸'24년 155억원", "saving"),
        ("ㅇ 급수사용료 수익 증대 ▸ ˊ25년 목표 3,656억원", "revenue"),
        ("○ 부산청년 기쁨두배통장(청년 자산형성지원) ▹116.3억원", "budget"),  # 자산 opens a word
        ("(재난지원금 환수면제) 선지급했던 재난지원금 중 약 8천억원", "saving"),
        ("선제적 권리보호 추진 ▹247백만원 환급(부과취소)", "saving"),
        # at least that much, raised: no threshold; 이상 before an amount qualifies a count
        ("지역 벤처펀드를 1천억원 이상 추가 조성하고", "budget"),
        # (and an amount that small, no word saying its kind, is a rate: a benefit)
        ("다자녀교육지원포인트 지원(2자녀 이상 30∼50만원, 134천여세대)", "benefit"),
        ("지역 내 양질의 공연을 1만원에 제공하여", "other"),  # a price
        # too small for a programme's money: what each gets, per meal, per case
        ("중대사안 피해교원 위로금 지급(50만원)", "benefit"),
        ("- 어린이집 3~5세 유아 1식당 580원 지원", "benefit"),  # 1식당: per meal, not 식당
        ("(공립)방과후과정비 2만원, (사립)교육과정비 11만원", "benefit"),
        ("○ 클린에너지 시민아카데미 개최 ▹ 9백만원", "budget"),  # an item's ▷: its budget
        ("운영지원(54개소, 25억원)", "budget"),
        # money lent or guaranteed is not spent
        ("중소기업 신규자금을 코로나19 수준인 25.2조원 공급하고", "other"),
        # … or insured, factored, or kept alive: its word in the bracket's title past its
        # year, or after 의 (mss-2023 p15, p3; mss-2021 p26)
        ("- 매출채권보험 확대 (’23, 21.2조원) 및 소기업 보험료 할인", "other"),
        ("- 362.4조원 규모의 중소기업･소상공인 대출 만기연장･상환유예", "other"),
        ("· 비대면·디지털 기술보증 5.5조원 등 성장자금 9조원 공급", "other"),
        ("- 모태펀드 확대 (’23, 21.2조원) 및", "budget"),  # a year in brackets alone says none
        # money invested by those the line names (advanced-industry p13, mss-2021 p39); a
        # ministry's investment is its budget; a 투자사업 is a programme
        (
            "○「그린데이터센터 집적단지」조성 ▹에코델타시티(177,004㎡), 전문기업 3개사 유치(3조원 투자)",
            "investment",
        ),
        ("* 재기지원펀드 176개사 2,555억원 투자(‘20.10)", "investment"),
        # collected or seized, whatever the words before call it (planning-coordination p13,
        # p14): arrears collected are income, a bond seized is property
        ("- (성과)▸전환사채 40억원 압류, 체납액 2억원 징수", "asset"),
        ("체납액 2억원 징수", "revenue"),
        # a loan named by its size is what each borrower may take (mss-2021 p16, p22); a
        # volume lent stays money lent
        ("저신용 소상공인 대상 낮은 이자로 대출하는 “1천만원 긴급대출” 도입(’20)", "benefit"),
        ("* (‘20) 50개사 350억원 융자, 보증발급 70건", "other"),
        ("* 기존 무인수납시스템 이용 납부 현황(‘24년) : 19만 3천건, 2,215억원 납부", "revenue"),
        ("육성계획 수립(해수부, 5조원 투자)", "budget"),
        ("시비 10억원 투자사업 추진", "budget"),
        # vouchers issued are put in circulation, not spent (mss-2021 p6, mss-2024 p8)
        ("➋ (내수 촉진 기반 확충) 온누리상품권 발행 확대(2.5→3조원, 본예산", "other"),
        ("* 발행규모 : ’23. 4조원 → ‘24. 5조원, 사용처 : ’23. 20만개 → ‘24. 25만개", "other"),
        # a bracket after a market's measure holds its size; after a service, its cost
        ("해양관광시장 규모(6조 6709억원)", "market"),
        ("부모상담(1.1억원), 부모교육(0.6억원)", "budget"),
        # a label set out letter by letter says its kind as closed up
        ("○ 자 본 금 : 6,205억원(수권 자본금 1조원)", "asset"),
        ("- 미흡이하 사업 예산 10% 이상 감액 조치(16개사업 220억 삭감)", "saving"),
        ("- (성과) ’24년 검토대상사업 4건, 부적정사업 손실예방액 총 495억원", "saving"),
        ("○ (목표) 2,700억원 세원확충", "revenue"),
        # a line's label says the kind of the values after its colon (ocean-agriculture p42)
        ("◇ 2025년도 거래목표 : 110천톤, 2,100억원", "trade"),
        ("* 2024년 거래실적: 물량 106천톤, 금액 2,051억원", "trade"),
        ("- 1인당 수술비 5백만원", "benefit"),  # a cost paid per person (social-welfare p24)
        # a label broken by a space in a table cell (planning-coordination p8)
        ("○ 정·현원 : 정원 368명(현원 345명) ○자본 금 : 6,205억원", "asset"),
        # a market's size, not a marketplace's budget nor the mayor's (written for this test
        # from the plans' words: tourism p11, ocean-agriculture's 도매시장 현대화)
        ("해양관광시장 규모(6조 6709억원)", "market"),
        ("- 전통시장 활성화 3억원 지원", "budget"),
        ("- 반여농산물도매시장 시설현대화 200억원", "budget"),
        ("- 시장 공약사업 3억원", "budget"),
        # 시가 and 지가 open a word: "부산시가" is the city, "부지가" a site
        ("- 부산시가 3억원 지원", "budget"),
        ("*공시지가 266억원", "asset"),  # urban-innovation p51
        # a kindergarten, counselling and imports are no investment, trade or income
        ("- 유치원 급식비 지원 30억원", "budget"),
        ("- 청소년 상담복지센터 운영 5억원", "budget"),
        ("○ 거래금액: 2,100억원 (연근해) 900억원 / (수입․원양) 1,200억원", "trade"),  # ocean p42
        ("- 재산세 3억원 감소", "revenue"),  # a tax, not the property's value
        # a measure's word with a doing before the amount: what the money supports
        ("- 수출기업 지원 3억원", "budget"),
        ("- 수출상담회 개최 2억원", "budget"),
        ("- 수출 500억원 달성", "trade"),
        ("- 피해자 보호 3억원", "budget"),
        ("- 카드수수료 지원 3억원", "budget"),  # a price subsidised is spent
        ("- 융자 지원 3억원", "other"),  # … a loan's volume is lent
        # words holding a kind's word that name something else (tourism p10's exhibition
        # hall; advanced-industry's 양자산업; the education office's victims)
        ("- 벡스코 제3전시장 건립 2,900억원", "budget"),
        ("- 양자산업 30억원", "budget"),
        ("- 인적자원 개발 3억원", "budget"),
        ("- 피해학생 3억원", "budget"),
        ("- 재정적자 3조원", "loss"),
        # whom a sum is for, by how their sales fell (mss-2021 p5): no sales figure
        (
            "소상공인의 매출급감 등 긴급한 경영 부담 완화를 위한 직접지원금 4.1조원 신속 지급",
            "budget",
        ),
        ("- 매출 3조원 달성", "trade"),
        # what buyers bought (mss-2021 p40), not a purchase made ("장비 구매")
        ("- 공공기관(837개) 대상 중소기업 제품 구매액 105조원으로 사상 최대치 기록", "trade"),
        ("- 장비 구매 3억원", "budget"),
        # a fare, a fuel cost, a wage: what a thing costs, by the word its bracket follows
        # or the line's keyword (transport-innovation p17, p26; planning-officer p29) …
        ("­ 기 시행중인 부산↔김해․양산 간 광역 환승요금(일반 기준 500원) 무료화", "other"),
        ("­ (1일 대당 66㎞ 운행시 연료비) 전기버스 (115천원)〈 수소 (129천원)", "other"),
        ("※ (기술인력 임금) 데이터분석가 7,938천원", "other"),
        # … not a subsidy of one ("보험료 지원"), nor a sum paid with no price's word
        ("- 고용보험료 지원(1인당 5만원)", "benefit"),
        # a bracket after a saving's or a measure's word holds it (transport-innovation
        # p20, tourism-mice p11); not after what is done ("… 절감 사업")
        ("✓ CNG 차량 대비 연료비․정비비 절감(연 130억원), 안전검사 확인차량에 한하여", "saving"),
        ("- 에너지 절감 사업(5억원)", "budget"),
        ("- 외국인 해양관광소비(3218억원) 부산 1위", "market"),
        ("- 위로금 지급(50만원)", "benefit"),
    ],
)
def test_the_kind_of_an_amount_comes_from_the_words_around_it(text, kind):
    assert find_fundings(text)[0].kind == kind


@pytest.mark.parametrize(
    ("text", "scope", "year"),
    [
        ("▷ '24~'28, 170억원(국105, 시50, 민15)", "total_cost", None),
        ("- 사업비 : 14,489억원 (국비 7,727, 시비 5,151)", "total_cost", None),
        ("'25년 7억원 확보", "year_budget", 2025),
        ("2025년 예산 4,560억원", "year_budget", 2025),
        ("3년간(2023~2025년) 매년 2억원씩", "year_budget", None),
        ("('24년 실적) 30억원", "result", 2024),
        ("'27년까지 1조원 달성", "target", 2027),
        # a timeline entry's date is the money's year (a year before the plan's is then a
        # result: money.projects.settle_scope)
        ("- '24. 6. : 지방비 10억 확보", "unknown", 2024),
        # a line that opens with one year: its first amount is that year's money
        ("- ‘25년 학교 다목적강당 건립비 지원 추진(4개교, 18억원)", "year_budget", 2025),
        # … unless a later year stands nearer the amount (advanced-industry p15)
        (
            "- ’24년 신규R&D사업 심의(34건), ’25년도 R&D예산 배분·조정(96건, 시비 688억원)",
            "year_budget",
            2025,
        ),
        # a line labelled by a bare year (tourism p11): its money's year
        (
            "­ 2024 문화체육관광부 공모사업 선정 ▹웰니스 의료관광 클러스터 조성(국비 5억원)",
            "unknown",
            2024,
        ),
        ("2024 → 2025년 10억원", "year_budget", 2025),  # a year's word nearer: not a label
        # an event's year or month is the year of its money (advanced-industry p12, p15) …
        (
            "- (판로확대) K-ICT Week in BUSAN 2024 개최(’24, 8.9억원, 200여개사, 15천명)",
            "unknown",
            2024,
        ),
        ("- 선도 연구개발지원단 선정(‘24.1, 6억원) ▹ 지역주도과학기술정책수립", "unknown", 2024),
        # … not a day's, which decided a later year's budget (advanced-industry p56)
        (
            "➥국회 ‘25년 예결위 의결(’24.11.20. 국비 30억원)되었으나 증액 심의 불발로",
            "unknown",
            None,
        ),
        # a stock measured at a date closing its bracket (planning-coordination p20,
        # water-works p5): that year's result, and no period
        ("- (채무외 부채 현황) 1조 3,429억원(’23년 결산 기준)", "result", 2023),
        (
            "- (관리채무*현황) 3조 5,682억원(’24년 최종) * 관리채무=채무+BTL임차료잔액",
            "result",
            2024,
        ),
        (
            "ㅇ자산 ▸ 2조 3,017억원(유동자산 794억원, 비유동자산 2조 2,223억원, '23년 결산기준)",
            "result",
            2023,
        ),
        ("ㅇ 일반회계 : 세입 161억원", "year_budget", None),  # a body's budget of the year
        # … its budget's size or summary is a budget field, no card's cost (planning-
        # coordination p6, p11); a site's size is
        ("□ 예산총괄 : 16조 6,830억원", "year_budget", None),
        (
            "○ 예산규모 : 17조 2,527억원(본예산 15조 6,995억원, 추경 1조 5,532억원)",
            "year_budget",
            None,
        ),
        ("○ 위치/규모 : 부산 일원 / 300억원", "total_cost", None),
        # the money that builds a site of a size given before it
        (
            "ㅇ (기장도예촌 관광지 조성사업) ▸장안읍 기룡리 일원 918천㎡(990억원)",
            "total_cost",
            None,
        ),
        ("▸강서구 명지동~신호동(L=1.0㎞ B=3.0m), 442억원", "total_cost", None),
        ("- 청년정책 기본계획 수립·발표(5년간 5개 분야 1조 9,092억원 규모)", "total_cost", None),
        # a span in a closed bracket says how long something lasts
        ("재활치료(수술 후 2년간) 3백만원 지원", "unknown", None),
        ("○ (목 표 액) 65억원", "target", None),  # a letter-spaced label's word
        ("ㅇ (사업비) 35억원(국비 18, 시비 6, 민자 11)", "total_cost", None),  # a cost field
        ("ㅇ 계약금액 : 189,090천원", "total_cost", None),  # a contract's whole sum
        # a scope's word as the topic of what is spent, or inside another word: no span
        # (advanced-industry p46 "지역여성과학인 육성(1.4억원)"; ocean-agriculture p34 "먹거리
        # 안전망 구축 바우처 사업(… 66.4억원)")
        ("- 창의융합형 공학인재 및 지역여성과학인 육성(1.4억원)", "unknown", None),
        ("○ 취약계층 먹거리 안전망 구축 바우처 사업(7,661가구 66.4억원)", "unknown", None),
        ("- 성과공유제 지원 3억원", "unknown", None),
        ("- 집행 예정 3억원", "unknown", None),  # not spent yet
        ("- 총괄 운영 3억원", "unknown", None),
        # an observatory is no 전망 (urban-innovation p12: the whole of a build beside its size)
        (
            "ㅇ (천마산 복합전망대 및 관광모노레일 설치사업) ▸모노레일(L=3.0km, B=3m), 190억원",
            "total_cost",
            None,
        ),
        ("- 안전체험관 건립 30억원", "unknown", None),  # nor 안전체험 전체
        ("- (성과) 5조 8,131억원 징수", "result", None),  # planning-coordination p13
        # a project done over several years of its own: its whole cost (advanced-industry p13)
        (
            "○ 스마트조명 플랫폼 기술개발‧실증사업 완료 ▹’20.∼’24, 315억원, ETRI 주관",
            "total_cost",
            None,
        ),
        ("○ 실증사업 완료 ▹’24, 15억원", "result", 2024),  # … and of one year, that year's
        # a year opening a field's value (advanced-industry p54), a date a stock was measured
        # at, a clause before the amount (mss-2021 p16)
        ("○ 도시가스 보급 : '25년 3,200세대 (보급률 97.7%, 투자 330억원)", "year_budget", 2025),
        ("'20.12월말 기준, 간편결제 결제액 1.2조원 및 가맹점수 73만개 달성", "result", 2020),
        # the date a doing after the amount was done (mss-2021 p39, water-works p7), not a
        # span there (mss-2021 p8)
        ("* 재기지원펀드 176개사 2,555억원 투자(‘20.10)", "unknown", 2020),
        ("- 상생협력기금 신규 1조원 조성(‘21~‘25년), 동반성장 평가체계 개선", "unknown", None),
        # an event's year opening the clause its bracket closes (ocean-agriculture p10)
        (
            "- 반려동물 돌봄 대시민 교육(40회, 166명), 2024 위드펫스타 개최(10.5.~6.화명생태공원,1.5억원)",
            "unknown",
            2024,
        ),
    ],
)
def test_the_scope_of_an_amount_comes_from_its_words_and_period(text, scope, year):
    funding = find_fundings(text)[0]
    assert (funding.scope, funding.scope_year) == (scope, year)


def test_a_unitless_figure_before_a_change_is_in_the_later_figures_unit():
    # mss-2024 p8 and p10; social-welfare p21: the earlier figure, superseded
    found = find_fundings("* 지류형 100→150만원, 충전식카드형 150→200만원")
    assert [(f.money.amount, f.superseded) for f in found] == [
        (1_000_000, True), (1_500_000, False), (1_500_000, True), (2_000_000, False)
    ]  # fmt: skip
    found = find_fundings("확대 (‘23, 1,017 → ‘24, 1,119억원)하고")
    assert [f.money.amount for f in found] == [101_700_000_000, 111_900_000_000]
    assert [f.money.amount for f in find_fundings("건강생활유지비 인상(6→12천원),")] == [
        6_000,
        12_000,
    ]
    # not a year, a count or a share
    assert [f.money.amount for f in find_fundings("2024 → 2025년 10억원")] == [1_000_000_000]
    assert find_fundings("1,650명→2,000명, 보정률(90→100%)") == []


def test_a_series_whose_label_gives_its_unit_is_read_in_that_unit():
    # mss-2021 p16 and p39: each year's figure is an amount, in the label's unit
    line = "* 중기부 R&D 규모(억원) : (‘17)11,172 → (‘18)10,917 → (‘19)10,744"
    found = find_fundings(line)
    assert [(f.money.amount, f.period.start_year if f.period else None) for f in found] == [
        (1_117_200_000_000, 2017), (1_091_700_000_000, 2018), (1_074_400_000_000, 2019)
    ]  # fmt: skip
    line = "* 정책자금(억원) : (‘18) 44,150 → (’19) 43,580 → (‘20) 62,900 ○ 창업기업의 성장"
    assert [f.money.amount for f in find_fundings(line)][-1] == 6_290_000_000_000
    # a count, a share: no amount
    assert find_fundings("예산(억원) : (‘24) 10개 → (‘25) 20%") == []
    assert [f.money.amount for f in find_fundings("(’22)925교/285억원")] == [28_500_000_000]
    # mss-2024 p4: unitless figures after an amount in a series take its unit
    found = find_fundings("* (’23.1Q) 1.8조원 → (2Q) 2.7 → (3Q) 3.2 / 10.9조원")
    assert [f.money.amount for f in found] == [
        1_800_000_000_000, 2_700_000_000_000, 3_200_000_000_000, 10_900_000_000_000
    ]  # fmt: skip
    assert [f.raw for f in find_fundings("5억원 → 2배, 10억원 → 30%")] == ["5억원", "10억원"]


def test_a_compound_figure_is_one_amount():
    assert [f.money.amount for f in find_fundings("연구용역비 4억6천만원")] == [460_000_000]
    assert [f.money.amount for f in find_fundings("3억 5,000만원 지원")] == [350_000_000]
    # two amounts side by side stay two
    assert len(find_fundings("국비 2억, 시비 3억원")) == 2


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # Busan's press release of 2025-07-01, p1 and p2, as printed
        ("9천8백억 원 투자 유치", 980_000_000_000),
        ("약 2천6백억 원을 투입해", 260_000_000_000),
        ("9 천8백억 원", 980_000_000_000),  # the text layer's space
        ("1천2백만원 지원", 12_000_000),
    ],
)
def test_a_numerals_thousands_and_hundreds_are_one_amount(text, amount):
    assert [f.money.amount for f in find_fundings(text)] == [amount]


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("사업비 4억6천만원(국비 2억3천만원, 시비 2억3천만원)", [230_000_000, 230_000_000]),
        ("사업비 7천8백만원(국비 3천9백만원, 시비 3천9백만원)", [39_000_000, 39_000_000]),
    ],
)
def test_a_breakdowns_compound_parts_are_its_shares_not_amounts_of_their_own(text, shares):
    # a part read as its own record would be counted twice in a sum
    [funding] = find_fundings(text)
    assert [s.amount for s in funding.sources] == shares


def test_a_numerals_hundreds_are_never_read_without_its_thousands():
    # a wrong number is worse than a missing one: "9천8억원" is 9,008억원, never 8억원
    assert all(f.money.amount != 800_000_000 for f in find_fundings("9천8억원"))
    assert find_fundings("시민 2천5백여명") == []  # autonomous-police p17: a count


def test_the_two_amounts_beside_a_threshold_in_brackets_are_both_thresholds():
    found = find_fundings("연소득 6천만원(부부합산 1억원) 이하, 임차보증금 2억원 이하")
    assert [(f.money.amount, f.kind) for f in found] == [
        (60_000_000, "threshold"), (100_000_000, "threshold"), (200_000_000, "threshold"),
    ]  # fmt: skip


def test_a_list_whose_last_amount_is_a_floor_is_all_floors():
    found = find_fundings("- (심사대상) 건설공사 5억원 · 용역 1억원 · 물품 2천만원 이상")
    assert [f.kind for f in found] == ["threshold"] * 3
    # a payer's share beside a floor stays what its label says
    assert [f.kind for f in find_fundings("국비 50억원, 시비 30억원 이상 확보")][0] == "budget"


def test_one_facilitys_amount_is_its_budget_not_a_rate():
    assert only("자립 전문인력 양성 및 지원(1개소 14.8억원)").kind == "budget"
    assert only("학교급식 1식 9,500원").kind == "benefit"  # one meal: a rate


def test_the_later_figure_of_a_change_keeps_the_earlier_ones_kind():
    found = find_fundings("카드결제 수수료 지원 확대(법인, 月 15천원 → 30천원)")
    assert [(f.money.amount, f.kind, f.superseded) for f in found] == [
        (15_000, "benefit", True), (30_000, "benefit", False),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text, expected",
    [
        # mss-2021 p38: a series labelled once, each figure noted (본, 본+추)
        ("* (발행) (‘19)2.0조원(본) → (’20)4.0조원(본+추)", [("other", 2019), ("other", 2020)]),
        # … and one dated by a year and month: the label stands before the date
        (
            "** (판매) (’19.10) 1조 5,024억원 → (‘20.10) 3조 3,813억원(전년比 125% 증가)",
            [("trade", 2019), ("trade", 2020)],
        ),
    ],
)
def test_every_figure_of_a_labelled_series_is_of_the_labels_kind(text, expected):
    assert [(f.kind, f.scope_year) for f in find_fundings(text)] == expected


def test_other_currencies_are_never_won():
    # yen and euros beside their won conversion: only the won is read
    found = find_fundings("해당 기간 동안 총 2,400억 엔(약 2조 1900억 원) 투입")
    assert [f.money.amount for f in found] == [2_190_000_000_000]
    found = find_fundings("16~26년까지 1억 8,000만 유로(한화 2,430억원)를 투입하여")
    assert [f.money.amount for f in found] == [243_000_000_000]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a payer in brackets opening the clause, in a ministry's prose
        ("* (민간) 10억원 이상 선투자 → (정부) 확대(스케일업) 기술개발 3년간 12억원 지원",
         [["private"], ["national"]]),
        ("- ’25년 부울경 협력사업 17개, 3,511억원 국비 반영", [["national"]]),  # after, with a verb
        ("공공데이터 평가 특교세 ’22~’23년 0.9억원", [["national"]]),  # before its period
        ("지역 관광기업지원센터 국비(7.3억)", [["national"]]),  # opening its bracket
        ("’23년~‘26년, 290억원(국비87, 부산177, 양산26)", [["national", "city", "city"]]),
        ("통합 시 1,500억", [[]]),  # 시 = when: a bare label is no payer
        # a ministry pays national money, named in full or short
        ("26.4억원(해수부 18.48, 부산시 7.92)", [["national", "city"]]),
        ("1,178억원(해수부)", [["national"]]),
        # shares in percent, no comma between them
        ("13억원(국50%시50%)", [["national", "city"]]),
        # … or figures, a space between each and the next label, when they add up to it
        # (planning-coordination p5); not when they do not
        ("3조 5,682억원(일반 19,730 특별 8,174 기금 3,509 BTL 4,269)",
         [["other", "other", "fund", "private"]]),
        ("290억원(국비 100 시비 190)", [["national", "city"]]),
        ("290억원(국비 100 시비 180)", [[]]),
        # a payer's budget right before the amount, even by a bare 시 (social-welfare p36)
        ("ㅇ 사 업 비 : 1.5억원(청년재단) *시 예산 40백만원 별도", [[], ["city"]]),
        ("국비 예산 5억원 확보", [["national"]]),
        ("총 예산 3억원", [[]]),
        # shares in percent after the amount in its bracket (citizen-health p35), and a
        # payer glossed with its ministry before its budget's bracket (advanced-industry p55)
        ("’25년 부산형 산후조리비 지원사업 예산 요구(총130억원, 시 50% 구·군 50%)",
         [["city", "district_county"]]),
        ("(10억, 국 50%, 시 40%)", [[]]),
        ("ㅇ ’24. 12. : ‘25년 정부(산업부) 예산(’25년 25억원) 최종 확정", [["national"]]),
        ("- '25년도 국비 확보(48억원), 치료센터 증축", [["national"]]),  # payer, verb, bracket
        ("469.5억원(국278.9, 지100, 민90.6)", [["national", "local", "private"]]),  # 지: 지방
        # its sources after it in its bracket, commas or not, when they add up to it
        ("설치 및 교체‣120대(49억,국34.3억시14.7억)", [["national", "city"]]),
        ("(10억, 국5억, 시4억)", [[], ["national"], ["city"]]),  # 9억 is not 10억: left alone
        # one payer, then a note with no figure (advanced-industry p42)
        ("3억원(시비, 1차 추가경정예산 확보 추진)", [["city"]]),
        # a ratio splits an amount no payer labels; after 국비 it is the grant's condition
        ("사업규모 : 30억(국비:지방비 7:3 조건)", [["national", "local"]]),
        ("사업규모 : 최대 국비 5억 지원(국비:지방비 5:5 조건)", [["national"]]),
        # one payer alone before the amount in its bracket: a ministry, a fund (ocean p21,
        # citizen-health p9); not a word ending in 부 that is no ministry
        ("조선산업 구조 고도화 지원(중기부 / ’24.~’25. / 2.4억원)", [["national"]]),
        ("응급의료기관 등 지원(재난관리기금 109.6억원)", [["fund"]]),
        ("협력(외부, 3억원)", [[]]),
        # a payer and its verb with a word between (transport p14, social-welfare p25), not
        # the words of whom it is for (youth p25: the city's money for private groups)
        ("공모 선정, 국비 사업 추진(29.2억원)", [["national"]]),
        ("24시간 돌봄을 위한 시비 추가 지원(105억원, 1,150명)", [["city"]]),
        ("민간 독서단체 지원(0.12억원)", [[]]),
        # the payer a line opens with pays each amount of its list (autonomous-police p11)
        (
            "- (특교세) ‘안전한 Bright 명지 새동네 만들기’(0.7억), ‘신선마을 우리동네 살리기’(0.8억) 추진",
            [["national"], ["national"]],
        ),
        ("- (국비) A 사업(10억), (시비) B 사업(5억)", [["national"], ["city"]]),
        # a payer glossed with its parts, shares in percent (citizen-health p43)
        ("1개소 당 최대 2,236,120천원(국비 66.6% 지방비(시비·구비) 33.3%)", [["national", "local"]]),
        # a part whose payer follows its figure in brackets (ocean-agriculture p36)
        ("87.5억원[서부산 80억(수자원공사), 부산강동 공동주택공사 7.5억(한국토지주택공사)]", [["public", "public"]]),
        # a private payer named as a body (advanced-industry p59)
        (
            "출자금(900억원) : 市(20억원), 부산도시공사(10억원), 한국수자원공사(170억원), 민간컨소(700억원)",
            [["city", "public", "public", "private"]],
        ),
    ],
)  # fmt: skip
def test_who_pays_is_read_where_it_is_written(text, sources):
    assert [[s.source for s in f.sources] for f in find_fundings(text)] == sources


@pytest.mark.parametrize(
    ("prefix", "name"),
    [
        ("사업개요", None),
        ("사업 비 : 약", None),
        ("(예산)", None),
        ("1단계", None),
        ("9개소 8.9ha", None),
        ("채무조정과 병행하여, 자금애로를 겪는 소상공인에 총", None),
        ("도시철도 하단~녹산선 건설(2022~2029) 총사업비", "도시철도 하단~녹산선 건설"),
        ("당감‧개금권 잔여과제 단계별 준공", "당감‧개금권 잔여과제"),
        ("청년도전 지원사업을 통한 구직단념청년 취업 자신감 회복", "청년도전 지원사업"),
        # … but a means before 통한 names nothing (youth-industry p26)
        ("국가사업 공모를 통한 영어특화 들락날락 조성", "영어특화 들락날락 조성"),
        # … or by 으로 (ocean-agriculture p21)
        ("- BPA, 해진공 등 유관기관 협업으로 기술창업 지원 플랫폼 운영", "기술창업 지원 플랫폼"),
        ("부산시", None),  # who pays, not what for
        ("<출처: 학교도서관현황조사, 교육부>", None),  # a citation
        ("x12개교", None),  # counts
        ("2개 사업", None),
        ("보다 강화*된", None),  # a modifier whose noun is the amount's
        ("“새벽 3시 통장", None),  # a quotation cut open
        # when, who runs it, a share of a sum, a report's sentence: no thing (a press
        # release, busan-press-release-2025-07-02 p1; an RFP's penalty table, klid p59)
        ("올해 부터 2029년까지", None),
        ("한국자동차연구원 주관", None),
        ("사업비의 0.5% 이하", None),
        ("기업지원 및 기술확산 교류(네트워크) 등을 추진한다.", None),
        ("주관기관 선정", "주관기관"),
        ("부산시 한다리 정비", "부산시 한다리 정비"),
        ("'23년 모태기금", "모태기금"),
        ("5년간 초격차 유망 창업 초기 기업", "초격차 유망 창업 초기 기업"),
        ("당기순손실 → (요금인상 후)", "당기순손실"),  # the side of a change that names
        ("노인일자리 65,156개 추진", "노인일자리"),
        ("부산청년 일하는 기쁨카드 지원", "부산청년 일하는 기쁨카드 지원"),  # 일하는: a name's
        ("시간외근무수당", "시간외근무수당"),
        ("2025 부산모빌리티쇼", "2025 부산모빌리티쇼"),  # a year inside a name stays
        ("부산정보고속도로", "부산정보고속도로"),  # 로 ending a noun is no particle
        ("운영지원", None),  # doings alone (youth-industry p8: the item above names it)
        ("플러스(+) 개선방향", None),  # a block's part, its mark and all (youth-industry p29)
        ("보정률 및 하한액", None),  # a benefit's floor: its programme names it (mss-2023 p4)
        # a work's measures after its name (water-works p12)
        ("소블록 내 배수관 세척 D = 80~500㎜, L = 54㎞ /", "소블록 내 배수관 세척"),
        ("들락날락 운영 지원", "들락날락 운영 지원"),
    ],
)
def test_a_project_name_keeps_what_names_something(prefix, name):
    assert project_name(prefix) == name


def test_a_keyword_names_the_money_only_where_the_words_after_it_say_what_is_done():
    assert (
        prefix_name("(해외 마케팅) 지역 물류기업 해외 신규시장 개척을 위한 마케팅 지원")
        == "해외 마케팅"
    )
    # a category before a name that ends in a doing glued to it
    assert prefix_name("(전용자금) Net-Zero유망기업지원") == "Net-Zero유망기업지원"
    # … or where they say only whom it is for (mss-2021 p5); a loan is no one
    prefix = "➋ (임차료 특별융자) 집합금지 업종 소상공인은 저금리(1.9%) 융자"
    assert prefix_name(prefix) == "임차료 특별융자"
    assert prefix_name("(임대료 부담 경감) 임대료 목적 긴급융자") == "임대료 목적 긴급융자"


def test_a_name_quoted_in_a_sentence_names_its_amount():
    prefix = (
        "국토부의 철도지하화 통합개발 선도사업 선정('25.1분기) 계획과 연계하여 "
        "'철도지하화 통합개발 기본계획 수립용역' 추진"
    )
    assert prefix_name(prefix) == "철도지하화 통합개발 기본계획 수립용역"
    # 「」 quote a name even glued to the words around it, a doing after it (advanced-industry
    # p54, youth-industry-academia p12)
    title = "집단에너지 공급대상 지역 내「명지2단계연료전지발전사업」추진"
    assert ending_quote(title) == "명지2단계연료전지발전사업"
    assert ending_quote("청년취업 면접정장 무료대여 서비스 「드림옷장」운영") == "드림옷장"
    # … not a word glued after it that names more: "「AI+로봇」형 일자리"
    assert ending_quote("「AI+로봇」형 일자리") is None
    assert ending_quote("「AI+로봇」형") is None


@pytest.mark.parametrize(
    ("line", "amount", "name"),
    [
        # the item's title, clause and all, before "▷ amount"
        ("○ 지역 내 양질의 공연을 1만원에 제공하여 청년 문화향유기회 확대▷10억원", "10억원",
         "지역 내 양질의 공연을 1만원에 제공하여 청년 문화향유기회 확대"),
        # or with the amount in the bracket after it
        ("- 지역 선도분야 인재육성 사업 발굴 등 부산TP 인력 운용(4.3억원)", "4.3억원",
         "지역 선도분야 인재육성 사업 발굴 등 부산TP 인력 운용"),
        ("- 내용 중심 부산형 어린이 영어교육 프로그램 및 교재 개발(2단계, 2억원)", "2억원",
         "내용 중심 부산형 어린이 영어교육 프로그램 및 교재 개발"),
        # a later item of a list is named by its own words, not the line's title
        ("- 외국인근로자지원센터 개소(4억원), 부산글로벌센터(3.3억원)", "3.3억원", "부산글로벌센터"),
        # a keyword whose words say what is done names the money, past other brackets
        ("ㅇ (광안대교 관광자원화 2단계) 앵커리지(2개소) 조명 교체(33억원)", "33억원",
         "광안대교 관광자원화 2단계"),
        ("ㅇ (해외 마케팅) 지역 물류기업 해외 신규시장 개척을 위한 마케팅 지원(85백만원)", "85백만원",
         "해외 마케팅"),
        ("- 사업비 : 10억원", "10억원", None),  # a field's label names nothing
        # what the title's money counts may stand between (ocean-agriculture p10; "ž" is a
        # middle dot in its font)
        ("ㅇ 구청장ž군수가 교장되는 어린이 텃밭학교 운영 지원 ▹ 5개소, 1.2억원", "1.2억원",
         "구청장·군수가 교장되는 어린이 텃밭학교 운영 지원"),
        ("ㅇ 반려식물 분갈이 지원 ▹ 11개구, 4,200명, 1.3억원", "1.3억원", "반려식물 분갈이 지원"),
        # its rates in brackets do not make the title an earlier amount's (advanced-industry
        # p54); a sum in brackets does ("외국인근로자지원센터 개소(4억원)" above)
        ("- 배관공사비 융자(가구당 최고 500만원, 연이자 1.5%) ▹ 20세대, 1억원", "1억원",
         "배관공사비 융자"),
        ("- 센터 개소(4억원) ▹ 20세대, 1억원", "1억원", None),
    ],
)  # fmt: skip
def test_an_items_title_names_the_amount_that_follows_it(line, amount, name):
    text = prepare(line)
    assert titled_name(text, text.index(amount)) == name


@pytest.mark.parametrize(
    ("line", "amount", "name"),
    [
        # prose: what the amount is of, after 의
        ("확대 및 2.2억달러의 공동기금(펀드) 조성 합의 (9.21)", "2.2억달러", "공동기금(펀드)"),
        ("보다 강화된 7.9조원의 손실보상금 지급", "7.9조원", "손실보상금"),
        # a list of results: the name follows its amount
        ("해외 전략행보를 통해 4.2억달러 수출 계약, 4.15억달러 공동펀드 조성 등", "4.15억달러",
         "공동펀드"),
        # the object right before the amount
        ("은행대출이 어려운 중·저신용 소상공인에게 전용자금을 1.5조원 지원", "1.5조원",
         "전용자금"),
        # a measure names nothing: the programme its sentence holds
        ("소비촉진 행사 (동행축제)를 개최 (5·9·12월)하고, 합계매출 3.99조원 달성하는 등", "3.99조원",
         "소비촉진 행사 (동행축제)"),
    ],
)  # fmt: skip
def test_a_sentence_names_its_amount_where_prose_puts_the_name(line, amount, name):
    text = prepare(line)
    [funding] = [f for f in find_fundings(text) if f.money.raw == amount]
    named = (
        name_after(text, funding.money.end)
        or name_following(text, funding.start, funding.end)
        or object_name(funding.prefix)
        or held_name(text, funding.start, prefix_name(funding.prefix))
    )
    assert named == name


@pytest.mark.parametrize(
    ("item", "marker", "name"),
    [
        # the words a note's marker follows in the item above, back to their clause's start
        # (mss-2021 p38, p39; mss-2023 p9, p18)
        ("소진기금 규모 확충* 및 지원 강화", "*", "소진기금 규모 확충"),
        ("벤처투자 관련 제도 정비* 및 코로나 상황 속 펀드결성액** 증가세 전환", "**",
         "코로나 상황 속 펀드결성액"),
        ("(자금공급 확대) 초격차 기금(펀드) 신설, 디지털·첨단제조 분야 기술보증 한도 확대*", "*",
         "디지털·첨단제조 분야 기술보증 한도 확대"),
        # a marker in a modifier of what follows, a marker twice, a ※ note: nothing
        ("보다 강화*된 7.9조원의 손실보상금 지급", "*", None),
        ("(심사대상) 일반투자사업*, 청사,문화·체육시설*, 행사성사업**", "*", None),
        ("소진기금 규모 확충* 및 지원 강화", "※", None),
    ],
)  # fmt: skip
def test_a_note_is_named_by_the_words_its_marker_follows_above(item, marker, name):
    assert marked_name(item, marker) == name


def test_a_note_on_a_verb_is_named_by_its_object():
    # mss-2023 p18, over "* (’22) 1,100억원 조성 → (’23) 550억원 추가 조성"
    item = "’23년 모태기금(펀드) 출자 청년창업기금(펀드)을 추가 조성*하여 청년창업 기업에 집중 투자"
    assert (marked_name(item, "*") or "").endswith("청년창업기금(펀드)")


@pytest.mark.parametrize(
    ("line", "sources"),
    [
        # a footnote's mark after a label (transport-innovation p25)
        ("ㅇ 사업비 : 845억원 (국비 119, 민자* 726)", [("national", 11_900_000_000),
                                                ("private", 72_600_000_000)]),
        # one payer, then a note on the money: the payer pays it all (tourism-mice p37)
        ("250,000천원(시비, 공기관위탁사업비)", [("city", 250_000_000)]),
        # parts told apart by spaced slashes, each with a count before its figure (ocean p22)
        ("3개 지구*, 909억원(부산시 1개 91억원 / 해수부 2개 818억원)",
         [("city", 9_100_000_000), ("national", 81_800_000_000)]),
        # a note alone: no source
        ("10억원(주력일반)", []),
        # notes, then the payer of all of it (planning-coordination p28)
        ("1조 2,043억원(일반+기타특별회계+기금, 순수시비)", [("city", 1_204_300_000_000)]),
    ],
)  # fmt: skip
def test_a_breakdowns_payers_are_read_past_marks_and_notes(line, sources):
    [funding] = find_fundings(prepare(line))
    assert [(s.source, s.amount) for s in funding.sources] == sources


@pytest.mark.parametrize(
    ("line", "sources"),
    [
        # autonomous-police p19: one record, paid by the city, spent on two things listed
        # after its payers' bracket
        ("ㅇ 사 업 비 : 210백만원(시비) ▸ 집중 145백만원, 개별 65백만원",
         [("시비", "source", 210_000_000), ("집중", "use", 145_000_000),
          ("개별", "use", 65_000_000)]),
        # mss-2021 p38: 등 — some of what the 182억원 pays for, not all, so they fall short
        ("* 5년간 각각 최대 182억원 지원(정책자금 100억원, 보증 30억원, R&D 20억원 등)",
         [("정책자금", "use", 10_000_000_000), ("보증", "use", 3_000_000_000),
          ("R&D", "use", 2_000_000_000)]),
    ],
)  # fmt: skip
def test_uses_listed_with_an_amount_are_its_parts_not_records(line, sources):
    [funding] = find_fundings(prepare(line))
    assert [(s.source_raw, s.kind, s.amount) for s in funding.sources] == sources


def test_a_count_in_hundreds_of_millions_is_not_money():
    # tourism-mice p12: 225 million fans, not 2억원
    assert find_fundings(prepare("’23년 기준 전 세계 한류 팬 수 : 2억 2,500만명, 12년 동안")) == []


@pytest.mark.parametrize(
    ("prefix", "name"),
    [
        # a name before a colon (ocean-agriculture p9, planning-coordination p39)
        ("ㅇ 어촌뉴딜300사업 : 6개 구·군 9개소,", "어촌뉴딜300사업"),
        ("ㅇ 공동어시장 현대화:실시설계 완료 및 총사업비", "공동어시장 현대화"),
        ("○ 지역제한 입찰 : 종합공사", "지역제한 입찰"),
        # a field's label, a measure, a date, two fields: no name
        ("- 사업비 :", None),
        ("ㅇ 운 영 비 :", None),
        ("◇ 2025년도 거래목표 : 110천톤,", None),
        ("’24. 3. : 한도액 변경(증", None),
        ("• (용역기간/용역비) 2025. 3. ~ 2026. 9.(18개월) /", None),
    ],
)  # fmt: skip
def test_a_name_before_a_colon_is_told_from_a_fields_label(prefix, name):
    assert colon_name(prefix) == name


@pytest.mark.parametrize(
    ("before", "name"),
    [
        # planning-coordination p5, p7; culture-tourism p5: an account the line states
        ("□ 세 출 : ", "세출"),
        ("□ 기 금(19개) : ", "기금"),
        ("ㅇ 일반회계 : 세입 ", "일반회계"),
        ("ㅇ자산 ▷ ", "자산"),  # water-works p5, its ▸ as prepared
        ("ㅇ2025년 예산규모 ▸", "예산규모"),  # water-works p5, 기본현황: the body's budget
        # a card's field, a measure, a date: no name
        ("- 사업비 : ", None),
        ("ㅇ 예 산 : ", None),
        ("- 예산 : ", None),
        ("ㅇ 계약금액 : ", None),
        ("’24. 3. : ", None),
    ],
)  # fmt: skip
def test_an_accounts_label_names_what_nothing_else_names(before, name):
    assert account_label(before) == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # a count or a size, with at most a doing after it (advanced-industry p8, p53, p54;
        # urban-innovation p45)
        ("17만세대", None),
        ("3개사 지원", None),
        ("0.08㎿(가구당 1㎾이하)", None),
        ("12개월, 2차", None),
        # a stage, a grade, a household's size are part of a name
        ("4단계 상수도관 정비", "4단계 상수도관 정비"),
        ("2자녀 가구", "2자녀 가구"),
        ("근해 12척", None),  # ocean-agriculture p25
        # a date with its place, a status, a table's header, the city by itself: no names
        # (ocean-agriculture p17, p22; transport p13; planning-officer p47)
        ("'25.4.28.~30(벡스코)", None),
        ("시 행 중", None),
        ("시행일", None),
        ("우리시", None),
        # a field's label, a status, a sentence's topic that is no name (audit p15,
        # autonomous-police p17, mss-2024 p4)
        ("감사대상", None),
        ("신규사업", None),
        ("개선 필요성은 여전", None),
        ("대한민국 지방재정대상 사례 평가", "대한민국 지방재정대상 사례 평가"),  # a prize
        # how many projects, by whom, names none of them (tourism p20: "- 부산시 5개 사업(총
        # 1,467억원) 추진" under "□ (남해안권 해양레저관광벨트 조성) …"); a list of them does
        ("부산시 5개 사업", None),
        ("반도체특성화대학 등 12개 사업", "반도체특성화대학 등 12개 사업"),
        # a kind of project by who pays for it: how it is paid (ocean-agriculture p52, "ㅇ (1단계
        # 건립) 국비지원 사업으로 수산물 유통시설 건립(수산시장)")
        ("국비지원 사업", None),
        ("시비 보조사업", None),
        ("국비지원 사업 확대", "국비지원 사업 확대"),
        # a sentence's end: a quoted voice in a story box (mss-2021 p42)
        ("“3시간 만에 입금, 속도에 놀라고 또 감동했습니다”", None),
        ("속도에 놀라고 또 감동했습니다", None),
        # a span of years opening the words, glued to the name (planning-officer p20)
        ("'22~'25년지방소멸대응기금 효율적 관리·운영", "지방소멸대응기금 효율적 관리·운영"),
        # a figure marked for a note, run in from a table's cell (mss-2021 p39)
        ("1200 * 재기지원펀드", "재기지원펀드"),
    ],
)  # fmt: skip
def test_a_count_names_nothing(words, name):
    assert project_name(words) == name


def test_cost_labels_name_nothing_even_paired():
    # ocean-agriculture p52, p57: a card's fields, not its name
    assert project_name("운영비") is None
    assert project_name("용역기간/용역비") is None
    assert project_name("부산/울산 협력사업") == "부산/울산 협력사업"
    # a row of field values, its period first: the project is named above it (ocean p24)
    assert project_name("- '23.~'26. / 남구(부경대 용당캠퍼스) / 면적 994.03㎡ /") is None
    assert project_name("'15.~계속 /") is None
    # a bullet after a year is not part of a name (ocean-agriculture p56)
    assert project_name("'24년 □ 유통종사자 설명회") == "유통종사자 설명회"


def test_a_change_inside_brackets_does_not_split_a_name():
    # social-welfare p24: the arrow is the criterion's change, not the name's
    assert project_name("- 발달재활서비스 지원 기준 완화(6세미만 → 9세미만),") == (
        "발달재활서비스 지원 기준 완화(6세미만 → 9세미만)"
    )
    assert project_name(
        "- 중증장애아동 돌봄지원 단가 인상(12,140→14,140원)으로 안정적 서비스 제공"
    ) == ("중증장애아동 돌봄지원 단가 인상")
    # the end of a bracket opened before the words names nothing (mss-2021 p14)
    assert project_name("증가)으로 최초") is None


def test_a_purpose_clause_before_a_name_is_not_the_name():
    # advanced-industry p40
    assert project_name("○ 중소기업 정보보호 기반 조성을 위한 동남정보보호지원센터 운영") == (
        "동남정보보호지원센터"
    )
    # what is left would be too general to name anything alone: the clause stays
    assert project_name("안전한 환경을 위한 시설 조성") == "안전한 환경을 위한 시설 조성"
    # for whom, not what for: part of the name (mss-2024 p9)
    assert project_name("기업가형 소상공인을 위한 특별보증") == "기업가형 소상공인을 위한 특별보증"


def test_an_eligibility_line_is_a_threshold_through_its_years():
    # social-welfare p21: the year in brackets does not end the clause that says its kind
    found = find_fundings(
        prepare("※ 생계급여 선정기준 (’24년) 183만원→(’25년) 195만원4인가구 기준")
    )
    assert [(f.money.amount_krw, f.kind) for f in found] == [
        (1_830_000, "threshold"),
        (1_950_000, "threshold"),
    ]
    assert paid_item("※ 생계급여 선정기준") == "생계급여 선정기준"


def test_an_income_line_is_a_threshold_even_by_the_month():
    # social-welfare p21, youth p13
    found = find_fundings(
        prepare("부양의무자 기준 완화(연소득 1.3억, 재산 12억)로 수급 탈락 최소화")
    )
    assert found[0].kind == "threshold"
    found = find_fundings(prepare("◦ 부산청년 일하는 기쁨카드 : (소득완화) 월268만원→월359만원"))
    assert found[0].kind == "threshold"
    assert only("한부모 월 23만원 지원").kind == "benefit"  # a month's rate, as before


def test_the_largest_ever_is_no_cap_and_compensation_no_loss():
    # mss-2023 p4: "역대 최대" is the largest ever, not "at most"
    assert only("- 온전한 손실보상을 위해 역대 최대인 23조원의 손실보전금과 함께,").kind == "budget"
    # … and money under a title of 손실보상 is compensation paid, not a loss
    assert not CONTEXT_KIND_RES["loss"].search("(손실보상) 소상공인 손실보상 제도 개선")
    assert CONTEXT_KIND_RES["loss"].search("- 운영 손실 누적")


def test_a_grant_the_city_receives_is_its_revenue():
    # planning-coordination p19: the series under "(소방안전교부세) …" is money received
    assert CONTEXT_KIND_RES["revenue"].search("(소방안전교부세) 대상사업 집행점검 대응 철저")
    assert CONTEXT_KIND_RES["revenue"].search("(보통교부세) 교부세 산정 신규 수요 발굴")


@pytest.mark.parametrize(
    ("line", "amount", "name"),
    [
        # ocean-agriculture p10: each thing a ▷ lists, by the name its bracket follows
        ("ㅇ 안전먹거리 소비지원 ▹ 임산부 꾸러미(7천명 34억원), 과일간식(17천명 8.1억원)",
         "34억원", "임산부 꾸러미"),
        ("ㅇ 안전먹거리 소비지원 ▹ 임산부 꾸러미(7천명 34억원), 과일간식(17천명 8.1억원)",
         "8.1억원", "과일간식"),
        ("ㅇ 맹견사육허가제 추진 체계 마련 ▹기질평가위원회 구성(6) 및 기질평가제 운영(0.2억원)",
         "0.2억원", "기질평가제"),  # its doing set aside, as in every name
        # a count, whom it is for, or what the amount measures: the title names it
        ("- 안정적이고 내실 있는 들락날락 운영 지원 ▹ 총 75개소(38억원)", "38억원", None),
        ("- 학자금 대출이자 지원▹ 대학(원)생 및 졸업생(3억원)", "3억원", None),
        ("○「그린데이터센터 집적단지」조성 ▹에코델타시티(177,004㎡), 전문기업 3개사 유치(3조원 투자)",
         "3조원", None),
        ("- 2024 글로벌헬스케어위크 개최 ▹ 수출상담(188건, 계약 348만불 달성)", "348만불", None),
    ],
)  # fmt: skip
def test_a_thing_listed_after_a_pointer_is_named_by_its_brackets_words(line, amount, name):
    text = prepare(line)
    assert detail_name(text[: text.index(amount)].split("▷")[-1]) == name


def test_a_list_after_a_colon_names_each_amount_by_its_item():
    # social-welfare p8
    line = "- 종사자 보수수준 : 처우개선수당(99.8억원), 시간외근무수당(43.4억원)"
    text = prepare(line)
    assert titled_name(text, text.index("99.8억원")) == "처우개선수당"


def test_a_timeline_entry_names_no_project_by_its_event():
    # citizen-health p32, its bullet read on its line: the figures changed belong to the
    # card's project (서부산의료원 설립), not to the entry's event
    text = prepare("○ '24. 3. : 한도액 변경(증 78.41억 원, 780억→ 858.41억)")
    assert titled_name(text, text.index("780억")) is None


def test_a_keyword_of_a_doing_names_the_thing_done_not_a_payer():
    assert bracket_keyword("(동행축제 개최) 소비 분위기가 고조되어 …") == "동행축제"  # mss-2024 p9
    assert bracket_keyword("(국비 공모 추진) 문체부 공모사업 신청") is None
    # a card's field in brackets names nothing (planning-coordination p27: "○ (결과활용) 평가결과
    # 다음연도 예산 편성 시 반영" over "※ … 154개 사업(총 4,373억 규모) 평가")
    assert bracket_keyword("(결과활용) 평가결과 다음연도 예산 편성 시 반영") is None
    assert bracket_keyword("(평가대상) 전년도 자체재원 총사업비 기준 5억원 이상") is None


def test_a_name_quoted_after_a_keyword_names_the_amount_in_its_bracket():
    # mss-2024 p10
    line = "(신시장 개척) 중소기업의 해외진출을 뒷받침하는 '수출 바우처'를 확대 ('23, 1,017 → '24, 1,119억원)"
    text = prepare(line)
    assert titled_name(text, text.index("'23, 1,017")) == "수출 바우처"


@pytest.mark.parametrize(
    "words",
    # counts before an amount, whom or how many it pays for (social-welfare p9, p17, p24, p28)
    ["연간 303천명", "25천명", "참여자 500여명", "55개소, 408억"],
)
def test_a_count_before_an_amount_names_nothing(words):
    assert project_name(words) is None


def test_a_list_in_a_names_bracket_does_not_make_it_a_sentence():
    # advanced-industry p19 "* 항공산업(항공기, 무인기, UAM 등) '20년 4,687억불 규모에서 …"
    assert project_name("항공산업(항공기, 무인기, UAM 등)") == "항공산업(항공기, 무인기, UAM 등)"


def test_the_later_figure_of_a_change_is_named_as_the_earlier():
    # mss-2024 p6: "… 등 소진공 정책자금 대폭 확대 (’23. 3.0 →’24. 3.7조원)"
    result = extracted(real_pdf("other-orgs/mss-2024-workplan.pdf"))
    earlier, later = [
        f for f in result.fundings if f.page == 6 and f.amount_raw in ("3.0", "3.7조원")
    ]
    assert "소진공 정책자금" in (later.project or "")
    assert earlier.project == later.project


def test_an_amount_of_an_item_over_two_pages_is_on_the_page_it_is_printed_on():
    # mss-2023: the item opens on p3 and its "2.2억달러의 공동기금(펀드)" line is on p4
    result = extracted(real_pdf("other-orgs/mss-2023-workplan.pdf"))
    [fund] = [f for f in result.fundings if f.raw.startswith("2.2억달러")]
    assert fund.page == 4


def test_a_timeline_entry_is_a_field_of_its_card():
    assert is_field_value("'20. 8.~'24.12. : 원격검침시스템 1~4차 완료(87천전")
    assert is_field_value("- ’24. 6. : 지방비")
    assert not is_field_value("청년 기준중위소득 60% 이하")


def test_a_rate_is_named_by_what_it_pays_for():
    assert paid_item("채무조정비용(최대") == "채무조정비용"
    # any cost, fee or sum paid named by two words or more (not a source: 지방비)
    assert paid_item("- 피해학생 법률 자문료(") == "피해학생 법률 자문료"
    assert paid_item("교권침해 피해교원 치료비(최대") == "교권침해 피해교원 치료비"
    assert paid_item("시설 퇴소 자립정착금(") == "시설 퇴소 자립정착금"
    assert paid_item("지방비") is None
    assert paid_item("모태기금(") is None  # a fund, not a sum paid
    assert paid_item("또는 연체예방비용(최대") == "연체예방비용"
    assert paid_item("월세") is None  # what it is paid per: the programme above names it
    assert paid_item("연소득") is None
    # a rate's programme names it where the words hold one (지원, 사업); a threshold's never
    assert paid_item("카드결제 수수료 지원 확대(월", programme=True) == "카드결제 수수료 지원 확대"
    assert paid_item("카드결제 수수료 지원 확대(월") is None


def test_table_cells_take_the_name_of_the_card_they_stand_in():
    # water-works p24: the cost table under "○ 사업명 : 상수도 지능형 원격검침시스템 구축"
    result = extracted(real_pdf("busan-2025/water-works-headquarters.pdf"))
    cells = [f for f in result.fundings if f.page == 24 and f.table_id]
    assert cells and {f.project for f in cells} == {"상수도 지능형 원격검침시스템 구축"}
    # youth p36: a card written in one cell ("◆사업 명 : 청년마을 만들기 지원 사업 ◆ …"),
    # beside the 부서명 column ("청년 정책과"), which names no project
    result = extracted(real_pdf("busan-2025/youth-industry-academia-bureau.pdf"))
    total = the_funding(result, 36, 600_000_000)
    assert total.project == "청년마을 만들기 지원 사업"


def test_a_note_cell_breaking_down_the_amount_above_it_is_its_parts():
    # tourism p42, a card set out as a table: "사업규모 : 최대 국비 6억 지원(지방비 0.5억 매칭
    # 조건)" over "* 1차년도 2억, 2차년도 1.5억, 3차년도 1.5억, 4차년도 1억" (6억 in all)
    result = extracted(real_pdf("busan-2025/tourism-mice-bureau.pdf"))
    on_page = sorted(f.amount_krw for f in result.fundings if f.page == 42)
    assert on_page == [50_000_000, 500_000_000, 600_000_000, 2_000_000_000]


def test_a_note_after_an_amount_breaking_it_down_is_its_parts():
    # urban-innovation p45: "- 용 역 비 : 10억원(시비) ※ 1차: 5억원 12개월, 2차 5억원 12개월"
    # (its two 5억원 are the 10억원's; the one 5억원 left is "'25. 6.~11. : 예산확보(5억원)")
    result = extracted(real_pdf("busan-2025/urban-innovation-balance-office.pdf"))
    on_page = sorted(f.amount_krw for f in result.fundings if f.page == 45)
    assert on_page == [500_000_000, 1_000_000_000]
    # planning-coordination p32: a comparison's terms are no parts ("(목표) 2,700억원 세원확충
    # * 전년도 목표액 2,600억원 대비 100억원 증가")
    result = extracted(real_pdf("busan-2025/planning-coordination-office.pdf"))
    on_page = {f.amount_krw for f in result.fundings if f.page == 32}
    assert {270_000_000_000, 260_000_000_000, 10_000_000_000} <= on_page


def test_a_measures_row_is_named_by_its_columns_headers():
    # mss-2021 p22: "구분 | 집합금지업종 | 집합제한업종 | 일반업종 | 합계" over "지원금액 |
    # 300만원 | 200만원 | 100만원 | …" and "재정소요 | 0.7조원 | 1.6조원 | 1.8조원 | 4.1조원"
    result = extracted(real_pdf("other-orgs/mss-2021-workplan.pdf"))
    named = {(f.amount_krw, f.project) for f in result.fundings if f.page == 22 and f.table_id}
    assert {
        (3_000_000, "집합금지업종"),
        (2_000_000, "집합제한업종"),
        (700_000_000_000, "집합금지업종"),
        (1_800_000_000_000, "일반업종"),
    } <= named
    assert not any(name == "합계" for _, name in named)  # a total names no thing


def test_a_criterion_is_named_by_the_head_of_its_item():
    # planning-coordination p39: "○ 지역제한 입찰 : 종합공사 100억원 미만, 물품·용역 3.5억원
    # 미만 등": whom the threshold concerns (물품·용역) is no name; the item's head is
    result = extracted(real_pdf("busan-2025/planning-coordination-office.pdf"))
    floor = the_funding(result, 39, 350_000_000)
    assert floor.project == "지역제한 입찰"
    # advanced-industry p54: "- 배관공사비 융자(가구당 최고 500만원, 연이자 1.5%) ▹ 20세대"
    result = extracted(real_pdf("busan-2025/advanced-industry-bureau.pdf"))
    rate = the_funding(result, 54, 5_000_000)
    assert rate.project == "배관공사비 융자"
    # p18: "- LPG시설개선(452세대), 안전밸브 설치(2,000세대), 연탄쿠폰(337세대, 가구당
    # 54.6만원)": a later item of a list is not named by the list's first
    coupon = the_funding(result, 18, 546_000)
    assert coupon.project != "LPG시설개선"


def test_a_span_among_a_tables_years_is_a_part_not_a_total():
    # water-works p24: "구분 | 합계 | '20~'24년 | '25년 | … | '29년 | '3 0 ~ '34년" (its last
    # header set out letter by letter): the span's cells are parts of the row's total,
    # spent before the plan's year or still ahead, and the last is no one year's (2034)
    result = extracted(real_pdf("busan-2025/water-works-headquarters.pdf"))
    ahead = the_funding(result, 24, 25_840_000_000)
    assert (ahead.scope, ahead.scope_year) == ("unknown", None)
    assert (ahead.start_year, ahead.end_year) == (2030, 2034)
    spent = [f for f in result.fundings if f.page == 24 and f.raw == "262억"]
    assert [(f.scope, f.start_year, f.end_year) for f in spent] == [("result", 2020, 2024)]
    assert the_funding(result, 24, 3_800_000_000).scope_year == 2025  # one year's column


def test_a_later_item_of_a_list_names_the_rate_in_its_bracket():
    # transport-innovation p18: "- 장애인 콜택시(750대, 월 22만원 한도) ↔ 임산부 콜택시
    # (2,100대, 월 4만원 한도)": two programmes set side by side, each with its cap
    assert later_listed_name("한도) ↔ 임산부 콜택시(2,100대, 월") == "임산부 콜택시"
    assert later_listed_name("- 장애인 콜택시(750대, 월") is None  # the first: its item's head
    assert later_listed_name("…(1명), 2자녀 가구(연") is None  # whom, not what
    result = extracted(real_pdf("busan-2025/transport-innovation-bureau.pdf"))
    assert the_funding(result, 18, 220_000).project == "장애인 콜택시"
    assert the_funding(result, 18, 40_000).project == "임산부 콜택시"


def test_a_line_that_adds_up_to_the_amount_above_it_is_its_parts():
    # planning-coordination p6: "□ 예산총괄 : 16조 6,830억원" over "○ 일반회계 13조 3,198억원
    # (79.8%), 특별회계 3조 3,632억원(20.2%)"; p13: "(성과) 5조 8,131억원 징수 …" over "* 지방세
    # 5조 3,267억원(2,252억↑), 세외수입 4,864억원(61억↑)"; p28: "12조 5,931억원 규모" over
    # "(市추진) 33개 12조 3,326억원*, (구·군 …) 21개 2,605억원", itself over "* (운영중) 20개
    # 4조 4,017억원, (건설중) 3개 7,058억원, (계획중) 10개 7조 2,251억원"
    result = extracted(real_pdf("busan-2025/planning-coordination-office.pdf"))
    amounts = {(f.page, f.amount_krw) for f in result.fundings}
    eok = 100_000_000
    for page, part in [(6, 133_198), (6, 33_632), (13, 53_267), (13, 2_252), (28, 123_326),
                       (28, 2_605), (28, 44_017), (28, 7_058), (28, 72_251)]:  # fmt: skip
        assert (page, part * eok) not in amounts
    for page, whole in [(6, 166_830), (13, 58_131), (28, 125_931)]:
        assert (page, whole * eok) in amounts
    budget = the_funding(result, 6, 166_830 * eok)
    assert budget.sources_total_krw == budget.amount_krw


def test_an_amount_after_a_note_on_its_line_is_the_lines_projects():
    # youth p13: "청년월세 한시특별 지원 ▷ 153.4억원(국·시비) ※ 구·군비 27억원 별도"
    result = extracted(real_pdf("busan-2025/youth-industry-academia-bureau.pdf"))
    extra = the_funding(result, 13, 2_700_000_000)
    assert extra.project == "청년월세 한시특별 지원"


def test_a_bracketed_keyword_names_the_amount_where_a_sentence_follows_it():
    prefix = "(재난지원금 환수면제) 코로나19 초기 선지급했던 1·2차 재난지원금 중 약"
    assert prefix_name(prefix) == "재난지원금 환수면제"
    # or a place, a share, or things listed (ocean-agriculture p20, p48, p31)
    assert prefix_name("(One-Stop 공동물류센터) 남컨 배후부지 서측,") == "One-Stop 공동물류센터"
    assert (
        prefix_name("- (해양수산 현안 해결형 비즈니스 모델 사업 지원) 과제별")
        == "해양수산 현안 해결형 비즈니스 모델 사업 지원"
    )
    assert (
        prefix_name("- (다대포항 다기능 어항 조성) 물양장･친수 관광시설･위판시설 등")
        == "다대포항 다기능 어항 조성"
    )
    assert prefix_name("(국비 공모 추진) 민관상생 투자협약사업") == "민관상생 투자협약사업"
    # a category's keyword before a name (✔ is a bullet; 신설, a doing, and 月 are not names)
    assert (
        prefix_name("✔ (인센티브) 신규 입사자 취업 정착수당 신설(月") == "신규 입사자 취업 정착수당"
    )


def share(raw: str, source: str = "other") -> FundingSource:
    return FundingSource(
        doc_id="d", funding_id="f", ordinal=1, source_raw=raw, source=source, kind="source",
        raw=raw, amount_krw=None,
    )  # fmt: skip


def test_the_plans_own_money_is_typed_at_its_governments_level():
    busan = Government("city", frozenset({"부산", "부산시", "본청"}))
    shares = [share("부산"), share("양산"), share("국비", "national")]
    type_own_sources(shares, busan)
    assert [s.source for s in shares] == ["city", "other", "national"]


def test_the_plans_own_accounts_and_revenue_are_its_money():
    # planning-coordination p11, p13: the city's budget accounts and its own revenue
    busan = region_government("부산")
    shares = [share("본예산"), share("추경"), share("지방세"), share("세외수입")]
    type_own_sources(shares, busan)
    assert [s.source for s in shares] == ["city"] * 4
    # a ministry's 일반회계 is the state's; 지방세 is no ministry's own
    ministry = Government("national", frozenset({"정부", "국비"}))
    shares = [share("일반회계"), share("지방세")]
    type_own_sources(shares, ministry)
    assert [s.source for s in shares] == ["national", "other"]


def test_public_bodies_pay_as_public():
    # ocean-agriculture p60, p54
    funding = only("36억원(국토부 9억, LH 9억, K-Water 5억, 킨텍스 13억원)")
    assert [s.source for s in funding.sources] == ["national", "public", "public", "public"]
    funding = only("노후 열공급시설 중점 관리▹ 열교환기 2대 교체, 15억원(균 6, 기 9)")
    assert [s.source for s in funding.sources] == ["national", "fund"]
    funding = only("2조 8,933억원(국비 3,472, 시비 3,050, BPA 22,411)")
    assert [s.source for s in funding.sources] == ["national", "city", "public"]
    funding = only("14,489억원 (국비 7,727, 시비 5,151, LH분담금 1,611)")
    assert [s.source for s in funding.sources] == ["national", "city", "public"]


def test_whose_plan_comes_from_a_sidecar_and_the_command_line_wins(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(SAMPLE.read_bytes())
    sidecar = {"organisation": "부산광역시", "documents": {"plan.pdf": {"plan_year": 2024}}}
    (folder / "planparse.json").write_text(json.dumps(sidecar, ensure_ascii=False), "utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "planparse.cli", "extract", str(folder), "-o", str(out), "-q"]
    subprocess.run(command, check=True)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    [document] = manifest["documents"]
    assert (document["organisation"], document["plan_year"]) == ("부산광역시", 2024)
    subprocess.run([*command, "--force", "--organisation", "첨단산업국"], check=True)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    [document] = manifest["documents"]
    assert (document["organisation"], document["plan_year"]) == ("첨단산업국", 2024)


def test_a_sidecar_that_says_nonsense_stops_the_run_in_one_line(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(SAMPLE.read_bytes())
    (folder / "planparse.json").write_text('{"plan_year": "next year"}', "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "planparse.cli", "extract", str(folder), "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        f"Error: {folder / 'planparse.json'}: plan_year must be a year, not 'next year'"
    ]


def test_a_line_of_figures_only_details_the_figure_of_the_item_above_it():
    # mss-2024 p4: "◦ '23년 (1~3분기 누적) 국내 벤처투자는 7.7조원이며 …" over "* ('23.1Q)
    # 1.8조원 → (2Q) 2.7 → (3Q) 3.2 / ('21.1Q~3Q) 10.9조원 → ('22.1Q~3Q) 10.2조원"
    result = extracted(real_pdf("other-orgs/mss-2024-workplan.pdf"))
    quarters = [
        f for f in result.fundings if f.page == 4 and f.raw.endswith(("1.8조원", "10.9조원"))
    ]
    assert sorted(f.raw for f in quarters) == ["'21.1Q~3Q) 10.9조원", "'23.1Q) 1.8조원"]
    assert {(f.project, f.kind) for f in quarters} == {("국내 벤처투자", "investment")}


def test_a_when_or_a_count_beside_a_keyword_is_not_its_name():
    assert project_name("(1~3분기 누적) 국내 벤처투자") == "국내 벤처투자"
    assert project_name("(50+생애재설계대학 운영) 12개 대학") == "50+생애재설계대학"
    assert (
        project_name("(기반 시설 관리계획 수립) 13개 지방 어항 대상 제2차")
        == "기반 시설 관리계획 수립"
    )
    assert (
        project_name("《 2024 월드 스마트시티 엑스포(WSCE) 》")
        == "2024 월드 스마트시티 엑스포(WSCE)"
    )


def test_a_rate_named_with_a_change_after_it_is_named_by_what_it_pays_for():
    # transport p13, a task column glued to its status: "법인택시 카드결제 수수료확대 月 15,000원"
    assert paid_item("법인택시 카드결제 수수료확대 月") == "법인택시 카드결제 수수료확대"
    assert paid_item("법인택시 카드결제 확대 月") is None  # no thing paid for


def test_a_cost_label_or_a_cards_part_names_nothing():
    assert is_cost_label("운영예산") and is_cost_label("출자금") and is_cost_label("사업비")
    assert not is_cost_label("청년월세 지원 예산")
    # youth-industry p28: "ㅇ (청끌기업 일경험 지원) …" over "- 인건비 1인당 최대 4개월(7백만원)
    # 지원": the cost paid per person names nothing, the item above does
    assert is_cost_label("인건비")
    assert project_name("(기본사항) 기간") is None
    assert project_name("추진사항") is None
    # advanced-industry p59: "출자금(900억원) : 市(20억원), …" under the card of "EDC(에코델타
    # 시티) 스마트시티 국가시범도시 조성"
    result = extracted(real_pdf("busan-2025/advanced-industry-bureau.pdf"))
    stake = the_funding(result, 59, 90_000_000_000)
    assert stake.project == "EDC(에코델타시티) 스마트시티 국가시범도시 조성"


def test_a_small_amount_under_a_line_drawn_is_a_threshold():
    # mss-2024 p8: "- 상품권 月 구매한도를 상시 상향(+50만원) …" over "* 지류형 100→150만원,
    # 충전식카드형 150→200만원, 모바일 150→200만원"
    result = extracted(real_pdf("other-orgs/mss-2024-workplan.pdf"))
    limits = [f for f in result.fundings if f.page == 8 and f.amount_krw in (500_000, 2_000_000)]
    assert len(limits) == 3 and {f.kind for f in limits} == {"threshold"}


@pytest.mark.parametrize(
    ("plan", "organisation"),
    [
        # the cover names only the council committee; the 기본현황 chart's head names the body
        # ("□ 조 직 : 5과 (24팀 1TF), 6개 사업소" over "해 양 농 수 산 국")
        ("busan-2025/ocean-agriculture-fisheries-bureau.pdf", "해양농수산국"),
        ("busan-2025/water-works-headquarters.pdf", "상수도사업본부"),  # under "ㅇ조직 ▸1본부 …"
        ("busan-2025/audit-committee.pdf", "감사위원회"),  # a committee at the chart's head
        ("busan-2025/autonomous-police-committee.pdf", "자치경찰위원회"),
        # no chart, and a ministry named inside a headline's sentence is not the issuer
        ("other/busan-press-release-2025-07-02-casting-center.pdf", None),
        # an office of education's booklet: cover and back are images ("앞서가는 부산교육");
        # its text names it in full ("부산광역시교육청 학생의회 운영", p28, p38, p48 …)
        ("other-orgs/busan-edu-2026-workplan.pdf", "부산광역시교육청"),
    ],
)
def test_whose_plan_comes_from_the_organisation_chart_where_the_cover_is_an_image(
    plan, organisation
):
    assert extracted(real_pdf(plan)).document.organisation == organisation


def test_lines_that_add_up_to_the_amount_above_them_are_marked_its_parts():
    # advanced-industry p37: "○ 현장맞춤형 이차전지 전문 인력양성▹’23.～’28, 354억원(국320, 시17,
    # 기타17)" over three universities' lines, 141억원, 136억원 and 77억원: each a project
    result = extracted(real_pdf("busan-2025/advanced-industry-bureau.pdf"))
    eok = 100_000_000
    total = the_funding(result, 37, 354 * eok)
    parts = [f for f in result.fundings if f.page == 37 and f.amount_krw in (141 * eok, 136 * eok, 77 * eok)]  # fmt: skip
    assert len(parts) == 3 and {f.part_of for f in parts} == {total.funding_id}
    assert total.part_of is None and all(f.project for f in parts)
    # planning-officer p29: "○ 총사업비 : 1.8억원(시비 100%)" over "- 신용·소득 … 데이터 구매"
    # "80,000천원(40,000천원×2회)" and "- 데이터 가공 및 분석 용역" "100,000천원(…)"
    result = extracted(real_pdf("busan-2025/planning-officer.pdf"))
    total = the_funding(result, 29, 180_000_000)
    costs = [f for f in result.fundings if f.page == 29 and f.amount_krw in (80_000_000, 100_000_000)]  # fmt: skip
    assert len(costs) == 2 and {f.part_of for f in costs} == {total.funding_id}
    # the note under the second line ("※ (기술인력 월평균 임금) 업무분석가 11,128천원, …")
    # adds up to nothing above it: its own records
    wages = [f for f in result.fundings if f.page == 29 and f.amount_krw == 11_128_000]
    assert len(wages) == 1 and wages[0].part_of is None


def test_no_name_holds_an_amount():
    from planparse.money.names import without_amounts

    # mss-2023 p18: "청년창업기업 신규보증을 연 5천억원으로 확대, 5년간 ('23 ~ '27) 총 2.5조원
    # 공급": the later amount is named by the thing, not by the sentence up to the first
    assert without_amounts("청년창업기업 신규보증을 연 5천억원") == "청년창업기업 신규보증"
    # p4: "… 보다 강화*된 7.9조원의 손실보상금": what the amount is of
    assert without_amounts("보다 강화*된 7.9조원의 손실보상금") == "손실보상금"
    # a sentence that names its thing keeps its rate (youth p14, as printed)
    kept = "지역 내 양질의 공연을 1만원에 제공하여 청년 문화향유기회 확대"
    assert without_amounts(kept) == kept
    assert without_amounts("원격검침 13천전 설치") == "원격검침 13천전 설치"  # a count


def test_a_statistics_figures_take_its_labels_kind_and_a_later_year_is_foreseen():
    # ocean-agriculture p11: "∘글로벌 전자상거래시장 규모 급성장 전망(해외) -" over "(‘21) 약7,700억
    # 달러 → (’25) 2조달러 → (’30) 6조달러": a market's size, the 2030 figure a forecast
    result = extracted(real_pdf("busan-2025/ocean-agriculture-fisheries-bureau.pdf"))
    sizes = {f.amount_usd: f for f in result.fundings if f.page == 11 and f.currency == "USD"}
    assert {f.kind for f in sizes.values()} == {"market"}
    assert (sizes[6_000_000_000_000].scope, sizes[6_000_000_000_000].scope_year) == ("target", 2030)
    # advanced-industry p21: "글로벌 함정 MRO 시장은 2029년 630억 달러 규모로 예상": foreseen
    result = extracted(real_pdf("busan-2025/advanced-industry-bureau.pdf"))
    [mro] = [f for f in result.fundings if f.page == 21 and f.amount_usd == 63_000_000_000]
    assert (mro.scope, mro.scope_year) == ("target", 2029)


def test_a_note_reporting_a_measure_takes_the_measures_kind():
    # ocean-agriculture p40: "○ 거래금액 : 5,885억원(3년 평균 금액)" over "* 2024년 실적 : 물량
    # 329천톤(목표 대비 94%), 금액 6,258억원(목표 대비 118.1%)": last year's trade
    result = extracted(real_pdf("busan-2025/ocean-agriculture-fisheries-bureau.pdf"))
    traded = the_funding(result, 40, 625_800_000_000)
    assert traded.kind == "trade"


def test_a_headings_keyword_or_a_studys_title_names_the_money_under_it():
    # tourism p22: "□ (관광마이스육성진흥기금 조성) 대외 …" over "○ 100억원 조성 목표('21.~'25.
    # '24년말 기준 61억), …": the heading's words are a sentence, its keyword the name
    result = extracted(real_pdf("busan-2025/tourism-mice-bureau.pdf"))
    fund = [f for f in result.fundings if f.page == 22 and f.amount_krw in (10_000_000_000, 6_100_000_000)]  # fmt: skip
    assert len(fund) == 2 and {f.project for f in fund} == {"관광마이스육성진흥기금 조성"}
    # ocean-agriculture p59: "(결과보고) 수산기자재 시험·인증센터 구축 타당성조사 및 기본계획 수립
    # 용역" over "○ 계약금액 : 93,017천원": the report's stage names nothing
    assert (
        project_name("(결과보고) 수산기자재 시험·인증센터 구축 타당성조사 및 기본계획 수립 용역")
        == "수산기자재 시험·인증센터 구축 타당성조사 및 기본계획 수립 용역"
    )


def test_a_line_under_a_title_numbering_its_clauses_is_named_by_its_clause():
    # tourism p10: "□ (글로벌 마이스·의료관광 경쟁력 강화) ➊전시공간 확충(벡스코 제3전시장
    # 건립), / ➋해운대 … / ➍…, ❺웰니스관광 기반 마련" over five "-" lines, one per clause; the
    # first, "총사업비(2,900억원) 확정 …", is the exhibition hall's
    result = extracted(real_pdf("busan-2025/tourism-mice-bureau.pdf"))
    title = next(s.title for s in result.sections if s.title.startswith("(글로벌 마이스"))
    assert title.endswith("⑤웰니스관광 기반 마련")  # its wrapped lines open with ➋, ❺
    hall = the_funding(result, 10, 290_000_000_000)
    assert hall.project == "전시공간 확충(벡스코 제3전시장 건립)"
    assert numbered_clauses("(가) ①갑 사업, ②을 사업") == ["갑 사업", "을 사업"]
    assert numbered_clauses("(가) ②을 사업, ③병 사업") == []  # not numbered from one


def test_lines_under_an_item_detail_its_clause_after_its_last_figure():
    # social-welfare p30: "ㅇ 노인교실 150개소(6.1억원), 시니어아카데미(노인대학) 확대" over
    # "- '24년 6개소(1.55억원, 540명) → '25년 7개소(1.8억원, 600명)": the academy's figures
    text = "노인교실 150개소(6.1억원), 시니어아카데미(노인대학) 확대"
    assert later_clause(text, text.index("억원") + 2) == "시니어아카데미(노인대학) 확대"
    text = "경로당 프로그램 보급지원(3.8억원), 순회프로그램 관리자 배치(20명, 9.2억원)"
    assert later_clause(text, text.rindex("억원") + 2) is None  # the last figure ends it
    result = extracted(real_pdf("busan-2025/social-welfare-bureau.pdf"))
    academy = the_funding(result, 30, 180_000_000)
    assert academy.project is not None and academy.project.startswith("시니어아카데미")


def test_a_table_of_rates_by_whom_is_named_by_the_item_above_it():
    # the office of education's p67: "- 현장체험학습비 지원" over a table "초 | 6학년 전체학생 |
    # 21만원 / 중·고 | 2·3학년 전체학생 | 중2 22만원, 중3 12만원 …": whom each rate is for is
    # no programme
    result = extracted(real_pdf("other-orgs/busan-edu-2026-workplan.pdf"))
    rates = [f for f in result.fundings if f.page == 67 and f.amount_krw in (220_000, 120_000)]
    assert rates and {f.project for f in rates} == {"현장체험학습비 지원"}


def test_a_line_no_item_holds_is_named_by_its_keyword_or_the_bullet_line_above_it():
    # tourism p11, a 참고 page's list beside a column of items: "⑨ ’벡스코 제3전시장 건립‘ 본궤도
    # 안착 및 사업추진 가속" over "- 총사업비 2,900억원 확정 및 …"
    result = extracted(real_pdf("busan-2025/tourism-mice-bureau.pdf"))
    hall = the_funding(result, 11, 290_000_000_000)
    assert hall.project is not None and "벡스코 제3전시장 건립" in hall.project
    tree = LineTree()
    tree.open("□ 전통시장 경쟁력 제고")
    tree.open("① (스마트대한민국펀드) ‘20년 1.3조원에 이어")
    assert tree.parent == "전통시장 경쟁력 제고"
    tree.open("- 총사업비 2,900억원 확정")
    assert tree.parent == "스마트대한민국펀드"
    tree.open("② 벤처투자 환경 고도화")  # a line of the same rank: the □ line's again
    assert tree.parent == "전통시장 경쟁력 제고"
    tree.open("국가 및 지역 산업수요")  # no bullet: no tree goes on past it
    assert tree.parent is None


def test_a_line_opening_with_the_next_number_of_a_list_inside_the_line_above_wraps_it():
    assert continues_numbering("(…) ①전시공간 확충(벡스코 제3전시장 건립),", "②해운대 …")
    assert not continues_numbering("전시공간 확충", "②해운대 …")  # an item of its own
    assert not continues_numbering("①가, ②나,", "④라")  # not the next number
    # advanced-industry p55: "ㅇ (현안) ➊ … 구축 절실" over "➋ 르노 신차 프로젝트 …": a point
    assert not continues_numbering("(현안) ① 부산 미래차산업 … 구축 절실", "② 르노 신차 …")


def test_a_purpose_clause_goes_before_a_name_is_judged_a_sentence():
    # ocean-agriculture p26: "ㅇ 어업인들의 경제적 부담 경감 및 어업경영 지원을 위한 수산정책보험
    # 지원" over "- 선원 4,999명, 어선 1,271척, 어업인 740명 대상 지원(13.1억원)"
    name = "어업인들의 경제적 부담 경감 및 어업경영 지원을 위한 수산정책보험 지원"
    assert project_name(name) == "수산정책보험 지원"
    # a clause relating the name to what it suits (ocean-agriculture p35, youth p15)
    assert project_name("지역에 적합한 재해예방 규격하우스 설치") == "재해예방 규격하우스 설치"
    assert project_name("기업수요에 맞춘 실무인재양성 프로그램") == "실무인재양성 프로그램"
    result = extracted(real_pdf("busan-2025/ocean-agriculture-fisheries-bureau.pdf"))
    premium = the_funding(result, 26, 1_310_000_000)
    assert premium.project == "수산정책보험 지원"


def test_a_ratio_that_does_not_divide_to_the_won_gives_no_figure():
    [funding] = find_fundings("10억원(국비:시비 1:2)")
    assert [(s.source, s.amount) for s in funding.sources] == [("national", None), ("city", None)]
    [funding] = find_fundings("사업규모 : 30억(국비:지방비 7:3 조건)")
    assert [s.amount for s in funding.sources] == [2_100_000_000, 900_000_000]


def test_a_cards_competition_name_names_its_money():
    # youth p49: "◇ 공모사업명 : 2025년 산업혁신인재성장지원" over "◇ 총사업비 : 6,139백만원(…)"
    result = extracted(real_pdf("busan-2025/youth-industry-academia-bureau.pdf"))
    cost = the_funding(result, 49, 6_139_000_000)
    assert cost.project == "산업혁신인재성장지원"


def test_a_rows_name_column_may_be_any_name_and_spans_its_details_row():
    # planning-coordination p8: "공사·공단명 | 소재지 | 대표자" over "부산교통공사 | …" and a row
    # below with a blank name cell: "○설 립 : … ○자본금: 5조 2,615억원(수권 자본금 7조 2,000억원)"
    result = extracted(real_pdf("busan-2025/planning-coordination-office.pdf"))
    named = {(f.amount_krw, f.project) for f in result.fundings if f.page == 8 and f.table_id}
    eok = 100_000_000
    assert {(52_615 * eok, "부산교통공사"), (6_205 * eok, "부산도시공사")} <= named


def test_an_org_charts_box_names_no_money_under_it():
    # youth p4, 기본현황: the chart's last box "청년활동팀" stands over "예산 : 세입 1,782억원,
    # 세출 10,816억원" in the text's order; the bureau's budget is no team's project
    result = extracted(real_pdf("busan-2025/youth-industry-academia-bureau.pdf"))
    spent = the_funding(result, 4, 1_081_600_000_000)
    assert spent.project != "청년활동팀"


@pytest.mark.parametrize(
    "words",
    ["추가 조성", "대상확대", "구성 확대", "재정소요", "총액목표", "신규결성도", "조성 및 지원"],
)
def test_doings_alone_name_nothing(words):
    # mss-2023 p4 "… 1.8조원 추가 조성 (…)", mss-2024 p7 "대상확대", mss-2021 p22 "재정소요"
    assert project_name(words) is None


def test_a_bracket_after_a_named_amount_gives_its_series():
    # mss-2023 p4: "모태기금(펀드) 출자 국제적(글로벌)기금(펀드) 1.8조원 추가 조성 ('21. 4.9 →
    # '22. 6.7조원)": the bracket's figures are the fund's, not "추가 조성"'s
    result = extracted(real_pdf("other-orgs/mss-2023-workplan.pdf"))
    named = [
        f.project for f in result.fundings if f.page == 4 and f.amount_krw == 6_700_000_000_000
    ]
    assert named and all("국제적(글로벌)기금(펀드)" in (p or "") for p in named)


def test_a_rates_words_saying_whom_leave_the_name_to_its_programme():
    # busan-edu p67: "□ 다자녀가정 학생 교육지원포인트 지원" over "- 2자녀 가구 연 30만원, 3자녀
    # 이상 가구 연 50만원 지원": the households are whom it is paid to
    result = extracted(real_pdf("other-orgs/busan-edu-2026-workplan.pdf"))
    rates = [f for f in result.fundings if f.page == 67 and f.raw in ("연 30만원", "연 50만원")]
    assert len(rates) == 2
    assert {f.project for f in rates} == {"다자녀가정 학생 교육지원포인트 지원"}
    # … but 요금할인 ends in 인 and is the thing paid (advanced-industry p54)
    assert not is_whom("사회적 배려 대상자 요금할인") and is_whom("자활기업 참여자")


@pytest.mark.parametrize(
    ("plan", "page", "amount", "study"),
    [
        # "ㅇ '22. 3.~’22. 7. : 스마트미터링 확대방안 용역(0.5억원)"
        ("busan-2025/water-works-headquarters.pdf", 24, 50_000_000, "스마트미터링 확대방안 용역"),
        # "ㅇ ’19.12.~’21. 8. : 경부선 철도지하화 등 시설효율화 연구용역 시행 ▸국비 35억원"
        (
            "busan-2025/urban-innovation-balance-office.pdf",
            70,
            3_500_000_000,
            "경부선 철도지하화 등 시설효율화 연구용역",
        ),
    ],
)
def test_a_timeline_entrys_study_names_its_money(plan, page, amount, study):
    result = extracted(real_pdf(plan))
    funding = the_funding(result, page, amount)
    assert (funding.project, funding.project_source) == (study, "item")


def test_a_timeline_entrys_event_is_its_projects():
    # "'22. 8. : ‘22년 보조금 교부(4,225백만원)" is an event of the card's project, no study
    assert timeline_study("'22. 8. : ‘22년 보조금 교부(") is None


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # planning-coordination p32, p13 and advanced-industry p24, as printed
        (
            "○ (목표) 2,700억원 세원확충 * 전년도 목표액 2,600억원 대비 100억원 증가",
            ["revenue"] * 3,
        ),
        ("- (성과) 5조 8,131억원 징수 : 목표액 대비 2,313억원(4.1%) 초과", ["revenue"] * 2),
        ("- 총 24개 사업 1,981억원 투입(전년 대비 695.6억원(54.1%) 증액)", ["budget"] * 2),
    ],
)
def test_a_difference_is_money_of_what_it_is_measured_against(text, kinds):
    assert [f.kind for f in find_fundings(text)] == kinds


def test_an_excess_over_a_figure_is_no_threshold():
    # planning-coordination p13: "목표액(2,600억원) 대비 649억원 초과" exceeded the target by it
    found = find_fundings(
        "- 목표액(2,600억원) 대비 649억원 초과, ’23년 실적(3,069억원) 대비 180억원 증가"
    )
    target, excess = found[:2]
    assert excess.kind != "threshold" and excess.kind == target.kind


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        # citizen-health p33 and advanced-industry p55, as printed
        ("❍ ’24. 10. : 보건복지부 건립비 국비 확보 ‣ 225억원(‘25~’27년)", "national"),
        ("ㅇ ’24. 8. : ‘25년 정부 예산안(‘25년 25억원) 반영, 국회 제출", "national"),
    ],
)
def test_a_payer_and_its_verb_before_the_amounts_detail_pay_it(text, payer):
    [funding] = find_fundings(text)
    assert [s.source for s in funding.sources] == [payer]


def test_a_payer_after_an_earlier_amount_is_that_amounts():
    # planning-officer p12: the bracket's 3,422억원 names no payer of its own
    found = find_fundings(
        "- ’25년 부울경 협력사업 17개, 3,511억원 국비 반영(’24년 17개, 3,422억원 반영)"
    )
    assert [[s.source for s in f.sources] for f in found] == [["national"], []]


def test_a_card_of_label_value_pairs_names_its_values_by_its_name_field():
    # Busan's press release of 2025-07-01, p4: a company's card
    grid = [
        ["기업명/규모", "롯데쇼핑㈜ / 대기업", "본사소재지", "서울 중구 남대문로 81(소공동)"],
        ["대표자", "강성현", "설립일자", "1970.7.2"],
        ["업종", "백화점 등", "주요생산품", "도·소매업, 일반 창고, 물류센터 구축 등"],
        ["매출액", "8조4,132억(2024)", "상시고용", "18,832명"],
    ]
    assert card_name(grid, 3, 1) == "롯데쇼핑㈜"
    # a table of data is no card: its label column holds figures
    data = [["구분", "2024", "2025", "비고"], ["예산", "10억원", "12억원", "-"]] * 2
    assert card_name(data, 1, 1) is None


def test_a_cards_value_takes_its_labels_kind_and_its_name():
    result = extracted(real_pdf("other/busan-press-release-2025-07-01-investment.pdf"))
    sales = the_funding(result, 4, 8_413_200_000_000)
    assert (sales.kind, sales.project, sales.project_source) == ("trade", "롯데쇼핑㈜", "block")


def test_a_note_naming_one_cost_of_the_amount_above_is_its_part():
    # Busan's press release of 2025-07-02, p3: "290억원(국비 100, 시비 190)" over "* 공용센터
    # 건축비 93억은 전액 시비": a cost of the 290억원, which a sum must not add again
    result = extracted(real_pdf("other/busan-press-release-2025-07-02-casting-center.pdf"))
    total = the_funding(result, 3, 29_000_000_000)
    cost = the_funding(result, 3, 9_300_000_000)
    assert cost.part_of == total.funding_id and total.part_of is None


def test_a_rates_word_opening_with_a_figure_is_not_inside_a_longer_number():
    # social-welfare p50: "161명" holds "1명" (per person), but 161 people found are no rate
    [funding] = find_fundings("- ’24. 8. ~ 12. : 가족돌봄청(소)년 161명 발굴 및 1억3천만원 지원")
    assert funding.kind == "budget"
    [funding] = find_fundings("1명당 최대 50만원")
    assert funding.kind == "benefit"


def test_a_list_glued_in_brackets_does_not_make_a_name_a_sentence():
    # ocean-agriculture p34: the foods listed in the bracket are no words of a sentence
    text = "취약계층 농식품(국산과일류, 채소류, 육류 등) 먹거리 안전망 구축 바우처 사업"
    assert project_name(text) == text
    # … but a heading's sentence after its keyword stays one (tourism p22)
    assert (
        project_name("□ (관광마이스육성진흥기금 조성) 대외 위기상황시 취약한 업계 지원 및 육성")
        is None
    )


def test_a_headings_note_and_an_overview_name_nothing():
    # planning-coordination p19: "□ 재정 투자사업 심사제 운영(市 심사) ※ ’24년 115건 심사(중앙 27,
    # 시 88)" over "* 40억원～300억원 미만 시 사업, …": the heading's words before its note
    result = extracted(real_pdf("busan-2025/planning-coordination-office.pdf"))
    capped = [f for f in result.fundings if f.page == 19 and f.raw == "40억원~300억원"]
    assert capped and {f.project for f in capped} == {"재정 투자사업 심사제 운영(市 심사)"}
    # ocean-agriculture p52: "□ 관리․운영 및 입점개요 * …" is the block's overview
    assert project_name("관리·운영 및 입점개요") is None


def test_a_cell_that_is_a_bullet_tree_is_read_line_by_line():
    # mss-2021 p38: a 추진현황 cell of the ministry's appendix, its bullet lines flattened
    cell = (
        "○ 전통시장 경쟁력 제고 - 온누리상품권 발행·판매 규모 확대 * (발행) ('19)2.0조원(본) → "
        "('20)4.0조원(본+추) ** (판매) ('19.10) 1조 5,024억원 → ('20.10) 3조 3,813억원(전년比 "
        "125% 증가) ○ 소상공인·자영업자 자생력 제고 - 소진기금 규모 확충* 및 지원 강화 * "
        "3.15조원 → 9.67조원"
    )
    tree = cell_tree(cell)
    assert [mark for mark, _ in tree] == ["○", "-", "*", "**", "○", "-", "*"]
    assert tree[2][1] == "(발행) ('19)2.0조원(본) → ('20)4.0조원(본+추)"  # no split in brackets
    lines = cell_tree_lines(MoneyLine("t1-r2c1", cell, 38, None, table_id="t1", project="역량강화"))
    assert [(line.text[:6], line.parent) for line in lines] == [
        ("(발행) (", "온누리상품권 발행·판매 규모 확대"),
        ("(판매) (", "온누리상품권 발행·판매 규모 확대"),  # a note's sibling, not its child
        ("3.15조원", "소진기금 규모 확충"),  # the word its mark follows: "확충* 및 지원 강화"
    ]
    # a card of fields is named by its row, whole (planning-coordination p8); a cell that
    # opens with no bullet is no tree
    assert cell_tree("○설 립 : '91. 1. 25. ○ 정·현원 : 정원 368명 ○자본 금 : 6,205억원") == []
    assert cell_tree("사업비 - 국비 10억원 - 시비 5억원") == []


def test_a_cells_lines_name_their_amounts_by_their_own_words_or_the_line_above():
    result = extracted(real_pdf("other-orgs/mss-2021-workplan.pdf"))
    # p39: "* 정책자금(억원) : (‘18) 44,150 → …" under "- 성장단계별 정책자금 지원 확대*"
    assert the_funding(result, 39, 4_415_000_000_000).project == "정책자금"
    assert the_funding(result, 39, 90_000_000_000).project == "재창업자금"  # 재창업자금(억원)
    # p38: "* 3.15조원 → 9.67조원" under "- 소진기금 규모 확충* 및 지원 강화"
    assert the_funding(result, 38, 9_670_000_000_000).project.startswith("소진기금")
    # p39: "** (19) 4.24조원 → (20) 6.57조원" under "- … 코로나 상황 속 펀드결성액** 증가세 전환"
    assert the_funding(result, 39, 4_240_000_000_000).project.endswith("펀드결성액")
    # p40: "- 국가대표 브랜드K 마케팅 지원 강화(62억원)", not the row's strategy
    assert the_funding(result, 40, 6_200_000_000).project == "국가대표 브랜드K 마케팅 지원 강화"


def test_a_notes_mark_and_a_units_bracket_are_no_part_of_a_name():
    assert project_name("자발적 상생협력 기업 발굴·확대*로") == "자발적 상생협력 기업 발굴·확대"
    assert project_name("정책자금(억원)") == "정책자금"
    assert project_name("연대보증 면제(조원)") == "연대보증 면제"
    assert project_name("세계적 기업*과 창업 초기 기업") == "세계적 기업과 창업 초기 기업"
    # the end of a clause before a name (mss-2024 p6, mss-2021 p39)
    assert project_name("까지 환급 지원") == "환급 지원"
    assert project_name("규모 벤처펀드") == "벤처펀드"
    assert project_name("규모화 사업") == "규모화 사업"
    # a word's gloss glued to it ends no clause (mss-2023 glosses its loanwords: p8)
    marked = marked_name("구글, 오라클 등 세계적(글로벌) 기업*과 창업 초기 기업(스타 트업)을", "*")
    assert marked is not None and marked.endswith("세계적(글로벌) 기업")


def test_a_payers_label_is_read_by_its_kind_of_body():
    # advanced-industry p59: "민간컨소(700억원)", "국가재정지원 697억원"
    assert canonical_source("민간컨소") == "private"
    assert canonical_source("국가재정지원") == "national"
    assert canonical_source("민간위탁") == "other"  # consigned to the private: not who pays
    assert canonical_source("LH분담금") == "public"


def test_a_study_an_entry_above_names_is_what_its_fee_is_for():
    # urban-innovation p11: "ㅇ ’24. 6. : 기본구상 수립용역 착수" over "- (용역기간) `24.6. ~
    # `26.6. (용역비) 8억원 …", and "ㅇ 해상도시 추진전략 수립용역 준공(’24.9.)" over "(용역비)
    # 2억원": the fee is the study's, not the heading's
    result = extracted(real_pdf("busan-2025/urban-innovation-balance-office.pdf"))
    assert the_funding(result, 11, 800_000_000).project == "기본구상 수립용역"
    assert the_funding(result, 11, 200_000_000).project == "해상도시 추진전략 수립용역"
    # a block's part is the whole label, not the start of a name
    assert project_name("해상도시 추진전략 수립용역") == "해상도시 추진전략 수립용역"
    assert project_name("사업개요(2012~2028)") is None
    assert project_name("추진상황 및 향후일정") is None
    # a stage alone names no project (urban-innovation p36: "14,489억원(기본계획) (증 3,224억원)")
    assert project_name("기본계획") is None
    assert project_name("도시균형발전 기본계획") == "도시균형발전 기본계획"


def test_each_threshold_of_a_list_is_named_by_the_word_before_it():
    # audit-committee p15: "- (심사대상) 건설공사 5억원 · 용역 1억원 · 물품 2천만원 이상"
    result = extracted(real_pdf("busan-2025/audit-committee.pdf"))
    on_line = [f for f in result.fundings if f.page == 15 and f.raw.startswith(("5억원", "1억원"))]
    named = {(f.amount_krw, f.project) for f in on_line}
    assert (500_000_000, "건설공사") in named and (100_000_000, "용역") in named
    line = "(검토대상) 용역 2억원, 물품 2천만원 이상의 일상감사 대상"
    assert listed_label("(검토대상) 용역 ", ", 물품 2천만원 이상의") == "용역"
    assert listed_label(line[: line.index("2천")], " 이상의 일상감사 대상") == "물품"
    # mss-2021 p27: "기술개발(최대 4억원), 기술보증(최대 20억원)": the word, not its bracket
    line = "(D.N.A) … → 우수팀에 창업사업화(1억원), 기술개발(최대 4억원), 기술보증(최대 20억원) 등"
    assert listed_label(line[: line.index("4억")], line[line.index("4억") + 3 :]) == "기술개발"
    # a qualifier is no list's word (mss-2023 p10: "… '세계적인(글로벌) 강소 기업'으로 통합*,
    # 최대 6억원의 바우처 …"), and the item's keyword names what the sentence after it does
    assert listed_label("… 강소 기업'으로 통합*, 최대 ", "의 바우처") is None
    line = "(수출 강소기업) 수출 우수기업 지정제도를 '세계적인(글로벌) 강소 기업'으로 통합*, 최대"
    assert prefix_name(line) == "수출 강소기업"
    # a lone threshold is its programme's (mss-2024 p7: "(대상확대) 규제비용 30억 이상 → …")
    assert listed_label("(대상확대) 규제비용 ", " 이상 → 기업경영에 부담") is None
    # a list on a line that names its programme (planning-coordination p39)
    assert listed_label("지역제한 입찰 : 종합공사 ", " 미만, 물품·용역 3.5억원 미만 등") is None
    # a range's second figure names nothing ("총사업비 200억원이상 500억원 미만")
    assert listed_label("(추진대상) 총사업비 200억원이상 ", " 미만 다음연도") is None


def test_a_bracket_listing_what_a_name_covers_is_not_part_of_it():
    # ocean-agriculture p36, p27, p34
    assert without_listings("친환경 농자재(유기질비료, 상토 등) 지원") == "친환경 농자재 지원"
    assert (
        without_listings("어선설비(구명·소방·항해 등 장비) 구입비 지원") == "어선설비 구입비 지원"
    )
    # a gloss, a note or a name's last bracket stays
    assert (
        without_listings("반도체특성화대학(비수도권 단독) 운영")
        == "반도체특성화대학(비수도권 단독) 운영"
    )
    assert (
        without_listings("항공산업(항공기, 무인기, UAM 등)") == "항공산업(항공기, 무인기, UAM 등)"
    )
    result = extracted(real_pdf("busan-2025/ocean-agriculture-fisheries-bureau.pdf"))
    [named] = [f for f in result.fundings if f.page == 36 and "농자재" in (f.project or "")]
    assert named.project == "친환경 농자재 지원"
    # a unit and what the figures count, in the label's bracket (mss-2021 p18: "예산(조원,
    # 본예산 기준) : (‘17) 8.5 → …"), name nothing
    assert project_name("예산(조원, 본예산 기준)") is None


def test_loose_text_that_wraps_is_read_as_one_paragraph():
    # mss-2021's summary before its contents (p4) is no part of the outline: "➊ (규제자유특구)
    # 24개 특구를 지정하여 132개 규제특례를 허용 →" wraps onto "투자유치(6,757억원), …", and
    # "➊ (자상한 기업) 자발적 상생협력 기업을 발굴(∼‘20. 25개) → 중소·" onto "벤처·소상공인에
    # 대한 투자·금융·판로·디지털화 등 122조원 지원 약속"
    result = extracted(real_pdf("other-orgs/mss-2021-workplan.pdf"))
    assert the_funding(result, 4, 675_700_000_000).project == "규제자유특구"
    assert the_funding(result, 4, 122_000_000_000_000).project == "자상한 기업"


def test_the_clause_after_a_sentences_joint_names_the_amount_in_its_bracket():
    # mss-2021 p7 (its summary): "➊ (저탄소 공정혁신) 탈탄소경영 전환을 지원하기 위하여
    # 그린뉴딜기본법의 취지에 맞게 특별법을 마련하고, 공정혁신 금융지원 강화(0.6조원 목표)"
    line = (
        "(저탄소 공정혁신) 탈탄소경영 전환을 지원하기 위하여 그린뉴딜기본법의 취지에 맞게 "
        "특별법을 마련하고, 공정혁신 금융지원 강화(0.6조원 목표)"
    )
    assert titled_name(line, line.index("0.6")) == "공정혁신 금융지원 강화"
    # a list of doings after the joint is no name: the keyword still names it
    line = "(점자도서관) 점자도서를 제작하고, 녹음서 등 제작·열람·대출 등(2억원)"
    assert titled_name(line, line.index("2억")) == "점자도서관"


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # the clause before one that names only its payer (citizen-health p8)
        ("부산 어린이병원 건립 기본계획 수립, 국비 확보", "부산 어린이병원 건립 기본계획 수립"),
        # five rooms share the amount after the last: no one of them names it
        # (ocean-agriculture p37); the item above does
        ("반려견·반려묘 보호실, 놀이방, 처치실, 격리실, 상담실 운영", None),
        # a list ending in 등 is all of it (ocean-agriculture p10)
        ("IT원예시설, 내재해형 등", "IT원예시설, 내재해형"),
        # a list qualifying the noun after its 등 or 위한 (youth-industry p22, transport p20)
        ("문화,경제, 환경 등 지역 현장 위주 진로체험 프로그램", "지역 현장 위주 진로체험 프로그램"),
        (
            "버스 운행 데이터 분석, 최적 운행계통 산출, 운행 적정성 평가를 위한 시뮬레이션 Tool 개발",
            "시뮬레이션 Tool 개발",
        ),
        # two things listed: the last names its own amount (citizen-health p8)
        ("1530건강걷기대회(1,000여명), 건강나눔 챌린지", "건강나눔 챌린지"),
        # a title's later clause that says its aim: the work before it names the money
        # (urban-innovation p31, p29); two aims: the last, as before
        ("비전투어시즌2 15분도시 정책과제 사업화, 공감대 확산 속도 제고", "비전투어시즌2 15분도시 정책과제 사업화"),
        ("해피챌린지 추진, 15분도시 대표 모델 조기 준공 및 확산", "해피챌린지"),
        ("터미널 기능 강화, 연계 관광상품 발굴 및 활성화", "연계 관광상품 발굴 및 활성화"),
        # a yard is no rate's unit (ocean-agriculture p10)
        ("부산도시농업 어울마당 개최", "부산도시농업 어울마당"),
    ],
)  # fmt: skip
def test_a_list_names_its_amount_by_what_it_shares(words, name):
    assert project_name(words) == name


def test_a_rate_in_the_bracket_after_a_paid_thing_is_for_it():
    # advanced-industry p18: the coupon, not the heading above (a rate's words "가구당" say
    # whom it is paid per)
    prefix = "LPG시설개선(452세대), 안전밸브 설치(2,000세대), 연탄쿠폰(337세대, 가구당"
    assert paid_item(prefix) == "연탄쿠폰"
    assert paid_item("안전밸브 설치(2,000세대, 가구당") is None  # a doing, not a thing paid


def caption_test_item(
    ordinal: int, marker: str, text: str, parent: str | None, page: int = 31
) -> Item:
    return Item(
        doc_id="d", item_id=f"i{ordinal}", section_id="s", parent_item_id=parent,
        ordinal=ordinal, marker=marker, depth=0, text=text, text_raw=text, page=page,
        printed_page=None, page_end=page, line_count=1, x0=0, top=ordinal, x1=1, bottom=ordinal,
    )  # fmt: skip


def test_a_boxs_caption_names_the_items_in_the_box():
    # ocean-agriculture p31: a box of one programme's rounds, captioned, under an item
    # about another programme
    items = [
        caption_test_item(
            0, "○", "도시형 어촌재생사업(어촌뉴딜300) 및 어촌신활력증진사업 추진", None
        ),
        caption_test_item(1, "-", "(어촌신활력증진) '23~'26, 기장군 문동권역 1개소, 100억원", "i0"),
        caption_test_item(2, "", "【어촌뉴딜300사업 추진현황】", "i1"),
        caption_test_item(3, "○", "('19) '19~'22, 1개소 78억(기장 동암항)", "i1"),
        caption_test_item(4, "○", "('20) '20~'24, 4개소 382억(영도 하리항 …)", "i1"),
        caption_test_item(5, "○", "낙후된 도심 어촌특화 개발·지원", None),  # out of the box
        caption_test_item(6, "○", "('21) …", "i1", page=32),  # a page on: no longer
        # a caption naming nothing but what the box shows (planning-officer p11)
        caption_test_item(7, "", "《 주 요 성 과 》", None),
        caption_test_item(8, "▪", "… 특교세 '22~'23년 0.9억원", None),
    ]
    assert captioned_items(items) == {"i3": "어촌뉴딜300사업", "i4": "어촌뉴딜300사업"}


def test_an_items_head_reads_on_past_a_size_in_brackets():
    # advanced-industry p12: "- … 부지매입비 확정(103억원→ 89억원)" under it is its money
    assert item_head("탄성소재연구소 부지(2,817㎡) 매매계약 체결(’24.11.)") == (
        "탄성소재연구소 부지 매매계약"
    )
    # a span of years is a detail: what is left names nothing alone (planning-officer p12)
    assert item_head("5개년(’23.~’27.) 종합계획(초광역권발전계획)에 대한 시행계획 수립") is None
    # HWP's boxed arrow between words opens the details, as ▷ does (transport-innovation
    # p20, where "❸ 표준운송원가 절감 ▶ 차량 연료비 …" arrives as "□")
    assert item_head(
        "표준운송원가 절감 □ 차량 연료비 및 감가상각비 절감으로 연간 약 200억원 절감"
    ) == ("표준운송원가 절감")


def test_a_list_of_dated_events_names_no_project():
    # advanced-industry p54: the events of the 「…발전사업」 above; its "▹9.68MW, 500억원"
    # line is that project's
    assert (
        item_head("발전사업 허가(’24.7.), 2024년 일반수소발전시장 낙찰(‘24.9.), 완공예정(’26.12.)")
        is None
    )
    assert (
        item_head("사업시행합의서 체결(’24.11), 사업법인(SPC) 설립․사업시행자 지정(’24.12)") is None
    )
    # one event is a name's (p12); a name before a colon heads its events (ocean p9)
    assert item_head("탄성소재연구소 부지(2,817㎡) 매매계약 체결(’24.11.)") is not None
    head = item_head(
        "수산식품산업 클러스터 조성:사업기간연장 승인(‘24.6.), 조달청 계획설계 완료(‘24.10.)"
    )
    assert head == "수산식품산업 클러스터 조성"


def test_a_caption_set_under_an_item_names_the_card_beside_that_item():
    # urban-innovation p44: the caption hangs from the last "-" line of 향후계획 (it is set
    # in the middle); the card's "ㅇ" fields under it stand beside that line
    items = [
        caption_test_item(1, "○", "향후계획", None),
        caption_test_item(2, "-", "사업착수('26.하), 기반시설 조성 완료('30. 이후)", "i1"),
        caption_test_item(
            3, "", "< 부산항 북항 2단계 항만재개발 사업 도시비전 실현전략 수립 용역 >", "i2"
        ),
        caption_test_item(4, "○", "용역개요 : '22.~'25. / 15억원(시비)", "i1"),
        caption_test_item(5, "-", "실시협약 체결('25.하)", "i1"),  # the list the caption hangs in
    ]
    name = "부산항 북항 2단계 항만재개발 사업 도시비전 실현전략 수립 용역"
    assert captioned_items(items) == {"i4": name}


def test_an_amount_after_counts_is_named_by_the_head_of_its_item():
    # social-welfare p9: "○ 장애인연금 인상(월 최대42.5만원, 2.2만원⇡), 연간 303천명 971억원
    # 지원": counts stand before the sum, no name; the item opens with it
    result = extracted(real_pdf("busan-2025/social-welfare-bureau.pdf"))
    assert the_funding(result, 9, 97_100_000_000).project == "장애인연금 인상"


def test_a_benefits_floor_in_a_note_is_named_by_the_programme_the_note_marks():
    # mss-2023 p4: "보다 강화*된 7.9조원의 손실보상금 (’21.3Q~’22.2Q) 지급" over "* 대상 확대(…),
    # 보정률(90→100%) 및 하한액(50→100만원) 상향 등"
    result = extracted(real_pdf("other-orgs/mss-2023-workplan.pdf"))
    assert the_funding(result, 4, 1_000_000).project == "손실보상금"


def test_money_in_a_column_headed_as_results_is_a_result():
    # mss-2021 p38, an appendix table "국정과제 | 추진현황 | 향후계획": "자발적 상생협력 기업
    # 발굴·확대*로 122조원 규모** 민간협력 추진" stands in the 추진현황 column
    result = extracted(real_pdf("other-orgs/mss-2021-workplan.pdf"))
    cooperation = the_funding(result, 38, 122_000_000_000_000)
    assert cooperation.scope == "result"


def test_a_clause_going_on_past_an_amounts_bracket_keeps_its_name():
    # social-welfare p24: "- 중증장애아동 돌봄지원 단가 인상(12,140→14,140원)으로 안정적 서비스
    # 제공(373명, 58.4억원)": one clause, named by its words before the first bracket
    assert CLAUSE_GOES_ON_RE.match(")으로 안정적 서비스 제공(373명, ")
    # a new clause after a comma names its own ("(2.4조원)을 활용, 1천만원 긴급대출 …")
    assert not CLAUSE_GOES_ON_RE.match(")을 활용, ")
    assert not CLAUSE_GOES_ON_RE.match("), ")
    result = extracted(real_pdf("busan-2025/social-welfare-bureau.pdf"))
    care = the_funding(result, 24, 5_840_000_000)
    assert care.project == "중증장애아동 돌봄지원 단가 인상"


def test_an_item_paid_as_a_kind_of_project_is_named_by_its_keyword():
    # ocean-agriculture p52: "ㅇ (1단계 건립) 국비지원 사업으로 수산물 유통시설 건립(수산시장)"
    # over "- ’15.~‘20., 94억원(국 47억, 시 47억), …"
    assert item_head("(1단계 건립) 국비지원 사업으로 수산물 유통시설 건립(수산시장)") is None
    result = extracted(real_pdf("busan-2025/ocean-agriculture-fisheries-bureau.pdf"))
    assert the_funding(result, 52, 9_400_000_000).project == "1단계 건립"


def test_a_period_fields_cell_gives_its_span_past_words_run_over_from_above():
    # tourism p42: the table's rows split a wrapped 사업내용, so the 사업기간 cell reads "및
    # 개최하는 대규모 국제회의 육성 및 지원 2025년 ~ 2028년(4년간) * …"
    value = "및 개최하는 대규모 국제회의 육성 및 지원 2025년 ~ 2028년(4년간) * 중간평가 결과에 따라"
    period = field_cell_period("사업기간 :", value)
    assert period is not None and (period.start_year, period.end_year) == (2025, 2028)
    assert field_cell_period("사업내용 :", value) is None  # another field's words say none
    assert field_cell_period("사업기간 :", "'25.1.22. 사업설명회") is None  # a day, no span


def test_a_task_titled_by_a_keyword_and_a_sentence_names_by_its_keyword():
    # mss-2023 p15: the task "위기극복 : 복합위기 중 건강한 기업이 버틸 수 있는 안전판 구축"
    # names the money under it that nothing nearer names by its keyword, not the sentence
    assert TASK_KEYWORD_RE.match("위기극복 : 복합위기 중 건강한 기업이 버틸 수 있는 안전판 구축")
    assert not TASK_KEYWORD_RE.match("지역혁신클러스터 2차년도 추진")
    result = extracted(real_pdf("other-orgs/mss-2023-workplan.pdf"))
    fund = the_funding(result, 15, 200_000_000_000)
    assert fund.project == "위기극복" and fund.project_source == "section"


def test_words_before_an_amount_that_end_in_a_means_name_nothing():
    # planning-coordination p13: "□ 자동차 금융상품(리스 ․ 렌터카) 등록유치 사상 최대실적 달성" over
    # "○ 선택과 집중 타겟팅 영업전략으로 3,249억원 지방세 세원확충": how, not what
    assert prefix_name("○ 선택과 집중 타겟팅 영업전략으로") is None
    assert item_head("선택과 집중 타겟팅 영업전략으로 3,249억원 지방세 세원확충") is None
    assert prefix_name("(세원확충) 선택과 집중 영업전략으로") == "세원확충"  # its keyword
    result = extracted(real_pdf("busan-2025/planning-coordination-office.pdf"))
    gain = the_funding(result, 13, 324_900_000_000)
    assert gain.project is not None and gain.project.startswith("자동차 금융상품")


def test_what_a_threshold_qualifies_names_nothing():
    # planning-coordination p19, under "재정 투자사업 심사제 운영(市 심사)": "** 3억원～300억원
    # 미만 시, 3억원～200억원 미만 구․군사업" — the kinds of project each range covers
    assert project_name("미만 구·군사업") is None
    assert project_name("이상 신규 보조사업") is None
    assert project_name("이상기후 대응") == "이상기후 대응"
    result = extracted(real_pdf("busan-2025/planning-coordination-office.pdf"))
    ranges = [f for f in result.fundings if f.page == 19 and "~" in f.raw]  # (not 이상 … 미만)
    assert ranges and all(f.project == "재정 투자사업 심사제 운영(市 심사)" for f in ranges)


def test_how_long_money_is_paid_is_no_part_of_its_name():
    # mss-2023 p11: "* (민간) 10억원 이상 선투자 → (정부) 확대(스케일업) 기술개발(R&D) 3년간
    # 12억원 지원"
    assert project_name("확대(스케일업) 기술개발(R&D) 3년간") == "확대(스케일업) 기술개발(R&D)"


@pytest.mark.parametrize(
    ("text", "raw", "scope", "year"),
    [
        # planning-coordination p19: one year's whole pool
        ("* '25년 총재원 16,464억원(전년대비 1,410억 감소)", "16,464억원", "year_budget", 2025),
        # mss-2024 p6: from a month on, the whole sum
        ("- 산업용 전기요금 중 최대 20만원 감면 (‘24.2~, 총 2,520억원)", "2,520억원", "total_cost", None),
    ],
)  # fmt: skip
def test_a_whole_of_one_year_said_is_that_years(text, raw, scope, year):
    [funding] = [f for f in find_fundings(text) if f.raw.endswith(raw)]
    assert (funding.scope, funding.scope_year) == (scope, year)


def test_an_object_with_its_amounts_measure_between_names_it():
    # mss-2023 p14: "- 중소기업 신규자금을 코로나19 수준인 25.2조원 공급하고, …"
    assert object_name("중소기업 신규자금을 코로나19 수준인") == "중소기업 신규자금"
    assert object_name("정책금융을") == "정책금융"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # advanced-industry p18 and p44: an agreement's sum, firms drawn in
        ("○ 산단 지붕형태양광 프로젝트 업무협약 체결 ▹ 미음․국제산단 380MW, 7천억원 규모", "investment"),
        ("- 잔여 부지 분양(56,908㎡, ’25. 2월중) ※ 기 분양 부지 120,096㎡(3개사 유치, 3조원 규모)", "investment"),
        # youth-industry p20: money spent on drawing students in
        ("○ 우수 외국인 유학생 유치 강화▹ 60백만원", "budget"),
    ],
)  # fmt: skip
def test_an_agreements_or_a_draws_sum_is_investment(text, kind):
    assert find_fundings(text)[-1].kind == kind


def test_a_change_on_last_year_is_money_of_its_figures_kind():
    # mss-2021 p14: "벤처펀드 신규결성도 6.6조원(전년비 2.3조원 증가)으로 …"
    found = find_fundings("벤처펀드 신규결성도 6.6조원(전년비 2.3조원 증가)으로 최초")
    assert [f.kind for f in found] == ["investment", "investment"]


def test_a_body_bearing_an_amount_pays_it_and_does_not_name_it():
    # transport-innovation p19, under "ㅇ (대중교통 사각지대 해소) …": "­ 市(운행계획 수립 및
    # 사업관리), 강서구(한정면허 버스 운행), K-water(사업비 49억원 부담)"
    line = "­ 市(운행계획 수립 및 사업관리), 강서구(한정면허 버스 운행), K-water(사업비 49억원 부담)"
    [funding] = find_fundings(line)
    assert [(s.source_raw, s.source) for s in funding.sources] == [("K-water", "public")]
    assert find_fundings("운영비(연 5억원 부담)")[0].sources == []  # a cost, no payer
    result = extracted(real_pdf("busan-2025/transport-innovation-bureau.pdf"))
    borne = the_funding(result, 19, 4_900_000_000)
    assert borne.project == "대중교통 사각지대 해소"


def test_places_listed_with_their_count_leave_the_name_to_the_keyword():
    # ocean-agriculture p31: "ㅇ(관광어항 대축제 지원) 사하 다대포항, 기장 신암항 2개소(0.6억원)"
    assert project_name("사하 다대포항, 기장 신암항 2개소") is None
    line = "(관광어항 대축제 지원) 사하 다대포항, 기장 신암항 2개소(0.6억원)"
    assert titled_name(line, line.index("0.6")) is None
    result = extracted(real_pdf("busan-2025/ocean-agriculture-fisheries-bureau.pdf"))
    assert the_funding(result, 31, 60_000_000).project == "관광어항 대축제 지원"


def test_a_doing_and_how_many_places_it_is_done_in_name_nothing():
    # ocean-agriculture p22: "- 시행 3개 지구*, 909억원(부산시 1개 91억원 / 해수부 2개 818억원)"
    assert project_name("시행 3개 지구*,") is None
    assert project_name("어촌뉴딜 300") is not None


def test_an_adverbs_euro_is_no_means_before_a_name():
    # planning-coordination p12: "○ 민선8기 시정운영을 안정적으로 뒷받침하기 위한 소요재원 조달"
    # is a sentence, not "민선8기 시정운영을 안정적"; p14: "… 은닉재산 추적으로 지방세입 확충
    # 기여" is by 추적, a means
    assert project_name("민선8기 시정운영을 안정적으로 뒷받침하기 위한 소요재원 조달") is None
    assert (
        project_name("금융분야 新징수기법 발굴에 의한 은닉재산 추적으로 지방세입 확충 기여")
        == "금융분야 新징수기법 발굴에 의한 은닉재산 추적"
    )


def test_a_heading_of_one_clause_of_nouns_names_the_money_under_it():
    # planning-coordination p12: "□ 2025년도 역대 최대 국비 확보로 글로벌 허브도시 조성 기반
    # 마련" over "- (확보) 9조 6,300여억원 확보(…)"
    assert (
        heading_clause("2025년도 역대 최대 국비 확보로 글로벌 허브도시 조성 기반 마련")
        == "역대 최대 국비 확보로 글로벌 허브도시 조성 기반 마련"
    )
    # a press release's sentence is none (busan-press-release-2025-07-01 p2)
    assert heading_clause("현장을 방문해 건립 진행 상황을 점검하고 기업의 비전을 청취한다.") is None
    result = extracted(real_pdf("busan-2025/planning-coordination-office.pdf"))
    secured = the_funding(result, 12, 9_630_000_000_000)
    assert secured.project == "역대 최대 국비 확보로 글로벌 허브도시 조성 기반 마련"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # mss-2021 p14: a conclusion the line's sign leads, its year over all its figures
        (
            "⇒ ’20년 역대 최대 규모의 벤처투자 4.3조원 달성 및 벤처펀드 "
            "신규결성도 6.6조원(전년비 2.3조원 증가)으로 최초 6조원 돌파",
            [2020, 2020, 2020, 2020],
        ),
        # ocean-agriculture p25: the opening year over each bracket's amount
        ("- ’24년 근해 12척(215억원(국비), 연안 8척(12.5억원(국비10, 시비2.5))", [2024, 2024]),
        # social-welfare p30 and water-works p7: past an arrow, the year said after it (here
        # the date after each figure's word: "335억 당기순손실('24.)"), never the opening's
        ("▹ ’24년 6개소(1.55억원, 540명) → ’25년 7개소(1.8억원, 600명)", [2024, 2025]),
        (
            "- '23년 364억 당기순손실→(요금인상 후)335억 당기순손실('24.)→267억 당기순이익('26.) 예상",
            [2023, 2024, 2026],
        ),
        (
            "- '23년 364억 당기순손실→(요금인상 후)335억 당기순손실→267억 당기순이익 예상",
            [2023, None, None],
        ),
    ],
)
def test_the_year_a_line_opens_with_is_its_figures_up_to_a_change(text, years):
    assert [f.scope_year for f in find_fundings(text)] == years


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # advanced-industry p12: the year opening the bracket dates each figure in it
        (
            "- (판로확대) K-ICT Week in BUSAN 2024 개최(’24, 8.9억원, 200여개사, 15천명, 계약192억원)",
            [("8.9억원", 2024), ("192억원", 2024)],
        ),
        # advanced-industry p26: a month dates the announcement, not the money
        ("구현을 위해 주요 R&D 예산 확대(‘24.12, 18.3% 증가 9,327억원)", [("9,327억원", None)]),
        # planning-coordination p11 and p21: a year after the keyword; the budget a sum is of
        ("- (성과) ’24년 검토대상사업 4건, 부적정사업 손실예방액 총 495억원", [("495억원", 2024)]),
        ("○ (운용규모) 1조 3,333억원(’25년 본예산) ‣ 통합재정안정화기금 등 19개 기금", [("1조 3,333억원", 2025)]),
    ],
)  # fmt: skip
def test_a_year_said_for_a_brackets_or_a_budgets_figures_dates_them(text, dated):
    assert [(f.raw, f.scope_year) for f in find_fundings(text)] == dated


def test_payers_named_together_after_an_amount_in_its_bracket_share_it():
    # urban-innovation p12: "ㅇ (오시리아 관광단지 조성사업) ▸기장읍 일원 3,662천㎡(약 6조원, 공공/민자)"
    [funding] = find_fundings(
        "ㅇ (오시리아 관광단지 조성사업) ▸기장읍 일원 3,662천㎡(약 6조원, 공공/민자)"
    )
    assert [(s.source_raw, s.source, s.amount) for s in funding.sources] == [
        ("공공", "public", None),
        ("민자", "private", None),
    ]


def test_when_and_a_cost_label_before_an_amount_name_nothing():
    # citizen-health p35, under "4 부산형 산후조리경비 지원사업": "❍ 공모 확정 후 추가
    # 소요예산(32.5억원) ‘25년 1회 추경 반영 필요"
    assert project_name("공모 확정 후 추가 소요예산") is None
    assert project_name("산후조리원 소요예산") == "산후조리원"
    result = extracted(real_pdf("busan-2025/citizen-health-bureau.pdf"))
    assert the_funding(result, 35, 3_250_000_000).project == "부산형 산후조리경비 지원사업"


def test_a_series_next_figure_labelled_by_its_year_keeps_the_series_name():
    # mss-2021 p16: "* 전 부처의 중소기업 전용 R&D 확대 : (‘17) 1.1조원 → (’21년 목표) 2.1조원"
    assert is_next_figure(" → (’21년 목표) ")
    assert not is_next_figure(" 및 신규 ")
    result = extracted(real_pdf("other-orgs/mss-2021-workplan.pdf"))
    target = the_funding(result, 16, 2_100_000_000_000)
    assert target.project == "전 부처의 중소기업 전용 R&D 확대"


def test_a_figure_after_doings_in_a_bracket_is_the_named_amounts():
    # social-welfare p8: "○ 사랑의 온도탑 목표(108.6억원) 초과달성(‘25.1.13, 110.7억원, 4년내 최단기
    # 달성)": the target's campaign raised it
    assert project_name("초과달성") is None
    result = extracted(real_pdf("busan-2025/social-welfare-bureau.pdf"))
    raised = the_funding(result, 8, 11_070_000_000)
    assert raised.project == the_funding(result, 8, 10_860_000_000).project == "사랑의 온도탑"


def test_whom_a_brackets_share_is_for_leaves_the_name_to_the_keyword():
    # social-welfare p28: "- (장애인작업장 지원) 척수장애인(1개소 0.3억원), 구·군(16개소, 4.8억원)"
    line = "- (장애인작업장 지원) 척수장애인(1개소 0.3억원), 구·군(16개소, 4.8억원)"
    assert titled_name(line, line.index("0.3억원")) == "장애인작업장 지원"
    # a body that runs it is no recipient: its name stays (advanced-industry p12)
    line = "- (기업육성) AI실증지원센터 운영(‘24, 6.3억원, 기업지원 22개사, 인프라지원 1천명)"
    assert titled_name(line, line.index("6.3억원")) == "AI실증지원센터"


def test_a_direct_sales_market_is_an_event_not_a_trade():
    # ocean-agriculture p29: "- (수산물 소비 촉진 행사) 2.7억원 / 수산물 직거래장터 및 지역행사
    # 연계 수산물 소비촉진 행사 추진": the events' budget
    text = "- (수산물 소비 촉진 행사) 2.7억원 / 수산물 직거래장터 및 지역행사 연계 수산물 소비촉진 행사 추진"
    assert only(text).kind == "budget"
    assert only("수산물 직거래 실적 2.7억원").kind == "trade"


def test_a_revenue_budget_is_revenue_and_a_spending_budget_a_budget():
    # human-resources-development-institute p6: "세입예산 972백만원", "세출예산 9,322백만원"
    assert only("세입예산 972백만원").kind == "revenue"
    assert only("세출예산 9,322백만원").kind == "budget"


def test_a_listed_floor_said_once_makes_a_deals_amount_a_floor():
    # audit-committee p15: "부동산매각 5천만원 · 채무부담계약 10억원 이상 등" (what is audited)
    found = find_fundings("부동산매각 5천만원 · 채무부담계약 10억원 이상 등")
    assert [f.kind for f in found] == ["threshold", "threshold"]
    assert only("부동산매각 5천만원").kind == "other"  # a sale, where no floor is said


def test_an_income_line_that_moved_is_still_a_line():
    # youth-industry p13: "(소득완화) 월268만원→월359만원": both income limits, per month
    found = find_fundings(
        "- 부산청년 일하는 기쁨카드 : (규모확대) 1,650명→2,000명 / (소득완화) 월268만원→월359만원"
    )
    assert [f.kind for f in found] == ["threshold", "threshold"]
    # transport-innovation p7: a benefit raised stays a benefit
    found = find_fundings("임산부 콜택시 지원금 상향(기존월 2만원→변경월 4만원)")
    assert [f.kind for f in found] == ["benefit", "benefit"]


def test_a_figure_expected_is_a_target():
    # planning-coordination p13: "* ’25년 이자수입 81억원 확보 예상"
    expected = only("* ’25년 이자수입 81억원 확보 예상")
    assert (expected.scope, expected.scope_year) == ("target", 2025)
    assert only("* ’25년 이자수입 81억원 확보").scope != "target"


def test_a_target_is_of_the_year_its_line_opens_with_and_what_is_compared_with_it_is_not():
    # ocean-agriculture p40: "◇ 2025년도 거래목표 : 338천톤, 5,885억원" and its note
    target = only("◇ 2025년도 거래목표 : 338천톤, 5,885억원")
    assert (target.scope, target.scope_year) == ("target", 2025)
    reached = only("* 2024년 실적 : 물량 329천톤(목표 대비 94%), 금액 6,258억원(목표 대비 118.1%)")
    assert (reached.scope, reached.scope_year) == ("result", 2024)
    # a target over a span of its own is of no one year (mss-2021 p39)
    spanned = find_fundings("* ’20년 1.3조원 조성 (‘20~`25, 6조원 조성 목표)")[-1]
    assert (spanned.scope, spanned.scope_year) == ("target", None)


def test_a_detail_restating_its_items_figure_is_that_figure():
    # ocean-agriculture p40: "○ 거래금액 : 5,885억원(3년 평균 금액)" under the year's target
    above = find_fundings("◇ 2025년도 거래목표 : 338천톤, 5,885억원")
    restated = as_restated(only("○ 거래금액 : 5,885억원(3년 평균 금액)"), above)
    assert (restated.scope, restated.scope_year) == ("target", 2025)
    assert as_restated(only("○ 거래금액 : 5,000억원"), above).scope == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "□ 예 산 : 925백만원(감사담당관 506, 청렴담당관 419)",  # audit-committee p5
        "❍ 사업예산 : 60억원(시비 30억원, 구·군비 30억원)",  # citizen-health p35
    ],
)
def test_a_budget_field_is_the_years_money(text):
    assert only(text).scope == "year_budget"
    # not what all of it needs (ocean-agriculture p47)
    assert only("ㅇ 소요예산 : 26.4억원(해수부 18.48, 부산시 7.92)").scope == "total_cost"


def test_doings_listed_after_a_keyword_leave_the_name_to_it():
    # social-welfare p27: "- (수어통역센터) 수어통역 및 상담서비스 제공, 수어교육 (7개소 18억원)"
    assert prefix_name("- (수어통역센터) 수어통역 및 상담서비스 제공, 수어교육 ") == "수어통역센터"
    # things listed, no doing among them, are named by the last (a line made up to contrast)
    assert prefix_name("- (판로확대) 부산모빌리티쇼, 부산국제보트쇼 ") == "부산국제보트쇼"


@pytest.mark.parametrize(
    "text",
    [
        # planning-coordination p28: the whole of it the city's own money
        "○ 지방보조금 현황(’25. 본예산 기준) : 1조 2,043억원(일반+기타특별회계+기금, 순수시비)",
        "ㅇ소요예산 : 22억원 (전액시비)",  # advanced-industry p61
    ],
)
def test_a_whole_amount_word_names_its_one_payer(text):
    [share] = only(text).sources
    assert (share.source, share.amount) == ("city", only(text).money.amount)


def test_a_diamond_heads_the_circles_set_a_little_right_of_it():
    # ocean-agriculture p40: "◇ 2025년도 거래목표 : 338천톤, 5,885억원" (x 54) over "○ 거래금액 :
    # 5,885억원(3년 평균 금액)" (x 58): its detail, restating its figure
    result = extracted(real_pdf("busan-2025/ocean-agriculture-fisheries-bureau.pdf"))
    items = {i.item_id: i for i in result.items}
    detail = next(i for i in result.items if i.page == 40 and i.text.startswith("거래금액"))
    assert detail.parent_item_id is not None
    assert items[detail.parent_item_id].text.startswith("2025년도 거래목표")
    both = [f for f in result.fundings if f.page == 40 and f.amount_krw == 588_500_000_000]
    assert [(f.scope, f.scope_year) for f in both] == [("target", 2025)] * 2
    # a measure's target labels its figures and names nothing
    assert project_name("2025년도 거래목표") is None


def test_a_stocks_ratio_over_a_note_makes_no_stock_of_its_figure():
    # planning-coordination p11: "- 관리채무비율 : 19.8% …" above "* … 대통령상 수상 ※ 재정인센티브
    # 3억원": the note's money is no debt
    assert CONTEXT_KIND_RES["asset"].search("관리채무비율 : 19.8% ‘22년 결산") is None
    assert CONTEXT_KIND_RES["asset"].search("관리채무 : 3조 5,682억원") is not None


def test_a_later_amounts_name_starts_after_the_earlier_clauses_comma():
    # planning-coordination p14: "- (성과)▸전환사채 40억원 압류, 체납액 2억원 징수"
    found = find_fundings(prepare("- (성과)▸전환사채 40억원 압류, 체납액 2억원 징수"))
    assert found[-1].prefix == "체납액"
    # advanced-industry p18: "… 운영비(34억원/년) 확보, 열교환기 등 노후시설 교체(18.6억원)"
    line = "- 열요금 조정(15%)으로 운영비(34억원/년) 확보, 열교환기 등 노후시설 교체(18.6억원)"
    assert find_fundings(prepare(line))[-1].prefix == "열교환기 등 노후시설 교체"
    # a comma inside the bracket left open stays (social-welfare p28)
    found = find_fundings(
        prepare("- (장애인작업장 지원) 척수장애인(1개소 0.3억원), 구·군(16개소, 4.8억원)")
    )
    assert found[-1].prefix.startswith("구·군")


def test_the_word_between_a_lines_year_and_its_amount_names_it():
    # planning-coordination p13: "* ’25년 이자수입 81억원 확보 예상"
    assert only(prepare("* ’25년 이자수입 81억원 확보 예상")).prefix == "이자수입"
    # … unless it is a kind of cost (advanced-industry p62: "’25년도 정부 추경(설계비 8억원")
    assert is_cost_label("설계비") and is_cost_label("공사비")
    assert not is_cost_label("이자수입")


def test_a_propertys_value_listed_after_a_threshold_is_a_limit_of_the_programme():
    # social-welfare p21: "… 부양의무자 기준 완화(연소득 1.3억, 재산 12억)로 수급 탈락 최소화"
    line = (
        "ㅇ (생계급여 지원액 인상) 기준 중위소득 6.42% 인상, 재산·소득 기준 및 부양의무자 "
        "기준 완화(연소득 1.3억, 재산 12억)로 수급 탈락 최소화"
    )
    assert [f.kind for f in find_fundings(prepare(line))] == ["threshold", "threshold"]
    assert listed_label("기준 완화(연소득 1.3억, 재산 ", ")로") is None  # what is limited
    assert only("자산 12억").kind == "asset"  # a value alone is the property's


def test_debt_relieved_is_a_saving():
    # social-welfare p9: "○「찾아가는 안녕한 지금상담실」등 사업 확대 시행▹파산면책 55명, 부채탕감
    # 115억원": what the debtors no longer owe
    assert only("사업 확대 시행▹파산면책 55명, 부채탕감 115억원").kind == "saving"
    assert only("관리채무 115억원").kind == "asset"


@pytest.mark.parametrize(
    ("title", "context"),
    [
        ("주요 역점 시책", "plan"),  # transport-innovation p14, the autonomous-police committee
        ("2026 역점과제", "plan"),  # the office of education's booklet
        ("2025년 주요업무 추진계획", "plan"),
        ("2024년 주요 추진성과", "result"),
        ("정책환경 진단 및 대응 방향", "overview"),
    ],
)
def test_a_chapter_of_priority_policies_is_the_years_plan(title, context):
    said = "result" if RESULT_RE.search(title) else "plan" if PLAN_RE.search(title) else "overview"
    assert said == context


def test_a_figure_as_of_a_date_said_before_it_is_that_dates_result():
    # tourism-mice p22: "ㅇ 100억원 조성 목표(‘21.~’25. ’24년말 기준 61억), 기금 활용 …"
    target, reached = find_fundings(
        prepare("ㅇ 100억원 조성 목표(‘21.~’25. ’24년말 기준 61억), 기금 활용")
    )
    assert target.scope == "target"
    assert (reached.scope, reached.scope_year) == ("result", 2024)
    # a year's standard is no date reached ("2025년 기준 중위소득")
    assert only(prepare("2025년 기준 5억원 지원")).scope != "result"


def test_particles_and_an_earlier_doing_are_no_part_of_a_name():
    # mss-2021 p14: "⇒ ’20년 … 벤처투자 4.3조원 달성 및 벤처펀드 신규결성도 6.6조원(전년비 2.3조원
    # 증가)으로 최초 6조원 돌파"; p40: "* 총 구매액인 135조 원의 77.8%"
    assert project_name("달성 및 벤처펀드 신규결성도") == "벤처펀드 신규결성"
    assert project_name("총 구매액인") == "구매액"
    assert project_name("노인") is None and project_name("제도") is None  # words, no particle
    line = "⇒ ’20년 역대 최대 규모의 벤처투자 4.3조원 달성 및 벤처펀드 신규결성도 6.6조원(전년비 2.3조원"
    six, two = find_fundings(prepare(line))[1:3]
    assert DIFFERENCE_BRACKET_RE.match(prepare(line)[six.end : two.start]) is not None


def test_what_an_amount_goes_up_to_names_it_as_its_verbs_object():
    # mss-2021 p3, p17: "➌ (소비촉진 통한 자생력 제고) 4조원까지 온누리상품권 발행을 확대하고, …"
    line = "➌ (소비촉진 통한 자생력 제고) 4조원까지 온누리상품권 발행을 확대하고, 동행세일 등 추진"
    four = only(prepare(line))
    assert name_after(prepare(line), four.money.end) == "온누리상품권 발행"
    assert name_after(" 까지 지원", 0) is None  # no object


def test_a_later_amounts_doing_leaves_the_name_to_the_lines_keyword():
    # mss-2021 p5: "➋ (임차료 특별융자) 집합금지 업종 소상공인은 저금리(1.9%) 융자 1조원, 집합제한
    # 업종 2~3%대 융자 3조원 등 총 4조원 공급"
    line = "➋ (임차료 특별융자) 집합금지 업종 소상공인은 저금리(1.9%) 융자 1조원, 집합제한 업종 2~3%대 융자 3조원"
    assert keyword_does("집합제한 업종 2~3%대 융자", line)
    assert not keyword_does("부모교육", "- (가족지원) 부모상담(1.1억원), 부모교육")  # a name
    assert not keyword_does("(가족지원) 부모상담 지원", "- (가족지원) 부모상담 지원")  # its own


def test_a_contest_won_leaves_the_name_to_the_keyword():
    # transport-innovation p17: "ㅇ (스마트 버스 스테이션)「스마트 빌리지 보급 및 확산 사업」국비 공모
    # 선정 (국비 693백만원)": the bus stations, funded by the contest they won
    words = "ㅇ (스마트 버스 스테이션)「스마트 빌리지 보급 및 확산 사업」국비 공모 선정"
    assert prefix_name(words) == "스마트 버스 스테이션"
    assert titled_name(words + " (국비 693백만원)", len(words) + 2) == "스마트 버스 스테이션"


def test_a_quoted_name_ending_a_heading_is_its_name_whatever_means_come_first():
    # transport-innovation p25: "□ 하나의 앱으로 다양한 교통수단 간 검색․예약․결제 가능한「부산형
    # MaaS」구축" over "ㅇ (사업비) 845억원 (국비 119, 민자* 726)"
    title = "하나의 앱으로 다양한 교통수단 간 검색·예약·결제 가능한「부산형 MaaS」구축"
    assert project_name(title, titled=True) == "부산형 MaaS"
    # more words after the quote: a longer name (advanced-industry p12)
    assert ending_quote("'디지털융합 주문연구 특화' 연구산업진흥단지 육성") is None


def test_how_many_inside_a_name_is_no_part_of_it():
    # ocean-agriculture p10: "농산물 산지유통센터 1개소(강서구) 건립 (58.8억원)"; social-welfare p33:
    # "시니어 일자리 창출 우수기업 9개사 지원 (400만원)"
    assert project_name("농산물 산지유통센터 1개소(강서구) 건립") == "농산물 산지유통센터 건립"
    assert (
        project_name("시니어 일자리 창출 우수기업 9개사 지원") == "시니어 일자리 창출 우수기업 지원"
    )
    # nor a rule it cites (ocean-agriculture p35: "재해예방 규격하우스(농림축산식품부 고시) 설치")
    assert (
        project_name("재해예방 규격하우스(농림축산식품부 고시) 설치") == "재해예방 규격하우스 설치"
    )
    # a count in a bracket of details stays (advanced-industry p16)
    assert "145개사" in (project_name("2024 글로벌헬스케어위크 개최('24.5, 145개사 참여)") or "")


@pytest.mark.parametrize(
    "clause",
    [
        # youth-industry p47, criteria of the □ "2025년 공모사업 추진 상황" they stand under
        "민간이 시장을 거쳐 신청하는 국·시비 등 포함 공모사업으로 시비 지원 있는 총사업비",
        "총사업비 미만 사업이라도 부서판단으로 의회 사전보고 필요사업",
    ],
)
def test_a_clause_with_a_subject_and_its_object_or_an_even_if_is_no_name(clause):
    assert project_name(clause) is None
    assert project_name("청년이 만드는 마을") == "청년이 만드는 마을"  # a subject alone; 마을's 을


def test_a_topic_and_the_manner_of_what_is_done_to_it_is_a_sentence_not_a_name():
    # busan-edu p67, a ※ note under "· 현장체험학습비 지원": whom its own rule is for
    note = "학력인정 평생교육시설 성인반(중·고2) 학생은 별도 기준으로 지원"
    assert project_name(note, titled=True) is None and project_name(note + "(일반") is None
    # social-welfare p10: the clause goes on to name the programme, which stays a name
    named = "중증장애인이 참여할 수 있는 직무를 일자리로 지원하는 권리중심 일자리 시범사업"
    assert project_name(named, titled=True) is not None
    assert project_name("찾아가는 건강의료서비스") == "찾아가는 건강의료서비스"


def test_an_evaluation_names_the_money_it_brought_not_its_outcome():
    # planning-coordination p11-12: "※ 재정인센티브 0.3억원" after the evaluation it rewards
    assert (
        project_name(
            "'24년 주민참여예산제도 행안부 성과평가 결과 우수 광역시도 선정(장관상) ※ 재정인센티브"
        )
        == "주민참여예산제도 행안부 성과평가"
    )
    assert (
        project_name("’24년 대한민국 지방재정대상 통합재정운용평가 대통령상 수상 ※ 재정인센티브")
        == "’24년 대한민국 지방재정대상 통합재정운용평가"
    )
    # busan-edu p116: what it brought after 및
    assert project_name("교육발전특구 교육부 성과평가 결과 최고 등급(A) 달성 및 인센티브") == (
        "교육발전특구 교육부 성과평가"
    )
    # an outcome that goes on to name the money keeps it (busan-edu p121)
    assert (
        project_name("사학기관 운영평가 자구노력우수 포상금")
        == "사학기관 운영평가 자구노력우수 포상금"
    )


def test_a_keyword_names_the_money_a_sentence_after_it_describes():
    # ocean-agriculture p26: a bracket glued inside a word hides no clause's join
    line = "- (경영이양) 어업경영을 이양(은퇴)하는 고령 어업인 소득안정을 위한 직불금 지급(0.4억원,6명)"
    assert titled_name(line, line.index("0.4억원")) == "경영이양"
    assert is_sentence("어업경영을 이양(은퇴)하는 고령 어업인 소득안정을 위한 직불금")
    line = "- (양식어업) 인증 부표(0.8억원, 3,300개)"  # no sentence: its own name
    assert titled_name(line, line.index("0.8억원")) == "인증 부표"


def test_a_series_two_digit_years_without_their_quote_date_its_figures():
    # mss-2021 p39: "** (19) 4.24조원 → (20) 6.57조원(약 55%↑)"; moe-2024 p6: "… 학교수/예산:(19)
    # 441교/230억원/→(21)294교/149억원"
    found = find_fundings(prepare("** (19) 4.24조원 → (20) 6.57조원(약 55%↑)"))
    assert [f.scope_year for f in found] == [2019, 2020]
    line = "※ 학교도서관 환경 개선 현황 학교수/예산:(19)441교/230억원/→(21)294교/149억원"
    assert [f.scope_year for f in find_fundings(prepare(line))] == [2019, 2021]
    assert only(prepare("(12) 5억원 지원")).scope_year is None  # a number, no series


@pytest.mark.parametrize(
    ("plan", "organisation"),
    [
        # "교 육 부" over "[학생건강정책관]": the ministry, not its office in charge
        ("other-orgs/moe-2024-2028-school-library-plan.pdf", "교육부"),
        # "(기 획 관)" beside the council committee's name: the bracketed bureau itself
        ("busan-2025/planning-officer.pdf", "기획관"),
        # "발주기관 한국지역정보개발원" and its 문서정보부: the body on a line of its own
        ("other/klid-rfp-2023-onnara.pdf", "한국지역정보개발원"),
    ],
)
def test_whose_plan_is_the_body_the_cover_names_not_an_office_bracketed_under_it(
    plan, organisation
):
    assert extracted(real_pdf(plan)).document.organisation == organisation


def test_a_box_between_words_parts_a_title_from_its_details_as_a_triangle_does():
    # transport-innovation p20: HWP's boxed arrow comes as the private-use □ bullet glyph
    line = "❸ 표준운송원가 절감 □ 차량 연료비 및 감가상각비 절감으로 연간 약 200억원 절감"
    assert prepare(line) == line.replace("□", "▷").replace("❸", "③")
    saving = extracted(real_pdf("busan-2025/transport-innovation-bureau.pdf")).fundings
    assert [f.project for f in saving if f.page == 20 and f.amount_krw == 20_000_000_000] == [
        "표준운송원가 절감"
    ]
    # a box opening a line is a bullet, and one glued to a word a check box
    assert prepare("□ 예산 : 925백만원") == "□ 예산 : 925백만원"
    assert "▷" not in prepare("(실무협의회 기능 강화) □비정형적 범죄 확산 □사이버 범죄 증가")


def test_money_only_private_payers_bear_is_no_governments_money_of_the_year():
    # advanced-industry p53-54, in the plan's 2025 chapter: "○ 산단 등 태양광발전사업 확대
    # 행정지원 ▹200개소, 47MW, 658억원(민)" is what firms invest, the city only helps
    fundings = extracted(real_pdf("busan-2025/advanced-industry-bureau.pdf")).fundings
    private = [f for f in fundings if f.page == 53 and f.amount_krw == 65_800_000_000]
    assert [(f.scope, f.scope_year) for f in private] == [("unknown", None)]
    # … beside the city's own undated money on the same page, the year's
    shared = [f for f in fundings if f.page == 53 and f.amount_krw == 2_000_000_000]
    assert {f.scope for f in shared} == {"year_budget"}  # "20억원(국8, 시2, 자부담10)"


def test_an_undated_cell_of_a_table_in_a_chapter_of_results_was_spent():
    # mss-2021 p16, a table of "4년 추진성과": "새희망자금 … ‘새희망자금’(3.3조원) 신설·지급"
    fundings = extracted(real_pdf("other-orgs/mss-2021-workplan.pdf")).fundings
    paid = [f for f in fundings if f.page == 16 and f.amount_krw == 3_300_000_000_000]
    assert [(f.context, f.scope) for f in paid] == [("table", "result")]


def test_a_notes_figures_are_of_the_word_its_mark_follows_above():
    # mss-2021 p39, a table's cell: "- 벤처투자 관련 제도 정비* 및 코로나 상황 속 펀드결성액**
    # 증가세 전환" over "** (19) 4.24조원 → (20) 6.57조원(약 55%↑)": funds formed
    fundings = extracted(real_pdf("other-orgs/mss-2021-workplan.pdf")).fundings
    formed = [f for f in fundings if f.page == 39 and f.amount_raw in ("4.24조원", "6.57조원")]
    assert [f.kind for f in formed] == ["investment", "investment"]


def test_a_footnotes_parts_adding_up_to_the_amount_above_are_its_sources():
    # mss-2021 p22: "… 임대료 목적 긴급융자 4.0조원* 공급" over "* 소상공인 정책자금 1.0조원 +
    # 신보 3조원 특례보증(…)": the parts were dropped as records and given to nothing
    result = extracted(real_pdf("other-orgs/mss-2021-workplan.pdf"))
    loan = [f for f in result.fundings if f.page == 22 and f.amount_raw == "4.0조원"]
    assert len(loan) == 1
    shares = [s for s in result.funding_sources if s.funding_id == loan[0].funding_id]
    assert [(s.source_raw, s.source, s.amount_krw) for s in shares] == [
        ("소상공인 정책자금", "other", 1_000_000_000_000),
        ("신보", "public", 3_000_000_000_000),  # 신용보증기금, a public guarantee fund
    ]
    assert not [f for f in result.fundings if f.page == 22 and f.amount_raw in ("1.0조원", "3조원")]
