/// Removes personal data from free text before anything keeps it: e-mail addresses, Norwegian national identity
/// numbers, phone numbers, and names introduced with "jeg heter", "eg heiter" or "my name is".
///
/// Editors read unanswered questions to improve the guide; they never need to know who asked. The scrubber is
/// deliberately greedy: a false positive costs a word of context, a false negative leaks a child's identity.
public struct PersonalDataScrubber: Sendable {
    /// What to look for and what to write instead.
    public struct Configuration: Sendable {
        /// Written instead of an e-mail address.
        public var emailReplacement: String
        /// Written instead of an 11-digit national identity number.
        public var nationalIDReplacement: String
        /// Written instead of a phone number.
        public var phoneReplacement: String
        /// Written instead of a name.
        public var nameReplacement: String
        /// Phrases (lowercase) after which the next word is a name.
        public var nameIntroductions: [String]
        /// The fewest digits a digit run needs to count as a phone number; shorter runs (ages, years,
        /// emergency numbers such as 113 or 116 111) are kept because editors need them.
        public var minimumPhoneDigits: Int

        /// Creates the defaults: bokmål, nynorsk and English introductions, bracketed Norwegian placeholders.
        public init(
            emailReplacement: String = "[e-post]",
            nationalIDReplacement: String = "[fødselsnummer]",
            phoneReplacement: String = "[telefon]",
            nameReplacement: String = "[navn]",
            nameIntroductions: [String] = Self.defaultNameIntroductions,
            minimumPhoneDigits: Int = 8
        ) {
            self.emailReplacement = emailReplacement
            self.nationalIDReplacement = nationalIDReplacement
            self.phoneReplacement = phoneReplacement
            self.nameReplacement = nameReplacement
            self.nameIntroductions = nameIntroductions
            self.minimumPhoneDigits = minimumPhoneDigits
        }

        /// "jeg heter", "eg heiter", "my name is" and their common variants.
        public static let defaultNameIntroductions = [
            "jeg heter", "jeg heiter", "eg heiter", "eg heter", "e heite", "æ heter", "jeg kalles",
            "mitt navn er", "navnet mitt er", "namnet mitt er", "mitt namn er",
            "my name is", "my name's", "i am called", "i'm called", "call me",
        ]
    }

    /// What to look for and what to write instead.
    public let configuration: Configuration

    /// Creates a scrubber.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// The text with every piece of personal data replaced by a placeholder.
    public func scrub(_ text: String) -> String {
        // E-mail first: its digits must not be taken for a phone number, and names second to last so a
        // placeholder such as "[telefon]" after "jeg heter" is not itself replaced.
        var tokens = tokenize(text)
        replaceEmails(in: &tokens)
        replaceNumbers(in: &tokens)
        replaceNames(in: &tokens)
        return tokens.map(\.text).joined()
    }
}

extension PersonalDataScrubber {
    /// A piece of text: a run of word characters, of digits, or a single other character.
    struct Token {
        enum Kind { case word, digits, space, other }
        var text: String
        var kind: Kind
        /// Whether the token is a placeholder and must be left alone.
        var isReplacement = false
    }

    /// Splits text into words, digit runs, white space and single punctuation characters, keeping earlier
    /// placeholders whole so scrubbing twice changes nothing.
    func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        for character in text {
            let kind: Token.Kind
            if character.isNumber, character.isASCII { kind = .digits }
            else if character.isLetter || character == "'" || character == "’" { kind = .word }
            else if character.isWhitespace { kind = .space }
            else { kind = .other }
            if kind != .other, let last = tokens.last, last.kind == kind {
                tokens[tokens.count - 1].text.append(character)
            } else {
                tokens.append(Token(text: String(character), kind: kind))
            }
        }
        return markPlaceholders(in: tokens)
    }

    /// Joins "[", "e", "-", "post", "]" back into one placeholder token.
    func markPlaceholders(in tokens: [Token]) -> [Token] {
        let c = configuration
        let placeholders: Set = [c.emailReplacement, c.nationalIDReplacement, c.phoneReplacement, c.nameReplacement]
        var result: [Token] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].text == "[",
               let close = tokens[index...].prefix(8).firstIndex(where: { $0.text == "]" }),
               case let text = tokens[index...close].map(\.text).joined(), placeholders.contains(text) {
                result.append(Token(text: text, kind: .other, isReplacement: true))
                index = close + 1
            } else {
                result.append(tokens[index])
                index += 1
            }
        }
        return result
    }
}
