"""Telling a server process that still runs from one that ended, by the owner name its jobs carry."""
from __future__ import annotations

import socket

import psutil

from pharmalens.interfaces.job_owners import has_ended, new_owner


def test_this_process_runs_and_its_queues_are_told_apart():
    first, second = new_owner(), new_owner()
    assert first != second
    assert not has_ended(first) and not has_ended(second)


def test_a_pid_taken_by_a_later_process_counts_as_ended():
    me = psutil.Process()
    earlier = f"{socket.gethostname()}:{me.pid}:{me.create_time() - 3600:.3f}:q"
    assert has_ended(earlier)


def test_another_hosts_process_is_left_alone_and_an_unowned_job_has_ended():
    assert not has_ended(f"not-{socket.gethostname()}.example:1:0.000:q")
    assert has_ended(None) and has_ended("")
    assert has_ended(f"{socket.gethostname()}:no-pid:0:q")
