"""The README's main command: `realpolitik demo` ingests the sample corpus and serves it."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest


@pytest.mark.slow
def test_demo_ingests_the_sample_and_serves_the_dashboard(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "demo.duckdb"
    db.write_bytes(b"stale")  # a fresh store is made whatever was there
    env = {k: v for k, v in os.environ.items() if k != "REALPOLITIK_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-m", "realpolitik.cli", "demo", "--db", str(db),
                             "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 300
        summary = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(base + "/api/summary", timeout=5) as r:
                    summary = json.load(r)
                break
            except OSError:
                time.sleep(0.5)
        assert summary is not None, "the demo server did not come up"
        assert summary["articles"] == 49 and summary["events"] > 300
        assert summary["writable"] is True  # a one-time token was made
        with urllib.request.urlopen(base + "/", timeout=5) as r:
            page = r.read().decode()
        assert "<script" in page and "app.js" in page
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    assert "token for corrections:" in err
    assert f"http://127.0.0.1:{port}/" in err
