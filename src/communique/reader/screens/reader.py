"""The reader screen: article on the left, summary on the right, status line, footer.

Navigation state (active mark, focused actor, search) lives here; the article pane
re-styles only the paragraphs a change touches. The analysis runs in a thread worker.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Footer, Input, LoadingIndicator, OptionList, Static
from textual.worker import Worker, WorkerState

from communique.model import Analysis, Article
from communique.reader.describe import (
    actor_details,
    actor_name,
    clean,
    meeting_date,
    meeting_status,
    mention_status,
    position_status,
    quote_status,
    shorten,
)
from communique.reader.index import Mark, ReaderIndex
from communique.reader.labels import Labels
from communique.reader.screens.export import ExportScreen
from communique.reader.screens.help import HelpScreen, help_sections
from communique.reader.widgets import PlainNotify
from communique.reader.widgets.article import ArticlePane
from communique.reader.widgets.search import SearchBox
from communique.reader.widgets.summary import Legend, SummaryList

Analyzer = Callable[[Article], Analysis]
SEARCH_LIMIT = 5000  # matches highlighted at most (a one-letter query in a long article)


def default_analyzer(article: Article) -> Analysis:
    """Imported here, in the worker thread, so the pipeline's imports never block the UI."""
    from communique.pipeline import analyze

    return analyze(article)


def default_export_paths(article: Article, cwd: Path | None = None) -> tuple[Path, Path]:
    """`<article>.brief.md` and `<article>.json` next to the article (cwd for stdin)."""
    if article.path:
        path = Path(article.path)
        return path.with_name(f"{path.stem}.brief.md"), path.with_name(f"{path.stem}.json")
    base = cwd or Path.cwd()
    slug = re.sub(r"[^\w]+", "-", (article.title or "").lower()).strip("-")[:60] or "article"
    return base / f"{slug}.brief.md", base / f"{slug}.json"


def header_content(article: Article, labels: Labels) -> Content:
    title = clean(article.title) or (Path(article.path).name if article.path else "stdin")
    return Content.assemble(
        (shorten(title, 200), "bold"),
        " · ",
        clean(article.source) or labels["source_unknown"],
        " · ",
        article.published.isoformat() if article.published else labels["no_date"],
        " · ",
        article.language,
    )


class GotoProvider(Provider):
    """Command palette: fuzzy "go to actor / meeting / quote" and "focus on actor"."""

    def _commands(self) -> list[tuple[str, Callable[[], None], str]]:
        screen = self.screen
        if isinstance(screen, ReaderScreen):
            return screen.goto_commands()
        return []

    async def discover(self) -> Hits:
        for title, callback, help_text in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                # Matcher.highlight parses its argument as markup: only for plain titles
                shown = matcher.highlight(title) if "[" not in title else Content(title)
                yield Hit(score, shown, callback, text=title, help=escape(help_text))


HELP_NOTES = {
    "reader.focus_next": "Next pane (article → summary → search box)",
    "reader.focus_previous": "Previous pane",
    "reader.next_mention": "Next highlighted entity in reading order",
    "reader.prev_mention": "Previous highlighted entity",
    "reader.next_quote": "Next quote",
    "reader.prev_quote": "Previous quote",
    "reader.focus": "Focus on the active actor: only its items stay highlighted",
    "reader.search": "Search the article text",
    "reader.export": "Export the brief (Markdown or JSON) to a file",
    "reader.copy": "Copy the brief to the clipboard",
    "reader.help": "This help",
    "reader.quit": "Quit",
    "reader.next_match": "Next search match (n while a search is active)",
    "reader.prev_match": "Previous search match (N while a search is active)",
    "reader.escape": "Clear the search, then the focus (or f); folder mode: back to the list",
    "reader.back": "Back to the list of articles (folder mode)",
}


_ENTITY = Binding.Group("Entity")
_MATCH = Binding.Group("Match")
_QUOTE = Binding.Group("Quote")


