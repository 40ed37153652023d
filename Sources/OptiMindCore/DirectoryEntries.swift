import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lists folders by their raw entry names (readdir), so a name that is not UTF-8 is reported
/// instead of silently dropped, as FileManager does on Linux.
public enum DirectoryEntries {
    public static let invalidNameReason = "file name is not valid UTF-8; rename the file (for example with convmv) to ingest it"

    public enum Kind: Sendable { case file, folder, other }

    /// One entry: its name when it is UTF-8 (nil otherwise), a printable form, and its kind (not following links).
    public struct Entry: Sendable {
        public var name: String?
        public var printableName: String
        public var kind: Kind
    }

    public static func list(_ folder: String) -> [Entry] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            let name = String(validating: bytes, as: UTF8.self)
            let printable = name ?? String(decoding: bytes, as: UTF8.self)
            var kind = Kind.other
            if let name {
                var info = stat()
                if lstat(folder + "/" + name, &info) == 0 {
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: kind = .folder
                    case S_IFREG: kind = .file
                    default: kind = .other
                    }
                }
            }
            entries.append(Entry(name: name, printableName: printable, kind: kind))
        }
        return entries
    }

    /// Every regular file below `folder` (hidden folders skipped), and every entry whose name is not UTF-8.
    public static func walk(_ folder: String, _ visit: (_ path: String, _ validName: Bool) -> Void) {
        for entry in list(folder) {
            guard let name = entry.name else {
                visit(folder + "/" + entry.printableName, false)
                continue
            }
            switch entry.kind {
            case .folder where !name.hasPrefix("."): walk(folder + "/" + name, visit)
            case .file: visit(folder + "/" + name, true)
            default: continue
            }
        }
    }
}
