import GlossCLI

GlossCommand.main()
