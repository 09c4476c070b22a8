/// What the user sent: a chosen option or typed text.
public enum UserInput: Sendable, Hashable {
    /// An option id offered in the previous reply.
    case option(String)
    /// Free text; commands such as `/tilbake` are recognised in it.
    case text(String)
}
