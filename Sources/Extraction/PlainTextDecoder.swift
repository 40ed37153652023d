import OptiMindCore
import Foundation

/// Decodes plain text: UTF-8 with or without a BOM, UTF-16 with a BOM, else Windows-1252
/// (what older Windows tools write), so no text file is rejected for its encoding.
enum PlainTextDecoder {
    static func decode(_ data: Data) -> (text: String, encoding: String) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: data.dropFirst(3), as: UTF8.self), "UTF-8")
        }
        if data.starts(with: [0xFF, 0xFE]), let text = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) {
            return (text, "UTF-16LE")
        }
        if data.starts(with: [0xFE, 0xFF]), let text = String(data: data.dropFirst(2), encoding: .utf16BigEndian) {
            return (text, "UTF-16BE")
        }
        if let text = String(validatingUTF8Data: data) { return (text, "UTF-8") }
        if let text = String(data: data, encoding: .windowsCP1252) { return (text, "Windows-1252") }
        return (String(decoding: data, as: UTF8.self), "UTF-8 (with replacement characters)")
    }
}

extension String {
    /// Nil unless the bytes are valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        guard let text = String(validating: data, as: UTF8.self) else { return nil }
        self = text
    }
}
