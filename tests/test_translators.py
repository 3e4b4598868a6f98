from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from summarizer import ModelLoadError, ModelNotFoundError, get_translator
from summarizer.testing import IdentityTranslator
from summarizer.translators import (
    CTranslate2Translator,
    DecodeOptions,
    TransformersTranslator,
    clear_translator_cache,
)

SENTENCES = [
    "Le taux de chômage a reculé de 1,1 %.",
    "Quelque 800 migrants ont été secourus samedi.",
    "La commune compte près de 3 millions d'habitants et un budget annuel de 1,2 milliard d'euros.",
    "Le festival a accueilli 250 000 spectateurs.",
]
GREEDY = DecodeOptions(beams=1, max_new_tokens=12)


def test_unknown_backend_lists_valid_names() -> None:
    with pytest.raises(ValueError, match="valid names: auto, transformers, ctranslate2$"):
        get_translator(backend="marian-cpp")


def test_identity_returns_its_input() -> None:
    assert IdentityTranslator().translate_batch(SENTENCES) == SENTENCES


@pytest.mark.parametrize(
    ("make", "pattern"),
    [
        (lambda tmp: str(tmp / "absent"), "does not exist"),
        (lambda tmp: "Helsinki-NLP/opus-mt-xx-yy-not-cached", "not in the local cache.*run once with internet"),
    ],
    ids=["missing-directory", "hub-id-offline"],
)
def test_missing_model_explains_the_fix(tmp_path: Path, make, pattern: str) -> None:
    with pytest.raises(ModelNotFoundError, match=pattern):
        TransformersTranslator(make(tmp_path))


def test_incomplete_directory_names_the_missing_files(tiny_model_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model_dir, broken)
    (broken / "source.spm").unlink()
    with pytest.raises(ModelLoadError, match="missing source.spm"):
        TransformersTranslator(str(broken))


