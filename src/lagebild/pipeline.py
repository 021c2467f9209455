"""The pipeline: an ordered list of named steps, each ``Article -> Article``.

A step declares what it needs (``requires``) and what it sets (``assigns``), as
spaCy's components do. The pipeline checks at build time that every requirement
is set by the structure stage or an earlier step, runs each step under an error
handler, and records a failure on the article (``Article.errors``) so that the
rest of the pipeline and the batch go on.

Stateful steps are made by a factory with a visible default config
(``make_language_step(min_chars=...)``); :data:`STEP_FACTORIES` is the one place
that says which steps exist.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from lagebild.article import Article

logger = logging.getLogger("lagebild.pipeline")
logger.addHandler(logging.NullHandler())

#: Fields that the structure stage sets before any step runs.
STRUCTURE_FIELDS = frozenset(
    {"id", "url", "outlet", "kicker", "headline", "published", "agencies", "authors", "lead", "sections", "text"}
)


class PipelineError(ValueError):
    """A pipeline that cannot run as configured (unknown step, unmet requirement)."""


@dataclass(frozen=True, slots=True)
class Step:
    """One named step of the pipeline."""

    name: str
    func: Callable[[Article], Article]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    config: dict[str, Any] = field(default_factory=dict)

    def __call__(self, article: Article) -> Article:
        return self.func(article)


def step_config(step_name: str, defaults: dict[str, Any], config: dict[str, Any]) -> dict[str, Any]:
    """``defaults`` overridden by ``config``; an unknown option is an error that lists the known ones."""
    unknown = set(config) - set(defaults)
    if unknown:
        raise ValueError(
            f"unknown {step_name} step option(s): {', '.join(sorted(unknown))}; known: {', '.join(defaults)}"
        )
    return {**defaults, **config}


def step(name: str, *, requires: Sequence[str] = (), assigns: Sequence[str] = ()) -> Callable[[Callable[[Article], Article]], Step]:
    """Decorator that turns a plain function into a :class:`Step`."""

    def wrap(func: Callable[[Article], Article]) -> Step:
        return Step(name, func, tuple(requires), tuple(assigns))

    return wrap


@dataclass(slots=True)
class StepTiming:
    calls: int = 0
    seconds: float = 0.0
    failures: int = 0


class Pipeline:
    """An ordered list of steps; calling it runs them on one article."""

    def __init__(self, steps: Iterable[Step] = (), *, disabled: Iterable[str] = ()) -> None:
        self.steps: list[Step] = list(steps)
        self.disabled: set[str] = set(disabled)
        self.timings: dict[str, StepTiming] = {s.name: StepTiming() for s in self.steps}
        self._check()

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def _check(self) -> None:
        seen_names: set[str] = set()
        available = set(STRUCTURE_FIELDS)
        for s in self.steps:
            if s.name in seen_names:
                raise PipelineError(f"step {s.name!r} appears twice in the pipeline; give each step one place")
            seen_names.add(s.name)
            if s.name in self.disabled:
                continue
            missing = [r for r in s.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"step {s.name!r} requires {', '.join(missing)}, which no earlier step sets; "
                    f"add the step that sets it before {s.name!r} or disable {s.name!r}"
                )
            available.update(s.assigns)
        unknown = self.disabled - seen_names
        if unknown:
            raise PipelineError(f"cannot disable unknown step(s) {', '.join(sorted(unknown))}; known: {', '.join(self.names)}")

    def __call__(self, article: Article) -> Article:
        for s in self.steps:
            if s.name in self.disabled:
                continue
            timing = self.timings[s.name]
            started = time.perf_counter()
            try:
                result = s.func(article)
                if not isinstance(result, Article):
                    raise TypeError(f"step returned {type(result).__name__}, not Article")
                article = result
            except Exception as exc:  # one article's failure must not stop the batch
                timing.failures += 1
                article.errors.append({"step": s.name, "error": f"{type(exc).__name__}: {exc}"})
                logger.warning("step %s failed on article %s: %s", s.name, article.id, exc)
            finally:
                timing.calls += 1
                timing.seconds += time.perf_counter() - started
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)


#: Every known step, in default order: name -> "module:factory". A factory takes the step's
#: config as keyword arguments and returns a :class:`Step`; modules are imported only when
#: a pipeline is built, so that importing lagebild stays cheap.
STEP_FACTORIES: dict[str, str] = {
    "language": "lagebild.enrich.language:make_language_step",
    "times": "lagebild.enrich.times:make_times_step",
    "figures": "lagebild.enrich.figures:make_figures_step",
    "quotes": "lagebild.enrich.quotes:make_quotes_step",
    "topics": "lagebild.enrich.topics:make_topics_step",
    "keywords": "lagebild.enrich.keywords:make_keywords_step",
    "summary": "lagebild.enrich.summary:make_summary_step",
}


def step_factory(name: str) -> Callable[..., Step]:
    """The factory of the step called ``name``."""
    try:
        module, _, attribute = STEP_FACTORIES[name].partition(":")
    except KeyError:
        raise PipelineError(f"unknown step {name!r}; known: {', '.join(STEP_FACTORIES)}") from None
    return getattr(importlib.import_module(module), attribute)


def default_pipeline(*, disabled: Iterable[str] = (), config: dict[str, dict[str, Any]] | None = None) -> Pipeline:
    """The pipeline with every known step in its default order."""
    config = config or {}
    unknown = set(config) - set(STEP_FACTORIES)
    if unknown:
        raise PipelineError(f"config given for unknown step(s) {', '.join(sorted(unknown))}")
    steps = [step_factory(name)(**config.get(name, {})) for name in STEP_FACTORIES]
    return Pipeline(steps, disabled=disabled)
