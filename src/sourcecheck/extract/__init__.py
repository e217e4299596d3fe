"""Proposing the claims of a text: quotations, speakers, dates, sources, and the claims file."""
