/// Line editing for the Gloss REPL.
