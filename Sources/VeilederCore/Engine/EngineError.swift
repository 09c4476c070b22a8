/// A request the engine cannot answer; the message says how to fix it.
public struct EngineError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Code: Equatable, Sendable {
        case unknownOption(String)
        case unknownLocale(String)
        case unknownNode(String)
        case unsupportedStateVersion(Int)
        case conversationEnded
    }

    private let code: Code

    /// The option id is not among the options offered at the current node.
    public static func unknownOption(_ id: String) -> EngineError { .init(code: .unknownOption(id)) }
    /// The locale has no translation.
    public static func unknownLocale(_ locale: String) -> EngineError { .init(code: .unknownLocale(locale)) }
    /// A state points at a node the guide no longer has.
    public static func unknownNode(_ id: String) -> EngineError { .init(code: .unknownNode(id)) }
    /// A stored state was written by a newer build.
    public static func unsupportedStateVersion(_ version: Int) -> EngineError { .init(code: .unsupportedStateVersion(version)) }
    /// Input arrived after the user left.
    public static let conversationEnded = EngineError(code: .conversationEnded)

    /// A stable machine-readable code for APIs.
    public var identifier: String {
        switch code {
        case .unknownOption: "unknown_option"
        case .unknownLocale: "unknown_locale"
        case .unknownNode: "unknown_node"
        case .unsupportedStateVersion: "unsupported_state_version"
        case .conversationEnded: "conversation_ended"
        }
    }

    /// What went wrong and what to do.
    public var description: String {
        switch code {
        case .unknownOption(let id):
            "The option '\(id)' is not offered at this point of the conversation. Send one of the option ids from the last reply, or send text."
        case .unknownLocale(let locale):
            "The locale '\(locale)' is not available. Use one of the locales the guide is translated to (nb, nn, en)."
        case .unknownNode(let id):
            "The conversation is at node '\(id)', which the guide no longer has. Start a new conversation."
        case .unsupportedStateVersion(let version):
            "The conversation was stored in format version \(version), newer than this build understands. Start a new conversation."
        case .conversationEnded:
            "The conversation has ended. Start a new conversation to continue."
        }
    }
}
