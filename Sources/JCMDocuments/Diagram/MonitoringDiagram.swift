import JCMKit
import JCMRules

/// PDD C.2's diagram of the monitoring points: each equipment item and, beside it, the meters
/// that measure it (the project's `meters`, or else one point per parameter the methodology
/// monitors ex post), as an SVG image. Only the project's identifiers, names and the methodology's
/// symbols are written, so the drawing reads the same in every language; integer coordinates and
/// a fixed order make it byte-identical from run to run.
struct MonitoringDiagram {
    static let fileName = "monitoring-points.svg"
    /// Items drawn at most; the monitoring plan lists every point of a larger project.
    static let mostItems = 40
    /// Characters of a label at most, so that a long name cannot run over the drawing.
    static let longestLabel = 48

    struct Point: Equatable {
        var label: String
        var detail: String
    }

    struct Item: Equatable {
        var id: String
        var name: String
        var points: [Point]
    }

    var items: [Item]
    /// Items of the project beyond `mostItems`, not drawn.
    var notDrawn: Int

    /// Nil when the project has no equipment to draw.
    init?(_ project: Project, methodology: Methodology?) {
        let equipment = project.equipment
        guard !equipment.isEmpty else { return nil }
        let meters = project.records("meters")
        let monitored = (methodology?.rules.parameters ?? []).filter {
            $0.kind == .monitoredExPost && $0.scope == .equipment
        }
        func text(_ node: DataNode, _ key: String) -> String {
            if case .leaf(.text(let text))? = node.field(key)?.content { return text }
            return ""
        }
        items = equipment.prefix(Self.mostItems).map { item in
            let id = text(item, "id")
            let own = meters.filter { text($0, "equipment") == id }
            let points =
                own.isEmpty
                ? monitored.map { Point(label: $0.display, detail: $0.unit.description) }
                : own.map { Point(label: text($0, "id"), detail: "\(text($0, "parameter")) (\(text($0, "unit")))") }
            return Item(id: id, name: text(item, "name"), points: points)
        }
        notDrawn = equipment.count - items.count
    }

    var svg: String {
        let rowGap = 16
        let pointHeight = 34
        let boxHeight = 48
        let width = 760
        var body: [String] = []
        var y = 16
        for item in items {
            let rows = max(1, item.points.count)
            let height = max(boxHeight, rows * pointHeight)
            let boxTop = y + (height - boxHeight) / 2
            body.append(#"<rect x="16" y="\#(boxTop)" width="300" height="\#(boxHeight)" rx="6" class="equipment"/>"#)
            body.append(#"<text x="28" y="\#(boxTop + 20)" class="id">\#(Self.escaped(item.id))</text>"#)
            body.append(#"<text x="28" y="\#(boxTop + 38)">\#(Self.escaped(item.name))</text>"#)
            for (index, point) in item.points.enumerated() {
                let centre = y + index * pointHeight + pointHeight / 2
                body.append(#"<line x1="316" y1="\#(boxTop + boxHeight / 2)" x2="408" y2="\#(centre)"/>"#)
                body.append(#"<circle cx="420" cy="\#(centre)" r="12" class="meter"/>"#)
                body.append(#"<text x="440" y="\#(centre - 2)" class="id">\#(Self.escaped(point.label))</text>"#)
                body.append(#"<text x="440" y="\#(centre + 13)">\#(Self.escaped(point.detail))</text>"#)
            }
            y += height + rowGap
        }
        if notDrawn > 0 {
            body.append(#"<text x="16" y="\#(y + 14)">… +\#(notDrawn)</text>"#)
            y += 28
        }
        let style =
            "text{font-family:sans-serif;font-size:13px;fill:#111}.id{font-weight:bold}"
            + "rect.equipment{fill:#eef3f8;stroke:#345}circle.meter{fill:#fff;stroke:#345;stroke-width:2}"
            + "line{stroke:#345;stroke-width:1.5}"
        let size = #"width="\#(width)" height="\#(y)" viewBox="0 0 \#(width) \#(y)""#
        let head = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#, #"<svg xmlns="http://www.w3.org/2000/svg" \#(size)>"#,
            "<style>\(style)</style>",
        ]
        return (head + body + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    /// The text as XML character data: markup escaped, control characters (which XML 1.0 does not
    /// allow) made spaces, and cut to `longestLabel` characters.
    static func escaped(_ text: String) -> String {
        let cut = text.count > longestLabel ? String(text.prefix(longestLabel - 1)) + "…" : text
        var escaped = ""
        for scalar in cut.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case _
            where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE
                || scalar.value == 0xFFFF:
                escaped += " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
