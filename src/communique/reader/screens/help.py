"""The help screen: every key binding (with the user's keymap applied) and the legend."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from communique.reader.labels import Labels
from communique.reader.widgets.summary import Legend

HelpSection = tuple[str, list[tuple[str, str]]]


class HelpScroll(VerticalScroll, can_focus=True):
    inherit_bindings = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_down", "Scroll down", id="help.down", show=False),
        Binding("up,k", "scroll_up", "Scroll up", id="help.up", show=False),
        Binding("pagedown,space", "page_down", "Page down", id="help.page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="help.page_up", show=False),
        Binding("home,g", "scroll_home", "Top", id="help.top", show=False),
        Binding("end,G", "scroll_end", "Bottom", id="help.bottom", show=False),
    ]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(
        self,
        sections: list[HelpSection],
        labels: Labels | None = None,
        title: str = "communique — keys",
    ) -> None:
        super().__init__()
        self.sections = sections
        self.labels = labels
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Static(Content(self.title_text), id="help-title", markup=False)
            with HelpScroll(id="help-body"):
                yield Static(bindings_content(self.sections), id="help-keys", markup=False)
                if self.labels is not None:
                    yield Legend(self.labels, id="help-legend")
            yield Static(
                Content("escape, q or ? closes this screen · j/k scroll"),
                id="help-hint",
                markup=False,
            )


def bindings_content(sections: list[HelpSection]) -> Content:
    width = max((len(key) for _, rows in sections for key, _ in rows), default=8) + 2
    parts: list = []
    for n, (title, rows) in enumerate(sections):
        if n:
            parts.append("\n")
        parts.append((title, "bold"))
        parts.append("\n")
        for key, description in rows:
            parts.append((f"  {key.ljust(width)}", "bold $text-accent"))
            parts.append(f"{description}\n")
    return Content.assemble(*parts).rstrip()


def help_sections(
    app, groups: list[tuple[str, list[BindingType]]], extra: list[HelpSection] = ()
) -> list[HelpSection]:
    """Rows of (keys, description) from BINDINGS lists, with `app`'s keymap applied."""
    keymap = getattr(app, "_keymap", {}) or {}
    sections: list[HelpSection] = []
    for title, bindings in groups:
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for binding in bindings:
            if not isinstance(binding, Binding):
                continue
            keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
            if binding.key_display and keys == binding.key:
                shown = binding.key_display
            else:
                shown = " ".join(_key_display(app, k.strip(), binding) for k in keys.split(","))
            row = (shown, binding.description or binding.action)
            if row[1] in seen and not binding.id:
                continue
            seen.add(row[1])
            rows.append(row)
        sections.append((title, rows))
    sections.extend(extra)
    return sections


def _key_display(app, key: str, binding: Binding) -> str:
    try:
        return app.get_key_display(Binding(key, binding.action))
    except Exception:
        return key
