"""The call in progress: who the user talks to, and acting on it from the computer."""
