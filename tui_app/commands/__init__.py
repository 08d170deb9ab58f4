"""Sub-commands beyond running campaigns, one module each: `export`, `brand`, `serve`.

Each module has `add_parser(sub, common)` (its argparse sub-parser) and `run(args, loaded)`
(the command; returns the exit code). `cli.py` registers them.
"""
