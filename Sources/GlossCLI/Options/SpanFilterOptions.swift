import ArgumentParser
import GlossCore
import GlossShell

extension StatusChoice: ExpressibleByArgument {}
