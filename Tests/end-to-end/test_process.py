"""The `mend` process itself: start-up messages, graceful SIGTERM, crash durability, the CLI coach."""
import json
import os
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

from conftest import free_port

BINARY = os.environ.get("MEND_BINARY", ".build/debug/mend")
ENV = dict(os.environ, MEND_PASSWORD_COST="4", MEND_LOG_LEVEL="warning")


def start(data, port):
    process = subprocess.Popen([BINARY, "--port", str(port), "--data-dir", data], env=ENV,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
            return process
        except Exception:
            assert process.poll() is None and time.time() < deadline, "mend did not start"
            time.sleep(0.05)


def post(port, path, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def test_start_up_prints_the_url_and_sigterm_stops_gracefully():
    data, port = tempfile.mkdtemp(), free_port()
    process = start(data, port)
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=15)
    assert process.returncode == 0
    assert f"Mend is running at http://127.0.0.1:{port}" in output
    assert oct(os.stat(os.path.join(data, "secret.key")).st_mode & 0o777) == "0o600"


def test_an_acknowledged_write_survives_a_crash():
    data, port = tempfile.mkdtemp(), free_port()
    process = start(data, port)
    status, _ = post(port, "/api/v1/accounts", {"email": "kim@example.com", "password": "correct horse battery", "displayName": "Kim"})
    assert status == 201
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    process = start(data, port)
    try:
        status, body = post(port, "/api/v1/login", {"email": "kim@example.com", "password": "correct horse battery"})
        assert status == 200 and len(body["token"]) == 64
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_a_bad_setting_stops_start_up_with_one_line():
    result = subprocess.run([BINARY, "--port", "eighty"], env=ENV, capture_output=True, text=True, timeout=30)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "MEND_PORT" in lines[0]


def test_coach_jsonl_answers_every_line_in_order_and_survives_bad_lines():
    lines = [
        json.dumps({"id": "a", "text": "You never listen to me."}),
        "this is not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "Can you pick up milk?"}),
        json.dumps({"id": 7, "text": "You felt ignored when I was on my phone.", "context": "I felt ignored when you were on your phone."}),
    ]
    result = subprocess.run([BINARY, "coach", "--jsonl"], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["id"] == "a" and "criticism" in out[0]["labels"] and set(out[0]) == {"id", "labels", "findings"}
    assert "error" in out[1] and "id" not in out[1]
    assert out[2]["id"] == "b" and "error" in out[2]
    assert out[3] == {"id": "c", "labels": [], "findings": []}
    assert out[4]["id"] == 7 and "labels" in out[4]


def test_coach_evaluate_prints_scores(tmp_path):
    labelled = tmp_path / "set.jsonl"
    labelled.write_text("\n".join([
        json.dumps({"id": "1", "text": "You never plan anything for us.", "labels": ["criticism"]}),
        json.dumps({"id": "2", "text": "Can you pick up milk?", "labels": []}),
    ]) + "\n")
    result = subprocess.run([BINARY, "coach", "--evaluate", str(labelled)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "criticism" in result.stdout and "F1" in result.stdout.upper()
