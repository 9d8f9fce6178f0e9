"""The history window (model/view) and the tray's "Missed calls" section, driven with qtbot."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from app.features.history.menu import HistoryUi
from app.features.history.table_model import Column, Kind
from app.features.history.window import HistoryWindow
from tests.helpers.history_fakes import NOW, FakeDialler, HistoryClient, WallClock, cdr
from tests.helpers.history_fakes import make_history as _make

# The offscreen platform cannot raise or activate a window; the window asks it to.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def records() -> list:
    return [
        cdr("m1", NOW - timedelta(minutes=5), "101", name="Bob & Co", number="0471"),
        cdr("v1", NOW - timedelta(hours=2), "300", name="Eve", number="0472"),
        cdr("a1", NOW - timedelta(hours=3), "201", name="Carl", number="0473", billsec=125),
        cdr("p1", NOW - timedelta(days=1, hours=1), "001", number="0474", billsec=3725),
        cdr("m2", NOW - timedelta(days=3), "103", number="0475"),
        cdr("x1", NOW - timedelta(days=4), "999", name="Queue", number="0477"),
    ]


class FakeController(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.features: list[object] = []


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def client() -> HistoryClient:
    return HistoryClient(records())


@pytest.fixture
def feature(cfg_dir, client, clock, qapp, qloop):
    f = _make(cfg_dir, client, clock)
    qloop.run(f.ctx.session.refresh())
    assert qloop.run(f.poll())
    yield f
    qloop.run(f.stop())


@pytest.fixture
def dialler(feature) -> FakeDialler:
    d = FakeDialler()
    feature.dialer_lookup = lambda: d
    feature.name_lookup = {"0474": "Pat Placed"}.get
    return d


@pytest.fixture
def window(feature, dialler, clock, qtbot) -> HistoryWindow:
    w = HistoryWindow(feature, now=clock)
    qtbot.addWidget(w)
    return w


def column(window: HistoryWindow, col: Column) -> list[str]:
    model = window.model
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_table_shows_decoded_calls_newest_first(window, qtbot) -> None:
    window.open()
    assert column(window, Column.NAME) == ["Bob & Co", "Eve", "Carl", "Pat Placed", "", "Queue"]
    assert column(window, Column.NUMBER) == ["0471", "0472", "0473", "0474", "0475", "0477"]
    assert column(window, Column.TIME)[:3] == ["5 min ago", "2 h ago", "3 h ago"]
    assert column(window, Column.TIME)[3].startswith("yesterday ")
    assert column(window, Column.DURATION) == ["", "", "2:05", "1:02:05", "", ""]
    assert column(window, Column.DISPOSITION) == [
        "✗ Missed on the primary phone", "✉ Sent to voicemail", "↙ Answered on the primary phone",
        "↗ Placed from the primary phone", "✗ Missed on the mobile phone", "· Other (code 999)",
    ]  # fmt: skip
    model = window.model
    tips = [model.data(model.index(r, Column.DISPOSITION), Qt.ItemDataRole.ToolTipRole)
            for r in (0, 5)]  # fmt: skip
    assert tips == [
        "Missed on the primary phone (code 101)",
        "The phone system gave this call a code this app does not know: 999.",
    ]  # before: "Other (code 999) (code 999)"
    tip = model.data(model.index(0, Column.TIME), Qt.ItemDataRole.ToolTipRole)
    assert "2026" in tip and "9" in tip  # the exact time, in the locale's long format
    assert window.stack.currentWidget() is window.table
    assert window.spinner.isHidden()


def test_filters_and_search(window, qtbot) -> None:
    window.open()
    qtbot.mouseClick(window.filter_buttons[Kind.MISSED], Qt.MouseButton.LeftButton)
    assert column(window, Column.NUMBER) == ["0471", "0472", "0475"]  # voicemail with missed
    qtbot.mouseClick(window.filter_buttons[Kind.RECEIVED], Qt.MouseButton.LeftButton)
    assert column(window, Column.NUMBER) == ["0473"]
    qtbot.mouseClick(window.filter_buttons[Kind.PLACED], Qt.MouseButton.LeftButton)
    assert column(window, Column.NUMBER) == ["0474"]
    qtbot.mouseClick(window.filter_buttons[Kind.ALL], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.search, "pat")  # a directory name is searchable too
    assert column(window, Column.NUMBER) == ["0474"]
    window.search.clear()
    qtbot.keyClicks(window.search, "047")
    assert window.model.rowCount() == 6
    qtbot.keyClicks(window.search, "9999")
    assert window.stack.currentWidget() is window.empty
    assert window.empty.text() == "No calls match “0479999”."
    window.search.clear()
    window.set_kind(Kind.PLACED)
    qtbot.keyClicks(window.search, "bob")
    assert window.empty.text() == "No calls match “bob”."
    window.search.clear()
    assert (
        column(window, Column.NUMBER) == ["0474"] and window.filter_buttons[Kind.PLACED].isChecked()
    )


def test_search_follows_a_directory_refresh(window, feature, qtbot) -> None:
    window.open()
    names = {"0474": "Pat Placed"}
    feature.name_lookup = names.get
    window.search.setText("Dana")
    assert window.model.rowCount() == 0
    names["0475"] = "Dana Later"  # the refreshed directory now names this caller
    feature.ctx.services.directory.updated.emit()
    assert column(window, Column.NUMBER) == ["0475"]
    assert column(window, Column.NAME) == ["Dana Later"]


def test_enter_and_double_click_call_back(window, dialler, qtbot, qloop) -> None:
    window.open()
    window.table.setCurrentIndex(window.model.index(2, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qloop.until(lambda: len(dialler.dialled) == 1)
    assert dialler.dialled == [("0473", "Carl")]
    rect = window.table.visualRect(window.model.index(3, Column.NAME))
    # A real double-click is press, release, double-click: the view wants the press first.
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qloop.until(lambda: len(dialler.dialled) == 2)
    assert dialler.dialled[1] == ("0474", "Pat Placed")
    qloop.until(lambda: window.status.text() == "Calling Pat Placed")
    assert len(dialler.dialled) == 2  # the click before the double-click dialled nothing


def test_context_menu_copies_the_number_and_calls_back(window, dialler, qtbot, qloop) -> None:
    window.open()
    assert window.context_menu(window.model.index(99, 0)) is None
    menu = window.context_menu(window.model.index(1, 0))
    assert menu is not None
    actions = {a.objectName(): a for a in menu.actions()}
    actions["historyCopyNumber"].trigger()
    assert QGuiApplication.clipboard().text() == "0472"
    actions["historyCallBack"].trigger()
    qloop.until(lambda: dialler.dialled == [("0472", "Eve")])


def test_opening_marks_missed_calls_seen_and_keeps_them_bold(window, feature, qtbot) -> None:
    assert feature.unseen == {"m1", "m2"}
    window.open()
    assert feature.unseen_count == 0
    model = window.model
    bold = model.data(model.index(0, 0), Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None


def test_new_calls_are_inserted_on_top_keeping_the_selection(window, feature, client, clock,
                                                             qtbot, qloop) -> None:  # fmt: skip
    window.open()
    window.table.setCurrentIndex(window.model.index(2, 0))
    inserted: list[tuple[int, int]] = []
    window.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    clock.advance(minutes=2)
    client.records.append(cdr("n1", NOW + timedelta(minutes=1), "101", number="0480"))
    assert qloop.run(feature.poll())
    assert inserted == [(0, 0)]
    assert window.table.currentIndex().row() == 3  # still Carl's call
    assert window.model.call_at(3).key == "a1"


def test_spinner_and_empty_state_while_loading(cfg_dir, clock, qapp, qloop, qtbot) -> None:
    client = HistoryClient([])
    feature = _make(cfg_dir, client, clock)
    qloop.run(feature.ctx.session.refresh())
    window = HistoryWindow(feature, now=clock)
    qtbot.addWidget(window)
    window.open()
    client.gate = asyncio.Event()
    feature.refresh_soon()
    qloop.until(lambda: feature.loading)
    assert window.spinner.isVisible()
    assert window.stack.currentWidget() is window.empty
    assert window.empty.text() == "Loading the call history…"
    client.gate.set()
    qloop.until(lambda: not feature.loading)
    assert not window.spinner.isVisible()
    assert window.empty.text() == "No calls in the last 30 days."
    qloop.run(feature.stop())


# -- the tray section -----------------------------------------------------------------------------
@pytest.fixture
def section(feature, dialler, clock):
    ui = HistoryUi(feature, FakeController(), now=clock)  # type: ignore[arg-type]
    feature.dialer_lookup = lambda: dialler  # the fake controller has no dial feature
    yield ui
    ui.close()


def test_section_lists_missed_and_voicemail_with_badge(section, feature, qapp) -> None:
    menu = QMenu()
    section.build_menu(menu)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Missed calls (2 new)"
    assert texts[1:] == [
        "Bob && Co — 09:55",  # "&" is no mnemonic
        "✉ Eve — 08:00 (voicemail)",
        f"0475 — {texts[3].split(' — ')[1]}",
        "Call history…",
    ]
    assert section.badge() == 2 and feature.snapshot()["missed_unseen"] == 2
    items = [a for a in menu.actions() if a.objectName().startswith("missedCall")]
    assert [a.font().bold() for a in items] == [True, False, True]


def test_one_click_calls_back(section, dialler, qloop, qapp) -> None:
    menu = QMenu()
    section.build_menu(menu)
    next(a for a in menu.actions() if a.objectName() == "missedCall1").trigger()
    qloop.until(lambda: dialler.dialled == [("0472", "Eve")])


def test_history_action_opens_the_window_and_clears_the_badge(section, feature, qtbot) -> None:
    menu = QMenu()
    section.build_menu(menu)
    next(a for a in menu.actions() if a.objectName() == "historyAction").trigger()
    assert section.window is not None and section.window.isVisible()
    assert section.badge() == 0
    section.update_menu()
    assert menu.actions()[0].text() == "Missed calls"


def test_no_missed_calls_says_so(cfg_dir, clock, qapp, qloop) -> None:
    client = HistoryClient([cdr("a", NOW, "201")])
    feature = _make(cfg_dir, client, clock)
    qloop.run(feature.ctx.session.refresh())
    assert qloop.run(feature.poll())
    ui = HistoryUi(feature, FakeController(), now=clock)  # type: ignore[arg-type]
    menu = QMenu()
    ui.build_menu(menu)
    assert [a.text() for a in menu.actions()] == [
        "Missed calls",
        "No missed calls",
        "Call history…",
    ]
    assert ui.badge() == 0
    ui.close()
    qloop.run(feature.stop())


def test_the_section_stays_short_and_numbers_read_grouped(cfg_dir, clock, qapp, qloop) -> None:
    """At most five missed calls, then "Call history…"; numbers as people write them."""
    calls = [
        cdr(f"m{i}", NOW - timedelta(minutes=i + 1), "101", number="+3225551234") for i in range(8)
    ]
    feature = _make(cfg_dir, HistoryClient(calls), clock)
    qloop.run(feature.ctx.session.refresh())
    assert qloop.run(feature.poll())
    ui = HistoryUi(feature, FakeController(), now=clock)  # type: ignore[arg-type]
    menu = QMenu()
    ui.build_menu(menu)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Missed calls (8 new)"
    assert len(texts) == 1 + 5 + 1 and texts[-1] == "Call history…"
    assert all(t.startswith("02 555 12 34 — ") for t in texts[1:6])
    ui.close()
    qloop.run(feature.stop())


# -- the window's design ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "fr", "nl", "de"])
def test_the_time_column_never_clips(cfg_dir, clock, qm_dir, qtbot, qloop, lang) -> None:
    """Every shape of time, in bold (new calls), fits the column in each language."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyle

    from tests.helpers.ui_language import ui_language

    when = [NOW - timedelta(days=d, hours=h) for d in range(8) for h in (0, 1, 11, 13)]
    calls = [cdr(f"c{i}", t.replace(minute=58), "101", number="0475") for i, t in enumerate(when)]
    with ui_language(lang, qm_dir):
        feature = _make(cfg_dir, HistoryClient(calls), clock)
        qloop.run(feature.ctx.session.refresh())
        assert qloop.run(feature.poll())
        window = HistoryWindow(feature, now=clock)
        qtbot.addWidget(window)
        window.open()
        qtbot.waitExposed(window)
        bold = QFont(window.table.font())
        bold.setBold(True)
        margin = 2 * (window.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        width = window.table.columnWidth(Column.TIME)
        texts = column(window, Column.TIME)
        assert any(t.startswith(("yesterday", "hier", "gisteren", "gestern")) for t in texts)
        for text in texts:
            assert QFontMetrics(bold).horizontalAdvance(text) + margin <= width, (text, width)
        window.close()
        qloop.run(feature.stop())


def test_filters_say_how_many_calls_they_show(window, qtbot) -> None:
    def labels() -> list[str]:
        return [b.text() for b in window.filter_buttons.values()]

    assert labels() == ["All 6", "Missed 3", "Received 1", "Placed 1"]
    qtbot.keyClicks(window.search, "eve")
    assert labels() == ["All 1", "Missed 1", "Received 0", "Placed 0"]


def test_the_count_follows_the_filter_in_good_english(feature, clock, qm_dir, qtbot) -> None:
    from tests.helpers.ui_language import ui_language

    with ui_language("en", qm_dir):
        window = HistoryWindow(feature, now=clock)
        qtbot.addWidget(window)
        window.open()
        assert window.status.text().startswith("6 calls — updated at ")
        window.set_kind(Kind.RECEIVED)
        assert window.status.text().startswith("1 call shown, of 6 — updated at ")
        window.set_kind(Kind.MISSED)
        assert window.status.text().startswith("3 calls shown, of 6 — updated at ")


def _contrast(a, b) -> float:
    def lum(c) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("base", ["#ffffff", "#1e1f22"])
def test_missed_calls_read_well_on_light_and_dark_palettes(window, qapp, base) -> None:
    from PySide6.QtGui import QColor, QPalette

    before = qapp.palette()
    palette = QPalette(before)
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    qapp.setPalette(palette)
    try:
        model = window.model
        assert model.call_at(0).disp.category.value == "missed"
        colour = model.data(model.index(0, Column.DISPOSITION), Qt.ItemDataRole.ForegroundRole)
        assert _contrast(colour, QColor(base)) >= 4.5
    finally:
        qapp.setPalette(before)
