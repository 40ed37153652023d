import Foundation
import OptiMindCore

/// A logistic regression per clause that scores each sentence of a contract by its words and word
/// pairs, loaded from `Config/rules/clause-model.json` (written by scripts/train_clause_model.py,
/// which documents how it was trained and on what).
///
/// A document's score for a clause is its best sentence's probability. The clause is present when
/// that reaches the clause's `threshold`, or when a pattern of contractwise.json matches and it
/// reaches `thresholdWithRules` (a rule lowers the bar the model must clear). A clause the file
/// does not model is decided by the rules alone. The sentence splitting and the tokens here must
/// stay identical to the training script's (`sentences`, `tokens`, `features` there).
public struct ClauseModel: Sendable {
    /// One clause's decision rule.
    public struct Decision: Sendable {
        /// The probability that decides on its own; nil when the model alone never decides.
        public let threshold: Double?
        /// The probability needed when a rule matched; 0 when the rule alone suffices.
        public let withRules: Double
        let slot: Int

        /// Whether the clause is present, given the best sentence's probability and whether a rule matched.
        public func present(probability: Double, ruleMatched: Bool) -> Bool {
            threshold.map { probability >= $0 } == true || (ruleMatched && probability >= withRules)
        }
    }

    /// A clause's three most probable sentences, most probable first.
    public struct Scored: Sendable {
        public var sentences: [(range: NSRange, probability: Double)] = []
        /// The best sentence's probability: the document's score for the clause.
        public var probability: Double { sentences.first?.probability ?? 0 }
    }

    public let decisions: [String: Decision]
    /// Feature hash -> feature number; a feature's (slot, weight) pairs are
    /// `slots[starts[n]..<starts[n + 1]]` and the same range of `values`.
    private let index: FeatureTable
    private let starts: [Int32]
    private let slots: [UInt8]
    private let values: [Float]
    private let intercepts: [Double]

    private struct File: Decodable {
        struct Entry: Decodable {
            var threshold: Double?
            var thresholdWithRules: Double?
            var intercept: Double?
        }
        var clauses: [String: Entry]
    }

