"""Site generation: rendering pages, short links, exports and the thin MkDocs plugin."""
