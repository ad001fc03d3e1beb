/// How many failed sign-ins are tolerated before Mend asks people to wait.
public struct LoginThrottle: Sendable, Equatable {
    /// Failures allowed per account within `window` before it is locked for the rest of the window.
    public var maximumFailuresPerAccount: Int
    /// Failures allowed per client address within `window`.
    public var maximumFailuresPerAddress: Int
    /// The sliding window the counts cover.
    public var window: Duration

    /// Creates a policy.
    public init(maximumFailuresPerAccount: Int = 5, maximumFailuresPerAddress: Int = 20, window: Duration = .seconds(15 * 60)) {
        self.maximumFailuresPerAccount = maximumFailuresPerAccount
        self.maximumFailuresPerAddress = maximumFailuresPerAddress
        self.window = window
    }

    /// The window in whole seconds, for `Retry-After`.
    public var windowSeconds: Int { Int(window.components.seconds) }

    /// The key failures of one account are counted under.
    static func accountKey(_ email: String) -> String { "account:\(email)" }
    /// The key failures from one client address are counted under.
    static func addressKey(_ address: String) -> String { "address:\(address)" }
}
