import GlossCLI
GlossCommand.main()
