import Foundation
@testable import VeilederCompiler

/// Paths to the test fixtures and the real guide, found from this file so tests run from any folder.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func compile(_ name: String) -> CompilationResult {
        let base = directory.appendingPathComponent(name)
        return GuideCompiler(configuration: .init(
            dialogsDirectory: base.appendingPathComponent("Dialogs"),
            localesDirectory: base.appendingPathComponent("Locales")
        )).compile()
    }

    static func compileRealGuide() -> CompilationResult {
        GuideCompiler(configuration: .init(
            dialogsDirectory: packageRoot.appendingPathComponent("Dialogs"),
            localesDirectory: packageRoot.appendingPathComponent("Locales")
        )).compile()
    }

    static func rendered(_ result: CompilationResult) -> String {
        DiagnosticRenderer().render(result.diagnostics, sources: result.sources, fileCount: result.sources.count)
    }
}
