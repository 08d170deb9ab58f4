"""`search_ads_google_ads_editor.csv`: the search ads as responsive search ads for Google
Ads Editor (imported from a file).

One row per ad, in the columns Google Ads Editor reads for a responsive search ad:
Campaign, Ad group, Headline 1…15, Description 1…4, Final URL, Path 1, Path 2. Google's
limits are enforced here, whatever the copy holds: headlines ≤ 30 characters, descriptions
≤ 90, paths ≤ 15 (shortened at a word boundary, never mid-word unless one word is longer
than the limit), one line each, no duplicate headline or description within an ad, at most
15 headlines and 4 descriptions. The Final URL is the brief's client website; without one it
is left empty and a note says to set it before posting.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from ..content import SearchAd
from .source import KitSource

ADS_FILE = "search_ads_google_ads_editor.csv"
HEADLINE_LIMIT, DESCRIPTION_LIMIT, PATH_LIMIT, AD_GROUP_LIMIT = 30, 90, 15, 255
MAX_HEADLINES, MAX_DESCRIPTIONS = 15, 4
MIN_HEADLINES, MIN_DESCRIPTIONS = 3, 2  # what Google needs to serve a responsive search ad
COLUMNS = (
    "Campaign",
    "Ad group",
    *(f"Headline {n}" for n in range(1, MAX_HEADLINES + 1)),
    *(f"Description {n}" for n in range(1, MAX_DESCRIPTIONS + 1)),
    "Final URL",
    "Path 1",
    "Path 2",
)
_TRAILING = " ,;:-–—/&"


def fit(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word boundary where there is one."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit + 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut[:limit].rstrip(_TRAILING)


def _unique(texts: list[str], limit: int, most: int) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for text in texts:
        line = fit(text, limit)
        if line and line.casefold() not in seen:
            seen.add(line.casefold())
            out.append(line)
    return out[:most]


def display_path(text: str) -> str:
    """A display-URL path segment: letters and digits joined by hyphens, ≤ 15 characters."""
    words = re.findall(r"\w+", text)
    path = ""
    for word in words:
        candidate = f"{path}-{word}" if path else word
        if len(candidate) > PATH_LIMIT:
            break
        path = candidate
    return path or (words[0][:PATH_LIMIT] if words else "")


@dataclass(slots=True)
class AdsExport:
    text: str
    rows: int
    notes: list[str] = field(default_factory=list)


def _paths(kit: KitSource, ad: SearchAd) -> tuple[str, str]:
    first = display_path(kit.brief.product)
    taken = {"", first.casefold()}
    keyword = next((k for k in ad.keywords if display_path(k).casefold() not in taken), "")
    return first, display_path(keyword)


def search_ads_csv(kit: KitSource) -> AdsExport:
    """The search ads in Google Ads Editor's responsive-search-ad layout, with notes on what
    had to be changed or is missing."""
    ads = list(kit.copy.search_ads) if kit.copy else []
    notes: list[str] = []
    final_url = kit.brief.client_website
    if ads and not final_url:
        notes.append(
            "The brief has no client website: Final URL is empty; set it in Google Ads Editor "
            "before posting the ads."
        )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    campaign = fit(kit.brief.campaign_name, AD_GROUP_LIMIT)
    for number, ad in enumerate(ads, 1):
        headlines = _unique(ad.headlines, HEADLINE_LIMIT, MAX_HEADLINES)
        descriptions = _unique(ad.descriptions, DESCRIPTION_LIMIT, MAX_DESCRIPTIONS)
        cut = [h for h in ad.headlines if len(" ".join(h.split())) > HEADLINE_LIMIT]
        cut += [d for d in ad.descriptions if len(" ".join(d.split())) > DESCRIPTION_LIMIT]
        if cut:
            notes.append(f"Ad {number}: {len(cut)} line(s) shortened to Google's limits.")
        if len(headlines) < MIN_HEADLINES or len(descriptions) < MIN_DESCRIPTIONS:
            notes.append(
                f"Ad {number} has {len(headlines)} headline(s) and {len(descriptions)} "
                f"description(s); Google needs at least {MIN_HEADLINES} and "
                f"{MIN_DESCRIPTIONS}: add more in Google Ads Editor."
            )
        group = fit(ad.keywords[0], AD_GROUP_LIMIT - 12) if ad.keywords else ""
        group = f"Ad group {number}" + (f" – {group}" if group else "")
        path1, path2 = _paths(kit, ad)
        row = [campaign, group]
        row += headlines + [""] * (MAX_HEADLINES - len(headlines))
        row += descriptions + [""] * (MAX_DESCRIPTIONS - len(descriptions))
        row += [final_url, path1, path2]
        writer.writerow(row)
    return AdsExport(out.getvalue(), len(ads), notes)


__all__ = ["ADS_FILE", "COLUMNS", "AdsExport", "display_path", "fit", "search_ads_csv"]
