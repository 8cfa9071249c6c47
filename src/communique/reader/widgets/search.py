"""The search box: enter / down for the next match, shift+enter / up for the previous."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class SearchBox(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "screen.next_match", "Next match", id="search.next", show=False),
        Binding(
            "up,shift+enter",
            "screen.prev_match",
            "Previous match",
            id="search.previous",
            show=False,
        ),
        Binding("escape", "screen.close_search", "Close search", id="search.close"),
    ]
