"""Application use cases: plain Python, no Qt, no SQLAlchemy."""
