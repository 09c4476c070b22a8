"""Real-browser test of the Veileder chat widget and demo page.

Starts `veileder serve` on a free loopback port with a temporary database, opens the demo page in headless
Chromium through selenium, chats by mouse and by keyboard only, checks reflow at 320 px and quick exit, and runs
axe-core (WCAG 2.1 A and AA) with the panel closed and open. Any violation or failed check fails the run.

    python3 Tests/browser/test_widget.py --binary .build/debug/veileder
"""
import argparse
import json
import os
import pathlib
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
OPTIONS = argparse.Namespace(binary=None)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def axe_source():
    import axe_playwright_python  # only for the path of its bundled axe.min.js; Playwright is not used

    return (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


class Server:
    """The real server on a free port with a throwaway database."""

    def __init__(self, binary):
        self.folder = tempfile.TemporaryDirectory(prefix="veileder-browser-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(self.folder.name, "server.log"), "w+")
        self.process = subprocess.Popen(
            [binary, "serve", "--port", str(self.port), "--database", os.path.join(self.folder.name, "db", "v.sqlite"),
             "--dialogs", str(ROOT / "Dialogs"), "--locales", str(ROOT / "Locales")],
            stdout=self.log, stderr=subprocess.STDOUT, cwd=self.folder.name,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the server exited early:\n" + self.output())
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the server did not answer /healthz within 60 s:\n" + self.output())

    def output(self):
        self.log.flush()
        self.log.seek(0)
        return self.log.read()

    def status_of_message(self, conversation_id):
        request = urllib.request.Request(
            f"{self.url}/api/v1/conversations/{conversation_id}/messages", data=b'{"text":"hei"}',
            headers={"Content-Type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def stop(self):
        self.process.terminate()  # SIGTERM: graceful shutdown
        try:
            code = self.process.wait(timeout=15)
        finally:
            self.log.close()
            self.folder.cleanup()
        return code


def make_driver():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=nb-NO"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(30)
    return driver


class WidgetTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(OPTIONS.binary)
        cls.driver = make_driver()
        cls.axe = axe_source()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        code = cls.server.stop()
        log = cls.server.output() if not cls.server.log.closed else ""
        assert code == 0, f"the server did not shut down cleanly on SIGTERM (exit {code})\n{log}"

    def setUp(self):
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.driver.get(self.server.url + "/")
        self.driver.execute_script("sessionStorage.clear()")
        self.driver.get(self.server.url + "/")
        self.wait = WebDriverWait(self.driver, 15)
        self.wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".vl-launcher"))

    # Helpers

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def bot_count(self):
        return len(self.driver.find_elements(By.CSS_SELECTOR, ".vl-log .vl-bot"))

    def wait_for_reply(self, before):
        self.wait.until(lambda d: self.bot_count() > before and d.find_element(By.CSS_SELECTOR, ".vl-panel")
                        .get_attribute("aria-busy") != "true")

    def stored(self):
        return json.loads(self.js("return sessionStorage.getItem('veileder.conversation') || '{}'"))

    def assert_accessible(self, context):
        self.js(self.axe)
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
            ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            " nodes: v.nodes.map(n => n.target.join(' '))}))), e => done([{id: 'axe-error', help: String(e)}]));",
            WCAG_TAGS)
        self.assertEqual(result, [], f"WCAG 2.1 A/AA violations ({context}):\n" + json.dumps(result, indent=2, ensure_ascii=False))

    def assert_no_horizontal_scroll(self, context):
        widths = self.js("return [document.documentElement.scrollWidth, window.innerWidth]")
        self.assertLessEqual(widths[0], widths[1], f"horizontal scroll at {widths[1]} px ({context})")

    def assert_focus_visible(self):
        style = self.js("const s = getComputedStyle(document.activeElement);"
                        "return [s.outlineStyle, s.outlineWidth, s.boxShadow, document.activeElement.className]")
        self.assertTrue(style[0] != "none" and style[1] != "0px", f"no visible focus on {style[3]}: {style}")

    # Tests

    def test_1_page_and_panel_are_accessible(self):
        self.assert_accessible("page with the launcher")
        self.driver.find_element(By.CSS_SELECTOR, ".vl-launcher").click()
        self.wait_for_reply(0)
        log = self.driver.find_element(By.CSS_SELECTOR, ".vl-log")
        self.assertEqual(log.get_attribute("role"), "log")
        self.assertEqual(log.get_attribute("aria-live"), "polite")
        self.assert_accessible("open panel with the greeting")

    def test_2_chat_by_mouse(self):
        driver = self.driver
        driver.find_element(By.CSS_SELECTOR, ".vl-launcher").click()
        self.wait_for_reply(0)
        before = self.bot_count()
        driver.find_element(By.XPATH, "//button[contains(@class,'vl-option') and text()='Jeg er ungdom']").click()
        self.wait_for_reply(before)
        self.assertIn("Jeg er ungdom", driver.find_element(By.CSS_SELECTOR, ".vl-log .vl-user").text)
        # Free text, then something that must never be rendered as HTML.
        for text in ["jeg blir mobbet på skolen", '<img src=x onerror="window.injected=1"><b>fet</b>']:
            before = self.bot_count()
            box = driver.find_element(By.ID, "vl-input")
            box.click()
            box.send_keys(text)
            driver.find_element(By.CSS_SELECTOR, ".vl-send").click()
            self.wait_for_reply(before)
        self.assertEqual(len(driver.find_elements(By.CSS_SELECTOR, ".vl-log img, .vl-log b")), 0)
        self.assertIsNone(self.js("return window.injected"))
        self.assertIn('<img src=x', driver.find_elements(By.CSS_SELECTOR, ".vl-log .vl-user")[-1].text)
        # A crisis message is marked and its numbers are tap-to-call links.
        before = self.bot_count()
        box = driver.find_element(By.ID, "vl-input")
        box.send_keys("jeg vil ta livet mitt", Keys.ENTER)
        self.wait_for_reply(before)
        crisis = driver.find_elements(By.CSS_SELECTOR, ".vl-log .vl-crisis")
        self.assertTrue(crisis, "no crisis bubble")
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".vl-log .vl-crisis a.vl-tel")]
        self.assertTrue(any(href.startswith("tel:") for href in links), f"no tel: link in crisis bubbles: {links}")
        colours = self.js("const c = getComputedStyle(document.querySelector('.vl-crisis'));"
                          "const b = getComputedStyle(document.querySelector('.vl-log .vl-bot:not(.vl-crisis)'));"
                          "return [c.backgroundColor, b.backgroundColor]")
        self.assertNotEqual(colours[0], colours[1], "crisis bubbles look like ordinary ones")
        self.assert_accessible("conversation with a crisis message")
        # A reload keeps the conversation (sessionStorage only).
        conversation = self.stored()["id"]
        count = self.bot_count()
        driver.refresh()
        self.wait.until(lambda d: self.bot_count() == count)
        self.assertEqual(self.stored()["id"], conversation)
        # Language switch.
        before = self.bot_count()
        from selenium.webdriver.support.ui import Select
        Select(driver.find_element(By.ID, "vl-language")).select_by_value("en")
        self.wait_for_reply(before)
        self.assertEqual(driver.find_element(By.CSS_SELECTOR, ".vl-send").text, "Send")
        self.assertEqual(driver.find_element(By.CSS_SELECTOR, ".vl-delete").text, "Delete the conversation")
        self.assertEqual(self.js("return document.querySelector('.vl-root').lang"), "en")
        # Delete: gone on the server and in sessionStorage.
        driver.find_element(By.CSS_SELECTOR, ".vl-delete").click()
        self.wait.until(lambda d: self.bot_count() == 0)
        self.assertNotIn("id", self.stored())
        deadline = time.time() + 5
        while self.server.status_of_message(conversation) != 404 and time.time() < deadline:
            time.sleep(0.1)
        self.assertEqual(self.server.status_of_message(conversation), 404)

    def test_3_chat_by_keyboard_only(self):
        driver = self.driver
        actions = lambda *keys: ActionChains(driver).send_keys(*keys).perform()
        for _ in range(40):
            actions(Keys.TAB)
            if self.js("return document.activeElement.classList.contains('vl-launcher')"):
                break
        else:
            self.fail("the launcher cannot be reached with Tab")
        self.assert_focus_visible()
        actions(Keys.ENTER)
        self.wait_for_reply(0)
        self.assertEqual(self.js("return document.activeElement.id"), "vl-input")
        # Shift+Tab from the input reaches the options; Enter chooses one.
        for _ in range(10):
            ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
            if self.js("return document.activeElement.classList.contains('vl-option')"):
                break
        else:
            self.fail("no option can be reached with Shift+Tab")
        self.assert_focus_visible()
        before = self.bot_count()
        actions(Keys.ENTER)
        self.wait_for_reply(before)
        self.assertTrue(driver.find_elements(By.CSS_SELECTOR, ".vl-log .vl-user"))
        # Focus lands on the new options; Tab reaches the input; typing and Enter sends.
        self.assertIn(self.js("return document.activeElement.className"), ["vl-option", "vl-input"])
        for _ in range(20):
            if self.js("return document.activeElement.id") == "vl-input":
                break
            actions(Keys.TAB)
        self.assertEqual(self.js("return document.activeElement.id"), "vl-input")
        before = self.bot_count()
        actions("hva er tegn på mobbing", Keys.ENTER)
        self.wait_for_reply(before)
        self.assertEqual(self.js("return document.activeElement.id"), "vl-input")
        # Escape closes the panel and gives focus back to the launcher.
        actions(Keys.ESCAPE)
        self.assertTrue(self.js("return document.querySelector('.vl-panel').hidden"))
        self.assertTrue(self.js("return document.activeElement.classList.contains('vl-launcher')"))

    def test_4_reflow_at_320_px(self):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": False})
        self.driver.get(self.server.url + "/")
        self.wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".vl-launcher"))
        self.assertEqual(self.js("return window.innerWidth"), 320)
        self.assert_no_horizontal_scroll("page")
        self.driver.find_element(By.CSS_SELECTOR, ".vl-launcher").click()
        self.wait_for_reply(0)
        self.assert_no_horizontal_scroll("open panel")
        box = self.js("const r = document.querySelector('.vl-panel').getBoundingClientRect(); return [r.left, r.right]")
        self.assertGreaterEqual(box[0], 0)
        self.assertLessEqual(box[1], 320)
        overflowing = self.js("return [...document.querySelectorAll('.vl-panel *')].filter(e => {"
                              "const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > 320.5 || r.left < -0.5)"
                              "}).map(e => e.className)")
        self.assertEqual(overflowing, [], "elements outside the 320 px viewport")
        self.assert_accessible("open panel at 320 px")

    def test_5_quick_exit(self):
        driver = self.driver
        driver.find_element(By.CSS_SELECTOR, ".vl-launcher").click()
        self.wait_for_reply(0)
        conversation = self.stored()["id"]
        driver.find_element(By.CSS_SELECTOR, ".vl-exit").click()
        self.wait.until(lambda d: not d.current_url.startswith(self.server.url))
        # Offline machines show Chromium's error page for yr.no; either way the chat page is gone.
        self.assertTrue(driver.current_url.startswith("https://www.yr.no") or driver.current_url.startswith("chrome-error:"),
                        driver.current_url)
        deadline = time.time() + 5
        while self.server.status_of_message(conversation) != 404 and time.time() < deadline:
            time.sleep(0.1)
        self.assertEqual(self.server.status_of_message(conversation), 404, "quick exit did not delete the conversation")
        driver.back()
        time.sleep(0.5)
        self.assertNotEqual(driver.current_url, self.server.url + "/", "Back returned to the chat page after quick exit")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=str(ROOT / ".build" / "debug" / "veileder"))
    OPTIONS, rest = parser.parse_known_args()
    OPTIONS.binary = os.path.abspath(OPTIONS.binary)
    unittest.main(argv=[sys.argv[0], "-v"] + rest)
