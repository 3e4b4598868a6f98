"""The app launched as the README says, used through gradio_client and a real browser."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
ARTICLE = (
    "Immigration : 40 000 tentatives déjouées\n\n"
    "Le ministère a recensé 40 589 tentatives d'immigration illégale en 2022, soit +47 % sur un an. "
    "Le dispositif a coûté 1,2 milliard d'euros."
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def app_url(tiny_model_dir: Path, ct2_cache: Path) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "SUMMARIZER_MODEL": str(tiny_model_dir), "SUMMARIZER_CACHE": str(ct2_cache),
           "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"}  # fmt: skip
    log = open(ARTIFACTS.mkdir(exist_ok=True) or ARTIFACTS / "app.log", "w")  # noqa: SIM115
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port)], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(f"the app exited: {(ARTIFACTS / 'app.log').read_text()[-2000:]}") from None
                time.sleep(0.5)
        else:
            raise RuntimeError("the app did not start within 120 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def _listening_addresses(port: int) -> set[str]:
    """Local addresses the kernel lists as listening (TCP state 0A) on ``port``, from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_app_binds_to_localhost_only(app_url: str) -> None:
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp to read listening sockets from")
    port = int(app_url.rstrip("/").rsplit(":", 1)[1])
    addresses = _listening_addresses(port)
    assert addresses, "the app's port is not listening"
    assert addresses <= {"0100007F"}, f"the app listens beyond 127.0.0.1: {addresses}"  # 127.0.0.1, little-endian hex
    assert "gradio.live" not in (ARTIFACTS / "app.log").read_text()  # no public share link


def test_gradio_client_summarize(app_url: str) -> None:
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    status, _summary, translation, table, _aligned, data, _files, _model = client.predict(ARTICLE, api_name="/summarize")
    assert status.startswith("✔ Translated 3 sentences")
    assert translation == data["translation"]["text"] and translation
    assert [k["value"] for k in data["key_figures"]][:2] == [40589, 1_200_000_000]
    assert table["data"][0][2] == "headline" and table["data"][0][3] == "40 589"


def test_eight_simultaneous_requests_are_not_mixed(app_url: str) -> None:
    from gradio_client import Client

    texts = [f"Le conseil numéro {i} a voté un budget de {i + 1} {i * 111 + 100:03d} euros pour {i + 2} écoles." for i in range(8)]

    def ask(text: str) -> dict:
        return Client(app_url, verbose=False).predict(text, 1, api_name="/summarize")[5]

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(ask, texts, timeout=300))
    for text, data in zip(texts, results):
        assert [s["source"] for s in data["translation"]["segments"]] == [text]


@pytest.mark.browser
def test_browser_end_to_end(app_url: str) -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is not installed (.ci/run installs it)")
        pytest.skip("no /usr/bin/chromium on this machine")
    from playwright.sync_api import expect, sync_playwright

    evil = "Le texte <img src=x onerror=alert(1)> compte 3 000 signes."
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],  # fmt: skip
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1800})
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(app_url, wait_until="networkidle")
        source = page.locator("#source textarea")
        source.fill(ARTICLE)
        page.locator("#run").click()
        expect(page.locator("#status")).to_contain_text("Translated 3 sentences", timeout=120_000)
        table = page.locator("#key-figures")
        expect(table).to_contain_text("40,589")
        expect(table).to_contain_text("40 589")
        expect(table).to_contain_text("€1.2 billion")
        assert page.locator("#translation textarea").input_value().strip()
        expect(page.locator("#aligned")).to_contain_text("Le ministère a recensé")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "app.png"), full_page=True)
        # an uploaded HTML file fills the text box with its text
        page_file = ARTIFACTS / "upload.html"
        page_file.write_text("<html><body><h1>Titre importé</h1><p>Le budget atteint 3 millions d'euros.</p>"
                             "<script>alert(3)</script></body></html>", encoding="utf-8")  # fmt: skip
        page.locator("input[type=file]").first.set_input_files(str(page_file))
        expect(source).to_have_value("Titre importé\n\nLe budget atteint 3 millions d'euros.", timeout=30_000)
        # user text is shown as text, never run as HTML
        source.fill(evil)
        page.locator("#run").click()
        expect(page.locator("#aligned")).to_contain_text("<img src=x onerror=alert(1)>", timeout=120_000)
        assert page.locator("#aligned img").count() == 0
        assert dialogs == []
        page.screenshot(path=str(ARTIFACTS / "app-escaped.png"), full_page=True)
        browser.close()


