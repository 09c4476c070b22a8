/// A `{service:ID}` or `{service:ID.field}` reference inside a line's text.
public struct ServiceReference: Sendable, Hashable {
    /// The referenced service.
    public var serviceID: String
    /// The referenced field, or `nil` for the name and main contact.
    public var field: Service.Field?
    /// The field as written, kept so the compiler can report an unknown one.
    public var fieldName: String?
    /// Offset of the opening brace, in characters from the start of the text.
    public var offset: Int

    static let opener = "{service:"

    /// All references in a text, in order.
    public static func scan(_ text: String) -> [ServiceReference] {
        var found: [ServiceReference] = []
        var rest = Substring(text)
        var offset = 0
        while let open = rest.firstRange(of: opener) {
            offset += rest.distance(from: rest.startIndex, to: open.lowerBound)
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstIndex(of: "}") else { break }
            let body = afterOpen[..<close]
            let parts = body.split(separator: ".", maxSplits: 1).map(String.init)
            let fieldName = parts.count > 1 ? parts[1] : nil
            found.append(ServiceReference(
                serviceID: parts.first ?? "", field: fieldName.flatMap(Service.Field.init(rawValue:)),
                fieldName: fieldName, offset: offset
            ))
            offset += rest.distance(from: open.lowerBound, to: close) + 1
            rest = afterOpen[afterOpen.index(after: close)...]
        }
        return found
    }

    /// The text with each reference replaced by `resolve`'s answer; unresolved ones stay as written.
    public static func expand(_ text: String, resolve: (ServiceReference) -> String?) -> String {
        guard text.contains(opener) else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: opener), let close = rest[open.upperBound...].firstIndex(of: "}") {
            output += rest[..<open.lowerBound]
            let whole = String(rest[open.lowerBound...close])
            let reference = scan(whole).first
            output += reference.flatMap(resolve) ?? whole
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        return output
    }
}
