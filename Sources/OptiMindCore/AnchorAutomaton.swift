import Synchronization

/// Finds every anchor word of every `TextPattern` in one pass over a text (Aho-Corasick), instead of
/// one `memmem` pass per word: a document meets a few hundred distinct anchor words.
///
/// Words are folded bytes (see `PagedText.fold`). Patterns register their words when compiled; the
/// automaton is rebuilt on the next search after a new word arrives, which happens only while
/// rules load.
final class AnchorAutomaton: Sendable {
    /// The words, by id (see `register`).
    let words: [[UInt8]]
    /// Byte → input class (0 for bytes no word contains).
    private let classes: [UInt8]
    private let classCount: Int
    /// state * classCount + class → the next state times classCount (the offset of its row), negated
    /// (bit 31 set) when words end in that state: the per-byte loop then needs one load and no
    /// multiplication, and looks at the outputs only where there are some.
    private let next: [Int32]
    /// The ids of the words that end in each state (through failure links too), flattened: state
    /// s's are `outputIDs[outputStarts[s]..<outputStarts[s + 1]]`. Flat arrays keep the per-byte
    /// loop free of reference counting.
    private let outputStarts: [Int32]
    private let outputIDs: [Int32]
    /// Each word's length.
    private let lengths: [Int]

    init(words: [[UInt8]]) {
        self.words = words
        var classes = [UInt8](repeating: 0, count: 256)
        var count = 1
        for word in words {
            for byte in word.map(Self.blank) where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(count)
                count += 1
            }
        }
        // A blank in a word is any blank in the text, as a pattern's space is (`PatternAnchors.spacesAsWhitespace`):
        // "long as" is found in "as long\nas", where a printed page broke the line.
        for byte in Self.blanks { classes[Int(byte)] = classes[0x20] }
        self.classes = classes
        self.classCount = count

        // The trie.
        var goto: [[Int32]] = [Array(repeating: -1, count: count)]
        var output: [[Int32]] = [[]]
        for (id, word) in words.enumerated() {
            var state = 0
            for byte in word {
                let c = Int(classes[Int(Self.blank(byte))])
                if goto[state][c] < 0 {
                    goto[state][c] = Int32(goto.count)
                    goto.append(Array(repeating: -1, count: count))
                    output.append([])
                }
                state = Int(goto[state][c])
            }
            output[state].append(Int32(id))
        }
        // Failure links, breadth first; missing transitions become the failure state's.
        var fail = [Int32](repeating: 0, count: goto.count)
        var queue: [Int] = []
        for c in 0..<count {
            if goto[0][c] < 0 { goto[0][c] = 0 } else { queue.append(Int(goto[0][c])) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            output[state] += output[Int(fail[state])]
            for c in 0..<count {
                let target = goto[state][c]
                if target < 0 {
                    goto[state][c] = goto[Int(fail[state])][c]
                } else {
                    fail[Int(target)] = goto[Int(fail[state])][c]
                    queue.append(Int(target))
                }
            }
        }
        self.next = goto.flatMap { row in
            row.map { target in Int32(Int(target) * count) | (output[Int(target)].isEmpty ? 0 : Int32.min) }
        }
        var starts: [Int32] = [0]
        for ids in output { starts.append(starts.last! + Int32(ids.count)) }
        self.outputStarts = starts
        self.outputIDs = output.flatMap { $0 }
        self.lengths = words.map(\.count)
    }

    /// Tab, line feed, form feed and carriage return: blanks that count as a space.
    private static let blanks: [UInt8] = [0x09, 0x0A, 0x0C, 0x0D]
    private static func blank(_ byte: UInt8) -> UInt8 { blanks.contains(byte) ? 0x20 : byte }

    /// For each word id, the offsets where the word starts in `text`.
    func search(_ text: [UInt8]) -> [[Int]] {
        var found = [[Int]](repeating: [], count: words.count)
        var row = 0
        let classCount = classCount
        text.withUnsafeBufferPointer { bytes in
            next.withUnsafeBufferPointer { next in
                classes.withUnsafeBufferPointer { classes in
                    outputStarts.withUnsafeBufferPointer { starts in
                        for index in 0..<bytes.count {
                            let entry = next[row + Int(classes[Int(bytes[index])])]
                            if entry >= 0 {
                                row = Int(entry)
                                continue
                            }
                            row = Int(entry & Int32.max)
                            let state = row / classCount
                            let first = Int(starts[state])
                            let end = Int(starts[state + 1])
                            guard first < end else { continue }
                            for slot in first..<end {
                                let id = Int(outputIDs[slot])
                                found[id].append(index + 1 - lengths[id])
                            }
                        }
                    }
                }
            }
        }
        return found
    }

    /// Its size, for the pattern profile: words, states, input classes.
    var summary: String { "\(words.count) anchor words, \(outputStarts.count - 1) states, \(classCount) input classes" }

    // MARK: The words of every pattern compiled so far.

    private static let registry = Locked<(words: [[UInt8]], known: [[UInt8]: Int], current: AnchorAutomaton?)>(([], [:], nil))

    /// Adds words to the next automaton and returns each word's id: its place in the order words
    /// were first registered, which every later automaton keeps.
    @discardableResult
    static func register(_ words: [[UInt8]]) -> [Int] {
        registry.withLock { registry in
            words.map { word in
                if let id = registry.known[word] { return id }
                registry.known[word] = registry.words.count
                registry.words.append(word)
                registry.current = nil
                return registry.words.count - 1
            }
        }
    }

    /// The automaton for every word registered so far.
    static var shared: AnchorAutomaton {
        registry.withLock { registry in
            if let current = registry.current { return current }
            let built = AnchorAutomaton(words: registry.words)
            registry.current = built
            return built
        }
    }
}
