"""Allow `python -m kg`."""

import sys


def _run() -> None:
    try:
        from kg.cli import main

        main()
    except ModuleNotFoundError as err:  # run from a checkout without its dependencies installed
        if err.name and err.name.split(".")[0] == "kg":
            raise
        sys.exit(f"Error: govkg's dependency {err.name!r} is not installed; install govkg with: pip install .")


_run()
