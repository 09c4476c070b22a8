/// A short, stable hash of a line's bokmål text, stored with each translation so that a changed source
/// shows up as a stale translation.
public enum Fingerprint {
    /// FNV-1a (32 bit) over the UTF-8 bytes, as 8 lowercase hex digits.
    public static func of(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
