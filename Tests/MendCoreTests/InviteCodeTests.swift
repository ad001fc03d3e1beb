import MendCore
import MendTestSupport
import Testing

@Suite("Invite codes")
struct InviteCodeTests {
    @Test("generated codes use only the unambiguous alphabet and show as ABCDE-FGHJK")
    func generated() {
        let secrets = SeededSecretGenerator(seed: 1)
        var seen = Set<String>()
        for _ in 0..<500 {
            let code = InviteCode.generate(using: secrets)
            #expect(code.canonical.count == InviteCode.length)
            #expect(code.canonical.allSatisfy { InviteCode.alphabet.contains($0) })
            #expect(code.description.count == 11 && code.description.dropFirst(5).first == "-")
            seen.insert(code.canonical)
        }
        #expect(seen.count == 500)
    }

    @Test("typing is forgiving about case, spaces and dashes", arguments: ["abcde-fghjk", "ABCDEFGHJK", " abc de fgh jk ", "ABCDE-FGHJK"])
    func forgiving(typed: String) {
        #expect(InviteCode(typed: typed)?.canonical == "ABCDEFGHJK")
    }

    @Test(
        "look-alikes and wrong lengths are not codes",
        arguments: ["ABCDE-FGHJ", "ABCDE-FGHJKL", "0BCDE-FGHJK", "IBCDE-FGHJK", "ABCDE_FGHJK", ""])
    func rejected(typed: String) {
        #expect(InviteCode(typed: typed) == nil)
    }

    @Test("codes last seven days")
    func lifetime() {
        let start = Timestamp(millisecondsSinceEpoch: 0)
        #expect(start.adding(InviteCode.lifetime) == Timestamp(millisecondsSinceEpoch: 7 * 24 * 3600 * 1000))
    }
}
