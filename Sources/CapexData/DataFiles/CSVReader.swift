/// A strict reader of RFC 4180 CSV: fields separated by commas, records by CRLF or LF, a field
/// quoted with `"` when it holds a comma, a quote (doubled) or a line break. It refuses what a
/// lenient reader would guess at: a file that ends inside a quoted field (truncated), a quote
/// inside an unquoted field, text after a closing quote, a NUL byte. Every error names the
/// row (as a spreadsheet numbers it) and the column. One pass over the bytes: linear in the
/// file's size.
struct CSVReader {
    /// A record and the row number it starts on (the header is row 1).
    struct Record {
        var row: Int
        var fields: [String]
    }

    enum Failure: Error, Equatable {
        case unterminatedQuote(row: Int, column: Int)
        case quoteInUnquotedField(row: Int, column: Int)
        case textAfterQuote(row: Int, column: Int)
        case nul(row: Int, column: Int)
        case notUTF8(row: Int, column: Int)
    }

    /// The records of `bytes` (a UTF-8 byte order mark at the start is skipped).
    static func records(_ bytes: [UInt8]) throws(Failure) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var row = 1
        var recordRow = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var quoted = false
        var afterQuote = false
        var fieldStarted = false

        func finishField() throws(Failure) {
            guard let text = String(validating: field, as: UTF8.self) else { throw .notUTF8(row: recordRow, column: fields.count + 1) }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            quoted = false
            afterQuote = false
            fieldStarted = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 { throw .nul(row: row, column: fields.count + 1) }
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 2
                        continue
                    }
                    quoted = false
                    afterQuote = true
                } else {
                    if byte == 0x0A { row += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                try finishField()
                fieldStarted = true
            case 0x0D where index + 1 < bytes.count && bytes[index + 1] == 0x0A:
                index += 1
                fallthrough
            case 0x0A:
                try finishField()
                records.append(Record(row: recordRow, fields: fields))
                fields.removeAll(keepingCapacity: true)
                row += 1
                recordRow = row
            case UInt8(ascii: "\""):
                guard field.isEmpty, !afterQuote else { throw .quoteInUnquotedField(row: row, column: fields.count + 1) }
                quoted = true
                fieldStarted = true
            default:
                if afterQuote { throw .textAfterQuote(row: row, column: fields.count + 1) }
                field.append(byte)
                fieldStarted = true
            }
            index += 1
        }
        if quoted { throw .unterminatedQuote(row: recordRow, column: fields.count + 1) }
        if fieldStarted || !field.isEmpty || !fields.isEmpty || afterQuote {
            try finishField()
            records.append(Record(row: recordRow, fields: fields))
        }
        return records
    }
}
