import dataclasses
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from kiosk import languages
from kiosk.receipts.content import SAMPLE_REFERENCE, ReceiptContent, sample_content
from kiosk.receipts.device_key import DeviceKey
from kiosk.receipts.labels import format_date, labels
from kiosk.receipts.render import (
    A4_MARGIN,
    PRINT_HEAD_DPI,
    QR_QUIET_ZONE,
    ROLL_MARGIN,
    ROLL_QR_DOTS_PER_MODULE,
    ROLL_WIDTH,
    UnknownLayout,
    qr_matrix,
    render_receipt,
)
from kiosk.receipts.token import MalformedToken, UnknownKiosk, verify
from kiosk.reference import InvalidReference, display, new_reference
from tests.kiosk.receipts.pdf_tools import page_bitmap, page_image, pdf_fonts, pdf_text, pdf_words, scan_qr

ROOT = Path(__file__).resolve().parents[3]
KEY = DeviceKey.generate()
DAY = date(2027, 1, 15)
HARD_LETTERS = "ӣ ӯ ҳ ҷ қ ғ ө ү ң ў ʻ ʼ Ӣ Ӯ Ҳ Ҷ Қ Ғ Ө Ү Ң Ў"
TOLERANCE = 0.5  # points: rounding in pdftotext's boxes


def sample(language: str, **changes: object) -> ReceiptContent:
    return dataclasses.replace(sample_content(language, KEY, day=DAY), **changes)  # type: ignore[arg-type]


def write(tmp_path: Path, content: ReceiptContent, layout: str, name: str = "receipt") -> Path:
    path = tmp_path / f"{name}-{content.language}-{layout}.pdf"
    path.write_bytes(render_receipt(content, layout))  # type: ignore[arg-type]
    return path


def letters(text: str) -> set[str]:
    return {char for char in text if char.isalpha()}


def printed_labels(content: ReceiptContent) -> list[str]:
    words = labels(content.language)
    keys = ["title", "reference", "service", "date", "time", "place", "address", "documents", "cancel",
            "show_code", "fictional", "kiosk"]
    return [words[key] for key in keys] + [content.how_to_cancel, format_date(content.start.date(),
                                                                              content.language)]


@pytest.mark.parametrize("layout", ["roll", "a4"])
@pytest.mark.parametrize("language", languages.TAGS)
def test_every_letter_the_labels_use_comes_back_out_of_the_pdf(tmp_path: Path, language: str, layout: str) -> None:
    content = sample(language)
    text = pdf_text(write(tmp_path, content, layout))
    expected = letters(" ".join(printed_labels(content)))
    assert expected - letters(text) == set()
    assert content.reference in text


@pytest.mark.parametrize("language", languages.TAGS)
def test_the_roll_prints_each_label_and_detail_whole(tmp_path: Path, language: str) -> None:
    content = sample(language)
    text = " ".join(pdf_text(write(tmp_path, content, "roll")).split())
    for expected in [*printed_labels(content), content.service_name, content.location_name, content.address,
                     *content.documents, "10:00–10:20"]:
        assert expected in text, f"{expected!r} is not on the {language} receipt"


@pytest.mark.parametrize("layout", ["roll", "a4"])
def test_the_hardest_letters_of_the_six_languages_survive(tmp_path: Path, layout: str) -> None:
    content = sample("tg", service_name=f"Test {HARD_LETTERS}", location_name="Oʻzbekiston, maʼno")
    text = pdf_text(write(tmp_path, content, layout))
    for letter in HARD_LETTERS.split():
        assert letter in text
    assert "Oʻzbekiston, maʼno" in text


@pytest.mark.parametrize("layout", ["roll", "a4"])
def test_the_font_is_embedded_and_is_the_only_one(tmp_path: Path, layout: str) -> None:
    fonts = pdf_fonts(write(tmp_path, sample("ky"), layout))
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert {name.split("+")[-1] for name, _ in fonts} == {"NotoSans-Regular", "NotoSans-Bold"}


