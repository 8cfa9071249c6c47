"""The export dialog: a path (prefilled next to the article), Markdown or JSON, and an
explicit confirmation before an existing file is overwritten."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, RadioButton, RadioSet, Static

Renderer = Callable[[], str]


class ExportScreen(ModalScreen[Path | None]):
    """Dismisses with the path written, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
        Binding("ctrl+s", "export", "Export", id="export.confirm"),
    ]

    def __init__(
        self,
        markdown_path: Path,
        json_path: Path,
        render_markdown: Renderer | None,
        render_json: Renderer,
        *,
        blink: bool = True,
    ) -> None:
        super().__init__()
        self.paths = {"md": markdown_path, "json": json_path}
        self.renderers: dict[str, Renderer | None] = {"md": render_markdown, "json": render_json}
        self.format = "md" if render_markdown is not None else "json"
        self.blink = blink
        self.written: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Static(
                Content("Export the brief · file, format"), id="export-title", markup=False
            )
            yield Input(str(self.paths[self.format]), id="export-path")
            with RadioSet(id="export-format"):
                yield RadioButton(
                    "Markdown brief" if self.renderers["md"] else "Markdown brief (unavailable)",
                    value=self.format == "md",
                    id="format-md",
                    disabled=self.renderers["md"] is None,
                )
                yield RadioButton("Analysis JSON", value=self.format == "json", id="format-json")
            yield Checkbox("Overwrite the file if it exists", id="export-overwrite")
            yield Static("", id="export-message", markup=False)
            with Horizontal(id="export-buttons"):
                yield Static(Content("enter export · esc cancel"), id="export-hint", markup=False)
                yield Button("Export", id="export-ok", variant="primary")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        path_input = self.query_one("#export-path", Input)
        path_input.cursor_blink = self.blink
        path_input.focus()

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        new = "md" if event.pressed.id == "format-md" else "json"
        path_input = self.query_one("#export-path", Input)
        old = self.format
        self.format = new
        # swap the default file name, but keep a path the user typed
        if path_input.value == str(self.paths[old]):
            path_input.value = str(self.paths[new])
        self._message("")

    @on(Input.Submitted, "#export-path")
    def _submitted(self) -> None:
        self.action_export()

    @on(Button.Pressed, "#export-ok")
    def _ok(self) -> None:
        self.action_export()

    @on(Button.Pressed, "#export-cancel")
    def _cancel(self) -> None:
        self.action_cancel()

    @on(Checkbox.Changed, "#export-overwrite")
    def _overwrite_changed(self) -> None:
        self._message("")

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _message(self, text: str, error: bool = True) -> None:
        message = self.query_one("#export-message", Static)
        message.update(Content(text))
        message.set_class(bool(text) and error, "-error")

    def action_export(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._message("Enter a file name.")
            return
        path = Path(raw).expanduser()
        overwrite = self.query_one("#export-overwrite", Checkbox)
        if path.is_dir():
            self._message(f"{path} is a folder: enter a file name.")
            return
        if path.exists() and not overwrite.value:
            self._message(
                f"{path.name} already exists: tick “Overwrite” to replace it, or change the name."
            )
            overwrite.focus()
            return
        renderer = self.renderers[self.format]
        if renderer is None:
            self._message("The Markdown brief is not available: choose JSON.")
            return
        try:
            text = renderer()
        except Exception as error:  # a renderer bug must not take the reader down
            self._message(f"Could not render the {self.format}: {error}")
            return
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            self._message(f"Cannot write {path}: {error.strerror or error}")
            return
        self.written = path
        self.dismiss(path)
