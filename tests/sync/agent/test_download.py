"""Fetching a release file over a network that cuts, lies and gets in the way."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from sync.agent.download import FileFetcher
from sync.agent.errors import CentreUnreachable, NoRoom, ReleaseRefused
from sync.agent.http import Timeouts
from sync.protocol.files import file_ref
from sync.protocol.manifest import FileRef
from tests.kiosk.store.faults import fill, small_tmpfs
from tests.sync.agent.standin import StandInCentre
from tests.sync.faultproxy import Fault, FaultProxy, first

SIZE = 600_000


@pytest.fixture
def centre() -> Iterator[StandInCentre]:
    with StandInCentre() as centre:
        yield centre


@pytest.fixture
def payload(centre: StandInCentre) -> tuple[bytes, FileRef]:
    data = os.urandom(SIZE)  # random bytes: nothing between here and there can shrink them
    ref = file_ref(data)
    centre.files[ref.sha256] = data
    return data, ref


def fetcher(url: str, folder: Path) -> FileFetcher:
    return FileFetcher(requests.Session(), url, folder, timeouts=Timeouts(connect_s=5, read_s=5))


def test_a_file_cut_midway_resumes_from_its_part_and_fetches_only_the_rest(
        centre: StandInCentre, payload: tuple[bytes, FileRef], tmp_path: Path) -> None:
    data, ref = payload
    with FaultProxy(centre.port, first([Fault.cut(250_000)])) as proxy:
        files = fetcher(proxy.url, tmp_path)
        with pytest.raises(CentreUnreachable, match="will resume"):
            files.fetch(ref)
        have = files.part(ref).stat().st_size
        assert 100_000 < have < 250_000  # the headers took some of the 250 000 bytes that got through
        assert files.part(ref).read_bytes() == data[:have]

        assert files.fetch(ref) == data

    (_, first_status, _), (_, second_status, second_sent) = centre.received.file_answers
    assert (first_status, second_status) == (200, 206)
    assert second_sent == SIZE - have < SIZE  # the second answer carried the rest, not the whole
    assert files.counter.bytes_read == SIZE


def test_a_file_cut_again_and_again_still_arrives_whole(
        centre: StandInCentre, payload: tuple[bytes, FileRef], tmp_path: Path) -> None:
    data, ref = payload
    cuts = [Fault.cut(90_000)] * 8
    with FaultProxy(centre.port, first(cuts)) as proxy:
        files = fetcher(proxy.url, tmp_path)
        tries = 0
        while True:
            tries += 1
            try:
                got = files.fetch(ref)
                break
            except CentreUnreachable:
                assert tries < 20
    assert got == data
    assert tries >= SIZE // 90_000 + 1  # each cut brought at most 90 000 bytes
    assert files.counter.bytes_read == SIZE  # never a byte fetched twice
    print(f"\n{tries} tries, {proxy.stats.bytes_to_clients} bytes through the network for a file of {SIZE}")


def test_a_server_that_ignores_range_is_read_past_what_is_held(
        centre: StandInCentre, payload: tuple[bytes, FileRef], tmp_path: Path) -> None:
    data, ref = payload
    files = fetcher(centre.url, tmp_path)
    files.part(ref).write_bytes(data[:200_000])  # left by an earlier cut
    centre.file_mode = "ignore_range"
    assert files.fetch(ref) == data
    assert centre.received.file_answers[-1][1] == 200


@pytest.mark.parametrize("fault", [Fault.reset(), Fault.drop_reply()], ids=["reset", "reply dropped"])
def test_a_broken_connection_is_a_network_fault_that_keeps_nothing_wrong(
        centre: StandInCentre, payload: tuple[bytes, FileRef], tmp_path: Path, fault: Fault) -> None:
    data, ref = payload
    with FaultProxy(centre.port, first([fault])) as proxy:
        files = fetcher(proxy.url, tmp_path)
        with pytest.raises(CentreUnreachable):
            files.fetch(ref)
        assert files.fetch(ref) == data


def test_a_captive_portal_page_is_refused_and_nothing_of_it_is_kept(
        centre: StandInCentre, payload: tuple[bytes, FileRef], tmp_path: Path) -> None:
    _, ref = payload
    centre.file_mode = "captive"
    files = fetcher(centre.url, tmp_path)
    with pytest.raises(ReleaseRefused, match="text/html") as refused:
        files.fetch(ref)
    assert refused.value.reason == "unexpected_response"
    assert not files.part(ref).exists()


def test_a_server_that_sends_without_end_is_cut_off_at_the_manifests_size(
        centre: StandInCentre, payload: tuple[bytes, FileRef], tmp_path: Path) -> None:
    data, ref = payload
    centre.file_mode = "endless"
    files = fetcher(centre.url, tmp_path)
    with pytest.raises(ReleaseRefused) as refused:
        files.fetch(ref)
    assert refused.value.reason == "too_large"
    assert files.counter.bytes_read == SIZE  # and the one byte too many, read past the counter
    assert not files.part(ref).exists()
    centre.file_mode = "normal"
    assert files.fetch(ref) == data


def test_other_bytes_than_the_manifest_names_are_refused_and_thrown_away(
        centre: StandInCentre, payload: tuple[bytes, FileRef], tmp_path: Path) -> None:
    data, ref = payload
    centre.file_mode = "other_bytes"
    files = fetcher(centre.url, tmp_path)
    with pytest.raises(ReleaseRefused) as refused:
        files.fetch(ref)
    assert refused.value.reason == "file_mismatch"
    assert not files.part(ref).exists()  # the next try starts afresh, not from wrong bytes
    centre.file_mode = "normal"
    assert files.fetch(ref) == data


def test_a_file_the_server_says_is_another_size_is_refused_before_it_is_read(
        centre: StandInCentre, payload: tuple[bytes, FileRef], tmp_path: Path) -> None:
    _, ref = payload
    files = fetcher(centre.url, tmp_path)
    with pytest.raises(ReleaseRefused) as refused:
        files.fetch(FileRef(ref.sha256, ref.size - 1))
    assert refused.value.reason == "wrong_size"
    assert files.counter.bytes_read == 0


def test_a_missing_file_is_not_mistaken_for_one(centre: StandInCentre, tmp_path: Path) -> None:
    files = fetcher(centre.url, tmp_path)
    with pytest.raises(Exception, match="404") as failed:
        files.fetch(FileRef("0" * 64, 10))
    assert not isinstance(failed.value, CentreUnreachable)


def test_a_full_disk_fails_cleanly_and_what_fitted_stays_for_later(
        centre: StandInCentre, payload: tuple[bytes, FileRef], tmp_path: Path) -> None:
    data, ref = payload
    with small_tmpfs(tmp_path / "small", 2) as disk:
        downloads = disk / "downloads"
        downloads.mkdir()
        filler = fill(disk, leave=300_000)
        files = fetcher(centre.url, downloads)
        with pytest.raises(NoRoom, match="no room"):
            files.fetch(ref)
        filler.unlink()
        assert files.fetch(ref) == data
