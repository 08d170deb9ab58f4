"""The words around a figure that say what it is: a supply, a cost cap, a budget, a saving,
a rating, a change… Kept apart from the parser so the vocabulary reads as one list.
"""

from __future__ import annotations

import re

from .kinds import GoalKind

SUPPLY_NOUN = re.compile(
    r"^(?:pieces|units|seats|tickets|places|spots|copies|bottles|boxes|rooms|tables|covers|"
    r"plots|slots|pairs|watches|prints|editions|lots|kits|cases|cars|bikes|homes|cases)$",
    re.I,
)
SUPPLY_LEAD = re.compile(
    r"(?:limited\s+(?:edition\s+)?(?:run\s+)?(?:to|of)|edition\s+of|run\s+of|batch\s+of|"
    r"capacity\s+(?:of|for)|only|just|all|total\s+of|the\s+(?:last|remaining)|"
    r"sell\s+out(?:\s+(?:the|our|all))?|fill(?:\s+(?:the|all|every|our))?|of\s+the|"
    r"max(?:imum)?\s+of|the)\s*$",
    re.I,
)
SUPPLY_TAIL = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:available|in total|only|left|numbered|worldwide|made|in stock|"
    r"edition|run|release|drop)\b",
    re.I,
)
SELL_OUT = re.compile(r"sell[- ]?out|sold out|\bfill\b|\bfull\b|sell (?:all|every)", re.I)
COST_METRIC = re.compile(
    r"\b(cpa|cpl|cac|cpi|cpc|cpm|cpv|acquisition cost|cost of acquisition|"
    r"cost[- ]per[- ](?:[a-z]+[- ])?(?:lead|sign-?up|sale|donation|booking|install|acquisition|"
    r"click|order|account|customer|patient|member|registration|download|conversion|subscriber|"
    r"user|visit|action|gift|donor|application|appointment|trial)s?|cost[- ]per[- ][a-z]+)\b",
    re.I,
)
VALUE_WORDS: tuple[tuple[re.Pattern[str], str, GoalKind], ...] = (
    (
        re.compile(r"average\s+(?:online\s+)?(?:gift|donation)|gift size|per donor", re.I),
        "average gift",
        GoalKind.DONATIONS,
    ),
    (
        re.compile(r"\baov\b|average (?:order|basket|cart|sale|purchase)(?: value| size)?", re.I),
        "average order value",
        GoalKind.SALES,
    ),
    (
        re.compile(r"\bacv\b|deal size|average deal|contract value|per (?:deal|contract)", re.I),
        "deal size",
        GoalKind.LEADS,
    ),
    (
        re.compile(
            r"ticket price|tickets? (?:cost|are|at)|per (?:ticket|seat|person|head|night)|"
            r"entry fee|registration fee",
            re.I,
        ),
        "ticket price",
        GoalKind.BOOKINGS,
    ),
    (
        re.compile(
            r"priced at|price(?: tag)? of|\bprice[sd]?\b|\bcosts?\b|retails? (?:at|for)|"
            r"sells? for|\brrp\b|\bmsrp\b|\beach\b|per (?:piece|unit|item|box|bottle|pair)|"
            r"a (?:piece|unit|box|bottle)|starting at|from only",
            re.I,
        ),
        "price",
        GoalKind.SALES,
    ),
)
PER_ACTION = re.compile(
    r"\s*per\s+(lead|sign-?up|sale|order|donation|booking|install|acquisition|customer|"
    r"conversion|click|registration|download|member|subscriber|demo)\b",
    re.I,
)
RAISE = re.compile(r"\b(?:increas|rais|grow|lift|boost|improv|push|get)\w*\b", re.I)
MONEY_RATE = re.compile(
    r"\b(revpar|adr|arpu|arppu|aov|ltv|clv|average (?:order value|order|basket|daily rate|"
    r"ticket|booking value))\b",
    re.I,
)
LEVEL = re.compile(
    r"\b(?:above|over|at least|of at least|to|reach|hit|exceed\w*|beyond|>=?|≥)\s*$", re.I
)
MONEY_NOUN = re.compile(
    r"\s*(?:(in|of)\s+|(revenue|sales|pipeline|donations|gmv|arr|mrr|bookings|"
    r"turnover|deposits|funding|sponsorship|pre-?orders)\b)",
    re.I,
)
BUDGET = re.compile(r"budget|\bspend(?:ing)?\b|media cost|invest(?:ing|ment)?\b", re.I)
SAVING = re.compile(r"\bsav(?:e|es|ing|ings)\b|discount|\boff\b|cheaper|\bfee\b", re.I)
DOWN_WORD = re.compile(r"\b(?:cut|reduc|lower|decreas|drop|shrink|halv|down|fewer|less)", re.I)
AT_MOST_WORDS = re.compile(
    r"(?:under|below|less than|at most|no more than|max(?:imum)?|≤|<=|<|cap(?:ped)? at|"
    r"lower than|not exceed\w*|or less|down to)\s*$",
    re.I,
)
DOWN_METRIC = re.compile(
    r"churn|abandon|bounce|no-?show|cancel|complaint|return rate|refund|wait|cost|\bcpa\b|"
    r"\bcac\b|\bcpl\b|\bcpc\b|\bcpm\b|attrition|drop-?off|unsubscrib|error|defect|missed",
    re.I,
)
CHANGE_AFTER = re.compile(
    r"\s*(?:increase|growth|lift|rise|uplift|more|fewer|less|higher|lower|reduction|decrease|"
    r"year[- ](?:on|over)[- ]year|yoy|mom|qoq)\b",
    re.I,
)
SCORE = re.compile(r"\b(nps|net promoter score|csat|customer satisfaction score)\b", re.I)
RATING = re.compile(r"\b(?:ratings?|rated|reviews?|app store|stars?|google|trustpilot)\b", re.I)
ROAS = re.compile(r"\b(roas|roi|return on (?:ad )?(?:spend|investment))\b", re.I)
# Units that say a figure is not an outcome at all: time, measures, the product's own parts
NOT_OUTCOME = re.compile(
    r"^(?:weeks|months|days|hours|hrs|minutes|mins|seconds|years|yrs|quarters|nights|"
    r"languages|channels|platforms|steps|times|olds|decades|generations|features|benefits|"
    r"reasons|ways|tips|colours|colors|sizes|flavours|flavors|models|variants|styles|options|"
    r"products|services|categories|ingredients|miles|kilometres|kilometers|metres|meters|"
    r"grams|litres|liters|inches|pages|words|characters|slides|percent|points|somethings)$",
    re.I,
)
# Things a goal may count that no media benchmark estimates ("Sign 25 integration partners",
# "Open 3 new stores", "Host 12 workshops"): the figure is a target, tracked as the goal states it
COUNTED_AS_STATED = re.compile(
    r"^(?:cities|countries|markets|regions|states|provinces|stores|shops|branches|locations|"
    r"outlets|clinics|sites|venues|schools|episodes|posts|videos|assets|ads|emails|banners|"
    r"partners|partnerships|integrations|resellers|distributors|retailers|stockists|speakers|"
    r"sessions|workshops|webinars|events|meetups|awards|articles|stories|placements|"
    r"podcasts|case studies|studies|hires|recruits|volunteers|mentors|ambassadors|promotoras|"
    r"promotores|trainers|teachers|nurses|doctors|staff|employees)$",
    re.I,
)
# Capacity used again and again (a room, a seat, a table): it caps sales only when the goal
# asks to fill or sell it out once ("Fill all 120 seats"); "Limited to 8 rooms" is not a stock
CAPACITY_NOUN = re.compile(
    r"^(?:rooms|suites|beds|tables|covers|seats|places|spots|slots|pitches|lanes|courts|"
    r"desks|bays|berths|cabins|villas|chalets|apartments)$",
    re.I,
)
# A price, a rate or a fee the goal wants to reach: a level, never a revenue total
PRICE_LEVEL = re.compile(
    r"\b((?:(?:average|avg\.?|mean|median|nightly|daily|hourly|weekly|monthly|room|list|"
    r"selling|ticket|entry|subscription|membership|retail|menu)\s+){1,3}"
    r"(?:rate|price|fee|value|spend|fare|ticket|cost|size|check|bill|cheque|yield|revenue)|"
    r"(?:price|fee|rate)\s+point)\s+(?:of|at|to|above|over|at least|around|about)?\s*"
    r"(?:at least\s+|above\s+|over\s+)?$",
    re.I,
)
KNOWN_MASS = re.compile(r"^(?:people|staff|traffic|footfall|reach|attendance)$", re.I)
REACH_UNIT = re.compile(
    r"\b(?:impressions|views|people|residents|households|viewers|listeners|readers|citizens|"
    r"reach|eyeballs|video views)\b",
    re.I,
)
SKIP_LEAD = re.compile(
    r"\b(?:in|across|with|featuring|including|using|among|per|every|each|within|during|for|"
    r"serving|spanning|covering|save|saving|than(?<!more than)(?<!fewer than)(?<!less than))"
    r"\s*$",
    re.I,
)
MULTIPLY = re.compile(
    r"\b(double|triple|quadruple|halve)\s+(?:the\s+|our\s+|its\s+)?([a-z][\w' -]{1,40}?)"
    r"(?=\s+(?:by|in|within|before|during|this|next|from|over)\b|[,.;]|$)",
    re.I,
)


