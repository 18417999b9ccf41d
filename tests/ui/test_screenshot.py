"""`kiosk screenshot` renders real screens offscreen, end to end through the CLI."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def screenshot(tmp_path: Path, *args: str) -> QImage:
    out = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.pop("DISPLAY", None)  # it must not need one
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "screenshot", args[0], str(out), "--data-dir", str(tmp_path / "data"),
         *args[1:]],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(out))
    assert not image.isNull()
    return image


def dark_share(image: QImage) -> float:
    small = image.scaled(54, 96)
    pixels = [small.pixelColor(x, y) for x in range(small.width()) for y in range(small.height())]
    return sum(1 for p in pixels if p.lightness() < 60) / len(pixels)


def test_a_portrait_screenshot_has_the_requested_size(tmp_path: Path) -> None:
    image = screenshot(tmp_path, "home", "--lang", "ky", "--size", "1080x1920")
    assert (image.width(), image.height()) == (1080, 1920)
    colours = {image.pixel(x, y) for x in range(0, 1080, 40) for y in range(0, 1920, 40)}
    assert len(colours) > 5  # a drawn screen, not a blank window


def test_high_contrast_renders_mostly_black(tmp_path: Path) -> None:
    normal = screenshot(tmp_path, "help", "--lang", "en", "--size", "1920x1080")
    high = screenshot(tmp_path, "help", "--lang", "en", "--size", "1920x1080", "--contrast", "high")
    assert (high.width(), high.height()) == (1920, 1080)
    assert dark_share(normal) < 0.3
    assert dark_share(high) > 0.7


def test_the_landscape_receipt_screen_shows_a_qr_code_a_phone_can_read(tmp_path: Path) -> None:
    """With no printer the screen is the receipt: the whole QR code must be on it, readable."""
    image = screenshot(tmp_path, "booking-done", "--lang", "ky", "--size", "1920x1080", "--now", "2026-12-07T09:15")
    shot = tmp_path / "receipt.png"
    image.save(str(shot))
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(shot)], capture_output=True, text=True, timeout=60)
    assert decoded.returncode == 0, f"zbarimg found no QR code: {decoded.stderr}"
    assert decoded.stdout.strip().startswith("KQ1.")


def test_the_staff_desk_renders_at_a_laptops_size_with_its_fictional_day(tmp_path: Path) -> None:
    image = screenshot(tmp_path, "staff-desk", "--lang", "ru", "--size", "1366x768", "--now", "2026-12-07T09:15")
    assert (image.width(), image.height()) == (1366, 768)
    colours = {image.pixel(x, y) for x in range(0, 1366, 30) for y in range(0, 768, 30)}
    assert len(colours) > 5
