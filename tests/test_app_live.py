"""The app launched as the README says, used through gradio_client and a real browser."""

from __future__ import annotations

import contextlib
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

pytestmark = pytest.mark.slow  # minutes on 2 cores: `python -m pytest -m "not slow"` leaves them out

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


@contextlib.contextmanager
def _launched(model: str, cache: Path, log_name: str = "app.log") -> Iterator[str]:
    """``python app.py`` as the README says, on a free local port, with this model; yields its address."""
    port = _free_port()
    env = {**os.environ, "SUMMARIZER_MODEL": model, "SUMMARIZER_CACHE": str(cache),
           "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"}  # fmt: skip
    log = open(ARTIFACTS.mkdir(exist_ok=True) or ARTIFACTS / log_name, "w")  # noqa: SIM115
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
                    raise RuntimeError(f"the app exited: {(ARTIFACTS / log_name).read_text()[-2000:]}") from None
                time.sleep(0.5)
        else:
            raise RuntimeError("the app did not start within 120 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


@pytest.fixture(scope="module")
def app_url(tiny_model_dir: Path, ct2_cache: Path) -> Iterator[str]:
    with _launched(str(tiny_model_dir), ct2_cache) as url:
        yield url


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
    assert re.match(r"^[✔⚠] 3 sentences: ", status), status
    assert translation == data["translation"]["text"] and translation
    assert [k["value"] for k in data["key_figures"]][:2] == [40589, 1_200_000_000]
    assert data["key_figures"][0]["role"] == "headline" and data["key_figures"][0]["text_fr"] == "40 589"
    assert '<td class="kf-role"><span class="kf-key">role: </span>headline</td>' in table  # the table, as the page shows it


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
        expect(page.locator("#status")).to_contain_text(" 3 sentences: ", timeout=120_000)
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
    from playwright.sync_api import expect, sync_playwright

    # a loaded 2-core machine renders slowly: every wait of these tests is for a state, never a time limit
    expect.set_options(timeout=60_000)
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
    expect(page.locator("#status")).to_contain_text(" 3 sentences: ", timeout=120_000)


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
    assert page.locator("#key-figures td.kf-figure", has_text="40,589").count() == 1
    broken = tmp_path / "rapport.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\xff\x00garbage" * 50)
    page.locator("input[type=file]").first.set_input_files(str(broken))
    expect(page.locator("#status")).to_contain_text("could not be read as a PDF", timeout=30_000)
    expect(page.locator("#aligned")).not_to_contain_text("Le ministère a recensé")
    expect(page.locator("#summary")).not_to_contain_text("failed a check")
    assert page.locator("#key-figures td.kf-figure", has_text="40,589").count() == 0
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
        cell = phone.locator("#key-figures td.kf-figure", has_text=figure).first
        expect(cell).to_be_visible()
        line = float(cell.evaluate("e => parseFloat(getComputedStyle(e).lineHeight) || 20"))
        assert cell.bounding_box()["height"] < 1.6 * line, f"{figure} wrapped onto two lines"
    status = phone.locator("#status").inner_text()
    assert not re.search(r"Error|Traceback|max_chars|offsets|\b1 sentences|\b1 need\b", status)  # a reader's words
    phone.screenshot(path=str(ARTIFACTS / "phone.png"), full_page=True)


# --------------------------------------------------------------------------- issue 22, item 4: the page at a glance

_FITS = """() => {
  const box = document.querySelector('#key-figures').getBoundingClientRect();
  const wrap = document.querySelector('#key-figures .kf-wrap');
  const cells = [...document.querySelectorAll('#key-figures td')].map(td => {
    const r = td.getBoundingClientRect();
    return {cls: td.className, text: td.innerText.trim(), left: r.left, right: r.right, width: r.width, visible: td.checkVisibility()};
  });
  return {left: box.left, right: box.right, scroll: wrap.scrollWidth, client: wrap.clientWidth, cells,
          page: document.documentElement.scrollWidth, viewport: window.innerWidth};
}"""