@pytest.mark.parametrize(("layout", "dpi", "mono"), [("roll", 203, True), ("a4", 150, False)])
@pytest.mark.parametrize("language", ["ky", "en"])
def test_the_qr_code_scans_from_the_printed_page_and_verifies(tmp_path: Path, language: str, layout: str,
                                                              dpi: int, mono: bool) -> None:
    content = sample(language)
    image = page_image(write(tmp_path, content, layout), tmp_path / "page", dpi, mono)
    assert scan_qr(image) == [content.token]
    claims = verify(scan_qr(image)[0], {KEY.kiosk_id: KEY.public_key})
    assert claims.reference == SAMPLE_REFERENCE
    assert claims.start == datetime(2027, 1, 15, 10, 0)
    with pytest.raises(UnknownKiosk):
        verify(scan_qr(image)[0], {})


def within_margins(path: Path, margin: float) -> None:
    for number, page in enumerate(pdf_words(path), start=1):
        assert page.words, f"page {number} is empty"
        for word in page.words:
            assert word.x_min >= margin - TOLERANCE, f"page {number}: {word.text!r} starts in the left margin"
            assert word.x_max <= page.width - margin + TOLERANCE, f"page {number}: {word.text!r} runs off"
            assert word.y_min >= 0 and word.y_max <= page.height


@pytest.mark.parametrize("language", languages.TAGS)
def test_nothing_runs_into_the_margins(tmp_path: Path, language: str) -> None:
    within_margins(write(tmp_path, sample(language), "roll"), ROLL_MARGIN)
    within_margins(write(tmp_path, sample(language), "a4"), A4_MARGIN)


def long_content() -> ReceiptContent:
    return sample("ky", service_name="Визага документтерди тапшыруу " * 4,
                  address="Кыргызстан-" + "Жалалабад" * 8 + " көчөсү 1",  # one word far wider than the roll
                  documents=tuple(f"{n}. Паспорттун көчүрмөсү, ар бир барагынын нускасы" for n in range(1, 41)))


@pytest.mark.parametrize(("layout", "margin"), [("roll", ROLL_MARGIN), ("a4", A4_MARGIN)])
def test_long_text_and_unbreakable_words_wrap_inside_the_margins(tmp_path: Path, layout: str, margin: float) -> None:
    path = write(tmp_path, long_content(), layout)
    within_margins(path, margin)
    assert "40. Паспорттун" in pdf_text(path)


def test_the_roll_is_80_mm_wide_and_as_long_as_what_is_on_it(tmp_path: Path) -> None:
    short = pdf_words(write(tmp_path, sample("en", documents=("Passport",)), "roll", "short"))
    long = pdf_words(write(tmp_path, long_content(), "roll", "long"))
    assert len(short) == len(long) == 1, "a roll receipt is one piece of paper"
    for page in (short[0], long[0]):
        assert page.width == pytest.approx(ROLL_WIDTH, abs=0.01)
        top = min(word.y_min for word in page.words)
        bottom = max(word.y_max for word in page.words)
        assert top < 12 * mm and page.height - bottom < 12 * mm, "no blank paper before or after"
    assert long[0].height > short[0].height + 100 * mm


def test_a4_is_one_page_and_long_content_flows_on_to_the_next(tmp_path: Path) -> None:
    pages = pdf_words(write(tmp_path, sample("en"), "a4"))
    assert len(pages) == 1
    assert (pages[0].width, pages[0].height) == pytest.approx(A4, abs=0.01)
    assert len(pdf_words(write(tmp_path, long_content(), "a4", "long"))) == 2


@pytest.mark.parametrize("layout", ["roll", "a4"])
def test_the_reference_is_the_largest_text(tmp_path: Path, layout: str) -> None:
    content = sample("ru")
    words = pdf_words(write(tmp_path, content, layout))[0].words
    height = {word.text: word.y_max - word.y_min for word in words}
    body = height["Паспорт"]
    assert height[content.reference] >= 2.5 * body
    assert height[content.reference] == max(height.values())


def test_only_a_fictional_booking_carries_the_sample_banner(tmp_path: Path) -> None:
    banner = " ".join(labels("en")["fictional"].split()[:2])
    assert banner in " ".join(pdf_text(write(tmp_path, sample("en"), "roll", "fictional")).split())
    real = sample("en", fictional=False, location_name="[[FILL: office name]]")
    assert banner not in " ".join(pdf_text(write(tmp_path, real, "roll", "real")).split())


