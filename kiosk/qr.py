"""QR codes as SVG: pure Python (qrcode's SVG factory), no imaging library needed."""

from __future__ import annotations

import io


def qr_svg(data: str, border: int = 2) -> bytes:
    """An SVG QR code for ``data`` with error correction M (survives a scuffed screen photo)."""
    # Imported here: the kiosk's screens import this module, and qrcode is only
    # needed once a code is drawn, never for the first frame.
    import qrcode
    import qrcode.image.svg

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border,
                         image_factory=qrcode.image.svg.SvgPathFillImage)
    code.add_data(data)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer)
    return buffer.getvalue()
