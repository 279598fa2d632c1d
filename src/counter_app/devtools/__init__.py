"""Developer tools: compile forms, update and build translations, take screenshots."""
