import CLibPQ
import Foundation
import NQSupport

/// One connection to a PostgreSQL server through libpq: statements with text parameters, their rows
/// as text (all of them, or one at a time as the server sends them), COPY into a table. The URL is
/// libpq's (`postgresql://USER@HOST:PORT/DB?…`); a password comes from it, `PGPASSWORD` or
/// `~/.pgpass`, as with every PostgreSQL client, and never appears in what nq prints.
final class PGConnection: @unchecked Sendable {
    let url: String
    private var connection: OpaquePointer?

    /// What went wrong, in words for the user (no password in them).
    struct Failure: Error, CustomStringConvertible {
        var message: String
        /// The server's SQLSTATE code when it answered with an error.
        var state: String?
        /// The connection is gone (the server stopped, the network dropped it).
        var lost = false
        var description: String { message }
    }

    init(url: String) throws {
        self.url = url
        // A short wait for a server that does not answer, unless the URL says otherwise.
        var conninfo = url
        if !url.contains("connect_timeout") { conninfo += (url.contains("?") ? "&" : "?") + "connect_timeout=10" }
        let c = PQconnectdb(conninfo)
        guard let c, PQstatus(c) == CONNECTION_OK else {
            let why = c.map { Self.clean(String(cString: PQerrorMessage($0))) } ?? "out of memory"
            if let c { PQfinish(c) }
            throw Failure(message: "cannot connect to \(Self.redacted(url)): \(why)")
        }
        connection = c
        // Quiet notices (NOTICE: table … does not exist, skipping) and text as UTF-8.
        try execute("SET client_min_messages = warning; SET client_encoding = 'UTF8'")
        let encoding = try query("SHOW server_encoding").first?.first ?? nil
        guard encoding == "UTF8" else {
            close()
            throw Failure(message: "\(Self.redacted(url)) is a database in \(encoding ?? "an unknown encoding"); nq keeps its text in UTF-8",
                          state: nil)
        }
    }

    deinit { close() }

    func close() {
        if let c = connection { PQfinish(c) }
        connection = nil
    }

    /// The URL with its password (and any password parameter) hidden: for every message and listing.
    static func redacted(_ url: String) -> String { Credentials.hidden(in: url) }

    /// Whether `spec` names a PostgreSQL database rather than a file.
    static func isURL(_ spec: String) -> Bool {
        spec.hasPrefix("postgresql://") || spec.hasPrefix("postgres://")
    }

