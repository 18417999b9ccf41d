"""The search evaluation as a test: every language keeps an acceptable article in the top 3 for 90% of queries."""

from __future__ import annotations

import io

import pytest

from kiosk import languages
from tests.search_eval.evaluate import TARGET, evaluate, read_queries

MIN_QUERIES = 40


@pytest.fixture(scope="module")
def report() -> dict[str, dict[str, float]]:
    return evaluate(out=io.StringIO())


@pytest.mark.parametrize("language", languages.TAGS)
def test_every_language_has_forty_queries_or_more(language: str) -> None:
    assert len(read_queries(language)) >= MIN_QUERIES


@pytest.mark.parametrize("language", languages.TAGS)
def test_an_acceptable_article_is_in_the_top_three_for_ninety_percent_of_queries(
    report: dict[str, dict[str, float]], language: str
) -> None:
    figures = report[language]
    assert figures["share"] >= TARGET, (
        f"{language}: {figures['top3']:.0f} of {figures['queries']:.0f} queries "
        f"({figures['share']:.1%}); run tests/search_eval/evaluate.py --misses")
