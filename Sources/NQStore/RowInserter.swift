import Foundation
import GRDB
import GRDBSQLite

/// One prepared INSERT, its values bound and stepped through SQLite's C interface: a store's millions
/// of record rows are written without building GRDB's argument arrays for each (which took most of a
/// save's time).
struct RowInserter {
    let statement: Statement
    let handle: OpaquePointer
    let db: Database
    private var at: Int32 = 0

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func add(_ v: Int) {
        at += 1
        sqlite3_bind_int64(handle, at, sqlite3_int64(v))
    }

    mutating func add(_ v: Int64) {
        at += 1
        sqlite3_bind_int64(handle, at, sqlite3_int64(v))
    }

    mutating func add(_ v: String?) {
        at += 1
        guard var v else { sqlite3_bind_null(handle, at); return }
        v.withUTF8 { b in _ = sqlite3_bind_text(handle, at, UnsafeRawPointer(b.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(b.count), Self.transient) }
    }

    mutating func addNull() {
        at += 1
        sqlite3_bind_null(handle, at)
    }

    mutating func add(_ bytes: [UInt8]) {
        at += 1
        bytes.withUnsafeBytes { b in _ = sqlite3_bind_blob(handle, at, b.baseAddress, Int32(b.count), Self.transient) }
    }

    /// Inserts the row bound so far.
    mutating func run() throws {
        at = 0
        let rc = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard rc == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}
