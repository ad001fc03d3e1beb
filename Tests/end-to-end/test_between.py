"""Between conversations, in two headless browsers: the rupture log, home dashboard, check-ins,
commitments, repairs opened from a rupture, appreciations and the pattern profile.

Every test starts from a fresh pair of partners, Ana (`browser`) and Ben (`second_browser`)."""
import re
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import csp_violations, pair_up, visible_text, wait_for, wait_text


def marker():
    """A string no one else will have written."""
    return "zq" + uuid.uuid4().hex[:10]


def press(driver, label, within=None):
    """Clicks the button whose visible text is `label` (inside `within`, when given)."""
    scope = within or driver
    scope.find_element(By.XPATH, f".//button[normalize-space()=\"{label}\"]").click()


def log_rupture(driver, mend, text, intensity=5, feelings=("hurt",), shared=False):
    """Fills in the rupture log's form and returns the new rupture's id."""
    driver.get(mend + "/ruptures")
    form = wait_for(driver, By.CSS_SELECTOR, "form[action='/ruptures']")
    form.find_element(By.ID, "whatHappened").send_keys(text)
    form.find_element(By.CSS_SELECTOR, f"input[name=intensity][value='{intensity}']").click()
    for feeling in feelings:
        form.find_element(By.CSS_SELECTOR, f"input[name=feeling][value='{feeling}']").click()
    if shared:
        form.find_element(By.CSS_SELECTOR, "input[name=shared]").click()
    press(driver, "Save it", within=form)
    WebDriverWait(driver, 10).until(EC.url_matches(r"/ruptures/[^/?#]+\?"))
    wait_text(driver, "Saved.")
    return re.search(r"/ruptures/([^/?#]+)", driver.current_url).group(1)


def home_attention_links(driver, mend):
    driver.get(mend + "/")
    wait_for(driver, By.ID, "attention-heading")
    return [(link.text, link.get_attribute("href")) for link in driver.find_elements(By.CSS_SELECTOR, ".attention-list a")]


def test_a_private_rupture_stays_private_and_a_shared_one_reaches_the_partner(mend, browser, second_browser):
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)
    secret = marker()
    private_id = log_rupture(ana, mend, f"You read my messages without asking {secret}", intensity=7,
                             feelings=("hurt", "disrespected"))
    page = visible_text(ana)
    assert "It's private unless you chose to share it" in page
    assert f"You read my messages without asking {secret}" in page
    assert "Feelings: Hurt, Disrespected" in page
    assert "Yours · private" in page and "hurt 7/10" in page
    shared_id = log_rupture(ana, mend, "You raised your voice at me in the car", intensity=4, feelings=("scared",),
                            shared=True)
    assert "Yours · shared" in visible_text(ana)

    ana.get(mend + "/ruptures")
    wait_for(ana, By.ID, "list-heading")
    own_list = visible_text(ana)
    assert secret in own_list and "You raised your voice at me in the car" in own_list

    ben.get(mend + "/ruptures")
    wait_for(ben, By.ID, "list-heading")
    partner_list = visible_text(ben)
    assert "You raised your voice at me in the car" in partner_list
    assert "From Ana" in partner_list
    assert secret not in ben.page_source
    assert ben.find_elements(By.CSS_SELECTOR, f".rupture-list a[href='/ruptures/{shared_id}']")
    assert not ben.find_elements(By.CSS_SELECTOR, f".rupture-list a[href='/ruptures/{private_id}']")

    ben.get(mend + "/")
    wait_for(ben, By.ID, "attention-heading")
    assert secret not in ben.page_source
    assert ben.find_elements(By.CSS_SELECTOR, f".attention-list a[href='/ruptures/{shared_id}']")

    ben.get(mend + f"/ruptures/{shared_id}")
    wait_text(ben, "You raised your voice at me in the car")
    assert "Your partner shared this with you" in visible_text(ben)
    assert not ben.find_elements(By.XPATH, "//button[normalize-space()='Delete it']")

    ben.get(mend + f"/ruptures/{private_id}")
    wait_text(ben, "We couldn't find that page")
    assert secret not in ben.page_source
    assert "You read my messages" not in ben.page_source

    assert csp_violations(ana) == [] and csp_violations(ben) == []


