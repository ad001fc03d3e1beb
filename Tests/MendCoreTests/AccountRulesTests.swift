import MendCore
import Testing

@Suite("Account rules")
struct AccountRulesTests {
    @Test(
        "valid emails are trimmed and lowercased",
        arguments: [
            ("ana@example.com", "ana@example.com"), ("  Ana.B+tag@Example.CO.uk ", "ana.b+tag@example.co.uk"),
            ("zoë@exämple.org", "zoë@exämple.org"),
        ]
    )
    func validEmails(raw: String, expected: String) throws {
        #expect(try AccountRules.normalizedEmail(raw) == expected)
    }

    @Test(
        "invalid emails name the email field",
        arguments: [
            "", "   ", "ana", "ana@", "@example.com", "ana@example", "ana@@example.com", "a na@example.com", "ana@.com", "ana@example.",
            String(repeating: "a", count: 250) + "@x.io",
        ]
    )
    func invalidEmails(raw: String) {
        #expect {
            try AccountRules.normalizedEmail(raw)
        } throws: { error in
            guard case .invalidField(let field, let message) = error as? MendError else { return false }
            return field == "email" && !message.isEmpty
        }
    }

    @Test("display names are trimmed; empty, over-long and control characters are refused")
    func displayNames() throws {
        #expect(try AccountRules.normalizedDisplayName("  Ana 🌿 ") == "Ana 🌿")
        #expect(try AccountRules.normalizedDisplayName(String(repeating: "é", count: 60)).count == 60)
        for bad in ["", " \n\t ", String(repeating: "a", count: 61), "Ana\u{0007}", "Line\nbreak"] {
            #expect(throws: MendError.self) { try AccountRules.normalizedDisplayName(bad) }
        }
    }

    @Test("passwords need at least 10 characters and at most 256", arguments: [(9, false), (10, true), (256, true), (257, false)])
    func passwordLength(length: Int, accepted: Bool) {
        let password = String(repeating: "p", count: length)
        if accepted {
            #expect(throws: Never.self) { try AccountRules.validatePassword(password) }
        } else {
            #expect(throws: MendError.self) { try AccountRules.validatePassword(password) }
        }
    }
}
