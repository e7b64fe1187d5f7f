import Foundation
import JCMKit
import JCMReports

/// The files of a portfolio report in one language: Markdown, JSON, the chart and a manifest
/// with the SHA-256 of every input and document, ready for `DocumentSetWriter`.
public struct PortfolioSet: Sendable {
    public static let formatName = "jcm-portfolio-manifest/1"

    public var files: [RenderedFile]
    public var language: String

    /// An input by its path as given, since many projects share the name `project.yaml`.
    struct Input: Encodable {
        var file: String
        var sha256: String
    }

    struct Listing: Encodable {
        var format = PortfolioSet.formatName
        var tool = Manifest.Tool(name: "jcm", version: ToolVersion.current)
        var language: String
        var translation: String?
        var wording: FileFingerprint
        var inputs: [Input]
        var documents: [Manifest.Document]
    }

    public static func render(_ portfolio: Portfolio, wording: Wording) -> PortfolioSet {
        let report = PortfolioReport(portfolio, wording: wording)
        let documents = [(PortfolioReport.markdownName, report.markdown), (PortfolioReport.jsonName, report.json),
                         (PortfolioReport.chartName, report.chart)].map { RenderedFile(name: $0.0, contents: $0.1) }
        var inputs: [String: Input] = [:]
        for assessment in portfolio.entries.compactMap(\.assessment) {
            for input in assessment.inputs { inputs[input.path] = Input(file: input.path, sha256: input.sha256) }
        }
        if let families = portfolio.families {
            inputs[families.file.path] = Input(file: families.file.path, sha256: families.file.sha256)
        }
        let listing = Listing(language: wording.language, translation: wording.translation?.review.rawValue,
                              wording: FileFingerprint(wording.file),
                              inputs: inputs.keys.sorted().compactMap { inputs[$0] },
                              documents: documents.map { Manifest.Document(file: $0.name, sha256: SHA256.hex([UInt8]($0.bytes)), template: wording.file.path) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let manifest = ((try? encoder.encode(listing)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
        return PortfolioSet(files: documents + [RenderedFile(name: Manifest.fileName, contents: manifest)], language: wording.language)
    }
}
