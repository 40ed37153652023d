import Foundation
import ZIPFoundation

/// Builds test documents on disk in a temporary folder removed at the end of the test.
final class Fixtures {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "optimind-extract-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func sample(_ name: String) -> String { repository + "/samples/" + name }

    func write(_ name: String, _ data: Data) throws -> String {
        let path = folder + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A DOCX whose body is `body` (the inside of w:body) and with any extra parts.
    func docx(_ name: String, body: String, namespace: String = w, parts: [String: String] = [:]) throws -> String {
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(namespace)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
            xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>\(body)</w:body></w:document>
            """
        var all = parts
        all["word/document.xml"] = document
        all["[Content_Types].xml"] = """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """
        return try zip(name, all.mapValues { Data($0.utf8) })
    }

    func zip(_ name: String, _ entries: [String: Data]) throws -> String {
        let path = folder + "/" + name
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (entryName, data) in entries.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: entryName, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return path
    }
}
