import Foundation

/// How a document names itself.
public enum DocumentTitle {
    /// The first non-empty line, at most 200 characters.
    public static func firstLine(of text: String, fallback: String) -> String {
        let line = text.prefix(2_000).split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
        return String((line ?? fallback).prefix(200))
    }

    /// The first 600 characters: where the title and subtitle stand.
    public static func opening(of text: String) -> String { String(text.prefix(600)) }
}
