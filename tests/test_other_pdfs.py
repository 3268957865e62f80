"""Every other real PDF: extraction finishes, plans show their chapters and printed pages.

Chapter counts and first titles are read from each plan's own contents page.
"""

from __future__ import annotations

import pytest

from planparse.text import without_title_fillers as squash
from tests.conftest import extracted, real_pdf

PLANS = {  # file -> (chapters as numbered in the contents, first chapter title)
    "citizen-health-bureau.pdf": ([1, 2, 3, 4, 5], "기본현황"),
    "ocean-agriculture-fisheries-bureau.pdf": ([1, 2, 3, 4, 5, 6], "기본현황"),
    "planning-coordination-office.pdf": ([1, 2, 3, 4], "기본현황"),
    "social-welfare-bureau.pdf": ([1, 2, 3, 4, 5, 6, 7, 8, 9], "기본현황"),
    "transport-innovation-bureau.pdf": ([1, 2, 3, 4, 5, 6], "기본현황"),
}

OTHERS = [
    "busan-press-release-2025-07-01-investment.pdf",
    "busan-press-release-2025-07-02-casting-center.pdf",
    "klid-rfp-2023-onnara.pdf",
    "mohw-press-release-2025-12-31-kdri.pdf",
    "national-assembly-2024-review-report.pdf",
]


@pytest.mark.parametrize("name", sorted(PLANS))
def test_other_bureau_plans(name):
    result = extracted(real_pdf(f"busan-2025/{name}"))
    numbers, first_title = PLANS[name]
    chapters = [s for s in result.sections if s.kind == "chapter"]
    assert [c.number for c in chapters] == numbers
    assert squash(chapters[0].title) == first_title
    assert all(c.printed_page_start is not None for c in chapters)
    numbered = [p.number for p in result.pages if p.printed_page is not None]
    inside = [i for i in result.items if numbered[0] <= i.page <= numbered[-1]]
    assert len(inside) > 100
    assert all(i.printed_page is not None for i in inside)
    assert not [
        i for i in result.issues if i.code == "toc_entry_not_found" and "chapter" in i.message
    ]


@pytest.mark.parametrize("name", OTHERS)
def test_other_public_documents_extract_without_error(name):
    result = extracted(real_pdf(f"other/{name}"))
    assert result.document.page_count > 0
    assert result.items
