"""Fundings stage: items -> funding and funding-source rows, with issues for what fails.

Every item that mentions money (a figure with a money unit, or a money unit on
its own) yields at least one funding row, or an ``issues`` row saying why not.
A breakdown that does not add up is kept as written and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import regex

from planparse import model
from planparse.grammar import Funding, find_fundings

# A money unit, with or without a figure, makes a line a "money line" (not 1억 명: a count).
MONEY_HINT_RE = regex.compile(
    r"(?:억|천만|백만|만|천)\s?원|억\s?불|만\s?불|달러|조\s?원"
    r"|\d\s?억(?!\s*(?:명|개|건|톤|세대|가구|회|장|대))"
)
# "(단위 : 백만원)": a table's unit caption names a unit, not an amount.
UNIT_CAPTION_RE = regex.compile(
    r"^[(\[<][^()]{0,30}단\s*위\s*[:：][^()]{0,20}[)\]>]$|^단\s*위\s*[:：]"
)
# Words that name a kind of cost, not a project: the project is then the item or section.
GENERIC_PREFIXES = frozenset(
    {"총사업비", "사업비", "총", "예산", "소요예산", "총예산", "사업예산", "국비", "시비"}
)


@dataclass
class FundingResult:
    """Rows of the fundings stage and its counts."""

    fundings: list[model.Funding] = field(default_factory=list)
    sources: list[model.FundingSource] = field(default_factory=list)
    issues: list[model.Issue] = field(default_factory=list)
    money_lines: int = 0
    parsed_lines: int = 0

    @property
    def unparsed_lines(self) -> int:
        return self.money_lines - self.parsed_lines


def to_won(amount: Decimal | None) -> int | None:
    """Whole won, or None when absent or not whole."""
    if amount is None or amount != amount.to_integral_value():
        return None
    return int(amount)


def project_name(
    funding: Funding,
    item: model.Item,
    items: dict[str, model.Item],
    sections: dict[str, model.Section],
) -> str | None:
    """What the money is for: the text before it, else the parent item, else the 현안 block or
    task it sits in, else its section."""
    prefix = funding.prefix
    if prefix and prefix not in GENERIC_PREFIXES:
        return prefix
    parent = items.get(item.parent_item_id or "")
    if parent is not None:
        head = regex.split(r"\s*[▷(]", parent.text)[0].strip()
        if head:
            return head
    # A 현안 block or task names its project; its □ headings (사업개요, 추진상황) do not.
    section = sections.get(item.section_id or "")
    ancestor = section
    while ancestor is not None:
        if ancestor.kind in ("issue", "task"):
            return ancestor.title
        ancestor = sections.get(ancestor.parent_id or "")
    return section.title if section is not None else None


def items_to_fundings(
    doc_id: str, items: list[model.Item], sections: list[model.Section]
) -> FundingResult:
    """Given the items of a document, return its fundings, source shares and issues."""
    result = FundingResult()
    by_item = {i.item_id: i for i in items}
    by_section = {s.section_id: s for s in sections}
    for item in items:
        if not MONEY_HINT_RE.search(item.text) or UNIT_CAPTION_RE.search(item.text):
            continue
        result.money_lines += 1
        found = find_fundings(item.text)
        if not found:
            result.issues.append(
                model.Issue.of(
                    doc_id,
                    "money_not_parsed",
                    "the line names money but no amount could be read (a unit without a figure?)",
                    page=item.page,
                    item_id=item.item_id,
                    section_id=item.section_id,
                    raw=item.text,
                )
            )
            continue
        result.parsed_lines += 1
        for ordinal, funding in enumerate(found, 1):
            funding_id = f"{item.item_id}-f{ordinal}"
            result.fundings.append(
                funding_row(
                    doc_id,
                    funding_id,
                    ordinal,
                    funding,
                    item,
                    project_name(funding, item, by_item, by_section),
                )
            )
            for share in funding.sources:
                result.sources.append(
                    model.FundingSource(
                        doc_id,
                        funding_id,
                        share.ordinal,
                        share.source_raw,
                        share.source,
                        share.raw,
                        to_won(share.amount) if funding.money.currency == "KRW" else None,
                    )
                )
            if funding.sum_check == "mismatch":
                result.issues.append(
                    model.Issue.of(
                        doc_id,
                        "funding_sum_mismatch",
                        f"the shares add up to {funding.sources_total} {funding.money.currency}, "
                        f"the total says {funding.money.amount}: kept as written",
                        page=item.page,
                        item_id=item.item_id,
                        section_id=item.section_id,
                        raw=funding.raw,
                    )
                )
    return result


def funding_row(
    doc_id: str,
    funding_id: str,
    ordinal: int,
    funding: Funding,
    item: model.Item,
    project: str | None,
) -> model.Funding:
    """Given a parsed expression and its item, return the fundings row."""
    period, money = funding.period, funding.money
    year_share = funding.year_share
    krw = money.currency == "KRW"
    return model.Funding(
        doc_id=doc_id,
        funding_id=funding_id,
        item_id=item.item_id,
        section_id=item.section_id,
        page=item.page,
        printed_page=item.printed_page,
        ordinal=ordinal,
        project=project or None,
        raw=funding.raw,
        period_raw=period.raw if period else None,
        start_year=period.start_year if period else None,
        start_month=period.start_month if period else None,
        end_year=period.end_year if period else None,
        end_month=period.end_month if period else None,
        ongoing=period.ongoing if period else False,
        amount_raw=money.raw,
        amount_figure=str(money.value),
        amount_unit=money.unit,
        currency=money.currency,
        amount_krw=to_won(money.amount) if krw else None,
        amount_usd=None if krw else to_won(money.amount),
        per_year=money.per_year,
        year_amount_year=year_share[0].start_year if year_share else None,
        year_amount_krw=to_won(year_share[1].amount) if year_share else None,
        sources_total_krw=to_won(funding.sources_total) if krw else None,
        sum_check=funding.sum_check,
    )
