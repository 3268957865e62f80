"""Fundings stage: every line of the plan -> funding and funding-source rows, with issues.

Every line is scanned, whatever the structure stage made of it: items, section
titles (□ headings, 현안 blocks, tasks) and table cells. A line that mentions
money (a figure with a money unit, or a money unit on its own) yields at least
one funding row, or an ``issues`` row saying why not. A breakdown that does not
add up is kept as written and reported. Beyond the line, a project block lends
its period (``(사업기간) '25.1~'26.12``, ``사업개요(2012~2028)``) to an amount
without one, and a ``※ 재원 : 국비 …, 시비 …`` line gives the sources of the
amount above it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import regex

from planparse.grammar import Funding, Period, SourceShare, find_fundings, find_periods
from planparse.grammar.funding import is_next_figure, part_kind, read_parts, said_kind
from planparse.grammar.money import whole_won
from planparse.grammar.period import NAME_PERIOD_RE, PERIOD_PATTERN
from planparse.layout.lines import Line, PageLines
from planparse.money.names import (
    DATE_COLON_RE,
    WORD_RE,
    account_label,
    bracket_keyword,
    colon_name,
    held_name,
    in_series_bracket,
    is_field_value,
    is_whom,
    is_wordless,
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
    without_amounts,
    without_listings,
)
from planparse.notation.glyphs import CIRCLED_NUMBERS
from planparse.notation.money import (
    BARE_WON_NOT_BEFORE,
    COMPARED_WORDS,
    CONTEXT_KIND_WORDS,
    DIFFERENCE_WORDS,
    MEASURE_ROW_LABELS,
    NAME_STUDY_ENDINGS,
    NOT_NAMING_HEADERS,
    OFFICE_COLUMN_HEADERS,
    OFFICE_NAME_ENDINGS,
    PERIOD_FIELDS,
    PROJECT_COLUMN_HEADERS,
    PROJECT_NAME_FIELD,
    PROJECT_NAME_FIELD_PREFIXES,
    RATE_CONTEXT_KIND_WORDS,
    RATE_KINDS,
    RESULT_COLUMN_HEADERS,
    SOURCE_FIELDS,
    STATISTIC_LABEL_WORDS,
    WHOLE_COST_LABELS,
)
from planparse.notation.outline import CAPTION_RE
from planparse.notation.tables import CELL_TREE_RANKS, LINE_TREE_RANKS
from planparse.outline.tree import CIRCLED_RE, section_at, split_marker
from planparse.output import model
from planparse.tables.assemble import Cell, Table
from planparse.tables.grids import FIELD_LABEL_RE
from planparse.text import (
    boxes_as_details,
    bracket_depths,
    closed_up,
    letters_and_digits,
    prepare,
    unspaced,
)

# A money unit, with or without a figure, makes a line a "money line" (not 1억 명: a count).
MONEY_HINT_RE = regex.compile(
    r"(?:억|천만|백만|만|천)\s?원|억\s?불|만\s?불|달러|조\s?원|\$\s?\d"
    r"|\d\s?억(?!\s*(?:명|개|건|톤|세대|가구|회|장|대))|\d,\d{3}\s?원"
    rf"|\d{{2}}\s?원(?!{BARE_WON_NOT_BEFORE})"
)
# In a table cell only a figure with its unit counts: "사업비(억원)" is a header.
CELL_MONEY_HINT_RE = regex.compile(r"\d\s?(?:조|억|천만|백만|만|천)?\s?원|\d\s?억|\$\s?\d")
# "(단위 : 백만원)": a table's unit caption names a unit, not an amount.
UNIT_CAPTION_RE = regex.compile(
    r"^[(\[<][^()]{0,30}단\s*위\s*[:：][^()]{0,20}[)\]>]$|^단\s*위\s*[:：]"
)
# Words that name a kind of cost, not a project: the project is then the item or section.
# (and a cost's label of two letters or fewer before one: 운영예산, 행사예산, 출자금)
GENERIC_PREFIXES = frozenset(
    {"총사업비", "사업비", "총", "예산", "소요예산", "총예산", "사업예산", "국비", "시비"}
)
COST_LABEL_RE = regex.compile(
    r"^\p{Hangul}{0,2}(?:예산|출자금|출연금|보조금|운영비|용역비|인건비|설계비|공사비|보상비|매입비)$"
)


def is_cost_label(name: str) -> bool:
    """Whether words name a kind of cost, not what it is for: "사업비", "운영예산", "출자금"."""
    squashed = unspaced(name)
    return squashed in GENERIC_PREFIXES or COST_LABEL_RE.match(squashed) is not None


# A particle that ends a word of a clause (its object, its topic) or a sentence's end: a
# heading of these is a sentence, not a title.
CLAUSE_PARTICLE_RE = regex.compile(r"\p{Hangul}(?:을|를|은|는)(?!\p{Hangul})|다\.?$")


def heading_clause(title: str) -> str | None:
    """A □ heading whose words are one clause of nouns, read as a title: "2025년도 역대 최대
    국비 확보로 글로벌 허브도시 조성 기반 마련" (its year dropped); not a sentence with an
    object or a topic ("… 기반 시설(인프라)을 갖춘 강서구를 중심")."""
    name = project_name(title, titled=True)
    return name if name is not None and not CLAUSE_PARTICLE_RE.search(name) else None


PAYING_BODIES = ("public", "private")  # payers by name that are never a programme


def names_payer(name: str, funding: Funding) -> bool:
    """Whether words name the body that pays, not what it pays for: "K-water" of "K-water
    (사업비 49억원 부담)" (a public body or a firm; a fund may be the programme itself)."""
    key = unspaced(name).casefold()
    return any(
        unspaced(share.source_raw).casefold() == key
        for share in funding.sources
        if share.kind == "source" and share.source in PAYING_BODIES
    )


# A block's period: "(사업기간) '25. 1 ~'26. 12.", "기 간 : '23. 10. ~ '25. 4.", "사업개요(2012~2028)",
# "기간/장소 : '25. 6. 18. ~ 6. 21. / 벡스코".
FIELD_WORDS = "|".join(r"\s*".join(word) for word in PERIOD_FIELDS)
PERIOD_FIELD_RE = regex.compile(
    rf"(?:^|[\s(\[])[(\[]?\s*(?:{FIELD_WORDS})\s*(?:/[^:：()]{{1,6}})?\s*[)\]]?\s*[:：]?\s*"
    rf"{PERIOD_PATTERN}",
    regex.VERBOSE,
)
OUTLINE_PERIOD_RE = regex.compile(rf"개\s*요\s*[(\[]\s*{PERIOD_PATTERN}\s*[)\]]", regex.VERBOSE)
# "※ 재원 : 국비 700, 시비 700", "* 사업재원은 국비 …": the sources of the amount above.
SOURCE_FIELD_RE = regex.compile(
    rf"^\s*[(\[]?\s*(?:{'|'.join(sorted(SOURCE_FIELDS, key=len, reverse=True))})\s*[)\]]?"
    r"\s*(?:은|는|:|：)?\s*(?P<list>.+?)\s*$"
)
# Titles of a project block's parts, which do not start a new block: □ 추진상황, ○ 향후계획.
BLOCK_PARTS_RE = regex.compile(
    r"^[\s(\[【<]*(?:\p{Hangul}{1,3}(?:\([^()]{1,3}\))?)?\s*(?:개\s*요|추진\s*상황|향후\s*계획|"
    r"추진\s*계획|주요\s*내용|추진\s*경과|사업\s*내용|기대\s*효과|현안|대응\s*방향|추진\s*실적|"
    r"현\s*황|개선\s*방향)"
)
# Item markers of lines that may title a project block: plain text (a framed title), □, ①…
TITLE_MARKERS = frozenset({"", "□", "▣"} | {chr(0x2460 + i) for i in range(20)})
# What an amount's line names when the amount is the block's cost: "- 사업비 : 14,489억원".
COST_WORDS = ("총사업비", "사업비", "용역비", "예산", "사업규모", "규모", "총액", "투자비", "소요")
# An amount that changes the cost is not the cost: "(증 3,224억원)".
CHANGE_WORDS_RE = regex.compile(r"(?:^|[\s(])(?:증|감|증액|감액|추가)\s*$")
# A project name has two letters or more: "'24. 8." alone is a date, not a name.
TWO_LETTERS_RE = regex.compile(r"[\p{Hangul}A-Za-z]{2}")
# Kinds an amount takes from the item or heading over it where its own words say none: a
# stock or an income ("○ 공유재산 현황", "□ 세입 확충"); a saving or a rate is the line's own.
CONTEXT_KIND_RES = {  # not its ratio: "관리채무비율 : 19.8%" over a note's 3억원
    kind: regex.compile(rf"(?:^|[\s(·▸,])(?:{'|'.join(words)})(?!\s*(?:비율|률|율))")
    for kind, words in CONTEXT_KIND_WORDS.items()
}
RATE_CONTEXT_KIND_RES = {
    kind: regex.compile("|".join(words)) for kind, words in RATE_CONTEXT_KIND_WORDS.items()
}
# where a parent item's details start: "4단계 상수도관 정비 ▸'23년~'32년, …", "… 기쁨카드 : (규모확대)"
DETAIL_START_RE = regex.compile(r"\s*[▷▸►▶⇒(:：]")
# A bracket of a size, more words after it: "부지(2,817㎡) 매매계약" (not a span of years:
# "5개년(’23.~’27.) 종합계획" is named by the item above).
INNER_FIGURES_RE = regex.compile(
    r"\s*[(\[]\s*\d[\d,.]*\s*(?:㎡|㎢|㎞|ha|km|m)\s*[)\]](?=\s*\p{Hangul})"
)
NOTE_IN_TITLE_RE = regex.compile(r"\s+[※*]+\s.*$")  # a note after a title's words, to its end
STUDY_END_RE = regex.compile(rf"(?:{'|'.join(NAME_STUDY_ENDINGS)})(?:비용|비)?$")
STATISTIC_LABEL_RE = regex.compile("|".join(STATISTIC_LABEL_WORDS))
NAME_HEADER_RE = regex.compile(r"[\p{Hangul}·ㆍ]{2,8}명")  # 공사·공단명, 시설명
# A unit of an organisation (an org chart's box): names no project it stands over
OFFICE_NAME_RE = regex.compile(rf"\p{{Hangul}}{{2,14}}(?:{'|'.join(OFFICE_NAME_ENDINGS)})")
# Counts and spans before an amount, no name among them: "…, 연간 303천명 971억원".
COUNTS_RE = regex.compile(
    r"(?:연간|매년|총|약|연)?\s*\d[\d,.]*\s*[천만]?\s*\p{Hangul}{0,2}(?!\p{Hangul})"
)
# A difference on a figure in the bracket after it: "6.6조원(전년비 2.3조원 증가)", "1,981억원
# 투입(전년 대비 695.6억원": the same programme's.
DIFFERENCE_BRACKET_RE = regex.compile(
    rf"^\s*(?:\p{{Hangul}}{{1,4}}\s*)?[(\[]\s*(?:전년도?\s*)?(?:{'|'.join(COMPARED_WORDS)})\s*(?:약\s*)?$"
)
# A clause going on after an amount's bracket, its particle first, to the later amount's
# bracket with no clause between: "…(12,140→14,140원)으로 안정적 서비스 제공(373명, 58.4억원)":
# what the later amount is for is named before (not "…(2.4조원)을 활용, 1천만원 긴급대출 …").
CLAUSE_GOES_ON_RE = regex.compile(
    r"^\s*[)\]]\s*(?:으로|로|을|를|에)\s[^,()\[\]]*(?:[(\[][^()\[\]]*)?$"
)
# A task's title that opens with its keyword and a colon, a sentence after it: "세계(글로벌) :
# 내수를 넘어 세계시장을 호령하는 … 창출" is named by its keyword (``names.KEYWORD_COLON_RE``
# with a keyword of at most 20 letters: a task's keyword, not a clause).
TASK_KEYWORD_RE = regex.compile(r"^(?P<keyword>[^:：]{2,20}?)\s+[:：]\s+\S")
NOTE_MARKERS = ("*", "**", "***", "※")  # a note on the item above ("* 대상 확대(…)")
# … and the words for what part of its subject the box shows: "… 추진현황", "주 요 성 과".
CAPTION_PART_RE = regex.compile(
    r"\s*(?:추진\s*현황|현\s*황|개\s*요|추진\s*계획|추진\s*상황|추진\s*경과|추진\s*실적"
    r"|(?:주\s*요\s*)?(?:성\s*과|내\s*용))\s*$"
)
# a card's total (총사업비, 소요예산), not its 사업비
TOTAL_COST_RE = regex.compile(r"(?:총|소요)\s*(?:사\s*업\s*비|예\s*산)")
# A card's cost field right before its amount: "○ 총사업비 : ", "ㅇ 사 업 비 : ", "소요예산 : "
CARD_COST_FIELD_RE = regex.compile(
    r"^[\s\-○ㅇ·•*※◇□▷▹‣⇒◆]*(?P<label>[^:：]{0,10}?(?:사\s*업\s*비|예\s*산|용\s*역\s*비|공\s*사\s*비))"
    r"\s*[:：]\s*$"
)
DATED_BRACKET_RE = regex.compile(r"^[\s\-○ㅇ·•*※◇□▷]*[(\[][^()\[\]]{0,12}\d[^()\[\]]{0,12}[)\]]\s*")
# A project card's name field: "○ 사업명 : 지방 광역상수도(취수시설) 건설사업".
# A card written whole in one cell: "◆사업 명 : … ◆ 공모기간 : …"
CELL_CARD_NAME_RE = regex.compile(
    r"\s*".join(PROJECT_NAME_FIELD) + r"\s*[:：]\s*(?P<name>[^◆■□▣○ㅇ\n]{2,60}?)\s*(?=[◆■□▣○ㅇ]|$)"
)
CARD_NAME_RE = regex.compile(  # "사 업 명 : …", "공모사업명 : 2025년 산업혁신인재성장지원"
    rf"^\s*(?:(?:{'|'.join(PROJECT_NAME_FIELD_PREFIXES)})\s*)?"
    + r"\s*".join(PROJECT_NAME_FIELD)
    + r"\s*[:：]\s*(?P<name>\S.*?)\s*$"
)


