"""Receipts as PDF, in two layouts: an 80 mm roll and A4 (docs/architecture.md, "Receipts").

Both carry the same things in the same order of importance: the reference in
large type (what a person reads out or types back), the QR code staff scan, the
service, date and time, the place and its address, the documents to bring, and
how to cancel. Sample and demo bookings carry a boxed "fictional" banner.

- **Roll**: 80 mm paper with a 72 mm printing width (the usual for 80 mm
  receipt printers), everything in one column, and the page exactly as tall as
  its content, so the printer cuts where the receipt ends. The QR code's modules
  are whole dots of a 203 dpi print head, so no module comes out thinner than
  its neighbours.
- **A4**: the reference and details beside the QR code at the top, then the
  documents and how to cancel; very long content flows on to a second page.

The QR code is drawn as vector rectangles from ``qrcode``'s matrix (error
correction M, the standard 4-module quiet zone), so it is sharp at any printer
resolution. Text is set in Noto Sans (kiosk.receipts.fonts), embedded.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal
from xml.sax.saxutils import escape

import qrcode
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.receipts.fonts import register_fonts
from kiosk.receipts.labels import format_date, format_time_range, labels
from kiosk.receipts.token import unverified_claims

if TYPE_CHECKING:
    from kiosk.receipts.content import ReceiptContent

Layout = Literal["roll", "a4"]
LAYOUTS: tuple[Layout, ...] = ("roll", "a4")

ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm  # 80 mm paper, 72 mm printed
ROLL_END_MARGIN = 6 * mm
A4_MARGIN = 18 * mm
PRINT_HEAD_DPI = 203
ROLL_QR_DOTS_PER_MODULE = (5, 4, 3)  # the largest that fits the width is used
A4_QR_SIZE = 58 * mm
QR_QUIET_ZONE = 4
AUTHOR = "Migrant information kiosk"


class UnknownLayout(ValueError):
    """A layout other than "roll" or "a4"."""


def render_receipt(content: ReceiptContent, layout: Layout) -> bytes:
    """The receipt as PDF bytes. Safe to call from a worker thread."""
    if layout not in LAYOUTS:
        raise UnknownLayout(f"unknown receipt layout {layout!r}; use roll or a4")
    styles = _Styles(layout)
    buffer = io.BytesIO()
    title = f"{labels(content.language)['title']} {content.reference}"
    if layout == "roll":
        _render_roll(content, styles, buffer, title)
    else:
        _render_a4(content, styles, buffer, title)
    return buffer.getvalue()


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR code for ``data`` as rows of modules (True is dark), quiet zone included."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QR_QUIET_ZONE)
    code.add_data(data)
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()
    return matrix


class QrCode(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """A QR code drawn as one filled path: each run of dark modules in a row is one rectangle.

    The path is written in module units under a scale, as whole numbers: a thousand
    rectangles through reportlab's float formatting would cost more than the rest
    of the page.
    """

    def __init__(self, matrix: list[list[bool]], module: float) -> None:
        super().__init__()
        self.matrix = matrix
        self.module = module
        self.size = module * len(matrix)
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        count = len(self.matrix)
        operators = []
        for row_number, row in enumerate(self.matrix):
            y = count - 1 - row_number
            column = 0
            while column < count:
                if not row[column]:
                    column += 1
                    continue
                run_start = column
                while column < count and row[column]:
                    column += 1
                operators.append(f"{run_start} {y} {column - run_start} 1 re")
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.scale(self.module, self.module)
        canvas.addLiteral("\n".join(operators) + "\nf")
        canvas.restoreState()


class _Styles:
    def __init__(self, layout: Layout) -> None:
        regular, bold = register_fonts()
        roll = layout == "roll"
        body = 9.5 if roll else 11
        self.title = ParagraphStyle("title", fontName=bold, fontSize=12 if roll else 18, leading=15 if roll else 22,
                                    alignment=TA_CENTER if roll else 0, spaceAfter=4 if roll else 6)
        # The border is drawn borderPadding outside the text; the indents keep it inside the margins.
        self.banner = ParagraphStyle("banner", fontName=bold, fontSize=body, leading=body * 1.25,
                                     alignment=TA_CENTER, borderWidth=1.2, borderColor=colors.black,
                                     borderPadding=4, leftIndent=5, rightIndent=5, spaceBefore=8, spaceAfter=10)
        self.label = ParagraphStyle("label", fontName=regular, fontSize=body - 1.5, leading=(body - 1.5) * 1.2,
                                    spaceBefore=5 if roll else 6)
        self.value = ParagraphStyle("value", fontName=bold, fontSize=body + 1, leading=(body + 1) * 1.25)
        self.reference_label = ParagraphStyle("reference_label", parent=self.label,
                                              alignment=TA_CENTER if roll else 0, spaceBefore=2)
        self.reference = ParagraphStyle("reference", fontName=bold, fontSize=30 if roll else 38,
                                        leading=36 if roll else 46, alignment=TA_CENTER if roll else 0)
        self.heading = ParagraphStyle("heading", fontName=bold, fontSize=body + 0.5, leading=(body + 0.5) * 1.25,
                                      spaceBefore=8 if roll else 12, spaceAfter=2)
        self.body = ParagraphStyle("body", fontName=regular, fontSize=body, leading=body * 1.3)
        self.item = ParagraphStyle("item", parent=self.body, leftIndent=10, bulletIndent=1, spaceBefore=1.5,
                                   bulletFontName=regular)
        self.caption = ParagraphStyle("caption", parent=self.body, alignment=TA_CENTER, spaceBefore=3)
        self.footer = ParagraphStyle("footer", fontName=regular, fontSize=7.5, leading=9,
                                     alignment=TA_CENTER if roll else 0, spaceBefore=8)


def _text(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    return Paragraph(escape(text), style, bulletText=bullet)


def _head(content: ReceiptContent, styles: _Styles) -> list[Flowable]:
    words = labels(content.language)
    story: list[Flowable] = [_text(words["title"], styles.title)]
    if content.fictional:
        story.append(_text(words["fictional"], styles.banner))
    return story


def _reference(content: ReceiptContent, styles: _Styles) -> list[Flowable]:
    return [_text(labels(content.language)["reference"], styles.reference_label),
            _text(content.reference, styles.reference)]


def _details(content: ReceiptContent, styles: _Styles) -> list[Flowable]:
    words = labels(content.language)
    story: list[Flowable] = []
    for key, value in (("service", content.service_name),
                       ("date", format_date(content.start.date(), content.language)),
                       ("time", format_time_range(content.start, content.end)),
                       ("place", content.location_name),
                       ("address", content.address)):
        if value:
            story += [_text(words[key], styles.label), _text(value, styles.value)]
    return story


def _code(content: ReceiptContent, styles: _Styles, matrix: list[list[bool]], module: float) -> list[Flowable]:
    return [QrCode(matrix, module), _text(labels(content.language)["show_code"], styles.caption)]


def _afterwards(content: ReceiptContent, styles: _Styles) -> list[Flowable]:
    words = labels(content.language)
    story: list[Flowable] = []
    if content.documents:
        story.append(_text(words["documents"], styles.heading))
        story += [_text(document, styles.item, bullet="•") for document in content.documents]
    if content.how_to_cancel:
        story += [_text(words["cancel"], styles.heading), _text(content.how_to_cancel, styles.body)]
    kiosk_id = unverified_claims(content.token).kiosk_id
    story.append(_text(f"{words['kiosk']} {kiosk_id}", styles.footer))
    return story


def _rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=6, spaceAfter=2)


def _roll_module(matrix_size: int, width: float) -> float:
    for dots in ROLL_QR_DOTS_PER_MODULE:
        module = dots * 72 / PRINT_HEAD_DPI
        if module * matrix_size <= width:
            return module
    return width / matrix_size


def _render_roll(content: ReceiptContent, styles: _Styles, out: io.BytesIO, title: str) -> None:
    width = ROLL_WIDTH - 2 * ROLL_MARGIN
    matrix = qr_matrix(content.token)
    module = _roll_module(len(matrix), width)
    story = [*_head(content, styles), *_reference(content, styles), _rule(), *_details(content, styles),
             Spacer(1, 8), *_code(content, styles, matrix, module), _rule(), *_afterwards(content, styles)]
    placed = _stack(story, width)
    height = sum(space_before + h + space_after for _, h, space_before, space_after in placed)
    page_height = height + 2 * ROLL_END_MARGIN
    canvas = Canvas(out, pagesize=(ROLL_WIDTH, page_height), invariant=True, initialFontName=styles.body.fontName)
    _set_metadata(canvas, title)
    y = height + ROLL_END_MARGIN
    for flowable, flowable_height, space_before, space_after in placed:
        y -= space_before + flowable_height
        if isinstance(flowable, QrCode):
            # On the print head's grid (counted from the paper's top left), so every module is whole dots.
            x = _on_dot_grid((ROLL_WIDTH - flowable.size) / 2)
            flowable.drawOn(canvas, x, page_height - flowable_height - _on_dot_grid(page_height - y - flowable_height))
        else:
            flowable.drawOn(canvas, ROLL_MARGIN, y)
        y -= space_after
    canvas.showPage()
    canvas.save()


def _on_dot_grid(points: float) -> float:
    dot = 72 / PRINT_HEAD_DPI
    return round(points / dot) * dot


def _stack(story: Sequence[Flowable], width: float) -> list[tuple[Flowable, float, float, float]]:
    """Each flowable wrapped to ``width``, with its height and the space around it."""
    placed = []
    for number, flowable in enumerate(story):
        _, height = flowable.wrap(width, 10_000 * mm)
        before = 0.0 if number == 0 else float(flowable.getSpaceBefore())
        placed.append((flowable, float(height), before, float(flowable.getSpaceAfter())))
    return placed


def _render_a4(content: ReceiptContent, styles: _Styles, out: io.BytesIO, title: str) -> None:
    width = A4[0] - 2 * A4_MARGIN
    matrix = qr_matrix(content.token)
    code_width = A4_QR_SIZE
    left = [*_reference(content, styles), *_details(content, styles)]
    right = _code(content, styles, matrix, code_width / len(matrix))
    top = Table([[left, right]], colWidths=[width - code_width - 6 * mm, code_width + 6 * mm])
    top.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), styles.body.fontName),  # else the table sets Helvetica, unembedded
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))
    story = [*_head(content, styles), _rule(), Spacer(1, 6), top, _rule(), *_afterwards(content, styles)]
    document = BaseDocTemplate(out, pagesize=A4, leftMargin=A4_MARGIN, rightMargin=A4_MARGIN,
                               topMargin=A4_MARGIN, bottomMargin=A4_MARGIN, invariant=True, title=title,
                               author=AUTHOR, creator=AUTHOR, initialFontName=styles.body.fontName)
    # No frame padding: the margins are the margins, and the top table spans exactly the text width.
    frame = Frame(A4_MARGIN, A4_MARGIN, width, A4[1] - 2 * A4_MARGIN, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate("receipt", frames=[frame])])
    document.build(story)


def _set_metadata(canvas: Any, title: str) -> None:
    canvas.setTitle(title)
    canvas.setAuthor(AUTHOR)
    canvas.setCreator(AUTHOR)
