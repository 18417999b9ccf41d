import threading

from ui.tasks import TaskRunner


def test_jobs_run_off_the_gui_thread_and_report_back_on_it(qtbot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def job() -> int:
        seen["job_thread"] = threading.current_thread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback_thread"] = threading.current_thread()

    for lane in ("db", "io", "speech"):
        seen.clear()
        runner.submit(lane, job, done)
        qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
        assert seen["result"] == 42
        assert seen["job_thread"] is not threading.main_thread()
        assert seen["callback_thread"] is threading.main_thread()
    runner.shutdown()


def test_the_database_lane_is_one_thread_so_there_is_one_writer(qtbot) -> None:
    runner = TaskRunner()
    threads = set()
    futures = [runner.submit("db", lambda: threads.add(threading.get_ident())) for _ in range(20)]
    for future in futures:
        future.result(timeout=5)
    assert len(threads) == 1
    runner.shutdown()


def test_a_handled_failure_goes_to_its_handler(qtbot) -> None:
    runner = TaskRunner()
    caught: list[BaseException] = []

    def fail() -> None:
        raise OSError("disk full")

    runner.submit("io", fail, on_failure=caught.append)
    qtbot.waitUntil(lambda: bool(caught), timeout=5000)
    assert isinstance(caught[0], OSError)
    runner.shutdown()


def test_an_unhandled_failure_is_announced_as_a_bug(qtbot) -> None:
    runner = TaskRunner()

    def fail() -> None:
        raise KeyError("missing")

    with qtbot.waitSignal(runner.unexpectedFailure, timeout=5000) as signal:
        runner.submit("io", fail)
    assert "KeyError" in signal.args[0]
    runner.shutdown()


def test_a_cache_that_cannot_be_written_is_logged_not_announced_as_a_bug(qtbot, caplog) -> None:
    from kiosk.store import StoreUnavailable

    runner = TaskRunner()
    bugs: list[str] = []
    runner.unexpectedFailure.connect(bugs.append)

    def full() -> None:
        raise StoreUnavailable("full", "could not save: the disk holding /data is full")

    future = runner.submit("db", full)
    qtbot.waitUntil(lambda: "the disk holding /data is full" in caplog.text, timeout=5000)
    assert future.exception() is not None
    assert bugs == [], "a full disk is the machine's failure: the person is not sent back to the start"
    runner.shutdown()
