"""Entry point for ``python -m counter_app``."""

from counter_app.main import main

raise SystemExit(main())
