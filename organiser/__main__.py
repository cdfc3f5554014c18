"""Entry point for ``python -m organiser``."""

from organiser.main import run

# The guard matters: import worker processes are spawned and re-import this module as ``__mp_main__``.
if __name__ == "__main__":
    run()
