#!/usr/bin/env python3
"""How quickly the page of `jcm serve` answers, beside the command line measured in the same run.

Usage: Benchmarks/serve_benchmark.py [--bin DIR] [--runs R]
(default: the release binaries, built first with `swift build -c release --product jcm-serve`).

Serves a copy of the blower example and prints, as medians of R runs:
- the page's first load: the project view and its style sheet and script, on a new connection;
- from a save to the updated verdict: the POST of the edited text (alternately the example and its
  first blower at 95 % of its rated flow, so the verdict changes each time) until the answer with
  the new verdict has arrived; and, with selenium and chromium installed, in the page itself: from
  the click on Save until the verdict shown has changed;
- the peers: `jcm --version` and `jcm check` of the same file as whole processes, and the ratios.
Targets: a save's verdict within 50 ms, the first load within 200 ms. Nothing is asserted.
"""
import argparse
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "Examples", "haiphong-blower-inverter")


def median_ms(samples):
    return statistics.median(samples) * 1000


def process_time(command, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return median_ms(samples)


# Replaces the editor's text, clicks Save and resolves with the milliseconds until the verdict shown is `wanted`.
MEASURE_SAVE = """
const [wanted, text, done] = arguments;
const start = performance.now();
const observer = new MutationObserver(() => {
  const verdict = document.getElementById("verdict");
  if (verdict && verdict.dataset.verdict === wanted) { observer.disconnect(); done(performance.now() - start); }
});
observer.observe(document.body, { subtree: true, childList: true, attributes: true });
document.getElementById("editor").value = text;
document.getElementById("save").click();
"""


def browser_saves(url, original, changed, runs):
    """Milliseconds from the click on Save to the new verdict in the page; [] without selenium."""
    try:
        from selenium import webdriver
    except ImportError:
        print("(selenium not installed: no in-page measurement)")
        return []
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"]:
        options.add_argument(argument)
    chromium = shutil.which("chromium")
    if chromium:
        options.binary_location = chromium
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")), options=options)
    try:
        driver.set_script_timeout(10)
        driver.get(url)
        samples = []
        for index in range(runs + 1):
            wanted, text = ("fail", changed) if index % 2 == 0 else ("pass", original)
            samples.append(driver.execute_async_script(MEASURE_SAVE, wanted, text))
        return samples[1:]
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin")
    parser.add_argument("--runs", type=int, default=25)
    options = parser.parse_args()
    directory = options.bin
    if directory is None:
        for product in ["jcm", "jcm-serve"]:
            subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        directory = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                   capture_output=True, text=True).stdout.strip()
    work = tempfile.mkdtemp(prefix="jcm-serve-bench-")
    shutil.copytree(EXAMPLE, os.path.join(work, "blower"))
    project = os.path.join(work, "blower", "project.yaml")
    data = ["--methodologies", os.path.join(ROOT, "Methodologies"), "--templates", os.path.join(ROOT, "Templates")]
    server = subprocess.Popen([os.path.join(directory, "jcm-serve"), work] + data, stdout=subprocess.PIPE, text=True)
    try:
        url = urllib.parse.urlparse(server.stdout.readline().split(" on ", 1)[1].strip())
        token = urllib.parse.parse_qs(url.query)["t"][0]
        host, port = url.hostname, url.port
        query = "file=blower/project.yaml&t=" + token

        def first_load():
            connection = http.client.HTTPConnection(host, port)
            start = time.perf_counter()
            for path in ["/project?" + query, "/assets/page.css?t=" + token, "/assets/page.js?t=" + token]:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                assert response.status == 200, (path, response.status)
            elapsed = time.perf_counter() - start
            connection.close()
            return elapsed

        original = open(project, encoding="utf-8").read()
        changed = original.replace("expected_average_flow: 108,000 Nm3/h", "expected_average_flow: 171,000 Nm3/h", 1)
        headers = {"Content-Type": "text/plain; charset=utf-8", "Origin": f"http://{host}:{port}", "X-JCM-Token": token}
        connection = http.client.HTTPConnection(host, port)

        def save(text, verdict):
            start = time.perf_counter()
            connection.request("POST", "/save?file=blower/project.yaml", body=text.encode("utf-8"), headers=headers)
            response = connection.getresponse()
            body = response.read().decode("utf-8")
            elapsed = time.perf_counter() - start
            assert response.status == 200 and f'data-verdict="{verdict}"' in body, (response.status, body[:300])
            return elapsed

        first_load()  # the first request of a run pays for code that is loaded once
        loads = [first_load() for _ in range(options.runs)]
        saves = []
        for index in range(options.runs):
            saves.append(save(changed, "fail") if index % 2 == 0 else save(original, "pass"))
        in_page = browser_saves(f"http://{host}:{port}/project?{query}", original, changed, options.runs)
        version = process_time([os.path.join(directory, "jcm"), "--version"], options.runs)
        check = process_time([os.path.join(directory, "jcm"), "check", project] + data, options.runs)
        print(f"jcm --version {version:7.1f} ms | jcm check (whole process) {check:7.1f} ms")
        print(f"first load of the project view (page, style, script) {median_ms(loads):7.1f} ms "
              f"= {median_ms(loads) / version:4.1f}x jcm --version (target < 200 ms)")
        print(f"save to updated verdict {median_ms(saves):7.1f} ms = {median_ms(saves) / check:4.2f}x jcm check "
              f"(target < 50 ms)")
        if in_page:
            print(f"in chromium, click on Save to the verdict shown {statistics.median(in_page):7.1f} ms "
                  f"= {statistics.median(in_page) / check:4.2f}x jcm check (target < 50 ms)")
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
