"""What a goal asks the audience to do, and the English calls to action for it.

A goal is matched against `ACTIONS` in order (most specific first); the first match names
the action ("donate", "demo", "register"…). Calls to action are data: a field of business
the table does not know gets the neutral "learn" action, and supporting it is one more row.
Every CTA here is at most 25 characters and free of urgency and superlatives; rows marked
`selling` are skipped when the brief says nothing is sold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import lexicon as lex
from .text import an, cap, strip_dangling


@dataclass(frozen=True, slots=True)
class Action:
    key: str
    pattern: re.Pattern[str]
    ctas: tuple[str, ...]  # "{noun}" is the goal's object ("home survey"), "{verb}" its verb
    selling: bool = False
    soft: bool = False  # awareness-type: a weaker call than a conversion
    what: str = ""  # what the call leads to, for rationales ("a booked demo")


def _a(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


ACTIONS: tuple[Action, ...] = (
    Action(
        "wishlist", _a(r"wish ?list"), ("Wishlist it", "Add to your wishlist"), what="a wishlist"
    ),
    Action(
        "waitlist",
        _a(r"waiting list|wait-?list"),
        ("Join the waiting list", "Register your interest"),
        what="a place on the waiting list",
    ),
    Action(
        "demo",
        _a(r"\bdemos?\b"),
        ("Book a demo", "Request a demo", "See it in a demo"),
        what="a booked demo",
    ),
    Action(
        "apikey",
        _a(r"\bapi keys?\b"),
        ("Get an API key", "Read the docs", "Start building"),
        what="a new API key",
    ),
    Action(
        "stars",
        _a(r"\bgithub stars?\b|\bstars on github\b"),
        ("Star it on GitHub", "Read the docs"),
        what="a GitHub star",
    ),
    Action(
        "back",  # a pledge on Kickstarter or Indiegogo buys a reward: it is not a donation
        _a(r"kickstarter|indiegogo|crowdfund|\bpledges?\b|\bbackers?\b"),
        ("Back the project", "Become a backer"),
        what="a pledge",
    ),
    Action(
        "donate",
        _a(r"donat|fundrais|\braise\b[^.]*(?:[$€£¥₹]|\d[\d,.]*\s*(?:k|usd|eur|gbp))"),
        ("Donate", "Make a donation", "Give what you can"),
        what="a donation",
    ),
    Action(
        "join_as",
        # the agent is the first word that names one ("Sign up 900 weekly players": play)
        _a(
            r"\b(?:recruit|enlist|find|sign up|attract)\s+(?:\d[\d,]*\s+)?(?:new\s+)?"
            r"(?P<agent>[a-z-]+(?:\s+[a-z-]+){0,2})"
        ),
        ("Sign up to {verb}", "Join us"),
        what="a sign-up",
    ),
    Action(
        "signup",
        _a(r"^\s*sign(?:ing)?[ -]up\b"),  # "Sign up 400 pets to the wellness plan"
        ("Sign up", "Join us"),
        what="a sign-up",
    ),
    Action(
        "listen",
        _a(r"\bpodcasts?\b|\bepisodes?\b|\blistens?\b|\blisteners\b"),
        ("Listen to episode one", "Follow the show", "Listen on your app"),
        what="a listen",
    ),
    Action(
        "install",
        _a(r"\binstall|download|\bapp\b"),
        ("Get the app", "Download the app", "Install the app"),
        what="an install",
    ),
    Action(
        "trial",
        _a(r"(?<!sampling )(?<!tasting )\btrials?\b"),  # not "in-store sampling trials"
        ("Start a free trial", "Try it free", "Start your trial"),
        what="a trial start",
    ),
    Action(
        "quote",
        _a(r"\bquotes?\b|estimates?"),
        ("Get a quote", "Request a quote", "Call us"),
        what="a quote request",
    ),
    Action(
        "apply",
        _a(r"\bapplications?\b|\bapplicants?\b|^\s*apply\b"),
        ("Apply", "Start an application"),
        what="an application",
    ),
    Action(
        "appointment",
        _a(
            r"appointments?|consultations?|surveys?|test drives?|check-?ups?|repairs?|"
            r"viewings?|fittings?|vaccinations?|screenings?|call-?backs?|"
            r"\b(?:hearing|eye|sight|vision|health|skin|dental|mot)\s+(?:checks?|tests?)\b|"
            r"\b(?:adviser|advisor|discovery|intro|introductory|video|phone|strategy)\s+calls?\b"
        ),
        ("Book {a_noun}", "Book an appointment", "Choose a time"),
        what="a booked appointment",
    ),
    Action(
        "call",  # after "appointment" ("Book 600 adviser calls"); a helpline's calls
        _a(r"\b(?:phone |incoming )?calls\b(?! booked)"),
        ("Call us", "Talk to us"),
        what="a call",
    ),
    Action(
        "account",
        _a(r"accounts?|onboard|merchants|activations?"),
        ("Open an account", "Get started", "Create an account"),
        what="an account opened",
    ),
    Action(
        "date",
        _a(r"weddings?|\bevents? booked|\bshoots?\b"),
        ("Check your date", "Book your date", "Ask about dates"),
        what="a date booked",
    ),
    Action(
        "stay",
        _a(
            r"room nights|\bstays?\b|direct bookings?|reservations?|\bbookings?\b|\bcabins?\b|"
            r"\bberths?\b|\bsailings?\b"
        ),
        ("Check availability", "Book your stay", "Book direct", "Ask about dates"),
        what="a booking",
    ),
    Action(
        "tickets",
        _a(r"tickets?|performances?|\bseats?\b"),
        ("Get tickets", "Book tickets", "See dates"),
        what="a ticket",
    ),
    Action(
        "draw",
        _a(r"prize draws?|\braffles?\b|\bsweepstakes?\b|\blotter(?:y|ies)\b"),
        ("Enter the draw", "Take part"),
        what="an entry",
    ),
    Action(
        "entries",
        _a(r"\bentries\b|\bentrants\b"),
        ("Take part", "Send your entry"),
        what="an entry",
    ),
    Action(
        "enrol",
        _a(r"enrol|enroll|students|\bplaces?\b|\bcourses?\b|\bterm\b|classes|passes"),
        ("Save your place", "Book a place", "Enrol with us"),
        what="a place booked",
    ),
    Action(
        "register",
        _a(r"regist|sign-?ups?|signups|visitors for|open day|attendees|entries"),
        ("Register", "Save your place", "Join us"),
        what="a registration",
    ),
    Action(
        "discord",
        _a(r"\bdiscord\b"),
        ("Join the Discord", "Join the community"),
        what="a new Discord member",
    ),
    Action(
        "journey",
        _a(r"ridership|passengers|journeys|commuters"),
        ("Plan your journey", "See the timetable", "Find your route"),
        what="a journey",
    ),
    Action(
        "newsletter",
        _a(r"newsletter|mailing list"),
        ("Get the newsletter", "Sign up for updates"),
        what="a newsletter sign-up",
    ),
    Action(
        "subscribe",
        _a(r"subscri"),
        ("Subscribe", "Start a subscription", "Start yours"),
        what="a subscription",
    ),
    Action(
        "membership",
        _a(r"members(?:hip)?|\bjoin"),
        ("Become a member", "Join", "Subscribe"),
        what="a new member",
    ),
    Action(
        "brochure",
        _a(r"\bbrochures?\b|\bcatalogu?es?\b|\bprospectus(?:es)?\b"),
        ("Request a brochure", "Get the brochure"),
        what="a brochure request",
    ),
    Action(
        "leads",
        _a(r"\bleads?\b|enquir|inquir|contacts?\b|pipeline"),
        ("Get in touch", "Talk to us", "Request a call"),
        what="an enquiry",
    ),
    Action(
        "preorder",
        _a(r"pre-?orders?"),
        ("Pre-order", "Reserve yours"),
        selling=True,
        what="a pre-order",
    ),
    Action(
        "buy",
        _a(r"\bsales?\b|\bsell|orders?\b|purchas|revenue|bottles|stocked|stockists?\b|sold"),
        ("Order yours", "Shop the range", "Find a stockist"),
        selling=True,
        what="a purchase",
    ),
    Action(
        "community",
        _a(r"followers?|communit|discord|engagement|subscribers"),
        ("Follow us", "Join the community", "Say hello"),
        soft=True,
        what="a follow",
    ),
    Action(
        "visit",
        _a(r"visits?|footfall|visitors|ridership|attendance|\bcovers\b|\bdiners\b|walk-ins"),
        ("Plan your visit", "Find us", "See the opening times"),
        soft=True,
        what="a visit",
    ),
    Action(
        "learn",
        _a(r"."),
        ("Learn more", "See how it works", "Find out more"),
        soft=True,
        what="a visit to the page",
    ),
)
# The same actions named in the other languages a brief may be written in ("Vendre 500
# bocaux", "300 Anmeldungen", "Aumentar las reservas"): the CTA then comes from that
# language's phrasebook by the action's key.
_FOREIGN = {
    "donate": r"dons|faire un don|spenden|spende|donaciones|donativos|doações|donazioni",
    "install": r"téléchargements?|herunterladen|descargas?|scaricamenti",
    "appointment": r"rendez-vous|termine|citas|appuntamenti",
    "account": r"comptes|konten|cuentas|conti|contas",
    "stay": r"réservations?|buchungen|reservas|prenotazioni|übernachtungen|nuitées|boekingen",
    "tickets": r"billets|eintrittskarten|entradas|biglietti",
    "enrol": r"étudiants|élèves|schüler|estudiantes|studenti",
    "register": r"inscriptions?|inscrire|anmeldungen|registrierungen|inscripciones|iscrizioni|"
    r"inschrijvingen",
    "membership": r"membres|adhérents|mitglieder|socios|membri|leden",
    "leads": r"anfragen|demandes|solicitudes|richieste|contactos",
    "buy": r"vendre|ventes?|verkaufen|verkäufe|umsatz|vender|ventas|vendere|vendite|vendas|"
    r"verkopen",
    "community": r"abonnés|seguidores",
    "visit": r"visiteurs|besucher|visitantes|visitatori|fréquentation",
}
ACTIONS = tuple(
    replace(a, pattern=re.compile(rf"{a.pattern.pattern}|\b(?:{_FOREIGN[a.key]})\b", re.I))
    if a.key in _FOREIGN
    else a
    for a in ACTIONS
)
LEARN = ACTIONS[-1]
# Imperative features that can serve as the call to action ("Find your bin day online").
CTA_VERBS = frozenset(
    [
        "find",
        "book",
        "join",
        "register",
        "visit",
        "download",
        "get",
        "try",
        "apply",
        "reserve",
        "request",
        "plan",
        "check",
        "see",
        "start",
        "sign",
    ]
)


@dataclass(frozen=True, slots=True)
class Goal:
    """One goal of the brief and what it asks people to do."""

    text: str
    action: Action
    noun: str = ""  # the goal's object, singular ("home survey")
    verb: str = ""  # for "Sign up to {verb}" ("run")
    has_number: bool = False
    # the goal opens with what the audience itself does ("Sign up 900 weekly players",
    # "Book 40 demos"), not with what the client wants ("Raise £30,000", "Sell 800 chairs")
    direct: bool = False

    def ctas(self, selling_ok: bool) -> list[str]:
        """English CTAs for this goal (≤25 characters), most specific first."""
        if self.action.selling and not selling_ok:
            return []
        out = []
        templates = self.action.ctas
        if self.direct:  # the goal's own verb first: "Enrol 80 students" -> "Enrol with us"
            verb = self.text.split()[0].casefold()
            templates = sorted(templates, key=lambda t: t.split()[0].casefold() != verb)
        for template in templates:
            if "{verb}" in template and not self.verb:
                continue
            if "{a_noun}" in template and not self.noun:
                continue
            text = template.format(verb=self.verb, a_noun=f"{an(self.noun)} {self.noun}")
            if len(text) <= 25:
                out.append(text)
        return out


_OBJECT = re.compile(
    r"\b(?:book|get|schedule|arrange|drive|generate|win)\s+(?:\d[\d,]*\s+)?(?:new\s+)?"
    r"(?P<noun>(?:[a-z-]+\s){0,2}?[a-z-]+?)s?\b(?:\s+(?:booked|requests?|for|in|by|through)\b|$)",
    re.IGNORECASE,
)


_TOOL = Action(
    "install_tool",
    _a(r"$^"),  # chosen by what the brief promotes, never by a goal's words
    ("Install it", "Read the docs", "Star it on GitHub"),
    what="an install",
)


def read_goal_for(text: str, about: str) -> Goal:
    """The goal's action, read in light of what the brief promotes (`about`): the downloads
    of a podcast are listens, and the installs of a command-line tool are no app's."""
    goal = read_goal(text)
    if goal.action.key != "install":
        return goal
    if re.search(r"\bpodcast", about, re.IGNORECASE):
        listen = next(a for a in ACTIONS if a.key == "listen")
        return Goal(text, listen, has_number=goal.has_number, direct=goal.direct)
    if re.search(r"\bCLI\b|command[- ]line|\bterminal\b|homebrew|\bnpm\b|\bpip\b", about, re.I):
        return Goal(text, _TOOL, has_number=goal.has_number, direct=goal.direct)
    return goal


