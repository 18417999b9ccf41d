"""The layout audit's rules catch what they say they catch, on small windows built to break them.

Without these, an audit that found nothing could simply be an audit that looks at nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from tests.ui.layout_audit import audit_screen, contrast_ratio
from ui.app import QML_DIR

HEADER = ("import QtQuick\nimport QtQuick.Controls.Basic\n"
          "Window {\n width: 600; height: 400; visible: true\n color: '#ffffff'\n")


@pytest.fixture
def window(qtbot) -> Iterator[callable]:  # type: ignore[no-untyped-def,valid-type]
    engines: list[QQmlApplicationEngine] = []

    def load(body: str) -> QQuickWindow:
        engine = QQmlApplicationEngine()
        engine.addImportPath(str(QML_DIR))
        engine.loadData((HEADER + body + "\n}\n").encode())
        engines.append(engine)
        shown = engine.rootObjects()[0]
        assert isinstance(shown, QQuickWindow)
        qtbot.waitExposed(shown)
        qtbot.wait(50)
        return shown

    yield load
    for engine in engines:
        for root in engine.rootObjects():
            root.deleteLater()
        engine.deleteLater()


def rules(window: QQuickWindow, contrast: str = "normal") -> set[str]:
    return {rule for rule, _item, _detail in audit_screen(window, contrast)}


def test_a_clean_window_has_no_findings(window) -> None:
    shown = window("Text { x: 20; y: 20; width: 300; text: 'Plain words'; color: '#1a1f24'; wrapMode: Text.Wrap }"
                   "Button { x: 20; y: 100; width: 200; height: 80; text: 'OK' }")
    assert rules(shown) == set()


def test_an_elided_text_is_found(window) -> None:
    shown = window("Text { x: 20; y: 20; width: 60; elide: Text.ElideRight; color: '#000000';"
                   " text: 'A sentence far too long for sixty pixels' }")
    assert "elided" in rules(shown)


def test_a_text_wider_than_its_box_is_found(window) -> None:
    shown = window("Text { x: 20; y: 20; width: 60; color: '#000000'; text: 'A sentence far too long' }")
    assert "overflow" in rules(shown)


def test_a_text_running_out_of_its_button_is_found(window) -> None:
    shown = window("Button { x: 20; y: 20; width: 120; height: 60;"
                   " contentItem: Text { text: 'Much longer than the button'; color: '#000000' } }")
    assert "overflow" in rules(shown)


def test_a_word_cut_in_two_by_wrapping_is_found(window) -> None:
    shown = window("Text { x: 20; y: 20; width: 80; wrapMode: Text.Wrap; color: '#000000';"
                   " font.pixelSize: 30; text: 'Шиносномаатонро' }")
    assert "sliced-word" in rules(shown)


def test_overlapping_texts_are_found(window) -> None:
    shown = window("Text { x: 20; y: 20; text: 'First line'; color: '#000000'; font.pixelSize: 30 }"
                   "Text { x: 40; y: 30; text: 'Second line'; color: '#000000'; font.pixelSize: 30 }")
    assert "overlap" in rules(shown)


def test_a_button_off_the_window_with_no_scrolling_is_found(window) -> None:
    shown = window("Button { x: 20; y: 360; width: 200; height: 80; text: 'Below the fold' }")
    assert "unreachable" in rules(shown)


def test_a_button_a_scroll_area_can_reach_is_fine_and_the_scroll_area_must_show_a_bar(window) -> None:
    scrolling = ("Flickable { anchors.fill: parent; contentHeight: 900; clip: true;"
                 " Button { y: 700; width: 200; height: 80; text: 'Further down' } %s }")
    assert "unreachable" not in rules(window(scrolling % ""))
    assert "no-scroll-sign" in rules(window(scrolling % ""))
    with_bar = scrolling % "ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }"
    assert rules(window(with_bar)) == set()


def test_a_disabled_button_that_looks_enabled_is_found(window) -> None:
    looks_same = ("Button { id: b; x: 20; y: 20; width: 200; height: 80; enabled: false;"
                  " contentItem: Text { text: 'Next'; color: '#ffffff' }"
                  " background: Rectangle { color: b.enabled ? '#0b6bcb' : '#4a5560' } }")
    assert "disabled-looks-enabled" in rules(window(looks_same))
    greyed = looks_same.replace("'#4a5560'", "'#e3e6ea'").replace("color: '#ffffff'",
                                                                   "color: b.enabled ? '#ffffff' : '#5a6470'")
    assert "disabled-looks-enabled" not in rules(window(greyed))


def test_low_contrast_text_is_found_and_high_contrast_wants_seven_to_one(window) -> None:
    pale = window("Text { x: 20; y: 20; text: 'Pale grey words'; color: '#aaaaaa'; font.pixelSize: 30 }")
    assert "contrast" in rules(pale)
    # #595959 on white is 7.0:1; #767676 is 4.5:1: enough normally, not in high contrast.
    grey = window("Text { x: 20; y: 20; text: 'Grey words'; color: '#767676'; font.pixelSize: 30 }")
    assert "contrast" not in rules(grey, "normal")
    assert "contrast" in rules(grey, "high")


def test_contrast_ratio_follows_wcag() -> None:
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((0x76, 0x76, 0x76), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio((255, 255, 0), (0, 0, 0)) == pytest.approx(19.56, abs=0.01)