@pytest.mark.browser
@pytest.mark.parametrize(("width", "mobile"), [(1280, False), (390, True)], ids=["desktop-1280", "phone-390"])
def test_browser_key_figures_fit_their_column(chromium: Any, app_url: str, width: int, mobile: bool) -> None:
    """Every column, the status above all, is inside the table's column: no sideways scroll, nothing hidden."""
    page = chromium.new_page(viewport={"width": width, "height": 1400}, is_mobile=mobile)
    _translate_in(page, app_url)
    fit = page.evaluate(_FITS)
    assert fit["scroll"] <= fit["client"] + 1, fit  # the table does not scroll sideways
    statuses = [c for c in fit["cells"] if c["cls"] == "kf-status"]
    assert len(statuses) == len([c for c in fit["cells"] if c["cls"] == "kf-figure"]) >= 3
    for cell in fit["cells"]:
        assert cell["visible"] and cell["width"] > 0, cell
        assert fit["left"] - 1 <= cell["left"] and cell["right"] <= fit["right"] + 1, (cell, fit["left"], fit["right"])
    assert all(re.match(r"^(✔ found|⚠ not found|— not translated)$", c["text"]) for c in statuses), statuses
    assert fit["page"] <= fit["viewport"] + 1, "the page scrolls sideways"
    lines = page.evaluate(  # a figure never breaks across lines: the line boxes of its text, one each
        "() => [...document.querySelectorAll('#key-figures td.kf-figure, #key-figures .fig-text')].map(e => {"
        " const r = document.createRange(); r.selectNodeContents(e);"
        " return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; })"
    )
    assert lines and set(lines) == {1}, lines
    page.screenshot(path=str(ARTIFACTS / f"key-figures-{width}.png"), full_page=True)


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390], ids=["desktop-1280", "phone-390"])
def test_browser_upload_box_shows_its_text(chromium: Any, app_url: str, width: int) -> None:
    page = chromium.new_page(viewport={"width": width, "height": 1000})
    page.goto(app_url, wait_until="networkidle")
    texts = page.locator("#upload").evaluate(
        """box => { const outer = box.getBoundingClientRect(); const out = [];
          const walk = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          for (let node = walk.nextNode(); node; node = walk.nextNode()) {
            if (!node.textContent.trim()) continue;
            const range = document.createRange(); range.selectNodeContents(node);
            for (const r of range.getClientRects()) out.push({text: node.textContent.trim(), inside:
              r.top >= outer.top - 1 && r.bottom <= outer.bottom + 1 && r.left >= outer.left - 1 && r.right <= outer.right + 1});
          }
          return out; }"""
    )
    shown = " ".join(t["text"] for t in texts)
    for words in ("Drop File Here", "Click to Upload", "upload a file (.txt, .html, .docx, .pdf)"):
        assert words in shown, (words, shown)
    assert all(t["inside"] for t in texts), [t for t in texts if not t["inside"]]  # no line cut off by the box


def _long_article(count: int) -> str:
    return "\n\n".join(f"Le conseil numéro {i} a voté un budget de {i + 2} millions d'euros pour {i * 3 + 7} écoles." for i in range(count))


@pytest.mark.browser
@pytest.mark.parametrize("when", ["after-the-first-sentences", "at-once"])
def test_browser_stop_keeps_what_was_translated(chromium: Any, app_url: str, when: str) -> None:
    """Stop: what was translated stays, the rest is marked, no "…" is left behind.

    Pressed at once or after the first sentences arrive, what was translated stays and the rest is marked "not
    translated (stopped)" (the tiny model may have translated them all by then: they are then marked as not
    checked).
    """
    from playwright.sync_api import expect

    page = chromium.new_page(viewport={"width": 1280, "height": 1400})
    page.goto(app_url, wait_until="networkidle")
    page.locator("#source textarea").fill(_long_article(400))
    page.locator("#run").click()
    english = page.locator("#translation textarea")
    if when == "after-the-first-sentences":
        page.wait_for_function("() => /[a-z]{3}/.test(document.querySelector('#translation textarea').value)", timeout=120_000)
    page.locator("#stop").click()
    expect(page.locator("#status")).to_contain_text("Stopped.", timeout=120_000)
    expect(page.locator("#run")).to_be_enabled(timeout=30_000)
    status = page.locator("#status").inner_text().strip()
    assert re.match(r"^⚠ Stopped\. 400 sentences: ", status) and len(status.splitlines()) == 1, status
    text = english.input_value()
    assert "…" not in text  # no placeholder left
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 400  # every sentence is there, translated or marked
    marked = [p for p in paragraphs if p == "[not translated (stopped)]"]
    aligned = page.locator("#aligned").inner_text()
    # where the Stop lands depends on the machine's speed (on a loaded one the tiny model may have translated
    # everything before the press reaches the server): the page must say what the Stop left, whichever it was
    if marked:
        assert "not translated (stopped)" in status and "not translated (stopped)" in aligned
    else:
        assert "stopped before its checks" in aligned
    if when == "after-the-first-sentences":
        assert len(marked) < 400  # what was translated before Stop stays
    page.screenshot(path=str(ARTIFACTS / f"stopped-{when}.png"), full_page=False)


