"""Recognisers: known kinds of table -> typed domain rows, with cross-checks to ``issues``.

Each recogniser looks at a table's header labels (letter-spacing already
removed) and returns its rows, or None when the table is not of its kind.
Amounts are exact won: the figure as a Decimal times the table's unit
(단위 : 백만원), △ or a leading minus as negative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import regex

from planparse.grammar.money import whole_won
from planparse.grammar.period import expand_year
from planparse.notation import tables as words
from planparse.notation.money import KRW_UNITS
from planparse.notation.tables import TOTAL_LABELS
from planparse.output import model
from planparse.tables.assemble import Table
from planparse.text import unspaced

YEAR_LABEL_RE = regex.compile(r"^(?P<before>~)?'?(?P<year>(?:20)?\d{2})(?:년)?(?P<after>~)?$")
FIGURE_RE = regex.compile(
    r"^(?P<sign>[△▲▽-])?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$"
)
COUNT_RE = regex.compile(r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)")
DATE_RANGE_RE = regex.compile(
    r"(?P<m1>\d{1,2})\s*\.\s*(?P<d1>\d{1,2})\s*\.?\s*(?:~\s*(?:(?P<m2>\d{1,2})\s*\.\s*)?(?P<d2>\d{1,2})\s*\.?)?"
)


@dataclass
class Recognised:
    """Domain rows and issues found in a document's tables."""

    rows: dict[str, list[Any]] = field(default_factory=dict)
    issues: list[model.Issue] = field(default_factory=list)


def figure(text: str) -> Decimal | None:
    """'44,911' -> 44911; '△1,234' -> -1234; '-' or text -> None."""
    m = FIGURE_RE.match(unspaced(text))
    if not m:
        return None
    try:
        value = Decimal(m["num"].replace(",", ""))
    except InvalidOperation:
        return None
    return -value if m["sign"] in ("△", "▽", "-") else value


def won(text: str, unit: str | None) -> int | None:
    """A cell's amount in won, exact, using the table's unit (default 원)."""
    value = figure(text)
    if value is None:
        return None
    multiplier = KRW_UNITS.get((unit or words.DEFAULT_MONEY_UNIT).replace(" ", ""), Decimal(1))
    return whole_won(value * multiplier)


NOT_MONEY_HEADER_RE = regex.compile(words.NOT_MONEY_HEADER_PATTERN)


HEADER_ROWS = 3  # rows at the top of a table that may head its columns


def measures_money(table: Table, row: int, col: int) -> bool:
    """Whether a cell's figure may be money: neither its row's label nor a header of its
    column alone (one above it in the first rows, not a heading spanning several columns:
    "당초예산 증감률" over two) names another measure (%, 비율, 증감률, 개수, 명 …)."""
    labels = [
        c.text
        for c in table.cells
        if (c.row == row and c.col == 0 < col)
        or (c.row < min(HEADER_ROWS, row) and c.col_span == 1 and c.col <= col < c.col + c.col_span)
    ]
    return not any(NOT_MONEY_HEADER_RE.search(label) for label in labels)


def cell_amount(
    text: str, unit: str | None, table: Table | None = None, row: int = 0, col: int = 0
) -> int | None:
    """A cell's figure in won where its table counts money ((단위: 백만원)) and its row and
    column measure money; else None."""
    if unit is None or unit.replace(" ", "") not in KRW_UNITS:
        return None
    if table is not None and not measures_money(table, row, col):
        return None
    return won(text, unit)


def count(text: str) -> int | None:
    """The first whole number in a cell: '3,400여명' -> 3400."""
    m = COUNT_RE.search(text)
    return int(m["num"].replace(",", "")) if m else None


def header_labels(table: Table, rows: int = 1) -> list[str]:
    """Column labels from the first header rows, spanned labels repeated, spaces removed."""
    grid = table.grid()
    labels = []
    for k in range(table.n_cols):
        parts: list[str] = []
        for r in range(min(rows, table.n_rows)):
            text = unspaced(grid[r][k])
            if text and text not in parts:
                parts.append(text)
        labels.append("/".join(parts))
    return labels


