"""Fakes for the dialling tests: a directory-serving, call-recording SOP client."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.core.feature import FeatureContext
from app.core.session import Session
from app.core.settings import Settings
from app.sop.errors import CallControlError
from app.sop.models import DirectoryEntry
from tests.helpers.stubs import ALICE, FakeClient

INES = DirectoryEntry(ext="234", login="ines.vandamme@example.be", fn="Inès", ln="Van Damme",
                      dp="SDP234", mobile="+32 475 12 34 56")  # fmt: skip
BRAM = DirectoryEntry(ext="235", login="bram.peeters@example.be", fn="Bram", ln="Peeters",
                      dp="SDP235")  # fmt: skip
NOPHONE = DirectoryEntry(ext="299", login="nophone@example.be", fn="No", ln="Phone")


class DialClient(FakeClient):
    """Serves ``directory`` with the SOP's filter semantics used by the app (prefix ``N%`` with
    ``wildcards=strict``, substring otherwise); records ``originate``; ``gates`` holds calls to
    one field until released."""

    def __init__(self) -> None:
        super().__init__()
        self.directory = [ALICE, INES, BRAM, NOPHONE]
        self.originated: list[dict[str, object]] = []
        self.gates: dict[str, asyncio.Event] = {}

    async def get_directory_info(self, **filters: str) -> list[DirectoryEntry]:
        self.calls.append(("get_directory_info", dict(filters)))
        strict = filters.pop("wildcards", "") == "strict"
        for key in filters:
            gate = self.gates.get(key)
            if gate is not None:
                await gate.wait()
        exc = self.fail_next.pop("get_directory_info", None)
        if exc is not None:
            raise exc

        def ok(entry: DirectoryEntry) -> bool:
            for key, value in filters.items():
                field, wanted = str(getattr(entry, key)).lower(), value.lower()
                if strict and wanted.endswith("%"):
                    hit = field.startswith(wanted[:-1])
                else:
                    hit = field == wanted if strict else wanted in field
                if not hit:
                    return False
            return True

        return [e for e in self.directory if ok(e)]

    async def originate(self, **params: object) -> None:
        await self._enter("originate", **params)
        self.originated.append(params)


def refused(code: int = 1) -> CallControlError:
    return CallControlError("ccOriginate failed", code=code, call="ccOriginate")


def dial_context(client: FakeClient, cfg_dir: Path, **settings: object) -> FeatureContext:
    base = Settings(server_url="http://sop.test", user="201")
    session = Session(client, "201", "en")
    return FeatureContext(
        settings=base.replace(**settings), session=session, client=client, cfg_dir=cfg_dir,
        lang="en",
    )  # fmt: skip