    /// libpq's message on one line, without its "ERROR:" prefix.
    static func clean(_ message: String) -> String {
        var m = message.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["ERROR:  ", "FATAL:  "] where m.hasPrefix(prefix) { m = String(m.dropFirst(prefix.count)) }
        // (Without the statement's text and its caret, which libpq adds after the message.)
        return m.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.hasPrefix("LINE ") && $0 != "^" && !$0.allSatisfy { $0 == " " || $0 == "^" } }.joined(separator: "; ")
    }

    private func handle() throws -> OpaquePointer {
        guard let c = connection else { throw Failure(message: "the connection to \(Self.redacted(url)) is closed", lost: true) }
        return c
    }

    private func failure(_ result: OpaquePointer?) -> Failure {
        let c = connection
        var message = result.flatMap { PQresultErrorMessage($0) }.map { String(cString: $0) } ?? ""
        if message.isEmpty, let c { message = String(cString: PQerrorMessage(c)) }
        let state = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "C"))) }.map { String(cString: $0) }
        // Gone: the connection's state says so, or the server's error does (57P: the server shut the
        // session down, an administrator ended it; 08: a connection exception) before libpq has seen it close.
        let lost = c.map { PQstatus($0) != CONNECTION_OK } ?? true || state.map { $0.hasPrefix("57P") || $0.hasPrefix("08") } == true
        if lost {
            return Failure(message: "the connection to \(Self.redacted(url)) was lost (\(Self.clean(message)))", state: state, lost: true)
        }
        return Failure(message: Self.clean(message), state: state)
    }

    /// Runs commands that return no rows (several may be separated by semicolons).
    func execute(_ sql: String) throws {
        let c = try handle()
        let r = PQexec(c, sql)
        defer { PQclear(r) }
        let status = PQresultStatus(r)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else { throw failure(r) }
    }

    /// Runs a statement with text parameters ($1, $2, …) and returns its rows as text (nil for null).
    func query(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        var rows: [[String?]] = []
        try withParameters(parameters) { count, types, values in
            let r = PQexecParams(try handle(), sql, count, types, values, nil, nil, 0)
            defer { PQclear(r) }
            let status = PQresultStatus(r)
            guard status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK else { throw failure(r) }
            rows = Self.rows(r)
        }
        return rows
    }

    private static func rows(_ r: OpaquePointer?) -> [[String?]] {
        let (n, width) = (PQntuples(r), PQnfields(r))
        var rows: [[String?]] = []
        rows.reserveCapacity(Int(n))
        for i in 0..<n {
            rows.append((0..<width).map { j in PQgetisnull(r, i, j) == 1 ? nil : String(cString: PQgetvalue(r, i, j)) })
        }
        return rows
    }

    /// Runs a statement and hands its rows over as the server sends them (single-row mode), a chunk at
    /// a time; an error in `handle` (an interruption) cancels the statement on the server.
    func stream(_ sql: String, _ parameters: [String?], chunk: Int, _ handle: ([[String?]]) throws -> Void) throws {
        let c = try self.handle()
        try withParameters(parameters) { count, types, values in
            guard PQsendQueryParams(c, sql, count, types, values, nil, nil, 0) == 1 else { throw failure(nil) }
        }
        PQsetSingleRowMode(c)
        var rows: [[String?]] = []
        var failed: Error? = nil
        while let r = PQgetResult(c) {
            defer { PQclear(r) }
            guard failed == nil else { continue }  // drained after an error
            switch PQresultStatus(r) {
            case PGRES_SINGLE_TUPLE:
                rows += Self.rows(r)
                if rows.count >= chunk {
                    do { try handle(rows) } catch { failed = error; cancel() }
                    rows.removeAll(keepingCapacity: true)
                }
            case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
                if !rows.isEmpty {
                    do { try handle(rows) } catch { failed = error }
                    rows = []
                }
            default:
                failed = failure(r)
            }
        }
        if let failed { throw failed }
    }

    /// Asks the server to stop the statement running on this connection.
    func cancel() {
        guard let c = connection, let cancel = PQgetCancel(c) else { return }
        var buffer = [CChar](repeating: 0, count: 256)
        _ = PQcancel(cancel, &buffer, 256)
        PQfreeCancel(cancel)
    }

    /// COPY … FROM STDIN: `write` is handed a function that sends bytes of COPY's text format.
    func copy(_ sql: String, _ write: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let c = try handle()
        let r = PQexec(c, sql)
        let status = PQresultStatus(r)
        guard status == PGRES_COPY_IN else { defer { PQclear(r) }; throw failure(r) }
        PQclear(r)
        var sendFailed = false
        do {
            try write { bytes in
                guard bytes.count > 0 else { return }
                if PQputCopyData(c, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(bytes.count)) != 1 {
                    sendFailed = true
                    throw failure(nil)
                }
            }
        } catch {
            if !sendFailed { _ = PQputCopyEnd(c, "stopped by nq") }
            while let r = PQgetResult(c) { PQclear(r) }
            throw error
        }
        guard PQputCopyEnd(c, nil) == 1 else { throw failure(nil) }
        var failed: Failure? = nil
        while let r = PQgetResult(c) {
            if PQresultStatus(r) != PGRES_COMMAND_OK, failed == nil { failed = failure(r) }
            PQclear(r)
        }
        if let failed { throw failed }
    }

    /// The parameters as C strings for the length of `body`.
    /// (All parameters are declared text: a statement may leave some unused, as a prepass does.)
    private func withParameters(_ parameters: [String?], _ body: (Int32, UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?) throws -> Void) throws {
        let copies: [UnsafeMutablePointer<CChar>?] = parameters.map { p in p.flatMap { strdup($0) } }
        defer { for p in copies { free(p) } }
        let values: [UnsafePointer<CChar>?] = copies.map { p in p.map { UnsafePointer($0) } }
        let text = [Oid](repeating: 25, count: parameters.count)
        try text.withUnsafeBufferPointer { types in
            try values.withUnsafeBufferPointer { try body(Int32(parameters.count), types.baseAddress, $0.baseAddress) }
        }
    }
}

/// Rows of a table in COPY's text format: values separated by tabs, rows by newlines, `\N` for null,
/// backslashes, tabs and line breaks escaped; bytes as `\\x` and hex.
struct CopyRows {
    var bytes: [UInt8] = []

    mutating func null() { separate(); bytes += [0x5C, 0x4E] }

    private var first = true
    private mutating func separate() {
        if !first { bytes.append(0x09) }
        first = false
    }

    mutating func add(_ n: Int64) { separate(); bytes += Array(String(n).utf8) }

    mutating func add(_ s: String?) {
        guard let s else { null(); return }
        separate()
        for b in s.utf8 {
            switch b {
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x00: break  // PostgreSQL's text holds no NUL (nq's cleaned text has none)
            default: bytes.append(b)
            }
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)
    mutating func add(bytes data: some Collection<UInt8>) {
        separate()
        bytes += [0x5C, 0x5C, 0x78]  // \\x: bytea's hex form, its backslash escaped for COPY
        bytes.reserveCapacity(bytes.count + data.count * 2)
        for b in data {
            bytes.append(Self.hex[Int(b >> 4)])
            bytes.append(Self.hex[Int(b & 15)])
        }
    }

    mutating func endRow() {
        bytes.append(0x0A)
        first = true
    }
}
