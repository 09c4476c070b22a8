/// Reads test fixtures from `Tests/VeilederTextTests/Fixtures` by source path, so the test
/// target needs no declared resources.
enum Fixtures {
    /// Directory of this file, from `#filePath`.
    static let directory: String = {
        let path = #filePath
        let end = path.lastIndex(of: "/")!
        return String(path[..<end]) + "/Fixtures"
    }()

    /// The lines of a fixture file (without the final empty line), or nil if it is missing.
    static func lines(_ relativePath: String) -> [String]? {
        lines(absolutePath: directory + "/" + relativePath)
    }

    /// The lines of any file by path.
    static func lines(absolutePath path: String) -> [String]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Pairs of a Snowball vocabulary and its expected output: `snowball/<language>/voc.txt`
    /// and `output.txt`, line by line.
    static func snowballPairs(_ language: String) -> [(word: String, stem: String)] {
        guard let words = lines("snowball/\(language)/voc.txt"),
              let stems = lines("snowball/\(language)/output.txt"),
              words.count == stems.count
        else { return [] }
        return Array(zip(words, stems)).map { (word: $0.0, stem: $0.1) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
