"""The published JSON contract: every output path (CLI, batch lines, the page) validates against the package's schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from builders import ScriptedTranslator

from summarizer import __version__, summarize_many
from summarizer.cli import main
from summarizer.serialize import SCHEMA_VERSION, schema, validate
from summarizer.testing import IdentityTranslator

ARTICLE = (
    "Bilan du port : 12 500 conteneurs\n\n"
    "Le port a traité 12 500 conteneurs en 2023, soit une hausse de 8 %. "
    "Les recettes atteignent 3,4 millions d'euros."
)


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


@pytest.mark.parametrize("command", ["translate", "summarize"])
def test_cli_json_follows_the_contract(capsys, tmp_path: Path, tiny_model_dir: Path, command: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main([command, str(path), "--model", str(tiny_model_dir), "--beams", "1", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    validate(document)
    assert document["schema_version"] == SCHEMA_VERSION
    signature = document["signature"]
    assert signature["version"] == __version__ and signature["beams"] == 1 and signature["model"] == str(tiny_model_dir)
    assert signature["backend"] in ("transformers", "ctranslate2")


def test_batch_lines_and_error_lines_follow_the_contract() -> None:
    items = [("good", ARTICLE), ("empty", "   "), ("good", ARTICLE)]  # an empty article and a duplicate id: error lines
    lines = list(summarize_many(items, translator=ScriptedTranslator(lambda s: [s]), check_language=False))
    assert len(lines) == 3 and sum("error" in line for line in lines) == 2
    for line in lines:
        validate(json.loads(json.dumps(line)))  # as written to the file


def test_the_page_result_and_its_download_follow_the_contract(tmp_path: Path) -> None:
    from summarizer import webapp

    config = webapp.AppConfig()
    results = list(webapp.summarize_request(ARTICLE, config, beams=1, force=True, translator=IdentityTranslator()))
    final = results[-1]
    assert final.done and final.data
    validate(final.data)
    downloads = [Path(f) for f in final.files if str(f).endswith(".json")]
    assert downloads, "the page offers the JSON download"
    validate(json.loads(downloads[0].read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.pop("schema_version"), "schema_version"),
        (lambda d: d["signature"].pop("beams"), "beams"),
        (lambda d: d["key_figures"][0].update(role="lead"), "role"),
        (lambda d: d["translation"]["segments"][0]["flags"].append({"code": "x", "message": "y", "severity": "loud"}), "severity"),
    ],
)
def test_a_document_that_breaks_the_contract_is_refused(change, where: str) -> None:
    from summarizer import summarize_article
    from summarizer.serialize import result_document

    document = json.loads(json.dumps(result_document(summarize_article(ARTICLE, translator=IdentityTranslator(), check_language=False))))
    validate(document)
    change(document)
    with pytest.raises(jsonschema.ValidationError):
        validate(document)
