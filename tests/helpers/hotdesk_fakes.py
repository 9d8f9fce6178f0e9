"""Fakes for hot-desk tests: movable clocks, a PUM/PIN-speaking client, an in-memory PIN store."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from app.core.feature import FeatureContext
from app.core.session import Session
from app.core.settings import Settings
from app.features.hotdesk.model import HotDesk
from app.features.hotdesk.pum_state import DeskStateStore
from app.features.hotdesk.pum_throttle import PumThrottle
from app.sop.errors import PumError
from app.sop.models import AuthResult, DirectoryEntry, PumResult
from tests.helpers.stubs import ALICE, FakeClient

BOB = DirectoryEntry(ext="203", login="bob@example.be", fn="Bob", ln="Martin", dp="SDP3")
DESK = "SDP80002"


class Clocks:
    """A monotonic and a wall clock that tests move by hand (and can set apart)."""

    def __init__(self, mono: float = 1000.0, wall: float = 1_800_000_000.0) -> None:
        self.mono = mono
        self.wall_s = wall

    def monotonic(self) -> float:
        return self.mono

    def wall(self) -> float:
        return self.wall_s

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall_s += seconds


class FakePumClient(FakeClient):
    """FakeClient plus pumLogin/pumLogout/dbAuthenticate with PINs per extension."""

    def __init__(self) -> None:
        super().__init__()
        self.directory = [ALICE, BOB]
        self.pins: dict[str, str] = {"201": "1111", "203": "4321"}
        self.refuse_pum: str | None = None  # the SOP's Error text for the next PUM call

    async def _pum(self, name: str, ext: str, phone: str = "") -> PumResult:
        kw = {"ext": ext, "phone": phone} if name == "pum_login" else {"ext": ext}
        await self._enter(name, **kw)
        if self.refuse_pum is not None:
            text, self.refuse_pum = self.refuse_pum, None
            call = "pumLogin" if name == "pum_login" else "pumLogout"
            raise PumError(f"The SOP could not do it: {text}.", code=1, call=call, detail=text)
        if name == "pum_login":
            return PumResult(ext, phone, "OK", "Connexion successfully done.", f"SVE{ext}01")
        return PumResult(ext, "", "OK", "Logout successfully done.")

    async def pum_login(self, ext: str, phone: str) -> PumResult:
        return await self._pum("pum_login", ext, phone)

    async def pum_logout(self, ext: str) -> PumResult:
        return await self._pum("pum_logout", ext)

    async def authenticate(
        self,
        ext: str,
        *,
        command: str = "check",
        password: str | None = None,
        newpassword: str | None = None,
        parameter: str | None = None,
    ) -> AuthResult:
        await self._enter("authenticate", ext=ext, parameter=parameter)  # the PIN not recorded
        stored = self.pins.get(ext)
        if stored is None:
            return AuthResult.NOK
        if stored == "":
            return AuthResult.UNDEFINED
        return AuthResult.OK if password == stored else AuthResult.NOK

    def pum_calls(self) -> list[tuple[str, dict[str, object]]]:
        return [(n, kw) for n, kw in self.calls if n.startswith("pum_")]


class MemoryPins:
    """The SecretStore interface over a dict (the real one is tested with the memory keyring)."""

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}
        self.threads: list[tuple[str, int]] = []  # (operation, thread id) of every call

    def get_password(self, server_url: str, username: str) -> str | None:
        self.threads.append(("get", threading.get_ident()))
        return self.saved.get((server_url, username))

    def set_password(self, server_url: str, username: str, password: str) -> None:
        self.threads.append(("set", threading.get_ident()))
        self.saved[(server_url, username)] = password

    def delete_password(self, server_url: str, username: str) -> None:
        self.threads.append(("delete", threading.get_ident()))
        self.saved.pop((server_url, username), None)


def make_hotdesk(
    cfg_dir: Path,
    client: FakeClient,
    clocks: Clocks,
    *,
    settings: Settings | None = None,
    session: Session | None = None,
    pins: object = None,
    now: datetime | None = None,
) -> HotDesk:
    """A HotDesk whose files live in ``cfg_dir`` and whose clocks are ``clocks``."""
    settings = settings or Settings(server_url="http://sop.test", user="201", desk_phone=DESK)
    session = session or Session(client, settings.user, "en")
    ctx = FeatureContext(
        settings=settings, session=session, client=client, cfg_dir=cfg_dir, lang="en"
    )
    throttle = PumThrottle(
        cfg_dir / "pum-throttle.json", monotonic=clocks.monotonic, wall=clocks.wall
    )
    return HotDesk(
        ctx,
        throttle=throttle,
        store=DeskStateStore(cfg_dir / "pum-state.json"),
        pins=pins if pins is not None else MemoryPins(),
        now=(lambda: now) if now is not None else datetime.now,
    )
