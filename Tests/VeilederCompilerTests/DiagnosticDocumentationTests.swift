import Foundation
import Testing
@testable import VeilederCompiler

@Suite struct DiagnosticDocumentationTests {
    @Test(arguments: DiagnosticCode.allCases)
    func everyCodeHasAPage(code: DiagnosticCode) throws {
        let page = Fixture.packageRoot.appendingPathComponent("docs/diagnostics/\(code.rawValue).md")
        let text = try String(contentsOf: page, encoding: .utf8)
        #expect(text.hasPrefix("# \(code.rawValue):"))
        #expect(text.contains("## How to fix it"))
    }
}
