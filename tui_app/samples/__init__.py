"""Sample briefs that ship with the package, for a newcomer to start from."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..core.models import CampaignBrief


def sample_paths() -> dict[str, Path]:
    """Sample name (file stem) -> path of its JSON file, sorted by name."""
    folder = resources.files(__package__)
    paths = {
        Path(entry.name).stem: Path(str(entry))
        for entry in folder.iterdir()
        if entry.name.endswith(".json")
    }
    return dict(sorted(paths.items()))


def load_sample(name: str) -> CampaignBrief:
    paths = sample_paths()
    if name not in paths:
        raise KeyError(f"No sample brief {name!r}; samples: {', '.join(paths)}")
    return CampaignBrief.from_json_file(paths[name])


def samples() -> dict[str, CampaignBrief]:
    return {name: CampaignBrief.from_json_file(path) for name, path in sample_paths().items()}
