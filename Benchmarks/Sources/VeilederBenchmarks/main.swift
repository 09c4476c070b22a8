import Foundation
import VeilederCompiler
import VeilederCore
import VeilederText

// Figures for issue 3: routing speed on the real guide and on 5,000 generated topics, compile time,
// and the evaluation set's accuracy figures. Paths default to the main package next to this one.
let arguments = CommandLine.arguments.dropFirst()
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
func path(_ flag: String, default relative: String) -> URL {
    if let index = arguments.firstIndex(of: flag), arguments.index(after: index) < arguments.endIndex {
        return URL(fileURLWithPath: arguments[arguments.index(after: index)])
    }
    return root.appendingPathComponent(relative)
}
let dialogs = path("--dialogs", default: "Dialogs")
let locales = path("--locales", default: "Locales")
let evaluationFile = path("--eval", default: "Evaluation/messages.tsv")
let evalOnly = arguments.contains("--eval-only")
let showMisses = !arguments.contains("--no-misses")

let compiler = GuideCompiler(configuration: .init(dialogsDirectory: dialogs, localesDirectory: locales))
let compiled = compiler.compile()
guard let guide = compiled.guide else {
    let errors = compiled.diagnostics.filter { $0.severity == .error }
    FileHandle.standardError.write(Data("The guide does not compile (\(errors.count) errors); run `veileder check`.\n".utf8))
    for error in errors.prefix(10) { FileHandle.standardError.write(Data("  \(error)\n".utf8)) }
    exit(1)
}
// `--set name=value` overrides a router setting, for tuning experiments.
var routerConfiguration = Router.Configuration()
for (flag, value) in zip(arguments, arguments.dropFirst()) where flag == "--set" {
    let parts = value.split(separator: "=").map(String.init)
    guard parts.count == 2, let number = Double(parts[1]) else { continue }
    switch parts[0] {
    case "go": routerConfiguration.goThreshold = number
    case "clarify": routerConfiguration.clarifyThreshold = number
    case "margin": routerConfiguration.goMargin = number
    case "ratio": routerConfiguration.clarifyRatio = number
    case "k1": routerConfiguration.k1 = number
    case "b": routerConfiguration.b = number
    case "keyword": routerConfiguration.keywordWeight = number
    case "title": routerConfiguration.titleWeight = number
    case "neighbour": routerConfiguration.neighbourWeight = number
    case "evidence": routerConfiguration.evidenceScale = number
    case "bigram": routerConfiguration.bigramBonus = number
    case "reliable": routerConfiguration.reliableFrequency = number
    case "content": routerConfiguration.contentWeight = number
    case "contentrel": routerConfiguration.contentReliability = number
    case "coverage": routerConfiguration.minimumCoverage = number
    case "support": routerConfiguration.minimumSupport = number
    case "unknown": routerConfiguration.maximumUnknownShare = number
    case "phrase": routerConfiguration.phraseIDFShare = number
    case "part": routerConfiguration.compoundPartWeight = number
    case "other": routerConfiguration.otherLocaleWeight = number
    case "prefix": routerConfiguration.stemPrefixWeight = number
    case "typo": routerConfiguration.typoWeight = number
    case "translations": routerConfiguration.translationRelatives = number != 0
    case "sufficient": routerConfiguration.sufficientCoverage = number
    case "relatives": routerConfiguration.endingRelatives = number != 0
    case "minneighbour": routerConfiguration.minimumNeighbourIDF = number
    case "cap": routerConfiguration.postingCap = Int(number)
    case "shortlist": routerConfiguration.shortlistSize = Int(number)
    default: FileHandle.standardError.write(Data("unknown setting \(parts[0])\n".utf8))
    }
}
let router = arguments.contains("--topics-only")
    ? Router(topics: guide.topics, languages: guide.languages, configuration: routerConfiguration)
    : Router(guide: guide, configuration: routerConfiguration)
let detector = CrisisDetector(rules: guide.crisisRules, languages: guide.languages)
let text = try String(contentsOf: evaluationFile, encoding: .utf8)
let set = try EvaluationSet(tsv: text)
let messages = set.rows.map(\.message)

if let index = arguments.firstIndex(of: "--explain") {
    for message in arguments[arguments.index(after: index)...] {
        print("== \(message)")
        for line in router.explain(message).steps { print("  " + line) }
        for line in detector.explain(message).steps.dropFirst() { print("  crisis: " + line) }
    }
    exit(0)
}