@dataclass
class MoneyLine:
    """A line of the plan that may hold money: an item, a section title or a table cell."""

    key: str  # funding ids are key-f1, key-f2 …
    text: str
    page: int
    printed_page: int | None
    item_id: str | None = None
    section_id: str | None = None
    table_id: str | None = None
    project: str | None = None  # what a table cell's money is for: its row's label
    label: str | None = None  # a card's value cell's label: the cell left of it ("매출액")
    column_period: Period | None = None  # a cell's year, from its column's header ('25년)
    column_scope: str | None = None  # a cell's scope, from its column's header (추진현황)
    # a cell of a span's column among single years' ("’20~’24년 | ’25년 | … | ’30~’34년"): a
    # part of the row's whole, no project's total cost
    column_part: bool = False
    group_period: Period | None = None  # a field cell's period, from its group's 사업기간
    named: bool = False  # the project is named by the cell's field group (사업명 : …)
    top: float | None = None  # where a table cell's table starts on its page
    cell: tuple[int, int] | None = None  # a table cell's row and column
    page_end: int | None = None  # the last page of an item that runs over pages
    parent: str | None = None  # a cell's line's name for it: the line above it details
    marked: str | None = None  # a cell's note's: the words its marker follows in the line above
    # the numbered heading a line no section holds stands under: a ministry plan's summary
    # before its contents ("1. 4년 추진성과와 평가", "2. … 2021년 핵심 추진과제")
    heading: str | None = None


@dataclass
class FundingResult:
    """Rows of the fundings stage and its counts."""

    fundings: list[model.Funding] = field(default_factory=list)
    sources: list[model.FundingSource] = field(default_factory=list)
    issues: list[model.Issue] = field(default_factory=list)
    money_lines: int = 0
    parsed_lines: int = 0
    headings: dict[str, str] = field(default_factory=dict)  # funding id -> MoneyLine.heading

    @property
    def unparsed_lines(self) -> int:
        return self.money_lines - self.parsed_lines


