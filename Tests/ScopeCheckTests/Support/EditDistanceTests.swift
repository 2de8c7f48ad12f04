import Testing

@testable import ScopeCheck

@Suite struct EditDistanceTests {
    @Test func countsEdits() {
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("analytics:view", "analytics:view") == 0)
        #expect(EditDistance.between("CLIENT_CREDENTIALS", "CLIENT-CREDENTIALS") == 1)
    }
}
