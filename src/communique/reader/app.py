"""The reader apps and the two entry points the CLI calls.

- `run_reader(article)` — one article: analysis in a worker, reader screen.
- `run_folder(folder, date_override, lang_override)` — the articles of a folder in a
  list; enter opens one, backspace or escape comes back.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.screen import Screen

from communique.model import Analysis, Article
from communique.reader.screens.folder import FolderScreen
from communique.reader.screens.reader import Analyzer, ReaderScreen, default_analyzer


class _Base(App[int]):
    CSS_PATH = "reader.tcss"
    TITLE = "communique"

    def __init__(self, *, quiet: bool = False) -> None:
        """quiet: no cursor blink and no animations (tests, snapshots, benchmarks)."""
        super().__init__()
        self.quiet = quiet
        if quiet:
            self.animation_level = "none"


class ReaderApp(_Base):
    """One article. Pass `analysis` to skip the worker, or `analyzer` to replace analyze()."""

    def __init__(
        self,
        article: Article,
        *,
        analysis: Analysis | None = None,
        analyzer: Analyzer | None = None,
        quiet: bool = False,
    ) -> None:
        super().__init__(quiet=quiet)
        self.article = article
        self.analysis = analysis
        self.analyzer = analyzer

    def get_default_screen(self) -> Screen:
        return ReaderScreen(
            self.article, analysis=self.analysis, analyzer=self.analyzer, blink=not self.quiet
        )

    @property
    def reader(self) -> ReaderScreen:
        screen = self.screen
        assert isinstance(screen, ReaderScreen), screen
        return screen


class FolderApp(_Base):
    """The articles of a folder; analyses are kept so reopening an article is instant."""

    def __init__(
        self,
        folder: Path,
        *,
        date_override: str | None = None,
        lang_override: str | None = None,
        analyzer: Analyzer | None = None,
        quiet: bool = False,
    ) -> None:
        super().__init__(quiet=quiet)
        self.folder = Path(folder)
        self.date_override = date_override
        self.lang_override = lang_override
        self.analyzer = analyzer or default_analyzer
        self._cache: dict[tuple, Analysis] = {}

    def get_default_screen(self) -> Screen:
        return FolderScreen(self.folder, self.date_override, self.lang_override)

    def _cached_analyzer(self, article: Article) -> Analysis:
        key = (article.path, article.published, article.language, len(article.text))
        if key not in self._cache:
            self._cache[key] = self.analyzer(article)
        return self._cache[key]

    def open_article(self, article: Article) -> None:
        self.push_screen(
            ReaderScreen(
                article, analyzer=self._cached_analyzer, can_close=True, blink=not self.quiet
            )
        )


def run_reader(article: Article) -> int:
    """Open `article` in the reader; returns the exit status."""
    app = ReaderApp(article)
    app.run()
    return app.return_code or 0


def run_folder(
    folder: Path, date_override: str | None = None, lang_override: str | None = None
) -> int:
    """Open the list of the articles in `folder`; returns the exit status."""
    app = FolderApp(Path(folder), date_override=date_override, lang_override=lang_override)
    app.run()
    return app.return_code or 0
