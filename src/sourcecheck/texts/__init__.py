"""Reading what users supply: bytes to text (decode), HTML/Markdown/EPUB/PDF to text
(readers, pdfworker), URLs (fetch), and a source text with its provenance (ingest)."""