    /// Loads and validates the model of `path` and its weights (clause-weights.tsv beside it: clause,
    /// feature, weight per line); `knownKeys` are the clause keys of contractwise.json.
    public init(file path: String, knownKeys: Set<String>) throws {
        let file = try RuleFile.load(File.self, from: path)
        var decisions: [String: Decision] = [:]
        var intercepts: [Double] = []
        for (key, entry) in file.clauses.sorted(by: { $0.key < $1.key }) {
            guard knownKeys.contains(key) else {
                throw RuleFileError(file: path, reason: "clauses.\(key): not a clause key of contractwise.json")
            }
            // No thresholds: the rules alone decide this clause.
            guard let withRules = entry.thresholdWithRules else { continue }
            for (name, value) in [("threshold", entry.threshold), ("thresholdWithRules", withRules)] {
                if let value, !(0..<1).contains(value) {
                    throw RuleFileError(file: path, reason: "clauses.\(key).\(name): must be a probability, at least 0 and below 1")
                }
            }
            if let threshold = entry.threshold, withRules > threshold {
                throw RuleFileError(file: path, reason: "clauses.\(key).thresholdWithRules: above threshold (a matching rule cannot raise the bar)")
            }
            guard let intercept = entry.intercept else {
                throw RuleFileError(file: path, reason: "clauses.\(key).intercept: needed with thresholds")
            }
            guard decisions.count < 255 else { throw RuleFileError(file: path, reason: "clauses: more than 255 modelled clauses") }
            decisions[key] = Decision(threshold: entry.threshold, withRules: withRules, slot: decisions.count)
            intercepts.append(intercept)
        }
        let weightsPath = (path as NSString).deletingLastPathComponent + "/clause-weights.tsv"
        var triples: [(hash: UInt64, slot: UInt8, weight: Float)] = []
        if !decisions.isEmpty {
            guard let data = FileManager.default.contents(atPath: weightsPath) else {
                throw RuleFileError(file: weightsPath, reason: "cannot read the clause model's weights")
            }
            // Parsed on bytes: Foundation's JSON and String splitting took a quarter of a second on
            // 90,000 weights, longer than analysing a document.
            var seen = Set<String>()
            try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var line = 0
                var cursor = 0
                var lastKey: (bytes: UnsafeRawBufferPointer, slot: UInt8?)?
                while cursor < bytes.count {
                    line += 1
                    var end = cursor
                    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                    defer { cursor = end + 1 }
                    guard end > cursor else { continue }
                    var tabs = (first: -1, second: -1, count: 0)
                    for at in cursor..<end where bytes[at] == 0x09 {
                        if tabs.count == 0 { tabs.first = at } else { tabs.second = at }
                        tabs.count += 1
                    }
                    guard tabs.count == 2, let weight = Self.number(UnsafeRawBufferPointer(rebasing: bytes[(tabs.second + 1)..<end])) else {
                        throw RuleFileError(file: weightsPath, reason: "line \(line): expected clause, feature and weight separated by tabs")
                    }
                    // Lines come grouped by clause: the key is read as a String only when it changes.
                    let keyBytes = UnsafeRawBufferPointer(rebasing: bytes[cursor..<tabs.first])
                    if lastKey == nil || !lastKey!.bytes.elementsEqual(keyBytes) {
                        let key = String(decoding: keyBytes, as: UTF8.self)
                        guard decisions[key] != nil || knownKeys.contains(key) else {
                            throw RuleFileError(file: weightsPath, reason: "line \(line): \(key) is not a clause key of contractwise.json")
                        }
                        seen.insert(key)
                        // A clause the model file leaves to the rules has no slot; its lines are skipped.
                        lastKey = (keyBytes, decisions[key].map { UInt8($0.slot) })
                    }
                    guard let slot = lastKey!.slot else { continue }
                    var hash = Self.basis
                    for byte in UnsafeRawBufferPointer(rebasing: bytes[(tabs.first + 1)..<tabs.second]) { hash = Self.step(hash, byte) }
                    triples.append((hash, slot, weight))
                }
            }
            if let missing = decisions.keys.sorted().first(where: { !seen.contains($0) }) {
                throw RuleFileError(file: weightsPath, reason: "no weights for \(missing), which clause-model.json gives thresholds")
            }
        }
        // Group the weights by feature: number the features in order of appearance, count each
        // one's weights, then place them (a counting sort: no comparison sort of 90,000 entries).
        var index = FeatureTable(capacity: triples.count)
        var features = [Int32](repeating: 0, count: triples.count)
        var counts: [Int32] = []
        for (position, triple) in triples.enumerated() {
            let feature = index.feature(triple.hash, orAdd: Int32(counts.count))
            if feature == counts.count { counts.append(0) }
            features[position] = feature
            counts[Int(feature)] += 1
        }
        var starts: [Int32] = [0]
        starts.reserveCapacity(counts.count + 1)
        for count in counts { starts.append(starts.last! + count) }
        var next = Array(starts.dropLast())
        var slots = [UInt8](repeating: 0, count: triples.count)
        var values = [Float](repeating: 0, count: triples.count)
        for (position, triple) in triples.enumerated() {
            let at = Int(next[Int(features[position])])
            next[Int(features[position])] += 1
            slots[at] = triple.slot
            values[at] = triple.weight
        }
        self.decisions = decisions
        self.index = index
        self.starts = starts
        self.slots = slots
        self.values = values
        self.intercepts = intercepts
    }

    /// Each modelled clause's best sentences in `text`.
    public func score(_ text: PagedText) -> [String: Scored] {
        let slotCount = intercepts.count
        guard slotCount > 0 else { return [:] }
        var best = [Scored](repeating: Scored(), count: slotCount)
        var sums = [Double](repeating: 0, count: slotCount)
        // The sentence that last counted each feature: a feature counts once per sentence.
        var counted = [Int32](repeating: -1, count: starts.count - 1)
        text.utf16.withUnsafeBufferPointer { units in
            for (number, sentence) in Self.sentences(units).enumerated() {
                for slot in 0..<slotCount { sums[slot] = intercepts[slot] }
                Self.features(units, sentence) { hash in
                    guard let feature = index.feature(hash), counted[Int(feature)] != Int32(number) else { return }
                    counted[Int(feature)] = Int32(number)
                    for at in Int(starts[Int(feature)])..<Int(starts[Int(feature) + 1]) { sums[Int(slots[at])] += Double(values[at]) }
                }
                // Compared as log-odds (the same order as probabilities); the logistic is taken at the end.
                for slot in 0..<slotCount where best[slot].sentences.count < 3 || sums[slot] > best[slot].sentences[2].probability {
                    best[slot].sentences.append((NSRange(location: sentence.lowerBound, length: sentence.count), sums[slot]))
                    best[slot].sentences.sort { $0.probability > $1.probability }
                    if best[slot].sentences.count > 3 { best[slot].sentences.removeLast() }
                }
            }
        }
        func logistic(_ z: Double) -> Double { 1 / (1 + exp(-max(-30, min(30, z)))) }
        var result: [String: Scored] = [:]
        for (key, decision) in decisions {
            var scored = best[decision.slot]
            scored.sentences = scored.sentences.map { ($0.range, logistic($0.probability)) }
            result[key] = scored
        }
        return result
    }

    /// Feature hash -> feature number, open addressing with linear probing: the hashes are FNV-1a
    /// already, so they need no hashing again (a Dictionary's SipHash was most of the scoring time).
    struct FeatureTable: Sendable {
        private var keys: [UInt64]
        private var features: [Int32]  // -1: empty
        private let mask: Int

        /// A table for up to `count` features, at most half full.
        init(capacity count: Int) {
            var capacity = 16
            while capacity < count * 2 { capacity <<= 1 }
            keys = [UInt64](repeating: 0, count: capacity)
            features = [Int32](repeating: -1, count: capacity)
            mask = capacity - 1
        }

        @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 32)) & mask }

        /// The feature number of `key`, adding it as `next` when it is new.
        mutating func feature(_ key: UInt64, orAdd next: Int32) -> Int32 {
            var slot = Self.slot(key, mask)
            while features[slot] >= 0 {
                if keys[slot] == key { return features[slot] }
                slot = (slot + 1) & mask
            }
            keys[slot] = key
            features[slot] = next
            return next
        }

        @inline(__always) func feature(_ key: UInt64) -> Int32? {
            var slot = Self.slot(key, mask)
            while true {
                let feature = features[slot]
                if feature < 0 { return nil }
                if keys[slot] == key { return feature }
                slot = (slot + 1) & mask
            }
        }
    }

    // MARK: Sentences and features (identical to scripts/train_clause_model.py)


    /// A whitespace run ends a sentence when it follows . ; ! or ? and comes before a capital, a
    /// digit, or an opening bracket or quote, or when it holds two line breaks. Sentences shorter
    /// than 15 units are dropped.
    static func sentences(_ units: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        let count = units.count
        func keep(_ range: Range<Int>) { if range.count >= 15 { result.append(range) } }
        while index < count {
            guard PagedText.isWhitespace(units[index]) else {
                index += 1
                continue
            }
            var end = index
            var breaks = 0
            while end < count, PagedText.isWhitespace(units[end]) {
                if units[end] == 0x0A { breaks += 1 }
                end += 1
            }
            let before = index > 0 ? units[index - 1] : 0
            let after = end < count ? units[end] : 0
            let closes = before == 0x2E || before == 0x3B || before == 0x21 || before == 0x3F
            let opens = (after >= 0x41 && after <= 0x5A) || (after >= 0x30 && after <= 0x39) || after == 0x28 || after == 0x5B
                || after == 0x22 || after == 0x201C
            if breaks >= 2 || (closes && opens) {
                keep(start..<index)
                start = end
            }
            index = end
        }
        keep(start..<count)
        return result
    }

    /// Calls `body` with the hash of each word (two ASCII letters or more, lower-cased), each run
    /// of digits, and each pair of consecutive ones ("first" + " " + "second"), hashed as they are
    /// read: FNV-1a goes byte by byte, so a pair's hash continues the first word's with " ".
    static func features(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, _ body: (UInt64) -> Void) {
        var previous: UInt64?  // the previous token's hash
        var single = basis
        var pair = basis
        var length = 0
        var kind = 0  // 0 none, 1 letters, 2 digits
        func add(_ byte: UInt8) {
            if length == 0 {
                single = basis
                if let previous { pair = step(step(previous, 0x20), byte) }
            } else if previous != nil {
                pair = step(pair, byte)
            }
            single = step(single, byte)
            length += 1
        }
        func flush() {
            defer { length = 0; kind = 0 }
            guard kind == 2 || length >= 2 else { return }
            body(single)
            if previous != nil { body(pair) }
            previous = single
        }
        for at in range {
            let unit = units[at]
            if (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) {
                if kind == 2 { flush() }
                kind = 1
                add(UInt8(unit | 0x20))
            } else if unit >= 0x30 && unit <= 0x39 {
                if kind == 1 { flush() }
                kind = 2
                add(UInt8(unit))
            } else if kind != 0 {
                flush()
            }
        }
        if kind != 0 { flush() }
    }

    /// A decimal number as the training script writes it ("-0.0523"); other forms through Float's parser.
    static func number(_ bytes: UnsafeRawBufferPointer) -> Float? {
        var value: Double = 0
        var scale: Double = 0
        var negative = false
        var digits = 0
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case 0x2D where offset == 0: negative = true
            case 0x2E where scale == 0: scale = 1
            case 0x30...0x39:
                value = value * 10 + Double(byte - 0x30)
                if scale > 0 { scale *= 10 }
                digits += 1
            default:
                return Float(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil }
            }
        }
        guard digits > 0 else { return nil }
        return Float((negative ? -value : value) / max(scale, 1))
    }

    private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    private static func step(_ value: UInt64, _ byte: UInt8) -> UInt64 { (value ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// FNV-1a, 64 bits.
    static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.reduce(basis, step) }
}
