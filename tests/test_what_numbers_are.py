"""What each number is and belongs to (issue 26): kinds, scopes, project names, sources
typed by the issuing government, and whose plan a document is. Expected values are read
from the lines as printed (each line is a plan's, quoted)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from planparse.grammar import find_fundings
from planparse.money.government import Government, type_own_sources
from planparse.money.names import prefix_name, project_name
from planparse.output.model import FundingSource
from tests.conftest import SAMPLE


def only(text: str):
    [funding] = find_fundings(text)
    return funding


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
        ("부산항대교 통행료 조정으로 163억원 절감", "saving"),
        ("▷ '24~'28, 170억원(국105, 시50, 민15)", "budget"),
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
    ],
)
def test_the_scope_of_an_amount_comes_from_its_words_and_period(text, scope, year):
    funding = find_fundings(text)[0]
    assert (funding.scope, funding.scope_year) == (scope, year)


def test_a_compound_figure_is_one_amount():
    assert [f.money.amount for f in find_fundings("연구용역비 4억6천만원")] == [460_000_000]
    assert [f.money.amount for f in find_fundings("3억 5,000만원 지원")] == [350_000_000]
    # two amounts side by side stay two
    assert len(find_fundings("국비 2억, 시비 3억원")) == 2


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
        ("부산시", None),  # who pays, not what for
    ],
)
def test_a_project_name_keeps_what_names_something(prefix, name):
    assert project_name(prefix) == name


def test_a_bracketed_keyword_names_the_amount_where_a_sentence_follows_it():
    prefix = "(재난지원금 환수면제) 코로나19 초기 선지급했던 1·2차 재난지원금 중 약"
    assert prefix_name(prefix) == "재난지원금 환수면제"
    assert prefix_name("(국비 공모 추진) 민관상생 투자협약사업") == "민관상생 투자협약사업"


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


def test_public_bodies_pay_as_public():
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
