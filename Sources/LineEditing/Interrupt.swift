import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Tells a running command that the user pressed Ctrl-C.
///
/// While a command runs, the terminal is in its normal mode and Ctrl-C sends
/// `SIGINT`. After ``install()``, that signal no longer kills the process: it
/// sets a process-wide flag instead, which long-running work polls through
/// ``isRequested`` and which the REPL resets with ``clear()`` before each
/// command.
///
/// ``EditLineReader`` replaces the handler while it reads a line, so Ctrl-C at
/// the prompt discards the line without setting this flag.
public enum Interrupt {
  private static let requested = Atomic<Bool>(false)

  /// Installs the `SIGINT` handler that sets the flag.
  ///
  /// The handler uses `SA_RESTART`, so blocking system calls in the running
  /// command resume after the signal instead of failing with `EINTR`. Call
  /// it once at start-up; calling it again is harmless.
  public static func install() {
    // Initialise the lazy static here, never inside the signal handler.
    requested.store(false, ordering: .relaxed)
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = { _ in
        Interrupt.requested.store(true, ordering: .relaxed)
      }
    #else
      action.__sigaction_u.__sa_handler = { _ in
        Interrupt.requested.store(true, ordering: .relaxed)
      }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(SIGINT, &action, nil)
  }

  /// Whether Ctrl-C was pressed since the last ``clear()``.
  ///
  /// Cheap enough to poll in inner loops.
  public static var isRequested: Bool {
    requested.load(ordering: .relaxed)
  }

  /// Forgets an earlier Ctrl-C; call before starting a command.
  public static func clear() {
    requested.store(false, ordering: .relaxed)
  }

  /// Returns whether Ctrl-C was pressed and clears the flag in one step.
  ///
  /// - Returns: The value ``isRequested`` had.
  public static func consume() -> Bool {
    requested.exchange(false, ordering: .relaxed)
  }
}
