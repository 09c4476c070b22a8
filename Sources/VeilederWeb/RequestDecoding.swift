import Foundation
import Hummingbird
import NIOCore

/// Reads and decodes JSON request bodies with the server's own limits and errors, so every bad body gets a
/// JSON error that says what to fix instead of Hummingbird's generic 400.
struct RequestDecoding: Sendable {
    /// The largest body accepted, in bytes.
    var maxBodySize: Int

    /// The body as a JSON value of type `T`; an empty body decodes from `{}` when `allowEmpty` is set.
    func decode<T: Decodable>(_ type: T.Type, from request: Request, allowEmpty: Bool = false) async throws(APIError) -> T {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodySize {
            throw .bodyTooLarge(limit: maxBodySize)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBodySize)
        } catch {
            // collect(upTo:) throws when the streamed body passes the limit (no Content-Length needed).
            throw .bodyTooLarge(limit: maxBodySize)
        }
        let bytes = buffer.readableBytesView
        guard String(validating: bytes, as: UTF8.self) != nil else { throw .invalidUTF8 }
        if let simple = T.self as? any SingleFieldBody.Type, let (name, value) = Self.singleField(bytes),
           let body = simple.init(field: name, value: value) as? T {
            return body
        }
        let data = bytes.allSatisfy(Self.isWhitespace) && allowEmpty ? Data("{}".utf8) : Data(bytes)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.typeMismatch(expected, context) {
            throw .invalidField(Self.path(context), expected: Self.describe(expected))
        } catch let DecodingError.valueNotFound(expected, context) {
            throw .invalidField(Self.path(context), expected: Self.describe(expected))
        } catch let DecodingError.keyNotFound(key, context) {
            let path = (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
            throw .invalidField(path, expected: "present")
        } catch {
            throw .invalidJSON
        }
    }

    /// The name and value of a body that is exactly `{"name":"value"}` with no escapes in either, else `nil`.
    ///
    /// Why: nearly every chat message is one such object, and `JSONDecoder` (Foundation's parser, a dictionary
    /// and reflection-driven decoding) was about 2 % of the server's time under load. Anything else, including
    /// white space, escapes, more fields and every malformed body, still goes to `JSONDecoder` and its errors.
    static func singleField(_ bytes: ByteBufferView) -> (String, String)? {
        let quote = UInt8(ascii: "\"")
        func isPlain(_ byte: UInt8) -> Bool { byte >= 0x20 && byte != quote && byte != UInt8(ascii: "\\") }
        var index = bytes.startIndex
        let end = bytes.endIndex
        func expect(_ byte: UInt8) -> Bool {
            guard index < end, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        func plainString() -> String? {
            guard expect(quote) else { return nil }
            let start = index
            while index < end, isPlain(bytes[index]) { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            return expect(quote) ? text : nil
        }
        guard expect(UInt8(ascii: "{")), let name = plainString(), expect(UInt8(ascii: ":")), let value = plainString(),
              expect(UInt8(ascii: "}")), index == end else { return nil }
        return (name, value)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? "(body)" : path
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Double.Type: "a number"
        default: "a JSON object"
        }
    }
}
