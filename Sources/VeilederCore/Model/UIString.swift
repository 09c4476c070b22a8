/// Texts the engine and the front ends say themselves, outside any dialog node.
/// Each is translated in `Locales/<locale>/ui.yaml`; the default is the bokmål fallback.
public enum UIString: String, CaseIterable, Sendable {
    case didYouMean = "engine.did-you-mean"
    case fallbackSuggestions = "engine.fallback-suggestions"
    case mainMenu = "engine.main-menu"
    case chooseAnOption = "engine.choose-an-option"
    case atStart = "engine.at-start"
    case unknownCommand = "engine.unknown-command"
    case unknownLocale = "engine.unknown-locale"
    case localeChanged = "engine.locale-changed"
    case goodbye = "engine.goodbye"
    case answeringYourQuestion = "engine.answering-your-question"
    case missingField = "engine.missing-field"
    case consolePrompt = "console.prompt"
    case consoleHint = "console.hint"
    case consoleInvalidNumber = "console.invalid-number"

    /// The bokmål text used when no locale file provides one.
    public var defaultText: String {
        switch self {
        case .didYouMean: "Mente du noe av dette?"
        case .fallbackSuggestions: "Kanskje gjelder det et av disse temaene?"
        case .mainMenu: "Til hovedmenyen"
        case .chooseAnOption: "Velg et av alternativene under."
        case .atStart: "Du er allerede ved starten av samtalen."
        case .unknownCommand: "Den kommandoen kjenner jeg ikke. Skriv /hjelp for å se hva du kan skrive."
        case .unknownLocale: "Det språket har jeg ikke. Velg nb (bokmål), nn (nynorsk) eller en (English)."
        case .localeChanged: "Nå skriver jeg på bokmål."
        case .goodbye: "Takk for praten. Ta vare på deg selv."
        case .answeringYourQuestion: "Da svarer jeg på det du skrev."
        case .missingField: "(mangler)"
        case .consolePrompt: "Du"
        case .consoleHint: "Skriv et tall, teksten på et valg eller med egne ord. /hjelp viser kommandoer."
        case .consoleInvalidNumber: "Det tallet finnes ikke blant valgene."
        }
    }
}
