"""Reading a rendered receipt back with the real tools: poppler (pdftotext, pdftoppm, pdffonts) and zbar."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 60


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: apt-get install {package} (packaging/debian-packages-test.txt lists it)"
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT, check=True,
                          env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"})


def pdf_text(pdf: Path) -> str:
    return _run(tool("pdftotext", "poppler-utils"), "-enc", "UTF-8", str(pdf), "-").stdout


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font the PDF uses."""
    lines = _run(tool("pdffonts", "poppler-utils"), str(pdf)).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        fields = line.split()
        # name type [type...] encoding emb sub uni object-id generation: emb is the 5th field from the end
        fonts.append((fields[0], fields[-5] == "yes"))
    return fonts


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: tuple[Word, ...]


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pdf_words(pdf: Path) -> list[Page]:
    """Every page's size and its words' boxes, in points from the top left (pdftotext -bbox)."""
    out = _run(tool("pdftotext", "poppler-utils"), "-bbox", "-enc", "UTF-8", str(pdf), "-").stdout
    return [
        Page(float(width), float(height), tuple(
            Word(html.unescape(text), float(x0), float(y0), float(x1), float(y1))
            for x0, y0, x1, y1, text in _WORD.findall(body)))
        for width, height, body in _PAGE.findall(out)
    ]


def page_image(pdf: Path, out_stem: Path, dpi: int, mono: bool = False) -> Path:
    """The first page as PNG at ``dpi`` (mono: black and white only, as a thermal print head makes it)."""
    _run(tool("pdftoppm", "poppler-utils"), "-png", "-r", str(dpi), *(["-mono"] if mono else []),
         "-singlefile", "-f", "1", "-l", "1", str(pdf), str(out_stem))
    return out_stem.with_suffix(".png")


def scan_qr(image: Path) -> list[str]:
    """The data of every QR code zbar finds in ``image``."""
    result = subprocess.run([tool("zbarimg", "zbar-tools"), "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                             str(image)], capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode in (0, 4), result.stderr  # 4: nothing found
    return [line for line in result.stdout.splitlines() if line]


def page_bitmap(pdf: Path, out_stem: Path, dpi: int) -> list[list[bool]]:
    """The first page in black and white at ``dpi``, as rows of pixels (True is black), via PBM."""
    _run(tool("pdftoppm", "poppler-utils"), "-mono", "-r", str(dpi), "-singlefile", "-f", "1", "-l", "1",
         str(pdf), str(out_stem))
    data = out_stem.with_suffix(".pbm").read_bytes()
    magic, width, height, bits = data.split(maxsplit=3)
    assert magic == b"P4"
    columns, rows = int(width), int(height)
    stride = (columns + 7) // 8
    return [[bool(bits[row * stride + column // 8] & (0x80 >> column % 8)) for column in range(columns)]
            for row in range(rows)]