@pytest.mark.browser
@pytest.mark.parametrize(
    ("name", "data", "message"),
    [("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 256, "Unsupported file type '.png'"),
     ("notes.odt", b"PK\x03\x04" + b"\x00" * 256, "Unsupported file type '.odt'")],
    ids=["image", "odt"],
)
def test_browser_unsupported_upload_clears_the_results(chromium: Any, app_url: str, tmp_path: Path, name: str, data: bytes,
                                                       message: str) -> None:  # fmt: skip
    from playwright.sync_api import expect

    page = chromium.new_page(viewport={"width": 1280, "height": 1400})
    _translate_in(page, app_url)
    upload = tmp_path / name
    upload.write_bytes(data)
    page.locator("input[type=file]").first.set_input_files(str(upload))
    expect(page.locator("#status")).to_contain_text(message, timeout=30_000)
    status = page.locator("#status").inner_text().strip()
    assert len(status.splitlines()) == 1 and ".pdf" in status  # one line, saying what is supported
    expect(page.locator("#aligned")).not_to_contain_text("Le ministère a recensé")
    assert page.locator("#key-figures td").count() == 0 and page.locator("#summary").inner_text().strip() == ""
    assert page.locator("#translation textarea").input_value() == ""
    assert page.locator(".toast-body").count() == 0  # no pop-up
    assert page.locator("#source textarea").input_value() == ARTICLE  # the reader's text is not lost
    page.screenshot(path=str(ARTIFACTS / f"upload-{name}.png"), full_page=False)


@pytest.mark.browser
def test_browser_summary_lines_say_what_they_count(chromium: Any, app_url: str) -> None:
    page = chromium.new_page(viewport={"width": 1280, "height": 1400})
    _translate_in(page, app_url)
    lines = [li.inner_text().strip() for li in page.locator("#summary li").all()]
    assert len(lines) >= 3
    for line in lines:
        words = re.sub(r"\(not found in the translation: check it\)|\(French label\)", "", line)
        words = re.sub(r"[€$£+\-]?\d[\d,.]*\s*(?:%|billion|million)?", "", words)
        assert re.search(r"[^\W\d_]{3,}", words), f"a bare figure: {line!r}"


@pytest.mark.browser
def test_browser_offers_only_the_devices_this_server_has(chromium: Any, app_url: str) -> None:
    from gradio_client import Client

    from summarizer.translators import available_devices

    page = chromium.new_page(viewport={"width": 1280, "height": 1400})
    page.goto(app_url, wait_until="networkidle")
    page.locator("#settings").get_by_text("Settings").first.click()
    page.locator("#device label").first.wait_for(state="visible", timeout=60_000)  # the accordion opens: wait for it
    offered = [label.inner_text().strip() for label in page.locator("#device label").all()]
    assert offered == list(available_devices())
    if "cuda" not in offered:  # a CPU server: asking for the GPU through the API is refused in one line
        with pytest.raises(Exception, match=r"'cuda'.*not in the list of choices") as refused:
            Client(app_url, verbose=False).predict(ARTICLE, 1, "cuda", api_name="/summarize")
        assert len(str(refused.value).splitlines()) == 1


@pytest.fixture(scope="module")
def offline_hub_url(ct2_cache: Path) -> Iterator[str]:
    """The app with a hub model that is not cached, on a machine that cannot reach the hub (tests run offline)."""
    with _launched("Helsinki-NLP/opus-mt-zz-yy", ct2_cache, "app-offline.log") as url:
        yield url


@pytest.mark.browser
def test_browser_model_line_says_why_the_model_is_missing(chromium: Any, offline_hub_url: str) -> None:
    from playwright.sync_api import expect

    page = chromium.new_page(viewport={"width": 1280, "height": 1400})
    wanted = "cannot be downloaded (no connection to the model hub): pass --model DIR"
    deadline = time.monotonic() + 60
    while True:  # the app looks for the model as it starts: the line says why before any button is pressed
        page.goto(offline_hub_url, wait_until="networkidle")
        if wanted in page.locator("#model-status").inner_text() or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert wanted in page.locator("#model-status").inner_text()
    page.locator("#source textarea").fill(ARTICLE)
    page.locator("#run").click()
    expect(page.locator("#model-status")).to_contain_text(
        "cannot be downloaded (no connection to the model hub): pass --model DIR", timeout=120_000
    )
    expect(page.locator("#status")).to_contain_text("cannot be downloaded", timeout=120_000)
    assert "not installed" not in page.locator("#model-status").inner_text()
    expect(page.locator("#key-figures")).to_contain_text("40 589")  # the French figures are still listed
    expect(page.locator("#key-figures")).to_contain_text("— not translated")
    page.screenshot(path=str(ARTIFACTS / "model-offline.png"), full_page=False)


@pytest.mark.parametrize(
    ("argv", "env", "message"),
    [(["--port", "0"], {}, "--port: must be a whole number from 1 to 65535"),
     (["--max-file-mb", "-3"], {}, "--max-file-mb: must be a positive number"),
     ([], {"SUMMARIZER_MAX_CHARS": "many"}, "--max-chars: must be a whole number of at least 0, got 'many'")],
    ids=["port", "max-file-mb", "env-max-chars"],
)
def test_app_bad_options_are_one_line(argv: list[str], env: dict[str, str], message: str) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "app.py"), *argv], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env})  # fmt: skip
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and message in proc.stderr and "Traceback" not in proc.stderr