class Context:
    """The items and sections around a line: what its money is for."""

    def __init__(
        self,
        items: list[model.Item],
        sections: list[model.Section],
        framed: set[str] | None = None,
    ) -> None:
        self.items = {i.item_id: i for i in items}
        # each section's items in page order (where on the page, and the items): a table
        # cell reads on from the last item above it
        self.placed: dict[str | None, tuple[list[tuple[int, float]], list[model.Item]]] = {}
        for item in sorted(items, key=lambda i: (i.page, i.top)):
            wheres, found = self.placed.setdefault(item.section_id, ([], []))
            wheres.append((item.page, item.top))
            found.append(item)
        self.sections = {s.section_id: s for s in sections}
        # each section's items with no item above them, in order: the lines a title that
        # numbers its clauses inline details one by one
        self.top_items: dict[str, list[str]] = {}
        for item in sorted(items, key=lambda i: i.ordinal):
            if item.parent_item_id is None and item.section_id is not None:
                self.top_items.setdefault(item.section_id, []).append(item.item_id)
        self.blocks = block_titles(items, sections, framed)
        self.captions = captioned_items(items)
        # the name of an item's clause after its last figure (``names.later_clause``), set
        # once the lines are read
        self.later: dict[str, str] = {}
        # each section's "사업명 : …" items: (item ordinal, the name)
        self.card_names: dict[str, list[tuple[int, str]]] = {}
        for item in items:
            m = CARD_NAME_RE.match(item.text)
            if m is not None and item.section_id is not None:
                name = project_name(m["name"]) or m["name"].strip()
                self.card_names.setdefault(item.section_id, []).append((item.ordinal, name))

    def ancestors(self, section_id: str | None) -> Iterator[model.Section]:
        section = self.sections.get(section_id or "")
        while section is not None:
            yield section
            section = self.sections.get(section.parent_id or "")

    def project_of(
        self, funding: Funding, line: MoneyLine, text: str
    ) -> tuple[str | None, str | None]:
        """What the money is for, and where that was read (``fundings.project_source``):
        a table cell's field group (사업명 : …) or row; the words before the amount when
        they name something; the 사업명 field of the project card the line stands in; the
        item's bracketed keyword; its parent item; the 현안 block, task or subtask it sits
        in; else a titled section (not a block's part: 사업개요, 추진상황). ``text`` is the
        line's text as prepared (``text.prepare``), where the funding's places are."""
        if line.named and line.project:
            return line.project, "block"
        field_value = is_field_value(funding.prefix)  # "- 사업비 : …": the card's money
        # "ㅇ 어촌뉴딜300사업 : 6개 구·군 9개소, 793억원": a name before the colon, not a label
        labelled = colon_name(funding.prefix) if field_value else None
        if labelled is not None and "▷" in text[: funding.start]:
            return labelled, "item"  # "- 파워반도체공유대학: 17개지역대학 … 운영▹’22.11.～3억원"
        # a rate's or a threshold's words say whom or what it is for (월세, 연소득 …): the
        # programme is named above it (not a rate known by its size alone, named as any sum)
        # a rate's words may say only whom it is paid to ("2자녀 가구 연 30만원"): the
        # programme is named above them
        rate = funding.kind in RATE_KINDS
        criterion = rate and funding.kind_said
        study = timeline_study(text[: funding.money.start])
        if study is not None:
            return study, "item"  # "'22. 3.~'22. 7. : 스마트미터링 확대방안 용역(0.5억원)"
        if (not field_value or labelled is not None) and not criterion:
            # "… 확대▷10억원": the item's title; "2.2억달러의 공동기금(펀드) 조성": what follows
            # 의; "… 정책금융을 21조원 지원": the object right before it
            for named in (
                titled_name(text, funding.start),
                name_after(text, funding.money.end),
                name_following(text, funding.start, funding.end),
                object_name(funding.prefix),
            ):
                if (
                    named is not None
                    and not is_cost_label(named)
                    and not (rate and is_whom(named))
                    and not names_payer(named, funding)
                ):
                    return named, "item"
        if labelled is not None:
            return labelled, "item"  # what the words after its colon did not name
        own = (
            None
            if field_value
            else paid_item(funding.prefix, programme=funding.kind == "benefit")
            or listed_label(text[: funding.money.start], text[funding.money.end :])
            if criterion
            else prefix_name(funding.prefix)
        )
        if own is not None and keyword_does(funding.prefix, text):
            # "➋ (임차료 특별융자) … 융자 1조원, 집합제한 업종 2~3%대 융자 3조원": a later
            # amount's words say what the keyword's programme does, as its first's do
            own = bracket_keyword(text) or own
        held = None if criterion else held_name(text, funding.start, own)
        if held is not None:
            return held, "item"  # "동행축제를 개최 …, 합계매출 3.99조원": the programme measured
        if (
            own is not None
            and not is_cost_label(own)
            and not (rate and is_whom(own))
            and not names_payer(own, funding)
        ):
            return own, "item"
        if line.item_id is None:
            # a cell's line ("(발행) (’19)2.0조원") or a line no item holds ("➊ (스마트대한민국
            # 펀드) ‘20년 1.3조원에 이어 …"): its keyword, else the bullet line above it
            keyword = bracket_keyword(text)
            if keyword is not None and not field_value:
                return keyword, "item"
            if line.parent is not None:
                return line.parent, "item"
        row = project_name(line.project) if line.project else None
        if row is not None and rate and is_whom(row):
            # a table of rates by whom ("6학년 전체학생 | 22만원"): what the item above the
            # table names
            above = self.item_at(line)
            named_above = item_head(above.text) if above is not None else None
            if named_above is not None:
                return named_above, "item"
        if row is not None:
            return row, "row"
        item = self.items.get(line.item_id or "")
        card = self.card_entry(line)
        if card is not None and not self.names_after(item, card[0]):
            return card[1], "block"
        keyword = bracket_keyword(item.text) if item is not None else None
        if keyword is not None and not field_value:
            return keyword, "item"
        if (
            item is not None
            and not field_value
            and (
                item.marker not in NOTE_MARKERS and not listed_before(text, funding.start)
                if criterion
                else not WORD_RE.search(COUNTS_RE.sub("", funding.prefix))
            )
        ):
            # "○ 지역제한 입찰 : 종합공사 100억원 미만", "○ 장애인연금 인상(월 최대42.5만원": a
            # criterion's words name whom it concerns; the head of its item names what it
            # is (not a note's: "* 대상 확대(매출 30억원 이하 중기업)")
            own = (  # "장애인 콜택시(…, 월 22만원 한도) ↔ 임산부 콜택시(…, 월 4만원 한도)"
                later_listed_name(funding.prefix) if criterion else None
            ) or opening_name(item.text)  # "청년월세 … 지원 ▷ 153.4억원 ※ 구·군비 27억원 별도"
            if own is not None:
                return own, "item"
        parent = self.items.get(item.parent_item_id or "") if item else None
        if item is not None and parent is not None and not field_value:
            marked = marked_name(parent.text, item.marker)  # "펀드결성액**" over "** 4.24조원 …"
            if marked is not None:
                return marked, "item"
        caption = self.captions.get(item.item_id) if item is not None else None
        if caption is not None:
            return caption, "item"  # "【어촌뉴딜300사업 추진현황】" over "∘ ('19) … 78억(…)"
        while parent is not None:  # the item it details names the project, or its card does
            head = (
                self.later.get(parent.item_id)  # "노인교실 …(6.1억원), 시니어아카데미 … 확대"
                or item_head(parent.text)
                or timeline_study(parent.text)  # "’24. 6. : … 용역 착수"
            )
            if head is None and not is_field_value(parent.text):
                head = bracket_keyword(parent.text)
            if head and OFFICE_NAME_RE.fullmatch(unspaced(head)) is None:
                return head, "item"  # not a box of an organisation chart ("청년활동팀")
            parent = self.items.get(parent.parent_item_id or "")
        block = self.block_of(line)
        if block is not None and block[1] == "block":
            return block  # the title line of the project card it stands in
        # The 현안 block, task or subtask, or a □ heading naming the project; a block's
        # parts (사업개요, 추진상황) name nothing.
        for ancestor in self.ancestors(line.section_id):
            if ancestor.kind in ("issue", "task", "subtask"):
                keyword = TASK_KEYWORD_RE.match(ancestor.title)  # "세계(글로벌) : 내수를 넘어 …"
                named = project_name(keyword["keyword"]) if keyword is not None else None
                return named or ancestor.title, "section"
            if ancestor.kind == "heading" and not BLOCK_PARTS_RE.match(ancestor.title):
                # its words, or where they are a sentence its keyword ("□ (관광마이스육성진흥
                # 기금 조성) 대외 경쟁력 강화를 위한 …"); not a note set after its words
                # ("□ 재정 투자사업 심사제 운영(市 심사) ※ '24년 115건 심사(중앙 27, 시 88)")
                title = NOTE_IN_TITLE_RE.sub("", ancestor.title)
                name = (
                    self.numbered_clause(ancestor, item)
                    or project_name(title)
                    or bracket_keyword(title)
                    or heading_clause(title)
                )
                if name is not None:
                    return name, "block"
        for ancestor in self.ancestors(line.section_id):
            if ancestor.kind in ("chapter", "appendix"):
                break  # a chapter's title ("기본현황") names no project
            if not BLOCK_PARTS_RE.match(ancestor.title) and project_name(ancestor.title):
                return ancestor.title, "section"
        account = account_label(text[: funding.start])  # "□ 세 출 : 16조 6,830억원": the account
        return (account, "item") if account is not None else (None, None)

    def numbered_clause(self, section: model.Section, item: model.Item | None) -> str | None:
        """The clause of a heading that numbers its clauses inline that an item under it
        details: "□ (글로벌 마이스 …) ①전시공간 확충(벡스코 제3전시장 건립), ②…, ⑤…" over five
        lines, one for each clause in order; None where the counts differ."""
        clauses = numbered_clauses(section.title)
        while item is not None and item.parent_item_id is not None:
            item = self.items.get(item.parent_item_id)
        tops = self.top_items.get(section.section_id, [])
        if item is None or len(clauses) < 2 or len(clauses) != len(tops):
            return None
        if item.item_id not in tops:
            return None
        return project_name(clauses[tops.index(item.item_id)])

    def statistic_kind(self, item: model.Item) -> str | None:
        """The kind a statistic's label above an item says, not a budget: "글로벌 전자상거래
        시장 규모 급성장 전망(해외)" gives its figures' market."""
        parent = self.items.get(item.parent_item_id or "")
        if parent is None or STATISTIC_LABEL_RE.search(parent.text) is None:
            return None
        said = said_kind(closed_up(parent.text), "")
        return said if said not in (None, "budget", *RATE_KINDS) else None

    def with_kind(self, funding: Funding, line: MoneyLine, text: str) -> Funding:
        """An amount whose own words say no kind takes the kind its table row's label says;
        else a stock's or an income's kind from the item it details or the titles it stands
        under ("○ 공유재산 현황" over "- 토지 80,545천㎡ 30조 9,201억원", "□ 세입 확충" over
        its figures); a small one, the line drawn by its line's words or its item's
        ("구매한도"). ``text``: the line, prepared."""
        if funding.kind_said:
            return funding
        item = self.items.get(line.item_id or "")
        parent = self.items.get(item.parent_item_id or "") if item is not None else None
        marked = line.marked or (
            marked_name(parent.text, item.marker or "") if item and parent else None
        )
        noted = said_kind(marked, "") if marked is not None else None
        if noted not in (None, "budget", *RATE_KINDS):
            # "상황 속 펀드결성액** 증가세 전환" over "** (19) 4.24조원 → (20) 6.57조원": a
            # note's figures are of the word its mark follows, whatever row it stands in
            return replace(funding, kind=noted)
        if line.table_id is not None and (line.label or line.project):
            labelled = said_kind(line.label or line.project or "", "")  # 매출액, 세입, 자산 …
            if labelled is not None:
                return replace(funding, kind=labelled)
        if funding.kind in RATE_KINDS:  # a small amount, a rate by its size alone
            around = [text[: funding.start], parent.text if parent else ""]
            for kind, pattern in RATE_CONTEXT_KIND_RES.items():
                if any(pattern.search(words) for words in around):
                    return replace(funding, kind=kind)
        texts = []
        while parent is not None:
            texts.append(parent.text)
            parent = self.items.get(parent.parent_item_id or "")
        texts += [s.title for s in self.ancestors(line.section_id) if s.kind == "heading"]
        for words in texts[:2]:  # the item it details, or the nearest heading
            for kind, pattern in CONTEXT_KIND_RES.items():
                if pattern.search(words):
                    return replace(funding, kind=kind)
        return funding

    def item_at(self, line: MoneyLine) -> model.Item | None:
        """The item a line is, or for a table cell the last item above its table in the
        same section: the cell reads on from it."""
        if line.item_id is not None or line.top is None:
            return self.items.get(line.item_id or "")
        wheres, found = self.placed.get(line.section_id, ([], []))
        at = bisect.bisect_right(wheres, (line.page, line.top))
        if not at:
            return None
        return found[bisect.bisect_left(wheres, wheres[at - 1])]  # the first of a tie

    def block_of(self, line: MoneyLine) -> tuple[str, str] | None:
        """The project block a line stands in (a table cell's: that of the item above it)."""
        item = self.item_at(line)
        return self.blocks.get(item.item_id if item else line.section_id or "")

    def card_entry(self, line: MoneyLine) -> tuple[int, str] | None:
        """The 사업명 of the project card a line stands in (a "○ 사업명 : …" item of the same
        section, before the line): that item's ordinal, and the name."""
        if line.section_id is None:
            return None
        names = self.card_names.get(line.section_id, [])
        before = [(ordinal, name) for ordinal, name in names if ordinal <= self.ordinal_of(line)]
        return before[-1] if before else None

    def names_after(self, item: model.Item | None, ordinal: int) -> bool:
        """Whether an item the line details, set after a card's 사업명, names something
        itself: "○ 해상도시 추진전략 수립용역" over "- (용역비) 2억원" is that 용역's card."""
        parent = self.items.get(item.parent_item_id or "") if item is not None else None
        while parent is not None and parent.ordinal > ordinal:
            if item_head(parent.text):
                return True
            parent = self.items.get(parent.parent_item_id or "")
        return False

    def ordinal_of(self, line: MoneyLine) -> int:
        item = self.item_at(line)
        return item.ordinal if item is not None else 0


