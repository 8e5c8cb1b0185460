#!/usr/bin/env python3
"""Every portal fragment through Debian's CKEditor 4, as a webmaster pastes it into the province
portal's article editor (source mode), and back out.

Usage: python3 Tests/browser/ckeditor_roundtrip.py FRAGMENT_DIR [SCREENSHOT_DIR]
FRAGMENT_DIR holds the built `nhung/doan/*.htm`. For each fragment and each configuration
(CKEditor's default content filter, and a restrictive one like the province portals': format tags,
links, images and tables only) it calls setData with the file's text, reads getData back, and
compares in the browser's own DOM: the text, every link (href and text), every image (src, alt,
size) and every table (rows, cells and their text) must come back unchanged. What else changed
(styles and attributes the filter removed) is reported per configuration, for the README.
Prints one JSON report on stdout; exits 1 when any fragment lost text, links, images or tables.
Needs chromium, chromium-driver, ckeditor (Debian) and python3-selenium.
"""
import json, os, sys, tempfile
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CKEDITOR = "/usr/share/javascript/ckeditor/ckeditor.js"
RESTRICTIVE = ("h1 h2 h3 h4 h5 h6 p br strong em b i u s sub sup blockquote ul ol li hr; a[!href,target,title]; "
               "img[!src,alt,width,height]; table[border,cellpadding,cellspacing,summary]; caption thead tbody tfoot tr; "
               "th[colspan,rowspan,scope]; td[colspan,rowspan]")
CONFIGS = {"default": {}, "restrictive": {"allowedContent": RESTRICTIVE}}

# In the page: what must survive (text, links, images, tables), and what the filter changed.
SUMMARY_JS = r"""
function summary(html) {
  const doc = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html');
  const body = doc.body;
  // The editor writes its own line breaks between blocks: the characters must be the same.
  const text = body.textContent.replace(/\s+/g, '');
  const links = [...body.querySelectorAll('a')].map(a => [a.getAttribute('href'), a.textContent.replace(/\s+/g, ' ').trim()]);
  // The default filter turns width and height attributes into styles: the same size.
  const size = (i, name) => i.getAttribute(name) || (i.style[name] || '').replace('px', '') || null;
  const images = [...body.querySelectorAll('img')].map(i => [i.getAttribute('src'), i.getAttribute('alt'), size(i, 'width'), size(i, 'height')]);
  const tables = [...body.querySelectorAll('table')].map(t => [...t.querySelectorAll('tr')].map(r =>
      [...r.children].map(c => c.tagName.toLowerCase() + ':' + c.textContent.replace(/\s+/g, ' ').trim())));
  const presentation = {};
  for (const element of body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    for (const attribute of element.getAttributeNames()) {
      if (attribute === 'style') {
        for (const declaration of element.getAttribute('style').split(';')) {
          const name = declaration.split(':')[0].trim();
          if (name) presentation[tag + ' style ' + name] = true;
        }
      } else if (!['href', 'src', 'alt', 'width', 'height'].includes(attribute)) {
        presentation[tag + ' @' + attribute] = true;
      }
    }
    presentation[tag] = true;
  }
  const blanks = [...body.querySelectorAll('p')].filter(p => p.textContent.trim() === '' && !p.querySelector('img')).length;
  return {text, links, images, tables, presentation: Object.keys(presentation).sort(), emptyParagraphs: blanks};
}
"""

PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CKEditor</title>
<script src="file://%s"></script></head><body><textarea id="e"></textarea>
<script>%s
window.ready = false;
CKEDITOR.replace('e', Object.assign({height: 700, width: 900}, %s));
CKEDITOR.instances.e.on('instanceReady', () => { window.ready = true; });
</script></body></html>"""


def run(fragment_dir, screenshot_dir=None):
    files = sorted(f for f in os.listdir(fragment_dir) if f.endswith(".htm"))
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--allow-file-access-from-files", "--window-size=1000,900"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(30)
    report = {"ckeditor": None, "fragments": len(files), "configs": {}}
    failed = False
    try:
        with tempfile.TemporaryDirectory() as work:
            for name, config in CONFIGS.items():
                page = os.path.join(work, f"{name}.html")
                with open(page, "w", encoding="utf-8") as out:
                    out.write(PAGE % (CKEDITOR, SUMMARY_JS, json.dumps(config)))
                driver.get("file://" + page)
                driver.execute_async_script(
                    "const done = arguments[0]; (function wait() { window.ready ? done() : setTimeout(wait, 50); })();")
                report["ckeditor"] = driver.execute_script("return CKEDITOR.version;")
                result = {"lost": {}, "presentation_removed": set(), "presentation_kept": set(), "empty_paragraphs_added": 0}
                for file in files:
                    with open(os.path.join(fragment_dir, file), "rb") as source:
                        data = source.read()
                    html = data.decode("utf-8")  # a BOM, if any, stays in: the editor sees what the file holds
                    out = driver.execute_async_script(
                        "const [html, done] = arguments; const editor = CKEDITOR.instances.e;"
                        "editor.setData(html, {callback: () => done(editor.getData())});", html)
                    before = driver.execute_script("return summary(arguments[0]);", html)
                    after = driver.execute_script("return summary(arguments[0]);", out)
                    problems = [key for key in ("text", "links", "images", "tables") if before[key] != after[key]]
                    if problems:
                        failed = True
                        result["lost"][file] = {key: {"before": before[key], "after": after[key]} for key in problems}
                    result["presentation_removed"].update(set(before["presentation"]) - set(after["presentation"]))
                    result["presentation_kept"].update(set(before["presentation"]) & set(after["presentation"]))
                    result["empty_paragraphs_added"] += max(0, after["emptyParagraphs"] - before["emptyParagraphs"])
                    if after["emptyParagraphs"] > before["emptyParagraphs"]:
                        failed = True
                        result["lost"].setdefault(file, {})["empty paragraphs"] = after["emptyParagraphs"]
                if screenshot_dir:
                    # The last procedure fragment, as the webmaster sees it in the editor after pasting.
                    sample = next((f for f in reversed(files) if f.startswith("thu-tuc-")), files[-1])
                    with open(os.path.join(fragment_dir, sample), encoding="utf-8") as source:
                        driver.execute_async_script(
                            "const [html, done] = arguments; CKEDITOR.instances.e.setData(html, {callback: done});", source.read())
                    os.makedirs(screenshot_dir, exist_ok=True)
                    driver.save_screenshot(os.path.join(screenshot_dir, f"ckeditor-{name}.png"))
                result["presentation_removed"] = sorted(result["presentation_removed"])
                result["presentation_kept"] = sorted(result["presentation_kept"])
                report["configs"][name] = result
    finally:
        driver.quit()
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