def test_corrupt_weights_give_a_clear_error_and_can_be_retried(tiny_model_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "corrupt"
    shutil.copytree(tiny_model_dir, broken)
    (broken / "model.safetensors").write_bytes(b"not a safetensors file")
    for _ in range(2):  # the failure is not cached: no crash loop, same clear error
        with pytest.raises(ModelLoadError, match="could not be loaded.*corrupt"):
            get_translator(str(broken), "transformers")


def test_batched_equals_one_by_one_under_greedy(tiny_model_dir: Path) -> None:
    translator = TransformersTranslator(str(tiny_model_dir))
    batched = translator.translate_batch(SENTENCES, GREEDY)
    single = [translator.translate_batch([s], GREEDY)[0] for s in SENTENCES]
    assert batched == single
    assert all(batched)


@pytest.mark.parametrize("restrict", [True, False], ids=["target-vocabulary", "whole-vocabulary"])
def test_ctranslate2_agrees_with_transformers_on_greedy(tiny_model_dir: Path, ct2_cache: Path, restrict: bool) -> None:
    reference = TransformersTranslator(str(tiny_model_dir), restrict_vocabulary=restrict).translate_batch(SENTENCES, GREEDY)
    fast = CTranslate2Translator(str(tiny_model_dir), cache_dir=str(ct2_cache), restrict_vocabulary=restrict)
    output = fast.translate_batch(SENTENCES, GREEDY)
    # int8 weights may change a late token on a random model: the first tokens must agree
    agree = sum(a.split()[:3] == b.split()[:3] for a, b in zip(reference, output))
    assert agree >= len(SENTENCES) - 1, (reference, output)


def test_ctranslate2_conversion_is_cached(tiny_model_dir: Path, tmp_path: Path) -> None:
    CTranslate2Translator(str(tiny_model_dir), cache_dir=str(tmp_path))
    converted = list((tmp_path / "ctranslate2").iterdir())
    CTranslate2Translator(str(tiny_model_dir), cache_dir=str(tmp_path))
    assert list((tmp_path / "ctranslate2").iterdir()) == converted
    assert len(converted) == 1 and (converted[0] / "model.bin").is_file()


def test_translator_is_loaded_once_and_shared(tiny_model_dir: Path) -> None:
    clear_translator_cache()
    first = get_translator(str(tiny_model_dir), "transformers")
    assert get_translator(str(tiny_model_dir), "transformers") is first


def test_parallel_batches_come_back_in_order(tiny_model_dir: Path, ct2_cache: Path) -> None:
    fast = CTranslate2Translator(str(tiny_model_dir), cache_dir=str(ct2_cache), inter_threads=2)
    batches = [[s] for s in SENTENCES]
    assert [b[0] for b in fast.translate_batches(batches, GREEDY)] == fast.translate_batch(SENTENCES, GREEDY)


def test_light_tokenizer_matches_marian_tokenizer(tiny_model_dir: Path) -> None:
    from conftest import corpus

    from summarizer.models import ResolvedModel, load_marian
    from summarizer.spm import MarianPieces

    tokenizer, _ = load_marian(ResolvedModel("tiny", tiny_model_dir), tokenizer_only=True)
    light = MarianPieces(tiny_model_dir)
    texts = corpus("fr") + ["Un texte avec des symboles inconnus : ∑ ☃ 😀 et « guillemets ».", "  espaces  doubles  "]
    for text in texts:
        assert light.encode(text) == tokenizer.convert_ids_to_tokens(tokenizer(text)["input_ids"])
    for text in corpus("en"):
        ids = tokenizer(text)["input_ids"]
        assert light.decode(tokenizer.convert_ids_to_tokens(ids)) == tokenizer.decode(ids, skip_special_tokens=True)


# --- output vocabulary: the decoder writes target-language tokens only ---


def _allowed(model_dir: Path) -> set[str]:
    from summarizer.spm import MarianPieces

    pieces = MarianPieces(model_dir)
    kept = pieces.output_vocabulary()
    assert kept is not None
    return set(kept)


def test_output_vocabulary_is_the_target_pieces_and_the_specials(tiny_model_dir: Path) -> None:
    from summarizer.spm import MarianPieces

    pieces = MarianPieces(tiny_model_dir)
    target = {pieces.target.id_to_piece(i) for i in range(pieces.target.get_piece_size())}
    allowed = _allowed(tiny_model_dir)
    assert allowed == (target & set(pieces.vocab)) | {"</s>", "<unk>", "<pad>"}
    assert len(allowed) < len(pieces.vocab)  # the French-only pieces are out
    assert "▁milliard" in set(pieces.vocab) - allowed  # a French word of the source corpus


@pytest.mark.parametrize(
    "config",
    [{"separate_vocabs": True}, None],
    ids=["separate-vocabularies", "target-covers-the-vocabulary"],
)
def test_output_vocabulary_is_not_restricted_when_it_would_not_help(tiny_model_dir: Path, tmp_path: Path, config) -> None:
    import json

    from summarizer.spm import MarianPieces

    copy = tmp_path / "model"
    shutil.copytree(tiny_model_dir, copy)
    if config is not None:
        settings = json.loads((copy / "tokenizer_config.json").read_text())
        (copy / "tokenizer_config.json").write_text(json.dumps({**settings, **config}))
    else:  # source and target models the same: nothing to leave out
        shutil.copy(copy / "target.spm", copy / "source.spm")
        pieces = MarianPieces(copy)
        vocab = {p: i for i, p in enumerate(pieces.target.id_to_piece(i) for i in range(pieces.target.get_piece_size()))}
        vocab["<pad>"] = len(vocab)
        (copy / "vocab.json").write_text(json.dumps(vocab))
    assert MarianPieces(copy).output_vocabulary() is None


def test_converted_decoder_has_the_target_vocabulary_only(tiny_model_dir: Path, ct2_cache: Path) -> None:
    import json

    from summarizer.spm import MarianPieces

    fast = CTranslate2Translator(str(tiny_model_dir), cache_dir=str(ct2_cache))
    target = json.loads((fast.converted / "target_vocabulary.json").read_text(encoding="utf-8"))
    source = json.loads((fast.converted / "source_vocabulary.json").read_text(encoding="utf-8"))
    assert set(target) == _allowed(tiny_model_dir) - {"<pad>"}  # CTranslate2 starts Marian from a zero vector
    assert len(source) == len(MarianPieces(tiny_model_dir).vocab) - 1  # the encoder reads every piece
    whole = CTranslate2Translator(str(tiny_model_dir), cache_dir=str(ct2_cache), restrict_vocabulary=False)
    assert whole.converted != fast.converted
    assert (whole.converted / "shared_vocabulary.json").is_file()


def test_fast_path_decodes_target_tokens_only(tiny_model_dir: Path, ct2_cache: Path) -> None:
    fast = CTranslate2Translator(str(tiny_model_dir), cache_dir=str(ct2_cache))
    tokens = [fast.pieces.encode(s) for s in SENTENCES]
    options = DecodeOptions(beams=4, max_new_tokens=20)
    results = fast.translator.translate_batch(tokens, **fast._kwargs(tokens, options, 4))
    produced = {t for r in results for h in r.hypotheses for t in h}
    assert produced and produced <= _allowed(tiny_model_dir)


@pytest.mark.parametrize("backend", [TransformersTranslator, CTranslate2Translator], ids=["transformers", "ctranslate2"])
def test_restriction_changes_a_random_models_output(tiny_model_dir: Path, ct2_cache: Path, backend) -> None:
    # a random model puts weight on French-only pieces; a trained one does not, so there it changes nothing
    longer = DecodeOptions(beams=1, max_new_tokens=40)
    extra = {"cache_dir": str(ct2_cache)} if backend is CTranslate2Translator else {}
    on = backend(str(tiny_model_dir), **extra).translate_batch(SENTENCES, longer)
    off = backend(str(tiny_model_dir), **extra, restrict_vocabulary=False).translate_batch(SENTENCES, longer)
    assert on != off


def test_transformers_path_decodes_target_tokens_only(tiny_model_dir: Path) -> None:
    import torch

    translator = TransformersTranslator(str(tiny_model_dir))
    encoded = translator.tokenizer(SENTENCES, return_tensors="pt", padding=True)
    with torch.inference_mode():
        output = translator.model.generate(**encoded, num_beams=4, max_new_tokens=20, min_new_tokens=20)
    produced = set(translator.tokenizer.convert_ids_to_tokens(output.flatten().tolist()))
    assert produced and produced <= _allowed(tiny_model_dir)
    assert translator.suppressed_ids


def test_conversion_falls_back_to_the_whole_vocabulary_with_a_warning(tiny_model_dir: Path, tmp_path: Path, monkeypatch, caplog) -> None:
    import json

    from summarizer import models

    def unexpected_layout(spec, keep) -> None:
        raise AttributeError("no decoder.projection in this converter version")

    monkeypatch.setattr(models, "_restrict_decoder", unexpected_layout)
    with caplog.at_level("WARNING", logger="summarizer.models"):
        fast = CTranslate2Translator(str(tiny_model_dir), cache_dir=str(tmp_path))
    assert "decoder vocabulary not restricted" in caplog.text
    assert (fast.converted / "shared_vocabulary.json").is_file()
    assert json.loads((fast.converted / "summarizer-source.json").read_text())["restricted_vocabulary"] is False
    assert all(fast.translate_batch(SENTENCES, GREEDY))


def test_bounded_cache_forgets_the_oldest_and_computes_once() -> None:
    from summarizer.translators import BoundedCache

    cache: BoundedCache[str, int] = BoundedCache(2)
    calls: list[str] = []

    def compute(key: str) -> int:
        calls.append(key)
        return len(key)

    for key in ("a", "bb", "a", "ccc"):
        cache.get_or_compute(key, lambda k=key: compute(k))
    assert calls == ["a", "bb", "ccc"]  # "a" came from the cache the second time
    assert len(cache) == 2 and cache.get("a") is None and cache.get("ccc") == 3  # "a" was the oldest
    cache.clear()
    assert len(cache) == 0


# --------------------------------------------------------------------------- issue 22: devices, and why a model is missing


@pytest.fixture()
def gpus(monkeypatch):
    """Pretend this machine has N GPUs (the same answer for every back end)."""
    import summarizer.translators as translators

    def set_count(count: int) -> None:
        monkeypatch.setattr(translators, "cuda_device_count", lambda backend="auto": count)

    return set_count


@pytest.mark.parametrize(
    ("count", "devices"), [(0, ("cpu",)), (1, ("cpu", "cuda", "auto")), (2, ("cpu", "cuda", "auto", "cuda:0", "cuda:1"))]
)
def test_the_devices_offered_are_the_ones_this_machine_has(gpus, count: int, devices: tuple[str, ...]) -> None:
    from summarizer.translators import available_devices

    gpus(count)
    assert available_devices() == devices


@pytest.mark.parametrize(
    ("count", "device", "message"),
    [(0, "cuda", r"Device 'cuda' is not available: this machine has no GPU.*; use device 'cpu'"),
     (0, "cuda:0", r"Device 'cuda:0' is not available: this machine has no GPU"),
     (2, "cuda:2", r"Device 'cuda:2' is not available: this machine has 2 GPUs.* \(cuda:0 to cuda:1\)")],
    ids=["no-gpu", "no-gpu-index", "index-too-high"],
)
def test_an_impossible_device_is_refused_before_anything_loads(gpus, tmp_path: Path, count: int, device: str, message: str) -> None:
    from summarizer.errors import DeviceUnavailableError

    gpus(count)
    for backend in ("auto", "ctranslate2", "transformers"):
        # the model does not exist either: the device is refused first, in one line
        with pytest.raises(DeviceUnavailableError) as refused:
            get_translator(str(tmp_path / "absent"), backend, device=device)
        assert re.match(message, str(refused.value)) and "\n" not in str(refused.value)
        assert refused.value.code == "device_unavailable" and refused.value.exit_status == 2


def test_auto_device_is_the_cpu_without_a_gpu(gpus) -> None:
    from summarizer.translators import resolve_device

    gpus(0)
    assert resolve_device("auto") == "cpu" and resolve_device("cpu") == "cpu"
    gpus(1)
    assert resolve_device("auto") == "cuda" and resolve_device("cuda:0") == "cuda:0"
    with pytest.raises(ValueError, match="Unknown device 'tpu'"):
        resolve_device("tpu")


def test_the_counts_are_asked_of_the_back_ends_themselves() -> None:
    """Whatever this machine has, the count is a whole number and CPU is always offered."""
    from summarizer.translators import available_devices, cuda_device_count

    for backend in ("auto", "ctranslate2", "transformers"):
        assert cuda_device_count(backend) >= 0
        assert available_devices(backend)[0] == "cpu"


def test_hub_unreachable_is_told_apart_from_a_missing_directory(tmp_path: Path, monkeypatch) -> None:
    import huggingface_hub

    from summarizer.errors import ModelHubUnreachableError
    from summarizer.models import resolve_model

    with pytest.raises(ModelHubUnreachableError, match=r"cannot be downloaded \(no connection to the model hub\).*: pass --model DIR"):
        resolve_model("Helsinki-NLP/opus-mt-xx-yy-not-cached")  # tests run offline (HF_HUB_OFFLINE=1)
    with pytest.raises(ModelNotFoundError, match="does not exist") as local:
        resolve_model(str(tmp_path / "absent"))
    assert not isinstance(local.value, ModelHubUnreachableError)

    def no_network(*args, **kwargs):
        try:
            raise ConnectionError("[Errno -2] Name or service not known")
        except ConnectionError as exc:
            raise RuntimeError("An error happened while trying to locate the files on the Hub") from exc

    monkeypatch.setattr(huggingface_hub, "snapshot_download", no_network)
    with pytest.raises(ModelHubUnreachableError):
        resolve_model("Helsinki-NLP/opus-mt-fr-en")

    def unknown(*args, **kwargs):
        raise RuntimeError("404 Client Error: Repository Not Found for url")

    monkeypatch.setattr(huggingface_hub, "snapshot_download", unknown)
    with pytest.raises(ModelNotFoundError, match="could not be downloaded") as missing:
        resolve_model("Helsinki-NLP/opus-mt-fr-en")
    assert not isinstance(missing.value, ModelHubUnreachableError)
