"""Render report.txt into sample.pdf: an A4 PDF laid out like an HWP export.

Layout ``hwp`` (the default): cover, contents, chapter titles, strategy banners
and divider pages, task titles, hanging-indent bullets, ruled tables, photo
captions, a running header and "- N -" footers, in NanumGothic.

Layout ``plain``: the same markup set as a plain word processor would — another
font (NanumBarunGothic), no banners, no divider pages, no page break before a
chapter, every heading a line of bold text whose number is typed out in the
Korean outline (``Ⅰ.``, ``1.``, then ``가.`` or ``1-1.`` for tasks), and bare
page numbers. The tests render the reference text this way to check that the
section tree does not depend on HWP's drawing.

Needs reportlab and the Korean TrueType fonts (Debian: apt-get install
fonts-nanum fonts-dejavu-core); run with `make sample`, or
`python render.py --layout plain --tasks dashed SOURCE TARGET`.
"""

from __future__ import annotations

import argparse
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


def register_fonts(family: str = "NanumGothic") -> None:
    for folder in FONT_DIRS:
        regular, bold = folder / f"{family}.ttf", folder / f"{family}Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("Nanum", str(regular)))
            pdfmetrics.registerFont(TTFont("NanumBold", str(bold)))
            break
    else:
        sys.exit(f"render.py: {family}.ttf not found (apt-get install fonts-nanum)")
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
    plain: bool = False  # the plain layout (module docstring)
    body: float = BODY  # the size of body text
    tasks: str = "hangul"  # plain layout: task numbers as 가. (hangul) or 1-1. (dashed)
    strategy: str = ""  # plain layout: the number of the strategy being set

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
        if self.numbered and self.plain:
            c.setFont("Nanum", 10)
            c.drawCentredString(WIDTH / 2, 40, str(self.printed))  # a bare page number
        elif self.numbered:
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
    size = lay.body + 2 if marker == "□" else lay.body
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


HANGUL_NUMBERS = "가나다라마바사아자차카타파하"


def plain_heading(lay: Layout, size: float, text: str, space: float) -> None:
    """A heading of the plain layout: one line of bold text, no drawing."""
    lay.need(size * 4)
    lay.y += space
    lay.text(LEFT, size, text, bold=True)
    lay.y += size * 1.9


def plain_task_number(lay: Layout, number: str) -> str:
    if lay.tasks == "dashed":
        return f"{lay.strategy}-{number}."
    return f"{HANGUL_NUMBERS[int(number) - 1]}."


def render_plain(lay: Layout, line: str, entries: list[tuple[str, int]]) -> bool:
    """Set a heading line in the plain layout; False for lines both layouts set alike."""
    if line.startswith("# "):
        plain_heading(lay, 19, line[2:], 14)
        entries.append((line[2:], lay.printed))
    elif line.startswith(("## ", "!! ")):
        number, title = line[3:].split(" ", 1)
        lay.strategy = number
        plain_heading(lay, 17, f"{number}. {title}", 8)
        if line.startswith("!!"):
            entries.append((f"{number}. {title}", lay.printed))
    elif line.startswith("### "):
        number, title = line[4:].split(" ", 1)
        plain_heading(lay, 16, f"{plain_task_number(lay, number)} {title}", 6)
    elif line.startswith("@appendix"):
        number, title = line[len("@appendix ") :].split(" ", 1)
        plain_heading(lay, 17, f"【부록 {number}】 {title}", 14)
        entries.append((f"【부록 {number}】 {title}", lay.printed))
    elif line.startswith("현안"):
        plain_heading(lay, 16, line, 6)
    elif line.strip()[0] not in INDENT and not line.startswith(("|", "@")):
        lay.need(lay.body * 2)
        lay.text(LEFT, lay.body, line.strip())  # a line of plain text
        lay.y += lay.body * 1.6
    else:
        return False
    return True


def render(
    source: Path,
    target: Path,
    toc: list[tuple[str, int]],
    plain: bool = False,
    tasks: str = "hangul",
) -> list[tuple[str, int]]:
    """Render once; return the contents entries (title, printed page) it produced."""
    entries: list[tuple[str, int]] = []
    canvas = Canvas(str(target), pagesize=A4, invariant=1)  # no timestamps: the same PDF every time
    canvas.setTitle("2025년 주요업무계획")
    lay = Layout(canvas, plain=plain, tasks=tasks, body=12.0 if plain else BODY)
    table: list[list[str]] = []
    lines = [ln.rstrip("\n") for ln in source.read_text(encoding="utf-8").splitlines()]
    for line in [*lines, ""]:
        if table and not line.startswith("|"):
            draw_table(lay, table)
            table = []
        if not line.strip() or line.startswith("%"):
            continue
        if plain and not line.startswith(("@cover", "@toc")) and render_plain(lay, line, entries):
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
            lay.text(LEFT + 10, 30, "목 차" if plain else "보 고 순 서", bold=True)
            lay.y = 180
            size, step = (13, 24) if plain else (16, 34)
            for title, page in toc:
                indent = 40 if title[0].isdigit() else 0
                if plain:  # leader dots up to the page number
                    room = RIGHT - 40 - (LEFT + 10 + indent)
                    room -= pdfmetrics.stringWidth(f"{title} ", "Nanum", size)
                    title += " " + "·" * int(room / pdfmetrics.stringWidth("·", "Nanum", size))
                lay.text(LEFT + 10 + indent, size, title)
                lay.text(RIGHT - 30, size, str(page))
                lay.y += step
            if plain:
                lay.new_page()  # no chapter starts a page: the body starts one here
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=HERE / "report.txt")
    parser.add_argument("target", nargs="?", type=Path, default=HERE / "sample.pdf")
    parser.add_argument("--layout", choices=("hwp", "plain"), default="hwp")
    parser.add_argument("--tasks", choices=("hangul", "dashed"), default="hangul")
    args = parser.parse_args()
    plain = args.layout == "plain"
    register_fonts("NanumBarunGothic" if plain else "NanumGothic")
    toc = render(args.source, args.target, [], plain, args.tasks)
    # Second pass: the contents page now lists the pages the first pass found.
    render(args.source, args.target, toc, plain, args.tasks)
    print(f"wrote {args.target} ({args.target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
