"""Whose plan it is: the government that issued it, so that its own money is typed at its
level (``funding_sources.source``): "부산 177" in a Busan plan is city money, 정부 money in
a ministry's plan is national, 교육청 money in an office of education's is education.

The government is the one the run was told (``--organisation`` or the folder's
``planparse.json``), else the region the plan names far more than any other, else a
ministry or an office of education named on its cover.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from planparse.layout.lines import PageLines
from planparse.notation.money import (
    EDUCATION_BRANDS,
    EDUCATION_OFFICE_MIN_MENTIONS,
    EDUCATION_ORGANISATION_WORDS,
    EDUCATION_WORDS,
    NATIONAL_ORGANISATION_RE,
    NATIONAL_OWN_NAMES,
    OWN_ACCOUNT_WORDS,
    OWN_GOVERNMENT_SUFFIXES,
    OWN_GOVERNMENT_WORDS,
    REGION_DOMINANCE,
    REGION_MIN_MENTIONS,
    REGIONS,
)
from planparse.output import model
from planparse.text import unspaced

REGION_RE = regex.compile("|".join(REGIONS))
OWN_ACCOUNTS = frozenset(OWN_ACCOUNT_WORDS)
NATIONAL_RE = regex.compile(NATIONAL_ORGANISATION_RE)
EDUCATION_ORGANISATION_RE = regex.compile("|".join(EDUCATION_ORGANISATION_WORDS))
EDUCATION_COVER_RE = regex.compile(
    rf"(?:^|\s)(?:{'|'.join(REGIONS)})(?:{'|'.join(s for s in OWN_GOVERNMENT_SUFFIXES if s)})?"
    rf"(?:{'|'.join(EDUCATION_BRANDS)})$"
)


# An office of education by its full name ("부산광역시교육청"): a region, a suffix, 교육청.
EDUCATION_OFFICE_RE = regex.compile(
    rf"(?:{'|'.join(REGIONS)})(?:{'|'.join(s for s in OWN_GOVERNMENT_SUFFIXES if s)})"
    rf"(?:{'|'.join(EDUCATION_ORGANISATION_WORDS)})"
)


@dataclass(frozen=True)
class Government:
    """The issuing government: its level and the labels that name its own money."""

    level: str  # city, province, national, education
    names: frozenset[str]


def region_government(region: str) -> Government:
    names = {region + suffix for suffix in OWN_GOVERNMENT_SUFFIXES} | set(OWN_GOVERNMENT_WORDS)
    return Government(REGIONS[region], frozenset(names))


def is_education_branded(pages: list[PageLines]) -> bool:
    """Whether the cover ends a line with a region's name for its schooling ("앞서가는
    부산교육"): an office of education's plan."""
    cover = next((p for p in pages if p.lines), None)
    return cover is not None and any(EDUCATION_COVER_RE.search(ln.text) for ln in cover.lines)


def education_office_named(pages: list[PageLines]) -> str | None:
    """The office of education whose plan an education-branded cover opens, by the full name
    its text gives itself most ("부산광역시교육청 학생의회 운영"), at least
    ``EDUCATION_OFFICE_MIN_MENTIONS`` times; None for any other plan. Such a booklet prints
    its name nowhere else (the cover and its back are images)."""
    if not is_education_branded(pages):
        return None
    counts = Counter(
        m.group(0)
        for p in pages
        for ln in p.lines
        for m in EDUCATION_OFFICE_RE.finditer(unspaced(ln.text))
    )
    named = counts.most_common(1)
    return named[0][0] if named and named[0][1] >= EDUCATION_OFFICE_MIN_MENTIONS else None


def issuing_government(
    pages: list[PageLines], organisation: str | None, title: str | None
) -> Government | None:
    """The government that issued a plan, read from its text (see the module's doc)."""
    named = " ".join(filter(None, (organisation, title)))
    ministry = NATIONAL_RE.search(named)
    branded = is_education_branded(pages)  # "앞서가는 부산교육"
    if ministry is None and (branded or EDUCATION_ORGANISATION_RE.search(named)):
        return Government("education", frozenset(EDUCATION_WORDS))
    if ministry is not None:
        return Government("national", frozenset(NATIONAL_OWN_NAMES))
    for region in REGIONS:
        if named.startswith(region):
            return region_government(region)
    counts = Counter(
        m.group(0) for p in pages for ln in p.lines for m in REGION_RE.finditer(ln.text)
    )
    ranked = counts.most_common(2)
    if ranked:
        region, mentions = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if mentions >= REGION_MIN_MENTIONS and mentions >= REGION_DOMINANCE * runner_up:
            return region_government(region)
    return None


def type_own_sources(sources: list[model.FundingSource], government: Government | None) -> None:
    """Type the shares paid by the plan's own government, however the plan labels them:
    its names, and its budget's accounts (일반회계, 본예산, 추경)."""
    if government is None:
        return
    for share in sources:
        label = unspaced(share.source_raw)
        if share.kind == "source" and (label in government.names or label in OWN_ACCOUNTS):
            share.source = government.level
