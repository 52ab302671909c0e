"""The network page in a real browser: headless Chromium, offline, from file://.

Needs Debian's chromium and chromium-driver (CI installs them); without them
the test is skipped, saying so. Nothing here installs or downloads anything.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.files import load_store
from kg.network import load_network, select, write_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install '.[test]')")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="headless Chromium is not installed: apt-get install chromium chromium-driver (.ci/run does)",
)


@pytest.fixture()
def browser(tmp_path: Path):
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # no name resolves: nothing can be fetched
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1400,900",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    yield driver
    driver.quit()


def _requests(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _open(driver, page: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(page.as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return window.govkg !== undefined"))


def test_the_seed_network_renders_offline(browser, seed_graph: Path, tmp_path: Path) -> None:
    network = load_network(load_store(seed_graph))
    page = tmp_path / "graph.html"
    write_html(network, page)
    _open(browser, page)
    drawn = browser.execute_script("return window.govkg.network.body.data.nodes.length")
    assert drawn == browser.execute_script("return window.govkg.nodeCount") == network.number_of_nodes()
    assert browser.find_element("id", "count").text.startswith(f"{network.number_of_nodes()} nodes")
    legend = browser.find_element("id", "legend").text
    assert "部门 department" in legend and "牵头" in legend
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    # the page itself asks for nothing; chrome:// pages are the browser's own
    assert [u for u in _requests(browser) if u.split(":", 1)[0] in ("http", "https", "ws", "wss", "ftp")] == []
    shot = tmp_path / "graph.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000


HOSTILE = """
@prefix gov: <https://w3id.org/govkg/ontology#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/govkg/id/doc/x> a gov:Document ; rdfs:label "</script><script>window.__xss=1</script>"@zh ; dct:title "x"@zh .
<https://w3id.org/govkg/id/doc/x/task/1> a gov:Task ; rdfs:label "<img src=x onerror=\\"window.__xss=2\\">"@zh ;
    dct:isPartOf <https://w3id.org/govkg/id/doc/x> .
<https://w3id.org/govkg/id/org/a> a gov:Department ; rdfs:label "<script>alert(1)</script>"@zh .
<https://w3id.org/govkg/id/assignment/1> a gov:Assignment ; gov:actor <https://w3id.org/govkg/id/org/a> ;
    gov:task <https://w3id.org/govkg/id/doc/x/task/1> ; gov:role gov:Lead ;
    gov:evidence "<a href=\\"javascript:window.__xss=3\\">链接</a>"@zh ; prov:wasDerivedFrom <https://w3id.org/govkg/id/doc/x> .
"""


def test_labels_with_markup_show_as_text(browser, tmp_path: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    graph = tmp_path / "hostile.ttl"
    graph.write_text(HOSTILE, encoding="utf-8")
    network = select(load_network(load_store(graph)))
    page = tmp_path / "hostile.html"
    write_html(network, page)
    _open(browser, page)
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert browser.execute_script("return window.__xss === undefined")
    assert browser.execute_script("return document.querySelectorAll('script').length") == 2
    assert browser.execute_script("return document.querySelectorAll('img, a').length") == 0
    # the tooltips hold the labels as text
    tips = browser.execute_script(
        "return window.govkg.network.body.data.nodes.get().map(function (n) { return n.title.textContent; })"
    )
    assert any("<script>alert(1)</script>" in tip for tip in tips)
    assert browser.execute_script(
        "return window.govkg.network.body.data.nodes.get().every(function (n) { return n.title.children.length === 0; })"
    )