def test_text_is_printed_as_it_is_never_read_as_markup(tmp_path: Path) -> None:
    content = sample("en", location_name="Office <b>A</b> & Sons", address='"Main" St. & 5th <br/>')
    text = " ".join(pdf_text(write(tmp_path, content, "roll")).split())
    assert "Office <b>A</b> & Sons" in text and '"Main" St. & 5th <br/>' in text


def test_the_same_receipt_renders_to_the_same_bytes() -> None:
    content = sample("uz-Latn")
    assert render_receipt(content, "roll") == render_receipt(content, "roll")


def test_an_unknown_layout_is_refused() -> None:
    with pytest.raises(UnknownLayout):
        render_receipt(sample("en"), "letter")  # type: ignore[arg-type]


def test_a_receipt_takes_only_a_valid_reference_and_prints_it_dashed() -> None:
    assert sample("en", reference=SAMPLE_REFERENCE.lower()).reference == display(SAMPLE_REFERENCE)
    with pytest.raises(InvalidReference):
        sample("en", reference=SAMPLE_REFERENCE[:-1] + ("A" if SAMPLE_REFERENCE[-1] != "A" else "B"))
    with pytest.raises(ValueError, match="ends after it starts"):
        sample("en", end=datetime(2027, 1, 15, 9, 0))


def test_the_qr_code_must_be_for_the_booking_printed_beside_it() -> None:
    other_booking = sample_content("en", KEY, day=DAY)
    with pytest.raises(ValueError, match="token is for booking"):
        sample("en", reference=new_reference(), token=other_booking.token)
    with pytest.raises(ValueError, match="slot at"):
        sample("en", start=datetime(2027, 1, 15, 11, 0), end=datetime(2027, 1, 15, 11, 20))
    with pytest.raises(MalformedToken):
        sample("en", token="https://example.org/")


def test_without_the_font_no_receipt_is_made_and_the_error_says_what_to_install(tmp_path: Path) -> None:
    program = (
        "import sys\nfrom pathlib import Path\nimport kiosk.receipts.fonts as fonts\n"
        "from kiosk.receipts import FontMissing, render_receipt, sample_content\n"
        f"fonts.NOTO_DIR = Path({str(tmp_path)!r})\n"
        "try:\n    render_receipt(sample_content('en'), 'roll')\n"
        "except FontMissing as error:\n    print(error)\n    sys.exit(7)\n"
    )
    result = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 7, result.stderr
    assert "apt-get install fonts-noto-core" in result.stdout


def dark_runs(row: list[bool]) -> list[tuple[int, int]]:
    """(start, length) of each run of black pixels in a row."""
    runs, start = [], None
    for x, dark in enumerate([*row, False]):
        if dark and start is None:
            start = x
        elif not dark and start is not None:
            runs.append((start, x - start))
            start = None
    return runs


def test_on_the_roll_the_code_prints_module_for_module_at_whole_print_head_dots(tmp_path: Path) -> None:
    content = sample("ky")
    pixels = page_bitmap(write(tmp_path, content, "roll"), tmp_path / "page", PRINT_HEAD_DPI)
    matrix = qr_matrix(content.token)
    symbol = [row[QR_QUIET_ZONE:-QR_QUIET_ZONE] for row in matrix[QR_QUIET_ZONE:-QR_QUIET_ZONE]]
    dots = ROLL_QR_DOTS_PER_MODULE[0]
    expected_left = (len(pixels[0]) - len(matrix) * dots) / 2 + QR_QUIET_ZONE * dots
    # The top edge of the top-left finder pattern: 7 modules of black (a rasteriser may add a pixel).
    top, left = next((number, start) for number, row in enumerate(pixels) for start, length in dark_runs(row)
                     if abs(start - expected_left) <= 2 and length in (7 * dots, 7 * dots + 1))
    printed = [[pixels[top + i * dots + dots // 2][left + j * dots + dots // 2] for j in range(len(symbol))]
               for i in range(len(symbol))]
    assert printed == symbol
