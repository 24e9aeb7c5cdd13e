"""One page per step of the sidebar."""
