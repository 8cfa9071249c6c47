"""Screens of the reader: the article reader, help, export dialog and folder list."""
