import Foundation

/// The PDF standard security handler, revision 2 (RC4, 40-bit key), written here so tests can make
/// password-protected PDFs themselves (ISO 32000-1, 7.6.3, algorithms 2, 3 and 4).
enum PDFEncryption {
    static let padding: [UInt8] = [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ]

    struct Handler {
        let key: [UInt8]
        let owner: [UInt8]
        let user: [UInt8]
        let permissions: Int32
        let fileID: [UInt8]

        /// The Encrypt dictionary for the trailer.
        var dictionary: String {
            "<< /Filter /Standard /V 1 /R 2 /O <\(hex(owner))> /U <\(hex(user))> /P \(permissions) >>"
        }

        /// Encrypts the bytes of a string or stream of object `number`, generation 0.
        func encrypt(_ data: [UInt8], object number: Int) -> [UInt8] {
            let objectKey = MD5.digest(key + [UInt8(number & 0xFF), UInt8((number >> 8) & 0xFF), UInt8((number >> 16) & 0xFF), 0, 0])
            return RC4.apply(Array(objectKey.prefix(key.count + 5)), data)
        }
    }

    static func handler(userPassword: String, ownerPassword: String, fileID: [UInt8]) -> Handler {
        let permissions: Int32 = -44
        let ownerKey = Array(MD5.digest(padded(ownerPassword.isEmpty ? userPassword : ownerPassword)).prefix(5))
        let owner = RC4.apply(ownerKey, padded(userPassword))
        let p = withUnsafeBytes(of: permissions.littleEndian) { Array($0) }
        let key = Array(MD5.digest(padded(userPassword) + owner + p + fileID).prefix(5))
        return Handler(key: key, owner: owner, user: RC4.apply(key, padding), permissions: permissions, fileID: fileID)
    }

    static func padded(_ password: String) -> [UInt8] {
        let bytes = Array(password.utf8.prefix(32))
        return bytes + padding.prefix(32 - bytes.count)
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02X", $0) }.joined() }
}

enum RC4 {
    static func apply(_ key: [UInt8], _ data: [UInt8]) -> [UInt8] {
        var s = Array(0...255).map(UInt8.init)
        var j = 0
        for i in 0..<256 {
            j = (j + Int(s[i]) + Int(key[i % key.count])) & 0xFF
            s.swapAt(i, j)
        }
        var i = 0
        j = 0
        return data.map { byte in
            i = (i + 1) & 0xFF
            j = (j + Int(s[i])) & 0xFF
            s.swapAt(i, j)
            return byte ^ s[(Int(s[i]) + Int(s[j])) & 0xFF]
        }
    }
}

/// MD5 (RFC 1321), needed only by the PDF key derivation above.
enum MD5 {
    private static let shifts: [UInt32] = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                           5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                                           4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                           6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]
    private static let table: [UInt32] = (0..<64).map { UInt32(truncatingIfNeeded: Int64(abs(sin(Double($0 + 1))) * 4_294_967_296)) }

    static func digest(_ message: [UInt8]) -> [UInt8] {
        var bytes = message + [0x80]
        while bytes.count % 64 != 56 { bytes.append(0) }
        bytes += withUnsafeBytes(of: (UInt64(message.count) * 8).littleEndian) { Array($0) }
        var a0: UInt32 = 0x6745_2301
        var b0: UInt32 = 0xEFCD_AB89
        var c0: UInt32 = 0x98BA_DCFE
        var d0: UInt32 = 0x1032_5476
        for chunk in stride(from: 0, to: bytes.count, by: 64) {
            let m = (0..<16).map { i in
                (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[chunk + i * 4 + $1]) << UInt32(8 * $1) }
            }
            var (a, b, c, d) = (a0, b0, c0, d0)
            for i in 0..<64 {
                var f: UInt32
                let g: Int
                switch i {
                case 0..<16: (f, g) = ((b & c) | (~b & d), i)
                case 16..<32: (f, g) = ((d & b) | (~d & c), (5 * i + 1) % 16)
                case 32..<48: (f, g) = (b ^ c ^ d, (3 * i + 5) % 16)
                default: (f, g) = (c ^ (b | ~d), (7 * i) % 16)
                }
                f = f &+ a &+ table[i] &+ m[g]
                a = d
                d = c
                c = b
                b = b &+ (f << shifts[i] | f >> (32 - shifts[i]))
            }
            a0 = a0 &+ a
            b0 = b0 &+ b
            c0 = c0 &+ c
            d0 = d0 &+ d
        }
        return [a0, b0, c0, d0].flatMap { word in withUnsafeBytes(of: word.littleEndian) { Array($0) } }
    }
}
