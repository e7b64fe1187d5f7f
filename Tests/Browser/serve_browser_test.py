#!/usr/bin/env python3
"""The consultant's loop in a real browser: Debian's chromium driven by selenium.

Usage: serve_browser_test.py --serve PATH/jcm-serve --screenshot PATH.png

Serves a copy of the blower example, opens the page with the printed URL, types the first
blower's expected average flow as 95 % of its rated flow (171,000 of 180,000 Nm3/h), saves,
and waits for C6 and the verdict to turn to fail; then downloads the document set and checks
its manifest against the saved file. Exit 0 when every step holds; the message says which did not.
"""
import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def start_server(serve, folder):
    process = subprocess.Popen([serve, folder, "--methodologies", os.path.join(ROOT, "Methodologies"),
                                "--templates", os.path.join(ROOT, "Templates")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    if "http://127.0.0.1:" not in line:
        process.kill()
        sys.exit(f"jcm-serve did not print its URL: {line!r} {process.stderr.read()[-500:]}")
    return process, line.split(" on ", 1)[1].strip()


def browser(downloads):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                     "--disable-gpu", "--proxy-server=direct://", "--no-first-run"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                              "download.prompt_for_download": False})
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        options.binary_location = chromium
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=webdriver.ChromeService(executable_path=driver_path), options=options)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", required=True)
    parser.add_argument("--screenshot", required=True)
    options = parser.parse_args()
    work = tempfile.mkdtemp(prefix="jcm-browser-")
    folder, downloads = os.path.join(work, "projects"), os.path.join(work, "downloads")
    os.makedirs(downloads)
    shutil.copytree(os.path.join(ROOT, "Examples", "haiphong-blower-inverter"), os.path.join(folder, "blower"))
    project = os.path.join(folder, "blower", "project.yaml")
    server, url = start_server(options.serve, folder)
    driver = None
    try:
        base = url.split("/?", 1)[0]
        try:
            urllib.request.urlopen(base + "/")
            check(False, "the page answered without the token")
        except urllib.error.HTTPError as refused:
            check(refused.code == 403, f"without the token: {refused.code}, expected 403")

        driver = browser(downloads)
        wait = WebDriverWait(driver, 20)
        driver.get(url)
        link = wait.until(lambda d: d.find_element(By.LINK_TEXT, "VN-HP-BLOWER-01"))
        link.click()
        wait.until(lambda d: d.find_element(By.ID, "verdict"))
        check(driver.find_element(By.ID, "verdict").get_attribute("data-verdict") == "pass", "the example is not eligible at first")

        editor = driver.find_element(By.ID, "editor")
        text = editor.get_attribute("value")
        start = text.index("expected_average_flow: 108,000") + len("expected_average_flow: ")
        # The caret is put on the figure, and the new one typed over it, as a person would.
        driver.execute_script("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);",
                              editor, start, start + len("108,000"))
        editor.send_keys("171,000")
        # With the keyboard only: Tab leaves the editor for the Save button, Enter presses it.
        editor.send_keys(Keys.TAB)
        check(driver.switch_to.active_element.get_attribute("id") == "save", "Tab from the editor does not reach Save")
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        wait.until(lambda d: "Saved —" in d.find_element(By.ID, "status").text)
        wait.until(lambda d: d.find_element(By.ID, "verdict").get_attribute("data-verdict") == "fail")
        c6 = driver.find_element(By.CSS_SELECTOR, "li.criterion[data-criterion='C6']")
        check(c6.get_attribute("data-verdict") == "fail", "C6 did not turn to fail")
        saved = open(project, encoding="utf-8").read()
        check("expected_average_flow: 171,000 Nm3/h" in saved, "the file on disk was not saved")
        check(os.path.exists(project + ".previous"), "the previous version was not kept")
        os.makedirs(os.path.dirname(os.path.abspath(options.screenshot)), exist_ok=True)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(options.screenshot)
        # At 200 % zoom a 1400-pixel window is 700 CSS pixels wide: the page reflows, nothing to scroll sideways.
        driver.set_window_size(700, 1000)
        overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        check(overflow <= 0, f"at 700 CSS pixels the page scrolls sideways by {overflow} px")
        driver.set_window_size(1400, 1000)

        driver.find_element(By.LINK_TEXT, "Documents").click()
        wait.until(lambda d: d.find_element(By.ID, "download")).click()
        archive = os.path.join(downloads, "VN-HP-BLOWER-01.zip")
        deadline = time.time() + 30
        while not os.path.exists(archive) and time.time() < deadline:
            time.sleep(0.2)
        check(os.path.exists(archive), f"no download: {os.listdir(downloads)}")
        with zipfile.ZipFile(archive) as package:
            manifest = json.loads(package.read("manifest.json"))
            names = package.namelist()
        check("pdd-draft.md" in names and "application.xml" in names, f"the set lacks documents: {names}")
        digest = hashlib.sha256(saved.encode("utf-8")).hexdigest()
        check(manifest["project"]["sha256"] == digest, "the manifest does not record the saved project's SHA-256")
        check(manifest["methodology"]["id"] == "VN_PM_DRAFT_BLOWER", "the manifest does not name the methodology")
        check(manifest["tool"]["name"] == "jcm", "the manifest does not name the tool")
        driver.set_window_size(700, 1000)
        driver.get(url)
        overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        check(overflow <= 0, f"at 700 CSS pixels the portfolio scrolls sideways by {overflow} px")
        print(f"browser test passed; screenshot {options.screenshot}")
    except Exception as error:  # every failure is reported as one line, with the page when there is one
        if driver is not None:
            driver.save_screenshot(options.screenshot)
        sys.exit(f"browser test failed: {type(error).__name__}: {error}")
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
