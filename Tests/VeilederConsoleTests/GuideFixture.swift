import Foundation
import VeilederConsole

/// A dialog and locale folder written to a temporary directory, so the command tests need no fixture files
/// in the package (and no resource declarations).
struct GuideFixture {
    /// The folder holding `Dialogs/` and `Locales/`.
    let root: URL

    var dialogs: URL { root.appendingPathComponent("Dialogs") }
    var locales: URL { root.appendingPathComponent("Locales") }
    var loader: GuideLoader { GuideLoader(configuration: .init(dialogsDirectory: dialogs, localesDirectory: locales)) }

    /// Writes `files` (paths relative to the root) into a fresh temporary folder.
    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("veileder-console-\(UUID().uuidString)", isDirectory: true)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// A small valid guide: audience choice, a menu, a parent's page on school absence, and one passing test.
    static func valid(extra: [String: String] = [:]) throws -> GuideFixture {
        try GuideFixture(files: baseFiles.merging(extra) { _, new in new })
    }

    static let baseFiles: [String: String] = [
        "Dialogs/guide.yaml": """
            version: 1
            guide:
              start: start
              menu: meny
              fallback: ukjent
              crisis: krise
              help: hjelp
              variables:
                audience: [ungdom, forelder]
            """,
        "Dialogs/start.yaml": """
            version: 1
            nodes:
              - id: start
                say:
                  - Hei! Hva kan vi hjelpe deg med?
                options:
                  - label: Forelder
                    goto: meny
                    set: { audience: forelder }
                  - label: Ung
                    goto: meny
                    set: { audience: ungdom }
              - id: meny
                say: [Hva er du bekymret for?]
                options:
                  - { label: Skolefravær, goto: fravaer }
              - id: fravaer
                topic: fravaer
                say: ["Tegn er vondt i magen om morgenen.\tSnakk med skolen."]
                end: true
              - id: ukjent
                say: [Jeg forsto ikke helt.]
                options:
                  - { label: Meny, goto: meny }
              - id: hjelp
                say: [Skriv /start for å begynne på nytt.]
                options:
                  - { label: Fortsett, goto: "@return" }
              - id: krise
                say: [Ring 113.]
                options:
                  - { label: Fortsett, goto: "@return" }
            topics:
              - id: fravaer
                category: skolefravaer
                title: Skolefravær
                entry: fravaer
                examples: [sønnen min vil ikke gå på skolen]
            """,
        "Dialogs/tests/fravaer.yaml": """
            version: 1
            tests:
              - name: Forelder finner tegn
                steps:
                  - input: Forelder
                    expect: { node: meny }
                  - input: Skolefravær
                    expect: { node: fravaer, contains: [vondt i magen] }
            """,
        "Locales/nb/crisis.yaml": """
            version: 1
            locale: nb
            patterns:
              - id: selvmord
                kind: suicidal
                phrases: [vil ta livet mitt]
            """,
    ]

    /// A failing conversation test, to add to `valid(extra:)`.
    static let failingTest: [String: String] = [
        "Dialogs/tests/feil.yaml": """
            version: 1
            tests:
              - name: Feil forventning
                steps:
                  - input: Forelder
                    expect: { node: fravaer }
            """,
    ]

    /// A dialog file with an unknown key and a jump to a node that does not exist.
    static let brokenNodes: [String: String] = [
        "Dialogs/feil.yaml": """
            version: 1
            nodes:
              - id: ekstra
                sey: [Skrivefeil]
                options:
                  - { label: Videre, goto: finnes.ikke }
            """,
    ]
}
