import ArgumentParser
/// The gloss command.
public struct GlossCommand: ParsableCommand { public init() {} }
