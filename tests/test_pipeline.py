from __future__ import annotations

import pytest

from lagebild.article import Article
from lagebild.pipeline import Pipeline, PipelineError, Step, default_pipeline, step


@step("upper", requires=("text",), assigns=("summary",))
def upper(article: Article) -> Article:
    article.summary = article.text.upper()
    return article


@step("boom", requires=("text",))
def boom(article: Article) -> Article:
    if "boom" in article.text:
        raise RuntimeError("exploded")
    return article


def test_steps_run_in_order() -> None:
    seen: list[str] = []

    def make(name: str) -> Step:
        def run(article: Article) -> Article:
            seen.append(name)
            return article

        return Step(name, run, requires=("text",))

    Pipeline([make("a"), make("b"), make("c")])(Article(text="x"))
    assert seen == ["a", "b", "c"]


def test_failing_step_is_recorded_and_the_rest_runs() -> None:
    pipeline = Pipeline([boom, upper])
    articles = list(pipeline.pipe([Article(text="boom"), Article(text="fine")]))
    assert articles[0].errors == [{"step": "boom", "error": "RuntimeError: exploded"}]
    assert articles[0].summary == "BOOM"  # the step after the failure still ran
    assert articles[1].errors == [] and articles[1].summary == "FINE"
    assert pipeline.timings["boom"].failures == 1 and pipeline.timings["boom"].calls == 2


def test_a_step_that_returns_no_article_is_an_error() -> None:
    bad = Step("bad", lambda article: None)  # type: ignore[arg-type,return-value]
    article = Pipeline([bad])(Article(text="x"))
    assert article.errors[0]["step"] == "bad" and "not Article" in article.errors[0]["error"]


def test_unmet_requirement_is_refused_at_build_time() -> None:
    needs_summary = Step("needs", lambda a: a, requires=("summary",))
    with pytest.raises(PipelineError, match="requires summary"):
        Pipeline([needs_summary])
    Pipeline([upper, needs_summary])  # set by an earlier step: fine


def test_disabled_steps_are_skipped_and_checked() -> None:
    article = Pipeline([upper], disabled=["upper"])(Article(text="x"))
    assert article.summary is None
    with pytest.raises(PipelineError, match="unknown"):
        Pipeline([upper], disabled=["nope"])


def test_duplicate_names_are_refused() -> None:
    with pytest.raises(PipelineError, match="twice"):
        Pipeline([upper, upper])


def test_default_pipeline_starts_with_language() -> None:
    pipeline = default_pipeline()
    assert pipeline.names[0] == "language"
    with pytest.raises(PipelineError):
        default_pipeline(config={"nonexistent": {}})
