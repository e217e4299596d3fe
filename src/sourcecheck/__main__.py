"""``python -m sourcecheck`` and the ``sourcecheck`` console script.

Ctrl-C while sourcecheck is still starting (importing typer, numpy...) is the interrupt of
a command that has not begun: one line and exit 130, like any other, not a traceback.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Run the CLI; an interrupt before it is loaded stored nothing."""
    from .errors import EXIT_INTERRUPTED, NOTHING_STORED

    try:
        from .cli import main as run_cli
    except KeyboardInterrupt:
        sys.stderr.write(NOTHING_STORED + "\n")
        raise SystemExit(EXIT_INTERRUPTED) from None
    run_cli()


if __name__ == "__main__":
    main()
