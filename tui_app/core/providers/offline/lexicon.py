"""Small English word lists for reading brief phrases: which words are verbs, which nouns are
uncountable, which start a clause. Grammar data, not product knowledge: nothing here belongs
to a field of business, so a brief from a new field needs no change here.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string (easier to read and edit than a list)."""
    return frozenset(text.split())


# Base forms of verbs a feature or goal may start with ("Tracks every expense", "Pause any
# week", "Every $10 provides 30 meals").
VERBS = _words(
    """melt taste love last review
    accept access add adapt adjust alert allow analyse analyze answer apply approve arrive
    assemble assign audit automate back balance bake become begin block book boost bring
    brew build buy calculate call capture carry catch change charge chat check choose
    clean clear close collect combine come compare complete connect contain convert cook
    cost count cover create cut deliver deploy design detect discover display do donate
    download drive earn edit empty enable encrypt end engrave enjoy enter explain export
    feed fill find finish fit fix flag fold follow forecast fuel fund generate get give
    go grow guide handle help hold host import include inspire install integrate invite
    join keep launch lead learn let lift link list load lock log look make manage map
    match measure meet mix monitor move need notify offer open organise organize pack
    pair pay pause pick plan plant play plug power predict prepare print process produce
    protect provide publish pull push put raise reach read recommend record recycle
    reduce refund register remember remind remove repair replace reply report request
    reserve resolve restore return reuse review run save scale scan schedule search see
    sell send serve set share ship show sign skip sleep sort speak spot start stay stop
    store stream support swap switch sync take talk teach tell test track train
    transform translate travel treat try turn unlock update upload use verify visit wake
    walk wash watch work write invest withdraw deposit borrow lend insure transfer convert
    settle repay cancel
    renew upgrade hire accept answer arrange attend bundle celebrate clean collect connect
    cool cure customise customize decide delight detect digitise digitize discover dry edit
    educate eliminate empower encourage equip evaluate expand explore extend fold gather
    grade greet identify illustrate improve inform inspect install keep knit learn listen
    locate maintain measure mend merge mix moderate motivate negotiate nurture operate
    optimise optimize own personalise personalize photograph pick predict preserve prevent
    print prioritise prioritize promote prove purify qualify recover refill refresh relax
    release rely remove render reorder repeat research reset respond retain ride roast
    safeguard scan secure select shield simplify sketch slice smooth solve spend stitch
    store streamline strengthen summarise summarize sustain tailor trace translate trigger
    tune unite validate weave weigh wrap program"""
)
# Verbs a goal starts with ("Generate 150 leads", "Sell out the edition").
GOAL_VERBS = VERBS | _words(
    """generate drive raise recruit sell build grow increase get reach fill book enrol enroll
    register open onboard give cut lift bring start sign find position launch convert
    double triple win attract earn establish expand improve introduce promote create
    make"""
)
# Irregular past participles that start a feature ("Made in Sheffield", "Built by hand").
PARTICIPLES = _words(
    """made built sewn grown woven brewed born cut drawn driven given held kept known led paid
    sold sent shown spun taught told thrown won written chosen frozen hidden run grown"""
)
# Third-person forms that are not "base + s".
_THIRD = {"has": "have", "does": "do", "goes": "go", "is": "be", "was": "be"}
# Nouns ending in s that are never verbs here.
_NOT_VERBS = _words("news means series species kudos lens bus gas yes plus less")

# Verbs that only matter as a role someone signs up for ("Sign up to volunteer").
_AGENT_VERBS = _words("volunteer foster mentor cycle ride swim skate row hike")

