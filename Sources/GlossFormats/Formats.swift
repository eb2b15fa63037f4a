/// Import and export formats.
