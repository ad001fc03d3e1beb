"""Fixtures for Mend's browser tests: a real `mend` server on loopback and headless Chromium."""
import http.server
import os
import socket
import subprocess
import tempfile
import threading
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NeutralSite(http.server.BaseHTTPRequestHandler):
    """Stands in for the neutral site the quick exit leaves for (there is no internet here)."""

    def do_GET(self):
        body = b"<!doctype html><title>Weather</title><h1>Weather forecast</h1>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def neutral_site():
    port = free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), NeutralSite)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{port}/weather"
    server.shutdown()


def start_mend(neutral_site, **extra_env):
    binary = os.environ.get("MEND_BINARY", ".build/debug/mend")
    port = free_port()
    data = tempfile.mkdtemp(prefix="mend-browser-")
    env = dict(os.environ, MEND_PASSWORD_COST="4", MEND_QUICK_EXIT_URL=neutral_site, MEND_LOG_LEVEL="warning", **extra_env)
    process = subprocess.Popen([binary, "--port", str(port), "--data-dir", data], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/health", timeout=1)
            break
        except Exception:
            if process.poll() is not None or time.time() > deadline:
                raise RuntimeError("mend did not start: " + (process.stdout.read() if process.stdout else ""))
            time.sleep(0.2)
    return url, process


@pytest.fixture(scope="session")
def mend(neutral_site):
    url, process = start_mend(neutral_site)
    yield url
    process.terminate()
    process.wait(timeout=15)


@pytest.fixture(scope="session")
def mend_fast_break(neutral_site):
    """A Mend whose activation breaks last three seconds instead of twenty minutes."""
    url, process = start_mend(neutral_site, MEND_BREAK_SECONDS="3")
    yield url
    process.terminate()
    process.wait(timeout=15)


def make_browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)


@pytest.fixture
def browser():
    driver = make_browser()
    yield driver
    driver.quit()


@pytest.fixture
def second_browser():
    driver = make_browser()
    yield driver
    driver.quit()


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failure, keep a screenshot of every browser the test used, for the person debugging it."""
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        os.makedirs(".build/screenshots", exist_ok=True)
        for name in ("browser", "second_browser"):
            driver = item.funcargs.get(name)
            if driver is not None:
                try:
                    driver.save_screenshot(f".build/screenshots/failure-{item.name}-{name}.png")
                except Exception:
                    pass
