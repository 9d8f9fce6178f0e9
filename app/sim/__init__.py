"""The embedded SOP simulator: the HTTP API and event socket of an Escaux Fusion SOP, simulated.

Used by the ``--demo`` mode and by every integration test. No Qt here.
"""

from app.sim.config import SimConfig
from app.sim.data import DEMO_DP, DEMO_EXT, DEMO_LOGIN
from app.sim.server import SopSimulator
from app.sim.thread import SimThread

__all__ = ["DEMO_DP", "DEMO_EXT", "DEMO_LOGIN", "SimConfig", "SimThread", "SopSimulator"]