def header_rows(table: Table) -> int:
    """Rows above the first row with a figure: the header (one or two rows, spanned labels)."""
    grid = table.grid()
    for r, row in enumerate(grid):
        if any(figure(text) is not None for text in row[1:]):
            return max(r, 1)
    return 1


def find_label(grid: list[list[str]], label: str) -> tuple[int, int] | None:
    """Position of the first cell whose text (spaces removed) is exactly label."""
    for r, row in enumerate(grid):
        for k, text in enumerate(row):
            if unspaced(text) == label:
                return r, k
    return None


def issue(doc_id: str, code: str, table: Table, raw: str | None, message: str) -> model.Issue:
    return model.Issue.of(doc_id, code, message, page=table.page, raw=raw)


def check_total(
    doc_id: str, table: Table, what: str, values: list[tuple[str, int | None]]
) -> list[model.Issue]:
    """A total row equals the sum of its parts, else an issue."""
    totals = [v for label, v in values if unspaced(label) in TOTAL_LABELS and v is not None]
    parts = [v for label, v in values if unspaced(label) not in TOTAL_LABELS and v is not None]
    if not totals or not parts or totals[0] == sum(parts):
        return []
    return [
        issue(
            doc_id,
            "table_total_mismatch",
            table,
            what,
            f"{what}: the total says {totals[0]}, the parts add up to {sum(parts)}",
        )
    ]


# --- staffing: 정원 / 현원 by department or grade -------------------------------------------
def recognise_staffing(doc_id: str, table: Table) -> tuple[list[Any], list[model.Issue]] | None:
    grid = table.grid()
    quota, current = find_label(grid, words.QUOTA), find_label(grid, words.CURRENT)
    if quota is None or current is None:
        return recognise_staffing_by_grade(doc_id, table)
    rows, issues = [], []
    if quota[1] == current[1]:  # labels down a column: groups across the header row
        groups = [(k, grid[0][k]) for k in range(quota[1] + 1, table.n_cols)]
        values = [(g, count(grid[quota[0]][k]), count(grid[current[0]][k])) for k, g in groups]
    else:  # labels across a row: groups down the label columns before 정원 ("출연기관 / 부산TP")

        def group_name(r: int) -> str:
            names = [grid[r][k] for k in range(quota[1]) if grid[r][k]]
            return " / ".join(list(dict.fromkeys(names))[:2])  # category and name, not the rest

        groups = [(r, group_name(r)) for r in range(quota[0] + 1, table.n_rows)]
        values = [(g, count(grid[r][quota[1]]), count(grid[r][current[1]])) for r, g in groups]
    for group, q, c in values:
        if not group or (q is None and c is None):
            continue
        rows.append(
            model.Staffing(
                doc_id=doc_id,
                table_id=table.table_id,
                group=group,
                grade=None,
                is_total=unspaced(group) in TOTAL_LABELS,
                quota=q,
                current=c,
            )
        )
    issues += check_total(
        doc_id, table, f"staffing quota ({words.QUOTA})", [(r.group, r.quota) for r in rows]
    )
    issues += check_total(
        doc_id, table, f"staffing current ({words.CURRENT})", [(r.group, r.current) for r in rows]
    )
    return rows, issues


