/// The nine concerns of the TIK action guide; every topic belongs to exactly one.
public enum Category: String, CaseIterable, Codable, Sendable, Hashable {
    case laering
    case skolefravaer
    case sprak
    case psykiskHelse = "psykisk_helse"
    case sosialeVansker = "sosiale_vansker"
    case uroOppmerksomhet = "uro_oppmerksomhet"
    case sinneAtferd = "sinne_atferd"
    case rusVoldKrim = "rus_vold_krim"
    case andre
}
