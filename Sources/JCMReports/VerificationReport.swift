import Foundation
import JCMKit
import JCMMeterData
import JCMRules
import JCMUnits

/// `jcm verify` on a terminal and for pipelines: each finding in the verifier's category, the
/// outcome, then the recomputation the findings rest on.
public enum VerificationReport {
    public static func text(_ verification: Verification, wording: Wording) -> String {
        let monitoring = verification.monitoring
        var lines = [
            wording.text(.verifyHeading, ["period": monitoring.period.id, "file": verification.claimed.file]),
            materialityLine(verification, wording), "",
        ]
        for category in Verification.Category.allCases {
            let found = verification.findings.filter { $0.category == category }
            guard !found.isEmpty else { continue }
            lines.append(wording.text(category.key))
            for finding in found {
                let place = finding.location.map { "\($0): " } ?? ""
                lines.append("  - " + place + wording.issue(finding, monitoring.window))
            }
            lines.append("")
        }
        if verification.findings.isEmpty { lines += [wording.text(.verifyNoFindings), ""] }
        lines.append(outcome(verification, wording))
        lines.append("")
        return lines.joined(separator: "\n") + "\n" + MonitoringReport.text(monitoring, wording: wording)
    }

    public static func json(_ verification: Verification, wording: Wording) -> String {
        JSONReport.encode(VerificationDocument(verification, wording.withCanonicalNumbers()))
    }

    static func materialityLine(_ verification: Verification, _ wording: Wording) -> String {
        guard let materiality = verification.materiality else { return wording.text(.verifyNoMateriality) }
        let source =
            materiality.provenance.verified
            ? materiality.provenance.source
            : wording.text(.originUnverified, ["origin": materiality.provenance.source])
        return wording.text(
            .verifyMateriality, ["threshold": wording.ruleStyle.quantity(materiality.threshold), "source": source])
    }

    static func outcome(_ verification: Verification, _ wording: Wording) -> String {
        switch verification.outcome {
        case .verified: wording.text(.verifyVerified)
        case .undetermined: wording.text(.verifyUndetermined)
        case .discrepancies:
            wording.text(
                .verifyDiscrepancies,
                ["count": String(verification.findings.filter { $0.category != .forwardAction }.count)])
        }
    }
}

extension Verification.Category {
    var key: WordingKey {
        switch self {
        case .correctiveAction: .verifyCAR
        case .clarification: .verifyCL
        case .forwardAction: .verifyFAR
        }
    }
}

extension Wording {
    /// One finding of a verification, worded.
    func issue(_ finding: Verification.Finding, _ window: MeterWindow) -> String {
        let style = ruleStyle
        switch finding.issue {
        case .differs(let claimed, let recomputed, let difference, let relative, let material):
            var share = ""
            if let relative, let material {
                let percent = (relative * 100).rounded(places: 4)
                let shown = percent == 0 ? "< 0.0001 %" : "\(style.number(percent)) %"
                share = text(
                    .verifyRelative,
                    ["share": shown, "judgement": text(material ? .verifyMaterial : .verifyNotMaterial)])
            }
            let signed = difference.value > 0 ? "+" + style.quantity(difference) : style.quantity(difference)
            return text(
                .verifyDiffers,
                [
                    "subject": finding.subject, "claimed": style.quantity(claimed),
                    "recomputed": style.quantity(recomputed),
                    "difference": signed, "relative": share,
                ])
        case .rounded(let claimed, let recomputed, let precision):
            return text(
                .verifyRounded,
                [
                    "subject": finding.subject, "claimed": style.quantity(claimed),
                    "recomputed": style.quantity(recomputed),
                    "precision": style.quantity(Quantity(precision, claimed.unit)),
                ])
        case .notReported(let recomputed):
            return text(.verifyNotReported, ["subject": finding.subject, "recomputed": style.value(recomputed)])
        case .unsupported(let claimed, let reason):
            return text(
                .verifyUnsupported,
                [
                    "subject": finding.subject, "claimed": style.quantity(claimed),
                    "reason": reason.map { style.cause($0) } ?? "",
                ])
        case .dataQuality(let kind, let count, let first):
            let where_ = first.map { "\($0.file):\($0.line), \(span($0, window))" } ?? ""
            return text(
                .verifyDataQuality,
                ["subject": finding.subject, "kind": findingKind(kind), "count": String(count), "first": where_])
        }
    }
}

/// The JSON of `jcm verify`.
struct VerificationDocument: Encodable {
    struct Materiality: Encodable { var threshold: AmountEntry, source: String, verified: Bool }
    struct Finding: Encodable {
        var category: String, subject: String, issue: String, text: String
        var claimed: AmountEntry?, recomputed: ValueEntry?, difference: AmountEntry?
        var relative: String?, material: Bool?, location: String?
    }

    var outcome: String
    var exit_code: Int32
    var claimed_file: String
    var materiality: Materiality?
    var findings: [Finding]
    var monitoring: MonitoringDocument

    init(_ verification: Verification, _ wording: Wording) {
        let outcome = verification.outcome
        self.outcome =
            switch outcome {
            case .verified: "verified"
            case .discrepancies: "discrepancies"
            case .undetermined: "undetermined"
            }
        exit_code =
            switch outcome {
            case .verified: 0
            case .discrepancies: 1
            case .undetermined: 3
            }
        claimed_file = verification.claimed.file
        materiality = verification.materiality.map {
            Materiality(
                threshold: AmountEntry($0.threshold), source: $0.provenance.source, verified: $0.provenance.verified)
        }
        let window = verification.monitoring.window
        findings = verification.findings.map { finding in
            var entry = Finding(
                category: finding.category.rawValue, subject: finding.subject, issue: "",
                text: wording.issue(finding, window),
                location: finding.location?.description)
            switch finding.issue {
            case .differs(let claimed, let recomputed, let difference, let relative, let material):
                entry.issue = "differs"
                entry.claimed = AmountEntry(claimed)
                entry.recomputed = ValueEntry(.quantity(recomputed))
                entry.difference = AmountEntry(difference)
                entry.relative = relative.map { DecimalText.plain($0) }
                entry.material = material
            case .rounded(let claimed, let recomputed, _):
                entry.issue = "rounded"
                entry.claimed = AmountEntry(claimed)
                entry.recomputed = ValueEntry(.quantity(recomputed))
            case .notReported(let recomputed):
                entry.issue = "not_reported"
                entry.recomputed = ValueEntry(recomputed)
            case .unsupported(let claimed, _):
                entry.issue = "unsupported"
                entry.claimed = AmountEntry(claimed)
            case .dataQuality(let kind, _, _):
                entry.issue = kind.rawValue
            }
            return entry
        }
        monitoring = MonitoringDocument(verification.monitoring, wording)
    }
}
