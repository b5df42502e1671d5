import Foundation

/// A JSON value, decoded strictly (true is not 1, 1 is not true).
indirect enum JSONValue: Decodable, Equatable {
  case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object(
    [String: JSONValue])

  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let i = try? c.decode(Int.self) {
      self = .int(i)
    } else if let d = try? c.decode(Double.self) {
      self = .double(d)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([JSONValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: JSONValue].self))
    }
  }

  static func parse(_ data: Data) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: data)
  }
}

/// Validates JSON against the subset of JSON Schema (draft 2020-12) that
/// docs/legal-extract-1.schema.json uses. A keyword outside the subset is
/// an error, never silently ignored, so the schema cannot outgrow the check.
struct JSONSchemaValidator {
  let root: JSONValue

  /// Keywords that only annotate.
  static let annotations: Set<String> = [
    "$schema", "$id", "title", "description", "$comment", "$defs", "examples",
  ]
  static let assertions: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems",
    "enum", "const",
    "pattern", "minimum", "minLength", "$ref", "oneOf", "anyOf",
  ]

  /// Every violation, as "path: message"; empty when the value is valid.
  func errors(in value: JSONValue) -> [String] { check(value, against: root, at: "$") }

  private func check(_ value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
    guard case .object(let keywords) = schema else {
      if case .bool(let allowed) = schema {
        return allowed ? [] : ["\(path): no value is allowed here"]
      }
      return ["\(path): the schema is not an object"]
    }
    var errors: [String] = []
    for (key, rule) in keywords.sorted(by: { $0.key < $1.key }) {
      if Self.annotations.contains(key) { continue }
      guard Self.assertions.contains(key) else {
        errors.append("\(path): unsupported schema keyword \(key)")
        continue
      }
      errors += apply(key, rule, to: value, schema: keywords, at: path)
    }
    return errors
  }

  private func apply(
    _ key: String, _ rule: JSONValue, to value: JSONValue, schema: [String: JSONValue],
    at path: String
  ) -> [String] {
    switch (key, rule) {
    case ("type", .string(let t)):
      return Self.hasType(value, t) ? [] : ["\(path): expected \(t), got \(value)"]
    case ("type", .array(let ts)):
      return ts.contains {
        if case .string(let t) = $0 { return Self.hasType(value, t) } else { return false }
      }
        ? [] : ["\(path): expected one of \(ts), got \(value)"]
    case ("properties", .object(let properties)):
      guard case .object(let members) = value else { return [] }
      return properties.sorted { $0.key < $1.key }.flatMap { name, sub in
        members[name].map { check($0, against: sub, at: "\(path).\(name)") } ?? []
      }
    case ("required", .array(let names)):
      guard case .object(let members) = value else { return [] }
      return names.compactMap {
        if case .string(let n) = $0, members[n] == nil {
          return "\(path): missing \(n)"
        } else {
          return nil
        }
      }
    case ("additionalProperties", let sub):
      guard case .object(let members) = value else { return [] }
      var known: Set<String> = []
      if case .object(let properties)? = schema["properties"] { known = Set(properties.keys) }
      let unknown = members.filter { !known.contains($0.key) }.sorted { $0.key < $1.key }
      return unknown.flatMap { name, member -> [String] in
        if case .bool(false) = sub { return ["\(path): unexpected field \(name)"] }
        return check(member, against: sub, at: "\(path).\(name)")
      }
    case ("items", let sub):
      guard case .array(let elements) = value else { return [] }
      return elements.enumerated().flatMap { check($1, against: sub, at: "\(path)[\($0)]") }
    case ("minItems", .int(let n)):
      if case .array(let a) = value, a.count < n { return ["\(path): fewer than \(n) items"] }
      return []
    case ("maxItems", .int(let n)):
      if case .array(let a) = value, a.count > n { return ["\(path): more than \(n) items"] }
      return []
    case ("enum", .array(let options)):
      return options.contains(value) ? [] : ["\(path): \(value) is not one of \(options)"]
    case ("const", let constant):
      return value == constant ? [] : ["\(path): \(value) is not \(constant)"]
    case ("pattern", .string(let pattern)):
      guard case .string(let s) = value else { return [] }
      guard let regex = try? NSRegularExpression(pattern: pattern) else {
        return ["\(path): bad pattern \(pattern)"]
      }
      let found = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
      return found ? [] : ["\(path): '\(s)' does not match \(pattern)"]
    case ("minimum", let minimum):
      guard let v = Self.number(value), let m = Self.number(minimum) else { return [] }
      return v >= m ? [] : ["\(path): \(v) is below \(m)"]
    case ("minLength", .int(let n)):
      if case .string(let s) = value, s.unicodeScalars.count < n {
        return ["\(path): shorter than \(n)"]
      }
      return []
    case ("$ref", .string(let reference)):
      guard let target = resolve(reference) else { return ["\(path): cannot resolve \(reference)"] }
      return check(value, against: target, at: path)
    case ("oneOf", .array(let options)):
      let results = options.map { check(value, against: $0, at: path) }
      let passing = results.filter(\.isEmpty).count
      if passing == 1 { return [] }
      if passing == 0 {
        return [
          "\(path): matches none of oneOf: "
            + (results.min { $0.count < $1.count } ?? []).joined(separator: "; ")
        ]
      }
      return ["\(path): matches \(passing) of oneOf"]
    case ("anyOf", .array(let options)):
      let results = options.map { check(value, against: $0, at: path) }
      return results.contains(where: \.isEmpty)
        ? [] : ["\(path): matches none of anyOf: " + results.flatMap { $0 }.joined(separator: "; ")]
    default:
      return ["\(path): malformed \(key) rule"]
    }
  }

  /// Local references only: #/$defs/NAME.
  private func resolve(_ reference: String) -> JSONValue? {
    guard reference.hasPrefix("#/") else { return nil }
    var node = root
    for part in reference.dropFirst(2).split(separator: "/") {
      guard case .object(let members) = node, let next = members[String(part)] else { return nil }
      node = next
    }
    return node
  }

  static func hasType(_ value: JSONValue, _ type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array),
      ("object", .object):
      return true
    case ("integer", .int): return true
    case ("integer", .double(let d)): return d.rounded() == d
    case ("number", .int), ("number", .double): return true
    default: return false
    }
  }

  static func number(_ value: JSONValue) -> Double? {
    switch value {
    case .int(let i): return Double(i)
    case .double(let d): return d
    default: return nil
    }
  }
}
