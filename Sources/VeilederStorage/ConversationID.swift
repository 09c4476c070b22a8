/// A conversation's id: 128 random bits written as 32 lowercase hexadecimal characters.
///
/// Random rather than sequential so an id cannot be guessed from another, and long enough that holding one is
/// the only way to reach a conversation.
public struct ConversationID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 32 hexadecimal characters.
    public let rawValue: String

    /// A fresh random id from the system's cryptographically secure generator.
    public static func random() -> ConversationID {
        var generator = SystemRandomNumberGenerator()
        return ConversationID(high: generator.next(), low: generator.next())
    }

    /// An id from two 64-bit halves, for ids derived from a hash.
    public init(high: UInt64, low: UInt64) {
        rawValue = Self.hex(high) + Self.hex(low)
    }

    /// Validates an id received from a client; `nil` unless it is 32 lowercase hexadecimal characters.
    public init?(_ text: some StringProtocol) {
        guard text.utf8.count == 32, text.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            return nil
        }
        rawValue = String(text)
    }

    /// The hexadecimal form.
    public var description: String { rawValue }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
