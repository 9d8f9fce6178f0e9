"""Simulator profiles: how the simulated SOP reads the reference where it is silent.

``default`` is the friendly reading the simulator always had: every call with and without
``.php``, ``.json`` wherever a JSON URL is shown, ``wildcards`` honoured, history newest first,
ringing legs listed by ccGetChannels, XML answers for ccSetvar/ccGetvar, only accepted PUM calls
starting the 90 seconds, ``<evPong/>`` bare.

``reference`` answers only what the reference literally shows and takes the *other* plausible
reading wherever it is silent, so a client that passes against both does not depend on either:
no suffix for the calls documented without one (``.php`` is a 404 there), ``.php`` only for the
others, no ``.json`` for dbSetProfile (only an XML answer is documented), ``wildcards`` ignored
(substring match, as before API 2.33.3) with a decoy user whose login and extension contain the
demo user's and who is listed first, call history oldest first with ``limit`` keeping the
oldest, only established channels in ccGetChannels ("Retrieve the list of established
channels"), bare ``ccSetvar``/``ccGetvar`` answers (``0``, ``test``), every PUM call starting the
90 seconds, ``evPong`` sent with a child element, ccGetQueueStatus answering only for the
``queue`` it is asked about (an empty list without one), and ccQueuePause refusing with
``<Result>1</Result>`` rather than an ``<Error>`` text beside ``<Paused>0</Paused>``, and
dbGetProfileParameters' JSON (whose shape the reference does not show) under a
``ProfileParameters`` key, as its XML root, rather than keyed by parameter name at the top.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.sop import catalogue


@dataclass(frozen=True, slots=True)
class SimProfile:
    name: str
    documented_forms_only: bool
    honours_wildcards: bool
    decoy_user: bool
    history_newest_first: bool
    lists_ringing_channels: bool
    bare_var_answers: bool
    every_pum_call_counts: bool
    pong_with_child: bool
    queue_status_lists_all: bool = True
    pause_refusal_as_result: bool = False
    parameters_json_wrapped: bool = False

    def serves(self, call: str, suffix: str) -> bool:
        """Whether ``/xml/<call>[.suffix]`` exists on this SOP (else HTTP 404)."""
        try:
            entry = catalogue.get(call)
        except KeyError:
            return False
        if self.documented_forms_only:
            if suffix == "json" and not entry.json_answer:
                return False
            return suffix in entry.suffixes
        if suffix == "json":
            return "json" in entry.suffixes
        # The friendly reading: every call that has an XML form, with or without ".php".
        return entry.suffixes != ("json",)


DEFAULT = SimProfile(
    name="default",
    documented_forms_only=False,
    honours_wildcards=True,
    decoy_user=False,
    history_newest_first=True,
    lists_ringing_channels=True,
    bare_var_answers=False,
    every_pum_call_counts=False,
    pong_with_child=False,
)

REFERENCE = SimProfile(
    name="reference",
    documented_forms_only=True,
    honours_wildcards=False,
    decoy_user=True,
    history_newest_first=False,
    lists_ringing_channels=False,
    bare_var_answers=True,
    every_pum_call_counts=True,
    pong_with_child=True,
    queue_status_lists_all=False,
    pause_refusal_as_result=True,
    parameters_json_wrapped=True,
)

PROFILES = {profile.name: profile for profile in (DEFAULT, REFERENCE)}
NAMES = tuple(PROFILES)


def get(name: str) -> SimProfile:
    """The profile called ``name``; ValueError naming the choices otherwise."""
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(f"unknown simulator profile {name!r}; choose one of {NAMES}") from None
