"""A warning when the desk phone is not registered: click-to-dial would ring nothing."""
