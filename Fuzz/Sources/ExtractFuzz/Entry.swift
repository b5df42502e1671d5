import Foundation

// libFuzzer drives the harness. SwiftPM links an executable target's entry
// point as `ExtractFuzz_main`, so that symbol hands the command line to
// libFuzzer's driver instead of libFuzzer's own `main`.

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("ExtractFuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var count = argc
  var arguments = argv
  return runDriver(&count, &arguments) { data, size in
    let bytes =
      data.map { UnsafeBufferPointer(start: $0, count: size) }
      ?? UnsafeBufferPointer(start: nil, count: 0)
    InvariantCheck.run(bytes)
    return 0
  }
}
