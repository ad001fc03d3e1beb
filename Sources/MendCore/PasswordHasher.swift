/// Hashes and checks passwords; the server provides bcrypt.
public protocol PasswordHasher: Sendable {
    /// A salted, slow hash of `password`.
    func hash(_ password: String) async -> String
    /// Whether `password` matches `hash`.
    func verify(_ password: String, against hash: String) async -> Bool
}
