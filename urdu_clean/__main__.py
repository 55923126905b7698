"""``python -m urdu_clean``: the same command as ``urdu-clean``."""

from .command import main

if __name__ == "__main__":
    main()
