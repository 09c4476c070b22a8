import Testing
import VeilederCore

/// The crisis patterns in `Locales/*/crisis.yaml`, message by message. These phrasings are written
/// apart from the evaluation set, so together they check that the patterns generalise.
@Suite("Crisis detector")
struct CrisisDetectorTests {
    /// Messages that must show the emergency numbers, with the kind that must win.
    static let crises: [(String, CrisisKind)] = [
        ("jeg har lyst til å ta livet av meg", .suicidal),
        ("Jeg vil ta livet mitt", .suicidal),
        ("venninna mi vil ta livet sitt", .suicidal),
        ("eg tenkjer på sjølvmord", .suicidal),
        ("jeg har tenkt mye på selvmord i det siste", .suicidal),
        ("jeg har aldri tenkt på selvmord før men nå gjør jeg det", .suicidal),
        ("har selvmordstanker", .suicidal),
        ("jeg vil ikke leve lenger", .suicidal),
        ("Æ vil itj leve meir", .suicidal),
        ("jeg vil bare dø", .suicidal),
        ("skulle ønske jeg var død", .suicidal),
        ("alle hadde hatt det bedre uten meg", .suicidal),
        ("I want to kill myself", .suicidal),
        ("i dont want to live anymore", .suicidal),
        ("jeg kutter meg", .selfHarm),
        ("jeg har skada meg sjøl igjen", .selfHarm),
        ("han kutta seg i går", .selfHarm),
        ("det blør mye og jeg får det ikke til å stoppe", .selfHarm),
        ("eg har skadd meg sjølv", .selfHarm),
        ("pappa slår meg", .violence),
        ("jeg blir slått hjemme", .violence),
        ("han slo mamma i går", .violence),
        ("jeg blir slaatt hjemme", .violence),
        ("stefaren min banker meg", .violence),
        ("far min slær meg", .violence),
        ("my dad hits me", .violence),
        ("det er vold hjemme hos oss", .violence),
        ("han tar på meg", .sexualAbuse),
        ("onkel gjør ting med meg som jeg ikke liker", .sexualAbuse),
        ("jeg tror en elev blir seksuelt misbrukt", .sexualAbuse),
        ("stefar tek på meg om natta", .sexualAbuse),
        ("jeg tør ikke gå hjem", .unsafeNow),
        ("eg tør ikkje gå heim", .unsafeNow),
        ("jeg er alene hjemme og redd", .unsafeNow),
        ("det har ikke vært noen voksne hjemme på flere dager", .unsafeNow),
        ("ingen voksne hjemme på flere dager", .unsafeNow),
        ("jeg ble voldtatt", .rape),
        ("ho vart valdteken på fest", .rape),
        ("jeg skal giftes bort", .forcedMarriage),
        ("de vil tvinge meg til å gifte meg", .forcedMarriage),
        ("han truet meg med kniv", .weaponThreat),
        ("noen truet med kniv utenfor skolen", .weaponThreat),
        ("han truer med å dele nakenbilder av meg", .sextortion),
        ("han vil ha penger ellers legger han ut bildene", .sextortion),
        ("someone is threatening to share my nudes", .sextortion),
        ("jeg orker ikke mer, jeg vil bare forsvinne", .suicidal),
        ("i just want to disappear", .suicidal),
        ("familien vil at jeg skal gifte meg med fetteren min", .forcedMarriage),
        ("lillebroren min er alene og jeg får ikke tak i noen voksne", .unsafeNow),
        ("jeg blir misbrukt", .sexualAbuse),
        ("jeg vil ta mitt eget liv", .suicidal),
        ("æ e så lei av livet", .suicidal),
        ("jeg brenner meg med lighter", .selfHarm),
        ("jeg slo meg selv i hodet", .selfHarm),
        ("jeg ble tvunget til sex", .rape),
        ("barna er alene hjemme og mora er rusa", .unsafeNow),
        ("someone is touching me and i dont want it", .sexualAbuse),
        ("I am scared to go home", .unsafeNow),
        ("en elev har fortalt at stefaren slår henne", .violence),
        ("jeg tror naboen slår barna sine", .violence),
        ("det er slåsskamp hjemme nå og jeg er redd", .violence),
        ("jeg hater livet mitt og vil ikke være her lenger", .suicidal),
        ("livet er meningsløst og jeg vil ikke mer", .suicidal),
        ("de sier de legger ut bildene hvis jeg ikke betaler", .sextortion),
        ("en voksen på nettet vil at jeg skal sende bilder av kroppen min", .sexualAbuse),
        ("foreldrene mine skal sende meg til pakistan for å gifte meg", .forcedMarriage),
        ("jeg er redd pappa kommer hjem full i kveld", .unsafeNow),
        ("i want to end it all", .suicidal),
        ("he hurts me at home", .violence),
        ("jeg har bestemt meg for å dø", .suicidal),
        ("jeg skader meg for å slippe å kjenne", .selfHarm),
        ("pappa kastet meg i veggen", .violence),
        ("treneren sender meg meldinger om sex", .sexualAbuse),
        ("vi har ikke mat og mamma har vært borte i tre dager", .unsafeNow),
        ("de skal tvinge søstera mi til å gifte seg", .forcedMarriage),
        ("i dont feel safe at home", .unsafeNow),
        ("she took a lot of pills", .selfHarm),
        ("æ e 9 år og mamma har ikkje kommi heim og det e mørkt", .unsafeNow),
        ("Ingen har hentet en gutt i barnehagen og vi får ikke tak i noen foreldre", .unsafeNow),
        ("En elev fortalte at hun ble holdt fast og tvunget av noen eldre gutter", .rape),
        ("Datteren min kom hjem fra fest og sier noen har forgrepet seg på henne", .sexualAbuse),
        // Near the game and kitchen idioms below, but real.
        ("broren min slår meg hver dag", .violence),
        ("pappa slo meg 2-3 ganger i går", .violence),
        ("pappa slo meg i løpet av helgen", .violence),
        ("han slo meg mange ganger på kort tid", .violence),
        ("jeg skar meg i armen i går", .selfHarm),
        ("jeg skar meg med vilje i fingeren", .selfHarm),
        ("I keep cutting", .selfHarm),
        ("she started cutting again", .selfHarm),
        ("my dad beat me", .violence),
    ]

