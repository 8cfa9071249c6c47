"""Folder mode: the articles of a folder in a table; enter opens one in the reader."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, LoadingIndicator, Static
from textual.worker import Worker, WorkerState

from communique.model import Article
from communique.reader.describe import clean, shorten
from communique.reader.screens.help import HelpScreen, help_sections
from communique.reader.widgets import PlainNotify

ARTICLE_SUFFIXES = (".md", ".txt", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class Entry:
    path: Path
    article: Article | None
    error: str | None = None

    @property
    def published(self) -> date | None:
        return self.article.published if self.article else None


def scan_folder(
    folder: Path, date_override: str | None = None, lang_override: str | None = None
) -> list[Entry]:
    """Load every article of `folder` (not recursive). Failures are kept with their reason.

    Order: newest first, then undated articles by name, then the files that failed.
    """
    from communique.article import ArticleError, load

    entries: list[Entry] = []
    try:
        files = sorted(
            p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
        )
    except OSError as error:
        raise ArticleError(
            f"{folder}: cannot list the folder ({error.strerror or error})"
        ) from None
    for path in files:
        try:
            entries.append(
                Entry(
                    path, load(str(path), date_override=date_override, lang_override=lang_override)
                )
            )
        except ArticleError as error:
            reason = str(error)
            entries.append(Entry(path, None, reason.removeprefix(f"{path}: ")))
        except Exception as error:  # e.g. HTML support not installed
            entries.append(Entry(path, None, f"{type(error).__name__}: {error}"))

    def key(entry: Entry) -> tuple:
        if entry.article is None:
            return (2, 0, entry.path.name)
        if entry.published is None:
            return (1, 0, entry.path.name)
        return (0, -entry.published.toordinal(), entry.path.name)

    return sorted(entries, key=key)


class ArticleTable(DataTable):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open article", id="folder.open"),
        Binding("j", "cursor_down", "Down", id="folder.down", show=False),
        Binding("k", "cursor_up", "Up", id="folder.up", show=False),
        Binding("g", "scroll_top", "First", id="folder.first", show=False),
        Binding("G,shift+g", "scroll_bottom", "Last", id="folder.last", show=False),
    ]


class FolderScreen(PlainNotify, Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="folder.help"),
        Binding("q", "app.quit", "Quit", id="folder.quit"),
    ]

    def __init__(
        self, folder: Path, date_override: str | None = None, lang_override: str | None = None
    ) -> None:
        super().__init__()
        self.folder = folder
        self.date_override = date_override
        self.lang_override = lang_override
        self.entries: list[Entry] = []

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(("communique", "bold"), " · ", clean(str(self.folder))),
            id="header",
            markup=False,
        )
        yield LoadingIndicator(id="folder-loading")
        yield ArticleTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Static(
            Content("enter opens an article · backspace or escape comes back here"),
            id="status",
            markup=False,
        )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(ArticleTable)
        table.add_columns("Date", "Title", "Source", "Lang", "File")
        table.display = False
        self.run_worker(self._scan, name="scan", thread=True, exit_on_error=False)

    def _scan(self) -> list[Entry]:
        return scan_folder(self.folder, self.date_override, self.lang_override)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "scan":
            return
        if event.state == WorkerState.SUCCESS:
            self.show_entries(event.worker.result)
        elif event.state == WorkerState.ERROR:
            self.query_one("#folder-loading").display = False
            self.query_one("#status", Static).update(
                Content(f"Cannot read the folder: {event.worker.error}")
            )

    def show_entries(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.query_one("#folder-loading").display = False
        table = self.query_one(ArticleTable)
        table.display = True
        table.clear()
        for i, entry in enumerate(entries):
            name = Text(shorten(entry.path.name, 32))
            if entry.article is None:
                table.add_row(
                    Text("—"),
                    Text(f"⚠ {shorten(entry.error or '', 44)}", style="bold red"),
                    Text(""),
                    Text(""),
                    name,
                    key=str(i),
                )
                continue
            article = entry.article
            table.add_row(
                Text(article.published.isoformat() if article.published else "—"),
                Text(shorten(article.title or entry.path.stem, 46)),
                Text(shorten(article.source or "", 18)),
                Text(article.language),
                name,
                key=str(i),
            )
        ok = sum(1 for e in entries if e.article is not None)
        failed = len(entries) - ok
        text = f"{ok} articles" + (
            f", {failed} unreadable (reason in the title column)" if failed else ""
        )
        if not entries:
            text = f"No .md, .txt or .html articles in {clean(str(self.folder))}"
        self.query_one("#status", Static).update(
            Content(text + " · enter opens · ? help · q quits")
        )
        table.focus()

    @on(DataTable.RowSelected, "#articles")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.open_entry(int(event.row_key.value))

    def open_entry(self, i: int) -> None:
        entry = self.entries[i]
        if entry.article is None:
            self.notify(
                shorten(entry.error or "unreadable", 200), title=entry.path.name, severity="error"
            )
            return
        self.app.open_article(entry.article)

    def action_help(self) -> None:
        groups = [
            ("Article list", [*self.BINDINGS, *ArticleTable.BINDINGS]),
            ("App", [Binding("ctrl+q", "quit", "Quit")]),
        ]
        self.app.push_screen(
            HelpScreen(help_sections(self.app, groups), None, "communique — article list")
        )