def read_goal(text: str) -> Goal:
    """The action a goal asks for, with the object or verb its CTA names."""
    for action in ACTIONS:
        match = action.pattern.search(text)
        if not match:
            continue
        verb = ""
        if action.key == "join_as":
            agents = match.group("agent").split()
            verb = next((v for a in agents if (v := lex.verb_from_agent(a))), "")
            if not verb:
                continue
        noun = ""
        if action.key == "appointment":
            found = _OBJECT.search(text)
            if found:
                candidate = strip_dangling(found.group("noun").lower())
                if candidate and len(candidate.split()) <= 3 and "free" not in candidate:
                    noun = (
                        lex.singular(candidate)
                        if " " not in candidate
                        else (
                            candidate.rsplit(" ", 1)[0] + " " + lex.singular(candidate.split()[-1])
                        )
                    )
            if not noun:
                noun = lex.singular(match.group(0).lower())
        return Goal(text, action, noun, verb, bool(re.search(r"\d", text)), direct(text))
    return Goal(text, LEARN, direct=direct(text))


# Verbs that open a goal with what the audience does (the campaign asks them to do it).
AUDIENCE_VERBS = re.compile(
    r"(?:sign[ -]up|book|register|enrol|enroll|join|open|start|download|install|subscribe|"
    r"donate|buy|order|pre-?order|enter|play|visit|apply|attend|try|adopt|volunteer|reserve|"
    r"wishlist)\b",
    re.IGNORECASE,
)


def direct(goal: str) -> bool:
    """Whether the goal opens with a verb of the audience's own action."""
    return AUDIENCE_VERBS.match(goal.strip()) is not None


def feature_cta(feature_text: str) -> str:
    """A CTA made of the brief's own words: 'Find your bin day online' -> itself (≤25)."""
    words = feature_text.split()
    if not words or words[0].lower() not in CTA_VERBS or len(words) < 2:
        return ""
    text = cap(feature_text.rstrip("."))
    return text if len(text) <= 25 else ""


__all__ = ["ACTIONS", "LEARN", "Action", "Goal", "feature_cta", "read_goal", "read_goal_for"]
