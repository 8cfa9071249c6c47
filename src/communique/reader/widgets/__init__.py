"""Widgets of the reader. Highlights are component classes so colours follow the theme."""

from __future__ import annotations

# Component classes used to draw highlights; any widget that shows highlighted Content
# declares them (styles in reader.tcss), because a ".name" span style is resolved
# against the widget that renders it and its ancestors.
HIGHLIGHT_CLASSES: set[str] = {
    "mention--person",
    "mention--organization",
    "mention--country",
    "mention--place",
    "mention--group",
    "quote",
    "evidence",
    "match",
    "match--active",
    "active",
    "summary--heading",
    "summary--dim",
    "summary--date",
}

KIND_ORDER = ("person", "organization", "country", "place", "group")


class HighlightStyles:
    """Mixin for widgets that declare HIGHLIGHT_CLASSES.

    Textual 8.2.8 resolves a ".class" span style with `get_visual_style(partial=True)`,
    which mis-blends backgrounds (an opaque background comes out transparent, 50 % as
    25 %). Highlights need real backgrounds, so this resolves the component styles
    directly: background as written (composited over the widget), colour (or `auto`
    contrast), and bold / italic / underline / reverse / strike.
    """

    def get_visual_style(self, *component_classes: str, partial: bool = False):
        if not (partial and component_classes and set(component_classes) <= HIGHLIGHT_CLASSES):
            return super().get_visual_style(*component_classes, partial=partial)
        cache = self.__dict__.setdefault("_highlight_style_cache", {})
        style = cache.get(component_classes)
        if style is None:
            style = cache[component_classes] = self._resolve_highlight(component_classes)
        return style

    def notify_style_update(self) -> None:
        self.__dict__.pop("_highlight_style_cache", None)
        super().notify_style_update()

    def _resolve_highlight(self, component_classes: tuple[str, ...]):
        from textual.style import Style

        styles = self.get_component_styles(*component_classes)
        background = styles.background if styles.has_rule("background") else None
        foreground = styles.color if styles.has_rule("color") else None
        if styles.has_rule("auto_color") and styles.auto_color:
            _, base = self.background_colors
            under = base + background if background is not None else base
            foreground = under.get_contrast_text(styles.color.a)
        text_style = styles.text_style if styles.has_rule("text_style") else None

        def flag(name: str) -> bool | None:
            return True if text_style is not None and getattr(text_style, name) else None

        return Style(
            background=background,
            foreground=foreground,
            bold=flag("bold"),
            dim=flag("dim"),
            italic=flag("italic"),
            underline=flag("underline"),
            reverse=flag("reverse"),
            strike=flag("strike"),
        )


class PlainNotify:
    """Mixin for screens: notifications are plain text unless markup is asked for.

    Messages here carry file names, error messages and article text, which must never
    be parsed as Textual markup (a "[@click=…]" in them would become an action).
    """

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity="information",
        timeout=None,
        markup: bool = False,
    ) -> None:
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)
