"""``python -m urdu_clean``: the same command as ``urdu-clean``."""

from .cli import main

if __name__ == "__main__":
    main()
