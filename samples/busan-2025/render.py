"""Render report.txt into sample.pdf: an A4 PDF laid out like an HWP export.

Cover, contents, chapter titles, strategy banners and divider pages, task
titles, hanging-indent bullets, ruled tables, photo captions, a running
header and "- N -" footers. Needs reportlab and a Korean TrueType font
(Debian: apt-get install fonts-nanum fonts-dejavu-core); run with `make sample`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).parent
FONT_DIRS = [Path("/usr/share/fonts/truetype/nanum"), Path("/usr/share/fonts/nanum")]
SYMBOL_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # has ▴, Nanum does not
WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 56.0, WIDTH - 56.0, 70.0, HEIGHT - 70.0
BODY = 14.0
INDENT = {
    "□": 0.0,
    "○": 7.0,
    "ㅇ": 7.0,
    "◇": 6.0,
    "-": 20.0,
    "·": 27.0,
    "▹": 20.0,
    "※": 20.0,
    "*": 22.0,
}
HEADER = "2025년 주요업무계획"


def register_fonts() -> None:
    for folder in FONT_DIRS:
        regular, bold = folder / "NanumGothic.ttf", folder / "NanumGothicBold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("Nanum", str(regular)))
            pdfmetrics.registerFont(TTFont("NanumBold", str(bold)))
            break
    else:
        sys.exit("render.py: NanumGothic.ttf not found (apt-get install fonts-nanum)")
    if not SYMBOL_FONT.exists():
        sys.exit(f"render.py: {SYMBOL_FONT} not found (apt-get install fonts-dejavu-core)")
    pdfmetrics.registerFont(TTFont("Symbols", str(SYMBOL_FONT)))


@dataclass
class Layout:
    canvas: Canvas
    y: float = TOP
    page: int = 0  # physical page
    numbered: bool = False
    first_numbered: int = 0

    def new_page(self, numbered: bool = True) -> None:
        if self.page:
            self.finish_page()
        self.page += 1
        self.numbered = numbered
        if numbered and not self.first_numbered:
            self.first_numbered = self.page
        self.y = TOP

    def finish_page(self) -> None:
        c = self.canvas
        if self.numbered:
            c.setFont("Nanum", 9)
            c.drawRightString(RIGHT, HEIGHT - 40, HEADER)  # running header
            c.setFont("Nanum", 10)
            c.drawCentredString(WIDTH / 2, 40, f"- {self.printed} -")
        c.showPage()

    @property
    def printed(self) -> int:
        return self.page - self.first_numbered + 1

    def need(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    def text(
        self, x: float, size: float, text: str, bold: bool = False, scale: float = 100
    ) -> None:
        """Draw one line with its top at the current y (PDF y runs upwards)."""
        c = self.canvas
        t = c.beginText()
        t.setFont("NanumBold" if bold else "Nanum", size)
        t.setHorizScale(scale)
        t.setTextOrigin(x, HEIGHT - self.y - size)
        t.textOut(text)
        c.drawText(t)


def wrap(text: str, width: float, size: float) -> list[tuple[str, float]]:
    """Split text into lines that fit; a line a little too long is condensed, as HWP does."""
    lines, current = [], ""
    for word in text.split(" "):
        trial = f"{current} {word}".strip()
        if pdfmetrics.stringWidth(trial, "Nanum", size) <= width * 1.12 or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    lines.append(current)
    out = []
    for line in lines:
        natural = pdfmetrics.stringWidth(line, "Nanum", size)
        out.append((line, min(100.0, 100.0 * width / natural) if natural else 100.0))
    return out


def draw_bullet(lay: Layout, line: str) -> None:
    depth = len(line) - len(line.lstrip(" "))
    text = line.strip()
    marker, rest = text[0], text[1:].strip()
    x = LEFT + INDENT.get(marker, 0.0) + 8.0 * depth
    size = 16.0 if marker == "□" else BODY
    hang = x + pdfmetrics.stringWidth(marker + " ", "Nanum", size)
    for n, (part, scale) in enumerate(wrap(rest, RIGHT - hang, size)):
        lay.need(size * 1.7)
        if n == 0:
            lay.text(x, size, f"{marker} {part}", bold=marker == "□", scale=scale)
        else:
            lay.text(hang, size, part, scale=scale)
        lay.y += size * 1.6
    if marker == "□":
        lay.y += 4


def draw_table(lay: Layout, rows: list[list[str]]) -> None:
    size, row_h = 11.0, 24.0
    lay.need(row_h * len(rows) + 10)
    c = lay.canvas
    col_w = (RIGHT - LEFT) / len(rows[0])
    top = lay.y
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            x = LEFT + k * col_w
            fitted = size
            while pdfmetrics.stringWidth(cell, "Nanum", fitted) > col_w - 6 and fitted > 6:
                fitted -= 0.5
            lay.y = top + r * row_h + (row_h - fitted) / 2
            lay.text(
                x + (col_w - pdfmetrics.stringWidth(cell, "Nanum", fitted)) / 2,
                fitted,
                cell,
                bold=r == 0,
            )
    c.setLineWidth(0.6)
    for r in range(len(rows) + 1):
        c.line(LEFT, HEIGHT - top - r * row_h, RIGHT, HEIGHT - top - r * row_h)
    for k in range(len(rows[0]) + 1):
        x = LEFT + k * col_w
        c.line(x, HEIGHT - top, x, HEIGHT - top - row_h * len(rows))
    lay.y = top + row_h * len(rows) + 14


def draw_caption(lay: Layout, text: str) -> None:
    lay.need(110)
    c = lay.canvas
    c.setFillGray(0.85)
    c.rect(LEFT + 120, HEIGHT - lay.y - 80, 200, 80, stroke=0, fill=1)
    c.setFillGray(0)
    lay.y += 86
    mark, rest = text[0], text[1:].strip()
    t = c.beginText()
    t.setTextOrigin(LEFT + 140, HEIGHT - lay.y - 10)
    t.setFont("Symbols", 10)
    t.textOut(mark + " ")
    t.setFont("Nanum", 10)
    t.textOut(rest)
    c.drawText(t)
    lay.y += 20


def draw_banner(lay: Layout, number: str, title: str) -> None:
    lay.need(50)
    c = lay.canvas
    c.setFillColorRGB(0.9, 0.93, 0.97)
    c.rect(LEFT, HEIGHT - lay.y - 30, RIGHT - LEFT, 30, stroke=0, fill=1)
    c.setFillGray(0)
    lay.y += 7
    lay.text(LEFT + 8, 17, f"{number} {title}", bold=True)
    lay.y += 38


def draw_divider(lay: Layout, number: str, title: str) -> None:
    lay.new_page()
    c = lay.canvas
    c.setFillColorRGB(0.6, 0.5, 0.2)
    c.rect(LEFT, HEIGHT - 160, RIGHT - LEFT, 6, stroke=0, fill=1)
    c.setFillGray(0)
    lay.y = 180
    lay.text(LEFT + 10, 60, number, bold=True)
    lay.y = 190
    lay.text(LEFT + 70, 25, title, bold=True)
    lay.y = 320


def render(source: Path, target: Path, toc: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Render once; return the contents entries (title, printed page) it produced."""
    entries: list[tuple[str, int]] = []
    canvas = Canvas(str(target), pagesize=A4, invariant=1)  # no timestamps: the same PDF every time
    canvas.setTitle("2025년 주요업무계획")
    lay = Layout(canvas)
    table: list[list[str]] = []
    lines = [ln.rstrip("\n") for ln in source.read_text(encoding="utf-8").splitlines()]
    for line in [*lines, ""]:
        if table and not line.startswith("|"):
            draw_table(lay, table)
            table = []
        if not line.strip() or line.startswith("%"):
            continue
        if line.startswith("@cover"):
            title, org, date = (p.strip() for p in line[len("@cover") :].split("|"))
            lay.new_page(numbered=False)
            lay.y = 200
            lay.text(150, 16, date)
            lay.y = 300
            lay.text(120, 40, title, bold=True)
            lay.y = 600
            lay.text(220, 26, org, bold=True)
        elif line.startswith("@toc"):
            lay.new_page(numbered=False)
            lay.y = 100
            lay.text(LEFT + 10, 30, "보 고 순 서", bold=True)
            lay.y = 180
            for title, page in toc:
                indent = 40 if title[0].isdigit() else 0
                lay.text(LEFT + 10 + indent, 16, title)
                lay.text(RIGHT - 30, 16, str(page))
                lay.y += 34
        elif line.startswith("# "):
            lay.new_page()
            lay.text(160, 28, line[2:], bold=True)
            lay.y += 70
            entries.append((line[2:], lay.printed))
        elif line.startswith("## "):
            number, title = line[3:].split(" ", 1)
            draw_banner(lay, number, title)
        elif line.startswith("!! "):
            number, title = line[3:].split(" ", 1)
            draw_divider(lay, number, title)
            entries.append((f"{number}. {title}", lay.printed))
        elif line.startswith("### "):
            lay.new_page()
            lay.text(LEFT + 10, 20, line[4:], bold=True)
            lay.y += 48
        elif line.startswith("@appendix"):
            number, title = line[len("@appendix ") :].split(" ", 1)
            lay.new_page()
            lay.text(200, 18, title, bold=True)
            lay.y += 50
            entries.append((f"【부록 {number}】 {title}", lay.printed))
        elif line.startswith("@caption"):
            draw_caption(lay, line[len("@caption ") :])
        elif line.startswith("@page"):
            lay.new_page()
        elif line.startswith("|"):
            table.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif line.startswith("현안"):
            lay.need(60)
            lay.text(LEFT, 17, line, bold=True)
            lay.y += 44
        elif line.strip()[0] in INDENT:
            draw_bullet(lay, line)
        else:
            lay.need(30)
            lay.text(LEFT + 10, 18, line.strip(), bold=True)
            lay.y += 34
    lay.finish_page()
    canvas.save()
    return entries


def main() -> None:
    register_fonts()
    source, target = HERE / "report.txt", HERE / "sample.pdf"
    toc = render(source, target, [])
    # Second pass: the contents page now lists the pages the first pass found.
    render(source, target, toc)
    print(f"wrote {target} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