def single_years(headers: list[str]) -> bool:
    """Whether a table's headers name at least one single year ("'25년"): its columns are
    a series of years."""
    return any(
        len(found) == 1 and not found[0].spans_years
        for header in headers
        if len(header) <= 12 and (found := find_periods(unspaced(header)))
    )


def field_period(text: str) -> Period | None:
    """The period a block's field line gives: 사업기간, 기간, 사업개요(…)."""
    prepared = prepare(text)
    m = PERIOD_FIELD_RE.search(prepared) or OUTLINE_PERIOD_RE.search(prepared)
    if m is None:
        return None
    period = Period.from_match(m)
    return None if period.has_day else period


PERIOD_LABEL_RE = regex.compile(rf"^\s*(?:{FIELD_WORDS})\s*[:：]?\s*$")


def field_cell_period(label: str, value: str) -> Period | None:
    """The period a field group's cell gives: its field's, or where the label is a period
    field's and the value cell begins with words run over from the row above ("사업기간 : |
    및 개최하는 … 지원 2025년 ~ 2028년(4년간)"), the first span of years in it."""
    found = field_period(f"{label} {value}")
    if found is not None or PERIOD_LABEL_RE.match(label) is None:
        return found
    spans = [p for p in find_periods(prepare(value)) if p.ranged and not p.has_day]
    return spans[0] if spans else None


TITLE_CLOSER_RE = regex.compile(r"\s*[>〉」』]\s*$")


def title_period(text: str) -> Period | None:
    """A closed range ending a project's title: "도시철도 하단~녹산선 건설(2022~2029)"."""
    m = NAME_PERIOD_RE.search(TITLE_CLOSER_RE.sub("", text))
    if m is None:
        return None
    period = Period.from_match(m)
    return period if period.end_year is not None and not period.is_point else None


FRAGMENT_START_RE = regex.compile(r"^\s*[,(\[]")


def block_periods(
    items: list[model.Item], sections: list[model.Section], framed: set[str] | None = None
) -> dict[str, tuple[Period, str]]:
    """Item or section id -> the period of the project block it stands in, and where it was
    read: ``block`` (a 사업기간 / 사업개요(…) field) or ``name`` (the block's title).

    Read in page order: a section or a title line starts a block, with the range its title
    ends with, if any; a field line sets the block's period from there on; the parts of a
    block (□ 추진상황, ○ 향후계획) and its bullets carry it on. A line before the block's
    first field takes that field's period (the 총사업비 line often comes before 사업기간).
    """
    entries: list[tuple[int, float, int, str, str, str | None]] = [
        (s.page_start, s.top, 0, s.section_id, s.title, None) for s in sections
    ]
    entries += [(i.page, i.top, 1, i.item_id, i.text, i.marker) for i in items]
    out: dict[str, tuple[Period, str]] = {}
    block_of: dict[str, int] = {}
    first_field: dict[int, tuple[Period, str]] = {}
    block = 0
    current: tuple[Period, str] | None = None
    parents = {i.item_id: i.parent_item_id for i in items}
    named_items: dict[str, Period] = {}  # ○ / - lines ending with their own range
    for _, _, _, key, raw_text, marker in sorted(entries, key=lambda e: e[:3]):
        text = prepare(raw_text)
        is_title = marker is None or (
            marker in TITLE_MARKERS
            and is_title_like(text)
            and key not in (framed or set())  # the text of a framed diagram in a block
            # a fragment under an item, run over from it (", 50병상", "(지하3층~지상3층)")
            and not (parents.get(key) is not None and FRAGMENT_START_RE.match(text))
        )
        if is_title and BLOCK_PARTS_RE.match(text) is None:
            block, current = block + 1, None  # a new block
        found = field_period(text)
        named = title_period(text)
        if found is not None:
            current = (found, "block")
        elif named is not None and (is_title or marker in ("◇", "◆", "❖")):
            current = (named, "name")  # a block's title (◇ goals often have it joined)
        elif named is not None:
            named_items[key] = named  # "○ … 구축 운영 ▷ 관리운영 10년('19.~'29.)": its own lines
        own = ancestor_period(key, parents, named_items)
        if own is not None:
            out[key] = (own, "name")
        elif current is not None:
            out[key] = current
            first_field.setdefault(block, current)
        block_of[key] = block
    for key, number in block_of.items():
        if key not in out and number in first_field:
            out[key] = first_field[number]
    return out


def listed_before(text: str, start: int) -> bool:
    """Whether a comma outside brackets stands before the amount: it is in a list's later
    item ("LPG시설개선(452세대), …, 연탄쿠폰(337세대, 가구당 54.6만원)"), which the line's
    head does not name; a head ended by a colon or a ▷ names all it details ("지역제한
    입찰 : 종합공사 100억원 미만, 물품·용역 3.5억원 미만")."""
    mark = DETAIL_START_RE.search(text, 0, start)
    if mark is not None and mark.group(0).strip() not in ("(", ""):
        return False
    return any(
        ch == "," and not depth
        for ch, depth in zip(text, bracket_depths(text[:start]), strict=False)
    )


def numbered_clauses(title: str) -> list[str]:
    """The clauses a title numbers inline, in order ("(…) ①전시공간 확충(…), ②해운대 …"):
    [] where it numbers none, or not as 1, 2, 3 …"""
    numbers = [CIRCLED_NUMBERS[glyph] for glyph in CIRCLED_RE.findall(title)]
    if numbers != list(range(1, len(numbers) + 1)):
        return []
    return [clause.strip(" ,·") for clause in CIRCLED_RE.split(title)[1:]]


def caption_words(text: str) -> str | None:
    """A caption line's words, without its brackets nor what part of its subject the box
    shows ("【어촌뉴딜300사업 추진현황】" -> "어촌뉴딜300사업"); None for a line that is no caption."""
    m = CAPTION_RE.match(text)
    return CAPTION_PART_RE.sub("", m["t"]).strip() if m is not None else None


def captioned_items(items: list[model.Item]) -> dict[str, str]:
    """Item id -> the name in the caption of the box it stands in: the items after a
    caption line ("【어촌뉴딜300사업 추진현황】") on its page, under the item it hangs from
    (a caption is set in the middle, so it hangs from the item before it), or beside that
    item with a bullet of their own ("○ 향후계획 …", then "< … 수립 용역 >" over "ㅇ
    용역개요 : …")."""
    by_id = {i.item_id: i for i in items}
    # the parent a caption's items hang from -> (page, name, a bullet its items do not use)
    open_captions: dict[str | None, tuple[int, str | None, str | None]] = {}
    found: dict[str, str] = {}
    for item in sorted(items, key=lambda i: i.ordinal):
        words = caption_words(item.text) if not item.marker else None
        if words is not None:
            name = project_name(words, titled=True)
            open_captions[item.parent_item_id] = (item.page, name, None)
            hung = by_id.get(item.parent_item_id or "")
            if hung is not None:
                open_captions[hung.parent_item_id] = (item.page, name, hung.marker)
            continue
        page, name, not_marker = open_captions.get(item.parent_item_id, (None, None, None))
        if name is not None and page == item.page and item.marker != not_marker:
            found[item.item_id] = name
    return found


# A dated event closing a clause: "발전사업 허가(’24.7.)", "사업법인(SPC) 설립(’24.12)".
DATED_EVENT = (
    r"(?:[^,:：()\[\]]|[(\[][^()\[\]\d]*[)\]])+"
    r"[(\[]\s*['’‘]?\d{2,4}\s*[.년]\s*(?:\d{1,2}|[上下상하]반?기?|말)?\s*\.?\s*[)\]]"
)
# Dated events one after another ("발전사업 허가(’24.7.), … 낙찰(‘24.9.), 완공예정(’26.12.)"):
# the progress of the project named above them, no name of their own.
EVENT_LIST_RE = regex.compile(rf"^\s*{DATED_EVENT}\s*,\s*{DATED_EVENT}")


# An item whose words before its first figure are a means: "선택과 집중 타겟팅 영업전략으로
# 3,249억원 지방세 세원확충" says how, and the title above names what.
MEANS_FIRST_RE = regex.compile(r"^[^\d()\[\]]*\p{Hangul}으로\s+\d")


def item_head(text: str) -> str | None:
    """The name an item opens with, before its details: "4단계 상수도관 정비 ▸'23년~'32년, …";
    a bracketed year ("('25년 계획) …") before it is not
    part of it. A timeline entry ("'24. 8. : 총사업비 조정") or a list of dated events
    (``EVENT_LIST_RE``) names an event of its card's project, not a project; a means before
    a figure (``MEANS_FIRST_RE``) names nothing."""
    if DATE_COLON_RE.match(text) or EVENT_LIST_RE.match(text) or MEANS_FIRST_RE.match(text):
        return None
    text = DATED_BRACKET_RE.sub("", boxes_as_details(text))
    # a size in brackets inside the name is no detail's start: "탄성소재연구소 부지(2,817㎡)
    # 매매계약 체결(’24.11.)"
    text = INNER_FIGURES_RE.sub(" ", text)
    return project_name(DETAIL_START_RE.split(text)[0].strip())


def timeline_study(before: str) -> str | None:
    """The study a timeline entry names before its amount ("'19.12.~'21. 8. : 경부선
    철도지하화 등 시설효율화 연구용역 시행 ▷ 국비 35억원"), which its money is for."""
    dated = DATE_COLON_RE.match(before)
    if dated is None:
        return None
    name = project_name(DETAIL_START_RE.split(before[dated.end() :].strip())[0], titled=True)
    if name is None or STUDY_END_RE.search(unspaced(name)) is None:
        return None
    return name


def opening_name(text: str) -> str | None:
    """The name a line opens with before its details ("청년월세 한시특별 지원 ▷ 153.4억원 …"):
    words without a figure, ended by a detail's mark; not a timeline entry's."""
    if DATE_COLON_RE.match(text):
        return None
    parts = DETAIL_START_RE.split(text, maxsplit=1)
    if len(parts) < 2 or regex.search(r"\d", parts[0]):
        return None
    name = project_name(parts[0].strip())
    return name if name is not None and not is_cost_label(name) else None