PREPOSITIONS = _words(
    """of in on at by with from to for into onto over under across through within without
    between among via per about around near after before during until since"""
)
QUANTIFIERS = _words(
    """every each all any no some one two three four five six seven eight nine ten eleven
    twelve twenty fifty hundred more most many few several both up"""
)
PRONOUNS = _words("we you it they our your its their he she i")
PLURAL_SUBJECTS = _words("we you they all both")
# Adjectives that describe the product as a whole ("Fully waterproof", "Free for students",
# "Vegan and gluten-free", "Open 24/7").
PREDICATE_ADJECTIVES = _words(
    """free open available compatible suitable safe ready accessible vegan vegetarian organic
    halal kosher local independent certified accredited registered licensed insured
    waterproof portable quiet affordable fast quick easy simple secure private reusable
    recyclable refillable wireless cordless gluten-free dairy-free sugar-free plastic-
    free carbon-neutral family-friendly dog-friendly pet-friendly wheelchair-accessible
    handmade handcrafted bilingual multilingual unlimited optional included cheap quick
    light lightweight durable sturdy strong silent clean fresh natural smart compact reliable
    healthy tasty delicious comfortable soft warm cool modern classic unique flexible
    beautiful elegant new simple seamless instant automatic cosy cozy spacious central
    friendly transparent fair ethical sustainable"""
)
# Adjectives written as two words ("open source", "fair trade").
TWO_WORD_ADJECTIVES = frozenset(
    ("open source", "fair trade", "cruelty free", "gluten free", "plastic free", "dairy free",
     "family run", "family owned", "carbon neutral", "climate neutral", "locally sourced",
     "ethically sourced", "independently owned", "employee owned", "not for")
)  # fmt: skip
_ADJ_SUFFIXES = ("-free", "-proof", "-friendly", "-ready", "-safe", "-neutral", "less", "able")
# Uncountable heads: "free delivery", "24/7 support" (no "a").
_MASS_SUFFIXES = (
    "ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ics", "ware", "graphy",
    "logy", "ism",
)  # fmt: skip
MASS_NOUNS = _words(
    """access advice coverage data delivery entry equipment feedback food furniture guidance play
    staff
    gameplay
    help information insurance music parking power research shipping software storage
    support transport travel wifi wi-fi water energy coffee tea care fun content work
    admission childcare broadband art craft design fabric cotton leather wool linen silk
    steel wood glass paper plastic aluminium aluminum oak ceramic stone concrete denim
    service time space privacy security quality protection cover bread milk cheese
    chocolate rice pasta meat fish fruit produce hardware knowledge expertise training
    tuition accommodation insight evidence cash credit debt interest money income heat
    light weather snow sand air luggage baggage clothing jewellery jewelry skincare
    healthcare aftercare homework wildlife nature"""
)
# Nouns with a mass suffix that are counted ("a waterproof main compartment", "a booking").
COUNT_NOUNS = _words(
    """compartment apartment movement instrument document garment ornament supplement segment
    statement tournament monument element department payment appointment building wedding
    meeting painting ring thing evening morning ceiling earring wing spring sibling pudding
    dumpling city university community facility activity opportunity entity property
    station collection edition decision question session mission option position application
    subscription region version discussion conversation consultation vaccination excursion
    occasion solution invitation reservation donation celebration destination location
    exhibition competition induction institution organisation organization business"""
)
# Units that make a number phrase a measure of place or time ("Ten minutes on foot from
# the station", "5 km from the beach"): the product *is* that far, it does not *have* it.
UNITS = _words(
    """minute minutes min mins hour hours hr hrs day days week weeks second seconds km
    kilometre kilometres kilometer kilometers mile miles metre metres meter meters m
    step steps stop stops block blocks"""
)
_IRREGULAR_PLURALS = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    # plurals of words ending in -u, which the -us rule would take for singulars ("campus")
    "menus": "menu",
    "gurus": "guru",
    "haikus": "haiku",
    "emus": "emu",
    "tutus": "tutu",
}


def base_of_third(word: str) -> str | None:
    """'provides' -> 'provide', 'carries' -> 'carry', 'has' -> 'have'; None if not a verb."""
    low = word.lower()
    if low in _THIRD:
        return _THIRD[low]
    if low in _NOT_VERBS or not low.endswith("s") or len(low) < 4:
        return None
    stems = [low[:-1]]
    if re.search(r"(?:sh|ch|x|z|ss|o)es$", low):
        stems.append(low[:-2])
    if low.endswith("ies"):
        stems.append(low[:-3] + "y")
    for stem in stems:
        if stem and stem in VERBS:
            return stem
    return None


def is_base_verb(word: str) -> bool:
    low = word.lower()  # "self-host", "self-serve" are verbs like "host" and "serve"
    return low in VERBS or (low.startswith("self-") and low[5:] in VERBS)


# Adjectives that follow the name they describe ("OpenTelemetry native", "HIPAA compliant").
POSTPOSITIVE = _words("native compatible compliant ready friendly agnostic certified")


