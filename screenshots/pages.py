"""Screenshot the pages of two campaigns in the same style (run by hand, for the README).

    python screenshots/pages.py [--chromium /usr/bin/chromium]

Both campaigns really run (offline provider, temporary data dir): the Bloom Bakehouse sample
and a charity run, both in the friendly style. Headless Chromium then takes the top of each
campaign website and landing page: screenshots/look_*.png. Same style, two brands: the
colours, type and hero picture differ.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tui_app.core.engine import CampaignEngine  # noqa: E402
from tui_app.core.models import CampaignBrief  # noqa: E402
from tui_app.core.providers.offline import OfflineProvider  # noqa: E402
from tui_app.samples import load_sample  # noqa: E402

CHARITY_RUN = CampaignBrief.parse(
    {
        "product": "Midnight Miles",
        "client": "Harbour Food Bank",
        "client_website": "harbourfoodbank.example.org",
        "target_audience": "Runners and running clubs in Cape Town",
        "goals": ["Sign up 800 runners", "Raise meals for families"],
        "key_features": [
            "Every R10 provides 3 meals",
            "5 km and 10 km routes along the harbour",
            "Glow kit for every runner",
        ],
        "budget": "120000 ZAR",
        "timeline": "6 weeks",
        "tone": "hopeful, community",
        "channels": ["instagram", "facebook", "email", "website"],
    }
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def shoot(chromium: str, page: Path, out: Path, profile: Path, size=(1280, 860)) -> None:
    subprocess.run(
        [
            chromium,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={size[0]},{size[1]}",
            f"--screenshot={out}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    print(f"wrote {out.relative_to(HERE.parent)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    briefs = {"bloom": load_sample("bloom_bakery"), "charity": CHARITY_RUN}
    assert len({b.style for b in briefs.values()}) == 1, "the point: one style, two brands"
    with tempfile.TemporaryDirectory() as tmp:
        engine = CampaignEngine(Path(tmp) / "data", provider=OfflineProvider())
        ids = {name: engine.submit(brief).id for name, brief in briefs.items()}
        engine.wait(list(ids.values()), timeout=120)
        for name, campaign_id in ids.items():
            campaign = engine.get(campaign_id)
            website = Path(campaign.website_path)
            profile = Path(tmp) / f"chromium-{name}"
            shoot(args.chromium, website, HERE / f"look_{name}_website.png", profile)
            landing = website.with_name("landing_page.html")
            shoot(args.chromium, landing, HERE / f"look_{name}_landing.png", profile)
        engine.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
