"""Fixtures for Mend's browser tests: a real `mend` server on loopback and headless Chromium."""
import http.server
import os
import socket
import subprocess
import tempfile
import threading
import time
import urllib.request
import uuid

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


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


# Helpers the browser tests share.

def sign_up(driver, mend, name):
    email = f"{name.lower()}-{uuid.uuid4().hex[:8]}@example.com"
    driver.get(mend + "/signup")
    driver.find_element(By.ID, "displayName").send_keys(name)
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys("correct horse battery")
    driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
    # Read the page's text safely while it is being replaced (a stale node must not fail the wait).
    wait_text(driver, f"Hello, {name}")
    return email


def wait_for(driver, by, value):
    return WebDriverWait(driver, 10).until(EC.presence_of_element_located((by, value)))


def csp_violations(driver):
    return [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]


def visible_text(driver):
    try:
        return driver.execute_script("return document.body ? document.body.innerText : ''") or ""
    except Exception:
        return ""  # the page is being replaced; the wait asks again


def wait_text(driver, text, timeout=20):
    WebDriverWait(driver, timeout).until(lambda d: text in visible_text(d))


def pair_up(mend, first, second, first_name="Ana", second_name="Ben"):
    """Signs up two fresh accounts, one per browser; the first creates the space and the second joins it."""
    sign_up(first, mend, first_name)
    first.get(mend + "/couple")
    wait_for(first, By.XPATH, "//button[normalize-space()='Create our space']").click()
    code = wait_for(first, By.CSS_SELECTOR, ".invite-code strong").text
    sign_up(second, mend, second_name)
    second.get(mend + "/couple")
    wait_for(second, By.ID, "inviteCode").send_keys(code)
    second.find_element(By.XPATH, "//button[normalize-space()='Join']").click()
    wait_text(second, first_name)
