"""The CLI's commands, grouped by workflow. Each parses, calls one library function, prints."""
