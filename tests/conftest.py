"""Settings every test shares.

Qt must be told to run offscreen with the software scene graph before any Qt
module loads: plain offscreen rendering has hung on these machines.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
