"""Records users write: claims and sources files (formats), bibliographies, import and export."""
