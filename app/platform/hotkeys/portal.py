"""Wayland: the XDG desktop portal's GlobalShortcuts (KDE Plasma 6+, GNOME 48+, Hyprland).

The portal binds shortcuts per session: CreateSession, then BindShortcuts with our preferred
trigger (the desktop may ask the user, or choose another one), then ``Activated`` signals. Each
portal call answers through a ``Request.Response`` signal on a path we can predict from our bus
name and a token, so we subscribe before calling (xdg-desktop-portal: Request). D-Bus is spoken
with jeepney (pure Python, already installed with keyring on Linux) on the asyncio loop, as
QtDBus from Python cannot marshal the ``a(sa{sv})`` argument. Registration runs in the
background: problems arrive through ``failed``. Not testable on Debian bookworm's portal 1.16.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from app.platform.hotkeys.base import HotkeyBackend, HotkeyError, parse_sequence

log = logging.getLogger(__name__)

PORTAL_NAME = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
SHORTCUT_ID = "open-dial-box"


def portal_trigger(sequence: str) -> str:
    """``Ctrl+Alt+D`` in the portal's shortcut syntax (XDG shortcuts spec): ``CTRL+ALT+d``."""
    combo = parse_sequence(sequence)
    names = {"ctrl": "CTRL", "alt": "ALT", "shift": "SHIFT", "meta": "LOGO"}
    mods = [names[m] for m in ("ctrl", "alt", "shift", "meta") if m in combo.modifiers]
    key = combo.key.lower() if len(combo.key) == 1 else combo.key
    return "+".join([*mods, key])


class PortalHotkey(HotkeyBackend):
    name = "portal"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: asyncio.Task[None] | None = None

    def register(self, sequence: str) -> None:
        self.unregister()
        trigger = portal_trigger(sequence)
        try:
            import jeepney  # noqa: F401
        except ImportError as exc:
            raise HotkeyError(
                QCoreApplication.translate("Hotkeys", "jeepney (D-Bus) is not installed.")
            ) from exc
        self._task = asyncio.ensure_future(self._run(trigger))

    def unregister(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()  # closing our bus connection ends the portal session
        self._task = None

    async def _run(self, trigger: str) -> None:
        try:
            await self._serve(trigger)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # no portal, no GlobalShortcuts, refused by the user
            log.info("GlobalShortcuts portal unavailable: %s", exc)
            self.failed.emit(
                QCoreApplication.translate(
                    "Hotkeys", "The desktop offers no global shortcut portal ({reason})."
                ).format(reason=exc)
            )

    async def _serve(self, trigger: str) -> None:
        from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
        from jeepney.io.asyncio import Proxy, open_dbus_router

        portal = DBusAddress(PORTAL_PATH, bus_name=PORTAL_NAME, interface=SHORTCUTS)
        async with open_dbus_router(bus="SESSION") as router:
            bus = Proxy(message_bus, router)
            sender = (router.unique_name or "").lstrip(":").replace(".", "_")

            async def request(method: str, signature: str, body: tuple[Any, ...]) -> Any:
                token = "sopc" + secrets.token_hex(4)
                path = f"{PORTAL_PATH}/request/{sender}/{token}"
                rule = MatchRule(type="signal", interface="org.freedesktop.portal.Request",
                                 member="Response", path=path)  # fmt: skip
                await bus.AddMatch(rule)
                with router.filter(rule) as queue:
                    options = body[-1]
                    options["handle_token"] = ("s", token)
                    reply = await router.send_and_get_reply(
                        new_method_call(portal, method, signature, body)
                    )
                    if reply.header.message_type.name == "error":
                        raise RuntimeError(str(reply.body[0] if reply.body else method))
                    response, results = (await queue.get()).body
                if response != 0:
                    raise RuntimeError(f"{method} refused ({response})")
                return results

            created = await request(
                "CreateSession", "a{sv}", ({"session_handle_token": ("s", "sopc")},)
            )
            session = created["session_handle"][1]
            shortcut = {
                "description": (
                    "s",
                    QCoreApplication.translate("Hotkeys", "Open the SOP Companion dial box"),
                ),
                "preferred_trigger": ("s", trigger),
            }
            await request(
                "BindShortcuts", "oa(sa{sv})sa{sv}", (session, [(SHORTCUT_ID, shortcut)], "", {})
            )
            activated = MatchRule(type="signal", interface=SHORTCUTS, member="Activated",
                                  path=PORTAL_PATH)  # fmt: skip
            await bus.AddMatch(activated)
            with router.filter(activated) as queue:
                while True:
                    body = (await queue.get()).body
                    if body[0] == session and body[1] == SHORTCUT_ID:
                        self.activated.emit()
