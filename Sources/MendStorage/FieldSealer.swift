import Crypto
import Foundation

/// Seals free text for storage with AES-256-GCM and finds sealed values by keyed hash.
///
/// Each sealed value is bound to its place (table, column and row) as associated data, so a
/// ciphertext copied into another row or column fails to open instead of leaking there.
public struct FieldSealer: Sendable {
    private let sealingKey: SymmetricKey
    private let indexKey: SymmetricKey

    /// Derives the sealing and index keys from the master key.
    public init(masterKey: MasterKey) {
        self.sealingKey = masterKey.derived(for: "fields")
        self.indexKey = masterKey.derived(for: "index")
    }

    /// Encrypts `text`, bound to `place` (for example `accounts.display_name:<id>`).
    public func seal(_ text: String, place: String) throws -> Data {
        let box = try AES.GCM.seal(Data(text.utf8), using: sealingKey, authenticating: Data(place.utf8))
        guard let combined = box.combined else { throw SealingError.cannotOpen }
        return combined
    }

    /// Decrypts a value sealed for `place`; throws if it was tampered with or belongs elsewhere.
    public func open(_ sealed: Data, place: String) throws -> String {
        let box = try AES.GCM.SealedBox(combined: sealed)
        let plain = try AES.GCM.open(box, using: sealingKey, authenticating: Data(place.utf8))
        guard let text = String(data: plain, encoding: .utf8) else { throw SealingError.cannotOpen }
        return text
    }

    /// A keyed hash of `value` for equality look-ups (emails, tokens, invite codes), as hex.
    public func index(_ value: String, purpose: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(purpose):\(value)".utf8), using: indexKey)
        return mac.map { String(format: "%02x", $0) }.joined()
    }
}

/// A sealed value that could not be opened.
public enum SealingError: Error, Sendable {
    /// The value was damaged, tampered with or sealed under another key.
    case cannotOpen
}