if arguments.contains("--dev") {
    let devFile = root.appendingPathComponent("Benchmarks/dev-out-of-scope.txt")
    let lines = (try? String(contentsOf: devFile, encoding: .utf8)) ?? ""
    let outOfScope = lines.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    let topicsOnly = arguments.contains("--topics-only")
    Tuning.run(guide: guide, outOfScope: outOfScope, dump: arguments.contains("--dump")) { guide in
        topicsOnly ? Router(topics: guide.topics, languages: guide.languages, configuration: routerConfiguration)
            : Router(guide: guide, configuration: routerConfiguration)
    }
    exit(0)
}

if arguments.contains("--big-only") {
    // For profiling: only the 5,000-topic routing, many rounds.
    let vocabulary = Array(Set(guide.topics.flatMap { ($0.examples + $0.keywords).flatMap { $0.split(separator: " ").map(String.init) } })).sorted()
    let bigRouter = Router(
        topics: GeneratedGuide.topics(count: 5_000, vocabulary: vocabulary), languages: guide.languages,
        idioms: guide.crisisRules.idioms, configuration: routerConfiguration
    )
    let realRoute = Timing.measure(inputs: messages) { router.route($0) }
    print("normalise + route, real guide:           " + realRoute.rendered)
    let bigRoute = Timing.measure(inputs: messages, rounds: arguments.contains("--long") ? 400 : 40) { bigRouter.route($0) }
    print("normalise + route, 5,000 topics:         " + bigRoute.rendered + "  (\(format(bigRoute.median / max(realRoute.median, 0.001)))x real)")
    exit(0)
}

print("== Evaluation (\(evaluationFile.lastPathComponent), \(set.rows.count) rows; \(guide.topics.count) topics) ==")
print(EvaluationReport(set: set, detector: detector, router: router).rendered(includeMisses: showMisses))
if evalOnly { exit(0) }

print("\n== Speed (release build expected; debug figures are meaningless) ==")
let analyzer = TextAnalyzer(language: guide.languages[Guide.sourceLocale] ?? .empty(locale: Guide.sourceLocale))
print("analyse only, real messages:            " + Timing.measure(inputs: messages) { analyzer.analyze($0).count }.rendered)
let realRoute = Timing.measure(inputs: messages) { router.route($0) }
print("normalise + route, real guide:           " + realRoute.rendered + "  (target <= 30 µs)")
print("crisis detection, real patterns:         " + Timing.measure(inputs: messages) { detector.detect($0) }.rendered)
let vocabulary = Array(Set(guide.topics.flatMap { ($0.examples + $0.keywords).flatMap { $0.split(separator: " ").map(String.init) } })).sorted()
let generatedTopics = GeneratedGuide.topics(count: 5_000, vocabulary: vocabulary)
// The same idioms as the real router, so both do the same steps.
let buildBig = Timing.measureWhole(warmUp: 0, runs: 1) {
    Router(topics: generatedTopics, languages: guide.languages, idioms: guide.crisisRules.idioms)
}
let bigRouter = Router(topics: generatedTopics, languages: guide.languages, idioms: guide.crisisRules.idioms)
let bigRoute = Timing.measure(inputs: messages, rounds: 5) { bigRouter.route($0) }
print("normalise + route, 5,000 topics:         " + bigRoute.rendered
    + "  (\(format(bigRoute.median / max(realRoute.median, 0.001)))x real; target <= 2x)")
print("index 5,000 topics:                      \(format(buildBig.median / 1000)) ms")
let compile = Timing.measureWhole { compiler.compile().guide?.topics.count ?? 0 }
print("compile real Dialogs + Locales:          \(format(compile.median / 1000)) ms median, \(format(compile.p90 / 1000)) ms p90 (n = \(compile.runs); target <= 150 ms)")
let engineBuild = Timing.measureWhole { Engine(guide: guide).router.statistics.terms }
print("build engine indexes (router, crisis):   \(format(engineBuild.median / 1000)) ms median")
print("router: \(router.statistics.topics) topics, \(router.statistics.terms) terms; crisis: \(detector.statistics.phrases) phrases, \(detector.statistics.idioms) idioms")
