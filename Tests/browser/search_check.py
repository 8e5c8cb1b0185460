#!/usr/bin/env python3
"""Browser check of the procedure search box (not part of `swift test`: it needs Chromium).

Serves a built site, types queries into the search box in headless Chromium at 390 px and asserts
which procedures stay visible. Usage: python3 Tests/browser/search_check.py public
Needs what ../shared/tools/site-check/install.sh installs (chromium, chromedriver, selenium).
"""
import functools, http.server, sys, threading, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

site = sys.argv[1] if len(sys.argv) > 1 else "public"
class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


handler = functools.partial(QuietHandler, directory=site)
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
options = webdriver.ChromeOptions()
for arg in ("--headless=new", "--no-sandbox", "--window-size=390,844"):
    options.add_argument(arg)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
failures = 0
try:
    driver.get(f"http://127.0.0.1:{server.server_port}/thu-tuc-hanh-chinh/")
    box = driver.find_element(By.ID, "tim-thu-tuc")
    cases = {  # query -> a code that must be visible, and whether the list must shrink
        "dang ky khai sinh": "1.001193",
        "ĐĂNG KÝ KHAI SINH": "1.001193",
        "đăng ký khai sinh": "1.001193",
        "1.001193": "1.001193",
        "chung thuc": "2.000815",
        "lam giay khai sinh": "1.001193",  # a spoken question: its filler words need not appear
        "khaisinh": "1.001193",            # typed without the space
        "sinh khai dang ky": "1.001193",   # words in any order
        "thu tuc ho so khai sinh o dau": "1.001193",  # filler phrases
        "ho tich": "1.001193",             # "ho" is a word of the name here, not filler
    }
    total = len(driver.find_elements(By.CSS_SELECTOR, ".procedure"))
    for query, code in cases.items():
        box.clear()
        box.send_keys(query)
        time.sleep(0.3)
        visible = [e.get_attribute("id") for e in driver.find_elements(By.CSS_SELECTOR, ".procedure") if e.is_displayed()]
        ok = f"tt-{code}" in visible and 0 < len(visible) < total
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {query!r}: {len(visible)} of {total} visible")
        # Each shown group's count is the number of its procedures still visible.
        for group in driver.find_elements(By.CSS_SELECTOR, ".field-group"):
            counts = group.find_elements(By.CSS_SELECTOR, "h2 .count[data-total]")
            if not group.is_displayed() or not counts:
                continue
            shown = len([e for e in group.find_elements(By.CSS_SELECTOR, ".procedure") if e.is_displayed()])
            count = counts[0].text
            if count != f"({shown} thủ tục)":
                failures += 1
                print(f"FAIL {query!r}: group {group.get_attribute('id')} says {count}, shows {shown}")
    # With JavaScript the fallback link steps aside for the box.
    checks = [(box.is_displayed(), "search box shown with JavaScript"),
              (not driver.find_element(By.CSS_SELECTOR, ".search-fallback").is_displayed(), "fallback hidden with JavaScript")]
    for ok, what in checks:
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {what}")
    driver.quit()
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.get(f"http://127.0.0.1:{server.server_port}/thu-tuc-hanh-chinh/")
    fallback = driver.find_element(By.CSS_SELECTOR, ".search-fallback a")
    ok = fallback.is_displayed() and fallback.get_attribute("href").endswith("#linh-vuc") \
        and not driver.find_element(By.ID, "tim-thu-tuc").is_displayed()
    failures += not ok
    print(f"{'ok  ' if ok else 'FAIL'} without JavaScript: the link to the field index replaces the hidden box")
finally:
    driver.quit()
    server.shutdown()
print(f"search_check: {failures} failed")
sys.exit(1 if failures else 0)
