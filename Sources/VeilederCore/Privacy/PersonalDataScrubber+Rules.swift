extension PersonalDataScrubber {
    /// Characters that may appear in the local part or domain of an e-mail address besides letters and digits.
    private static let emailPunctuation: Set<String> = [".", "_", "-", "+", "%"]

    /// Replaces `local@domain.tld` with the e-mail placeholder.
    func replaceEmails(in tokens: inout [Token]) {
        var index = 0
        while index < tokens.count {
            guard tokens[index].text == "@" else { index += 1; continue }
            var start = index
            while start > 0, Self.isEmailPart(tokens[start - 1]) { start -= 1 }
            var end = index
            while end + 1 < tokens.count, Self.isEmailPart(tokens[end + 1]) { end += 1 }
            // Trailing dots end the sentence, not the address.
            while end > index, tokens[end].text == "." { end -= 1 }
            guard start < index, end > index, tokens[(index + 1)...end].contains(where: { $0.text == "." }) else {
                index += 1
                continue
            }
            tokens.replaceSubrange(start...end, with: [Token(text: configuration.emailReplacement, kind: .other, isReplacement: true)])
            index = start + 1
        }
    }

    private static func isEmailPart(_ token: Token) -> Bool {
        !token.isReplacement && (token.kind == .word || token.kind == .digits || emailPunctuation.contains(token.text))
    }

    /// Replaces national identity numbers (11 digits, optionally split 6 + 5) and phone numbers (8 or more
    /// digits, in any grouping, with an optional +47 or 0047 prefix).
    func replaceNumbers(in tokens: inout [Token]) {
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .digits, !tokens[index].isReplacement else { index += 1; continue }
            // Group digit runs joined by single spaces, hyphens or dots: "12 34 56 78", "123456 78901".
            var end = index
            var groups = [tokens[index].text]
            while end + 2 < tokens.count, tokens[end + 2].kind == .digits,
                  tokens[end + 1].text == " " || tokens[end + 1].text == "-" || tokens[end + 1].text == "." {
                end += 2
                groups.append(tokens[end].text)
            }
            var start = index
            if start > 0, tokens[start - 1].text == "+" { start -= 1 }
            let digits = groups.joined()
            let replacement: String?
            if digits.count == 11, groups.count <= 2, groups.first?.count == 6 || groups.count == 1 {
                replacement = configuration.nationalIDReplacement
            } else if digits.count >= configuration.minimumPhoneDigits {
                replacement = configuration.phoneReplacement
            } else {
                replacement = nil
            }
            if let replacement {
                tokens.replaceSubrange(start...end, with: [Token(text: replacement, kind: .other, isReplacement: true)])
                index = start + 1
            } else {
                index = end + 1
            }
        }
    }

    /// Replaces the name after an introduction such as "jeg heter": the next word, and up to two more words that
    /// start with a capital letter ("jeg heter Kari Nordmann").
    func replaceNames(in tokens: inout [Token]) {
        let words = tokens.enumerated().filter { $0.element.kind == .word || $0.element.isReplacement || $0.element.kind == .digits }
        let lowered = words.map { $0.element.text.lowercased() }
        let introductions = configuration.nameIntroductions.map { $0.split(separator: " ").map(String.init) }
        var replaced: [(range: ClosedRange<Int>, text: String)] = []
        var position = 0
        while position < words.count {
            guard let phrase = introductions.first(where: { Self.matches($0, lowered, at: position) }) else {
                position += 1
                continue
            }
            let first = position + phrase.count
            guard first < words.count, words[first].element.kind == .word else { position = first; continue }
            var last = first
            while last + 1 < words.count, last - first < 2, words[last + 1].element.kind == .word,
                  words[last + 1].element.text.first?.isUppercase == true,
                  Self.onlySpaceBetween(words[last].offset, words[last + 1].offset, in: tokens) {
                last += 1
            }
            replaced.append((words[first].offset...words[last].offset, configuration.nameReplacement))
            position = last + 1
        }
        for item in replaced.reversed() {
            tokens.replaceSubrange(item.range, with: [Token(text: item.text, kind: .other, isReplacement: true)])
        }
    }

    private static func matches(_ phrase: [String], _ words: [String], at position: Int) -> Bool {
        guard position + phrase.count <= words.count else { return false }
        return phrase.indices.allSatisfy { words[position + $0] == phrase[$0] }
    }

    private static func onlySpaceBetween(_ first: Int, _ second: Int, in tokens: [Token]) -> Bool {
        (first + 1 ..< second).allSatisfy { tokens[$0].kind == .space }
    }
}
