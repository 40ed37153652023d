import Foundation
import OptiMindCore

/// One request to an extraction worker, one JSON object per line on its standard input.
struct ExtractionRequest: Codable {
    var path: String
    var password: String?
    var typeName: String?
}

/// The worker's answer, one JSON object per line on its standard output.
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
}
