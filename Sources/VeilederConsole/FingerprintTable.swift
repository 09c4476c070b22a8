import VeilederCompiler
import VeilederCore

/// `veileder fingerprints`: every translatable line with its id and the fingerprint of its bokmål text.
///
/// Translators copy the fingerprint into `source:` next to their translation in `Locales/<locale>/lines.yaml`;
/// when the bokmål text later changes, `veileder check` reports the translation as stale. The output is one line
/// per entry, `id<TAB>fingerprint<TAB>text`, so it can be sorted, filtered with `grep` or opened as a
/// spreadsheet.
public struct FingerprintTable: Sendable {
    /// One translatable line.
    public struct Entry: Sendable, Hashable {
        /// The line id translations are keyed by.
        public var id: String
        /// The bokmål source text, as written (service references not filled in).
        public var text: String

        /// Creates an entry.
        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }

        /// The fingerprint of the text, as the compiler computes it for stale checks.
        public var fingerprint: String { Fingerprint.of(text) }

        /// `id<TAB>fingerprint<TAB>text`; tabs and newlines in the text become spaces so each entry stays one row.
        public var row: String {
            let flat = String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
            return "\(id)\t\(fingerprint)\t\(flat)"
        }
    }

    /// The entries, in a stable order.
    public let entries: [Entry]

    /// Creates a table of the given entries.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Every translatable line of a compiled guide: bubbles and option labels node by node (nodes sorted by
    /// id, so related nodes such as `skolefravaer.*` sit together), then topic titles, then service names and
    /// opening hours.
    ///
    /// These are the line kinds the compiler checks translations for; the guide holds nodes in a dictionary,
    /// so file order is not available here and id order is the stable alternative.
    public init(guide: Guide) {
        var entries: [Entry] = []
        for node in guide.nodes.values.sorted(by: { $0.id < $1.id }) {
            entries += node.lines.map { Entry(id: $0.id, text: $0.text) }
            entries += node.options.map { Entry(id: $0.id, text: $0.label) }
        }
        entries += guide.topics.map { Entry(id: $0.titleLineID, text: $0.title) }
        for service in guide.services.values.sorted(by: { $0.id < $1.id }) {
            entries.append(Entry(id: "service.\(service.id).name", text: service.name))
            if let hours = service.fields[.hours] {
                entries.append(Entry(id: "service.\(service.id).hours", text: hours))
            }
        }
        self.init(entries: entries)
    }

    /// Writes one row per entry.
    public func write(to output: any TextOutput) {
        for entry in entries {
            output.writeLine(entry.row)
        }
    }
}
