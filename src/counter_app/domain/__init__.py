"""Domain model: plain Python, no Qt, no SQLAlchemy."""