    /// Everyday idioms and harmless messages that must not show the emergency numbers.
    static let harmless: [String] = [
        "pappa skal slå plenen",
        "jeg døde av latter",
        "vi spiller for å drepe tida",
        "vi trener på å skyte på mål",
        "jeg dør av kjedsomhet",
        "ta livet med ro",
        "han slår på PCen",
        "jeg slo meg på kneet",
        "det slo meg at det er fredag",
        "kjæresten slo opp med meg",
        "tar på meg jakka og går",
        "datteren min vil ikke gå på skolen",
        "sønnen min sliter med å lese",
        "han blir så sint at han slår i veggen",
        "vape og snus blant 13-åringer",
        "I'm dying of boredom",
        "vi drepte tiden med kortspill",
        // Games, sport and small accidents, with other words between (the `~` idioms).
        "broren min slår meg alltid i fifa",
        "jeg slo broren min i sjakk",
        "vi ble slått 3-0 i finalen",
        "vi vart slegne i cupen",
        "we got beaten in the final",
        "hvordan kutter jeg løk uten å gråte",
        "jeg kutter ned på sukker",
        "jeg skar meg på kniven da jeg laget mat",
        "mamma kutta seg i fingeren",
        "she is cutting the cake",
        "han tok livet av festen med musikken sin",
        // Children's anger, chores and ordinary worries near the broader patterns.
        "en gutt i barnehagen biter og slår de andre barna",
        "datteren min slår og sparker når hun ikke får viljen sin",
        "naboen slår gresset hver lørdag",
        "vi slo dem 5-1",
        "jeg vil ikke være her på skolen lenger, jeg vil bytte skole",
        "jeg er redd pappa blir sint fordi jeg fikk dårlig karakter",
        "jeg vil forsvinne under dyna i hele dag",
        "han avsluttet alt arbeidet før ferien",
        "han har ikke spist frokost på flere dager, er det farlig",
        "Den matteprøven tok helt livet av meg",
        "Romeo og Julie tar livet av seg til slutt, synes det var trist",
        "eg vil heller døy enn å ha gym i dag haha",
    ]

    @Test("Crisis phrasings are caught with the right kind", arguments: crises)
    func catches(message: String, kind: CrisisKind) {
        let detection = CrisisTestSupport.detector.detect(message)
        #expect(detection != nil, "missed: \(message)")
        #expect(detection?.kind == kind, "\(message): \(detection?.kind.rawValue ?? "none")")
    }

