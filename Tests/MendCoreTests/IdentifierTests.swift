import MendCore
import Testing

@Suite("Identifiers and time")
struct IdentifierTests {
    @Test("random ids are version-4 UUIDs and do not repeat")
    func randomIDs() {
        let generator = RandomIDGenerator()
        let ids = (0..<1000).map { _ in generator.next() }
        #expect(Set(ids).count == ids.count)
        for id in ids.prefix(50) {
            let parts = id.split(separator: "-")
            #expect(parts.map(\.count) == [8, 4, 4, 4, 12])
            #expect(parts[2].first == "4")
            #expect("89ab".contains(parts[3].first!))
        }
    }

    @Test("timestamps add seconds and durations exactly")
    func timestamps() {
        let t = Timestamp(millisecondsSinceEpoch: 1_000)
        #expect(t.adding(seconds: 2) == Timestamp(millisecondsSinceEpoch: 3_000))
        #expect(t.adding(.milliseconds(1_500)) == Timestamp(millisecondsSinceEpoch: 2_500))
        #expect(t.adding(.zero - .seconds(1)) == Timestamp(millisecondsSinceEpoch: 0))
        #expect(t < t.adding(seconds: 1))
    }
}
