"""Automatic status: timed status, screen lock, calendar and working hours."""
