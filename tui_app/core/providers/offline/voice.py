"""How each of the seven styles sounds: greetings, hooks, closers, soft calls to action,
concept names and taglines, email subjects, and the visual mood.

Nothing here names a product category or a benefit it cannot know: slots ({brand},
{segment}, {label}, {place}…) carry the brief's own words. No string uses urgency,
selling, superlative or health words, so a brief that forbids them never loses a line.
Each bank has several entries; the writers pick by a seed from the brief, so two briefs in
the same style rarely share a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...models import Tone


@dataclass(frozen=True, slots=True)
class Voice:
    adjectives: tuple[str, ...]
    greetings: tuple[str, ...]
    signoffs: tuple[str, ...]  # "{client}" is filled in
    hooks: tuple[str, ...]  # an opening that ends in a colon and leads into a sentence
    closers: tuple[str, ...]  # a last line that carries the call to action ({cta_low})
    awareness: tuple[str, ...]  # soft CTAs (≤25 characters)
    consideration: tuple[str, ...]
    retention: tuple[str, ...]
    concept_names: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    taglines: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    subjects: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    mood: tuple[str, ...]
    typography: tuple[str, ...]
    imagery: str
    dos: tuple[str, ...]  # may use {lab} (a feature), {segment}, {brand}, {cta}
    donts: tuple[str, ...]
    angles: tuple[str, ...]


# fmt: off
VOICES: dict[Tone, Voice] = {
    Tone.PROFESSIONAL: Voice(
        adjectives=("dependable", "clear", "well-made", "practical", "straightforward"),
        greetings=("Hello,", "Good morning,", "Dear reader,"),
        signoffs=("Kind regards,\n{client}", "Good wishes,\n{client}", "Regards,\n{client}"),
        hooks=("In brief:", "Here is what changes:", "Worth two minutes:", "For {segment}:",
               "New from {client}:", "A short introduction:"),
        closers=("The details are on the page; when you are ready, {cta_low}.",
                 "Read it at your own pace, then {cta_low}.",
                 "Everything is set out at the link, including how to {cta_low}.",
                 "Questions are welcome, and so is the next step: {cta_low}."),
        awareness=("Learn more", "See how it works", "Read the overview", "Discover {short}",
                   "Get the outline", "Start with the basics", "Read the summary"),
        consideration=("Read the details", "Compare the options", "See the features",
                       "Ask a question", "Review the specifics", "Check the facts"),
        retention=("Share your feedback", "Tell a colleague", "See what's new", "Stay informed",
                   "Follow the updates", "Recommend {short}"),
        concept_names=(
            ("{Label}, Explained", "Show the Work", "The Case for {Label}", "Proof for {Segment}"),
            ("Built Around {Segment}", "In Their Own Words", "{Segment}, in Their Own Words"),
            ("One Clear Step", "The Straight Answer", "{Segment}, This Way"),
        ),
        taglines=(
            ("{Lab}, done properly.", "See {brand} at work.", "{Lab}, in plain words."),
            ("Made for {segment}.", "{Seg}, meet {brand}.", "Built around {segment}."),
            ("One clear step: {cta_low}.", "Clear. Useful. {Brand}.", "The sensible next step."),
        ),
        subjects=(
            ("Introducing {brand}", "{brand}, for {segment}", "Meet {brand}"),
            ("{Lab}: how it works", "A closer look at {brand}", "What {label} means"),
            ("{cta}: the next step", "When you are ready: {cta_low}",
              "Your next step with {brand}"),
        ),
        mood=("Clear, confident and uncluttered", "Calm, orderly and assured"),
        typography=("A clean sans-serif (Inter or Source Sans 3) in two weights; sentence-case "
                    "headlines and generous line spacing.",
                    "A neutral grotesque (IBM Plex Sans or Public Sans) with a firm grid and no "
                    "more than two type sizes per layout.",
                    "A workmanlike sans (Libre Franklin or Work Sans) with headlines in one bold "
                    "weight and body text at a comfortable 17px.",
                    "A transitional serif for headlines (Source Serif 4) over a plain sans, with "
                    "captions in small caps."),
        imagery="natural light, real settings, calm compositions with one clear subject",
        dos=("Leave white space so each message about {lab} stands alone.",
             "Keep one call to action per layout: “{cta}”.",
             "Caption every figure {segment} will see with its source.",
             "Crop tight on {lab} so it reads at thumbnail size.",
             "Use the same grid for every format {segment} will see."),
        donts=("Don't crowd a layout about {lab} with two headlines.",
               "Don't use staged handshakes or stock office smiles in place of real {segment}.",
               "Don't set body text over busy photos of {segment}.",
               "Don't show {lab} smaller than the logo.",
               "Don't use more than one accent colour around {lab}."),
        angles=("confidence", "relief", "curiosity", "pride", "belonging"),
    ),
    Tone.CASUAL: Voice(
        adjectives=("easy-going", "no-fuss", "handy", "laid-back", "honest"),
        greetings=("Hey there,", "Hi,", "Hey,"),
        signoffs=("Cheers,\n{client}", "Talk soon,\n{client}", "Later,\n{client}"),
        hooks=("Real talk:", "Okay, hear us out:", "Quick one for {segment}:",
               "So, this happened:", "Heads up, {segment}:", "Here's the thing:"),
        closers=("Have a look, then {cta_low} if it's your thing.",
                 "No pressure: {cta_low} whenever it suits you.", "That's it, simple: {cta_low}.",
                 "Go on, have a look and {cta_low}."),
        awareness=("Take a look", "See what's new", "Have a peek", "Check out {short}",
                   "Have a nose", "Take a peek", "Keep scrolling"),
        consideration=("Get the details", "See how it works", "Ask us anything",
                       "Compare for yourself", "Get the lowdown", "See the good bits"),
        retention=("Tell a friend", "Share your story", "Come back soon", "Stay in the loop",
                   "Tag a mate", "Show your crew"),
        concept_names=(
            ("{Label}, No Filter", "Just Watch", "See It Happen", "Real Talk for {Segment}"),
            ("Real {Segment}", "People Like You", "Your Thing"),
            ("The Easy Way In", "No Pressure", "Why Not?"),
        ),
        taglines=(
            ("{Lab}. No fuss.", "Watch {brand} do its thing.", "{Lab}, the easy way."),
            ("Made for {segment}. Obviously.", "Hey {segment}, this one's for you.",
              "{Brand} gets {segment}."),
            ("Easy next step: {cta_low}.", "Go on: {cta_low}.", "Simple as that."),
        ),
        subjects=(
            ("Say hi to {brand}", "Okay, this is new: {brand}", "{brand} is here"),
            ("Real talk: {label}", "Why {brand} just works", "The thing about {label}"),
            ("Still thinking about {brand}?", "Your move: {cta_low}", "One quick thing"),
        ),
        mood=("Relaxed, candid and a little playful", "Easy, bright and unpolished"),
        typography=("A rounded sans-serif (Nunito or Poppins); chunky headlines, short lines "
                    "that read at a glance on a phone.",
                    "A friendly grotesque (DM Sans or Outfit) set large, with lots of air.",
                    "A hand-drawn accent face (Caveat) for one word per layout, over a plain sans.",
                    "A bouncy sans (Quicksand or Fredoka) in lower case, with emoji-sized icons."),
        imagery="candid phone-style shots, real moments, nothing posed",
        dos=("Shoot vertical first: most {segment} will see it on a phone.",
             "Let {segment} look unstaged.", "Keep captions about {lab} short enough to skim.",
             "Film {lab} in one take, handheld.", "Use the words {segment} actually use."),
        donts=("Don't over-polish {lab}: glossy studio shots feel like an ad.",
               "Don't use more than two colours per frame of {lab}.",
               "Don't hide {brand} in a crowd.",
               "Don't script {segment}: let them say it their way.",
               "Don't bury {lab} after the first three seconds."),
        angles=("joy", "relief", "belonging", "curiosity", "confidence"),
    ),
    Tone.FRIENDLY: Voice(
        adjectives=("welcoming", "thoughtful", "helpful", "warm", "kind"),
        greetings=("Hi there,", "Hello friend,", "Hi,"),
        signoffs=("Warmly,\n{client}", "With thanks,\n{client}", "Speak soon,\n{client}"),
        hooks=("Good news:", "Hello from {client}:", "Something for {segment}:",
               "A little news to share:", "Here's something nice:"),
        closers=("We'd love to hear what you think, and you can {cta_low} any time.",
                 "Everyone is welcome: {cta_low} when it suits you.",
                 "Come and say hello, or {cta_low} straight away.",
                 "Tell us what you think, then {cta_low}."),
        awareness=("Say hello", "Take a peek", "Learn more", "Meet {short}", "Come and see",
                   "Look closer"),
        consideration=("See how it works", "Find your fit", "Ask us anything", "Read the story",
                       "Meet the team", "Get to know us"),
        retention=("Tell a friend", "Share the news", "Join the community", "Bring a friend",
                   "Say thank you", "Spread the word"),
        concept_names=(
            ("{Label}, Made Easy", "Little Wins", "A Closer Look", "A Closer Look for {Segment}"),
            ("Among Friends", "Made with {Segment} in Mind", "Good Company"),
            ("Come Along", "The Kinder Way", "Whenever You're Ready", "Come Along, {Segment}"),
        ),
        taglines=(
            ("{Lab}, made easy.", "{Lab}, with a smile.", "{Brand}, up close."),
            ("Made with {segment} in mind.", "For you and the people you love.",
              "{Seg}, you're welcome here."),
            ("Come along: {cta_low}.", "Good things start here.",
             "Whenever you're ready: {cta_low}."),
        ),
        subjects=(
            ("Hello from {client}!", "Something new for you: {brand}",
              "We made {brand} for {segment}"),
            ("A closer look at {label}", "How {brand} helps", "The story of {label}"),
            ("Whenever you're ready: {cta_low}", "Still curious about {brand}?",
              "We'd love to see you"),
        ),
        mood=("Warm, welcoming and easy-going", "Bright, open and kind"),
        typography=("A humanist sans-serif (Nunito Sans or Lato); soft weights, rounded buttons "
                    "and generous spacing.",
                    "A warm sans (Source Sans 3 or Karla) with relaxed line spacing.",
                    "A soft rounded sans (Varela Round or Mulish) with sentence-case headlines.",
                    "A friendly serif (Merriweather) for headlines over a humanist sans."),
        imagery="warm light, smiles, hands and shared moments in real places",
        dos=("Show {segment} together: sharing, helping, enjoying.",
             "Use warm natural light on {lab}.", "Keep faces in frame: {segment} are the point.",
             "Let {lab} appear in a moment {segment} would share.",
             "Pick soft, rounded shapes for every frame around {lab}."),
        donts=("Don't put {segment} against cold, clinical studio backgrounds.",
               "Don't crop the faces of {segment} out.", "Don't let text cover {segment}.",
               "Don't shoot {lab} without a person nearby.",
               "Don't pose {segment} so they look like models."),
        angles=("belonging", "joy", "relief", "confidence", "curiosity"),
    ),
    Tone.AUTHORITATIVE: Voice(
        adjectives=("rigorous", "thorough", "precise", "exacting", "well-founded"),
        greetings=("Hello,", "Good day,", "Dear colleague,"),
        signoffs=("Regards,\n{client}", "Sincerely,\n{client}", "Respectfully,\n{client}"),
        hooks=("The facts:", "Here is the evidence:", "Precision matters:", "Consider this:",
               "A note for {segment}:"),
        closers=("Review the evidence on the page, then {cta_low}.",
                 "Judge it on the facts, and {cta_low} when they convince you.",
                 "The specification is one click away: {cta_low}.",
                 "Decide on the data: {cta_low}."),
        awareness=("Get the facts", "See the evidence", "Read the overview", "Review {short}",
                   "Read the facts", "See the data"),
        consideration=("Review the details", "Compare the results", "See the specification",
                       "Read the method", "Check the sources", "Examine the data"),
        retention=("Share with your team", "Access resources", "Request a review",
                   "Read the update", "Update your team", "Cite the findings"),
        concept_names=(
            ("{Label}, on the Record", "By the Numbers", "The Evidence", "Evidence for {Segment}"),
            ("Built for {Segment}", "Where {Segment} Start", "Peer to Peer"),
            ("The Considered Choice", "A Standard to Work To", "The {Segments_own} Briefing"),
        ),
        taglines=(
            ("{Lab}. On the record.", "Evidence, not promises.", "{Lab}, in practice."),
            ("Built for {segment}.", "Made for serious work.", "Where {segment} start."),
            ("The considered next step.", "Decide on the facts.", "Set the standard."),
        ),
        subjects=(
            ("{brand}: the facts", "Introducing {maker}", "The case for {brand}"),
            ("The evidence behind {label}", "{Lab}: how it works", "What {segment} should know"),
            ("Your next step: {cta_low}", "{cta}: see the proof", "Decide on the facts"),
        ),
        mood=("Assured, precise and evidence-led", "Measured, exact and sober"),
        typography=("A strong serif for headlines (Merriweather or Source Serif) with a neutral "
                    "sans for body text; tabular figures for every number.",
                    "A sturdy slab (Roboto Slab or Zilla Slab) over a clear sans, on a strict "
                    "grid.",
                    "A technical sans (IBM Plex Sans with Plex Mono for figures) on a "
                    "twelve-column grid.",
                    "A newspaper serif (Libre Caslon or Lora) for headlines, with numbered "
                    "footnotes for sources."),
        imagery="real workplaces, data on screen, people at work",
        dos=("Put one sourced figure about {lab} in every key visual.",
             "Use real screens and the real settings of {segment}.",
             "Label every chart about {lab} plainly.",
             "Show {lab} at work, in the setting {segment} know.",
             "Give every visual of {lab} one caption of fact."),
        donts=("Don't use playful illustration or emoji next to {lab}.",
               "Don't show {segment} numbers you cannot source.",
               "Don't decorate the charts {segment} will read.",
               "Don't use abstract stock imagery in place of {lab}.",
               "Don't round numbers about {lab} up for effect."),
        angles=("confidence", "pride", "relief", "curiosity", "belonging"),
    ),
    Tone.CREATIVE: Voice(
        adjectives=("inventive", "spirited", "unexpected", "imaginative", "vivid"),
        greetings=("Hello there,", "Hey you,", "Well, hello,"),
        signoffs=("Stay curious,\n{client}", "Onwards,\n{client}", "Adventurously,\n{client}"),
        hooks=("Imagine this:", "Picture it:", "Plot twist:", "Here's an idea:",
               "New chapter, {segment}:", "Hold that thought:"),
        closers=("Your move: {cta_low}.", "Start the story: {cta_low}.",
                 "See where it takes you, and {cta_low}.", "The next page is yours: {cta_low}."),
        awareness=("Start exploring", "See the story", "Have a peek", "Step into {short}",
                   "Follow the thread", "Open the story"),
        consideration=("See it in action", "Explore the details", "Find your favourite",
                       "Take the tour", "Go behind the scenes", "Try the angles"),
        retention=("Share your story", "Show us yours", "Join the crew", "Tell your friends",
                   "Make it yours", "Remix it"),
        concept_names=(
            ("{Label}, Unfiltered", "Field Notes", "The Live Test", "Field Notes for {Segment}"),
            ("Main Character: {Segment}", "The Everyday Epic", "{Segment}, Amplified"),
            ("Plot Twist", "Flip the Script", "The Next Chapter", "{Segment}, Next Chapter"),
        ),
        taglines=(
            ("{Lab}, wherever the day goes.", "See {brand} in the wild.", "{Lab}, unboxed."),
            ("Every {singular} deserves a story.", "Your story, with {brand}.",
              "{Seg}, this is your scene."),
            ("Turn the page: {cta_low}.", "Flip the script.", "Write the next line."),
        ),
        subjects=(
            ("Imagine this: {brand}", "Plot twist: {brand}", "A new story: {brand}"),
            ("Field notes: {label}", "Behind the scenes of {brand}",
              "How {brand} changes the story"),
            ("Your next chapter: {cta_low}", "Ready to write yours?", "Your move"),
        ),
        mood=("Bold, surprising and full of movement", "Playful, colourful and alive"),
        typography=("An expressive display face (Space Grotesk or Syne) at dramatic scale, with "
                    "a clean sans for body text.",
                    "A characterful display face (Fraunces or Bricolage Grotesque) with a calm "
                    "sans underneath.",
                    "A variable display face (Recursive or Anybody) that stretches with the "
                    "layout, over a neutral sans.",
                    "A hand-cut display face (Rubik Mono or Chango) for one word, a calm sans for "
                    "the rest."),
        imagery="unexpected angles, motion, saturated colour and real places",
        dos=("Break the grid once per layout, around {lab}.",
             "Use colour blocking to make {brand} pop.",
             "Let one bold image of {segment} carry each layout.",
             "Shoot {lab} from an angle nobody expects.",
             "Let {segment} break the frame now and then."),
        donts=("Don't play it safe with centred stock photos of {segment}.",
               "Don't let effects hide {brand}.", "Don't stack more than two effects on {lab}.",
               "Don't explain the joke around {lab}.",
               "Don't use the same crop of {segment} twice."),
        angles=("curiosity", "joy", "belonging", "confidence", "relief"),
    ),
    Tone.MODERN: Voice(
        adjectives=("smart", "seamless", "streamlined", "focused", "sharp"),
        greetings=("Hi,", "Hello,", "Hey,"),
        signoffs=("— {client}", "Thanks,\n{client}", "Speak soon,\n{client}"),
        hooks=("New:", "Meet {brand}:", "In short:", "Simple:", "Made for {segment}:"),
        closers=("One minute to see it, one click to {cta_low}.",
                 "See it in action, then {cta_low}.", "Take the tour and {cta_low}.",
                 "Next step: {cta_low}."),
        awareness=("See what's new", "Take the tour", "Discover more", "Meet {short}",
                   "Get the overview", "Start here"),
        consideration=("See the features", "How it works", "Explore the specs", "Watch the demo",
                       "Compare plans", "See it in use"),
        retention=("Invite a friend", "Unlock more", "Stay in the loop", "See what's next",
                   "Get the updates", "Share the link"),
        concept_names=(
            ("Zero to Done", "Made to Work", "{Label}, Live", "Zero to Done for {Segment}"),
            ("Built Around You", "For {Segment}, by Design", "Your Way"),
            ("The Fast Lane", "Less, but Better", "One Step, Done", "Fast Track for {Segment}"),
        ),
        taglines=(
            ("{Lab}. Simply.", "Everything you need. Nothing you don't.", "{Lab}, included."),
            ("Designed for {segment}.", "Built around how you live.", "{Seg}, meet {brand}."),
            ("Next: {cta_low}.", "One step. Done.", "Less friction. More {brand}."),
        ),
        subjects=(
            ("Meet {brand}", "New: {brand}", "{brand} is live"),
            ("{Lab}, explained", "How {brand} works", "Under the hood: {label}"),
            ("Get started in minutes", "{cta}: it's quick", "Ready? {cta}"),
        ),
        mood=("Sleek, minimal and confident", "Crisp, light and precise"),
        typography=("A geometric sans-serif (Manrope or Inter) with tight tracking, large "
                    "numerals and an 8-point spacing grid.",
                    "A neo-grotesque (Satoshi or General Sans) in two weights on a strict grid.",
                    "A monospaced accent (JetBrains Mono) for labels over a clean sans.",
                    "A condensed sans (Barlow Condensed) for headlines, set in capitals."),
        imagery="clean product close-ups, soft gradients, screens and hands in use",
        dos=("Keep layouts minimal: one idea, one visual, one “{cta}” button.",
             "Use motion sparingly to show {lab}.",
             "Align everything, {lab} included, to the grid.",
             "Show {lab} on a clean background, in close-up.",
             "Keep {segment} in natural light, with the product in use."),
        donts=("Don't add texture or ornament around {lab}.",
               "Don't mix typeface families in the “{cta}” layouts.",
               "Don't fill the empty space around {brand}.",
               "Don't put more than one message beside {lab}.",
               "Don't use drop shadows on {lab}."),
        angles=("curiosity", "confidence", "relief", "joy", "pride"),
    ),
    Tone.VINTAGE: Voice(
        adjectives=("timeless", "crafted", "classic", "time-honoured", "storied"),
        greetings=("Dear friend,", "Good day,", "Dear reader,"),
        signoffs=("Yours sincerely,\n{client}", "Warm regards,\n{client}",
                  "Until then,\n{client}"),
        hooks=("Some things are worth the wait:", "Good things take time:", "Pull up a chair:",
               "A story worth telling:", "The old way, done right:"),
        closers=("Take your time with it, and {cta_low} when it feels right.",
                 "Come and see for yourself: {cta_low}.",
                 "Some things never go out of style; {cta_low} at your leisure.",
                 "When you are ready, {cta_low}."),
        awareness=("Discover the story", "Take a closer look", "Come and visit", "Meet {short}",
                   "Turn the page", "Read the history"),
        consideration=("Read our story", "Explore the details", "See the craft", "Ask us",
                       "Visit the archive", "Meet the makers"),
        retention=("Join the club", "Share the tradition", "Tell a friend", "Write to us",
                   "Keep in touch", "Keep the tradition"),
        concept_names=(
            ("Tried and True", "Workshop Stories", "The Making of {Label}",
             "Stories for {Segment}"),
            ("Kindred Spirits", "Those Who Know", "For {Segment}, Since Always"),
            ("Worth the Wait", "The Long Way Round", "Kept for Good", "In Good Time"),
        ),
        taglines=(
            ("{Lab}, the way it used to be.", "Tried, tested and true.",
              "{Lab}, made with care."),
            ("For {segment} who know the difference.", "Handed down, never outgrown.",
              "A classic for {segment}."),
            ("Worth the wait.", "Take the long way round.", "Made to be kept."),
        ),
        subjects=(
            ("A new classic: {brand}", "From {client}, with care",
              "Some things are worth the wait"),
            ("The craft behind {label}", "How we made {brand}", "A closer look at {label}"),
            ("An invitation: {cta_low}", "Still weighing it up?", "Your {brand} awaits"),
        ),
        mood=("Warm, nostalgic and crafted", "Quiet, refined and unhurried"),
        typography=("A classic serif (Playfair Display or Libre Baskerville) with small caps for"
                    " labels.",
                    "An old-style serif (EB Garamond or Cormorant) with generous margins.",
                    "A high-contrast serif (Bodoni Moda or Prata) with wide letter-spacing for "
                    "labels.",
                    "A humanist serif (Crimson Pro) with italic captions and hairline rules."),
        imagery="warm film grain, workshop details, hands, wood and paper textures",
        dos=("Use warm tones and natural texture around {lab}.",
             "Show the hands and tools behind {brand}.",
             "Give each image of {segment} room to breathe.",
             "Photograph {lab} in soft window light.",
             "Frame {segment} as in a family album: close, unhurried."),
        donts=("Don't show {lab} in neon colours or glossy 3D renders.",
               "Don't fake age on photos of {segment} with sepia filters.",
               "Don't crowd the page around {lab}.",
               "Don't use a modern sans for headlines about {lab}.",
               "Don't rush {segment}: no motion blur, no crash zooms."),
        angles=("nostalgia", "belonging", "confidence", "pride", "curiosity"),
    ),
}
# fmt: on


def voice_for(style: Tone, sensitive: bool = False) -> Voice:
    """The style's voice; for a hard subject (a divorce, a bereavement, debt) without its
    cheerful lines ("Here's something nice:", "with a smile"), each bank falling back to the
    professional voice's where none is left."""
    voice = VOICES.get(style, VOICES[Tone.PROFESSIONAL])
    return _sober(voice) if sensitive else voice


