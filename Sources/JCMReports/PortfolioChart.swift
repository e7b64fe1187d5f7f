import Foundation
import JCMKit
import JCMRules
import JCMUnits
import JCMXML

extension PortfolioReport {
    /// `portfolio-chart.svg`: annual emission reductions (x) against the cost-effectiveness of the
    /// subsidy (y), a point per project with both figures, the programme's reference as a line.
    /// Numbers are written with fixed decimals, so the same portfolio gives the same bytes.
    public var chart: String {
        let width = 720.0, height = 440.0, left = 80.0, right = 24.0, top = 40.0, bottom = 56.0
        let points: [(id: String, x: Double, y: Double)] = portfolio.entries.compactMap { entry in
            guard let assessment = entry.assessment, case .quantity(let reductions)? = entry.annualReductions,
                case .quantity(let cost)? = entry.costEffectiveness else { return nil }
            return (assessment.project.id, NSDecimalNumber(decimal: reductions.value).doubleValue, NSDecimalNumber(decimal: cost.value).doubleValue)
        }
        let reference = portfolio.entries.compactMap(\.assessment).first?.programme?.rules.parameter("cost_effectiveness_reference")?.defaultValue?.value
        let referenceValue = reference.map { NSDecimalNumber(decimal: $0.value).doubleValue }
        let maxX = Self.niceCeiling(max(points.map(\.x).max() ?? 1, 1))
        let maxY = Self.niceCeiling(max((points.map(\.y) + [referenceValue ?? 0]).max() ?? 1, 1))
        func x(_ value: Double) -> Double { left + max(0, value) / maxX * (width - left - right) }
        func y(_ value: Double) -> Double { height - bottom - max(0, value) / maxY * (height - top - bottom) }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">\n"
        svg += "  <title>\(XMLEscaping.escape(wording.text(.portfolioChart)))</title>\n"
        svg += "  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        svg += "  <text x=\"\(f(width / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">\(XMLEscaping.escape(wording.text(.portfolioChart)))</text>\n"
        svg += "  <line x1=\"\(f(left))\" y1=\"\(f(y(0)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(0)))\" stroke=\"black\"/>\n"
        svg += "  <line x1=\"\(f(left))\" y1=\"\(f(y(0)))\" x2=\"\(f(left))\" y2=\"\(f(top))\" stroke=\"black\"/>\n"
        for step in 0...4 {
            let xv = maxX * Double(step) / 4, yv = maxY * Double(step) / 4
            svg += "  <text x=\"\(f(x(xv)))\" y=\"\(f(y(0) + 16))\" text-anchor=\"middle\">\(XMLEscaping.escape(wording.style.number(Decimal(Int(xv.rounded())))))</text>\n"
            svg += "  <text x=\"\(f(left - 6))\" y=\"\(f(y(yv) + 4))\" text-anchor=\"end\">\(XMLEscaping.escape(wording.style.number(Decimal(Int(yv.rounded())))))</text>\n"
        }
        svg += "  <text x=\"\(f((left + width - right) / 2))\" y=\"\(f(height - 14))\" text-anchor=\"middle\">"
            + "\(XMLEscaping.escape(wording.text(.portfolioColumnReductions))) (tCO2/yr)</text>\n"
        svg += "  <text transform=\"translate(18 \(f((top + height - bottom) / 2))) rotate(-90)\" text-anchor=\"middle\">"
            + "\(XMLEscaping.escape(wording.text(.portfolioColumnCost))) (JPY/tCO2)</text>\n"
        if let referenceValue, let reference {
            svg += "  <line x1=\"\(f(left))\" y1=\"\(f(y(referenceValue)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(referenceValue)))\" "
                + "stroke=\"grey\" stroke-dasharray=\"6 4\"/>\n"
            svg += "  <text x=\"\(f(width - right))\" y=\"\(f(y(referenceValue) - 6))\" text-anchor=\"end\" fill=\"grey\">"
                + "\(XMLEscaping.escape(wording.text(.portfolioChartReference, ["value": wording.style.quantity(reference)])))</text>\n"
        }
        for point in points {
            svg += "  <circle cx=\"\(f(x(point.x)))\" cy=\"\(f(y(point.y)))\" r=\"5\" fill=\"#1f4e79\"><title>\(XMLEscaping.escape(point.id))</title></circle>\n"
            svg += "  <text x=\"\(f(x(point.x) + 8))\" y=\"\(f(y(point.y) - 6))\">\(XMLEscaping.escape(point.id))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// 1, 2 or 5 times a power of ten, at or above `value`.
    static func niceCeiling(_ value: Double) -> Double {
        let magnitude = pow(10, floor(log10(value)))
        for factor in [1.0, 2.0, 5.0, 10.0] where factor * magnitude >= value { return factor * magnitude }
        return 10 * magnitude
    }
}
