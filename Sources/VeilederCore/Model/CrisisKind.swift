/// The kinds of crisis the guide reacts to at once, from any node.
public enum CrisisKind: String, CaseIterable, Codable, Sendable, Hashable {
    case suicidal
    case selfHarm = "self_harm"
    case violence
    case sexualAbuse = "sexual_abuse"
    case unsafeNow = "unsafe_now"
    case rape
    case forcedMarriage = "forced_marriage"
    case weaponThreat = "weapon_threat"
    case sextortion
    /// No phrase matched, but the message's words together weigh like a crisis (``CrisisWeights``).
    case indirect
}
