"""Call forwarding: the number behind the forwarding status, from the tray and the CLI."""
