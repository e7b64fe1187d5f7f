/// Timestamps of meter data: ISO 8601 `YYYY-MM-DDTHH:MM:SS` (or a space for the `T`) followed by
/// `Z` or `±HH:MM`, read as seconds since 1970-01-01T00:00:00Z. A timestamp without an offset is
/// refused: local time is ambiguous, and jcm never guesses a time zone.
public enum MeterTimestamp {
    enum Refusal: Error {
        case notISO8601, noOffset, impossible
    }

    /// The date part of the previous timestamp and its day number: consecutive rows mostly share
    /// their date, so the calendar arithmetic runs once a day of data.
    struct DayCache {
        var head: UInt64 = 0
        var tail: UInt16 = 0
        var day: Int64 = 0
        var valid = false
    }

    @inline(__always)
    static func parse(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, cache: inout DayCache
    )
        -> Result<Int64, Refusal>
    {
        let count = end - start
        guard count >= 19 else { return .failure(.notISO8601) }
        let p = bytes + start
        let head = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
        let tail = UnsafeRawPointer(p + 8).loadUnaligned(as: UInt16.self)
        let day: Int64
        if cache.valid, head == cache.head, tail == cache.tail {
            day = cache.day
        } else {
            guard p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-"),
                let year = digits(p, 0, 4), let month = digits(p, 5, 2), let dayOfMonth = digits(p, 8, 2)
            else { return .failure(.notISO8601) }
            guard (1900...2999).contains(year), (1...12).contains(month),
                dayOfMonth >= 1, dayOfMonth <= daysIn(month: month, year: year)
            else { return .failure(.impossible) }
            day = dayNumber(year: year, month: month, day: dayOfMonth)
            cache = DayCache(head: head, tail: tail, day: day, valid: true)
        }
        guard p[10] == UInt8(ascii: "T") || p[10] == UInt8(ascii: " "), p[13] == UInt8(ascii: ":"),
            p[16] == UInt8(ascii: ":"), let hour = digits(p, 11, 2), let minute = digits(p, 14, 2),
            let second = digits(p, 17, 2)
        else { return .failure(.notISO8601) }
        guard hour < 24, minute < 60, second < 60 else { return .failure(.impossible) }
        var offset: Int64 = 0
        if count == 20, p[19] == UInt8(ascii: "Z") {
            offset = 0
        } else if count == 25, p[19] == UInt8(ascii: "+") || p[19] == UInt8(ascii: "-"), p[22] == UInt8(ascii: ":") {
            guard let hours = digits(p, 20, 2), let minutes = digits(p, 23, 2) else { return .failure(.notISO8601) }
            guard hours <= 14, minutes < 60 else { return .failure(.impossible) }
            offset = (hours * 3600 + minutes * 60) * (p[19] == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return .failure(count == 19 ? .noOffset : .notISO8601)
        }
        return .success(day * 86400 + hour * 3600 + minute * 60 + second - offset)
    }

    @inline(__always)
    private static func digits(_ p: UnsafePointer<UInt8>, _ at: Int, _ count: Int) -> Int64? {
        var value: Int64 = 0
        for index in at..<(at + count) {
            let digit = p[index] &- 48
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int64(digit)
        }
        return value
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse).
    public static func dayNumber(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The instant a timestamp text names, by the same grammar as the data's; nil when it is not one.
    public static func seconds(_ text: String) -> Int64? {
        var cache = DayCache()
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, case .success(let time) = parse(base, 0, bytes.count, cache: &cache)
            else { return nil }
            return time
        }
    }

    /// `2027-01-15T10:00:00+07:00`: seconds since the epoch written at an offset, for findings.
    public static func text(_ seconds: Int64, offset: Int64) -> String {
        let local = seconds + offset
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        let secondOfDay = local - days * 86400
        let (year, month, day) = civil(days)
        let sign = offset < 0 ? "-" : "+"
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let zone = offset == 0 ? "Z" : "\(sign)\(two(abs(offset) / 3600)):\(two(abs(offset) % 3600 / 60))"
        return "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):"
            + "\(two(secondOfDay % 60))\(zone)"
    }

    static func civil(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
