"""One home for limits and defaults: the settings object, read from the environment only at the edges."""

from __future__ import annotations

import pytest

from summarizer.options import TranslateOptions
from summarizer.settings import DEFAULTS, Settings


def test_the_run_options_take_their_defaults_from_the_settings() -> None:
    options = TranslateOptions()
    assert (options.beams, options.backend, options.device, options.max_chars) == (
        DEFAULTS.beams, DEFAULTS.backend, DEFAULTS.device, DEFAULTS.max_chars,
    )  # fmt: skip
    with pytest.raises(ValueError, match=str(DEFAULTS.max_beams)):
        TranslateOptions(beams=DEFAULTS.max_beams + 1)


def test_environment_then_overrides() -> None:
    env = {"SUMMARIZER_MAX_CHARS": "5000", "SUMMARIZER_MODEL": "/models/opus", "SUMMARIZER_MAX_FILE_MB": "2.5"}
    settings = Settings.from_env(env, max_chars=None, backend="transformers")
    assert settings.max_chars == 5000 and settings.model == "/models/opus" and settings.backend == "transformers"
    assert settings.max_file_bytes == int(2.5 * 1024 * 1024)
    assert Settings.from_env(env, max_chars=100).max_chars == 100
    assert Settings.from_env({}) == DEFAULTS


@pytest.mark.parametrize(
    ("env", "message"),
    [({"SUMMARIZER_MAX_CHARS": "lots"}, "SUMMARIZER_MAX_CHARS must be a number"), ({"SUMMARIZER_MAX_CHARS": "-1"}, "max_chars")],
)
def test_bad_values_are_one_clear_line(env: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Settings.from_env(env)
