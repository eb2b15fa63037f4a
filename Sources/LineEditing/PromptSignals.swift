import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The `SIGINT` set-up that lets Ctrl-C interrupt `el_gets`.
///
/// libedit (with `EL_SIGNAL`) restores the terminal on `SIGINT` and passes
/// the signal on to the handler that was installed before it. A no-op
/// handler installed *without* `SA_RESTART` makes the blocked `read(2)` fail
/// with `EINTR`, so `el_gets` returns NULL with a count of -1. `signal(3)`
/// cannot be used: glibc's version implies `SA_RESTART`.
///
/// A `SIGINT` can also arrive while libedit is between two reads (echoing a
/// key, or drawing the prompt before raw mode). Its handler has then already
/// run, and the next `read(2)` would block with nothing left to interrupt
/// it. So the handler also starts a repeating wake-up timer (`SIGALRM`, with
/// its own no-op handler and no `SA_RESTART`) that interrupts whatever read
/// comes next; the timer stops when the read returns.
enum PromptSignals {
  /// How soon, and how often, a pending interrupt re-interrupts a read.
  private static let wakeUpInterval = timeval(tv_sec: 0, tv_usec: 50_000)

  /// Set by the handler, so an interrupt is recognised even if `errno`
  /// changed on the way out of libedit.
  private static let interrupted = Atomic<Bool>(false)

  /// Runs `body` with the no-op `SIGINT` handler installed and `SIGINT`
  /// unblocked, then restores the previous handler and signal mask.
  static func withInterruptibleReads<Result>(
    _ body: () -> Result
  ) -> Result {
    interrupted.store(false, ordering: .relaxed)

    var previousWakeUpAction = sigaction()
    var wakeUpAction = handlerAction { _ in }
    sigaction(SIGALRM, &wakeUpAction, &previousWakeUpAction)

    var action = handlerAction { _ in
      PromptSignals.interrupted.store(true, ordering: .relaxed)
      PromptSignals.setWakeUpTimer(interval: PromptSignals.wakeUpInterval)
    }
    var previousAction = sigaction()
    sigaction(SIGINT, &action, &previousAction)

    var interruptSignal = sigset_t()
    sigemptyset(&interruptSignal)
    sigaddset(&interruptSignal, SIGINT)
    var previousMask = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &interruptSignal, &previousMask)

    defer {
      // Stop the timer first: a wake-up already due is then delivered (to
      // the no-op handler) on the way out of this system call.
      setWakeUpTimer(interval: timeval(tv_sec: 0, tv_usec: 0))
      pthread_sigmask(SIG_SETMASK, &previousMask, nil)
      sigaction(SIGINT, &previousAction, nil)
      sigaction(SIGALRM, &previousWakeUpAction, nil)
    }
    return body()
  }

  /// A `sigaction` that runs `handler` without `SA_RESTART`.
  private static func handlerAction(
    _ handler: @convention(c) (Int32) -> Void
  ) -> sigaction {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = handler
    #else
      action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    return action
  }

  /// Starts (or, with a zero interval, stops) the repeating wake-up timer.
  ///
  /// `setitimer(2)` is a plain system call, safe to make from a handler.
  private static func setWakeUpTimer(interval: timeval) {
    var timer = itimerval(it_interval: interval, it_value: interval)
    #if canImport(Glibc)
      setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &timer, nil)
    #else
      setitimer(ITIMER_REAL, &timer, nil)
    #endif
  }

  /// Whether `SIGINT` arrived during the last read; clears the record.
  static func consumeInterrupt() -> Bool {
    interrupted.exchange(false, ordering: .relaxed)
  }
}
