/// One authoring problem, found while compiling dialog and locale files; collected, never thrown.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Codable, Comparable {
        /// Fails `veileder check`.
        case error
        /// Reported; does not fail.
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// Severity.
    public var severity: Severity
    /// A stable code such as `VD0006`, documented in `docs/diagnostics/`.
    public var code: DiagnosticCode
    /// What is wrong and how to fix it.
    public var message: String
    /// Where it is.
    public var location: SourceLocation

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }
}

/// A position in a file: 1-based line and column (columns count Unicode scalars, as Yams marks do).
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    /// Path as given to the compiler (relative to the working directory when possible).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
