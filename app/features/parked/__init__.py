"""Parked calls: every occupied park slot, and picking one up, from the tray and the CLI."""