def block_titles(
    items: list[model.Item], sections: list[model.Section], framed: set[str] | None = None
) -> dict[str, tuple[str, str]]:
    """Item or section id -> the name of the project block it stands in, and ``block`` (a
    title line or □ heading starts the block: "도시철도 하단~녹산선 건설(2022~2029)") or
    ``section`` (the block is the section itself, its title the name). Read in page order
    as ``block_periods`` reads the blocks; a block's parts (○ (사업개요), □ 추진상황) carry
    its name on."""
    entries: list[tuple[int, float, int, str, str, str | None]] = [
        (s.page_start, s.top, 0, s.section_id, s.title, None) for s in sections
    ]
    entries += [(i.page, i.top, 1, i.item_id, i.text, i.marker) for i in items]
    out: dict[str, tuple[str, str]] = {}
    current: tuple[str, str] | None = None
    for _, _, order, key, raw_text, marker in sorted(entries, key=lambda e: e[:3]):
        text = prepare(raw_text)
        is_title = marker is None or (
            marker in TITLE_MARKERS and is_title_like(text) and key not in (framed or set())
        )
        caption = caption_words(text)
        if caption is not None:  # "< … 수립 용역 >" over its card's fields: a title
            text = caption
        if is_title and BLOCK_PARTS_RE.match(text) is None:
            name = project_name(NAME_PERIOD_RE.sub("", text), titled=caption is not None)
            current = (name, "section" if order == 0 else "block") if name else None
        if current is not None:
            out[key] = current
    return out


def ancestor_period(
    key: str, parents: dict[str, str | None], named: dict[str, Period]
) -> Period | None:
    """The range that an item or one of its parent items ends with, nearest first."""
    node: str | None = key
    while node is not None:
        if node in named:
            return named[node]
        node = parents.get(node)
    return None


def is_title_like(text: str) -> bool:
    """A short line without a field or a sentence: the title of a new project block."""
    return len(text) <= 60 and ":" not in text and "：" not in text


def is_cost_line(text: str, start: int) -> bool:
    """Whether the words before an amount name it as a block's cost ("- 사업비 : …")."""
    before = prepare(text)[:start]
    squashed = unspaced(before)
    return any(word in squashed for word in COST_WORDS) and not CHANGE_WORDS_RE.search(before)


def items_to_lines(
    items: list[model.Item],
    sections: list[model.Section],
    tables: list[Table],
    printed: dict[int, int | None],
) -> list[MoneyLine]:
    """Every line that may hold money: section titles, items, table cells."""
    lines = [
        MoneyLine(s.section_id, s.title, s.page_start, s.printed_page_start, None, s.section_id)
        for s in sections
    ]
    lines += [
        MoneyLine(
            i.item_id, i.text, i.page, i.printed_page, i.item_id, i.section_id, page_end=i.page_end
        )
        for i in items
    ]
    for table in tables:
        section = section_at(sections, table.page, table.top)
        grid = table.grid()
        for c in table.cells:
            if not CELL_MONEY_HINT_RE.search(c.text):
                continue
            # the row's name: in the column headed 사업명 (or 과제 …) left of it, else the
            # first cell left of it with words (not its 연번)
            named_col = next(
                (k for k in range(c.col) if c.row > 0 and is_name_header(grid[0][k])), None
            )
            label = row_name(grid, c.row, named_col) if named_col is not None else None
            label = label or next(
                (
                    text
                    for k, text in enumerate(grid[c.row][: c.col])
                    if TWO_LETTERS_RE.search(text)
                    and not (c.row > 0 and unspaced(grid[0][k]).startswith(OFFICE_COLUMN_HEADERS))
                ),
                None,
            )
            fields = field_group(table, grid, c)
            in_cell = CELL_CARD_NAME_RE.search(c.text)  # "◆사업 명 : 청년마을 만들기 지원 사업 ◆ …"
            carded = None if in_cell or fields else card_name(grid, c.row, c.col)
            if carded is not None:
                label = carded
            elif in_cell is not None:
                label = project_name(in_cell["name"]) or in_cell["name"]
            elif fields:
                label = next(
                    (v for k, v in fields if letters_and_digits(k).startswith(PROJECT_NAME_FIELD)),
                    fields[0][1],
                )
            header = grid[0][c.col] if c.row > 0 else ""
            # a year label, not a cell; its letters closed up ("'3 0 ~ '34년" set out)
            years = find_periods(unspaced(header)) if len(header) <= 12 else []
            if (
                label is not None
                and not fields
                and unspaced(label) in MEASURE_ROW_LABELS
                and not years
                and unspaced(header) not in NOT_NAMING_HEADERS
                and project_name(header) is not None
            ):
                label = header  # "지원금액 | 300만원 | …" under "구분 | 집합금지업종 | …"
            cell = MoneyLine(
                f"{table.table_id}-r{c.row}c{c.col}",
                c.text,
                c.page,
                printed.get(c.page),
                None,
                section.section_id if section else None,
                table.table_id,
                project=label or table.caption,
                label=grid[c.row][c.col - 1] if carded is not None else None,
                column_period=years[0] if len(years) == 1 else None,
                column_scope="result" if unspaced(header) in RESULT_COLUMN_HEADERS else None,
                column_part=len(years) == 1 and years[0].spans_years and single_years(grid[0]),
                group_period=next(
                    (p for k, v in fields if (p := field_cell_period(k, v)) is not None), None
                ),
                named=bool(fields) or in_cell is not None or carded is not None,
                top=table.top,
                cell=(c.row, c.col),
            )
            lines += [cell] if cell.named else cell_tree_lines(cell)
    return lines


CELL_BULLET_RE = regex.compile(r"(?:^|(?<=\s))(?:(?P<mark>[□○※])\s*|(?P<mark>-|\*{1,3})\s+)")


CELL_FIELD_RE = regex.compile(r"[^:：()]{1,12}[:：]")


def cell_tree(text: str) -> list[tuple[str, str]]:
    """A cell's bullet lines (marker, words), where the cell opens with a bullet and holds
    more than one; else []. Only bullets outside brackets count."""
    depths = list(bracket_depths(text))
    marks = [m for m in CELL_BULLET_RE.finditer(text) if depths[m.start()] == 0]
    if len(marks) < 2 or marks[0].start() != len(text) - len(text.lstrip()):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    lines = [(m["mark"], text[m.end() : end].strip()) for m, end in zip(marks, ends, strict=True)]
    if all(CELL_FIELD_RE.match(words) for _, words in lines):
        return []  # "○설 립 : … ○자본 금 : 6,205억원": a card of fields, named by its row
    return lines


def cell_tree_lines(cell: MoneyLine) -> list[MoneyLine]:
    """A cell that is a bullet tree, as one line per bullet that may hold money, each with
    the name of the line above it of a higher rank (its parent); a cell of no tree as is."""
    tree = cell_tree(cell.text)
    if not tree:
        return [cell]
    out = []
    above: list[tuple[int, str, str | None]] = []  # the open lines above: (rank, words, name)
    for n, (mark, words) in enumerate(tree):
        rank = CELL_TREE_RANKS[mark]
        while above and above[-1][0] >= rank:
            above.pop()
        # a note explains the word its marker follows in the line above ("펀드결성액**"),
        # else the nearest line above that names something
        marked = marked_name(above[-1][1], mark) if above else None
        parent = marked or next((name for *_, name in reversed(above) if name is not None), None)
        if MONEY_HINT_RE.search(words):
            out.append(
                replace(cell, key=f"{cell.key}-l{n + 1}", text=words, parent=parent, marked=marked)
            )
        above.append((rank, words, bracket_keyword(words) or project_name(without_amounts(words))))
    return out


def is_name_header(header: str) -> bool:
    """Whether a column's header says its cells name the rows: 사업명, 과제 …, or any name
    (…명: 공사·공단명, 시설명), not the office in charge (부서명)."""
    squashed = unspaced(header)
    if squashed.startswith(PROJECT_COLUMN_HEADERS):
        return True
    return NAME_HEADER_RE.fullmatch(squashed) is not None and not squashed.startswith(
        OFFICE_COLUMN_HEADERS
    )


CARD_LABEL_RE = regex.compile(r"^[\p{Hangul}A-Za-z\s·ㆍ/()]{2,12}$")  # 기업명/규모, 매출액


def card_name(grid: list[list[str]], row: int, col: int) -> str | None:
    """The name a card laid out as label | value pairs gives every value in it ("기업명/규모 |
    롯데쇼핑㈜ / 대기업 | 본사소재지 | …" over "매출액 | 8조4,132억(2024) | …"): the value
    of its name field (…명, not an office's), the part that field's label names."""
    width = max(len(r) for r in grid)
    if width < 4 or width % 2 or col % 2 == 0:
        return None
    labels = [
        (r, k) for r, cells in enumerate(grid) for k in range(0, len(cells), 2) if cells[k].strip()
    ]
    if len(labels) < 4 or not all(CARD_LABEL_RE.fullmatch(grid[r][k].strip()) for r, k in labels):
        return None  # not every label column holds labels: a table of data
    for r, k in labels:
        parts = [unspaced(p) for p in grid[r][k].split("/")]
        values = [v.strip() for v in grid[r][k + 1].split("/")] if k + 1 < len(grid[r]) else []
        for at, part in enumerate(parts):
            if is_name_header(part) and at < len(values) and values[at]:
                return project_name(values[at]) or values[at]
    return None


def row_name(grid: list[list[str]], row: int, col: int) -> str | None:
    """A row's name in its name column; a blank cell there continues the name above it (a
    cell spanning the rows: "부산교통공사" over its row of details)."""
    for r in range(row, 0, -1):
        if grid[r][col].strip():
            return grid[r][col]
    return None


def field_group(table: Table, grid: list[list[str]], cell: Cell) -> list[tuple[str, str]]:
    """For a value cell of a list of fields ("사업명 :" | "…", "사업기간 :" | "'26년" …, the
    rows a cell in the first column spans): the (label, value) pairs of its group; else []."""
    if cell.col < 1 or not FIELD_LABEL_RE.match(grid[cell.row][cell.col - 1]):
        return []
    group = table.cell(cell.row, 0)
    if group is None:
        return []
    rows = range(group.row, group.row + group.row_span)
    return [
        (grid[r][cell.col - 1], grid[r][cell.col])
        for r in rows
        if FIELD_LABEL_RE.match(grid[r][cell.col - 1])
    ]


