import CapexData
import Testing

@Suite("CSV reading")
struct CSVTableTests {
    @Test("quoted fields with commas and doubled quotes are read whole")
    func quoting() throws {
        let table = try CSVTable(text: "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n", file: "t.csv")
        #expect(table.rows[0].fields == ["x, y", "say \"hi\""])
    }

    @Test("a row with the wrong number of fields is named by its spreadsheet row number")
    func wrongFieldCount() {
        #expect(throws: DataFileError.wrongFieldCount(file: "t.csv", row: 3, found: 1, expected: 2)) {
            try CSVTable(text: "a,b\n1,2\n3\n", file: "t.csv")
        }
    }

    @Test("a missing required column is named")
    func missingColumn() {
        #expect(throws: DataFileError.missingColumns(file: "t.csv", columns: ["ticker"])) {
            try CSVTable(text: "a,b\n1,2\n", file: "t.csv", requiredColumns: ["a", "ticker"])
        }
    }

    @Test("a non-number where a number is expected names the row, column and value")
    func invalidNumber() throws {
        let table = try CSVTable(text: "ticker,capex_usd_m\nGOOGL,lots\n", file: "t.csv")
        let error = try #require(throws: DataFileError.self) { try table.rows[0].double("capex_usd_m") }
        #expect(error.description == "t.csv, row 2, column capex_usd_m: \"lots\" is not a number")
    }

    @Test("an empty file is an error, not an empty table", arguments: ["", "\n\n", "   "])
    func empty(text: String) {
        #expect(throws: DataFileError.empty(file: "t.csv")) { try CSVTable(text: text, file: "t.csv") }
    }

    @Test("blank cells read as absent, never as zero")
    func blankCells() throws {
        let table = try CSVTable(text: "a,b\n,2\n", file: "t.csv")
        #expect(try table.rows[0].double("a") == nil)
        #expect(try table.rows[0].double("b") == 2)
    }
}
