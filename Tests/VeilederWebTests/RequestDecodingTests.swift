import Foundation
import NIOCore
import Testing
@testable import VeilederWeb

/// The single-field shortcut of request decoding reads exactly what `JSONDecoder` reads, or leaves the body to it.
@Suite("Request decoding shortcut")
struct RequestDecodingTests {
    static let simple: [(String, MessageRequest?)] = [
        (#"{"text":"jeg blir mobbet på skolen"}"#, MessageRequest(text: "jeg blir mobbet på skolen")),
        (#"{"option":"start.ung"}"#, MessageRequest(option: "start.ung")),
        (#"{"text":""}"#, MessageRequest(text: "")),
        (#"{"text":"æøå 😀 ok"}"#, MessageRequest(text: "æøå 😀 ok")),
        // Not the shortcut's shape: left to JSONDecoder.
        (#"{"text": "hei"}"#, nil),
        (#" {"text":"hei"}"#, nil),
        (#"{"text":"si \"hei\""}"#, nil),
        (#"{"text":"a\nb"}"#, nil),
        (#"{"text":"hei","option":"x"}"#, nil),
        (#"{"text":"hei"}x"#, nil),
        (#"{"text":"hei""#, nil),
        (#"{"text":42}"#, nil),
        (#"{"unknown":"hei"}"#, nil),
    ]

    @Test("Simple bodies match JSONDecoder; others are left to it")
    func shortcut() throws {
        for (body, expected) in Self.simple {
            let buffer = ByteBuffer(string: body)
            let read = RequestDecoding.singleField(buffer.readableBytesView).flatMap { MessageRequest(field: $0, value: $1) }
            #expect(read?.text == expected?.text && read?.option == expected?.option, "\(body)")
            if let read {
                let decoded = try JSONDecoder().decode(MessageRequest.self, from: Data(body.utf8))
                #expect(decoded.text == read.text && decoded.option == read.option, "\(body)")
            }
        }
    }

    @Test("A start body names only the locale")
    func start() {
        #expect(StartRequest(field: "locale", value: "nn")?.locale == "nn")
        #expect(StartRequest(field: "text", value: "nn") == nil)
    }
}