def loose_lines(
    pages: list[PageLines],
    sections: list[model.Section],
    tables: list[Table],
    covered: list[MoneyLine],
) -> list[MoneyLine]:
    """Lines no item, title or cell holds: text in boxes without a table's grid, overview and
    divider pages. They are scanned too, so money drawn in a frame is not lost."""
    held: dict[int, str] = {}
    texts = [(line.page, line.text) for line in covered]
    texts += [(c.page, c.text) for t in tables for c in t.cells]
    for page_number, text in texts:
        held[page_number] = held.get(page_number, "") + "\n" + letters_and_digits(text)
    out: list[MoneyLine] = []
    heading = None  # the summary's numbered heading last seen, before any section
    for page in pages:
        text = held.get(page.number, "") + held.get(page.number - 1, "")
        paragraph: list[tuple[int, Line]] = []
        tree = LineTree()
        for n, ln in enumerate(page.lines, 1):
            if ln.running or ln.caption or not ln.text:
                continue
            if all(letters_and_digits(word) in text for word in ln.text.split()):
                paragraph = []  # held, maybe across cells ("35,000 휴식·여가 ▷ 3건, 223억원")
                tree = LineTree()
                continue
            if paragraph and wraps(paragraph[0][1], paragraph[-1][1], ln):
                paragraph.append((n, ln))
                tree.wrap(" ".join(line.text for _, line in paragraph))
            else:
                paragraph = [(n, ln)]
                tree.open(ln.text)
                numbered = SUMMARY_HEADING_RE.match(ln.text)
                if numbered is not None and section_at(sections, ln.page, ln.top) is None:
                    heading = numbered["title"]
            if not MONEY_HINT_RE.search(ln.text):
                continue
            first_n, first = paragraph[0]
            if len(paragraph) > 1 and out and out[-1].key == f"p{ln.page:03d}l{first_n:03d}":
                out.pop()  # the paragraph's money line so far: read again whole
            section = section_at(sections, first.page, first.top)
            out.append(
                MoneyLine(
                    f"p{first.page:03d}l{first_n:03d}",
                    " ".join(line.text for _, line in paragraph),
                    first.page,
                    first.printed_page,
                    None,
                    section.section_id if section else None,
                    parent=tree.parent,
                    heading=heading if section is None else None,
                )
            )
    return out


# A summary's numbered heading: "1. 4년 추진성과와 평가", "3. 2021년, 국민의 삶이 …" (not "1)
# …", not a figure "1.3조원").
SUMMARY_HEADING_RE = regex.compile(r"^\d{1,2}\.\s+(?P<title>(?=\S*\p{Hangul})\S.*)$")


@dataclass
class LineTree:
    """The bullet lines above a loose line, by rank (``LINE_TREE_RANKS``): the name of the
    nearest one of a higher rank that names something is what the line details."""

    above: list[tuple[int, str | None]] = field(default_factory=list)  # (rank, name)
    parent: str | None = None  # the open line's parent's name

    def open(self, text: str) -> None:
        rank = LINE_TREE_RANKS.get(split_marker(text)[0])
        if rank is None:
            self.above, self.parent = [], None  # no bullet: no tree goes on past it
            return
        while self.above and self.above[-1][0] >= rank:
            self.above.pop()
        self.parent = next((name for _, name in reversed(self.above) if name), None)
        self.above.append((rank, line_name(text)))

    def wrap(self, text: str) -> None:
        if self.above:
            self.above[-1] = (self.above[-1][0], line_name(text))


def line_name(text: str) -> str | None:
    """What a bullet line names: its head, its bracketed keyword, else its words."""
    words = split_marker(text)[1]
    return item_head(words) or bracket_keyword(words) or project_name(without_amounts(words))


LOOSE_WRAP_GAP = 0.9  # a wrapped line of loose text stands at most this many sizes below
LOOSE_WRAP_OVERLAP = 0.3  # … or overlaps the line above by at most this many
LOOSE_WRAP_INDENT = 0.5  # … and starts no more than this many sizes left of its paragraph


def wraps(first: Line, last: Line, ln: Line) -> bool:
    """Whether a line of loose text wraps the paragraph above it (whose first line and last
    line are given): no bullet of its own, just below, not left of where the paragraph's
    words start ("➋ (임차료 특별융자) 집합금지 업종 … 융자" over "1조원, 집합제한 업종 …")."""
    if split_marker(ln.text)[0] or ln.page != last.page:
        return False
    gap = ln.top - last.bottom
    if not -LOOSE_WRAP_OVERLAP * ln.size <= gap <= LOOSE_WRAP_GAP * ln.size:
        return False
    return ln.x0 >= first.x0 - LOOSE_WRAP_INDENT * ln.size and ln.x0 < last.x1


# "… 등을 통해 조달" after a list of sources
OPEN_LIST_RE = regex.compile(r"\s등(?:을|으로|의)?\s*(?:통해|통하여)?\s*(?:조달|확보|마련)?\.?\s*$")
RAISED_BY_RE = regex.compile(
    r"\s*(?:등(?:을|으로)?\s*(?:통해|통하여)?\s*(?:조달|확보|마련)?)?\.?\s*$"
)


def source_line_shares(item: model.Item, target: Funding) -> list[SourceShare] | None:
    """The sources a "※ 재원 : 국비 700, 시비 700" line gives the amount above, or None."""
    m = SOURCE_FIELD_RE.match(prepare(item.text))
    if m is None:
        return None
    raised_by = RAISED_BY_RE.search(m["list"])
    listed = m["list"][: raised_by.start()] if raised_by else m["list"]
    shares = read_parts(listed, target.money)
    if not shares or any(s.amount is None or s.kind != "source" for s in shares):
        return None
    total = sum(s.amount for s in shares if s.amount is not None)
    if target.money.amount is not None and total > target.money.amount:
        return None
    return shares


def use_line_shares(text: str, target: Funding) -> list[SourceShare] | None:
    """A ▷ line under an amount that breaks it down exactly ("철도지하화 1조 8,102억원, …")."""
    found = find_fundings(text)
    if len(found) < 2 or target.money.amount is None:
        return None
    if sum(f.money.amount or 0 for f in found) != target.money.amount:
        return None
    labels = [f.prefix for f in found]
    if any(not label or f.sources or f.period for label, f in zip(labels, found, strict=True)):
        return None
    shares = read_parts(", ".join(f"{f.prefix} {f.money.raw}" for f in found), target.money)
    return shares or None


def items_to_fundings(
    doc_id: str,
    items: list[model.Item],
    sections: list[model.Section],
    tables: list[Table] | None = None,
    pages: list[PageLines] | None = None,
    framed: set[str] | None = None,
) -> FundingResult:
    """Given the items, sections and tables of a document, return its fundings, source shares
    and issues."""
    result = FundingResult()
    context = Context(items, sections, framed)
    parsed: dict[str, list[Funding]] = {}  # line key -> its expressions
    printed = {p.number: p.printed_page for p in pages or []}
    page_texts = {p.number: unspaced(" ".join(ln.text for ln in p.lines)) for p in pages or []}
    lines = items_to_lines(items, sections, tables or [], printed)
    lines += loose_lines(pages or [], sections, tables or [], lines)
    for line in lines:
        if not MONEY_HINT_RE.search(line.text) or UNIT_CAPTION_RE.search(line.text):
            continue
        result.money_lines += 1
        found = find_fundings(line.text)
        if not found:
            if line.table_id is None:
                message = (
                    "the line names money but no amount could be read (a unit without a figure?)"
                )
                result.issues.append(
                    line_issue(doc_id, line, "money_not_parsed", message, line.text)
                )
            else:
                result.money_lines -= 1  # a cell naming a unit ("사업비(억원)") is a header
            continue
        result.parsed_lines += 1
        parsed[line.key] = found
    for line in lines:  # an item's clause after its last figure: what the lines below detail
        figures_read = parsed.get(line.key, [])
        if figures_read and line.item_id is not None:
            later = later_clause(prepare(line.text), figures_read[-1].end)
            if later is not None:
                context.later[line.item_id] = later
    attach_source_lines(parsed, items, context)
    attach_cell_notes(parsed, lines)
    attach_inline_notes(parsed, lines)
    part_of = attach_part_lines(parsed, items, context)
    blocks = block_periods(items, sections, framed or set())
    # each item's last named figure: its project, where that was read, and the kind its
    # words said (None where they said none): a line of figures only under it details it
    figures: dict[str, tuple[tuple[str | None, str | None], str | None]] = {}
    stated: dict[str, list[Funding]] = {}  # each item's figures, as a line below may restate
    for line in lines:
        item = context.items.get(line.item_id or "")
        above = figures.get(item.parent_item_id or "") if item is not None else None
        wordless = item is not None and is_wordless(line.text)
        detailed = above if wordless else None
        if item is not None and wordless and detailed is None:
            # figures under a statistic's label, with no figure of its own: its kind
            labelled = context.statistic_kind(item)
            detailed = ((None, None), labelled) if labelled is not None else None
        # a note that reports a measure ("○ 거래금액 : 5,885억원" over "* 2024년 실적 : 물량
        # 329천톤, 금액 6,258억원"): its kind, where its words said one that is no budget or rate
        noted = (
            above[1]
            if item is not None
            and item.marker in NOTE_MARKERS
            and STATISTIC_LABEL_RE.search(line.text) is not None
            and above is not None
            and above[1] not in (None, "budget", *RATE_KINDS)
            else None
        )
        # "용역기간 : '24.4.~'25.4. ▷ 181백만원": on the line itself, or in its field group
        own = field_period(line.text) or line.group_period
        block = (own, "block") if own else blocks.get(line.item_id or line.section_id or "")
        text = prepare(line.text)
        named: tuple[Funding, str | None, str | None] | None = None  # the line's last, named
        for ordinal, funding in enumerate(parsed.get(line.key, []), 1):
            if funding.period is None and line.column_period is not None:
                funding = replace(funding, period=line.column_period, period_source="inline")
            if (
                funding.period is None
                and block is not None
                and funding.kind in ("budget", "benefit")
                and (own is not None or is_cost_line(line.text, funding.start))
            ):
                funding = replace(funding, period=block[0], period_source=block[1])
            if detailed is not None and detailed[1] is not None and not funding.kind_said:
                funding = replace(funding, kind=detailed[1])  # "벤처투자는 7.7조원" over it
            elif noted is not None and not funding.kind_said:
                funding = replace(funding, kind=noted)  # "거래금액 : 5,885억원" over its note
            funding = with_scope(context.with_kind(funding, line, text), line.text)
            if line.column_scope is not None and funding.scope in ("unknown", "year_budget"):
                funding = replace(funding, scope=line.column_scope)  # "추진현황" over it
            if line.column_part and funding.scope == "total_cost":
                funding = replace(funding, scope="unknown")  # the years' part, spent or ahead
            if item is not None:
                funding = as_restated(funding, stated.get(item.parent_item_id or "", []))
            on_page = page_of(line, funding, page_texts)
            placed = (  # an item run over pages: the page its amount is printed on
                line
                if on_page == line.page
                else replace(line, page=on_page, printed_page=printed.get(on_page))
            )
            project = (
                detailed[0]
                if detailed is not None and detailed[0][0] is not None
                else context.project_of(funding, line, text)
            )
            between = text[named[0].end : funding.start] if named is not None else ""
            if named is not None and (
                is_next_figure(between)
                or in_series_bracket(between)
                or CLAUSE_GOES_ON_RE.match(between) is not None
                or DIFFERENCE_BRACKET_RE.match(between) is not None
            ):
                # "소진공 정책자금 확대 ('23. 3.0 → '24. 3.7조원)", "생계급여 선정기준 (’24년)
                # 183만원→(’25년) 195만원": one programme's figures; "… 단가 인상(12,140→
                # 14,140원)으로 안정적 서비스 제공(373명, 58.4억원)": one clause's
                project = named[1:]
            project = (without_listings(without_amounts(project[0])), project[1])
            add_funding(result, doc_id, placed, ordinal, funding, *project)
            result.fundings[-1].part_of = part_of.get(f"{line.key}-f{ordinal}")
            if line.heading is not None:
                result.headings[result.fundings[-1].funding_id] = line.heading
            named = (funding, *project) if project[0] is not None else None
            if line.item_id is not None:
                stated.setdefault(line.item_id, []).append(funding)
            if named is not None and line.item_id is not None:
                figures[line.item_id] = (project, funding.kind if funding.kind_said else None)
    return result


