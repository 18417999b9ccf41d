"""Turning a page: from the tap that opens an article to the frame that shows it, beside a bare redraw.

Run: ``.venv/bin/python tests/benchmarks/article_open.py [--opens N] [--lang TAG] [--profile]``.

One kiosk, offscreen with the software scene graph at 1080x1920, on the bundled
content (seeded before timing starts). Each open goes back to the topic's
article list and opens the next article, the way a finger does: the reader
screen is pushed, it asks for the article on the database lane, the blocks
arrive, QML builds the page, and the scene graph draws it. The time stops at
the first frame swapped after the article's text is in the model.

The floor, measured in the same window in the same run, alternating with the
opens: ``update()`` on the window and the frame that follows, which is what any
change on screen costs at the least. Reported as p50/p99 and the ratio of the
medians; the target is p50 <= 25 ms. ``--profile`` prints where the Python time
of the opens goes. Writes benchmark-results/article_open.json. Not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PySide6.QtCore import Q_ARG, QCoreApplication, QEvent, QEventLoop, QMetaObject, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from kiosk import config  # noqa: E402
from tests.benchmarks.results import percentile, write_results  # noqa: E402
from ui.app import KioskApp, prepare_environment  # noqa: E402

TARGET_P50_MS = 25.0
SIZE = (1080, 1920)


def wait_until(predicate: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError("the kiosk did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


class Stopwatch:
    """Times from a start to the first frame swapped once ``armed`` is set."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        self.armed = False
        self.stopped: float | None = None
        window.frameSwapped.connect(self._swapped)

    def _swapped(self) -> None:
        if self.armed and self.stopped is None:
            self.stopped = time.perf_counter()

    def reset(self) -> None:
        self.armed, self.stopped = False, None


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--opens", type=int, default=60, help="articles opened (default 60)")
    parser.add_argument("--lang", default="ru", help="UI and content language (default ru)")
    parser.add_argument("--profile", action="store_true", help="print the Python profile of the opens")
    args = parser.parse_args()

    prepare_environment()
    app = QGuiApplication(sys.argv)
    with tempfile.TemporaryDirectory() as scratch:
        settings = config.load(None, environ={"XDG_CONFIG_HOME": scratch}, data_dir=Path(scratch) / "data")
        kiosk = KioskApp(settings, language=args.lang)
        window = kiosk.load(windowed=True, size=SIZE)
        wait_until(lambda: kiosk.store is not None, 300)
        rights = kiosk.rights
        wait_until(lambda: rights.topics.rowCount() > 0)

        def show(screen: str) -> None:
            QMetaObject.invokeMethod(window, "showScreen", Q_ARG("QVariant", screen))

        show("home")
        show("rights")
        topics = [row["topicId"] for row in rights.topics.rows()]
        # Every article of every topic, in list order, so long and short ones alternate.
        articles: list[tuple[str, str]] = []
        for topic in topics:
            show(f"rights_topic:{topic}")
            wait_until(lambda: rights.articles.rowCount() > 0
                       and window.property("currentScreenName") == "rights_topic")
            articles += [(topic, row["articleId"]) for row in rights.articles.rows()]
            QMetaObject.invokeMethod(window, "goBack")
        watch = Stopwatch(window)
        shown: list[str] = []
        rights.articleChanged.connect(lambda: shown.append(rights.articleId))

        opens, redraws, pushes, to_model, cpu = [], [], [], [], []
        profile = cProfile.Profile() if args.profile else None
        for number in range(args.opens + 3):  # the first three warm up, and are not counted
            topic, article = articles[number % len(articles)]
            show(f"rights_topic:{topic}")
            wait_until(lambda: window.property("currentScreenName") == "rights_topic")
            settle(app)

            watch.reset()
            shown.clear()
            window.update()
            started = time.perf_counter()
            watch.armed = True
            wait_until(lambda: watch.stopped is not None)
            redraw = watch.stopped - started  # type: ignore[operator]

            watch.reset()
            if profile:
                profile.enable()
            started, used = time.perf_counter(), time.process_time()
            show(f"rights_article:{article}")
            pushed = time.perf_counter()
            wait_until(lambda article=article: article in shown)  # type: ignore[misc]
            in_model = time.perf_counter()
            watch.armed = True
            wait_until(lambda: watch.stopped is not None)
            used = time.process_time() - used
            if profile:
                profile.disable()
            if number >= 3:
                opens.append((watch.stopped - started) * 1000)  # type: ignore[operator]
                cpu.append(used * 1000)
                pushes.append((pushed - started) * 1000)
                to_model.append((in_model - started) * 1000)
                redraws.append(redraw * 1000)
            QMetaObject.invokeMethod(window, "goBack")
            QMetaObject.invokeMethod(window, "goBack")
            # The pages just left are deleted later, by the event loop this script does
            # not return to; a kiosk's would, so do it here as it would.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        kiosk.close()

    rows = {"bare redraw (floor)": redraws, "open an article": opens,
            "  of which: the reader page made (before its text)": pushes,
            "  of which: until the text is in the model": to_model,
            "  CPU the kiosk used for it (less moved by other load)": cpu}
    print(f"\n{args.opens} article opens ({args.lang}, {len(articles)} articles), ms")
    print(f"{'':<56} {'p50':>7} {'p90':>7} {'p99':>7} {'max':>7}")
    for name, values in rows.items():
        print(f"{name:<56} {percentile(values, 0.5):>7.1f} {percentile(values, 0.9):>7.1f} "
              f"{percentile(values, 0.99):>7.1f} {max(values):>7.1f}")
    ratio = statistics.median(opens) / statistics.median(redraws)
    print(f"open / floor (medians): {ratio:.1f}x; target p50 <= {TARGET_P50_MS:.0f} ms: "
          f"{'met' if percentile(opens, 0.5) <= TARGET_P50_MS else 'not met'}")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    write_results("article_open", {
        "opens": args.opens, "language": args.lang, "size": list(SIZE), "target_p50_ms": TARGET_P50_MS,
        "open_ms": opens, "to_model_ms": to_model, "redraw_ms": redraws, "open_cpu_ms": cpu,
        "push_ms": pushes,
        "open_p50": percentile(opens, 0.5), "open_p99": percentile(opens, 0.99),
        "redraw_p50": percentile(redraws, 0.5), "redraw_p99": percentile(redraws, 0.99), "ratio_median": ratio})
    return 0


def settle(app: QGuiApplication) -> None:
    """Let the list screen finish drawing before the next measurement."""
    done = []
    QTimer.singleShot(30, lambda: done.append(True))
    while not done:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


if __name__ == "__main__":
    sys.exit(main())
