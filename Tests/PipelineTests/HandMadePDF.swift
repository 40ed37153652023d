import Foundation

/// PDFs written byte by byte for tests that need a structure no generator here produces.
enum HandMadePDF {
    /// A one-page PDF with the given lines of text (Helvetica, not embedded) and, when asked, an
    /// OutputIntent carrying an ICC profile, as office and legal tools export them.
    /// With `userPassword`, the PDF is encrypted (RC4 40-bit); an empty user password with an owner
    /// password makes a PDF anyone may open but that is still encrypted.
    /// `pages` replaces the page tree dictionary, to make damaged documents.
    static func make(
        lines: [String], outputIntent: Bool, userPassword: String? = nil, ownerPassword: String = "owner", pages: String? = nil
    ) -> Data {
        var objects: [Data] = []
        let intent = outputIntent
            ? " /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB) /DestOutputProfile 5 0 R >>]" : ""
        objects.append(Data("<< /Type /Catalog /Pages 2 0 R\(intent) >>".utf8))
        objects.append(Data((pages ?? "<< /Type /Pages /Kids [3 0 R] /Count 1 >>").utf8))
        objects.append(Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>".utf8))
        objects.append(Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
        let profile = iccProfile()
        objects.append(Data("<< /N 3 /Length \(profile.count) >>\nstream\n".utf8) + profile + Data("\nendstream".utf8))
        var content = "BT /F1 11 Tf 72 770 Td 14 TL\n"
        for line in lines {
            let escaped = line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                .replacingOccurrences(of: ")", with: "\\)")
            content += "(\(escaped)) Tj T*\n"
        }
        content += "ET"
        let fileID: [UInt8] = Array("optimind-test-id".utf8)
        let security = userPassword.map { PDFEncryption.handler(userPassword: $0, ownerPassword: ownerPassword, fileID: fileID) }
        let contentBytes = security?.encrypt(Array(content.utf8), object: 6) ?? Array(content.utf8)
        objects.append(Data("<< /Length \(contentBytes.count) >>\nstream\n".utf8) + Data(contentBytes) + Data("\nendstream".utf8))
        if let security { objects.append(Data(security.dictionary.utf8)) }

        var pdf = Data("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Data("\(index + 1) 0 obj\n".utf8) + body + Data("\nendobj\n".utf8)
        }
        let xref = pdf.count
        pdf += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { pdf += Data(String(format: "%010d 00000 n \n", offset).utf8) }
        let encrypt = security.map { _ in " /Encrypt \(objects.count) 0 R /ID [<\(PDFEncryption.hex(fileID))> <\(PDFEncryption.hex(fileID))>]" } ?? ""
        pdf += Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(encrypt) >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return pdf
    }

    /// A minimal ICC v2 RGB display profile (sRGB-like primaries, gamma 2.2) that LittleCMS accepts.
    static func iccProfile() -> Data {
        func u32(_ value: UInt32) -> Data { withUnsafeBytes(of: value.bigEndian) { Data($0) } }
        func s15(_ value: Double) -> Data { u32(UInt32(bitPattern: Int32((value * 65536).rounded()))) }
        func xyz(_ x: Double, _ y: Double, _ z: Double) -> Data { Data("XYZ ".utf8) + u32(0) + s15(x) + s15(y) + s15(z) }
        let curve = Data("curv".utf8) + u32(0) + u32(1) + Data([0x02, 0x33, 0, 0])
        let tags: [(String, Data)] = [
            ("wtpt", xyz(0.9642, 1.0, 0.8249)), ("rXYZ", xyz(0.4361, 0.2225, 0.0139)), ("gXYZ", xyz(0.3851, 0.7169, 0.0971)),
            ("bXYZ", xyz(0.1431, 0.0606, 0.7141)), ("rTRC", curve), ("gTRC", curve), ("bTRC", curve),
        ]
        var table = u32(UInt32(tags.count))
        var payload = Data()
        let dataStart = 128 + 4 + 12 * tags.count
        for (signature, data) in tags {
            table += Data(signature.utf8) + u32(UInt32(dataStart + payload.count)) + u32(UInt32(data.count))
            payload += data
            while payload.count % 4 != 0 { payload.append(0) }
        }
        let size = dataStart + payload.count
        var header = u32(UInt32(size)) + u32(0) + u32(0x0210_0000) + Data("mntrRGB XYZ ".utf8) + Data(count: 12) + Data("acsp".utf8)
        header += Data(count: 68 - header.count) + s15(0.9642) + s15(1.0) + s15(0.8249)
        header += Data(count: 128 - header.count)
        return header + table + payload
    }
}
