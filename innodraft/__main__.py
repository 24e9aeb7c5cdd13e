"""``python -m innodraft``: same as the ``innodraft`` command."""

import sys

from innodraft.entry import main

if __name__ == "__main__":
    sys.exit(main())