class ReaderScreen(PlainNotify, Screen):
    COMMANDS = {GotoProvider}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "app.focus_next", "Next pane", id="reader.focus_next", show=False),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Previous pane",
            id="reader.focus_previous",
            show=False,
        ),
        Binding("n", "next_mention", "Next", id="reader.next_mention", group=_ENTITY),
        Binding(
            "N,shift+n",
            "prev_mention",
            "Prev",
            id="reader.prev_mention",
            key_display="N",
            group=_ENTITY,
        ),
        Binding("n", "next_match", "Next match", id="reader.next_match", group=_MATCH),
        Binding(
            "N,shift+n",
            "prev_match",
            "Prev match",
            id="reader.prev_match",
            key_display="N",
            group=_MATCH,
        ),
        Binding(
            "right_square_bracket", "next_quote", "Next quote", id="reader.next_quote", group=_QUOTE
        ),
        Binding(
            "left_square_bracket", "prev_quote", "Prev quote", id="reader.prev_quote", group=_QUOTE
        ),
        Binding("f", "toggle_focus", "Focus", id="reader.focus"),
        Binding("slash", "search", "Search", id="reader.search"),
        Binding("e", "export", "Export", id="reader.export"),
        Binding("c", "copy_brief", "Copy", id="reader.copy"),
        Binding("question_mark", "help", "Help", id="reader.help"),
        Binding("escape", "escape", "Clear", id="reader.escape", show=False),
        Binding("backspace", "back", "Back", id="reader.back"),
        Binding("q", "app.quit", "Quit", id="reader.quit"),
    ]

    def __init__(
        self,
        article: Article,
        *,
        analysis: Analysis | None = None,
        analyzer: Analyzer | None = None,
        can_close: bool = False,
        blink: bool = True,
    ) -> None:
        super().__init__()
        self.article = article
        self.index = ReaderIndex(article)
        self.labels = Labels(article.language)
        self.analysis: Analysis | None = None
        self.analysis_error: str | None = None
        self._given_analysis = analysis
        self.analyzer: Analyzer = analyzer or default_analyzer
        self.can_close = can_close
        self.blink = blink
        self.active: Mark | None = None
        self.focus_actor: str | None = None
        self.search_query = ""
        self.matches: list[Mark] = []
        self.match_index = -1
        self.analysis_done = asyncio.Event()  # set once the analysis is shown (or failed)

    # -- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(header_content(self.article, self.labels), id="header", markup=False)
        with Horizontal(id="body"):
            yield ArticlePane(self.index, id="article")
            with Vertical(id="side"):
                yield LoadingIndicator(id="loading")
                yield Static(Content(self.labels["analysing"]), id="side-message", markup=False)
                yield SummaryList(id="summary")
                yield Legend(self.labels, id="legend")
        yield SearchBox(
            placeholder="Search the article · enter/↓ next · shift+enter/↑ previous · esc close",
            id="search",
        )
        yield Static("", id="status", markup=False)
        yield Footer(compact=True)

    @property
    def pane(self) -> ArticlePane:
        return self.query_one("#article", ArticlePane)

    @property
    def summary(self) -> SummaryList:
        return self.query_one("#summary", SummaryList)

    def on_mount(self) -> None:
        self.query_one("#search", SearchBox).cursor_blink = self.blink
        self.summary.display = False
        self.pane.focus()
        if self._given_analysis is not None:
            self.apply_analysis(self._given_analysis)
        else:
            self.run_worker(self._run_analyzer, name="analysis", thread=True, exit_on_error=False)

    def _run_analyzer(self) -> Analysis:
        return self.analyzer(self.article)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "analysis":
            return
        if event.state == WorkerState.SUCCESS:
            self.apply_analysis(event.worker.result)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            self.analysis_failed(f"{type(error).__name__}: {error}")

    def apply_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.index.set_analysis(analysis)
        self.pane.analysis_changed()
        self.query_one("#loading").display = False
        self.query_one("#side-message").display = False
        summary = self.summary
        summary.display = True
        summary.show_analysis(analysis, self.labels, self.focus_actor)
        for warning in analysis.warnings:
            self.notify(clean(warning), title="Analysis", severity="warning", timeout=6)
        self.set_status(self._overview())
        self.refresh_bindings()
        self.analysis_done.set()

    def analysis_failed(self, message: str) -> None:
        self.analysis_error = message
        self.query_one("#loading").display = False
        side = self.query_one("#side-message", Static)
        side.update(Content(f"{self.labels['no_analysis']}:\n{shorten(message, 300)}"))
        side.add_class("-error")
        self.set_status(f"{self.labels['no_analysis']} — the article is shown without highlights.")
        self.notify(shorten(message, 200), title="Analysis failed", severity="error", timeout=8)
        self.refresh_bindings()
        self.analysis_done.set()

    @property
    def ready(self) -> bool:
        """The analysis has been shown (or has failed)."""
        return self.analysis is not None or self.analysis_error is not None

    # -- status -----------------------------------------------------------------------

    def set_status(self, text: str) -> None:
        if self.focus_actor is not None:
            name = actor_name(self.analysis, self.focus_actor, self.labels)
            text = f"{self.labels['focus']}: {name} ▸ {text}"
        self.query_one("#status", Static).update(
            Content(text), layout=False
        )  # fixed height: no relayout

    @property
    def status_text(self) -> str:
        return str(self.query_one("#status", Static).content)

    def _overview(self) -> str:
        a = self.analysis
        if a is None:
            return ""
        L = self.labels
        return (
            f"{len(a.actors)} {L['actors'].lower()} · {len(a.meetings)} {L['meetings'].lower()} · "
            f"{len(a.positions)} {L['positions'].lower()} · {len(a.quotes)} {L['quotes'].lower()}"
            " — n/N entities, ]/[ quotes, ? help"
        )

    def describe_mark(self, mark: Mark) -> str:
        a = self.analysis
        L = self.labels
        if mark.kind == "mention" and a is not None:
            actor = a.actor(mark.ref)
            number, total = self.index.mention_number.get(mark.id, (0, 0))
            if actor is not None:
                return mention_status(actor, number, total, L)
        if mark.kind == "quote" and a is not None:
            quote = next((q for q in a.quotes if q.id == mark.ref), None)
            if quote is not None:
                return quote_status(
                    quote, self.index.quotes.index(mark) + 1, len(self.index.quotes), a, L
                )
        if mark.kind == "evidence" and a is not None:
            return self.describe_item(mark.ref or "")
        if mark.kind == "match":
            return f"«{shorten(self.search_query, 40)}» · {L['match']} {self.match_index + 1}/{len(self.matches)}"
        return shorten(self.article.text[mark.start : mark.end], 80)

    def describe_item(self, item_id: str) -> str:
        a = self.analysis
        L = self.labels
        if a is None:
            return ""
        kind, _, ident = item_id.partition(":")
        if kind == "actor":
            actor = a.actor(ident)
            if actor is None:
                return ""
            parts = [clean(actor.name), L[actor.kind]]
            if actor_details(actor):
                parts.append(actor_details(actor))
            parts.append(f"{len(actor.mentions)} {L['mentions']}")
            return " · ".join(parts)
        if kind == "meeting":
            meeting = next((m for m in a.meetings if m.id == ident), None)
            return meeting_status(meeting, a, L) if meeting else ""
        if kind == "position":
            position = next((p for p in a.positions if p.id == ident), None)
            return position_status(position, a, L) if position else ""
        if kind == "quote":
            mark = self.index.quote_mark.get(ident)
            if mark is not None:
                return self.describe_mark(mark)
        return ""

    # -- bindings ---------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        searching = bool(self.search_query)
        if action in ("next_mention", "prev_mention"):
            return not searching
        if action in ("next_match", "prev_match"):
            return searching
        if action in ("export", "copy_brief", "toggle_focus"):
            return True if self.analysis is not None else None
        if action == "back":
            return self.can_close
        return True

    # -- marks and navigation ---------------------------------------------------------

    def activate(self, mark: Mark | None, *, scroll: bool = True) -> None:
        self.active = mark
        pane = self.pane
        pane.update_highlights(active=mark)
        if mark is None:
            self.set_status(self._overview())
            return
        if scroll:
            pane.scroll_to_offset(mark.start)
        self.set_status(self.describe_mark(mark))

    def mention_marks(self) -> list[Mark]:
        if self.focus_actor is not None:
            return self.index.actor_marks.get(self.focus_actor, [])
        return self.index.mentions

    def quote_marks(self) -> list[Mark]:
        pane = self.pane
        return [m for m in self.index.quotes if pane.visible(m)]

    def _step(self, marks: list[Mark], forward: bool, nothing: str) -> None:
        if not marks:
            self.set_status(nothing)
            return
        anchor = self.active.start if self.active is not None else self.pane.top_offset()
        if self.active is not None and forward:
            anchor += 1
        mark = ReaderIndex.step(marks, self.active, anchor, forward)
        self.activate(mark)

    def action_next_mention(self) -> None:
        self._step(self.mention_marks(), True, self._nothing("mentions"))

    def action_prev_mention(self) -> None:
        self._step(self.mention_marks(), False, self._nothing("mentions"))

    def action_next_quote(self) -> None:
        self._step(self.quote_marks(), True, self._nothing("quotes"))

    def action_prev_quote(self) -> None:
        self._step(self.quote_marks(), False, self._nothing("quotes"))

    def _nothing(self, what: str) -> str:
        if self.analysis is None:
            return (
                self.labels["analysing"]
                if self.analysis_error is None
                else self.labels["no_analysis"]
            )
        return f"{self.labels[what].capitalize()}: {self.labels['nothing']}"

    def action_click_mark(self, mark_id: str) -> None:
        """A click on a highlight (keyboard: n/N, ]/[)."""
        mark = self.index.by_id.get(mark_id)
        if mark is not None:
            self.pane.focus()
            self.activate(mark, scroll=False)

    def action_select_active(self) -> None:
        """enter in the article: show the active mark's actor (or item) in the summary."""
        mark = self.active
        if mark is None or self.analysis is None:
            self.set_status("Nothing selected: n/N move through the highlighted entities.")
            return
        if mark.kind == "mention":
            option_id = f"actor:{mark.ref}"
        elif mark.kind == "quote":
            option_id = f"quote:{mark.ref}"
        elif mark.kind == "evidence":
            option_id = mark.ref or ""
        else:
            return
        summary = self.summary
        if summary.highlight_id(option_id):
            summary.focus()
            self.set_status(self.describe_item(option_id))

    def goto_item(self, item_id: str) -> None:
        """Jump to the evidence of a summary item and mark it active."""
        a = self.analysis
        if a is None:
            return
        kind, _, ident = item_id.partition(":")
        mark: Mark | None = None
        if kind == "actor":
            marks = self.index.actor_marks.get(ident, [])
            if not marks:
                self.set_status(f"{actor_name(a, ident, self.labels)}: no mentions in the text")
                return
            current = self.active if self.active in marks else None
            mark = ReaderIndex.step(marks, current, 0, True) if current else marks[0]
        elif kind == "quote":
            mark = self.index.quote_mark.get(ident)
        elif kind == "meeting":
            meeting = next((m for m in a.meetings if m.id == ident), None)
            mark = self.index.evidence_mark("meeting", ident, meeting.evidence) if meeting else None
        elif kind == "position":
            position = next((p for p in a.positions if p.id == ident), None)
            mark = (
                self.index.evidence_mark("position", ident, position.evidence) if position else None
            )
        if mark is not None:
            self.activate(mark)

    @on(OptionList.OptionSelected, "#summary")
    def _summary_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.goto_item(event.option.id)

    @on(OptionList.OptionHighlighted, "#summary")
    def _summary_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.summary.has_focus and event.option.id:
            self.set_status(self.describe_item(event.option.id))

    # -- focus mode -------------------------------------------------------------------

    def action_toggle_focus(self) -> None:
        if self.focus_actor is not None:
            self.set_focus_actor(None)
            return
        actor_id = self._candidate_actor()
        if actor_id is None:
            self.set_status(
                "No actor selected: reach a mention with n, or pick an actor in the summary, then f."
            )
            return
        self.set_focus_actor(actor_id)

    def _candidate_actor(self) -> str | None:
        summary = self.summary
        if summary.has_focus and summary.highlighted_option is not None:
            kind, _, ident = (summary.highlighted_option.id or "").partition(":")
            if kind == "actor":
                return ident
        if self.active is not None and self.active.kind == "mention":
            return self.active.ref
        if self.active is not None and self.active.kind == "quote" and self.analysis is not None:
            quote = next((q for q in self.analysis.quotes if q.id == self.active.ref), None)
            return quote.speaker if quote else None
        return None

    def set_focus_actor(self, actor_id: str | None) -> None:
        self.focus_actor = actor_id
        pane = self.pane
        pane.update_highlights(focus_actor=actor_id)
        self.set_class(actor_id is not None, "-focus")
        if self.analysis is not None:
            self.summary.show_analysis(self.analysis, self.labels, actor_id)
        if (
            self.active is not None
            and self.active.kind in ("mention", "quote")
            and not pane.visible(self.active)
        ):
            self.activate(None)
        elif self.active is not None:
            self.set_status(self.describe_mark(self.active))
        elif actor_id is not None:
            self.set_status(self.describe_item(f"actor:{actor_id}") + " — f or esc to leave")
        else:
            self.set_status(self._overview())
        self.refresh_bindings()

    # -- search -----------------------------------------------------------------------

    def action_search(self) -> None:
        self.add_class("-searching")
        box = self.query_one("#search", SearchBox)
        box.focus()

    def action_close_search(self) -> None:
        self.remove_class("-searching")
        self.pane.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.set_query(event.value)

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.action_next_match()

    def set_query(self, query: str) -> None:
        self.search_query = query.strip()
        self.matches = (
            self.index.search(self.search_query, SEARCH_LIMIT) if self.search_query else []
        )
        self.match_index = -1
        self.pane.update_highlights(matches=self.matches, active_match=None)
        if self.search_query:
            n = len(self.matches)
            more = "+" if n >= SEARCH_LIMIT else ""
            found = f"{n}{more} × {self.labels['match']}" if n else self.labels["no_matches"]
            self.set_status(f"«{shorten(self.search_query, 40)}» · {found}")
        else:
            self.set_status(self.describe_mark(self.active) if self.active else self._overview())
        self.refresh_bindings()

    def _step_match(self, forward: bool) -> None:
        if not self.matches:
            self.set_status(f"«{shorten(self.search_query, 40)}» · {self.labels['no_matches']}")
            return
        if self.match_index < 0:
            anchor = self.active.start if self.active is not None else self.pane.top_offset()
            mark = ReaderIndex.step(self.matches, None, anchor, forward)
            self.match_index = self.matches.index(mark)
        else:
            self.match_index = (self.match_index + (1 if forward else -1)) % len(self.matches)
        mark = self.matches[self.match_index]
        self.pane.update_highlights(active_match=mark)
        self.pane.scroll_to_offset(mark.start)
        self.set_status(self.describe_mark(mark))

    def action_next_match(self) -> None:
        self._step_match(True)

    def action_prev_match(self) -> None:
        self._step_match(False)

    def clear_search(self) -> None:
        box = self.query_one("#search", SearchBox)
        with box.prevent(Input.Changed):
            box.value = ""
        self.remove_class("-searching")
        self.set_query("")

    # -- escape, back -----------------------------------------------------------------

    def action_escape(self) -> None:
        if self.search_query or self.has_class("-searching"):
            self.clear_search()
            self.pane.focus()
        elif self.focus_actor is not None:
            self.set_focus_actor(None)
        elif self.can_close:
            self.action_back()
        elif self.active is not None:
            self.activate(None)

    def action_back(self) -> None:
        if self.can_close:
            self.dismiss()

    # -- export, copy, help -----------------------------------------------------------

    def _brief_renderer(self) -> Callable[[], str] | None:
        analysis = self.analysis
        try:
            from communique.brief import render_brief
        except ImportError:
            return None
        return lambda: render_brief(analysis, lang=None)

    def action_export(self) -> None:
        if self.analysis is None:
            self.notify("The analysis is not ready yet.", severity="warning")
            return
        render_markdown = self._brief_renderer()
        if render_markdown is None:
            self.notify(
                "The Markdown brief is unavailable (communique.brief is missing): JSON only.",
                title="Export",
                severity="warning",
            )
        markdown_path, json_path = default_export_paths(self.article)
        self.app.push_screen(
            ExportScreen(
                markdown_path, json_path, render_markdown, self.analysis.to_json, blink=self.blink
            ),
            self._exported,
        )

    def _exported(self, path: Path | None) -> None:
        if path is not None:
            self.notify(f"Wrote {path}", title="Export")

    def action_copy_brief(self) -> None:
        if self.analysis is None:
            self.notify("The analysis is not ready yet.", severity="warning")
            return
        render = self._brief_renderer()
        what = "brief"
        if render is None:
            text = self.analysis.to_json()
            what = "analysis JSON"
            self.notify(
                "The Markdown brief is unavailable (communique.brief is missing): copying the JSON.",
                severity="warning",
            )
        else:
            try:
                text = render()
            except Exception as error:
                self.notify(f"Could not render the brief: {error}", severity="error")
                return
        self.app.copy_to_clipboard(text)
        lines = text.count("\n") + 1
        self.notify(
            f"Copied the {what} to the clipboard ({lines} lines). "
            "Terminals without OSC 52 ignore this: e exports to a file.",
            title="Copy",
        )

    def help_groups(self):
        from textual.app import App

        palette = Binding(
            App.COMMAND_PALETTE_BINDING,
            "command_palette",
            "Command palette: go to actor / meeting / quote",
        )
        rows = []
        for binding in self.BINDINGS:
            if isinstance(binding, Binding) and binding.id in HELP_NOTES:
                binding = Binding(
                    binding.key,
                    binding.action,
                    HELP_NOTES[binding.id],
                    id=binding.id,
                    key_display=binding.key_display,
                )
            rows.append(binding)
        if not self.can_close:
            rows = [b for b in rows if not (isinstance(b, Binding) and b.id == "reader.back")]
        return [
            ("Reader", rows),
            ("Article pane", ArticlePane.BINDINGS),
            ("Summary pane", SummaryList.BINDINGS),
            (
                "Search box",
                [Binding("enter", "submit", "Next match", id="search.submit"), *SearchBox.BINDINGS],
            ),
            (
                "Export dialog",
                [
                    *ExportScreen.BINDINGS,
                    Binding(
                        "enter", "export", "Export (in the file name field)", id="export.submit"
                    ),
                ],
            ),
            ("App", [palette, Binding("ctrl+q", "quit", "Quit")]),
        ]

    def action_help(self) -> None:
        mouse = (
            "Mouse",
            [
                ("click", "a highlighted mention or quote selects it (keys: n/N, ]/[)"),
                ("click", "an item in the summary jumps to its evidence (keys: tab, j/k, enter)"),
            ],
        )
        self.app.push_screen(
            HelpScreen(help_sections(self.app, self.help_groups(), [mouse]), self.labels)
        )

    # -- command palette --------------------------------------------------------------

    def goto_commands(self) -> list[tuple[str, Callable[[], None], str]]:
        a = self.analysis
        if a is None:
            return []
        L = self.labels
        commands: list[tuple[str, Callable[[], None], str]] = []
        for actor in a.actors:
            name = clean(actor.name)
            details = actor_details(actor) or L[actor.kind]
            commands.append(
                (
                    f"Go to actor: {name}",
                    lambda i=f"actor:{actor.id}": self.goto_item(i),
                    f"{details} · {len(actor.mentions)} {L['mentions']}",
                )
            )
        for meeting in a.meetings:
            title = f"Go to meeting: {L.meeting_kind(meeting.kind)} · {meeting_date(meeting, L)}"
            if meeting.place:
                title += f" · {clean(meeting.place)}"
            commands.append(
                (
                    title,
                    lambda i=f"meeting:{meeting.id}": self.goto_item(i),
                    meeting_status(meeting, a, L),
                )
            )
        for quote in a.quotes:
            who = actor_name(a, quote.speaker, L)
            commands.append(
                (
                    f"Go to quote: {who} «{shorten(quote.text, 50)}»",
                    lambda i=f"quote:{quote.id}": self.goto_item(i),
                    shorten(quote.text, 120),
                )
            )
        for position in a.positions:
            who = " / ".join(actor_name(a, x, L) for x in position.actors) or L["unattributed"]
            commands.append(
                (
                    f"Go to position: {who} — {shorten(position.statement, 50)}",
                    lambda i=f"position:{position.id}": self.goto_item(i),
                    shorten(position.statement, 120),
                )
            )
        for actor in a.actors:
            commands.append(
                (
                    f"Focus on actor: {clean(actor.name)}",
                    lambda i=actor.id: self.set_focus_actor(i),
                    "only its mentions, quotes, meetings and positions",
                )
            )
        return commands
