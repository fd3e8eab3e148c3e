"""Resident memory of this process (Linux /proc; falls back to getrusage elsewhere)."""

from __future__ import annotations

import resource
from pathlib import Path

_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _status_mib(field: str) -> float | None:
    try:
        for line in _STATUS.read_text(encoding="ascii").splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # reported in kB
    except (OSError, ValueError, IndexError):
        return None
    return None


def current_rss_mib() -> float:
    """Resident set size now, in MiB."""
    found = _status_mib("VmRSS")
    return found if found is not None else peak_rss_mib()


def peak_rss_mib() -> float:
    """Peak resident set size of this process image, in MiB.

    VmHWM, not getrusage: Linux carries ru_maxrss across exec, so a spawned worker would report
    its parent's peak.
    """
    found = _status_mib("VmHWM")
    return found if found is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> bool:
    """Start measuring the peak afresh (Linux: writing 5 to clear_refs); False where unsupported."""
    try:
        _CLEAR_REFS.write_text("5", encoding="ascii")
    except OSError:
        return False
    return True
