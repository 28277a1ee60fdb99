# Vendored copy for the example: manifest and file layout only.
