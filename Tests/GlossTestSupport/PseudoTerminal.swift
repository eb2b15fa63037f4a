#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A child process whose standard streams are a pseudo-terminal we control.
///
/// The child is started with `posix_spawn` in a new session
/// (`POSIX_SPAWN_SETSID`) and opens the pty's slave side itself, which makes
/// the pty its controlling terminal: Ctrl-C (`\u{03}`) written to the master
/// then sends it `SIGINT`, as in a real terminal. The test writes keystrokes
/// with ``send(_:)`` and waits for output with ``expect(_:timeout:)``.
package final class PseudoTerminal {
  /// Why starting, reading from or writing to the terminal failed.
  package struct Failure: Error, CustomStringConvertible {
    /// What went wrong, with the output seen so far where it helps.
    package var description: String

    /// Creates a failure with a description.
    package init(description: String) {
      self.description = description
    }
  }

  private let master: Int32
  private let pid: pid_t
  private let slavePath: String
  private var output: [UInt8] = []
  /// Output before this offset was consumed by an earlier ``expect(_:timeout:)``.
  private var matchedUpTo = 0
  private var hasExited = false
  private var reachedEndOfOutput = false

  /// Starts `executable` on a new pty of the given size.
  ///
  /// - Parameter currentDirectory: The child's working directory; the
  ///   test's own by default.
  package init(
    executable: String,
    arguments: [String] = [],
    environment: [String: String],
    currentDirectory: String? = nil,
    columns: UInt16 = 80,
    rows: UInt16 = 24
  ) throws {
    // posix_openpt(3) and friends are hidden from Swift's Glibc module, so
    // this uses the Linux interface underneath them: /dev/ptmx and ioctls.
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0 else {
      throw Failure(description: "cannot open /dev/ptmx: errno \(errno)")
    }
    let unlockRequest: UInt = 0x4004_5431  // TIOCSPTLCK
    let numberRequest: UInt = 0x8004_5430  // TIOCGPTN
    var locked: Int32 = 0
    var number: UInt32 = 0
    guard ioctl(master, unlockRequest, &locked) == 0,
      ioctl(master, numberRequest, &number) == 0
    else {
      close(master)
      throw Failure(description: "cannot set up the pty: errno \(errno)")
    }
    let slavePath = "/dev/pts/\(number)"
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let currentDirectory {
      guard Self.addChangeDirectory(&actions, currentDirectory) == 0 else {
        close(master)
        throw Failure(description: "cannot make \(currentDirectory) the child's working directory")
      }
    }
    // Opened in the child after setsid() and without O_NOCTTY, the slave
    // becomes the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    let setSessionID: Int32 = 0x80  // POSIX_SPAWN_SETSID, hidden without _GNU_SOURCE
    posix_spawnattr_setflags(
      &attributes,
      Int16(setSessionID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
    )
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaultSignals = sigset_t()
    sigemptyset(&defaultSignals)
    for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGWINCH, SIGTSTP] {
      sigaddset(&defaultSignals, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaultSignals)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for string in argv + envp { free(string) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      close(master)
      throw Failure(description: "posix_spawn \(executable) failed: \(result)")
    }
    self.master = master
    self.pid = pid
    self.slavePath = slavePath
  }

  deinit {
    if !hasExited {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
  }

  /// Everything the child wrote so far, with invalid UTF-8 repaired.
  package var transcript: String {
    String(decoding: output, as: UTF8.self)
  }

  /// Writes keystrokes to the terminal.
  package func send(_ keys: String) throws {
    var bytes = Array(keys.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes {
        write(master, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw Failure(description: "write to the pty failed: errno \(errno)")
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Waits until `text` appears in the output after the previous match.
  ///
  /// - Returns: The output from the previous match to the end of this one.
  @discardableResult
  package func expect(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
    let needle = Array(text.utf8)
    let deadline = ContinuousClock.now + timeout
    while true {
      if let range = firstRange(of: needle) {
        let matched = String(
          decoding: output[matchedUpTo..<range.upperBound], as: UTF8.self)
        matchedUpTo = range.upperBound
        return matched
      }
      let remaining = deadline - ContinuousClock.now
      guard remaining > .zero, !reachedEndOfOutput else {
        let unmatched = String(decoding: output[matchedUpTo...], as: UTF8.self)
        throw Failure(
          description: "did not see \(text.debugDescription); "
            + "output since the last match: \(unmatched.debugDescription); "
            + "child on \(slavePath): \(processStatus)"
        )
      }
      readAvailable(waitingAtMost: remaining)
    }
  }

  /// Waits until the child has switched the terminal out of canonical mode.
  ///
  /// libedit prints its prompt *before* it switches to raw mode, so keys
  /// sent as soon as the prompt shows may still meet the kernel's line
  /// discipline: `^D` becomes an end-of-file marker and is lost, `^R` is
  /// echoed. A person cannot type that fast; a test can. On Linux, `TCGETS`
  /// on the master side reports the slave's settings.
  package func waitForRawMode(timeout: Duration = .seconds(10)) throws {
    let deadline = ContinuousClock.now + timeout
    var settings = termios()
    while ContinuousClock.now < deadline {
      if tcgetattr(master, &settings) == 0, settings.c_lflag & UInt32(ICANON) == 0 {
        return
      }
      readAvailable(waitingAtMost: .milliseconds(1))
    }
    throw Failure(description: "the terminal stayed in canonical mode; child: \(processStatus)")
  }

  /// Waits for the child to exit, collecting its remaining output.
  ///
  /// - Returns: The exit status, or `nil` if a signal killed the child.
  package func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32? {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      var status: Int32 = 0
      if waitpid(pid, &status, WNOHANG) == pid {
        hasExited = true
        readAvailable(waitingAtMost: .zero)
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : nil
      }
      readAvailable(waitingAtMost: .milliseconds(20))
    }
    throw Failure(
      description: "the child did not exit; output: \(transcript.debugDescription)")
  }

  /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29), which Swift's
  /// Glibc module hides behind `_GNU_SOURCE`; looked up at run time.
  private static func addChangeDirectory(
    _ actions: inout posix_spawn_file_actions_t, _ directory: String
  ) -> Int32 {
    typealias AddChangeDirectory =
      @convention(c) (
        UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
      ) -> Int32
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return ENOSYS }
    let add = unsafeBitCast(symbol, to: AddChangeDirectory.self)
    return add(&actions, directory)
  }

  /// The child's `/proc/<pid>/stat` line, for failure messages.
  private var processStatus: String {
    guard let file = fopen("/proc/\(pid)/stat", "r") else { return "gone" }
    defer { fclose(file) }
    var line = [UInt8](repeating: 0, count: 512)
    let count = fread(&line, 1, line.count, file)
    return String(decoding: line[..<count], as: UTF8.self)
  }

  private func firstRange(of needle: [UInt8]) -> Range<Int>? {
    guard !needle.isEmpty, output.count - matchedUpTo >= needle.count else {
      return nil
    }
    for start in matchedUpTo...(output.count - needle.count)
    where output[start..<start + needle.count].elementsEqual(needle) {
      return start..<start + needle.count
    }
    return nil
  }

  private func readAvailable(waitingAtMost timeout: Duration) {
    let (seconds, attoseconds) = timeout.components
    let milliseconds = Int32(
      clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, max(milliseconds, 0)) > 0 else { return }
    var chunk = [UInt8](repeating: 0, count: 4096)
    let count = chunk.withUnsafeMutableBytes {
      read(master, $0.baseAddress, $0.count)
    }
    if count > 0 {
      output += chunk[..<count]
    } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
      // EIO: every slave descriptor is closed, so the child has gone.
      reachedEndOfOutput = true
    }
  }
}