FRACTION = re.compile(
    r"\b(cut|reduce|lower|decrease|increase|grow|boost|raise|lift)\s+(?:the\s+|our\s+)?"
    r"([a-z][\w' -]{1,40}?)\s+by\s+(half|a third|one third|two thirds|a quarter|one quarter)\b",
    re.I,
)
FRACTIONS = {"half": 50, "third": 33, "thirds": 33, "quarter": 25}


__all__ = [
    "AT_MOST_WORDS",
    "BUDGET",
    "CAPACITY_NOUN",
    "CHANGE_AFTER",
    "COST_METRIC",
    "COUNTED_AS_STATED",
    "DOWN_METRIC",
    "DOWN_WORD",
    "FRACTION",
    "FRACTIONS",
    "KNOWN_MASS",
    "LEVEL",
    "MONEY_NOUN",
    "MONEY_RATE",
    "MULTIPLY",
    "NOT_OUTCOME",
    "PER_ACTION",
    "PRICE_LEVEL",
    "RAISE",
    "RATING",
    "REACH_UNIT",
    "ROAS",
    "SAVING",
    "SCORE",
    "SELL_OUT",
    "SKIP_LEAD",
    "SUPPLY_LEAD",
    "SUPPLY_NOUN",
    "SUPPLY_TAIL",
    "VALUE_WORDS",
]
