import Testing

@testable import Fix

@Suite struct UnifiedDiffTests {
    func diff(_ old: [String], _ new: [String], context: Int = 3) -> String {
        UnifiedDiff.render(
            old: Array(old.joined(separator: "\n").utf8), new: Array(new.joined(separator: "\n").utf8), path: "f.tf",
            context: context)
    }

    let numbers = (1...12).map { "line \($0)" } + [""]

    @Test func equalFilesHaveNoDiff() {
        #expect(diff(numbers, numbers).isEmpty)
    }

    @Test func oneChangeWithThreeLinesOfContext() {
        var changed = numbers
        changed[5] = "line six"
        #expect(
            diff(numbers, changed) == """
                --- a/f.tf
                +++ b/f.tf
                @@ -3,7 +3,7 @@
                 line 3
                 line 4
                 line 5
                -line 6
                +line six
                 line 7
                 line 8
                 line 9

                """)
    }

    @Test func distantChangesMakeSeparateHunksAndCloseOnesMerge() {
        var changed = numbers
        changed.remove(at: 0)
        changed.insert("new", at: 10)
        #expect(
            diff(numbers, changed, context: 1) == """
                --- a/f.tf
                +++ b/f.tf
                @@ -1,2 +1 @@
                -line 1
                 line 2
                @@ -11,2 +10,3 @@
                 line 11
                +new
                 line 12

                """)
        #expect(diff(numbers, changed, context: 4).components(separatedBy: "@@ -").count == 3)
        #expect(diff(numbers, changed, context: 5).components(separatedBy: "@@ -").count == 2)
    }

    @Test func pureInsertionsAndDeletionsNameTheLineBefore() {
        #expect(
            diff(["a", "b", ""], ["a", "x", "b", ""], context: 0) == """
                --- a/f.tf
                +++ b/f.tf
                @@ -1,0 +2 @@
                +x

                """)
        #expect(
            diff(["a", "x", "b", ""], ["a", "b", ""], context: 0) == """
                --- a/f.tf
                +++ b/f.tf
                @@ -2 +1,0 @@
                -x

                """)
    }

    @Test func aMissingFinalNewlineIsMarked() {
        #expect(
            diff(["a", "b"], ["a", "c"]) == """
                --- a/f.tf
                +++ b/f.tf
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +c
                \\ No newline at end of file

                """)
    }

    @Test func theShortestEditScriptKeepsCommonLines() {
        #expect(
            UnifiedDiff.shortestEdit(["a", "b", "c", "a", "b", "b", "a"], ["c", "b", "a", "b", "a", "c"]).count {
                $0 == " "
            } == 4)
        #expect(UnifiedDiff.shortestEdit([], ["x"]) == ["+"])
        #expect(UnifiedDiff.shortestEdit(["x"], []) == ["-"])
    }
}
