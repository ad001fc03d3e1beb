"""Two real `mend` processes sharing one PostgreSQL database: partners on different instances see
each other's events live, relayed through PostgreSQL's LISTEN/NOTIFY."""
import base64
import json
import os
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid

import pytest
from websockets.sync.client import connect

from conftest import free_port

BINARY = os.environ.get("MEND_BINARY", ".build/debug/mend")
DATABASE = os.environ.get("MEND_TEST_POSTGRES_URL")

if not DATABASE:
    if os.environ.get("CI") == "true":
        raise RuntimeError("MEND_TEST_POSTGRES_URL must be set in CI")
    pytest.skip("MEND_TEST_POSTGRES_URL is unset", allow_module_level=True)


def start_instance(key):
    port = free_port()
    env = dict(os.environ, MEND_PASSWORD_COST="4", MEND_LOG_LEVEL="warning", MEND_SECRET_KEY=key, MEND_DATABASE_URL=DATABASE)
    process = subprocess.Popen([BINARY, "--port", str(port), "--data-dir", tempfile.mkdtemp()], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
            return port, process
        except Exception:
            if process.poll() is not None or time.time() > deadline:
                raise RuntimeError("instance did not start: " + (process.stdout.read() if process.poll() is not None else ""))
            time.sleep(0.1)


def call(port, method, path, body=None, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method, headers=headers,
                                     data=json.dumps(body).encode() if body is not None else None)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


@pytest.fixture(scope="module")
def instances():
    key = base64.b64encode(os.urandom(32)).decode()
    first, second = start_instance(key), start_instance(key)
    yield first[0], second[0]
    for _, process in (first, second):
        process.terminate()
        process.wait(timeout=15)


def test_partners_on_different_instances_see_each_other_live(instances):
    a_port, b_port = instances
    suffix = uuid.uuid4().hex[:8]
    tokens = {}
    for name, port in (("ana", a_port), ("ben", b_port)):
        email = f"{name}-{suffix}@example.com"
        assert call(port, "POST", "/api/v1/accounts", {"email": email, "password": "correct horse battery", "displayName": name})[0] == 201
        tokens[name] = call(port, "POST", "/api/v1/login", {"email": email, "password": "correct horse battery"})[1]["token"]
    code = call(a_port, "POST", "/api/v1/couple", token=tokens["ana"])[1]["inviteCode"]
    assert call(b_port, "POST", "/api/v1/couple/join", {"inviteCode": code}, token=tokens["ben"])[0] == 200
    status, session = call(a_port, "POST", "/api/v1/sessions", {"topic": "Saturday"}, token=tokens["ana"])
    assert status == 201
    sid = session["id"]

    # Ben listens on instance B; Ana acts on instance A.
    with connect(f"ws://127.0.0.1:{b_port}/api/v1/sessions/{sid}/live?after=0",
                 additional_headers={"Authorization": "Bearer " + tokens["ben"]}, open_timeout=10) as socket:
        first = json.loads(socket.recv(timeout=10))
        assert first["type"] == "event" and first["event"]["sequence"] == 1
        assert json.loads(socket.recv(timeout=10)) == {"type": "ready", "lastSequence": 1}
        assert call(b_port, "POST", f"/api/v1/sessions/{sid}/actions", {"type": "accept"}, token=tokens["ben"])[0] == 200
        assert json.loads(socket.recv(timeout=10))["event"]["sequence"] == 2
        started = time.monotonic()
        assert call(a_port, "POST", f"/api/v1/sessions/{sid}/actions",
                    {"type": "send", "text": "I'm noticing distance between us."}, token=tokens["ana"])[0] == 200
        relayed = json.loads(socket.recv(timeout=10))
        elapsed_ms = (time.monotonic() - started) * 1000
        assert relayed["event"]["sequence"] == 3
        assert relayed["event"]["action"]["text"] == "I'm noticing distance between us."
        print(f"cross-instance relay (POST on A to event on B's socket): {elapsed_ms:.1f} ms")

    # Reconnecting to the other instance with the last sequence seen misses nothing and repeats nothing.
    assert call(b_port, "POST", f"/api/v1/sessions/{sid}/actions", {"type": "send", "text": "Me too."}, token=tokens["ben"])[0] == 200
    with connect(f"ws://127.0.0.1:{a_port}/api/v1/sessions/{sid}/live?after=3",
                 additional_headers={"Authorization": "Bearer " + tokens["ben"]}, open_timeout=10) as socket:
        assert json.loads(socket.recv(timeout=10))["event"]["sequence"] == 4
        assert json.loads(socket.recv(timeout=10)) == {"type": "ready", "lastSequence": 4}
