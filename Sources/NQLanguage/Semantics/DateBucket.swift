/// Date buckets for `count … by day|week|month|year` on ISO dates (`YYYY-MM-DD`).
public enum DateBucket: String, Sendable, CaseIterable {
    case day, week, month, year

    /// The bucket of an ISO date: "2019-01-04", "2019-W01", "2019-01", "2019"; nil when not a date.
    public func key(_ date: String) -> String? {
        let u = Array(date.utf8)
        guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D,
              let y = Int(String(decoding: u[0..<4], as: UTF8.self)),
              let m = Int(String(decoding: u[5..<7], as: UTF8.self)),
              let d = Int(String(decoding: u[8..<10], as: UTF8.self)) else { return nil }
        switch self {
        case .day: return String(date.prefix(10))
        case .month: return String(date.prefix(7))
        case .year: return String(date.prefix(4))
        case .week:
            let (wy, w) = Self.isoWeek(y, m, d)
            return "\(wy)-W\(w < 10 ? "0" : "")\(w)"
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// ISO 8601 week-numbering year and week.
    static func isoWeek(_ y: Int, _ m: Int, _ d: Int) -> (Int, Int) {
        let n = days(y, m, d)
        let weekday = ((n % 7) + 7 + 3) % 7 + 1  // 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday)
        let thursday = n - weekday + 4
        // The year of that Thursday.
        var year = y
        if thursday < days(y, 1, 1) { year = y - 1 } else if thursday >= days(y + 1, 1, 1) { year = y + 1 }
        let week = (thursday - days(year, 1, 1)) / 7 + 1
        return (year, week)
    }
}
