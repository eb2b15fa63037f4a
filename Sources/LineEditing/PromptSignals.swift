import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `SIGINT` set-up that lets Ctrl-C interrupt `el_gets`.
///
/// libedit (with `EL_SIGNAL`) restores the terminal on `SIGINT` and passes
/// the signal on to the handler that was installed before it. A no-op
/// handler installed *without* `SA_RESTART` makes the blocked `read(2)` fail
/// with `EINTR`, so `el_gets` returns NULL with a count of -1. `signal(3)`
/// cannot be used: glibc's version implies `SA_RESTART`.
enum PromptSignals {
  /// Set by the handler, so an interrupt is recognised even if `errno`
  /// changed on the way out of libedit.
  private static let interrupted = Atomic<Bool>(false)

  /// Runs `body` with the no-op `SIGINT` handler installed and `SIGINT`
  /// unblocked, then restores the previous handler and signal mask.
  static func withInterruptibleReads<Result>(
    _ body: () -> Result
  ) -> Result {
    interrupted.store(false, ordering: .relaxed)

    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = { _ in
        PromptSignals.interrupted.store(true, ordering: .relaxed)
      }
    #else
      action.__sigaction_u.__sa_handler = { _ in
        PromptSignals.interrupted.store(true, ordering: .relaxed)
      }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    var previousAction = sigaction()
    sigaction(SIGINT, &action, &previousAction)

    var interruptSignal = sigset_t()
    sigemptyset(&interruptSignal)
    sigaddset(&interruptSignal, SIGINT)
    var previousMask = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &interruptSignal, &previousMask)

    defer {
      pthread_sigmask(SIG_SETMASK, &previousMask, nil)
      sigaction(SIGINT, &previousAction, nil)
    }
    return body()
  }

  /// Whether `SIGINT` arrived during the last read; clears the record.
  static func consumeInterrupt() -> Bool {
    interrupted.exchange(false, ordering: .relaxed)
  }
}
