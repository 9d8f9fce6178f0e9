"""Screen lock and unlock, from the platform's own notices (see :mod:`.base`)."""
