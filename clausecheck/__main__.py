"""``python -m clausecheck`` runs the command line."""

import sys

from clausecheck.cli import main

sys.exit(main())
