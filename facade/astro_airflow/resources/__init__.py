"""One module per API area, each with its sync and async class side by side."""
