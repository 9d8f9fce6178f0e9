"""Call queues: membership, waiting callers, join/leave and pause, from the tray and the CLI."""
