"""The safety flow, in two headless browsers: the private notice after a rupture or check-in that
suggests the writer may not be safe, safety mode, and the quick exit.

Ana (`browser`) is the one who may not be safe; Ben (`second_browser`) is her partner. Whatever
Ana does here, Ben must learn nothing of it beyond "Ana isn't available right now."."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import csp_violations, pair_up, sign_up, visible_text, wait_for, wait_text
from test_between import home_attention_links, log_rupture, marker, press
from test_repair_session import send

RISK = "I don't feel safe in my own home after last night."
NOTICE = "Saved. Some of what you wrote sounds like you might not be safe."
UNAVAILABLE = "Ana isn't available right now."

# Wording that would tell Ben about Ana's notice, check-in answer or safety mode, anywhere in the page's HTML.
PRIVATE_WORDING = ("safety-callout", "safety-note", "might not be safe", "safety mode", "safety page",
                   "safety=1", "help and safety resources", "only you see this", "not told anything", "never told about it",
                   "you deserve support", "you deserve to be safe")

# The footer sentence every page carries: its "help is here" link to /safety is the only place "safe" may
# appear in a page Ben sees while Ana is in safety mode.
FOOTER = ("Mend is a guide for repair between partners, not therapy. If you are afraid of your partner or "
          "thinking of hurting yourself, help is here.")


def leaks(driver):
    """The private wording the current page's HTML contains (case-insensitive)."""
    source = driver.page_source.lower()
    return [words for words in PRIVATE_WORDING if words in source]


def html_outside_footer(driver):
    """The whole document's HTML without the site footer."""
    return driver.execute_script(
        "var copy = document.documentElement.cloneNode(true);"
        "copy.querySelectorAll('footer.site-footer').forEach(function (f) { f.remove(); });"
        "return copy.outerHTML;")


def assert_nothing_about_safety(driver):
    """Apart from the footer's "help is here" link (on every page), the page says nothing of safety."""
    assert leaks(driver) == [], (driver.current_url, leaks(driver))
    rest = html_outside_footer(driver).lower()
    assert "safe" not in rest, (driver.current_url, rest[max(0, rest.find("safe") - 200):rest.find("safe") + 200])
    footer = driver.find_element(By.CSS_SELECTOR, "footer.site-footer")
    assert FOOTER in footer.text
    links = [a for a in footer.find_elements(By.TAG_NAME, "a") if "safe" in (a.get_dom_attribute("href") + a.text).lower()]
    assert [(a.get_dom_attribute("href"), a.text) for a in links] == [("/safety", "help is here")]


