"""Paths the Nuke tests share (a module of its own: ``conftest`` names more than one module in this suite)."""
import os

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FAKES = os.path.join(REPO, "tests", "fakes", "hosts")
PLUGIN = os.path.join(REPO, "nuke")
SCRIPTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scripts")
SHARED = os.path.join(REPO, "tests", "data", "scenes", "nuke")
