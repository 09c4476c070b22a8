import ArgumentParser
import VeilederConsole

/// `veileder fingerprints`: every translatable line with its fingerprint, for translators.
struct FingerprintsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fingerprints",
        abstract: "List every line's id, fingerprint and bokmål text, for translators.",
        discussion: """
            Prints one line per bubble, option label, topic title and service field: \
            id<TAB>fingerprint<TAB>text. Copy the fingerprint into 'source:' beside the translation in \
            Locales/<locale>/lines.yaml; 'veileder check' then reports the translation as stale when the \
            bokmål text changes. To list only ids and fingerprints:
              veileder fingerprints | cut -f1,2
            """
    )

    @OptionGroup var folders: ContentFolders

    func run() throws {
        do {
            let guide = try folders.loader.loadGuide(reportingTo: StandardStream.standardError())
            FingerprintTable(guide: guide).write(to: StandardStream.standardOutput())
        } catch {
            throw error.reported()
        }
    }
}
