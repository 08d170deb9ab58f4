"""Briefs from many fields, unlike the samples: numeric goals, other currencies, odd timelines.

Tests run properties over all of them (every goal figure has a KPI row, no week is empty…)
instead of checking exact strings for one brief.
"""

from __future__ import annotations

from tui_app.core.models import CampaignBrief

_BRIEFS: dict[str, dict] = {
    "charity_fun_run": {
        "product": "Paws & Miles Fun Run",
        "client": "Riverside Animal Shelter",
        "target_audience": "Dog owners and casual runners in Riverside",
        "goals": ["Raise $5,000 and recruit 40 runners"],
        "key_features": ["5K route along the river", "Dogs welcome", "Medal for every finisher"],
        "budget": "$300",
        "timeline": "4 weeks",
        "tone": "warm and upbeat",
        "channels": ["facebook", "instagram", "email", "website"],
        "additional_requirements": "Nothing is sold; no urgency language.",
    },
    "luxury_watch": {
        "product": "Tourbillon 196",
        "client": "Maison Arlo",
        "target_audience": "Watch collectors aged 35-65 in Europe and the Gulf",
        "goals": ["Sell out the 196-piece edition", "Build desire among collectors"],
        "key_features": ["Limited to 196 pieces", "Priced at CHF 12,500", "Hand-finished"],
        "budget": "CHF 250,000",
        "timeline": "13 weeks",
        "tone": "luxury, understated",
        "channels": ["instagram", "search_ads", "display_ads", "email", "website"],
    },
    "b2b_security": {
        "product": "Sentinel XDR",
        "client": "Ironclad Security",
        "target_audience": "CISOs and security leads at companies with 500-5,000 staff",
        "goals": ["Generate 150 sales-qualified leads", "Keep CPA under $450"],
        "key_features": ["24/7 managed detection", "SOC 2 Type II", "Deploys in a day"],
        "budget": "$60,000",
        "timeline": "12 weeks",
        "tone": "authoritative",
        "channels": ["linkedin", "search_ads", "email", "website"],
        "additional_requirements": "Do not claim 'unhackable' or '100% secure'.",
    },
    "tokyo_cafe": {
        "product": "Kissa Mori",
        "client": "Mori Coffee",
        "target_audience": "Office workers in Shibuya",
        "goals": ["Get 200 Google reviews", "Be the go-to café for weekday mornings"],
        "key_features": ["Hand-drip coffee", "Open from 7am"],
        "budget": "¥681,081",
        "timeline": "3 months",
        "tone": "calm",
        "channels": ["instagram", "x", "website"],
    },
    "gulf_bank": {
        "product": "Gulf Pay",
        "client": "Gulf Bank",
        "target_audience": "Young professionals in Kuwait",
        "goals": [
            "Open 5,000 new current accounts within 8 weeks",
            "Lower cost per account to under KWD 15",
        ],
        "key_features": ["Open an account in 5 minutes", "No monthly fee"],
        "budget": "12,345.678 KWD",
        "timeline": "10 weeks",
        "tone": "professional",
        "channels": ["search_ads", "facebook", "instagram", "email", "website"],
    },
    "recycling_council": {
        "product": "Bin It Right",
        "client": "Northvale Borough Council",
        "target_audience": "Residents of Northvale",
        "goals": [
            "Reach 250,000 residents",
            "Increase food-waste bin uptake from 32% to 50%",
            "Register 8,000 households for the new collection service",
        ],
        "key_features": ["Free caddy", "Weekly collection"],
        "budget": "£40,000",
        "timeline": "26 weeks",
        "tone": "friendly",
        "channels": ["facebook", "display_ads", "email", "website"],
        "additional_requirements": "Public information: nothing is sold.",
    },
    "developer_api": {
        "product": "Parcelwise API",
        "client": "Parcelwise",
        "target_audience": "Backend developers at e-commerce companies",
        "goals": ["Drive 3,000 API key sign-ups", "Get 2,500 GitHub stars"],
        "key_features": ["One call to quote 40 carriers", "SDKs in 6 languages"],
        "budget": "$18,000",
        "timeline": "8 weeks",
        "tone": "technical, plain",
        "channels": ["search_ads", "x", "linkedin", "email", "website"],
    },
    "indie_game": {
        "product": "Lanternfall",
        "client": "Small Fire Games",
        "target_audience": "PC players who love cosy roguelikes",
        "goals": ["Get 2k wishlists on Steam", "Grow our Discord to 5,000 members"],
        "key_features": ["Hand-drawn worlds", "Co-op for two"],
        "budget": "€4,000",
        "timeline": "6 weeks",
        "tone": "playful",
        "channels": ["tiktok", "x", "instagram", "website"],
    },
    "boutique_hotel": {
        "product": "Casa Azul",
        "client": "Casa Azul Hotel",
        "target_audience": "Couples planning a city break in Lisbon",
        "goals": ["Book 600 room nights", "Boost direct bookings by 30% versus OTAs"],
        "key_features": ["Rooftop pool", "Breakfast included"],
        "budget": "€15,000",
        "timeline": "52 weeks",
        "tone": "relaxed",
        "channels": ["instagram", "search_ads", "facebook", "email", "website"],
    },
    "dental_clinic": {
        "product": "Brightsmile Clinic",
        "client": "Brightsmile",
        "target_audience": "Families in Leeds",
        "goals": ["Book 900 check-up appointments", "Maintain a 4.8-star rating"],
        "key_features": ["Evening appointments", "Child-friendly dentists"],
        "budget": "£9,000",
        "timeline": "1 week",
        "tone": "reassuring",
        "channels": ["search_ads", "facebook", "website"],
        "additional_requirements": "No health claims.",
    },
    "meal_kits": {
        "product": "Harvest Box",
        "client": "Harvest Box",
        "target_audience": "Busy parents in São Paulo",
        "goals": ["Hit R$ 2 milhões in GMV", "Reduce churn from 18% to 10%"],
        "key_features": ["Average order value of R$ 180", "Recipes in 20 minutes"],
        "budget": "R$ 120,000",
        "timeline": "2 weeks",
        "tone": "friendly",
        "channels": ["instagram", "facebook", "search_ads", "email", "website"],
    },
    "saas_trials": {
        "product": "Ledgerline",
        "client": "Ledgerline",
        "target_audience": "Freelancers who do their own books",
        "goals": ["Get 1,500 trial sign-ups at a CPA below $30", "Achieve ROAS of 4x"],
        "key_features": ["$12 per month", "Bank sync"],
        "budget": "$25,000",
        "timeline": "104 weeks",
        "tone": "modern",
        "channels": ["search_ads", "facebook", "tiktok", "display_ads", "website"],
    },
    "plumber": {
        "product": "QuickFix Plumbing",
        "client": "QuickFix",
        "target_audience": "Homeowners in Austin",
        "goals": ["Get more emergency call-outs"],
        "key_features": ["Same-day service", "Fixed prices"],
        "budget": "$2,000",
        "timeline": "5 weeks",
        "tone": "straightforward",
        "channels": [],
    },
    "pet_plan": {
        "product": "Paws & Claws Wellness Plan",
        "client": "Harbourside Veterinary Practice",
        "target_audience": "Dog and cat owners within 10 miles of Harbourside, Portsmouth",
        "goals": [
            "Sign up 400 pets to the wellness plan",
            "Cut missed vaccination appointments by 30%",
        ],
        "key_features": [
            "Annual vaccinations and two health checks included",
            "Monthly payments from £14.50",
            "10% off dental treatment",
        ],
        "budget": "£6,500",
        "timeline": "10 weeks",
        "tone": "warm and reassuring",
        "additional_requirements": (
            "Do not give medical advice. Never say 'cheap'. Always name the practice in full."
        ),
        "channels": ["facebook", "instagram", "email", "website"],
    },
    "esports_cup": {
        "product": "Rift Cup Season 3",
        "client": "Nullpoint Esports League",
        "target_audience": "Amateur League of Legends teams in Europe, players aged 16-30",
        "goals": ["Register 256 teams", "Reach 40,000 unique viewers on the finals stream"],
        "key_features": [
            "€25,000 prize pool",
            "Weekly Swiss-format qualifiers",
            "Pro casters for every playoff match",
        ],
        "budget": "€18,000",
        "timeline": "6 weeks",
        "tone": "hype but fair",
        "additional_requirements": (
            "Players under 18 need parental consent; say so on the sign-up page. No "
            "gambling or betting references."
        ),
        "channels": ["x", "tiktok", "instagram", "website"],
    },
    "first_mortgage": {
        "product": "FirstKey Mortgage",
        "client": "Ashford Building Society",
        "target_audience": "First-time buyers in the UK aged 25-40 with a deposit of 5-10%",
        "goals": ["Receive 1,200 mortgage applications", "Book 600 adviser calls"],
        "key_features": [
            "5-year fixed rate at 4.79%",
            "No arrangement fee",
            "Decision in principle in 15 minutes",
        ],
        "budget": "£120,000",
        "timeline": "12 weeks",
        "tone": "clear and trustworthy",
        "additional_requirements": (
            "Every ad must carry 'Your home may be repossessed if you do not keep "
            "up repayments on your mortgage.' No urgency language. Do not use the "
            "word 'guaranteed'."
        ),
        "channels": ["search_ads", "display_ads", "email", "facebook", "website"],
    },
    "taqueria": {
        "product": "Taquería La Güera",
        "client": "La Güera Cocina Mexicana S.A. de C.V.",
        "target_audience": "Office workers and students in Colonia Roma, Ciudad de México",
        "goals": ["Increase weekday lunch covers by 25%", "Grow Instagram followers to 8,000"],
        "key_features": [
            "Tacos al pastor from a trompo",
            "Handmade blue-corn tortillas",
            "Lunch combo for MXN 149",
        ],
        "budget": "MXN 60,000",
        "timeline": "4 weeks",
        "tone": "playful",
        "languages": ["es", "en"],
        "channels": ["instagram", "tiktok", "facebook", "website"],
    },
    "council_software": {
        "product": "PermitFlow",
        "client": "Civic Stack Ltd.",
        "target_audience": "Planning and building-control managers at UK local councils",
        "goals": ["Book 45 council demos", "Sign 6 pilot contracts"],
        "key_features": [
            "Online planning applications with status tracking",
            "Accessible to WCAG 2.2 AA",
            "Hosted in the UK and listed on G-Cloud 14",
        ],
        "budget": "£35,000",
        "timeline": "16 weeks",
        "tone": "plain and professional",
        "additional_requirements": (
            "Plain English only. No jargon like 'synergy' or 'disrupt'. Do not name competitors."
        ),
        "channels": ["linkedin", "email", "search_ads", "website"],
    },
    "water_charity": {
        "product": "Maji Safi Wells",
        "client": "Kisima Foundation",
        "target_audience": "Monthly donors in Kenya and the diaspora in the UK and US",
        "goals": ["Raise KES 15,000,000 for 30 new wells", "Recruit 2,000 monthly donors"],
        "key_features": [
            "One well serves about 500 people",
            "Every well is mapped and reported with photos",
            "Built with local Kenyan engineers",
        ],
        "budget": "KES 2,500,000",
        "timeline": "3 months",
        "tone": "hopeful and honest",
        "additional_requirements": (
            "No pity imagery or language. Name the communities with their consent "
            "only; do not invent names."
        ),
        "channels": ["facebook", "instagram", "email", "website"],
    },
    "hearing_checks": {
        "product": "ClearSound Hearing Check",
        "client": "Brightwell Audiology",
        "target_audience": "Adults over 60 in Bristol and their families",
        "goals": ["Book 800 free hearing checks", "Fit 200 hearing aids"],
        "key_features": [
            "Free 30-minute hearing check",
            "Qualified audiologists registered with the HCPC",
            "Home visits available",
        ],
        "budget": "£15,000",
        "timeline": "8 weeks",
        "tone": "calm and respectful",
        "additional_requirements": (
            "No health claims. Do not say 'cure' or 'restore your hearing'. Large, plain language."
        ),
        "channels": ["facebook", "email", "display_ads", "website"],
    },
    "oud_perfume": {
        "product": "Oud Al Layl",
        "client": "Dar Al Misk Perfumes LLC",
        "target_audience": "Fragrance collectors in the UAE and Saudi Arabia aged 28-55",
        "goals": [
            "Sell 1,500 bottles in the launch month",
            "Grow the boutique mailing list to 10,000",
        ],
        "key_features": [
            "Aged Cambodian oud with Taif rose",
            "Hand-blown crystal flacon",
            "Only 3,000 numbered bottles",
        ],
        "budget": "AED 400,000",
        "timeline": "6 weeks",
        "tone": "opulent and poetic",
        "additional_requirements": (
            "Never discount. No emojis. Use 'flacon', never 'bottle', in public copy."
        ),
        "channels": ["instagram", "tiktok", "email", "display_ads", "website"],
    },
    "divorce_solicitors": {
        "product": "Fixed-Fee Divorce Service",
        "client": "Carter & Bloom Solicitors",
        "target_audience": "Separating couples in Greater Manchester",
        "goals": ["Get 150 consultation requests", "Sign 40 new clients"],
        "key_features": [
            "Fixed fee of £1,450 + VAT",
            "A named solicitor from start to finish",
            "Video meetings in the evening",
        ],
        "budget": "£12,000",
        "timeline": "12 weeks",
        "tone": "empathetic and professional",
        "additional_requirements": (
            "Do not promise outcomes. No urgency language. Every ad must carry "
            "'Authorised and regulated by the Solicitors Regulation Authority.'"
        ),
        "channels": ["search_ads", "facebook", "email", "website"],
    },
    "island_cruise": {
        "product": "Setouchi Island Cruise",
        "client": "Seto Blue Lines Co., Ltd.",
        "target_audience": "Retired couples in Australia and New Zealand who love slow travel",
        "goals": ["Sell 640 cabins for spring 2027", "Get 2,500 brochure requests"],
        "key_features": [
            "7 nights between Hiroshima and Takamatsu",
            "Only 64 cabins on board",
            "Guided art walks on Naoshima",
        ],
        "budget": "¥18,000,000",
        "timeline": "14 weeks",
        "tone": "serene",
        "channels": ["facebook", "email", "search_ads", "display_ads", "website"],
    },
}


def field_briefs() -> dict[str, CampaignBrief]:
    """The briefs above, parsed (a fresh object per call)."""
    return {
        name: CampaignBrief.parse({**fields, "user": "tester"}) for name, fields in _BRIEFS.items()
    }


__all__ = ["field_briefs"]
