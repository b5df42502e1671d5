import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Wall-clock timing and child-process measurements.
enum Measure {
  /// Seconds taken by `body`, best of `repeats` runs.
  static func seconds(repeats: Int = 3, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<repeats {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
  }

  /// Runs a program to completion; returns its wall time and peak resident
  /// memory (bytes), with stdin from `input` and stdout discarded.
  static func run(
    _ path: String, _ arguments: [String], input: String? = nil, sampleMemory: Bool = false
  )
    -> (seconds: Double, peakBytes: Int, status: Int32)
  {
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for arg in argv { free(arg) } }
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return (0, 0, -1) }
    // The child's own high-water mark, read from /proc while it runs: its
    // rusage maxrss would also count this process's memory at the spawn.
    var status: Int32 = 0
    var peak = 0
    if !sampleMemory { waitpid(pid, &status, 0) }
    while sampleMemory && waitpid(pid, &status, WNOHANG) == 0 {
      peak = max(peak, highWaterMark(of: pid))
      usleep(10_000)
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (seconds, peak, (status >> 8) & 0xFF)
  }

  /// VmHWM of a running process, in bytes (0 when it cannot be read).
  static func highWaterMark(of pid: pid_t) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
      return kb * 1024
    }
    return 0
  }

  /// Peak resident memory of this process so far, in bytes.
  static func selfPeakBytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss) * 1024
  }
}
