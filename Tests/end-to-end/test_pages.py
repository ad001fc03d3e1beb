"""Mend's pages in a real headless Chromium: sign-up, connecting two partners, the quick exit."""
import os
import re
import uuid

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import sign_up, wait_for, wait_text, csp_violations


def test_two_partners_connect_through_the_pages(mend, browser, second_browser):
    sign_up(browser, mend, "Ana")
    assert "Start by connecting with your partner" in browser.page_source
    browser.find_element(By.LINK_TEXT, "Set up our space").click()
    wait_for(browser, By.XPATH, "//button[normalize-space()='Create our space']").click()
    code = wait_for(browser, By.CSS_SELECTOR, ".invite-code strong").text
    assert re.fullmatch(r"[A-Z0-9]{5}-[A-Z0-9]{5}", code)

    sign_up(second_browser, mend, "Ben")
    second_browser.get(mend + "/couple")
    wait_for(second_browser, By.ID, "inviteCode").send_keys(code.lower().replace("-", ""))
    second_browser.find_element(By.XPATH, "//button[normalize-space()='Join']").click()
    WebDriverWait(second_browser, 10, ignored_exceptions=(WebDriverException,)).until(
        EC.text_to_be_present_in_element((By.CLASS_NAME, "partners"), "Ana"))
    second_browser.get(mend + "/")
    assert "You and Ana" in second_browser.page_source
    browser.get(mend + "/")
    assert "You and Ben" in browser.page_source

    os.makedirs(".build/screenshots", exist_ok=True)
    browser.save_screenshot(".build/screenshots/home-phone.png")
    assert csp_violations(browser) == []


def test_quick_exit_leaves_and_replaces_the_history_entry(mend, neutral_site, browser):
    browser.get(neutral_site + "?before")
    browser.get(mend + "/login")
    browser.find_element(By.ID, "quick-exit").click()
    WebDriverWait(browser, 10).until(EC.url_contains("/weather"))
    assert "127.0.0.1" in browser.current_url and "?before" not in browser.current_url
    browser.back()
    # The Mend page is gone from history: Back lands on the page before it.
    WebDriverWait(browser, 10).until(EC.url_contains("?before"))


def test_escape_twice_is_a_quick_exit(mend, browser):
    browser.get(mend + "/signup")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.ESCAPE)
    body.send_keys(Keys.ESCAPE)
    WebDriverWait(browser, 10).until(EC.url_contains("/weather"))


def test_forms_work_with_the_keyboard_alone(mend, browser):
    email = f"kay-{uuid.uuid4().hex[:8]}@example.com"
    browser.get(mend + "/signup")
    browser.find_element(By.ID, "displayName").click()
    active = browser.switch_to.active_element
    active.send_keys("Kay", Keys.TAB)
    browser.switch_to.active_element.send_keys(email, Keys.TAB)
    browser.switch_to.active_element.send_keys("correct horse battery", Keys.ENTER)
    wait_text(browser, "Hello, Kay")


def test_sign_up_errors_are_announced_next_to_the_field(mend, browser):
    browser.get(mend + "/signup")
    browser.find_element(By.ID, "displayName").send_keys("Lee")
    browser.find_element(By.ID, "email").send_keys("lee@example.com")
    browser.find_element(By.ID, "password").send_keys("short")
    browser.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
    error = WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.ID, "password-error")))
    assert "at least 10 characters" in error.text
    assert browser.find_element(By.ID, "password").get_attribute("aria-invalid") == "true"
    assert browser.find_element(By.ID, "email").get_attribute("value") == "lee@example.com"


def test_the_coach_shows_findings_as_you_type(mend, browser):
    sign_up(browser, mend, "Cat")
    browser.get(mend + "/coach")
    box = wait_for(browser, By.ID, "coach-text")
    box.send_keys("You never listen to me. You're so selfish.")
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.ID, "coach-findings"), "Criticism"))
    assert browser.find_elements(By.CSS_SELECTOR, "#coach-findings .suggestion")
    assert csp_violations(browser) == []
