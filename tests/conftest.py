"""Shared fixtures: a tiny MarianMT model built locally, never downloaded."""

from __future__ import annotations

import os

# Tests never reach a model hub.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

DATA = Path(__file__).parent / "data"


def corpus(lang: str) -> list[str]:
    """The French or English lines the tiny tokenizers are trained on."""
    return (DATA / f"corpus_{lang}.txt").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random-weight MarianMT with sentencepiece models trained on tests/data."""
    from transformers.utils import logging as hf_logging

    from summarizer.testing import build_random_marian

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    return build_random_marian(tmp_path_factory.mktemp("tiny-marian"), corpus("fr"), corpus("en"), spm_vocab_size=400)


@pytest.fixture(scope="session")
def ct2_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder for converted CTranslate2 models."""
    return tmp_path_factory.mktemp("ct2-cache")


@pytest.fixture(scope="session")
def real_model() -> str:
    """The real opus-mt-fr-en, when this machine has it; the test is skipped otherwise."""
    name = os.environ.get("SUMMARIZER_TEST_MODEL", "Helsinki-NLP/opus-mt-fr-en")
    from summarizer.errors import SummarizerError
    from summarizer.models import resolve_model

    try:
        resolve_model(name)
    except SummarizerError as exc:
        pytest.skip(f"real model not available: {str(exc).splitlines()[0][:120]}")
    return name
