/// The rules a sign-up must satisfy, kept in the core so every client applies the same ones.
public enum AccountRules {
    /// The shortest password accepted.
    public static let minimumPasswordLength = 10
    /// The longest password accepted (long enough for any passphrase, short enough to bound hashing work).
    public static let maximumPasswordLength = 256
    /// The longest display name accepted.
    public static let maximumDisplayNameLength = 60
    /// The longest email address accepted (RFC 5321's limit).
    public static let maximumEmailLength = 254

    /// The email trimmed and lowercased, or a validation error naming the `email` field.
    public static func normalizedEmail(_ raw: String) throws(MendError) -> String {
        let email = trimmed(raw).lowercased()
        guard !email.isEmpty else {
            throw .invalidField(field: "email", message: "Please enter your email address.")
        }
        guard email.utf8.count <= maximumEmailLength else {
            throw .invalidField(field: "email", message: "That email address is too long.")
        }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            !email.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 })
        else {
            throw .invalidField(field: "email", message: "That doesn't look like an email address.")
        }
        return email
    }

    /// The display name trimmed, or a validation error naming the `displayName` field.
    public static func normalizedDisplayName(_ raw: String) throws(MendError) -> String {
        let name = trimmed(raw)
        guard !name.isEmpty else {
            throw .invalidField(field: "displayName", message: "Please tell us what your partner calls you.")
        }
        guard name.count <= maximumDisplayNameLength else {
            throw .invalidField(
                field: "displayName",
                message: "Please keep your name under \(maximumDisplayNameLength) characters."
            )
        }
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .invalidField(field: "displayName", message: "Your name can't contain control characters.")
        }
        return name
    }

    /// Checks a new password, naming `field` in the error.
    public static func validatePassword(_ password: String, field: String = "password") throws(MendError) {
        guard password.count >= minimumPasswordLength else {
            throw .invalidField(
                field: field,
                message: "Please choose a password of at least \(minimumPasswordLength) characters."
            )
        }
        guard password.count <= maximumPasswordLength else {
            throw .invalidField(
                field: field,
                message: "Please keep your password under \(maximumPasswordLength) characters."
            )
        }
    }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
