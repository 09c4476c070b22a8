import ArgumentParser
import Foundation
import Logging
import VeilederCompiler
import VeilederWeb

/// `veileder serve`: compiles the guide and runs the chat web server until SIGTERM or SIGINT.
///
/// Every option can also come from a `VEILEDER_*` environment variable; a flag wins over the variable, and the
/// variable over the default.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the chat web server with the JSON API, the Rasa webhook and the chat widget.",
        discussion: """
            Environment variables (a flag wins over its variable): VEILEDER_HOST, VEILEDER_PORT, VEILEDER_DIALOGS,
            VEILEDER_LOCALES, VEILEDER_DATABASE, VEILEDER_IDLE_MINUTES, VEILEDER_RETENTION_DAYS,
            VEILEDER_RATE_LIMIT (on/off), VEILEDER_RATE_LIMIT_CLIENT and VEILEDER_RATE_LIMIT_CONVERSATION
            (requests per minute), VEILEDER_ALLOWED_ORIGIN, VEILEDER_LOG_LEVEL.
            Open http://127.0.0.1:8080/ for the demo page with the widget.
            """
    )

    @Option(help: "Address to listen on (VEILEDER_HOST; default 127.0.0.1).")
    var host: String?

    @Option(help: "Port to listen on (VEILEDER_PORT; default 8080).")
    var port: Int?

    @Option(help: "Folder of dialog files (VEILEDER_DIALOGS; default ./Dialogs).")
    var dialogs: String?

    @Option(help: "Folder of locale folders (VEILEDER_LOCALES; default ./Locales).")
    var locales: String?

    @Option(help: "SQLite database file, created with its folder (VEILEDER_DATABASE; default ./data/veileder.sqlite).")
    var database: String?

    @Option(help: "Minutes before an idle conversation is deleted (VEILEDER_IDLE_MINUTES; default 30).")
    var idleMinutes: Int?

    @Option(help: "Days to keep unanswered questions and counters (VEILEDER_RETENTION_DAYS; default 90).")
    var retentionDays: Int?

    @Option(help: "Rate limiting on or off; off is for load tests only (VEILEDER_RATE_LIMIT; default on).")
    var rateLimit: String?

    @Option(help: "Requests per minute from one client address (VEILEDER_RATE_LIMIT_CLIENT; default 600).")
    var rateLimitClient: Int?

    @Option(help: "Messages per minute in one conversation (VEILEDER_RATE_LIMIT_CONVERSATION; default 30).")
    var rateLimitConversation: Int?

    @Option(help: "Origin allowed to call the API from browsers, or * (VEILEDER_ALLOWED_ORIGIN; default *).")
    var allowedOrigin: String?

    @Option(help: "trace, debug, info, notice, warning, error or critical (VEILEDER_LOG_LEVEL; default info).")
    var logLevel: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try Settings(command: self, environment: environment)
        var logger = Logger(label: "veileder") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = settings.logLevel

        let compiler = GuideCompiler(configuration: .init(
            dialogsDirectory: URL(fileURLWithPath: settings.dialogs),
            localesDirectory: URL(fileURLWithPath: settings.locales)
        ))
        let result = compiler.compile()
        guard let guide = result.guide, !result.hasErrors else {
            let renderer = DiagnosticRenderer()
            let text = renderer.render(result.diagnostics, sources: result.sources, fileCount: result.sources.count)
            FileHandle.standardError.write(Data((text + "\nThe guide has errors; the server was not started. Fix them and run `veileder serve` again.\n").utf8))
            throw ExitCode(1)
        }
        if !result.diagnostics.isEmpty {
            logger.notice("The guide compiled with warnings; run `veileder check` to see them", metadata: ["warnings": "\(result.diagnostics.count)"])
        }
        let app = try await buildApplication(configuration: settings.server, guide: guide, logger: logger)
        logger.info("Starting", metadata: [
            "address": "\(settings.server.host):\(settings.server.port)", "database": "\(settings.server.databasePath)",
            "rate_limits": "\(settings.server.rateLimits.enabled ? "on" : "off")",
        ])
        // SIGTERM and SIGINT end the service group gracefully: open requests finish, the purge loop stops.
        try await app.runService()
    }
}

extension ServeCommand {
    /// The options after flags, environment and defaults are combined and checked.
    struct Settings {
        var server = WebServer.Configuration()
        var dialogs = "./Dialogs"
        var locales = "./Locales"
        var logLevel = Logger.Level.info

        init(command: ServeCommand, environment: [String: String]) throws {
            func value(_ flag: String?, _ name: String) -> String? { flag ?? environment[name].flatMap { $0.isEmpty ? nil : $0 } }
            func integer(_ flag: Int?, _ name: String, in range: ClosedRange<Int>) throws -> Int? {
                let number: Int?
                if let flag { number = flag } else if let text = value(nil, name) {
                    guard let parsed = Int(text) else { throw ValidationError("\(name)=\(text) is not a whole number. Set it to a number from \(range.lowerBound) to \(range.upperBound).") }
                    number = parsed
                } else { number = nil }
                if let number, !range.contains(number) {
                    throw ValidationError("\(name) (or its flag) is \(number); use a number from \(range.lowerBound) to \(range.upperBound).")
                }
                return number
            }
            if let host = value(command.host, "VEILEDER_HOST") { server.host = host }
            if let port = try integer(command.port, "VEILEDER_PORT", in: 0...65_535) { server.port = port }
            if let dialogs = value(command.dialogs, "VEILEDER_DIALOGS") { self.dialogs = dialogs }
            if let locales = value(command.locales, "VEILEDER_LOCALES") { self.locales = locales }
            if let database = value(command.database, "VEILEDER_DATABASE") { server.databasePath = database }
            if let minutes = try integer(command.idleMinutes, "VEILEDER_IDLE_MINUTES", in: 1...1_440) {
                server.storage.idleTimeout = TimeInterval(minutes * 60)
            }
            if let days = try integer(command.retentionDays, "VEILEDER_RETENTION_DAYS", in: 1...3_650) {
                server.storage.retentionDays = days
            }
            if let switchText = value(command.rateLimit, "VEILEDER_RATE_LIMIT") {
                switch switchText.lowercased() {
                case "on", "true", "1", "yes": server.rateLimits.enabled = true
                case "off", "false", "0", "no": server.rateLimits.enabled = false
                default: throw ValidationError("VEILEDER_RATE_LIMIT (or --rate-limit) is '\(switchText)'; use on or off.")
                }
            }
            if let perMinute = try integer(command.rateLimitClient, "VEILEDER_RATE_LIMIT_CLIENT", in: 1...1_000_000) {
                server.rateLimits.clientPerMinute = perMinute
                server.rateLimits.clientBurst = max(1, perMinute / 5)
            }
            if let perMinute = try integer(command.rateLimitConversation, "VEILEDER_RATE_LIMIT_CONVERSATION", in: 1...100_000) {
                server.rateLimits.conversationPerMinute = perMinute
                server.rateLimits.conversationBurst = max(1, perMinute / 3)
            }
            if let origin = value(command.allowedOrigin, "VEILEDER_ALLOWED_ORIGIN") { server.allowedOrigin = origin }
            if let level = value(command.logLevel, "VEILEDER_LOG_LEVEL") {
                guard let parsed = Logger.Level(rawValue: level.lowercased()) else {
                    throw ValidationError("VEILEDER_LOG_LEVEL (or --log-level) is '\(level)'; use trace, debug, info, notice, warning, error or critical.")
                }
                logLevel = parsed
            }
        }
    }
}