def as_restated(funding: Funding, above: list[Funding]) -> Funding:
    """An amount whose words left its scope open, restating a figure of the item it details,
    is that figure: its scope and year ("◇ 2025년도 거래목표 : 338천톤, 5,885억원" over "○
    거래금액 : 5,885억원(3년 평균 금액)")."""
    if funding.scope != "unknown" or funding.scope_year is not None:
        return funding
    amount = funding.money.amount
    same = next((f for f in above if amount is not None and f.money.amount == amount), None)
    if same is None or same.scope == "unknown":
        return funding
    return replace(funding, scope=same.scope, scope_year=same.scope_year)


def page_of(line: MoneyLine, funding: Funding, page_texts: dict[int, str]) -> int:
    """The page an amount is printed on: its line's, or for an item that runs over pages
    the one page whose text holds the amount."""
    if line.page_end is None or line.page_end == line.page:
        return line.page
    raw = unspaced(funding.money.raw)
    holding = [p for p in range(line.page, line.page_end + 1) if raw in page_texts.get(p, "")]
    return holding[0] if len(holding) == 1 else line.page


def with_scope(funding: Funding, text: str = "") -> Funding:
    """An amount whose words left its scope unknown takes it from the period it was given
    beyond its line (a table column's year, its project block's 사업기간): one year's
    money, or a total over several. A card's cost in a block of one year is that year's:
    its 사업비 the year's budget, its 총사업비 a total for that year."""
    period = funding.period
    if period is None or period.start_year is None:
        return funding
    one_year = not period.spans_years
    if funding.scope == "unknown":
        if not one_year:
            return replace(funding, scope="total_cost")
        return replace(funding, scope="year_budget", scope_year=period.start_year)
    if (
        funding.period_source == "block"
        and one_year
        and funding.scope_year is None
        and funding.scope in ("total_cost", "year_budget")
    ):
        field = CARD_COST_FIELD_RE.match(text[: funding.start])
        if field is None:
            return funding
        total = TOTAL_COST_RE.search(field["label"]) is not None
        return replace(
            funding,
            scope="total_cost" if total else "year_budget",
            scope_year=period.start_year,
        )
    return funding


def attach_source_lines(
    parsed: dict[str, list[Funding]], items: list[model.Item], context: Context
) -> None:
    """Give an amount the sources its ※ 재원 line or its ▷ breakdown line names, and drop
    that line's own records: they are parts, not amounts."""
    previous: tuple[str, int] | None = None  # (line key, index) of the last amount read
    for item in items:
        parent = context.items.get(item.parent_item_id or "")
        target_at = previous
        if parent is not None and parsed.get(parent.item_id):
            target_at = (parent.item_id, len(parsed[parent.item_id]) - 1)
        if target_at is not None and item.marker in ("※", "*", "▷", "-", "·"):
            target = parsed[target_at[0]][target_at[1]]
            shares = source_line_shares(item, target)
            if shares is None and item.marker == "▷" and item.item_id in parsed:
                shares = use_line_shares(item.text, target)
            paying = any(s.kind == "source" for s in target.sources)
            if shares is not None and not paying:  # its uses stay, who pays is added
                uses = [s for s in target.sources if s.kind == "use"]
                merged = [replace(s, ordinal=n) for n, s in enumerate(uses + shares, 1)]
                # "… 697억원 등을 통해 조달": the list names the main payers, not all
                open_list = bool(OPEN_LIST_RE.search(item.text))
                parsed[target_at[0]][target_at[1]] = replace(
                    target, sources=merged, sources_open=open_list
                )
                parsed.pop(item.item_id, None)
                continue
            parts = parsed.get(item.item_id, [])
            if item.marker in ("※", "*") and breaks_down(parts, target):
                # "* 국비 9억, LH 9억, K-Water 5억", "* 소상공인 정책자금 1.0조원 + 신보 3조원
                # 특례보증": parts; the total's sources where it names none and they add up to it
                parsed[target_at[0]][target_at[1]] = with_parts(target, parts)
                parsed.pop(item.item_id, None)
                continue
        if parsed.get(item.item_id):
            previous = (item.item_id, len(parsed[item.item_id]) - 1)


# A note's mark (``NOTE_MARKERS``), the longest first.
NOTE_MARK = "|".join(regex.escape(m) for m in sorted(NOTE_MARKERS, key=len, reverse=True))
NOTE_CELL_RE = regex.compile(rf"^\s*(?:{NOTE_MARK})")


def attach_cell_notes(parsed: dict[str, list[Funding]], lines: list[MoneyLine]) -> None:
    """Drop the records of a table cell that is a note ("* 1차년도 2억, 2차년도 1.5억, …")
    whose amounts add up to an amount of the cell above it in its column (not a rate): they are
    that amount's parts ("사업규모 : 최대 국비 6억 지원(…)" over the years' shares), as a
    note line's are under an item (``attach_source_lines``)."""
    cells = {(ln.table_id, ln.cell): ln for ln in lines if ln.cell is not None}
    for line in lines:
        if line.cell is None or line.key not in parsed or not NOTE_CELL_RE.match(line.text):
            continue
        row, col = line.cell
        above = cells.get((line.table_id, (row - 1, col)))
        wholes = parsed.get(above.key) if above is not None else None
        at = whole_broken_down(wholes, parsed[line.key]) if wholes else None
        if wholes is None or at is None:
            continue
        wholes[at] = with_parts(wholes[at], parsed.pop(line.key))


COMPARED_RE = regex.compile("|".join(COMPARED_WORDS + DIFFERENCE_WORDS))
# A note's mark set after a line's words ("- 용 역 비 : 10억원(시비) ※ 1차: 5억원 12개월, …").
INLINE_NOTE_RE = regex.compile(rf"(?<=\S)\s+(?:{NOTE_MARK})\s*")


def attach_inline_notes(parsed: dict[str, list[Funding]], lines: list[MoneyLine]) -> None:
    """Drop the records of a note set after an amount on its own line whose amounts (two or
    more, to the next note) add up to an amount before it: they are that amount's parts
    ("- 용 역 비 : 10억원(시비) ※ 1차: 5억원 12개월, 2차 5억원 12개월"), as a note line's
    are (``attach_source_lines``). A note of one amount is left alone ("343억원(…) *'25년:
    2,849백만원(…)": a year's share, its own record), and so is a comparison ("2,700억원 *
    전년도 목표액 2,600억원 대비 100억원 증가")."""
    for line in lines:
        found = parsed.get(line.key)
        if not found or len(found) < 3:
            continue
        text = prepare(line.text)
        marks = [m for m in INLINE_NOTE_RE.finditer(text) if not bracket_depth(text, m.start())]
        if not marks:
            continue
        ends = [m.start() for m in marks[1:]] + [len(text)]  # each note runs to the next
        for mark, end in zip(marks, ends, strict=True):
            before = [f for f in found if f.end <= mark.start()]
            parts = [f for f in found if mark.end() <= f.start and f.end <= end]
            if COMPARED_RE.search(text, mark.end(), end):
                continue  # "* 전년도 목표액 2,600억원 대비 100억원 증가": a comparison's terms
            at = whole_broken_down(before, parts) if before and len(parts) >= 2 else None
            if at is None:
                continue
            found[found.index(before[at])] = with_parts(before[at], parts)
            found[:] = [f for f in found if f not in parts]


