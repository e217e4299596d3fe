"""Numbers and dates read from text (both calendars), and facts checked as facts."""