def test_home_dashboard_shows_attention_and_trend_charts(mend, browser, second_browser):
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)
    shared_id = log_rupture(ana, mend, "You left me alone at the party all evening", intensity=6, shared=True)

    ana.get(mend + "/")
    attention = wait_for(ana, By.CSS_SELECTOR, "section.attention")
    assert "What needs you first" in attention.text
    charts = ana.find_elements(By.CSS_SELECTOR, "svg.trend-chart")
    assert charts, "the home page shows no trend chart"
    titles = [chart.find_element(By.TAG_NAME, "title").get_attribute("textContent") for chart in charts]
    assert any("Resentment index" in title for title in titles), titles
    figure = charts[0].find_element(By.XPATH, "ancestor::figure")
    table_toggle = figure.find_element(By.CSS_SELECTOR, "details.chart-table")
    summary = table_toggle.find_element(By.TAG_NAME, "summary")
    assert summary.text == "Show as a table"
    assert not table_toggle.find_element(By.TAG_NAME, "table").is_displayed()
    summary.click()
    WebDriverWait(ana, 5).until(lambda d: table_toggle.find_element(By.TAG_NAME, "table").is_displayed())
    assert len(table_toggle.find_elements(By.CSS_SELECTOR, "tbody tr")) == 12
    assert "Week of" in table_toggle.find_element(By.TAG_NAME, "thead").text

    links = home_attention_links(ben, mend)
    assert any(href.endswith(f"/ruptures/{shared_id}") and "Ana shared something that hurt" in text
               for text, href in links), links
    ben.find_element(By.CSS_SELECTOR, f".attention-list a[href='/ruptures/{shared_id}']").click()
    wait_text(ben, "You left me alone at the party all evening")
    assert csp_violations(ana) == [] and csp_violations(ben) == []


def test_the_same_fight_twice_shows_a_recurring_theme(mend, browser, second_browser):
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)
    log_rupture(ana, mend, "You cancelled our dinner plans an hour before", intensity=5)
    log_rupture(ana, mend, "You changed the plans for Sunday last minute", intensity=4)

    ana.get(mend + "/ruptures")
    wait_for(ana, By.ID, "index-heading")
    themes = [theme.text for theme in ana.find_elements(By.CSS_SELECTOR, ".theme")]
    assert any("time this month about plans changing" in theme for theme in themes), themes
    assert "Second time this month about plans changing" in visible_text(ana)

    # Both were private: Ben sees neither them nor the theme drawn from them.
    ben.get(mend + "/ruptures")
    wait_for(ben, By.ID, "index-heading")
    assert "plans changing" not in ben.page_source
    assert "cancelled our dinner plans" not in ben.page_source


def test_weekly_check_in(mend, browser, second_browser):
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)
    assert "Your first weekly check-in takes two minutes." in [text for text, _ in home_attention_links(ana, mend)]

    ana.get(mend + "/checkin")
    questions = WebDriverWait(ana, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "form fieldset.question"))
    assert len(questions) == 8
    for question in questions:
        question.find_element(By.CSS_SELECTOR, "input[type=radio][value='1']").click()
    press(ana, "Save my check-in")
    wait_text(ana, "Thank you for checking in")
    assert "total 8 of 32" in visible_text(ana)

    ana.get(mend + "/")
    wait_for(ana, By.ID, "attention-heading")
    home = visible_text(ana)
    assert "check-in takes two minutes" not in home
    assert "check-in is due" not in home

    assert "Your first weekly check-in takes two minutes." in [text for text, _ in home_attention_links(ben, mend)]


def test_commitments_are_made_small_and_marked_by_the_partner(mend, browser, second_browser):
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)

    ana.get(mend + "/commitments")
    box = wait_for(ana, By.ID, "commitment-text")
    box.send_keys("I will never be late again")
    press(ana, "Commit")
    wait_text(ana, "Let's make that one smaller.")
    suggestion = ana.find_element(By.CSS_SELECTOR, "#new .suggestion")
    assert suggestion.is_displayed() and suggestion.text.strip()
    assert ana.find_element(By.ID, "commitment-text").get_attribute("value") == "I will never be late again"
    assert ana.find_element(By.CSS_SELECTOR, "#new .field-error").text.strip()

    box = ana.find_element(By.ID, "commitment-text")
    box.clear()
    box.send_keys("I'll text you when I leave work")
    press(ana, "Commit")
    wait_text(ana, "Committed.")
    assert "I will never be late again" not in visible_text(ana)

    links = home_attention_links(ben, mend)
    assert any("Did Ana keep" in text and "I'll text you when I leave work" in text for text, _ in links), links

    ben.get(mend + "/commitments")
    heading = wait_for(ben, By.XPATH, "//h2[normalize-space()=\"Ana's commitments\"]")
    section = heading.find_element(By.XPATH, "ancestor::section")
    item = section.find_element(By.XPATH, ".//li[contains(., \"I'll text you when I leave work\")]")
    press(ben, "Kept", within=item)
    wait_text(ben, "Marked as kept")
    assert not any("Did Ana keep" in text for text, _ in home_attention_links(ben, mend))

    ana.get(mend + "/commitments")
    heading = wait_for(ana, By.XPATH, "//h2[normalize-space()='Your commitments']")
    mine = heading.find_element(By.XPATH, "ancestor::section").find_element(
        By.XPATH, ".//li[contains(., \"I'll text you when I leave work\")]")
    # Ana can't mark her own commitment.
    assert not ana.find_elements(By.XPATH, "//button[normalize-space()='Kept' or normalize-space()='Missed']")
    assert "Ben marked you as keeping them 100% of the time" in visible_text(ana)
    # Each mark is listed under the commitment ("29 Nov: kept").
    marks = mine.find_elements(By.CSS_SELECTOR, ".marks .mark.kept")
    assert marks, "no kept mark is shown under Ana's commitment: " + mine.text
    assert marks[0].text.endswith(": kept")