def _browser(p):
    return p.chromium.launch(
        executable_path=CHROMIUM,
        args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run"],  # fmt: skip
    )


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """Debian's Chromium through Playwright, once for the page tests below (screenshots go to test-artifacts/)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is not installed (.ci/run installs it)")
        pytest.skip("no /usr/bin/chromium on this machine")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = _browser(p)
        yield browser
        browser.close()


def _translate_in(page: Any, app_url: str, during: Callable[[Any], None] | None = None) -> None:
    """Paste the article, press the button (``during`` looks at the page while it runs), wait for the result."""
    from playwright.sync_api import expect

    page.goto(app_url, wait_until="networkidle")
    page.locator("#source textarea").fill(ARTICLE)
    page.locator("#run").click()
    if during is not None:
        during(page)
    expect(page.locator("#status")).to_contain_text("Translated 3 sentences", timeout=120_000)


@pytest.mark.browser
def test_browser_headline_is_never_bold_without_its_warning(chromium: Any, app_url: str) -> None:
    """Issue 12, item 3 (and the button and model line of item 7)."""
    from playwright.sync_api import expect

    page = chromium.new_page(viewport={"width": 1280, "height": 1400})
    # no second click while a run is in flight
    _translate_in(page, app_url, during=lambda running: expect(running.locator("#run")).to_be_disabled(timeout=5_000))
    expect(page.locator("#run")).to_be_enabled(timeout=10_000)
    expect(page.locator("#model-status")).to_contain_text("loaded, running on the fast CTranslate2 engine")
    # the tiny random model garbles the title: the bold headline carries its warning right beside it
    summary = page.locator("#summary")
    expect(summary).to_contain_text("failed a check")
    bold, warning = summary.locator("strong").first, summary.locator("em").first
    assert bold.is_visible() and "⚠" in summary.inner_text().split(bold.inner_text(), 1)[1][:5]
    assert abs(bold.bounding_box()["y"] - warning.bounding_box()["y"]) < 120
    page.screenshot(path=str(ARTIFACTS / "headline-warning.png"), full_page=True)


@pytest.mark.browser
def test_browser_unreadable_upload_is_one_line_and_clears_the_results(chromium: Any, app_url: str, tmp_path: Path) -> None:
    """Issue 12, item 6."""
    from playwright.sync_api import expect

    page = chromium.new_page(viewport={"width": 1280, "height": 1400})
    _translate_in(page, app_url)
    assert page.locator('#key-figures [role=gridcell][data-col="0"]', has_text="40,589").count() == 1
    broken = tmp_path / "rapport.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\xff\x00garbage" * 50)
    page.locator("input[type=file]").first.set_input_files(str(broken))
    expect(page.locator("#status")).to_contain_text("could not be read as a PDF", timeout=30_000)
    expect(page.locator("#aligned")).not_to_contain_text("Le ministère a recensé")
    expect(page.locator("#summary")).not_to_contain_text("failed a check")
    assert page.locator('#key-figures [role=gridcell][data-col="0"]', has_text="40,589").count() == 0
    assert page.locator(".toast-body").count() == 0  # no red error pop-up
    assert len(page.locator("#status").inner_text().strip().splitlines()) == 1
    page.screenshot(path=str(ARTIFACTS / "upload-error.png"), full_page=True)


@pytest.mark.browser
def test_browser_on_a_phone(chromium: Any, app_url: str) -> None:
    """Issue 12, item 7: on a 390-pixel phone the results come before the settings and figures never break."""
    from playwright.sync_api import expect

    phone = chromium.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    _translate_in(phone, app_url)
    assert phone.locator("#status").bounding_box()["y"] < phone.locator("#settings").bounding_box()["y"]
    for figure in ("40,589", "€1.2 billion"):
        cell = phone.locator('#key-figures [role=gridcell][data-col="0"] .text', has_text=figure).first
        expect(cell).to_be_visible()
        line = float(cell.evaluate("e => parseFloat(getComputedStyle(e).lineHeight) || 20"))
        assert cell.bounding_box()["height"] < 1.6 * line, f"{figure} wrapped onto two lines"
    status = phone.locator("#status").inner_text()
    assert not re.search(r"Error|Traceback|max_chars|offsets|\b1 sentences", status)  # a reader's words
    phone.screenshot(path=str(ARTIFACTS / "phone.png"), full_page=True)