def attach_part_lines(
    parsed: dict[str, list[Funding]], items: list[model.Item], context: Context
) -> dict[str, str]:
    """Drop the records of a line whose amounts (two or more, changes in brackets aside)
    add up exactly to the amount of the item above it, or of the heading it opens under:
    they are that amount's parts ("□ 예산총괄 : 16조 6,830억원" over "○ 일반회계 13조
    3,198억원(79.8%), 특별회계 3조 3,632억원(20.2%)"; "* 지방세 5조 3,267억원(2,252억↑),
    세외수입 4,864억원(61억↑)" under 5조 8,131억원). An amount with no parts of its own
    takes them as its uses or sources. A rate's split is left as written: rates do not
    add up ("최대 11만원" over "(청년) 1만원 결제 / (市) … 최대 10만원까지").

    Lines of one amount each that together add up to the amount above them stay records,
    each its own project or cost ("○ 현장맞춤형 이차전지 전문 인력양성▹’23.～’28, 354억원"
    over three universities' 141, 136 and 77억원); return, by each such part's funding
    id, the funding id of the total it is a part of (``fundings.part_of``)."""
    parts_of: dict[str, list[Funding]] = {}  # the lines dropped as parts: a part's parts
    for item in items:
        found = parsed.get(item.item_id)
        if not found or len(found) < 2:
            continue
        whole_key = whole_key_of(item, context)
        wholes = parsed.get(whole_key or "") or parts_of.get(whole_key or "") or []
        parts = [found[n] for n in outside_brackets(item, found)]
        at = whole_broken_down(wholes, parts)
        if at is None:
            continue
        whole = wholes[at]
        if not whole.sources and whole_key in parsed:
            listed = ", ".join(f"{f.prefix} {f.money.raw}" for f in parts)
            shares = read_parts(listed, whole.money) if all(f.prefix for f in parts) else None
            if shares:
                wholes[at] = replace(whole, sources=shares)
        parts_of[item.item_id] = parsed.pop(item.item_id)
    # each line under a whole with its amounts outside brackets (a part's own details in
    # brackets aside: "80,000천원(40,000천원×2회)"), and where they stand
    siblings: dict[str, list[tuple[str, list[int]]]] = {}
    for item in items:
        whole_key = money_above(item, context, parsed)
        if whole_key is not None and item.item_id in parsed:
            outer = outside_brackets(item, parsed[item.item_id])
            siblings.setdefault(whole_key, []).append((item.item_id, outer))
    part_of: dict[str, str] = {}  # a part's funding id -> its total's
    for whole_key, lines in siblings.items():
        if len(lines) < 2 or any(len(outer) != 1 for _, outer in lines):
            continue
        parts = [parsed[key][outer[0]] for key, outer in lines]
        at = whole_broken_down(parsed.get(whole_key) or [], parts)
        if at is not None:
            for key, outer in lines:
                part_of[f"{key}-f{outer[0] + 1}"] = f"{whole_key}-f{at + 1}"
    for item in items:  # a note naming one cost of the amount above
        if item.marker in NOTE_MARKERS and item.item_id in parsed:
            cost = noted_cost(item, context, parsed)
            if cost is not None:
                part_of.setdefault(*cost)
    return part_of


def noted_cost(
    item: model.Item, context: Context, parsed: dict[str, list[Funding]]
) -> tuple[str, str] | None:
    """A note under an amount that names one of its costs ("290억원(국비 100, 시비 190)" over
    "* 공용센터 건축비 93억은 전액 시비"): the cost's funding id and its whole's. Its one
    amount outside brackets is labelled by a use (…비, not a whole's: 사업비) and is less than
    the budget above."""
    outer = outside_brackets(item, parsed[item.item_id])
    if len(outer) != 1:
        return None
    part = parsed[item.item_id][outer[0]]
    words = part.prefix.split()
    label = unspaced(words[-1]) if words else ""
    amount = part.money.amount
    if part_kind(label, []) != "use" or label in WHOLE_COST_LABELS or amount is None:
        return None
    whole_key = money_above(item, context, parsed)
    wholes = parsed.get(whole_key or "") or []
    at = next(
        (
            n
            for n in range(len(wholes) - 1, -1, -1)
            if wholes[n].kind == "budget"
            and (whole := wholes[n].money.amount) is not None
            and whole > amount
        ),
        None,
    )
    if at is None:
        return None
    return f"{item.item_id}-f{outer[0] + 1}", f"{whole_key}-f{at + 1}"


def outside_brackets(item: model.Item, found: list[Funding]) -> list[int]:
    """The places among a line's amounts of those outside brackets (a part's own details in
    brackets aside: "80,000천원(40,000천원×2회)")."""
    text = prepare(item.text)
    return [n for n, f in enumerate(found) if not bracket_depth(text, f.start)]


def whole_key_of(item: model.Item, context: Context) -> str | None:
    """The line a line's amounts may break down: the item above it, or the heading it
    opens under."""
    if item.parent_item_id is not None:
        return item.parent_item_id
    return heading_of(item, context)


def heading_of(item: model.Item, context: Context) -> str | None:
    """The section an item opens under where that is a heading (□ …), else None."""
    section = context.sections.get(item.section_id or "")
    return item.section_id if section and section.kind == "heading" else None


def money_above(item: model.Item, context: Context, parsed: dict[str, list[Funding]]) -> str | None:
    """The nearest line above an item that holds money: its parent's, past lines that only
    label it ("○ 총사업비 : 1.8억원" over "- 신용·소득 … 데이터 구매" over "80,000천원(…)"),
    or the heading it opens under."""
    parent = context.items.get(item.parent_item_id or "")
    while parent is not None and parent.item_id not in parsed:
        parent = context.items.get(parent.parent_item_id or "")
    return parent.item_id if parent is not None else heading_of(item, context)


def whole_broken_down(wholes: list[Funding], parts: list[Funding]) -> int | None:
    """Which of a line's amounts (the later first; not a rate) the parts add up to."""
    return next(
        (
            k
            for k in reversed(range(len(wholes)))
            if wholes[k].kind not in RATE_KINDS and breaks_down(parts, wholes[k])
        ),
        None,
    )


def bracket_depth(text: str, at: int) -> int:
    """How many brackets are open at a place in a text."""
    depths = list(bracket_depths(text[:at]))
    return depths[-1] if depths else 0


PART_LEAD_RE = regex.compile(r"^[\s*※+]+")


def with_parts(whole: Funding, parts: list[Funding]) -> Funding:
    """A total whose parts a note gives: the parts as its sources or uses where it names
    none and they read as such (``footnote_shares``), else the total as it is."""
    shares = footnote_shares(parts, whole) if not whole.sources else None
    return replace(whole, sources=shares) if shares else whole


def footnote_shares(parts: list[Funding], target: Funding) -> list[SourceShare] | None:
    """A footnote's parts that add up to the amount above it as that amount's sources or
    uses, by the words before each ("소상공인 정책자금 1.0조원 + 신보 3조원"); None where one
    part has no words of its own or they add up to a share of it only."""
    if sum(f.money.amount or 0 for f in parts) != target.money.amount:
        return None
    # (a payer named before a part's figure, read as its source, is that part's label:
    # "+ 신보 3조원")
    own = [not f.sources or [s.amount for s in f.sources] == [f.money.amount] for f in parts]
    labels = [
        PART_LEAD_RE.sub("", f.prefix) or (f.sources[0].source_raw if f.sources else "")
        for f in parts
    ]
    if not all(labels) or not all(own):
        return None
    listed = ", ".join(f"{label} {f.money.raw}" for label, f in zip(labels, parts, strict=True))
    return read_parts(listed, target.money)


def breaks_down(parts: list[Funding], target: Funding) -> bool:
    """Whether a footnote's amounts (two or more) add up exactly to the amount above it or
    to one of its shares: they are its parts, not amounts of their own."""
    amounts = [f.money.amount for f in parts]
    if len(amounts) < 2 or any(a is None for a in amounts):
        return False
    total = sum(a for a in amounts if a is not None)
    wholes = [target.money.amount, *(s.amount for s in target.sources)]
    return any(whole is not None and total == whole for whole in wholes)


def line_issue(doc_id: str, line: MoneyLine, code: str, message: str, raw: str) -> model.Issue:
    """An issue about a line, placed on its page, item and section."""
    return model.Issue.of(
        doc_id,
        code,
        message,
        page=line.page,
        item_id=line.item_id,
        section_id=line.section_id,
        raw=raw,
    )


def add_funding(
    result: FundingResult,
    doc_id: str,
    line: MoneyLine,
    ordinal: int,
    funding: Funding,
    project: str | None,
    project_source: str | None = None,
) -> None:
    """Append one expression's funding row, its shares and, if they do not add up, an issue."""
    funding_id = f"{line.key}-f{ordinal}"
    row = funding_row(doc_id, funding_id, ordinal, funding, line, project)
    row.project_source = project_source if row.project else None
    result.fundings.append(row)
    for share in funding.sources:
        result.sources.append(
            model.FundingSource(
                doc_id=doc_id,
                funding_id=funding_id,
                ordinal=share.ordinal,
                source_raw=share.source_raw,
                source=share.source,
                kind=share.kind,
                raw=share.raw,
                amount_krw=whole_won(share.amount) if funding.money.currency == "KRW" else None,
            )
        )
    if funding.sum_check == "mismatch":
        message = (
            f"the shares add up to {funding.sources_total} {funding.money.currency}, "
            f"the total says {funding.money.amount}: kept as written"
        )
        result.issues.append(line_issue(doc_id, line, "funding_sum_mismatch", message, funding.raw))


def funding_row(
    doc_id: str,
    funding_id: str,
    ordinal: int,
    funding: Funding,
    line: MoneyLine,
    project: str | None,
) -> model.Funding:
    """Given a parsed expression and its line, return the fundings row."""
    period, money = funding.period, funding.money
    year_share = funding.year_share
    krw = money.currency == "KRW"
    return model.Funding(
        doc_id=doc_id,
        funding_id=funding_id,
        item_id=line.item_id,
        section_id=line.section_id,
        table_id=line.table_id,
        page=line.page,
        printed_page=line.printed_page,
        ordinal=ordinal,
        project=project or None,
        kind=funding.kind,
        raw=funding.raw,
        period_raw=period.raw if period else None,
        period_source=funding.period_source if period else None,
        start_year=period.start_year if period else None,
        start_month=period.start_month if period else None,
        end_year=period.end_year if period else None,
        end_month=period.end_month if period else None,
        ongoing=period.ongoing if period else False,
        amount_raw=money.raw,
        amount_figure=str(money.value),
        amount_unit=money.unit,
        currency=money.currency,
        amount_krw=whole_won(money.amount) if krw else None,
        amount_usd=None if krw else whole_won(money.amount),
        amount_low=whole_won(money.low),
        amount_high=whole_won(money.high),
        per_year=money.per_year,
        year_amount_year=year_share[0].start_year if year_share else None,
        year_amount_krw=whole_won(year_share[1].amount) if year_share else None,
        sources_total_krw=whole_won(funding.sources_total) if krw else None,
        sum_check=funding.sum_check,
        superseded=funding.superseded,
        scope=funding.scope,
        scope_year=funding.scope_year,
    )
