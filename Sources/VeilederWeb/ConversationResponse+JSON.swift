import Hummingbird

/// Writes the conversation answer as JSON by hand. It is sent for every message, and Foundation's
/// `JSONEncoder` (reflection over `Codable`, a dictionary per object) cost about 6 % of the server's time in the
/// web benchmark; this writer produces the same document in a single pass.
extension ConversationResponse: ResponseGenerator {
    /// The JSON response with status 200 (`EditedResponse` changes it to 201 for a new conversation).
    func response(from request: Request, context: some RequestContext) throws -> Response {
        var json = JSONWriter()
        json.object { json in
            json.field("id") { $0.string(id) }
            json.field("locale") { $0.string(locale) }
            json.field("messages") { json in
                json.array(messages) { json, message in
                    json.object { json in
                        json.field("id") { $0.string(message.id) }
                        json.field("text") { $0.string(message.text) }
                        json.field("kind") { $0.string(message.kind) }
                    }
                }
            }
            json.field("options") { json in
                json.array(options) { json, option in
                    json.object { json in
                        json.field("id") { $0.string(option.id) }
                        json.field("label") { $0.string(option.label) }
                    }
                }
            }
            json.field("crisis") { $0.bool(crisis) }
            json.field("ended") { $0.bool(ended) }
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: json.bytes)))
    }
}

/// A minimal JSON writer: objects, arrays, strings (escaped per RFC 8259) and booleans.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    init() {
        bytes.reserveCapacity(2048)
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        body(&self)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func array<T>(_ items: [T], _ element: (inout JSONWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for item in items {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            element(&self, item)
            needsComma = true
        }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    mutating func field(_ name: String, _ value: (inout JSONWriter) -> Void) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        string(name)
        bytes.append(UInt8(ascii: ":"))
        value(&self)
        needsComma = true
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most texts need no escaping: copy them whole instead of byte by byte.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [92, 110])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [92, 114])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [92, 116])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }
}