def is_participle(word: str) -> bool:
    low = word.lower()
    tail = low.rsplit("-", 1)[-1]
    return (tail.endswith("ed") and len(tail) > 3) or tail in PARTICIPLES


# Words that open a fragment rather than a noun phrase ("Now with 2x battery").
FRAGMENT_STARTS = _words("now also plus with without new just still more")


def is_adjective(word: str) -> bool:
    low = word.lower().strip(",.")
    return low in PREDICATE_ADJECTIVES or (
        "-" in low
        and (low.endswith(_ADJ_SUFFIXES) or is_participle(low))  # "member-owned"
        and not low.endswith("ness")
    )


def is_number(word: str) -> bool:
    return bool(re.match(r"^[$€£¥₹#]?\d|^\d", word))


def is_plural_noun(word: str) -> bool:
    low = word.lower().strip(",.")
    if low in _IRREGULAR_PLURALS:
        return True
    return (
        low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s", "ics"))
        and len(low) > 3
        and low not in MASS_NOUNS
    )


def is_mass_noun(word: str) -> bool:
    low = word.lower().strip(",.").rsplit("-", 1)[-1]
    if low in COUNT_NOUNS:
        return False
    return low in MASS_NOUNS or (low.endswith(_MASS_SUFFIXES) and not is_plural_noun(low))


def singular(word: str) -> str:
    """'hikers' -> 'hiker', 'CFOs' -> 'CFO', 'families' -> 'family', 'people' -> 'person'."""
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        s = _IRREGULAR_PLURALS[low]
        return s if word.islower() else s[:1].upper() + s[1:]
    if len(word) <= 3 or low.endswith(("ss", "us", "is")):
        return word
    if word[:-1].isupper() and word.endswith("s"):
        return word[:-1]
    if word.isupper():
        return word
    if low.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(ss|sh|ch|x|z)es$", low):
        return word[:-2]
    if low.endswith("s") and not low.endswith("'s"):
        return word[:-1]
    return word


def verb_from_agent(noun: str) -> str | None:
    """'runners' -> 'run', 'walkers' -> 'walk', 'volunteers' -> 'volunteer' (for a CTA)."""
    low = singular(noun).lower()
    if low in VERBS or low in _AGENT_VERBS:
        return low
    if low in _IRREGULAR_AGENTS:
        return _IRREGULAR_AGENTS[low]
    for cut in (2, 3, 1):  # walker -> walk, runner -> run, rider -> ride
        stem = low[:-cut] if low.endswith("er") or low.endswith("r") else ""
        if len(stem) >= 3 and stem in VERBS:  # never "donor" -> "do"
            return stem
    return None


_IRREGULAR_AGENTS = {"donor": "give", "player": "play", "competitor": "compete"}


# Words that keep their capital in the middle of a sentence.
PROPER_WORDS = _words(
    """Bluetooth Android Apple Google Windows Mac English French German Spanish Italian
    Japanese Portuguese Dutch Swedish Chinese Korean Hindi Marathi Arabic European
    British American Scottish Welsh Irish NHS UK US EU AI API Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Christmas Easter Steam Discord Zoom Teams Slack
    Swiss Canadian Australian Indian Mexican Brazilian Argentine Chilean Colombian Peruvian
    Kenyan Nigerian Ghanaian African Asian Latin Arab Saudi Emirati Turkish Polish Greek
    Nordic Scandinavian Danish Norwegian Finnish Austrian Belgian Thai Vietnamese Filipino
    Indonesian Malaysian Singaporean Russian Ukrainian Czech Hungarian Romanian Catalan
    Basque Tamil Bengali Urdu Punjabi Cantonese Mandarin Muslim Christian Jewish Hindu
    Sikh Buddhist Ramadan Eid Diwali Hanukkah Lunar Instagram TikTok YouTube LinkedIn
    Facebook WhatsApp Kubernetes GitHub GitLab Python Java JavaScript TypeScript Linux
    Excel Shopify Salesforce AWS Azure Stripe Nintendo PlayStation Xbox"""
)

__all__ = [
    "PREPOSITIONS",
    "PRONOUNS",
    "PROPER_WORDS",
    "QUANTIFIERS",
    "VERBS",
    "base_of_third",
    "is_adjective",
    "is_base_verb",
    "is_mass_noun",
    "is_number",
    "is_participle",
    "is_plural_noun",
    "singular",
    "verb_from_agent",
]
