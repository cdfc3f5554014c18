"""Entry point for ``python -m organiser``."""

import sys

from organiser.cli import main

sys.exit(main())
