import Foundation
import OptiMindCore

/// One request to an extraction worker, one JSON object per line on its standard input.
struct ExtractionRequest: Codable {
    var path: String
    var password: String?
    var typeName: String?
}

/// The worker's answer: one JSON object on a line of its own on its standard output, then, when it
/// carries a document, the UTF-8 bytes of its pages back to back (`pageBytes` gives each page's
/// length; the document's `pageTexts` are empty in the JSON). Text as raw bytes costs neither side
/// JSON string escaping and parsing, which cost as much as the rest of the exchange.
struct ExtractionResponse: Codable {
    struct Failure: Codable {
        var file: String?
        var reason: String
        var exitStatus: Int32
    }

    var document: ExtractedDocument?
    var failure: Failure?
    /// Colour profiles the worker declined to open so far (see `ColorProfilePolicy`).
    var declinedColorProfiles: Int?
    /// The byte length of each page's UTF-8 text following the JSON line.
    var pageBytes: [Int]?

    /// The line and the page bytes that follow it.
    func encoded(with encoder: JSONEncoder) throws -> Data {
        var header = self
        var pages = Data()
        if var document = header.document {
            header.pageBytes = document.pageTexts.map(\.utf8.count)
            for page in document.pageTexts { pages.append(contentsOf: page.utf8) }
            document.pageTexts = []
            header.document = document
        }
        var data = try encoder.encode(header)
        data.append(0x0A)
        data.append(pages)
        return data
    }
}
