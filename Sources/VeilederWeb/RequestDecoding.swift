import Foundation
import Hummingbird

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