# lines that cheer: right for a bakery, wrong for someone going through a divorce
_CHEERFUL = re.compile(
    r"good news|something nice|news to share|smile|love|little wins|\bjoy|\bfun\b|plot twist|"
    r"imagine|picture it|exciting|celebrat|guess what|hear us out|real talk|say hello|"
    r"good things|happy|delight|\btreat|welcome here|enjoy|so, this happened|heads up|"
    r"!|flip the script|game[- ]changer|level up|wow|come along|easy-going|\bbright\b|playful",
    re.IGNORECASE,
)


def _sober(voice: Voice) -> Voice:
    plain = VOICES[Tone.PROFESSIONAL]

    def keep(lines, fallback):
        if lines and isinstance(lines[0], tuple):  # banks of banks (taglines, subjects…)
            return tuple(keep(group, other) for group, other in zip(lines, fallback, strict=True))
        kept = [line for line in lines if not _CHEERFUL.search(line)]
        if len(kept) < 2:  # too few left to vary: the professional voice's lines join them
            kept += [line for line in fallback if line not in kept and not _CHEERFUL.search(line)]
        return tuple(kept)

    fields = {
        name: keep(getattr(voice, name), getattr(plain, name))
        for name in ("greetings", "signoffs", "hooks", "closers", "awareness", "consideration",
                     "retention", "concept_names", "taglines", "subjects", "dos", "donts",
                     "angles", "mood")
    }  # fmt: skip
    imagery = plain.imagery if _CHEERFUL.search(voice.imagery) else voice.imagery
    return replace(voice, **fields, imagery=imagery)


__all__ = ["VOICES", "Voice", "voice_for"]