def test_a_repair_opened_from_a_shared_rupture(mend, browser, second_browser):
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)
    rupture_id = log_rupture(ana, mend, "You forgot to pick me up from the station", intensity=6, shared=True)
    assert "Open" in ana.find_element(By.CSS_SELECTOR, ".badge").text

    press(ana, "Open a repair conversation about this")
    WebDriverWait(ana, 10).until(EC.url_matches(r"/sessions/[^/?#]+$"))
    session_path = "/sessions/" + ana.current_url.rsplit("/sessions/", 1)[1]

    ana.get(mend + f"/ruptures/{rupture_id}")
    wait_text(ana, "You forgot to pick me up from the station")
    assert ana.find_element(By.CSS_SELECTOR, ".badge").text == "In repair"
    assert ana.find_elements(By.CSS_SELECTOR, f"a[href='{session_path}']")
    assert not ana.find_elements(By.XPATH, "//button[normalize-space()='Open a repair conversation about this']")

    ben.get(mend + f"/ruptures/{rupture_id}")
    wait_text(ben, "You forgot to pick me up from the station")
    assert ben.find_element(By.CSS_SELECTOR, ".badge").text == "In repair"


def test_appreciations_reach_the_partner(mend, browser, second_browser):
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)
    thanks = f"Thank you for making my coffee this morning {marker()}"

    ben.get(mend + "/appreciations")
    wait_for(ben, By.ID, "appreciation-text").send_keys(thanks)
    press(ben, "Send it")
    wait_text(ben, "Sent. Small thanks add up.")
    assert thanks in visible_text(ben)

    ana.get(mend + "/appreciations")
    wait_text(ana, thanks)
    entry = ana.find_element(By.XPATH, f"//ul[@class='appreciation-list']/li[contains(., \"{thanks}\")]")
    assert entry.find_element(By.CSS_SELECTOR, ".hint").text.startswith("Ben, ")


def test_a_pattern_is_private_until_shared(mend, browser, second_browser):
    ana, ben = browser, second_browser
    pair_up(mend, ana, ben)
    origin = f"Growing up, arguments meant someone left {marker()}"

    ana.get(mend + "/patterns")
    form = wait_for(ana, By.CSS_SELECTOR, "form[action='/patterns']")
    form.find_element(By.CSS_SELECTOR, "input[name=kind][value='withdrawing']").click()
    form.find_element(By.ID, "pattern-name").send_keys("Going quiet")
    form.find_element(By.ID, "pattern-origin").send_keys(origin)
    form.find_element(By.ID, "pattern-responsibility").send_keys("When I go quiet you are left alone with it.")
    press(ana, "Add it", within=form)
    wait_text(ana, "Added to your profile.")
    pattern = ana.find_element(By.CSS_SELECTOR, "details.pattern")
    assert "private" in pattern.find_element(By.TAG_NAME, "summary").text

    ben.get(mend + "/patterns")
    wait_text(ben, "What Ana has shared")
    assert origin not in ben.page_source
    assert "Going quiet" not in ben.page_source

    pattern.find_element(By.TAG_NAME, "summary").click()
    edit = pattern.find_element(By.CSS_SELECTOR, "form[action^='/patterns/']:not([action$='/delete'])")
    share = edit.find_element(By.CSS_SELECTOR, "input[name=shared]")
    assert not share.is_selected()
    share.click()
    press(ana, "Save", within=edit)
    wait_text(ana, "Saved.")
    assert "shared" in ana.find_element(By.CSS_SELECTOR, "details.pattern summary").text

    ben.get(mend + "/patterns")
    wait_text(ben, origin)
    shared_section = ben.find_element(By.XPATH, "//h2[normalize-space()='What Ana has shared']/ancestor::section")
    assert origin in shared_section.text and "Going quiet" in shared_section.text
