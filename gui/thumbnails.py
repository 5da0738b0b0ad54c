"""Evidence thumbnails with a badge: how many masks redaction painted on the item.

The badge is the tester's first check that redaction did its job: a screenshot of a registration
screen that shows "0 masks" deserves a second look before the step is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap

WIDTH, HEIGHT = 168, 112


def badge_text(masks: int | None) -> str:
    if masks is None:
        return "masks: ?"
    return f"{masks} mask{'s' if masks != 1 else ''}"


def thumbnail(data: bytes, *, is_image: bool, masks: int | None, caption: str = "") -> QIcon:
    """A card: the image scaled to fit (or a page for text), with the mask badge in its corner."""
    pixmap = QPixmap(WIDTH, HEIGHT)
    pixmap.fill(QColor("#e5e7eb"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    image = QImage.fromData(data) if is_image else QImage()
    if not image.isNull():
        scaled = image.scaled(WIDTH - 8, HEIGHT - 8, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((WIDTH - scaled.width()) // 2, (HEIGHT - scaled.height()) // 2, scaled)
    else:
        _page(painter, data, caption)
    _badge(painter, badge_text(masks), masks)
    painter.end()
    return QIcon(pixmap)


def _page(painter: QPainter, data: bytes, caption: str) -> None:
    """A text item as a small page showing its first lines (already redacted: it is the stored file)."""
    page = QRectF(30, 6, WIDTH - 60, HEIGHT - 12)
    painter.fillRect(page, QColor("white"))
    painter.setPen(QColor("#9ca3af"))
    painter.drawRect(page)
    font = QFont("Monospace")
    font.setPixelSize(7)
    painter.setFont(font)
    painter.setPen(QColor("#374151"))
    width = 24  # characters that fit across the card at this size
    lines = [line[i:i + width] or " " for line in data[:600].decode("utf-8", "replace").splitlines()
             for i in range(0, max(1, len(line)), width)][:9]  # a one-line JSON wraps, as an editor would
    for row, line in enumerate(lines):
        painter.drawText(QRectF(page.x() + 4, page.y() + 4 + row * 9, page.width() - 8, 9),
                         Qt.AlignmentFlag.AlignLeft, line)
    if caption:
        tag = QFont()
        tag.setPixelSize(10)
        tag.setBold(True)
        painter.setFont(tag)
        painter.fillRect(QRectF(page.x(), page.bottom() - 16, page.width(), 16), QColor("#1f3a5f"))
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(page.x(), page.bottom() - 16, page.width(), 16), Qt.AlignmentFlag.AlignCenter,
                         caption)


def _badge(painter: QPainter, text: str, masks: int | None) -> None:
    font = QFont()
    font.setPixelSize(11)
    font.setBold(True)
    painter.setFont(font)
    width = painter.fontMetrics().horizontalAdvance(text) + 14
    rect = QRectF(WIDTH - width - 4, 4, width, 18)
    colour = QColor("#111827") if masks else QColor("#b45309")  # none (or unknown) stands out
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, 9, 9)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
