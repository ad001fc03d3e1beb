import Crypto
import Foundation

/// The one secret everything sealed at rest hangs from, and the keys derived from it.
///
/// It comes from `MEND_SECRET_KEY` (32 bytes as base64 or hex) or, when that is unset, from a
/// key file generated on first run in the data directory with mode 0600. Every instance that
/// shares a database must share this key.
public struct MasterKey: Sendable {
    let key: SymmetricKey

    /// Wraps 32 bytes of key material.
    public init(bytes: some ContiguousBytes) throws(KeyError) {
        let key = SymmetricKey(data: bytes)
        guard key.bitCount == 256 else { throw KeyError(message: "The secret key must be exactly 32 bytes.") }
        self.key = key
    }

    /// Parses `MEND_SECRET_KEY`: 32 bytes written as 64 hex digits or as base64.
    public init(encoded: String) throws(KeyError) {
        let text = encoded.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count == 64, let bytes = Self.hexBytes(text) {
            try self.init(bytes: bytes)
        } else if let data = Data(base64Encoded: text), data.count == 32 {
            try self.init(bytes: data)
        } else {
            throw KeyError(
                message: "MEND_SECRET_KEY must be 32 random bytes as 64 hex digits or base64 (try: openssl rand -base64 32)."
            )
        }
    }

    /// Reads the key file in `directory`, creating it (mode 0600) with a fresh random key if it is missing.
    public static func loadOrCreate(inDirectory directory: String) throws -> MasterKey {
        let path = (directory as NSString).appendingPathComponent("secret.key")
        let manager = FileManager.default
        if let existing = manager.contents(atPath: path) {
            guard let text = String(data: existing, encoding: .utf8) else {
                throw KeyError(message: "The key file \(path) is damaged; restore it from your backup.")
            }
            do {
                return try MasterKey(encoded: text)
            } catch {
                throw KeyError(message: "The key file \(path) is damaged; restore it from your backup.")
            }
        }
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let fresh = SymmetricKey(size: .bits256)
        let encoded = fresh.withUnsafeBytes { Data($0).base64EncodedString() } + "\n"
        guard manager.createFile(atPath: path, contents: Data(encoded.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw KeyError(message: "Couldn't write the key file \(path); check that the data directory is writable.")
        }
        return try MasterKey(encoded: encoded)
    }

    /// A subkey for one purpose, so a leak of one derived key reveals nothing about another.
    public func derived(for purpose: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("mend.\(purpose).v1".utf8), outputByteCount: 32)
    }

    private static func hexBytes(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            guard let h = hexValue(high), let l = hexValue(low) else { return nil }
            bytes.append(h << 4 | l)
        }
        return bytes
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// A key that cannot be used, with a sentence that says what to fix.
public struct KeyError: Error, Equatable, Sendable {
    /// What is wrong and how to fix it.
    public var message: String
}
