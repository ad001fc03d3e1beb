/// Signing up, signing in and out, and looking after an account.
public struct AccountService: Sendable {
    /// How long a sign-in lasts.
    public static let sessionLifetime: Duration = .seconds(30 * 24 * 60 * 60)

    let accounts: any AccountRepository
    let sessions: any AuthSessionRepository
    let attempts: any LoginAttemptRepository
    let hasher: any PasswordHasher
    let clock: any MendClock
    let ids: any IDGenerator
    let secrets: any SecretGenerator
    let throttle: LoginThrottle

    /// Creates the service from its dependencies.
    public init(
        accounts: any AccountRepository,
        sessions: any AuthSessionRepository,
        attempts: any LoginAttemptRepository,
        hasher: any PasswordHasher,
        clock: any MendClock,
        ids: any IDGenerator,
        secrets: any SecretGenerator,
        throttle: LoginThrottle = LoginThrottle()
    ) {
        self.accounts = accounts
        self.sessions = sessions
        self.attempts = attempts
        self.hasher = hasher
        self.clock = clock
        self.ids = ids
        self.secrets = secrets
        self.throttle = throttle
    }

    /// Creates an account after validating every field.
    public func signUp(email rawEmail: String, password: String, displayName rawName: String, practitioner: Bool = false) async throws
        -> Account
    {
        let email = try AccountRules.normalizedEmail(rawEmail)
        let displayName = try AccountRules.normalizedDisplayName(rawName)
        try AccountRules.validatePassword(password)
        let account = Account(
            id: UserID(ids.next()),
            email: email,
            displayName: displayName,
            passwordHash: await hasher.hash(password),
            createdAt: clock.now(),
            isPractitioner: practitioner
        )
        try await accounts.create(account)
        return account
    }

    /// Checks the credentials and starts a session, returning the account and its new token.
    ///
    /// Failures are counted per account and per client address; past the limit the answer is
    /// `MendError.rateLimited` whether or not the password is right.
    public func logIn(email rawEmail: String, password: String, clientAddress: String?) async throws -> (Account, String) {
        let email = AccountRules.trimmed(rawEmail).lowercased()
        let now = clock.now()
        let since = now.adding(.zero - throttle.window)
        let accountKey = LoginThrottle.accountKey(email)
        let addressKey = clientAddress.map(LoginThrottle.addressKey)
        if try await attempts.failureCount(key: accountKey, since: since) >= throttle.maximumFailuresPerAccount {
            throw MendError.rateLimited(retryAfterSeconds: throttle.windowSeconds)
        }
        if let addressKey, try await attempts.failureCount(key: addressKey, since: since) >= throttle.maximumFailuresPerAddress {
            throw MendError.rateLimited(retryAfterSeconds: throttle.windowSeconds)
        }
        let account = try await accounts.find(email: email)
        // Verify against a real hash even for unknown emails so timing does not reveal who has an account.
        let matches = await hasher.verify(password, against: account?.passwordHash ?? Self.unusableHash)
        guard let account, matches else {
            try await attempts.recordFailure(key: accountKey, at: now)
            if let addressKey { try await attempts.recordFailure(key: addressKey, at: now) }
            throw MendError.unauthorized(message: "That email and password don't match. Please try again.")
        }
        try await attempts.clear(key: accountKey)
        let token = try await startSession(for: account.id, at: now)
        return (account, token)
    }

    /// The signed-in account for a session token, if the session is valid now.
    public func account(forToken token: String) async throws -> Account? {
        guard token.utf8.count == 64 else { return nil }
        return try await sessions.account(forToken: token, now: clock.now())
    }

    /// Ends the session with this token.
    public func logOut(token: String) async throws {
        try await sessions.delete(token: token)
    }

    /// Changes the password after checking the current one; every other session is signed out.
    public func changePassword(for account: Account, current: String, new: String, keepingToken token: String?) async throws {
        guard await hasher.verify(current, against: account.passwordHash) else {
            throw MendError.invalidField(field: "currentPassword", message: "Your current password isn't right.")
        }
        try AccountRules.validatePassword(new, field: "newPassword")
        try await accounts.updatePasswordHash(await hasher.hash(new), for: account.id)
        try await sessions.deleteAll(userID: account.id, keeping: token)
    }

    /// Deletes the account and all of its data after checking the password.
    public func deleteAccount(_ account: Account, password: String) async throws {
        guard await hasher.verify(password, against: account.passwordHash) else {
            throw MendError.invalidField(field: "password", message: "That password isn't right.")
        }
        try await accounts.delete(id: account.id)
    }

    private func startSession(for userID: UserID, at now: Timestamp) async throws -> String {
        let token = Self.hex(secrets.randomBytes(count: 32))
        try await sessions.create(token: token, userID: userID, createdAt: now, expiresAt: now.adding(Self.sessionLifetime))
        return token
    }

    /// A syntactically valid bcrypt hash that no password matches.
    static let unusableHash = "$2b$04$" + String(repeating: "A", count: 53)

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }
}
