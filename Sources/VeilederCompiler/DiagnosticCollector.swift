/// Gathers diagnostics while a compilation runs, so every problem is reported in one pass.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []
    /// Nodes in parts of files that could not be parsed; cross-file checks treat them as present.
    var salvaged: [YAMLRecovery.Salvage] = []

    func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, code, message, at: location))
    }

    func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, code, message, at: location))
    }

    /// Takes over another collector's findings (from a part of the compilation that ran on its own thread).
    func absorb(_ other: DiagnosticCollector) {
        diagnostics += other.diagnostics
        salvaged += other.salvaged
    }

    /// Diagnostics in file and position order, errors before warnings at the same place.
    var sorted: [Diagnostic] {
        diagnostics.sorted { ($0.location, $0.severity) < ($1.location, $1.severity) }
    }
}
