"""The summarizer web app: French source, English translation and key figures side by side.

Launch: ``python app.py [--model M] [--host 127.0.0.1] [--port 7860] [--share]``
(``SUMMARIZER_MODEL`` sets the default model). Every piece of logic lives in
``summarizer.webapp``; this file only lays out the page.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # the app is the edge: no calls home from offline machines

import gradio as gr  # noqa: E402

from summarizer import __version__  # noqa: E402
from summarizer.cli import OneLineParser, positive_number, whole_number  # noqa: E402
from summarizer.settings import DEFAULTS, Settings, variable  # noqa: E402
from summarizer.webapp import (  # noqa: E402
    PAGE_CSS,
    AppConfig,
    StopSwitches,
    device_choices,
    example_articles,
    load_upload,
    model_status,
    render_key_figures,
    summarize_request,
    warm_up,
)

DESCRIPTION = (
    "Paste a French news article or upload a file (.txt, .html, .docx, .pdf). Every sentence is translated with "
    "MarianMT (opus-mt-fr-en) and every figure of the French is checked in the English: figures lost or changed "
    "are repaired where possible and flagged otherwise."
)


def build_app(config: AppConfig) -> gr.Blocks:
    """The Gradio page."""
    examples = example_articles()
    first_example = next(iter(examples.values()), "")
    devices = device_choices()  # only what this server has: "cpu" alone without a GPU
    switches = StopSwitches()

    def run(text: str, beams: float = 4, device: str = "cpu", backend: str = "auto", force: bool = False,
            request: gr.Request = None, progress: gr.Progress = gr.Progress()) -> Iterator[tuple[Any, ...]]:  # fmt: skip
        """Translate a French article and list its key figures (API name: summarize)."""
        key = getattr(request, "session_hash", None) or "api"
        switch = switches.take(key)
        try:
            for result in summarize_request(text, config, beams=int(beams), device=device, backend=backend, force=force,
                                            cancel=switch):  # fmt: skip
                if result.progress is not None and not result.done:
                    progress(result.progress, desc=result.phase)
                yield (
                    result.status,
                    result.summary_md,
                    result.translation,
                    render_key_figures(result.table),
                    result.aligned_html,
                    result.data,
                    result.files or None,
                    result.model_line,
                )
        finally:
            switches.release(key, switch)

    def start(request: gr.Request) -> tuple[Any, ...]:
        switches.arm(request.session_hash or "api")
        return gr.update(interactive=False), gr.update(interactive=True)

    def stop_run(request: gr.Request) -> tuple[Any, ...]:
        switches.stop(request.session_hash or "api")  # the run stops after the batch in flight and shows what it has
        return gr.update(interactive=False), "Stopping after the sentences being translated…"

    def load_file(path: str | None) -> tuple[Any, ...]:
        content, message = load_upload(path, config)
        cleared = ("", "", "", "", None, None)  # the previous article's results are stale either way
        if content is None:  # nothing read: the text box keeps what it had, the upload box is emptied
            return (gr.update(), None, message, *cleared)
        return (content, gr.update(), message, *cleared)

    with gr.Blocks(title="summarizer: French news, key figures", delete_cache=(300, 600)) as demo:
        gr.Markdown(f"## French news → English, with every figure checked\n{DESCRIPTION}")
        status_model = gr.Markdown(model_status(config), elem_id="model-status")
        with gr.Row():
            with gr.Column(scale=1, min_width=320):
                text = gr.Textbox(value=first_example, label="French article", lines=10, max_lines=30, elem_id="source")
                # every file is taken and judged on the server (one line for an image), never refused by the browser
                upload = gr.File(label="…or upload a file (.txt, .html, .docx, .pdf)", type="filepath", height=150,
                                 elem_id="upload")  # fmt: skip
                example = gr.Dropdown(choices=list(examples), label="Example articles", value=None)
                with gr.Row():
                    button = gr.Button("Translate and summarise", variant="primary", elem_id="run", scale=3)
                    stop = gr.Button("Stop", variant="stop", elem_id="stop", interactive=False, scale=1)
            with gr.Column(scale=1, min_width=320):
                status = gr.Markdown(elem_id="status")
                summary = gr.Markdown(label="Summary", elem_id="summary")
                table = gr.HTML(elem_id="key-figures", js_on_load=None)
                translation = gr.Textbox(label="English translation", lines=12, max_lines=40, elem_id="translation",
                                         buttons=["copy"])  # fmt: skip
        with gr.Accordion("Sentence by sentence, figures highlighted", open=True):
            aligned = gr.HTML(elem_id="aligned")
        with gr.Row():
            downloads = gr.File(label="Download (JSON, Markdown)", file_count="multiple", elem_id="downloads")
            data = gr.JSON(label="Result (JSON)", visible=False)
        with gr.Accordion("Settings", open=False, elem_id="settings"):
            beams = gr.Slider(1, 8, value=4, step=1, label="Beam size (1 = greedy, fastest)")
            device = gr.Radio(devices, value="cpu", label="Device", elem_id="device",
                              info=None if len(devices) > 1 else "This server has no GPU: the CPU translates.")  # fmt: skip
            backend = gr.Radio(["auto", "ctranslate2", "transformers"], value="auto", label="Engine")
            force = gr.Checkbox(value=False, label="Translate even if the text does not look French")
        results = [summary, translation, table, aligned, data, downloads]
        upload.upload(load_file, inputs=upload, outputs=[text, upload, status, *results], api_name=False)
        example.change(lambda title: examples.get(title, gr.update()), inputs=example, outputs=text, api_name=False)
        busy = button.click(start, outputs=[button, stop], queue=False, api_name=False)
        running = busy.then(
            run,
            inputs=[text, beams, device, backend, force],
            outputs=[status, summary, translation, table, aligned, data, downloads, status_model],
            api_name="summarize",
            concurrency_limit=4,
            show_progress_on=[status],
        )
        running.then(lambda: (gr.update(interactive=True), gr.update(interactive=False)), outputs=[button, stop],
                     queue=False, api_name=False)  # fmt: skip
        stop.click(stop_run, outputs=[stop, status], queue=False, api_name=False)
        demo.load(lambda: model_status(config), outputs=status_model, queue=False, api_name=False)  # true at each visit
    return demo


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options; defaults from the environment."""
    parser = OneLineParser(prog="app.py", description="The summarizer web app.")
    parser.add_argument("--model", default=os.environ.get(variable("model")) or DEFAULTS.model,
                        help="MarianMT hub id or local directory (default: Helsinki-NLP/opus-mt-fr-en)")  # fmt: skip
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=whole_number(1, 65535), default=7860, help="port (default: 7860)")
    parser.add_argument("--share", action="store_true", help="create a public share link (off by default)")
    # a string default goes through `type` too: a bad SUMMARIZER_MAX_CHARS is a one-line usage error
    parser.add_argument("--max-chars", type=whole_number(0), default=os.environ.get(variable("max_chars")) or str(DEFAULTS.max_chars),
                        help=f"refuse longer articles (default: {DEFAULTS.max_chars}; 0: no limit; {variable('max_chars')})")  # fmt: skip
    parser.add_argument("--max-file-mb", type=positive_number, default=os.environ.get(variable("max_file_mb")) or str(DEFAULTS.max_file_mb),
                        help=f"refuse larger uploads (default: {DEFAULTS.max_file_mb:g})")  # fmt: skip
    parser.add_argument("--cache-dir", default=os.environ.get(variable("cache_dir")) or DEFAULTS.cache_dir,
                        help="where converted models are kept")  # fmt: skip
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Launch the app."""
    args = parse_args(argv)
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    settings = Settings.from_env({}, model=args.model, max_chars=args.max_chars, max_file_mb=args.max_file_mb, cache_dir=args.cache_dir)
    config = AppConfig.from_settings(settings)  # one settings object: the command line over the environment over the defaults
    demo = build_app(config)
    demo.queue(default_concurrency_limit=4, max_size=64)
    # the server first: Gradio checks that it answers within seconds, and loading the parser beside it (it holds
    # the interpreter for seconds) made that check fail on a loaded machine, so the app exited at start
    demo.launch(server_name=args.host, server_port=args.port, share=args.share, prevent_thread_lock=True,
                max_file_size=int(args.max_file_mb * 1024 * 1024), show_error=False, css=PAGE_CSS)  # fmt: skip
    warm_up(config)
    demo.block_thread()


if __name__ == "__main__":
    main()