def recognise_staffing_by_grade(
    doc_id: str, table: Table
) -> tuple[list[Any], list[model.Issue]] | None:
    """Units down the side, grades across ("(현원, 명)": one count of staff in post each)."""
    caption = unspaced(table.caption or "")
    measure = "current" if words.CURRENT in caption else "quota" if words.QUOTA in caption else None
    grid = table.grid()
    grades = [
        k for k in range(1, table.n_cols) if unspaced(grid[0][k]).endswith(words.GRADE_ENDINGS)
    ]
    if measure is None or len(grades) < 2:
        return None
    rows = []
    for r in range(1, table.n_rows):
        unit = grid[r][0]
        for k in [*range(1, min(grades)), *grades]:
            value = count(grid[r][k]) if figure(grid[r][k]) is not None else None
            if value is None:
                continue
            grade = grid[0][k]
            total = unspaced(unit) in TOTAL_LABELS or unspaced(grade) in TOTAL_LABELS
            q, c = (None, value) if measure == "current" else (value, None)
            rows.append(
                model.Staffing(
                    doc_id=doc_id,
                    table_id=table.table_id,
                    group=unit,
                    grade=grade,
                    is_total=total,
                    quota=q,
                    current=c,
                )
            )
    issues = []
    for r in range(1, table.n_rows):  # each unit's 계 is the sum of its grades
        unit = grid[r][0]
        values = [
            (s.grade or "", s.current if measure == "current" else s.quota)
            for s in rows
            if s.group == unit
        ]
        issues += check_total(doc_id, table, f"staffing of {unit}", values)
    return (rows, issues) if rows else None


# --- budgets: 세입 / 세출 by department or account ------------------------------------------
ACCOUNT_RE = regex.compile(words.ACCOUNT_PATTERN)
BUDGET_YEAR_RE = regex.compile(words.BUDGET_YEAR_PATTERN)


def account_of(table: Table) -> str | None:
    """The account a budget table's caption names (일반회계), spaces removed."""
    m = ACCOUNT_RE.search(table.caption or "")
    return unspaced(m.group(1)) if m else None


def recognise_budget_by_year(
    doc_id: str, table: Table
) -> tuple[list[Any], list[model.Issue]] | None:
    """A 예산 table comparing years ('25년 당초예산, 2024년도): spending budgets by row."""
    if words.BUDGET not in unspaced(table.caption or "") or table.unit not in KRW_UNITS:
        return None
    grid = table.grid()
    body = next(
        (
            r
            for r in range(table.n_rows)
            if figure(grid[r][-1]) is not None or any(figure(x) is not None for x in grid[r][1:])
        ),
        None,
    )
    if body is None or body == 0:
        return None
    labels = header_labels(table, rows=body)
    year_cols = {}
    for k, label in enumerate(labels):
        if any(word in label for word in words.CHANGE_OR_RATE):
            continue  # a change or a rate, not an amount
        m = BUDGET_YEAR_RE.search(label)
        if m:
            y = int(m["year"])
            year_cols[k] = (expand_year(y), label)
    label_cols = [k for k in range(table.n_cols) if k < min(year_cols, default=0)]
    if not year_cols or not label_cols:
        return None
    if any(word in unspaced(label) for label in labels for word in words.YEAR_SPANS) or any(
        figure(grid[r][k]) is not None for r in range(body, table.n_rows) for k in label_cols
    ):
        return None  # spans of years ('23년 이전) or figures among the labels: not understood
    caption = unspaced(table.caption or "")
    revenue = words.REVENUE in caption and words.EXPENDITURE not in caption  # 세입예산: income
    rows, account = [], None
    for r in range(body, table.n_rows):
        names = [grid[r][k] for k in label_cols]
        if names[0]:
            account = names[0]
        department = names[-1] if len(names) > 1 and names[-1] != names[0] else None
        row_account = account if len(label_cols) > 1 else None
        if len(label_cols) == 1:
            department = names[0]
        name = department or row_account or ""
        for k, (year, label) in year_cols.items():
            amount = won(grid[r][k], table.unit)
            if amount is not None:
                rows.append(
                    model.Budget(
                        doc_id=doc_id,
                        table_id=table.table_id,
                        account=row_account,
                        department=department,
                        is_total=unspaced(name) in TOTAL_LABELS,
                        year=year,
                        column_label=label,
                        revenue_krw=amount if revenue else None,
                        expenditure_krw=None if revenue else amount,
                    )
                )
    issues = []
    if len(label_cols) == 1:  # one level of rows: the total is the sum of the rest
        for _year, label in year_cols.values():
            issues += check_total(
                doc_id,
                table,
                f"budget {label}",
                [
                    (r.department or "", r.revenue_krw if revenue else r.expenditure_krw)
                    for r in rows
                    if r.column_label == label
                ],
            )
    return (rows, issues) if rows else None


