"""Entry point for ``python -m organiser``."""

import sys

from organiser.main import main

# The guard matters: import worker processes are spawned and re-import this module as ``__mp_main__``.
if __name__ == "__main__":
    sys.exit(main())
