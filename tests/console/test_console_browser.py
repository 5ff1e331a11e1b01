"""The console in a real browser: Debian's headless Chromium driven by Selenium through Debian's
chromedriver (never a downloaded browser or driver). One browser for the module.

Signs in with the keyboard, filters, opens a detail, releases with a reason, finds the audit
entry; is refused without the role and without a CSRF token; signs in through OpenID Connect;
and saves a screenshot of every page (``DLPGW_SCREENSHOTS``, default tests/console/screenshots;
``DLPGW_SCREENSHOTS=docs/console`` regenerates the ones docs/console.md shows).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from console_stack import PASSWORD, ROOT, Stack

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1000", "--lang=en-US")

if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
    pytest.skip(f"needs Debian's chromium and chromium-driver ({CHROMIUM}, {CHROMEDRIVER}): "
                "sh deploy/dev/system-deps.sh test installs them", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is a test dependency (requirements.lock)")
from selenium.common.exceptions import (  # noqa: E402
    NoSuchElementException,
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

SHOTS = Path(os.environ.get("DLPGW_SCREENSHOTS") or ROOT / "tests" / "console" / "screenshots")
if not SHOTS.is_absolute():
    SHOTS = ROOT / SHOTS


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never fetch a browser or a driver
    profile = tempfile.mkdtemp(prefix="dlpgw-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for f in (*FLAGS, f"--user-data-dir={profile}"):
        opts.add_argument(f)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def shot(driver, name: str) -> None:  # type: ignore[no-untyped-def]
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(int(height) + 40, 700), 2600))
    driver.save_screenshot(str(SHOTS / f"{name}.png"))
    driver.set_window_size(1280, 1000)


def wait_replaced(driver, old) -> None:  # type: ignore[no-untyped-def]
    """Wait until the page whose root element is ``old`` is gone and the next one has loaded.

    Selenium's ``staleness_of`` only counts a StaleElementReferenceException as "gone"; while a page
    is being replaced chromedriver may instead say the node "does not belong to the document"
    (a WebDriverException), which means the same thing.
    """

    def gone(drv) -> bool:  # type: ignore[no-untyped-def]
        try:
            old.is_enabled()
        except (StaleElementReferenceException, WebDriverException):
            return drv.execute_script("return document.readyState") == "complete"
        return False

    # A script run while the next page is still being attached may fail the same way: try again.
    WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,)).until(gone)


def click_and_wait(driver, element) -> None:  # type: ignore[no-untyped-def]
    """Click a link or a submit button and wait until the next page replaced this one."""
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()
    wait_replaced(driver, old)


def text(driver) -> str:  # type: ignore[no-untyped-def]
    return driver.find_element(By.TAG_NAME, "body").text


def sign_out(driver, stack: Stack) -> None:  # type: ignore[no-untyped-def]
    driver.get(f"{stack.base}/held")
    try:
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/logout'] button"))
    except NoSuchElementException:
        pass
    driver.delete_all_cookies()


def sign_in_by_keyboard(driver, stack: Stack, user: str) -> None:  # type: ignore[no-untyped-def]
    """Type the user name where the focus starts, Tab to the password, Enter: no mouse."""
    driver.get(f"{stack.base}/login?lang=en")
    assert driver.switch_to.active_element.get_attribute("id") == "username"  # autofocus
    driver.switch_to.active_element.send_keys(user, Keys.TAB)
    assert driver.switch_to.active_element.get_attribute("id") == "password"
    old = driver.find_element(By.TAG_NAME, "html")
    driver.switch_to.active_element.send_keys(PASSWORD, Keys.ENTER)
    wait_replaced(driver, old)
    assert driver.current_url.endswith("/held"), text(driver)


def test_sign_in_filter_open_release_and_find_the_audit_entry(browser, stack: Stack) -> None:
    d = browser
    d.get(f"{stack.base}/login?lang=en")
    for field in ("username", "password"):  # every field has a label pointing at it
        assert d.find_element(By.CSS_SELECTOR, f"label[for='{field}']").text
    shot(d, "login")
    sign_in_by_keyboard(d, stack, "dana")
    assert "Signed in as dana (admin, dpo)" in text(d)
    shot(d, "held")
    d.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert d.switch_to.active_element.text == "Skip to content"  # the first Tab stop skips the menu
    d.switch_to.active_element.send_keys(Keys.ENTER)
    assert d.current_url.endswith("#main") and d.switch_to.active_element.get_attribute("id") == "main"
    Select(d.find_element(By.ID, "f-category")).select_by_visible_text("special category data (GDPR Art. 9)")
    Select(d.find_element(By.ID, "f-class")).select_by_visible_text("enterprise")
    click_and_wait(d, d.find_element(By.ID, "apply"))
    assert "category=art9" in d.current_url and "class=enterprise" in d.current_url
    rows = d.find_elements(By.CSS_SELECTOR, "table.list tbody tr")
    refs = {r.find_element(By.CSS_SELECTOR, "td a").text for r in rows}
    assert stack.held["weak_art9"] in refs and stack.held["national_id"] not in refs
    shot(d, "held-filtered")
    qid = stack.held["weak_art9"]
    click_and_wait(d, d.find_element(By.LINK_TEXT, qid))
    page = text(d)
    assert f"Held message {qid}" in page and "art9 for enterprise recipient" in page
    findings = d.find_element(By.ID, "findings").text
    assert "ART9_HEALTH" in findings and "c*********" in findings and "chemotherapy" not in page
    shot(d, "detail")
    reason = d.find_element(By.ID, "release-reason")
    assert d.find_element(By.CSS_SELECTOR, "label[for='release-reason']").text.startswith("Reason")
    reason.send_keys("Consultant's contract covers absence planning")
    click_and_wait(d, d.find_element(By.ID, "release"))
    assert f"{qid}: released." in text(d)
    assert d.find_element(By.ID, "status").text == "released"
    assert "Consultant's contract covers absence planning" in d.find_element(By.ID, "history").text
    click_and_wait(d, d.find_element(By.LINK_TEXT, "Audit log"))
    Select(d.find_element(By.ID, "a-event")).select_by_visible_text("release")
    click_and_wait(d, d.find_element(By.CSS_SELECTOR, "form.filters button"))
    audit = d.find_element(By.ID, "audit").text
    assert qid in audit and "dana (console)" in audit and "Consultant's contract covers absence planning" in audit
    shot(d, "audit")
    assert stack.store.get_sync(qid).status == "released"


def test_release_without_a_csrf_token_is_refused(browser, stack: Stack) -> None:
    d = browser
    qid = stack.held["national_id"]
    d.get(f"{stack.base}/held/{qid}")
    if "/login" in d.current_url:
        sign_in_by_keyboard(d, stack, "dana")
        d.get(f"{stack.base}/held/{qid}")
    # WebDriver runs this outside the page's CSP: the form loses its hidden token, as a forged form would
    d.execute_script("document.querySelector(\"form[action$='/release'] input[name=csrf]\").remove()")
    d.find_element(By.ID, "release-reason").send_keys("no token")
    click_and_wait(d, d.find_element(By.ID, "release"))
    assert "did not come from this console" in text(d)
    shot(d, "refused-csrf")
    assert stack.store.get_sync(qid).status == "held"


def test_auditor_sees_no_actions_and_is_refused_when_forcing_one(browser, stack: Stack) -> None:
    d = browser
    sign_out(d, stack)
    sign_in_by_keyboard(d, stack, "alex")
    qid = stack.held["national_id"]
    d.get(f"{stack.base}/held/{qid}")
    assert "Only the role dpo can release, delete or open messages." in text(d)
    assert not d.find_elements(By.ID, "release")
    token = d.find_element(By.CSS_SELECTOR, "form[action='/logout'] input[name=csrf]").get_attribute("value")
    d.execute_script(
        "const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
        "for (const [k, v] of [['csrf', arguments[1]], ['reason', 'forced']]) {"
        "  const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.appendChild(i); }"
        "document.body.appendChild(f); f.submit();", f"/held/{qid}/release", token)
    WebDriverWait(d, 20).until(lambda drv: "/release" in drv.current_url)
    assert "Your role does not allow this (dpo needed)." in text(d)
    shot(d, "refused-role")
    assert stack.store.get_sync(qid).status == "held"


def test_oidc_sign_in_in_the_browser(browser, stack: Stack) -> None:
    d = browser
    sign_out(d, stack)
    d.get(f"{stack.base}/login?lang=en")
    click_and_wait(d, d.find_element(By.ID, "oidc"))
    assert d.current_url.startswith(stack.idp.issuer + "/authorize?")
    d.find_element(By.ID, "u").send_keys("dana.idp")
    d.find_element(By.ID, "p").send_keys(PASSWORD)
    click_and_wait(d, d.find_element(By.ID, "idp-signin"))
    assert d.current_url == f"{stack.base}/held", text(d)
    assert "Signed in as dana.idp (dpo)" in text(d)


def test_figures_overrides_and_languages(browser, stack: Stack) -> None:
    d = browser
    d.get(f"{stack.base}/stats?from=2026-01-01&to=2026-12-31&lang=en")
    if "/login" in d.current_url:
        sign_in_by_keyboard(d, stack, "dana")
        d.get(f"{stack.base}/stats?from=2026-01-01&to=2026-12-31")
    assert len(d.find_elements(By.CSS_SELECTOR, "svg.chart")) >= 4
    assert "Would be stopped when enforced" in text(d)
    shot(d, "stats")
    d.get(f"{stack.base}/overrides")
    assert stack.held["to_override"] in text(d) and "HR of the contractor" in text(d)
    shot(d, "overrides")
    Select(d.find_element(By.ID, "lang")).select_by_visible_text("Français")
    click_and_wait(d, d.find_element(By.CSS_SELECTOR, "form.lang button"))
    assert "Dérogations données par les expéditeurs" in text(d)
    d.get(f"{stack.base}/held")
    assert "Messages retenus" in text(d)
    shot(d, "held-fr")
    d.get(f"{stack.base}/held?lang=en")
