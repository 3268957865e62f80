"""Record-level evaluation of funding records against a hand-labelled gold file.

A gold file (``tests/data/gold/<plan>.jsonl``) lists every money expression of
one plan, written by hand from the PDF: its first line names the PDF
(``{"source": …, "sha256": …}``), each other line is one expression (page,
amount or range, period, sources with kinds, year share, kind). Gold and
parsed records are paired on the same page by amount; precision, recall and F1
are then counted at three levels:

- ``amount``: the amount (or a range's ends) and currency are right;
- ``amount+period``: and the period (years, months, ongoing);
- ``all fields``: and the sources with their kinds and amounts, the year's share
  and ``per_year``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pandas as pd
import regex

from planparse.notation.money import KRW_UNITS

LEVELS = ("amount", "amount+period", "all fields")


@dataclass
class Record:
    """One money expression, from the gold file or from a dataset, in comparable form."""

    page: int
    currency: str
    amount: Decimal | int | None
    low: Decimal | int | None
    high: Decimal | int | None
    period: tuple[Any, ...]
    sources: tuple[tuple[str, int | None], ...]  # (kind, amount), sorted
    year_share: tuple[int | None, int | None]
    per_year: bool
    kind: str
    period_source: str | None
    superseded: bool
    raw: str
    in_table: bool = False
    # what the number is for (issue 26); None in gold files labelled before these fields
    project: str | None = None
    scope: str | None = None
    scope_year: int | None = None
    source_types: tuple[str, ...] | None = None  # the types of its source shares, sorted

    def value_key(self) -> tuple[Any, ...]:
        return (self.currency, self.amount, self.low, self.high)


@dataclass
class Scores:
    """Counts and measures at each level, and the records that differ, for reading."""

    gold: int
    parsed: int
    matched: dict[str, int]
    misses: list[Record] = field(default_factory=list)  # gold records not found by amount
    extras: list[Record] = field(default_factory=list)  # parsed records not in the gold
    wrong: list[tuple[str, Record, Record]] = field(default_factory=list)  # (level, gold, parsed)
    kind_right: int = 0
    period_source_right: int = 0
    superseded_right: int = 0
    # of the paired records whose gold has the field: (right, labelled)
    fields: dict[str, list[int]] = field(default_factory=dict)
    field_misses: list[tuple[str, Record, Record]] = field(default_factory=list)

    def count(self, name: str, right: bool, gold: Record, parsed: Record) -> None:
        counts = self.fields.setdefault(name, [0, 0])
        counts[0] += right
        counts[1] += 1
        if not right:
            self.field_misses.append((name, gold, parsed))

    def share(self, name: str) -> float:
        right, labelled = self.fields.get(name, [0, 0])
        return right / labelled if labelled else 1.0

    def precision(self, level: str) -> float:
        return self.matched[level] / self.parsed if self.parsed else 1.0

    def recall(self, level: str) -> float:
        return self.matched[level] / self.gold if self.gold else 1.0

    def f1(self, level: str) -> float:
        p, r = self.precision(level), self.recall(level)
        return 2 * p * r / (p + r) if p + r else 0.0

    def report(self, name: str = "") -> str:
        pairs = self.matched["amount"]
        lines = [f"{name}: {self.gold} gold records, {self.parsed} parsed, {pairs} paired"]
        for level in LEVELS:
            lines.append(
                f"  {level:<14} precision {self.precision(level):6.1%}  "
                f"recall {self.recall(level):6.1%}  F1 {self.f1(level):6.1%}"
            )
        if pairs:
            lines.append(
                f"  of the paired: kind {self.kind_right / pairs:.1%}, "
                f"period_source {self.period_source_right / pairs:.1%}, "
                f"superseded {self.superseded_right / pairs:.1%}"
            )
        for name, (right, labelled) in self.fields.items():
            lines.append(f"  {name:<14} {right}/{labelled} right ({right / labelled:.1%})")
        return "\n".join(lines)


def share_key(share: tuple[str, Any]) -> tuple[str, bool, Any]:
    """Order a (kind, amount) share by kind, then amount, those with none last."""
    kind, amount = share
    return kind, amount is None, amount if amount is not None else 0


def read_gold(path: Path) -> tuple[dict[str, Any], list[Record]]:
    """Return the gold file's header and its records."""
    lines = [
        json.loads(x, parse_float=Decimal)
        for x in path.read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    header, rows = lines[0], lines[1:]
    records = [
        Record(
            page=r["page"],
            currency=r["currency"],
            amount=r["amount"],
            low=r["low"],
            high=r["high"],
            period=(r["start_year"], r["start_month"], r["end_year"], r["end_month"], r["ongoing"]),
            sources=tuple(sorted(((s["kind"], s["amount"]) for s in r["sources"]), key=share_key)),
            year_share=(r["year_amount_year"], r["year_amount"]),
            per_year=r["per_year"],
            kind=r["kind"],
            period_source=r["period_source"],
            superseded=r["superseded"],
            raw=r["raw"],
            in_table=r["in_table"],
            project=r.get("project"),
            scope=r.get("scope"),
            scope_year=r.get("scope_year"),
            source_types=(
                tuple(sorted(str(x.get("type")) for x in r["sources"] if x["kind"] == "source"))
                if "scope" in r
                else None
            ),
        )
        for r in rows
        if "done" not in r
    ]
    return header, records


def none_if_na(value: Any) -> Any:
    return None if value is None or pd.isna(value) else value


def dataset_records(fundings: pd.DataFrame, sources: pd.DataFrame) -> list[Record]:
    """The funding records of one document's rows, in comparable form."""
    shares: dict[str, list[tuple[str, int | None]]] = {}
    types: dict[str, list[str]] = {}
    for s in sources.itertuples():
        shares.setdefault(str(s.funding_id), []).append((str(s.kind), none_if_na(s.amount_krw)))
        if s.kind == "source":
            types.setdefault(str(s.funding_id), []).append(SOURCE_TYPES.get(s.source, s.source))
    out = []
    for f in fundings.itertuples():
        usd = f.currency == "USD"
        amount = none_if_na(f.amount_usd if usd else f.amount_krw)
        if amount is None and none_if_na(f.amount_low) is None and not usd:
            amount = exact_amount(str(f.amount_figure), str(f.amount_unit))  # 1,040.7원
        out.append(
            Record(
                page=int(f.page),
                currency=str(f.currency),
                amount=amount,
                low=none_if_na(f.amount_low),
                high=none_if_na(f.amount_high),
                period=(
                    none_if_na(f.start_year),
                    none_if_na(f.start_month),
                    none_if_na(f.end_year),
                    none_if_na(f.end_month),
                    bool(f.ongoing),
                ),
                sources=(
                    tuple(sorted(shares.get(str(f.funding_id), []), key=share_key))
                    if not usd
                    else ()
                ),
                year_share=(none_if_na(f.year_amount_year), none_if_na(f.year_amount_krw)),
                per_year=bool(f.per_year),
                kind=str(f.kind),
                period_source=none_if_na(f.period_source),
                superseded=bool(f.superseded),
                raw=str(f.raw),
                project=none_if_na(getattr(f, "project", None)),
                scope=none_if_na(getattr(f, "scope", None)),
                scope_year=none_if_na(getattr(f, "scope_year", None)),
                source_types=tuple(sorted(types.get(str(f.funding_id), []))),
            )
        )
    return out


# funding_sources.source, in the gold's coarser types (README "funding_sources")
SOURCE_TYPES = {
    "county": "district",
    "district_county": "district",
    "city_county": "local",
    "host": "other",
}
NOT_WORD_RE = regex.compile(r"[^\p{L}\p{N}]")
PROJECT_ALIKE = 0.8  # two names this alike, letter for letter, name one project
PROJECT_HELD_LETTERS = 4  # a name held whole in the other, this long at least, is the same


def same_project(gold: str | None, parsed: str | None) -> bool:
    """Whether a parsed project names what the gold's does: the same letters, one holding
    the other (a name with or without its qualifier), or nearly the same."""
    if gold is None or parsed is None:
        return gold is None and parsed is None
    a, b = NOT_WORD_RE.sub("", gold), NOT_WORD_RE.sub("", parsed)
    if not a or not b:
        return a == b
    short, long = sorted((a, b), key=len)
    if short in long and len(short) >= PROJECT_HELD_LETTERS:
        return True  # with or without its qualifier: 배수지 확충 / 간접급수체계 구축을 위한 배수지 확충
    return SequenceMatcher(None, a, b).ratio() >= PROJECT_ALIKE


def exact_amount(figure: str, unit: str) -> Decimal | None:
    """A won amount that is not whole (1,040.7원 a ton), from its figure and unit."""
    multiplier = KRW_UNITS.get(unit)
    return None if multiplier is None else Decimal(figure) * multiplier


def same_at(level: str, gold: Record, parsed: Record) -> bool:
    if level == "amount":
        return True
    if gold.period != parsed.period:
        return False
    if level == "amount+period":
        return True
    gold_sources = gold.sources if gold.currency == "KRW" else ()
    return (gold_sources, gold.year_share, gold.per_year) == (
        parsed.sources,
        parsed.year_share,
        parsed.per_year,
    )


def similarity(a: str, b: str) -> int:
    """How many characters two raws share, for choosing between equal amounts on a page."""
    squash = lambda s: regex.sub(r"[\s'’‘`~∼～]", "", s)  # noqa: E731
    return len(set(squash(a)) & set(squash(b)))


def on_labelled_pages(header: dict[str, Any], parsed: list[Record]) -> list[Record]:
    """The parsed records on the pages the gold file labelled (its header's ``pages``, a
    list of first and last pages; every page where it has none)."""
    spans = header.get("pages")
    if not spans:
        return parsed
    return [r for r in parsed if any(first <= r.page <= last for first, last in spans)]


def evaluate(gold: Iterable[Record], parsed: Iterable[Record]) -> Scores:
    """Pair gold and parsed records by page and amount, and count each level."""
    gold, parsed = list(gold), list(parsed)
    scores = Scores(len(gold), len(parsed), dict.fromkeys(LEVELS, 0))
    free = list(parsed)
    for g in gold:
        candidates = [p for p in free if p.page == g.page and p.value_key() == g.value_key()]
        if not candidates:
            scores.misses.append(g)
            continue
        best = max(
            candidates,
            key=lambda p: (
                same_at("all fields", g, p),
                same_at("amount+period", g, p),
                similarity(g.raw, p.raw),
            ),
        )
        free.remove(best)
        for level in LEVELS:
            if same_at(level, g, best):
                scores.matched[level] += 1
            elif level != "amount" and not any(w[1] is g for w in scores.wrong):
                scores.wrong.append((level, g, best))
        scores.kind_right += g.kind == best.kind
        scores.period_source_right += g.period_source == best.period_source
        scores.superseded_right += g.superseded == best.superseded
        if g.scope is not None:  # labelled with issue 26's fields
            scores.count("kind", g.kind == best.kind, g, best)
            scores.count("scope", (g.scope, g.scope_year) == (best.scope, best.scope_year), g, best)
            scores.count("project", same_project(g.project, best.project), g, best)
            if g.source_types:
                scores.count("source types", g.source_types == best.source_types, g, best)
    scores.extras = free
    return scores


def read_table(dataset: Path, name: str) -> pd.DataFrame:
    """A table of a dataset: one Parquet file (name.parquet) or a folder of them (name/)."""
    for path in (dataset / f"{name}.parquet", dataset / name):
        if path.exists():
            return pd.read_parquet(path)
    raise FileNotFoundError(f"{dataset}: no {name} table")


def evaluate_dataset(gold_path: Path, dataset: Path) -> Scores:
    """Evaluate the gold file's document in a dataset written by ``planparse extract``."""
    header, gold = read_gold(gold_path)
    fundings = read_table(dataset, "fundings")
    sources = read_table(dataset, "funding_sources")
    fundings = fundings[fundings["doc_id"] == header["sha256"]]
    sources = sources[sources["doc_id"] == header["sha256"]]
    if fundings.empty and header.get("money") is not False:  # none is right where none is
        raise ValueError(f"{dataset} has no funding of {header['source']} ({header['sha256']})")
    return evaluate(gold, on_labelled_pages(header, dataset_records(fundings, sources)))
