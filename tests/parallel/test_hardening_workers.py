"""`--jobs N` workers end when their parent is killed (issue 14 item 6)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

# A parent that starts two workers (with a model that does not exist, so that none loads 500 MB),
# prints their process ids and then waits to be killed.
PARENT = textwrap.dedent(
    """
    import sys, time
    from eventwire.nlp.pipeline import PipelineConfig
    from eventwire.parallel import ExtractorSpec, Workers

    if __name__ == "__main__":
        workers = Workers(ExtractorSpec(config=PipelineConfig(model="no_such_model_for_test")), jobs=2)
        futures = [workers.pool.submit(time.sleep, 1.0) for _ in range(2)]
        for future in futures:
            future.result()
        print(" ".join(str(pid) for pid in workers.pool._processes), flush=True)
        time.sleep(120)
    """
)


def _alive(pid: int) -> bool:
    """Whether a process exists and is not a zombie waiting for a reaper."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_within_seconds_of_their_parent_being_killed(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    pids: list[int] = []
    try:
        assert parent.stdout is not None
        line = parent.stdout.readline()
        pids += [int(pid) for pid in line.split()]
        assert len(pids) == 2 and all(_alive(pid) for pid in pids), line
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in pids), "workers outlived their killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for pid in pids:  # the test's own workers, should they have outlived it
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
