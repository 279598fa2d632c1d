"""Adapters that resolve a written address to province / city / district (CI-6)."""