def recognise_budget(doc_id: str, table: Table) -> tuple[list[Any], list[model.Issue]] | None:
    grid = table.grid()
    revenue, spending = find_label(grid, words.REVENUE), find_label(grid, words.EXPENDITURE)
    if revenue is None or spending is None or table.unit not in KRW_UNITS:
        return recognise_budget_by_year(doc_id, table)
    account = account_of(table)
    rows = []
    if revenue[1] == spending[1]:  # 세입/세출 down a column: departments across
        for k in range(revenue[1] + 1, table.n_cols):
            dept = grid[0][k]
            rows.append(
                model.Budget(
                    doc_id=doc_id,
                    table_id=table.table_id,
                    account=account,
                    department=dept,
                    is_total=unspaced(dept) in TOTAL_LABELS,
                    year=None,
                    column_label=None,
                    revenue_krw=won(grid[revenue[0]][k], table.unit),
                    expenditure_krw=won(grid[spending[0]][k], table.unit),
                )
            )
    else:  # 세입/세출 across the header: accounts or departments down the first column
        for r in range(revenue[0] + 1, table.n_rows):
            label = grid[r][0]
            is_account = words.ACCOUNT in label
            rows.append(
                model.Budget(
                    doc_id=doc_id,
                    table_id=table.table_id,
                    account=label if is_account else account,
                    department=None if is_account else label,
                    is_total=unspaced(label) in TOTAL_LABELS,
                    year=None,
                    column_label=None,
                    revenue_krw=won(grid[r][revenue[1]], table.unit),
                    expenditure_krw=won(grid[r][spending[1]], table.unit),
                )
            )
    rows = [r for r in rows if r.revenue_krw is not None or r.expenditure_krw is not None]
    issues = check_total(
        doc_id,
        table,
        f"budget revenue ({words.REVENUE})",
        [(r.department or r.account or "", r.revenue_krw) for r in rows],
    )
    issues += check_total(
        doc_id,
        table,
        f"budget expenditure ({words.EXPENDITURE})",
        [(r.department or r.account or "", r.expenditure_krw) for r in rows],
    )
    return rows, issues


# --- funds (기금): balance, revenue, expenditure ------------------------------------------
def recognise_fund(doc_id: str, table: Table) -> tuple[list[Any], list[model.Issue]] | None:
    labels = header_labels(table, rows=header_rows(table))
    if not labels or words.FUND not in labels[0] + (table.caption or ""):
        return None

    def col(names: tuple[str, ...]) -> int | None:
        return next(
            (k for k, lab in enumerate(labels) if any(w in lab.split("/")[-1] for w in names)), None
        )

    cols = {
        "start": col(words.FUND_START),
        "rev": col(words.FUND_REVENUE),
        "exp": col(words.FUND_EXPENDITURE),
        "chg": col(words.FUND_CHANGE),
    }
    end = next(
        (k for k in range(len(labels) - 1, 0, -1) if any(w in labels[k] for w in words.FUND_END)),
        None,
    )
    if cols["rev"] is None or cols["exp"] is None:
        return None
    grid = table.grid()
    first_body = header_rows(table)
    rows, issues = [], []
    for r in range(first_body, table.n_rows):
        amounts = [
            won(grid[r][k], table.unit) if k is not None else None
            for k in (cols["start"], cols["rev"], cols["exp"], cols["chg"], end)
        ]
        name = grid[r][0] if unspaced(grid[r][0]) != unspaced(labels[0]) else labels[0]
        start, revenue, spent, change, closing = amounts
        row = model.FundRow(
            doc_id=doc_id,
            table_id=table.table_id,
            fund=name,
            balance_start_krw=start,
            revenue_krw=revenue,
            expenditure_krw=spent,
            change_krw=change,
            balance_end_krw=closing,
        )
        rows.append(row)
        if None not in (start, revenue, spent, closing) and start + revenue - spent != closing:  # type: ignore[operator]
            issues.append(
                issue(
                    doc_id,
                    "fund_balance_mismatch",
                    table,
                    name,
                    f"fund {name}: start + revenue - expenditure differs from the end balance",
                )
            )
    return rows, issues


