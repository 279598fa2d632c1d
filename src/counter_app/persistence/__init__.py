"""SQLAlchemy 2 + Alembic adapter (the only package that imports them)."""
