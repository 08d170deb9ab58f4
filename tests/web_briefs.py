"""Briefs from fields unlike the samples, for properties that must hold for any brief.

Each one is a plain dict for `CampaignBrief.parse`, so a test can vary a field. Between them
they cover every style, several currencies, non-English names, long technical features,
requirements a customer must never read, and clients with and without a website.
"""

from __future__ import annotations

from tui_app.core.models import CampaignBrief

FIELD_BRIEFS: dict[str, dict] = {
    "dspm_b2b": {
        "product": "VaultLine DSPM",
        "client": "VaultLine Security GmbH",
        "client_website": "https://vaultline.example.de/dspm?utm_source=campaign&ref=<kit>",
        "target_audience": "CISOs and security architects at European banks and insurers",
        "goals": ["Generate 120 qualified demo requests", "Position VaultLine as the DSPM leader"],
        "key_features": [
            "Continuous mapping of sensitive data across AWS, Azure, GCP and on-prem file "
            "shares, with classification by GDPR, DORA and PCI DSS category",
            "Agentless deployment in under a day",
            "Risk-ranked remediation queue",
        ],
        "budget": "250000 EUR",
        "timeline": "12 weeks",
        "tone": "authoritative, precise",
        "additional_requirements": "Never claim we are certified for DORA; legal has not "
        "signed off the wording yet. Mention the pilot with two tier-1 banks only in sales "
        "decks, not in public ads.",
        "channels": ["linkedin", "search_ads", "email", "website"],
    },
    "library_public": {
        "product": "Open Shelves card",
        "client": "Ville de Québec — Bibliothèques",
        "target_audience": "Residents of Québec City of every age, new arrivals included",
        "goals": ["Grow library card sign-ups by 15%", "Reach new arrivals"],
        "key_features": [
            "Free for every resident",
            "Borrow e-books in French and English",
            "Makerspace and language cafés",
        ],
        "budget": "40000 CAD",
        "timeline": "8 weeks",
        "tone": "warm and welcoming",
        "languages": ["fr", "en"],
        "channels": ["facebook", "instagram", "email", "website"],
    },
    "charity_run": {
        "product": "Midnight Miles",
        "client": "Harbour Food Bank",
        "client_website": "harbourfoodbank.example.org",
        "target_audience": "Runners and running clubs in Cape Town",
        "goals": ["Sign up 800 runners", "Raise R500,000 for meals"],
        "key_features": [
            "Every R10 provides 3 meals",
            "5 km and 10 km routes along the harbour",
            "Glow kit for every runner",
        ],
        "budget": "120000 ZAR",
        "timeline": "6 weeks",
        "tone": "hopeful, community",
        "channels": ["instagram", "facebook", "email"],
    },
    "pension_fin": {
        "product": "Steady Pension Plan",
        "client": "Nordbank Pensions AB",
        "target_audience": "Self-employed people in Sweden aged 30-55 without a workplace pension",
        "goals": ["Open 2,000 new pension accounts"],
        "key_features": [
            "Fees of 0.25% a year",
            "Pause payments when work is slow",
            "Regulated by Finansinspektionen",
        ],
        "budget": "1500000 SEK",
        "timeline": "10 weeks",
        "tone": "calm, trustworthy",
        "additional_requirements": "No promises about returns. Include the risk warning.",
        "no_selling": False,
        "channels": ["search_ads", "display_ads", "email", "website"],
    },
    "clinic_health": {
        "product": "SleepWell Clinic",
        "client": "Dr. Amara Okafor Sleep Medicine",
        "client_website": "https://sleepwell.example.com",
        "target_audience": "Adults with long-term insomnia in Lagos",
        "goals": ["Book 300 first consultations"],
        "key_features": [
            "CBT-I programme over six weeks",
            "Video or in-person visits",
            "Sleep diary app included",
        ],
        "budget": "₦ 9,000,000",
        "timeline": "8 weeks",
        "tone": "reassuring, empathetic",
        "channels": ["instagram", "search_ads", "website"],
    },
    "watch_luxury": {
        "product": "Maison Delacroix Tourbillon No. 7",
        "client": "Maison Delacroix Horlogerie",
        "target_audience": "Collectors of independent haute horlogerie",
        "goals": ["Sell the 196 numbered pieces", "Build a waiting list"],
        "key_features": [
            "Limited to 196 numbered pieces",
            "Hand-engraved movement",
            "Platinum case",
        ],
        "budget": "CHF 180,000",
        "timeline": "3 months",
        "tone": "refined, understated luxury",
        "brand_colors": ["#0b1d2a", "#c8a96a"],
        "channels": ["instagram", "display_ads", "email", "website"],
    },
    "plumber_local": {
        "product": "Same-Day Plumbing",
        "client": "O'Neill & Sons Plumbing Ltd.",
        "client_website": "https://oneill-plumbing.example.ie",
        "target_audience": "Homeowners in Cork",
        "goals": ["Get 150 booked call-outs"],
        "key_features": [
            "Fixed prices quoted before work starts",
            "Same-day call-outs",
            "12-month guarantee",
        ],
        "budget": "6000 EUR",
        "timeline": "4 weeks",
        "tone": "friendly, down-to-earth",
        "primary_cta": "Book a plumber",
        "channels": ["facebook", "search_ads"],
    },
    "game_launch": {
        "product": "Starfall Tactics",
        "client": "Pixel Harbor Studio 株式会社",
        "target_audience": "PC strategy players aged 18-35",
        "goals": ["Reach 100,000 Steam wishlists"],
        "key_features": [
            "Turn-based squad combat",
            "Procedural star maps",
            "Co-op campaign for two",
        ],
        "budget": "¥5,000,000",
        "timeline": "6 weeks",
        "tone": "playful, bold",
        "languages": ["en", "ja"],
        "channels": ["tiktok", "x", "instagram", "display_ads"],
    },
    "devtool": {
        "product": "tracepipe",
        "client": "Tracepipe Labs",
        "client_website": "https://tracepipe.example.dev/docs?from=ads",
        "target_audience": "Backend engineers running Kubernetes in production",
        "goals": ["Grow weekly active installs", "Get 5,000 GitHub stars"],
        "key_features": [
            "eBPF tracing with no code changes",
            "OpenTelemetry export",
            "Open source, Apache-2.0",
        ],
        "budget": "15000 USD",
        "timeline": "6 weeks",
        "tone": "sleek, minimal, technical",
        "channels": ["x", "linkedin", "search_ads"],
    },
    "cafe_food": {
        "product": "Café Ümit",
        "client": "Ümit & Daughters",
        "target_audience": "Office workers near Kottbusser Tor",
        "goals": ["Fill the lunch tables on weekdays"],
        "key_features": ["Börek baked every morning", "Lunch in 10 minutes"],
        "budget": "2500 EUR",
        "timeline": "4 weeks",
        "tone": "casual",
        "channels": ["instagram"],
    },
    "rail_travel": {
        "product": "Nachtzug Pass",
        "client": "Alpenbahn Reisen",
        "client_website": "https://alpenbahn.example.at",
        "target_audience": "Couples in Austria and Germany planning city breaks",
        "goals": ["Sell 3,000 passes before the summer"],
        "key_features": [
            "Sleeper cabins to eight cities",
            "Breakfast served in bed",
            "Free rebooking up to a day before",
        ],
        "budget": "€60,000",
        "timeline": "8 weeks",
        "tone": "nostalgic, classic",
        "channels": ["instagram", "facebook", "email", "display_ads", "website"],
    },
    "analytics_kpi": {
        "product": "Pulseboard",
        "client": "Metric Foundry",
        "target_audience": "Marketing leads at e-commerce shops",
        "goals": ["Win 400 trial sign-ups"],
        "key_features": [
            "Live KPI dashboards",
            "ROAS by channel, updated hourly",
            "Alerts when CPA drifts",
        ],
        "budget": "20000 USD",
        "timeline": "5 weeks",
        "tone": "modern",
        "channels": ["linkedin", "search_ads", "email"],
    },
}


def field_briefs() -> dict[str, CampaignBrief]:
    return {name: CampaignBrief.parse(dict(data)) for name, data in FIELD_BRIEFS.items()}
