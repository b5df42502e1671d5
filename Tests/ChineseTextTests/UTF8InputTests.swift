import Testing

@testable import ChineseText

@Suite struct UTF8InputTests {
  @Test func decodesCleanText() throws {
    #expect(try UTF8Input.decode(Array("法院".utf8)) == "法院")
    #expect(try UTF8Input.decode([UInt8]()) == "")
  }

  @Test func keepsTheByteOrderMark() throws {
    let text = try UTF8Input.decode([0xEF, 0xBB, 0xBF] + Array("案".utf8))
    #expect(text.unicodeScalars.first == "\u{FEFF}")
  }

  @Test(
    arguments: [
      ([0x41, 0xFF, 0x42], 1),  // invalid lead byte
      ([0xE6, 0xB3, 0x95, 0xE6, 0xB3], 3),  // truncated at the end
      ([0xC0, 0xAF], 0),  // overlong
      ([0x61, 0xED, 0xA0, 0x80], 1),  // UTF-16 surrogate
      ([0xF4, 0x90, 0x80, 0x80], 0),  // beyond U+10FFFF
      ([0x80], 0),  // stray continuation
    ] as [([UInt8], Int)])
  func reportsTheFirstBadByte(bytes: [UInt8], offset: Int) {
    #expect(throws: TextInputError.invalidUTF8(byteOffset: offset)) { try UTF8Input.decode(bytes) }
  }

  @Test func rejectsBinary() {
    #expect(throws: TextInputError.binaryContent(byteOffset: 2)) {
      try UTF8Input.decode([0x61, 0x62, 0x00, 0x63])
    }
  }

  @Test func rejectsOversizedInput() {
    #expect(throws: TextInputError.tooLarge(bytes: 4, limit: 3)) {
      try UTF8Input.decode(Array("abcd".utf8), limit: 3)
    }
  }
}
