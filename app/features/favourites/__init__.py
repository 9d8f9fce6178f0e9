"""Favourite colleagues: pinned, with their status, one click calls them."""
