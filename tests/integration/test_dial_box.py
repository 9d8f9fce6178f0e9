"""The dial box driven by the keyboard alone, against the simulator (real client, real SOP
answers): type a name, arrows, Enter dials; Esc closes; a refused number sends nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt

from app.core.feature import FeatureContext
from app.core.session import Session
from app.core.settings import Settings
from app.features.dial.model import DialFeature
from app.features.dial.window import DialWindow

# The offscreen platform cannot raise a window; the dial box asks it to (real desktops can).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def feature(qapp, qloop, sim, cfg_dir):
    from app.sop.client import SopClient

    client = SopClient(sim.http_url)
    session = Session(client, "201", "en")
    assert qloop.run(session.refresh())
    settings = Settings(server_url=sim.http_url, user="201")
    ctx = FeatureContext(settings=settings, session=session, client=client, cfg_dir=cfg_dir,
                         lang="en")  # fmt: skip
    f = DialFeature(ctx)
    assert qloop.run(f.cache.refresh())
    yield f
    qloop.run(f.stop())
    qloop.run(client.aclose())


def originations(sim) -> list[dict[str, str]]:
    return sim.call(lambda s: list(s.state.originations))


def rows(window: DialWindow) -> list[str]:
    return [window.model.index(i).data() for i in range(window.model.rowCount())]


def test_dial_a_colleague_by_name_with_the_keyboard(feature, sim, qtbot, qloop) -> None:
    window = DialWindow(feature)
    qtbot.addWidget(window)
    window.open()
    qtbot.keyClicks(window.input, "van dam")
    names = rows(window)
    assert names and all("Van Damme" in r for r in names), names
    target = names[1].split("   ")[1]  # second match: name, extension[, mobile]
    qtbot.keyClick(window.input, Qt.Key.Key_Down)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qloop.until(lambda: originations(sim))
    assert originations(sim) == [
        {"phone_id": "SDP20001", "to": target, "ext": "201", "async": "true"}
    ]
    qloop.until(lambda: not window.isVisible())
    assert feature.recent.items[0].number == target


def test_ctrl_enter_dials_the_mobile(feature, sim, qtbot, qloop) -> None:
    entry = next(e for e in feature.cache.index.entries if e.mobile and e.ext != "201")
    window = DialWindow(feature)
    qtbot.addWidget(window)
    window.open()
    qtbot.keyClicks(window.input, entry.login)
    assert entry.name in rows(window)[0]
    qtbot.keyClick(window.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qloop.until(lambda: originations(sim))
    assert originations(sim)[0]["to"] == "".join(c for c in entry.mobile if c in "+0123456789")


def test_typed_number_is_the_first_row_and_prefill_works(feature, sim, qtbot, qloop) -> None:
    window = DialWindow(feature)
    qtbot.addWidget(window)
    window.open(prefill="tel:+32-2-555-1234")
    assert rows(window)[0].startswith("Dial 02 555 12 34")  # as people write it
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qloop.until(lambda: originations(sim))
    assert originations(sim)[0]["to"] == "+3225551234"


def test_refused_number_is_explained_and_nothing_is_sent(feature, sim, qtbot, qloop) -> None:
    window = DialWindow(feature)
    qtbot.addWidget(window)
    window.open()
    qtbot.keyClicks(window.input, "02 555 & 12")
    assert rows(window) == []  # no such person, not a number
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.isVisible() and not window.message.isHidden()
    assert "“&” is not allowed" in window.message.text()
    assert originations(sim) == []
    assert window.message.textFormat() == Qt.TextFormat.PlainText


def test_sop_error_keeps_the_box_open_with_the_reason(feature, sim, qtbot, qloop) -> None:
    sim.call(lambda s: s.faults.set_mode(call="ccOriginate", mode="http500"))
    window = DialWindow(feature)
    qtbot.addWidget(window)
    window.open(prefill="0475123456")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qloop.until(lambda: "not placed" in window.message.text())
    assert window.isVisible() and not feature.busy
    requests = sim.call(lambda s: [c for c, _p in s.state.request_log if c == "ccOriginate"])
    assert requests == ["ccOriginate"]  # never retried


def test_recent_numbers_when_empty_and_escape_closes(feature, sim, qtbot, qloop) -> None:
    assert qloop.run(feature.dial("0475 12 34 56"))["exit"] == 0
    window = DialWindow(feature)
    qtbot.addWidget(window)
    window.open()
    assert rows(window) == ["Recent: 0475 12 34 56"]
    qtbot.keyClick(window.input, Qt.Key.Key_Escape)
    assert not window.isVisible()


class _Tray:
    icon = None


class _Controller(QObject):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.tray = _Tray()


def test_tray_menu_entry_opens_the_dial_box(feature, qtbot) -> None:
    from PySide6.QtWidgets import QMenu

    from app.features.dial.menu import DialUi

    ui = DialUi(feature, _Controller(feature.ctx.settings))  # type: ignore[arg-type]
    menu = QMenu()
    ui.build_menu(menu)
    action = next(a for a in menu.actions() if a.objectName() == "dialAction")
    assert action.text() == "Dial…"
    action.trigger()
    assert ui.window is not None and ui.window.isVisible()
    # offscreen: no global hotkey; status --json says why
    assert feature.snapshot()["dial"]["hotkey"]["active"] is False
    ui.close()
    assert ui.window is None


def test_presence_dot_and_translated_status_follow_the_directory_copy(
    qapp, qloop, sim, cfg_dir, qtbot
) -> None:
    from PySide6.QtGui import QColor

    from app.sop.client import SopClient
    from app.ui.directory_rows import GREEN, RED

    client = SopClient(sim.http_url)
    session = Session(client, "201", "fr")  # statuses translated as the user's are
    assert qloop.run(session.refresh())
    ctx = FeatureContext(settings=Settings(server_url=sim.http_url, user="201"), session=session,
                         client=client, cfg_dir=cfg_dir, lang="fr")  # fmt: skip
    feature = DialFeature(ctx)
    try:
        person = sim.call(
            lambda s: next(p for p in s.state.people.values()
                           if p.ext != "201" and p.profile == "Template-User")
        )  # fmt: skip
        sim.call(lambda s: setattr(s.state.person(person.ext), "status", "Office"))
        assert qloop.run(feature.cache.refresh())
        window = DialWindow(feature)
        qtbot.addWidget(window)
        window.open()
        lookups = sim.call(lambda s: len(s.state.request_log))
        qtbot.keyClicks(window.input, person.ext)
        assert rows(window)[0].startswith(f"Dial {person.ext}")  # the typed number first
        row = rows(window)[1].split("   ")
        assert row[:3] == [person.name, person.ext, "Bureau"]

        def dot() -> QColor:
            # The list lays rows out in batches, right after the keystroke's turn of the loop.
            qtbot.waitUntil(lambda: not window.list.visualRect(window.model.index(1)).isEmpty())
            image = window.list.viewport().grab().toImage()
            height = window.list.sizeHintForRow(0)
            return image.pixelColor(8 + 5, height + height // 2)  # the second row's dot

        assert dot().name() == GREEN
        # No request per keystroke: the directory copy answered every key.
        assert sim.call(lambda s: len(s.state.request_log)) == lookups

        sim.call(lambda s: setattr(s.state.person(person.ext), "status", "Meeting"))
        assert qloop.run(feature.cache.refresh())  # the copy's refresh brings the new status
        assert rows(window)[1].split("   ")[:3] == [person.name, person.ext, "Réunion"]
        assert dot().name() == RED
    finally:
        qloop.run(feature.stop())
        qloop.run(client.aclose())


def test_every_match_scrolls_and_the_rest_is_counted(feature, qtbot) -> None:
    window = DialWindow(feature)
    qtbot.addWidget(window)
    window.open()
    qtbot.keyClicks(window.input, "a")
    total = feature.search.total
    assert total > 8
    assert window.model.rowCount() == min(total, feature.search.limit)
    assert window.more.text()
    assert window.more.text().startswith(f"{total - 8} more match")
    for _ in range(window.model.rowCount() - 1):
        qtbot.keyClick(window.input, Qt.Key.Key_Down)  # down to the last match
    assert window.list.currentIndex().row() == window.model.rowCount() - 1
    qtbot.keyClicks(window.input, "zzzq")
    assert window.more.text() == ""
