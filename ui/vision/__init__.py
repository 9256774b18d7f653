"""The Vision and goals page's parts: vision and missions, goals with their yearly targets."""
