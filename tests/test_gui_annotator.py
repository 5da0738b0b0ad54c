"""The annotator dialog, driven with pytest-qt: every tool in image pixels at a known zoom, undo and
redo, crop, labels typed on the canvas, Cancel, and the picture shown pixel for pixel as the pack's."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from attest.cli.demo import _screen
from attest.core.annotations import Annotation, parse_annotations
from attest.gui.annotator import COLOURS, AnnotatorDialog
from attest.templates.annotate import render

SCREEN = _screen("DIP Message Tracker", [("Message", "IF-031"), ("Status", "Delivered"), ("MPAN", "MPAN001")])
# 1280 × 368: big enough for every shape, small enough to redraw in milliseconds


def _open(qtbot, annotations: tuple[Annotation, ...] = (), zoom: float | None = 0.5, **options) -> AnnotatorDialog:
    options.setdefault("confirm_discard", lambda edits: True)
    dialog = AnnotatorDialog(SCREEN, annotations, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # single-key shortcuts reach only the active window
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    if zoom is not None:
        dialog.viewport.set_fit(False, zoom)
    return dialog


def _drag(qtbot, dialog: AnnotatorDialog, start: tuple[int, int], end: tuple[int, int]) -> None:
    canvas = dialog.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*start))
    qtbot.mouseMove(canvas, pos=QPoint((start[0] + end[0]) // 2, (start[1] + end[1]) // 2))
    qtbot.mouseMove(canvas, pos=QPoint(*end))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*end))


def _click(qtbot, dialog: AnnotatorDialog, at: tuple[int, int]) -> None:
    qtbot.mouseClick(dialog.canvas, Qt.MouseButton.LeftButton, pos=QPoint(*at))


def _dicts(dialog: AnnotatorDialog) -> list[dict[str, object]]:
    return [a.to_dict() for a in dialog.annotations()]


def _pixels(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB",
                            rgb.bytesPerLine(), 1).copy()


def test_every_tool_draws_in_image_pixels_chosen_by_its_key(qtbot) -> None:
    dialog = _open(qtbot)  # 50 %: a widget pixel is two image pixels
    assert dialog.canvas.size().width() == 640
    qtbot.keyClick(dialog, Qt.Key.Key_B)
    _drag(qtbot, dialog, (50, 40), (150, 90))
    qtbot.keyClick(dialog, Qt.Key.Key_A)
    _drag(qtbot, dialog, (300, 100), (200, 50))  # from the tail to what it points at
    qtbot.keyClick(dialog, Qt.Key.Key_H)
    _drag(qtbot, dialog, (160, 120), (20, 100))  # dragged up and left: still a positive rectangle
    qtbot.keyClick(dialog, Qt.Key.Key_C)
    _click(qtbot, dialog, (10, 60))
    _click(qtbot, dialog, (10, 110))
    qtbot.keyClick(dialog, Qt.Key.Key_T)
    _click(qtbot, dialog, (400, 20))
    assert dialog.canvas.editing
    qtbot.keyClicks(dialog.canvas.label_editor, "Status B")  # letters type, not switch tools
    qtbot.keyClick(dialog.canvas.label_editor, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.canvas.editing  # Enter kept the label and did not press OK
    assert dialog.canvas.tool == "text"
    assert _dicts(dialog) == [
        {"type": "box", "x": 100, "y": 80, "w": 200, "h": 100},
        {"type": "arrow", "x1": 600, "y1": 200, "x2": 400, "y2": 100},
        {"type": "highlight", "x": 40, "y": 200, "w": 280, "h": 40},
        {"type": "callout", "x": 20, "y": 120, "number": 1},
        {"type": "callout", "x": 20, "y": 220, "number": 2},
        {"type": "text", "x": 800, "y": 40, "text": "Status B"},
    ]
    # what the dialog hands back is valid data, as the CLI and the database take it
    assert parse_annotations(_dicts(dialog), "dialog") == dialog.annotations()
    assert [dialog.list.item(n).text() for n in range(dialog.list.count())][:2] == [
        "Box 200×100 at 100,80", "Arrow to 400,100"]


@pytest.mark.parametrize("zoom", [1.25, 0.8])
def test_positions_map_back_to_image_pixels_at_any_zoom(qtbot, zoom: float) -> None:
    dialog = _open(qtbot, zoom=zoom)
    _drag(qtbot, dialog, (round(100 * zoom), round(40 * zoom)), (round(300 * zoom), round(140 * zoom)))
    qtbot.keyClick(dialog, Qt.Key.Key_C)
    _click(qtbot, dialog, (round(500 * zoom), round(60 * zoom)))
    assert _dicts(dialog) == [{"type": "box", "x": 100, "y": 40, "w": 200, "h": 100},
                              {"type": "callout", "x": 500, "y": 60, "number": 1}]


def test_a_click_is_not_a_shape_and_drags_stop_at_the_picture_edge(qtbot) -> None:
    dialog = _open(qtbot)
    _drag(qtbot, dialog, (100, 100), (101, 101))
    assert dialog.annotations() == ()
    _drag(qtbot, dialog, (600, 150), (639, 183))  # to the last widget pixel, which starts at image pixel 1278
    _drag(qtbot, dialog, (600, 150), (700, 250))  # past the edge (the mouse is grabbed): to the far edge exactly
    assert _dicts(dialog) == [{"type": "box", "x": 1200, "y": 300, "w": 78, "h": 66},
                              {"type": "box", "x": 1200, "y": 300, "w": 80, "h": 68}]


def test_fitted_to_the_window_and_never_blown_up_past_twice(qtbot) -> None:
    dialog = _open(qtbot, zoom=None)
    dialog.resize(900, 600)
    qtbot.waitUntil(lambda: dialog.canvas.width() <= dialog.viewport.viewport().width())
    assert dialog.canvas.zoom < 1 and dialog.canvas.width() == round(1280 * dialog.canvas.zoom)
    qtbot.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert dialog.canvas.zoom == 1 and dialog.canvas.width() == 1280
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.canvas.zoom < 1


def test_undo_and_redo_and_delete(qtbot) -> None:
    dialog = _open(qtbot)
    for n in range(3):
        _drag(qtbot, dialog, (20 + 100 * n, 20), (80 + 100 * n, 60))
    assert len(dialog.annotations()) == 3
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a["x"] for a in dialog.annotations()] == [40]
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [a["x"] for a in dialog.annotations()] == [40, 240, 440]
    qtbot.keyClick(dialog, Qt.Key.Key_Delete)  # nothing selected: the last one goes
    assert [a["x"] for a in dialog.annotations()] == [40, 240]
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog, Qt.Key.Key_Delete)
    assert [a["x"] for a in dialog.annotations()] == [240]
    assert dialog.undo_action.toolTip() == "Undo Remove box (Ctrl+Z)"
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a["x"] for a in dialog.annotations()] == [40, 240]


def test_colours_and_labels_of_a_selected_shape(qtbot) -> None:
    blue = dict(COLOURS)["Blue"]
    dialog = _open(qtbot, clean_text=lambda text: text.replace("1200023305967", "MPAN001"))
    dialog.colour_buttons[blue].click()
    _drag(qtbot, dialog, (20, 20), (80, 60))
    assert dialog.annotations()[0].colour == blue
    dialog.list.setCurrentRow(0)
    dialog.colour_buttons[dict(COLOURS)["Green"]].click()  # recolours the selected shape
    assert dialog.annotations()[0].colour == dict(COLOURS)["Green"]
    qtbot.keyClick(dialog, Qt.Key.Key_F2)
    editor = dialog.canvas.label_editor
    assert editor is not None
    qtbot.keyClicks(editor, "MPAN 1200023305967")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert dialog.annotations()[0].text == "MPAN MPAN001"  # cleaned before it is drawn or kept
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.annotations()[0].text == ""


def test_a_crop_shows_the_whole_image_while_chosen_and_the_pack_picture_after(qtbot) -> None:
    dialog = _open(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_X)
    assert dialog.canvas.shown_image().size().toTuple() == (1280, 368)
    _drag(qtbot, dialog, (100, 50), (400, 150))
    assert _dicts(dialog) == [{"type": "crop", "x": 200, "y": 100, "w": 600, "h": 200}]
    assert dialog.canvas.tool == "box"  # back to the tool before, showing the crop as the pack will
    assert dialog.canvas.shown_image().size().toTuple() == (600, 200)
    assert dialog.canvas.size().toTuple() == (300, 100)
    _drag(qtbot, dialog, (10, 10), (60, 40))  # drawn on the cropped picture, kept in whole-image pixels
    assert _dicts(dialog)[1] == {"type": "box", "x": 220, "y": 120, "w": 100, "h": 60}
    qtbot.keyClick(dialog, Qt.Key.Key_X)
    _drag(qtbot, dialog, (5, 5), (200, 100))  # a second crop replaces the first (QTest reads (0, 0) as the centre)
    assert [a.to_dict() for a in dialog.annotations() if a.type == "crop"] == [
        {"type": "crop", "x": 10, "y": 10, "w": 390, "h": 190}]
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.undo_action.toolTip() == "Undo Add box (Ctrl+Z)"
    assert [a["x"] for a in dialog.annotations() if a.type == "crop"] == [200]


def test_the_picture_shown_is_the_pack_picture_pixel_for_pixel(qtbot) -> None:
    given = parse_annotations([
        {"type": "box", "x": 350, "y": 150, "w": 860, "h": 50, "text": "Delivered"},
        {"type": "highlight", "x": 30, "y": 210, "w": 400, "h": 40},
        {"type": "arrow", "x1": 900, "y1": 330, "x2": 700, "y2": 210, "colour": "#2563eb"},
        {"type": "callout", "x": 30, "y": 120, "number": 1, "text": "Message"},
        {"type": "text", "x": 700, "y": 20, "text": "SIT-A"}], "t")
    dialog = _open(qtbot, given, zoom=1)
    expected = Image.open(io.BytesIO(render(SCREEN, given)[0])).convert("RGB")
    assert _pixels(dialog.canvas.grab().toImage()).tobytes() == expected.tobytes()
    qtbot.keyClick(dialog, Qt.Key.Key_X)
    _drag(qtbot, dialog, (20, 100), (1100, 300))
    qtbot.keyClick(dialog, Qt.Key.Key_C)
    _click(qtbot, dialog, (500, 100))  # on the cropped picture
    cropped = Image.open(io.BytesIO(render(SCREEN, dialog.annotations())[0])).convert("RGB")
    assert cropped.size == (1080, 200)
    assert _pixels(dialog.canvas.grab().toImage()).tobytes() == cropped.tobytes()


def test_cancel_and_escape_give_back_what_was_given(qtbot) -> None:
    given = parse_annotations([{"type": "box", "x": 10, "y": 10, "w": 50, "h": 50}], "t")
    asked: list[int] = []
    answers = [False, True]

    def confirm(edits: int) -> bool:
        asked.append(edits)
        return answers.pop(0)

    dialog = _open(qtbot, given, confirm_discard=confirm)
    qtbot.keyClick(dialog, Qt.Key.Key_T)
    _click(qtbot, dialog, (300, 100))
    qtbot.keyClicks(dialog.canvas.label_editor, "Not this")
    qtbot.keyClick(dialog.canvas.label_editor, Qt.Key.Key_Escape)  # drops the label, keeps the dialog
    assert dialog.isVisible() and not dialog.canvas.editing and dialog.annotations() == given
    qtbot.keyClick(dialog, Qt.Key.Key_B)
    qtbot.mousePress(dialog.canvas, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    qtbot.mouseMove(dialog.canvas, pos=QPoint(200, 150))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the first Esc drops the drag only
    qtbot.mouseRelease(dialog.canvas, Qt.MouseButton.LeftButton, pos=QPoint(200, 150))
    assert dialog.isVisible() and dialog.annotations() == given
    _drag(qtbot, dialog, (100, 100), (200, 150))
    qtbot.keyClick(dialog, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog, Qt.Key.Key_Delete)
    assert dialog.annotations() == () and dialog.changed()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # "discard 3 changes?" answered no: still open
    assert dialog.isVisible() and asked == [3]
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.annotations() == given and not dialog.changed()


def test_nothing_changed_asks_nothing_and_ok_keeps_a_label_being_typed(qtbot) -> None:
    dialog = _open(qtbot, confirm_discard=lambda edits: pytest.fail("nothing to discard"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog = _open(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_T)
    _click(qtbot, dialog, (100, 100))
    qtbot.keyClicks(dialog.canvas.label_editor, "Half typed")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _dicts(dialog) == [{"type": "text", "x": 200, "y": 200, "text": "Half typed"}]


def test_hovering_and_editing_leave_python_objects_alone(qtbot) -> None:
    """PySide6 6.12's Signal.emit() drops a reference to True on every call, which aborts the
    interpreter once the count reaches zero: the annotator must not emit on each mouse move."""
    import sys

    dialog = _open(qtbot)
    before = sys.getrefcount(True)
    for n in range(300):
        qtbot.mouseMove(dialog.canvas, pos=QPoint(10 + n % 200, 10 + n % 100))
    _drag(qtbot, dialog, (20, 20), (80, 60))
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sys.getrefcount(True) >= before
