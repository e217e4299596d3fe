"""Finding a quote in a text: quote parsing, the candidate index, word alignment,
classification into a status with its differences."""
