"""Rencana's composition root: run a headless command, or open the window."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    """Run the command named in ``argv`` or start the GUI; return the exit code."""
    from app import cli

    if argv and (argv[0] in cli.COMMANDS or argv[0] in ("-h", "--help", "--version")):
        return cli.run(argv)
    from ui.application import run_gui  # Qt is loaded only for the window

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
