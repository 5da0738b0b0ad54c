"""Telling whether another Attest process is still there: the writer a waiting process names, and the
import a killed process left unfinished.

A process is named by this computer's tag and its process id. The tag is a hash of the host name, so that
a workspace on a shared folder can tell its own computer's processes from another's without the host name
(which may carry an asset number or a person's name) being written into it.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sys


def _host_tag() -> str:
    try:
        name = socket.gethostname()
    except OSError:  # no name: every process then looks local, which only makes us more patient
        name = ""
    return hashlib.sha256(name.encode("utf-8", "replace")).hexdigest()[:12]


HOST = _host_tag()


def alive(pid: int) -> bool:
    """Whether process ``pid`` of this computer is running. A process we may not signal (another user's)
    counts as running: only a process known to be gone is treated as gone."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: nothing is sent, the kernel only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    def _alive_windows(pid: int) -> bool:
        """``os.kill`` on Windows terminates the process whatever the signal, so ask the kernel instead."""
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists, and is someone else's
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
else:
    def _alive_windows(pid: int) -> bool:  # never called off Windows; defined so the name always exists
        raise NotImplementedError