    @Test("Idioms and everyday messages are not crises", arguments: harmless)
    func ignores(message: String) {
        let detection = CrisisTestSupport.detector.detect(message)
        #expect(detection == nil, "\(message) fired \(detection.map { "\($0.kind.rawValue): \($0.phrase)" } ?? "")")
    }

    /// The required lines of a development probe file (before its "# known" marker), comments left out.
    static func probes(_ name: String) throws -> [String] {
        let text = try String(contentsOf: CrisisTestSupport.root.appendingPathComponent("Benchmarks/\(name)"), encoding: .utf8)
        let required = text.components(separatedBy: "\n# known").first ?? text
        return required.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    @Test("Development probes: every required crisis message fires, no required harmless one does")
    func developmentProbes() throws {
        let crises = try Self.probes("dev-crisis.txt")
        let harmless = try Self.probes("dev-harmless.txt")
        #expect(crises.count >= 150)
        #expect(harmless.count >= 130)
        let missed = crises.filter { CrisisTestSupport.detector.detect($0) == nil }
        let fired = harmless.filter { CrisisTestSupport.detector.detect($0) != nil }
        #expect(missed.isEmpty, "missed: \(missed)")
        #expect(fired.isEmpty, "fired: \(fired)")
    }

    @Test("An idiom cancels only the words it covers")
    func idiomCancelsOnlyItsWords() {
        let explanation = CrisisTestSupport.detector.explain("pappa skal slå plenen, men han slår meg også")
        #expect(explanation.result?.kind == .violence)
        #expect(explanation.idioms.contains { $0.idiom == "slå plenen" })
    }

    @Test("Every locale's patterns compile to phrases")
    func patternsLoad() {
        let statistics = CrisisTestSupport.detector.statistics
        #expect(statistics.patterns >= 27)
        #expect(statistics.phrases >= 150)
        #expect(statistics.idioms >= 50)
        // `indirect` comes from the learned word weights, every other kind from editors' phrases.
        for kind in CrisisKind.allCases where kind != .indirect {
            #expect(CrisisTestSupport.rules.patterns.contains { $0.kind == kind }, "no pattern for \(kind.rawValue)")
        }
        #expect((CrisisTestSupport.rules.weights?.terms.count ?? 0) > 1_000)
    }

    @Test("Phrase syntax: alternatives, prefixes and gaps", arguments: [
        ("a|b c", "jeg b c", true),
        ("selv*", "selvmordstanker", true),
        ("vil dø", "vil kanskje bare dø", true),
        ("vil dø", "vil ikke at katten skal dø", false),
        // A long `*` alternative forgives one typo in crisis phrases: left out, added, changed, swapped.
        ("selvmord*", "har selvmorstanker", true),
        ("selvmord*", "selvmmordstanker", true),
        ("selvmord*", "selvnordstanker", true),
        ("selvmord*", "selvmrodstanker", true),
        ("overgrep*", "overgangen", false),
        ("selvmord*", "zelvmord", false),
        ("slår ~ i sjakk", "slår meg og deg i sjakk", true),
        ("slår ~ i sjakk", "slår meg og deg og dem i sjakk", false),
        ("slår i sjakk", "slår meg og deg i sjakk", false),
        // Keys fold å into a, but a word typed with å does not fill a slot written without it; typed
        // without the letter, it still matches either way.
        ("far sparker", "far sparker meg", true),
        ("far sparker", "han får sparket ballen", false),
        ("far sparker", "han far sparket ballen", true),
        ("får|far sparker", "han får sparket ballen", true),
        ("slår meg", "han slar meg", true),
        // `&` joins parts found anywhere in the message, in any order.
        ("pillene & natt", "har samla pillene og tenker på i natt", true),
        ("natt & pillene", "har samla pillene og tenker på i natt", true),
        ("pillene & natt", "har samla pillene til hodepine", false),
        ("låst inne & dø", "han har snakket om å dø og har låst seg inne på badet", true),
    ])
    func phraseSyntax(phrase: String, message: String, matches: Bool) {
        let rules = CrisisRules(patterns: [.init(id: "test", kind: .suicidal, phrases: [phrase], locale: "nb")])
        let detector = CrisisDetector(rules: rules, languages: CrisisTestSupport.languages)
        #expect((detector.detect(message) != nil) == matches)
    }
}
