#!/usr/bin/env python3
"""Search on a list split by field (more procedures than `procedures_per_list_page`), in headless
Chromium: the index page has no items, so the results must be listed by search.js from the
index's names and links, right under the box, and every link must open a built page.

Usage: Tests/browser/split_search_check.py SITE QUERY EXPECTED_CODE
(SITE built from a catalog larger than procedures_per_list_page, e.g. gen_site.py 3000.)
Needs what ../shared/tools/site-check/install.sh installs (chromium, chromedriver, selenium)."""
import functools, http.server, os, sys, threading, time
from urllib.parse import urlparse
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

site, query, code = sys.argv[1], sys.argv[2], sys.argv[3]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=site))
threading.Thread(target=server.serve_forever, daemon=True).start()
options = webdriver.ChromeOptions()
for arg in ("--headless=new", "--no-sandbox", "--window-size=390,844"):
    options.add_argument(arg)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
failures = 0
try:
    driver.get(f"http://127.0.0.1:{server.server_port}/thu-tuc-hanh-chinh/")
    ok = driver.find_element(By.CSS_SELECTOR, "form.search").get_attribute("data-split") is not None
    failures += not ok
    print(f"{'ok  ' if ok else 'FAIL'} the list is split by field")
    box = driver.find_element(By.ID, "tim-thu-tuc")
    box.send_keys(query)
    time.sleep(0.5)
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".search-results a") if a.is_displayed()]
    ok = any(link.rstrip("/").endswith(code) for link in links)
    failures += not ok
    print(f"{'ok  ' if ok else 'FAIL'} {query!r}: {len(links)} results listed, {code} among them")
    missing = [link for link in links if not os.path.exists(os.path.join(site, urlparse(link).path.lstrip("/"), "index.html"))]
    failures += bool(missing)
    print(f"{'ok  ' if not missing else 'FAIL'} every result opens a built page ({len(missing)} missing)")
    status = driver.find_element(By.CSS_SELECTOR, ".search-status").text
    print(f"     status: {status}")
    box.clear()
    box.send_keys(" ")
    time.sleep(0.3)
    ok = not driver.find_element(By.CSS_SELECTOR, ".search-results").is_displayed()
    failures += not ok
    print(f"{'ok  ' if ok else 'FAIL'} an empty query hides the results")
finally:
    driver.quit()
    server.shutdown()
print(f"split_search_check: {failures} failed")
sys.exit(1 if failures else 0)