# --- funded institutions (출연기관) ---------------------------------------------------------
def founded_date(text: str) -> str | None:
    m = regex.search(r"'?(?P<y>\d{2}|\d{4})\s*\.\s*(?P<m>\d{1,2})\s*\.\s*(?P<d>\d{1,2})", text)
    if not m:
        return None
    year = expand_year(m["y"])
    try:
        return dt.date(year, int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def recognise_institutions(doc_id: str, table: Table) -> tuple[list[Any], list[model.Issue]] | None:
    labels = header_labels(table)
    if (
        not labels
        or words.INSTITUTION not in labels[0]
        or not any(words.FOUNDED in lab for lab in labels)
    ):
        return None

    def col(word: str) -> int | None:
        return next((k for k, lab in enumerate(labels) if word in lab), None)

    grid = table.grid()
    named = {field: col(word) for field, word in words.INSTITUTION_COLUMNS.items()}
    budget_col = named["budget"]
    in_eok = budget_col is not None and words.EOK_WON in labels[budget_col]
    unit = words.EOK_WON if in_eok else table.unit
    rows = []
    for r in range(1, table.n_rows):
        g = grid[r]
        text = {field: g[k] if k is not None and g[k] else None for field, k in named.items()}
        rows.append(
            model.Institution(
                doc_id=doc_id,
                table_id=table.table_id,
                name=g[0],
                legal_basis=text["legal_basis"],
                founded=founded_date(text["founded"] or ""),
                founded_raw=text["founded"],
                head=text["head"],
                organisation=text["organisation"],
                budget_krw=won(g[budget_col], unit) if budget_col is not None else None,
                functions=text["functions"],
            )
        )
    return rows, []


# --- glossary (용어 해설) ---------------------------------------------------------------------
ALIAS_RE = regex.compile(r"^(?P<term>.+?)\s*\((?P<alias>[^()]*[A-Za-z][^()]*)\)$")


def recognise_glossary(doc_id: str, table: Table) -> tuple[list[Any], list[model.Issue]] | None:
    labels = header_labels(table)
    if table.n_cols != 2 or labels[0] != words.GLOSSARY_TERM:
        return None
    grid = table.grid()
    rows, issues, seen = [], [], set()
    for r in range(1, table.n_rows):
        term, definition = grid[r][0].strip(), grid[r][1].strip()
        if not term:
            continue
        m = ALIAS_RE.match(term)
        name, alias = (m["term"].strip(), m["alias"].strip()) if m else (term, None)
        if unspaced(name) in seen:
            issues.append(
                issue(
                    doc_id, "glossary_duplicate_term", table, term, f"glossary term {name!r} twice"
                )
            )
        seen.add(unspaced(name))
        rows.append(
            model.GlossaryEntry(
                doc_id=doc_id,
                table_id=table.table_id,
                term=name,
                alias=alias,
                definition=definition,
            )
        )
    return rows, issues


# --- events (행사일정) -------------------------------------------------------------------------
def split_stacked(lines: list[tuple[float, str]], anchors: list[float]) -> list[str]:
    """Give each line of a cell to the nearest anchor (events stacked in one month's row)."""
    out = ["" for _ in anchors]
    for top, text in lines:
        k = min(range(len(anchors)), key=lambda i: abs(anchors[i] - top))
        out[k] = f"{out[k]} {text}".strip()
    return out


def event_dates(text: str, month: int | None, year: int) -> tuple[str | None, str | None, bool]:
    """'1.17.~21.' -> (2025-01-17, 2025-01-21, valid)."""
    m = DATE_RANGE_RE.search(text)
    if not m:
        return None, None, True
    try:
        start = dt.date(year, int(m["m1"]), int(m["d1"]))
        end_month = int(m["m2"]) if m["m2"] else int(m["m1"])
        end = dt.date(year, end_month, int(m["d2"])) if m["d2"] else start
    except ValueError:
        return None, None, False
    return (
        start.isoformat(),
        end.isoformat(),
        start <= end and (month is None or start.month == month),
    )


def recognise_events(
    doc_id: str, table: Table, year: int | None
) -> tuple[list[Any], list[model.Issue]] | None:
    labels = header_labels(table)

    def col(names: tuple[str, ...]) -> int | None:
        return next((k for k, lab in enumerate(labels) if any(w in lab for w in names)), None)

    if col(words.EVENT) is None or col(words.EVENT_DATES) is None:
        return None
    c_month, c_name, c_date = col(words.EVENT_MONTH), col(words.EVENT), col(words.EVENT_DATES)
    c_place = col(words.EVENT_VENUE)
    c_people, c_desc = col(words.EVENT_ATTENDANCE), col(words.EVENT_DESCRIPTION)
    grid = table.grid()
    rows, issues = [], []
    for r in range(1, table.n_rows):
        date_cell = table.cell(r, c_date) if c_date is not None else None
        if date_cell is None or date_cell.row != r or not date_cell.lines:
            continue
        anchors = [top for top, _ in date_cell.lines]  # one date line per event
        columns = [
            stacked_parts(table, r, k, anchors) for k in (c_name, c_date, c_place, c_people, c_desc)
        ]
        month = count(grid[r][c_month]) if c_month is not None else None
        for name, dates, place, people, desc in zip(*columns, strict=True):
            start, end, valid = event_dates(dates, month, year or 2000)
            if not valid:
                issues.append(
                    issue(
                        doc_id,
                        "event_date_invalid",
                        table,
                        dates,
                        f"event {name!r}: dates {dates!r} are not a valid range in month {month}",
                    )
                )
            rows.append(
                model.Event(
                    doc_id=doc_id,
                    table_id=table.table_id,
                    month=month,
                    name=name,
                    dates_raw=dates,
                    start_date=start if year else None,
                    end_date=end if year else None,
                    venue=place or None,
                    attendance=count(people) if people else None,
                    attendance_raw=people or None,
                    description=desc or None,
                )
            )
    return rows, issues


def stacked_parts(table: Table, row: int, col: int | None, anchors: list[float]) -> list[str]:
    """A cell's text split between the events stacked in its row."""
    cell = table.cell(row, col) if col is not None else None
    return split_stacked(cell.lines, anchors) if cell else ["" for _ in anchors]


# --- investment plans (연도별 투자계획) ----------------------------------------------------
def year_of(label: str) -> int | None:
    m = YEAR_LABEL_RE.match(unspaced(label).split("/")[-1])
    if not m:
        return None
    return expand_year(m["year"])


def recognise_investment(
    doc_id: str, table: Table, context: str | None
) -> tuple[list[Any], list[model.Issue]] | None:
    if table.unit not in KRW_UNITS:
        return None
    for header_rows in (1, 2):  # years in the first row, or under a spanning "연도별 투자계획"
        labels = header_labels(table, rows=header_rows)
        years = {k: y for k, lab in enumerate(labels) if (y := year_of(lab)) is not None}
        if len(years) >= 2:
            break
    else:
        return None
    if len(set(years.values())) < len(years) or any(
        word in unspaced(label) for label in labels for word in words.NOT_INVESTMENT_HEADERS
    ):
        return None  # a budget compared across years (당초예산, 증감률), not a plan by year
    grid = table.grid()
    label_cols = [k for k in range(table.n_cols) if k not in years and figure(grid[-1][k]) is None]
    body_start = header_rows
    rows = []
    for r in range(body_start, table.n_rows):
        project = grid[r][label_cols[0]] if label_cols else (context or table.caption or "")
        category = grid[r][label_cols[1]] if len(label_cols) > 1 else None
        for k, y in years.items():
            amount = won(grid[r][k], table.unit) if measures_money(table, r, k) else None
            if amount is not None:
                rows.append(
                    model.InvestmentPlan(
                        doc_id=doc_id,
                        table_id=table.table_id,
                        project=project,
                        category=category,
                        year=y,
                        amount_krw=amount,
                    )
                )
    if not rows or all(not r.project for r in rows):
        return None  # no project named: a header this recogniser does not understand
    return rows, []


# --- roadmaps (산업육성 로드맵) ------------------------------------------------------------
PLANNED_RE = regex.compile(rf"^{regex.escape(words.PLANNED)}\s*")  # a project still planned


def recognise_roadmap(
    doc_id: str, table: Table, industry: str | None
) -> tuple[list[Any], list[model.Issue]] | None:
    labels = header_labels(table, rows=2)
    if not labels or words.ROADMAP_CATEGORY not in labels[0] or words.ROADMAP_GOAL not in labels[1]:
        return None
    year_cols: dict[int, tuple[int, bool, bool]] = {}
    for k, lab in enumerate(labels):
        m = YEAR_LABEL_RE.match(lab.split("/")[-1])
        if m:
            year_cols[k] = (expand_year(m["year"]), bool(m["before"]), bool(m["after"]))
    if len(year_cols) < 3:
        return None
    first_year_col = min(year_cols)
    grid = table.grid()
    rows = []
    for c in table.cells:
        if c.row < 2 or c.col < first_year_col or not c.text or c.text.startswith("▶"):
            continue
        covered = [year_cols[k] for k in range(c.col, c.col + c.col_span) if k in year_cols]
        if not covered:
            continue
        category = grid[c.row][0] or None
        goal = grid[c.row][1] or None
        planned = c.text.startswith(words.PLANNED)
        project = PLANNED_RE.sub("", c.text)
        rows.append(
            model.RoadmapProject(
                doc_id=doc_id,
                table_id=table.table_id,
                industry=industry,
                category=category,
                goal=goal,
                project=project,
                planned=planned,
                first_year=covered[0][0],
                last_year=covered[-1][0],
                starts_before=covered[0][1],
                runs_on=covered[-1][2],
            )
        )
    return (rows, []) if rows else None


def recognise_tables(
    doc_id: str,
    tables: list[Table],
    plan_year: int | None,
    industry_of: Callable[[Table], str | None],
    project_of: Callable[[Table], str | None],
) -> Recognised:
    """Run every recogniser over every table; the first that knows a table claims it."""
    out = Recognised()
    recognisers: list[tuple[str, Callable[[Table], Any]]] = [
        ("staffing", lambda t: recognise_staffing(doc_id, t)),
        ("budgets", lambda t: recognise_budget(doc_id, t)),
        ("funds", lambda t: recognise_fund(doc_id, t)),
        ("institutions", lambda t: recognise_institutions(doc_id, t)),
        ("glossary", lambda t: recognise_glossary(doc_id, t)),
        ("events", lambda t: recognise_events(doc_id, t, plan_year)),
        ("roadmaps", lambda t: recognise_roadmap(doc_id, t, industry_of(t))),
        ("investment_plans", lambda t: recognise_investment(doc_id, t, project_of(t))),
    ]
    for name, _ in recognisers:
        out.rows[name] = []
    for table in tables:
        for name, recognise in recognisers:
            found = recognise(table)
            if found is None:
                continue
            rows, issues = found
            out.rows[name] += rows
            out.issues += issues
            table.kind = name
            break
    return out
