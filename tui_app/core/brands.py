"""Brand profiles: a client's constant facts, saved once and used to start new briefs.

A profile holds what stays the same from one campaign to the next for a client: its name,
website, tone, brand colours, primary call to action, avoid list, must-include lines,
languages and whether it sells at all. A new campaign's form (or `run --brand`) fills those
brief fields from it; the brief is then stored whole with the campaign, so editing or
removing a profile never changes a campaign made with it.

Validation is the brief's own: a profile is checked by validating a brief that carries its
fields (`CampaignBrief.parse`), so a profile accepts exactly what a brief accepts, with the
same messages, and the normalised values (language codes, `#rrggbb` colours, `https://`
added to a bare domain) are the brief's.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from typing import Any

from .models import BriefError, CampaignBrief

# profile field -> the brief field it fills (the profile's name is the brief's client)
BRIEF_FIELDS = {
    "name": "client",
    "client_website": "client_website",
    "tone": "tone",
    "brand_colors": "brand_colors",
    "primary_cta": "primary_cta",
    "avoid": "avoid",
    "must_include": "must_include",
    "languages": "languages",
    "no_selling": "no_selling",
}
LABELS = {
    "name": "Name",
    "client_website": "Website",
    "tone": "Tone",
    "brand_colors": "Brand colours",
    "primary_cta": "Primary CTA",
    "avoid": "Avoid",
    "must_include": "Must include",
    "languages": "Languages",
    "no_selling": "No selling",
}
# what a brief needs besides the profile's fields to validate; never stored or shown
_SCAFFOLD = {
    "product": "Brand profile",
    "target_audience": "Brand profile",
    "goals": ["Brand profile"],
    "key_features": ["Brand profile"],
}


@dataclass(frozen=True, slots=True)
class BrandProfile:
    """A client's constant facts. Build one with `parse` (validated) or `from_brief`."""

    name: str
    client_website: str = ""
    tone: str = ""
    brand_colors: list[str] = field(default_factory=list)
    primary_cta: str = ""
    avoid: list[str] = field(default_factory=list)
    must_include: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    no_selling: bool = False

    @classmethod
    def parse(cls, data: Any) -> BrandProfile:
        """Validate a mapping of profile fields; BriefError (keyed by profile field) if any
        field is wrong or unknown."""
        if not isinstance(data, dict):
            raise BriefError({"brand": "A brand profile must be a JSON object of its fields."})
        unknown = [str(key) for key in data if key not in BRIEF_FIELDS]
        if unknown:
            known = ", ".join(BRIEF_FIELDS)
            raise BriefError(
                {
                    key[:40]: f"{key[:40]!r} is not a brand field (fields: {known})."
                    for key in unknown
                }
            )
        if not str(data.get("name") or "").strip():
            raise BriefError({"name": "Name is required (the client's name)."})
        brief_data = {BRIEF_FIELDS[key]: value for key, value in data.items()}
        try:
            brief = CampaignBrief.parse({**_SCAFFOLD, **brief_data})
        except BriefError as exc:
            by_brief = {brief: profile for profile, brief in BRIEF_FIELDS.items()}
            raise BriefError(
                {by_brief.get(key, key): message for key, message in exc.errors.items()}
            ) from None
        return cls.from_brief(brief, tone="tone" in data and bool(data.get("tone")))

    @classmethod
    def from_brief(cls, brief: CampaignBrief, *, tone: bool = True) -> BrandProfile:
        """The brand facts of a brief (its client, website, look and rules)."""
        return cls(
            name=brief.client,
            client_website=brief.client_website,
            tone=brief.tone if tone else "",
            brand_colors=list(brief.brand_colors),
            primary_cta=brief.primary_cta,
            avoid=list(brief.avoid),
            must_include=list(brief.must_include),
            languages=[] if brief.languages == ["en"] else list(brief.languages),
            no_selling=brief.no_selling,
        )

    @classmethod
    def from_stored(cls, text: str) -> BrandProfile:
        """A profile as the store keeps it (validated when saved; read as it is)."""
        data = json.loads(text)
        return cls(**{key: value for key, value in data.items() if key in BRIEF_FIELDS})

    def to_data(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_data(), indent=2, ensure_ascii=False) + "\n"

    def brief_fields(self) -> dict[str, Any]:
        """The brief fields this profile fills (those it leaves empty are left out, except
        the rules, which it sets even when empty so another brand's rules never linger)."""
        fields = {BRIEF_FIELDS[key]: value for key, value in self.to_data().items()}
        if not self.tone:
            del fields["tone"]
        if not self.languages:
            fields["languages"] = ["en"]
        return fields

    def apply(self, brief: CampaignBrief) -> CampaignBrief:
        """A brief for this brand: the client is the profile's name, and the profile's other
        facts fill the fields the brief leaves at their defaults (what it states wins)."""
        data = brief.to_data()
        defaults = CampaignBrief.model_fields
        for key, value in self.brief_fields().items():
            current = getattr(brief, key)
            default = defaults[key].get_default(call_default_factory=True)
            if key == "client" or current in (default, "", [], ["en"], None):
                data[key] = value
        return CampaignBrief.parse(data)

    def lines(self) -> list[str]:
        """The profile as `label  value` lines for the terminal."""
        out = []
        for key, label in LABELS.items():
            value = getattr(self, key)
            if isinstance(value, bool):
                shown = "yes" if value else "no"
            elif isinstance(value, list):
                shown = "; ".join(value) if value else "–"
            else:
                shown = value or "–"
            out.append(f"{label:<14} {shown}")
        return out


class BrandShelf:
    """The store's brand profiles (a mixin of `CampaignStore`, over its `brands` table)."""

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]: ...
    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]: ...

    def save_brand(self, profile: BrandProfile) -> bool:
        """Store a brand profile (a new one, or replacing the one of that name, whatever its
        case); returns whether it was new."""
        now = time.time()
        with self._tx() as conn:
            new = (
                conn.execute("SELECT 1 FROM brands WHERE name=?", (profile.name,)).fetchone()
                is None
            )
            conn.execute(
                "INSERT INTO brands (name, profile_json, created_at, updated_at)"
                " VALUES (?,?,?,?) ON CONFLICT(name) DO UPDATE SET name=excluded.name,"
                " profile_json=excluded.profile_json, updated_at=excluded.updated_at",
                (profile.name, profile.to_json(), now, now),
            )
        return new

    def brand(self, name: str) -> BrandProfile | None:
        """The profile of that name (case does not matter), or None."""
        rows = self._query("SELECT profile_json FROM brands WHERE name=?", (name,))
        return BrandProfile.from_stored(rows[0]["profile_json"]) if rows else None

    def brands(self) -> list[BrandProfile]:
        """Every brand profile, by name."""
        rows = self._query("SELECT profile_json FROM brands ORDER BY name")
        return [BrandProfile.from_stored(row["profile_json"]) for row in rows]

    def remove_brand(self, name: str) -> bool:
        """Forget a profile; campaigns made with it keep their brief and its name."""
        with self._tx() as conn:
            return conn.execute("DELETE FROM brands WHERE name=?", (name,)).rowcount == 1


__all__ = [
    "BRIEF_FIELDS",
    "BrandProfile",
    "BrandShelf",
]
