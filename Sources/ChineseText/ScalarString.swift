extension String {
  /// The string of `scalars`, encoded straight into UTF-8. Every mention's
  /// text is made this way; `String.UnicodeScalarView.append(contentsOf:)`
  /// takes a generic, unspecialised path that cost thousands of instructions
  /// for a ten-character mention.
  package init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
    self.init(encoding: scalars)
  }

  /// The same for the arrays and slices the rules pass: the generic form is
  /// not specialised across the module boundary, and walking a slice
  /// through its iterator's witness table cost ~15k instructions a title
  /// (11M when the law index cut the table's titles at 关于).
  package init(scalars: ArraySlice<Unicode.Scalar>) { self.init(encoding: scalars) }

  package init(scalars: [Unicode.Scalar]) { self.init(encoding: scalars) }

  private init<C: Collection>(encoding scalars: C) where C.Element == Unicode.Scalar {
    self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
      var n = 0
      for s in scalars { n = UTF8Writer.write(s, into: buffer, at: n) }
      return n
    }
  }
}

/// Writes one scalar's UTF-8 into a buffer the caller sized (four bytes a
/// scalar at most); used where strings are built straight into their storage.
package enum UTF8Writer {
  @inlinable @inline(__always)
  package static func write(
    _ s: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at n: Int
  ) -> Int {
    let v = s.value
    if v < 0x80 {
      buffer[n] = UInt8(v)
      return n + 1
    } else if v < 0x800 {
      buffer[n] = UInt8(0xC0 | v >> 6)
      buffer[n + 1] = UInt8(0x80 | v & 0x3F)
      return n + 2
    } else if v < 0x10000 {
      buffer[n] = UInt8(0xE0 | v >> 12)
      buffer[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
      buffer[n + 2] = UInt8(0x80 | v & 0x3F)
      return n + 3
    } else {
      buffer[n] = UInt8(0xF0 | v >> 18)
      buffer[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
      buffer[n + 2] = UInt8(0x80 | v >> 6 & 0x3F)
      buffer[n + 3] = UInt8(0x80 | v & 0x3F)
      return n + 4
    }
  }
}
