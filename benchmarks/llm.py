"""LLM-provider benchmark (run by hand; prints figures, asserts nothing).

    python benchmarks/llm.py                   # stub answers after 0.5 s; 1 vs 4 campaigns
    python benchmarks/llm.py --delay 1 --campaigns 4 --repeat 3

Campaigns run through the real `langchain-openai` client and the app's own provider factory
against the local OpenAI-compatible stub of the tests (127.0.0.1, a free port). Each campaign
makes 11 model calls; two of them run as parallel branches, so one campaign waits about
10 × delay. Four campaigns at once should take hardly longer than one: they wait on the
network, not on the CPU. Target (DESIGN.md): ratio ≤ 1.15.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.openai_stub import OpenAIStub
from tui_app.config import Settings
from tui_app.core.engine import CampaignEngine
from tui_app.core.models import CampaignStatus
from tui_app.samples import samples


def run_batch(engine: CampaignEngine, count: int) -> float:
    """Wall time for `count` campaigns submitted together."""
    briefs = list(samples().values())
    t0 = time.perf_counter()
    ids = [engine.submit(briefs[i % len(briefs)]).id for i in range(count)]
    engine.wait(ids)
    elapsed = time.perf_counter() - t0
    bad = [
        engine.get(i).error_summary for i in ids if engine.get(i).status is not CampaignStatus.DONE
    ]
    if bad:
        raise SystemExit(f"campaigns failed: {bad}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.5, help="stub delay per call (s)")
    parser.add_argument("--campaigns", type=int, default=4, help="campaigns at once")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of each measurement")
    args = parser.parse_args()

    from tui_app.provider_setup import provider_factory

    with OpenAIStub() as stub, tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            provider="openai",
            model="bench",
            base_url=stub.url,
            timeout=30,
            max_workers=args.campaigns,
        )
        engine = CampaignEngine(
            tmp, max_workers=args.campaigns, provider=provider_factory(settings)
        )
        engine.warm_up()
        run_batch(engine, 1)  # imports langchain-openai and opens connections, not timed
        stub.delay = args.delay
        ones, manys = [], []
        for _ in range(args.repeat):
            ones.append(run_batch(engine, 1))
            manys.append(run_batch(engine, args.campaigns))
        engine.close()
        requests = stub.count

    one, many = statistics.median(ones), statistics.median(manys)
    print(f"stub delay {args.delay:g} s per call; {requests} requests served")
    print(f"1 campaign:            median {one:.2f} s  ({', '.join(f'{t:.2f}' for t in ones)})")
    print(
        f"{args.campaigns} campaigns at once:  median {many:.2f} s  "
        f"({', '.join(f'{t:.2f}' for t in manys)})"
    )
    print(f"ratio {many / one:.3f} (target ≤ 1.15)")


if __name__ == "__main__":
    main()
