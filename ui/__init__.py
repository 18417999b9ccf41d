"""The PySide6 touch front end.

QML draws and binds; the Python view-models here hold the state and call into
``kiosk``. Anything slow runs on :class:`ui.tasks.TaskRunner`, never on the GUI
thread.
"""
