"""The terminal reader: the only package of communique that imports textual.

`communique.reader.app.run_reader(article)` opens one article and
`communique.reader.app.run_folder(folder)` a list of the articles in a folder. The
pure helpers (`index`, `labels`) import no textual so they can be tested cheaply.
"""