def structure(driver):
    """The tags and classes of everything in <main>, without any text: the shape of the page."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('main *')).map(function (e) {"
        "  return e.tagName + '.' + Array.from(e.classList).sort().join('.'); });")


def write_risky_rupture(driver, mend, text=RISK, shared=True):
    """Logs a rupture whose words suggest the writer may not be safe; returns its id."""
    driver.get(mend + "/ruptures")
    form = wait_for(driver, By.CSS_SELECTOR, "form[action='/ruptures']")
    form.find_element(By.ID, "whatHappened").send_keys(text)
    form.find_element(By.CSS_SELECTOR, "input[name=intensity][value='6']").click()
    form.find_element(By.CSS_SELECTOR, "input[name=feeling][value='hurt']").click()
    if shared:
        form.find_element(By.CSS_SELECTOR, "input[name=shared]").click()
    press(driver, "Save it", within=form)
    WebDriverWait(driver, 10).until(EC.url_matches(r"/ruptures/[^/?#]+\?"))
    wait_text(driver, "might not be safe")
    return re.search(r"/ruptures/([^/?#]+)", driver.current_url).group(1)


def assert_private_notice(driver):
    notice = driver.find_element(By.CSS_SELECTOR, "main .notice")
    assert notice.text.startswith(NOTICE) or notice.text.startswith("Thank you for answering honestly."), notice.text
    assert "your partner is never told about it" in notice.text
    callout = driver.find_element(By.CSS_SELECTOR, ".safety-callout")
    assert callout.is_displayed()
    assert "only you see this" in callout.text
    return callout.find_element(By.CSS_SELECTOR, "a[href='/safety']")


def test_a_shared_rupture_that_sounds_unsafe_shows_help_to_the_writer_alone(mend, browser, second_browser):
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)
    risky_id = write_risky_rupture(ana, mend)
    assert "saved=1" in ana.current_url
    link = assert_private_notice(ana)
    assert RISK in visible_text(ana)
    assert "Yours · shared" in visible_text(ana)
    link.click()
    wait_text(ana, "You deserve to be safe")
    assert ana.current_url == mend + "/safety"
    assert "Someone to talk to" in visible_text(ana)
    resources = ana.find_elements(By.CSS_SELECTOR, "ul.resources li")
    assert resources and all(item.text.strip() for item in resources)
    assert ana.find_element(By.XPATH, "//button[normalize-space()='Turn safety mode on']").is_displayed()

    # An ordinary shared rupture to compare with, written the same way.
    ordinary = f"You forgot our anniversary dinner {marker()}"
    ordinary_id = log_rupture(ana, mend, ordinary, intensity=6, feelings=("hurt",), shared=True)

    ben.get(mend + f"/ruptures/{risky_id}")
    wait_text(ben, RISK)
    assert "Your partner shared this with you" in visible_text(ben)
    assert ben.find_element(By.CSS_SELECTOR, ".badge").text == "Open"
    assert not ben.find_elements(By.CSS_SELECTOR, "main .notice")
    assert leaks(ben) == []
    risky_shape = structure(ben)
    ben.get(mend + f"/ruptures/{ordinary_id}")
    wait_text(ben, ordinary)
    assert structure(ben) == risky_shape, "Ben's page for the risky rupture differs from an ordinary shared one"

    ben.get(mend + "/ruptures")
    wait_for(ben, By.ID, "list-heading")
    assert leaks(ben) == []
    rows = {}
    for row in ben.find_elements(By.CSS_SELECTOR, ".rupture-list li"):
        href = row.find_element(By.TAG_NAME, "a").get_attribute("href")
        rows[href.rsplit("/", 1)[1]] = row
    assert set(rows) == {risky_id, ordinary_id}

    def shape(row):
        text = row.text.split("·", 1)[1]
        return row.get_attribute("class"), text

    assert shape(rows[risky_id]) == shape(rows[ordinary_id])
    assert "From Ana" in rows[risky_id].text

    links = home_attention_links(ben, mend)
    assert leaks(ben) == []
    by_target = {href.rsplit("/", 1)[1]: text for text, href in links}
    assert by_target.get(risky_id, "").startswith("Ana shared something that hurt"), links
    assert by_target[risky_id] == by_target.get(ordinary_id), links
    assert UNAVAILABLE not in visible_text(ben)

    assert csp_violations(ana) == [] and csp_violations(ben) == []


def test_the_address_of_the_private_notice_shows_the_partner_nothing(mend, browser, second_browser):
    """Ana's rupture page after saving is /ruptures/<id>?saved=1. If Ben opens that address (Ana pasted
    it to him, say), he must see the shared rupture as he always does, not the notice meant for her."""
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)
    risky_id = write_risky_rupture(ana, mend)
    notice_address = ana.current_url
    assert notice_address.endswith(f"/ruptures/{risky_id}?saved=1")

    ben.get(notice_address)
    wait_text(ben, RISK)
    assert "Your partner shared this with you" in visible_text(ben)
    assert not ben.find_elements(By.CSS_SELECTOR, ".safety-callout"), visible_text(ben)
    assert not ben.find_elements(By.CSS_SELECTOR, "main .notice"), visible_text(ben)
    assert leaks(ben) == []


def test_a_check_in_answer_of_not_feeling_safe_stays_private(mend, browser, second_browser):
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)
    ana.get(mend + "/checkin")
    questions = WebDriverWait(ana, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "form fieldset.question"))
    assert len(questions) == 8
    for question in questions:
        question.find_element(By.CSS_SELECTOR, "input[type=radio][value='1']").click()
    safety_question = ana.find_element(By.CSS_SELECTOR, "form fieldset.safety-question")
    assert "Do you feel safe with your partner?" in safety_question.text
    safety_question.find_element(By.CSS_SELECTOR, "input[name=feelsSafe][value='no']").click()
    press(ana, "Save my check-in")
    wait_text(ana, "Everyone deserves to feel safe")
    link = assert_private_notice(ana)
    link.click()
    wait_text(ana, "You deserve to be safe")

    ben.get(mend + "/checkin")
    wait_for(ben, By.CSS_SELECTOR, "form[action='/checkin']")
    assert leaks(ben) == []
    assert not ben.find_elements(By.CSS_SELECTOR, ".safety-callout, main .notice")
    assert not [r for r in ben.find_elements(By.CSS_SELECTOR, "input[name=feelsSafe]") if r.is_selected()]
    assert not [r for r in ben.find_elements(By.CSS_SELECTOR, "input[type=radio]") if r.is_selected()]
    ben_checkin = visible_text(ben)
    assert "You checked in on" not in ben_checkin and "total 8 of 32" not in ben_checkin

    links = home_attention_links(ben, mend)
    assert leaks(ben) == []
    assert "Your first weekly check-in takes two minutes." in [text for text, _ in links], links
    assert not any("safe" in text.lower() or "Ana" in text for text, _ in links), links
    assert UNAVAILABLE not in visible_text(ben)

    ben.get(mend + "/ruptures")
    wait_for(ben, By.ID, "list-heading")
    assert leaks(ben) == []
    assert not ben.find_elements(By.CSS_SELECTOR, ".rupture-list li")

    assert csp_violations(ana) == [] and csp_violations(ben) == []


def test_safety_mode_pauses_everything_and_tells_the_partner_only_that_she_is_unavailable(mend, browser, second_browser):
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)

    # A conversation under way: Ana invites, Ben accepts, both are in the first step.
    ana.get(mend + "/sessions")
    wait_for(ana, By.ID, "topic").send_keys("how we spend Sundays")
    press(ana, "Invite my partner")
    wait_text(ana, "Waiting for Ben to accept")
    session_url = ana.current_url
    ben.get(mend + "/sessions")
    wait_for(ben, By.PARTIAL_LINK_TEXT, "Sundays").click()
    wait_for(ben, By.XPATH, "//button[normalize-space()='Accept']").click()
    wait_text(ben, "Name it")
    wait_text(ana, "Name it")
    send(ana, "I'm noticing distance between us on Sundays and I miss you.")
    wait_text(ben, "I'm noticing distance between us on Sundays")

    # Ana turns safety mode on.
    ana.get(mend + "/safety")
    press(ana, "Turn safety mode on")
    wait_text(ana, "Safety mode is on.")
    assert ana.find_element(By.XPATH, "//button[normalize-space()='Turn safety mode off']").is_displayed()
    assert not ana.find_elements(By.XPATH, "//button[normalize-space()='Turn safety mode on']")

    # Ben's conversation is paused, with no reason given.
    ben.get(session_url)
    panel = wait_for(ben, By.ID, "session-panel")
    wait_text(ben, "This conversation is paused for now. It can continue later.")
    assert "Paused" in panel.text
    assert not ben.find_elements(By.CSS_SELECTOR, "#session-panel textarea")
    assert not ben.find_elements(By.XPATH, "//button[normalize-space()='Resume']")
    assert_nothing_about_safety(ben)

    ben.get(mend + "/sessions")
    wait_text(ben, "Your conversations")
    item = ben.find_element(By.XPATH, "//ul[@class='session-list']/li[contains(., 'Sundays')]")
    assert "Paused" in item.text
    assert_nothing_about_safety(ben)

    # Ben's home says only that Ana isn't available.
    links = home_attention_links(ben, mend)
    assert UNAVAILABLE in [text for text, _ in links], links
    assert_nothing_about_safety(ben)

    # Ben can't send thanks.
    thanks = f"Thank you for the soup yesterday {marker()}"
    ben.get(mend + "/appreciations")
    wait_for(ben, By.ID, "appreciation-text").send_keys(thanks)
    press(ben, "Send it")
    wait_text(ben, UNAVAILABLE)
    assert "Sent. Small thanks add up." not in visible_text(ben)
    assert ben.find_element(By.CSS_SELECTOR, "main .error-summary").text == UNAVAILABLE
    assert thanks not in ben.find_element(By.CSS_SELECTOR, ".appreciation-list").text
    assert_nothing_about_safety(ben)

    # Ben can't start a new conversation.
    ben.get(mend + "/sessions")
    wait_for(ben, By.ID, "topic").send_keys("the holidays")
    press(ben, "Invite my partner")
    wait_text(ben, UNAVAILABLE)
    assert ben.find_element(By.ID, "topic-error").text == UNAVAILABLE
    assert not ben.find_elements(By.XPATH, "//ul[@class='session-list']/li[contains(., 'the holidays')]")
    assert_nothing_about_safety(ben)

    # Ana's thanks list never received it.
    ana.get(mend + "/appreciations")
    wait_text(ana, "Between you")
    assert thanks not in visible_text(ana)

    # Ana turns safety mode off; Ben can send thanks again and is no longer told she is unavailable.
    ana.get(mend + "/safety")
    press(ana, "Turn safety mode off")
    wait_text(ana, "Safety mode is off.")
    assert ana.find_element(By.XPATH, "//button[normalize-space()='Turn safety mode on']").is_displayed()

    assert UNAVAILABLE not in [text for text, _ in home_attention_links(ben, mend)]
    ben.get(mend + "/appreciations")
    wait_for(ben, By.ID, "appreciation-text").send_keys(thanks)
    press(ben, "Send it")
    wait_text(ben, "Sent. Small thanks add up.")
    assert UNAVAILABLE not in visible_text(ben)
    ana.get(mend + "/appreciations")
    wait_text(ana, thanks)

    assert csp_violations(ana) == [] and csp_violations(ben) == []


def test_quick_exit_leaves_the_rupture_page_with_the_safety_notice(mend, neutral_site, browser):
    ana = browser
    sign_up(ana, mend, "Ana")
    write_risky_rupture(ana, mend, shared=False)
    assert_private_notice(ana)
    ana.find_element(By.ID, "quick-exit").click()
    WebDriverWait(ana, 10).until(EC.url_to_be(neutral_site))
    assert ana.find_element(By.TAG_NAME, "h1").text == "Weather forecast"
    # The page with the notice is gone from history: Back does not return to it.
    ana.back()
    WebDriverWait(ana, 10).until(lambda d: d.current_url != neutral_site)
    assert "saved=1" not in ana.current_url
    assert "might not be safe" not in ana.page_source

    # Escape twice leaves from the safety page too.
    ana.get(mend + "/safety")
    wait_text(ana, "You deserve to be safe")
    body = ana.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.ESCAPE)
    body.send_keys(Keys.ESCAPE)
    WebDriverWait(ana, 10).until(EC.url_to_be(neutral_site))
