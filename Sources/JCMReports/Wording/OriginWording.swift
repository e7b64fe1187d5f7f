import JCMDiagnostics
import JCMKit
import JCMRules

extension Wording {
    /// Where a trace input comes from, for a terminal: `project path/project.yaml:80:13`,
    /// `methodology default: <source> (vintage 2023)`, `equation RE_p`; marked when unverified.
    public func origin(_ origin: Origin?) -> String {
        guard let origin else { return text(.originNotGiven) }
        let described: String
        switch origin {
        case .project(let path, let location):
            described = location.map { text(.originProject, ["location": $0.description]) } ?? text(.originProjectField, ["path": path.description])
        case .formatDefault(let path, let value):
            described = text(.originFormatDefault, ["path": path.description, "value": ruleStyle.value(value)])
        default:
            described = ruleOrigin(origin)
        }
        return origin.verified ? described : text(.originUnverified, ["origin": described])
    }

    /// The same for a document: a project value is named by its file and line only, so a
    /// document reads the same wherever the project lies.
    public func documentOrigin(_ origin: Origin?) -> String {
        switch origin {
        case .project(let path, let location):
            return location.map { text(.documentOriginProject, ["place": $0.place]) } ?? text(.documentOriginProjectField, ["path": path.description])
        case .formatDefault(let path, let value):
            return text(.documentOriginFormatDefault, ["path": path.description, "value": style.value(value)])
        case .some(let origin):
            return ruleOrigin(origin)
        case nil:
            return text(.originNotGiven)
        }
    }

    private func ruleOrigin(_ origin: Origin) -> String {
        switch origin {
        case .methodologyDefault(_, let provenance, let vintage):
            return text(.originMethodologyDefault, ["detail": detail(provenance, vintage: vintage)])
        case .programmeValue(_, let provenance, let vintage):
            return text(.originProgrammeValue, ["detail": detail(provenance, vintage: vintage)])
        case .methodology(let reference):
            return text(.originMethodology, ["reference": reference])
        case .equation(let symbol, _):
            return text(.originEquation, ["symbol": symbol])
        case .meterData(let meter, let location, _):
            return text(.originMeterData, ["meter": meter, "place": location?.place ?? "-"])
        case .table(let lookup, let source):
            return text(.originTable, ["table": lookup.table, "used": used(lookup.used), "source": documentOrigin(source)])
        case .project, .formatDefault:
            return documentOrigin(origin)
        }
    }

    /// The row or points of a table that gave a value.
    private func used(_ used: TableLookup.Used) -> String {
        switch used {
        case .row(let from, let below):
            below.map { text(.tableRow, ["from": style.quantity(from), "below": style.quantity($0)]) }
                ?? text(.tableRowOpen, ["from": style.quantity(from)])
        case .point(let at): text(.tablePoint, ["at": style.quantity(at)])
        case .between(let x0, let y0, let x1, let y1):
            text(.tableBetween, ["low": style.quantity(x0), "lowValue": style.quantity(y0),
                                 "high": style.quantity(x1), "highValue": style.quantity(y1)])
        }
    }

    /// `<source> (vintage 2023; <note>)`
    public func detail(_ provenance: Provenance, vintage: String?) -> String {
        let extras = [vintage.map { text(.sourceVintage, ["vintage": $0]) }, provenance.note.map { localized($0).text }].compactMap { $0 }
        guard !extras.isEmpty else { return provenance.source }
        return text(.sourceWithExtras, ["source": provenance.source, "extras": extras.joined(separator: text(.sourceExtrasSeparator))])
    }

    /// One unverified value or rule, as a list entry: `support_rate_first = 50 % (<source>)`.
    public func unverified(_ input: UnverifiedInput) -> String {
        switch input.subject {
        case .value(let name, let value, let origin):
            let detail: String
            switch origin {
            case .methodologyDefault(_, let provenance, let vintage), .programmeValue(_, let provenance, let vintage):
                detail = self.detail(provenance, vintage: vintage)
            default:
                detail = documentOrigin(origin)
            }
            return text(.unverifiedValue, ["name": name, "value": ruleStyle.value(value), "detail": detail])
        case .roundingRule(_, let provenance):
            return text(.unverifiedRoundingRule, ["source": provenance.source])
        }
    }
}

extension SourceLocation {
    /// `project.yaml:63:13`: the file name without folders.
    public var place: String { "\(file.split(separator: "/").last.map(String.init) ?? file):\(line):\(column)" }
}
