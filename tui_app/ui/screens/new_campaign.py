"""The new-campaign form: every brief field, a sample picker, load from JSON, ctrl+s to create.

The form only builds a validated `CampaignBrief` and dismisses with it; the app submits it and
starts the worker (a worker started here would die with this screen). Validation uses the
brief's own messages, shown beside each field, and never clears what the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    Label,
    Select,
    SelectionList,
    Static,
    TextArea,
)

from ...core.brands import BRIEF_FIELDS, BrandProfile
from ...core.models import (
    FIELD_LABELS,
    BriefError,
    CampaignBrief,
    Channel,
    Priority,
    format_money,
    read_brief_file,
)
from ...samples import sample_paths, samples

TEXT_AREAS = ("target_audience", "additional_requirements", "must_include")
INPUTS = {
    "product": "e.g. SunPack Solar Backpack",
    "client": "e.g. Northtrail Gear",
    "campaign_name": "optional: derived from the product",
    "client_website": "optional: https://…",
    "goals": "comma-separated, e.g. Build awareness, Drive online sales",
    "key_features": "comma-separated, e.g. 20W solar panel, Waterproof",
    "budget": "e.g. $25,000 or 8000 EUR (default 5,000 USD)",
    "timeline": "e.g. 8 weeks or 3 months (default 6 weeks)",
    "tone": "free text, e.g. professional, playful, bold",
    "user": "default: your login name",
    "primary_cta": "optional: e.g. Book a demo (every asset uses it)",
    "avoid": "optional, comma-separated: words or claims never to use",
    "languages": "default en; e.g. ja, en or Japanese, English",
    "brand_colors": "optional: e.g. #0a7d5a, #f5b700",
    "start_date": "optional: YYYY-MM-DD (default: the Monday after creation)",
}
CHECKBOXES = {"no_selling": "Nothing is sold (no prices, discounts or purchase words)"}
REQUIRED = {"product", "client", "target_audience", "goals", "key_features"}
# top to bottom, the order tab follows
FIELD_ORDER = (
    "product",
    "client",
    "campaign_name",
    "client_website",
    "target_audience",
    "goals",
    "key_features",
    "budget",
    "timeline",
    "start_date",
    "tone",
    "priority",
    "channels",
    "primary_cta",
    "languages",
    "avoid",
    "brand_colors",
    "no_selling",
    "must_include",
    "additional_requirements",
    "approve_after",
    "user",
)
# the steps a campaign can pause after, as the checkbox list shows them
STEP_CHOICES = (
    ("Plan", "project_manager"),
    ("Strategy", "strategy"),
    ("Personas", "audience_persona"),
    ("Creative", "creative"),
    ("Copy", "copy"),
    ("CTAs", "cta_optimizer"),
    ("Visual", "visual"),
)


def form_values(brief: CampaignBrief) -> dict[str, Any]:
    """A brief as the form shows it (lists as comma text, budget as money)."""
    return {
        "product": brief.product,
        "client": brief.client,
        "campaign_name": brief.campaign_name,
        "client_website": brief.client_website,
        "target_audience": brief.target_audience,
        "goals": ", ".join(brief.goals),
        "key_features": ", ".join(brief.key_features),
        "budget": format_money(brief.budget.amount, brief.budget.currency),
        "timeline": f"{brief.timeline} weeks",
        "tone": brief.tone,
        "priority": brief.priority.value,
        "channels": [c.value for c in brief.channels],
        "additional_requirements": brief.additional_requirements,
        "user": brief.user,
        "primary_cta": brief.primary_cta,
        "avoid": ", ".join(brief.avoid),
        "must_include": "\n".join(brief.must_include),
        "languages": ", ".join(brief.languages),
        "no_selling": brief.no_selling,
        "brand_colors": ", ".join(brief.brand_colors),
        "start_date": brief.start_date.isoformat() if brief.start_date else "",
        "approve_after": list(brief.approve_after),
    }


class NewCampaignScreen(ModalScreen[CampaignBrief | None]):
    """Fill in a brief; dismisses with the validated brief, or None."""

    BINDINGS = [
        Binding("ctrl+s", "submit", "Create", priority=True),
        Binding("ctrl+b", "save_brand", "Save as brand", priority=True),
        Binding("escape", "close", "Cancel"),
    ]

    def __init__(
        self,
        brief: CampaignBrief | None = None,
        *,
        brands: list[BrandProfile] | None = None,
        save_brand: Callable[[BrandProfile], None] | None = None,
        provider_problem: str | None = None,
        title: str | None = None,
        approve_after: list[str] | None = None,
    ) -> None:
        """`brands` fill the Brand picker; `save_brand` asks for a profile to be stored (the
        screen itself never touches the store); `provider_problem` says why campaigns cannot
        run now, if they cannot."""
        super().__init__()
        self.initial = brief
        self.brands = {profile.name: profile for profile in brands or []}
        self._save_brand = save_brand
        self.provider_problem = provider_problem
        self.title_text = title
        # the settings' default pause points, for a new brief that names none
        self.approve_default = list(approve_after or [])
        # the brand profile picked to start from, recorded with the campaign
        self.brand_name: str | None = None

    # -- layout --------------------------------------------------------------------

    def _field(self, name: str, widget: Widget, wide: bool = False) -> Vertical:
        label = FIELD_LABELS[name] + (" *" if name in REQUIRED else "")
        classes = "field wide" if wide else "field"
        return Vertical(
            Label(label, classes="field-label"),
            widget,
            Static("", id=f"{name}-error", classes="field-error"),
            id=f"{name}-field",
            classes=classes,
        )

    def compose(self) -> ComposeResult:
        sample_options = [
            (f"{brief.product} — {brief.tone}", name) for name, brief in samples().items()
        ]
        with Vertical(id="form-dialog"):
            yield Static(
                self.title_text
                or ("New campaign" if self.initial is None else "New campaign (from a copy)"),
                id="form-title",
            )
            with VerticalScroll(id="form-body"):
                if self.provider_problem:
                    yield Static(
                        f"⚠ The content provider cannot run: {self.provider_problem}",
                        id="provider-problem",
                    )
                with Horizontal(id="form-start"):
                    yield Select(sample_options, prompt="Start from a sample…", id="sample")
                    yield Select(
                        [(name, name) for name in self.brands],
                        prompt="Start from a brand…" if self.brands else "Brand: none saved yet",
                        id="brand",
                        disabled=not self.brands,
                    )
                    yield Input(
                        placeholder="…or load a brief: path/to/brief.json ⏎", id="load-path"
                    )
                yield Static("", id="load-path-error", classes="field-error")
                with Grid(id="form-grid"):
                    for name in FIELD_ORDER:
                        yield self._field(
                            name,
                            self._widget(name),
                            wide=name in TEXT_AREAS
                            or name in ("channels", "no_selling", "approve_after"),
                        )
            with Horizontal(id="form-buttons"):
                yield Static(
                    "ctrl+s create · ctrl+b save as brand · esc cancel · * required",
                    id="form-hint",
                )
                yield Button("Create (ctrl+s)", variant="success", id="create")
                yield Button("Cancel (esc)", id="cancel")

    def _widget(self, name: str) -> Widget:
        if name in TEXT_AREAS:
            area = TextArea(id=name, soft_wrap=True, tab_behavior="focus")
            return area
        if name in CHECKBOXES:
            return Checkbox(CHECKBOXES[name], id=name)
        if name == "priority":
            return Select(
                [(p.value.title(), p.value) for p in Priority],
                value=Priority.NORMAL.value,
                allow_blank=False,
                id=name,
            )
        if name == "channels":
            return SelectionList[str](*[(c.label, c.value) for c in Channel], id=name)
        if name == "approve_after":
            return SelectionList[str](*STEP_CHOICES, id=name)
        return Input(placeholder=INPUTS.get(name, ""), id=name)

    def on_mount(self) -> None:
        if self.initial is not None:
            self.fill(form_values(self.initial))
            self.query_one("#product", Input).focus()
        elif self.approve_default:
            self.fill({"approve_after": self.approve_default})
        else:
            # a newcomer starts from a sample: enter opens the list
            self.query_one("#sample", Select).focus()

    # -- values ------------------------------------------------------------------------

    def fill(self, values: dict[str, Any]) -> None:
        """Put values into the widgets (missing keys leave a widget as it is).

        Characters a terminal cannot show (lone surrogates, control characters) become "�",
        which validation then points out, instead of crashing the screen."""
        for name in FIELD_ORDER:
            if name not in values:
                continue
            value = _displayable(values[name])
            widget = self.query_one(f"#{name}")
            if isinstance(widget, TextArea):
                widget.text = _as_text(name, value)
            elif isinstance(widget, Checkbox):
                widget.value = value is True
            elif isinstance(widget, Select):
                if str(value).lower() in {p.value for p in Priority}:
                    widget.value = str(value).lower()
            elif isinstance(widget, SelectionList):
                widget.deselect_all()
                items = value if isinstance(value, list) else str(value).split(",")
                allowed = (
                    {v for _, v in STEP_CHOICES}
                    if name == "approve_after"
                    else {c.value for c in Channel}
                )
                for item in items:
                    item = str(item).strip()
                    if item in allowed:
                        widget.select(item)
            elif isinstance(widget, Input):
                widget.value = _as_text(name, value)

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name in FIELD_ORDER:
            widget = self.query_one(f"#{name}")
            if isinstance(widget, TextArea):
                data[name] = widget.text
            elif isinstance(widget, Checkbox | Select):
                data[name] = widget.value
            elif isinstance(widget, SelectionList):
                data[name] = list(widget.selected)
            elif isinstance(widget, Input):
                data[name] = widget.value
        return data

    def show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for name in FIELD_ORDER:
            message = errors.get(name, "")
            self.query_one(f"#{name}-error", Static).update(message)
            self.query_one(f"#{name}-field").set_class(bool(message), "-invalid")
            if message and first is None:
                first = name
        other = [f"{k}: {v}" for k, v in errors.items() if k not in FIELD_ORDER]
        self._load_message("\n".join(other))
        if first:
            widget = self.query_one(f"#{first}")
            widget.focus()
            widget.scroll_visible()

    def _load_message(self, text: str) -> None:
        message = self.query_one("#load-path-error", Static)
        message.update(text)
        message.set_class(bool(text), "-shown")

    # -- actions ---------------------------------------------------------------------

    def action_submit(self) -> None:
        if self.provider_problem:
            self.notify(self.provider_problem, title="Provider unavailable", severity="error")
            return
        try:
            brief = CampaignBrief.parse(self.values())  # never raises anything but BriefError
        except BriefError as exc:
            self.show_errors(exc.errors)
            self.notify(
                f"{len(exc.errors)} field(s) need attention.",
                title="Not created",
                severity="warning",
            )
            return
        self.dismiss(brief)

    def action_close(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#create")
    def _create(self) -> None:
        self.action_submit()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Select.Changed, "#sample")
    def _sample_picked(self, event: Select.Changed) -> None:
        if event.value is Select.NULL:
            return
        brief = CampaignBrief.from_json_file(sample_paths()[str(event.value)])
        values = form_values(brief)
        values["user"] = self.query_one("#user", Input).value or ""
        self.fill(values)
        self.show_errors({})

    @on(Select.Changed, "#brand")
    def _brand_picked(self, event: Select.Changed) -> None:
        profile = self.brands.get(str(event.value)) if event.value is not Select.NULL else None
        if profile is None:
            return
        self.fill(profile.brief_fields())
        self.brand_name = profile.name
        self.show_errors({})
        self.notify(f"Filled from the brand “{profile.name}”.", title="Brand")

    def action_save_brand(self) -> None:
        """Save the form's client, website, tone, colours and rules as a brand profile."""
        if self._save_brand is None:
            return
        values = self.values()
        data = {field: values[name] for field, name in BRIEF_FIELDS.items()}
        try:
            profile = BrandProfile.parse(data)
        except BriefError as exc:
            self.show_errors({BRIEF_FIELDS.get(k, k): v for k, v in exc.errors.items()})
            self.notify("Fix the marked fields to save the brand.", severity="warning")
            return
        self._save_brand(profile)
        self.brands[profile.name] = profile
        self.brand_name = profile.name
        picker = self.query_one("#brand", Select)
        picker.set_options([(name, name) for name in sorted(self.brands)])
        picker.disabled = False

    @on(Input.Submitted, "#load-path")
    def _load(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self._load_message("Type the path of a brief JSON file, then press enter.")
            return
        path = Path(text).expanduser()
        try:
            data = read_brief_file(path)  # size cap, encodings, NaN, deep nesting: messages
        except BriefError as exc:
            self._load_message("\n".join(exc.errors.values()))
            return
        try:
            self.fill(data)
            CampaignBrief.parse(data)
        except BriefError as exc:
            self.show_errors(exc.errors)
            self._load_message(f"Loaded {path.name}; fix the fields marked below.")
            return
        except Exception as exc:  # whatever a file holds, the form stays up
            self._load_message(f"Could not load {path.name}: {type(exc).__name__}: {exc}"[:300])
            return
        self.show_errors({})
        self._load_message("")
        self.notify(f"Loaded {path}", title="Brief loaded")


_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _displayable(value: Any) -> Any:
    if isinstance(value, str):
        return _UNSHOWABLE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_displayable(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _displayable(v) for k, v in value.items()}
    return value


def _as_text(name: str, value: Any) -> str:
    """A loaded value as the text of its input. Only text and numbers are shown: a file's
    objects, nulls and nested lists are left out (the field then says what it needs), never
    turned into "{'a': 1}" or "None" that would pass as text."""
    if value is None or isinstance(value, bool):
        return ""
    if name == "budget" and isinstance(value, dict):
        parts = [value.get("amount"), value.get("currency")]
        return " ".join(str(p) for p in parts if isinstance(p, str | int | float)).strip()
    if isinstance(value, list):
        separator = "\n" if name == "must_include" else ", "
        return separator.join(str(v) for v in value if _scalar(v))
    if name == "timeline" and isinstance(value, int | float):
        return f"{value} weeks"
    return str(value) if _scalar(value) else ""


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)
