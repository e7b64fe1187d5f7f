import Foundation
import JCMKit

/// `manifest.json`: which tool made the documents, from which inputs and templates, and the
/// SHA-256 of every document, so that anyone can check a document set against its sources.
public struct Manifest: Codable, Sendable, Equatable {
    public static let fileName = "manifest.json"
    public static let formatName = "jcm-manifest/1"

    public struct Tool: Codable, Sendable, Equatable {
        public var name: String
        public var version: String
    }

    public struct Input: Codable, Sendable, Equatable {
        public var id: String
        public var version: String?
        public var fiscalYear: String?
        public var file: String
        public var sha256: String

        enum CodingKeys: String, CodingKey {
            case id, version, file, sha256
            case fiscalYear = "fiscal_year"
        }
    }

    public struct Document: Codable, Sendable, Equatable {
        public var file: String
        public var sha256: String
        public var template: String
    }

    /// The documents' language, and for a translation its review status and every data-file
    /// text shown in English for want of a translation.
    public struct Language: Codable, Sendable, Equatable {
        public var code: String
        /// The review status of the wording's translation.
        public var translation: String?
        public var wording: FileFingerprint
        /// The review status each data file gives its translations into this language.
        public var dataTranslations: [String: String]?
        public var untranslated: [String]?

        enum CodingKeys: String, CodingKey {
            case code, translation, wording, untranslated
            case dataTranslations = "data_translations"
        }
    }

    /// How the Word documents were made, when they were: the same pandoc and reference document
    /// give the same bytes.
    public struct Word: Codable, Sendable, Equatable {
        public var converter: String
        public var reference: FileFingerprint
    }

    public var format: String
    public var tool: Tool
    public var date: String?
    public var language: Language
    public var project: Input
    public var methodology: Input?
    public var programme: Input?
    public var templates: [FileFingerprint]
    public var schema: FileFingerprint?
    public var documents: [Document]
    public var word: Word?
    /// For a monitoring report: the period and the meter data files it was computed from.
    public var monitoringPeriod: String?
    public var meterData: [FileFingerprint]?

    enum CodingKeys: String, CodingKey {
        case format, tool, date, language, project, methodology, programme, templates, schema, documents, word
        case monitoringPeriod = "monitoring_period"
        case meterData = "meter_data"
    }

    /// Stable JSON: sorted keys, two-space indentation, a final newline.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and arrays cannot fail.
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension Manifest {
    init(_ inputs: DocumentInputs, documents: [Document], untranslated: [String], word: Word? = nil) {
        let loaded = inputs.assessment.loaded, fingerprints = inputs.fingerprints
        format = Self.formatName
        tool = Tool(name: "jcm", version: ToolVersion.current)
        date = inputs.date?.description
        let wording = inputs.wording
        var data: [String: String] = [:]
        if wording.isTranslation {
            let files = [(fingerprints.methodology, loaded.methodology?.translations), (fingerprints.programme, loaded.programme?.translations)]
            for case let (fingerprint?, translations?) in files {
                data[fingerprint.file] = translations[wording.language]?.review.rawValue ?? "none"
            }
        }
        language = Language(code: wording.language, translation: wording.translation?.review.rawValue, wording: fingerprints.wording,
                            dataTranslations: data.isEmpty ? nil : data, untranslated: untranslated.isEmpty ? nil : untranslated)
        project = Input(id: loaded.project.id, file: fingerprints.project.file, sha256: fingerprints.project.sha256)
        if let methodology = loaded.methodology, let fingerprint = fingerprints.methodology {
            self.methodology = Input(id: methodology.id, version: methodology.version, file: fingerprint.file, sha256: fingerprint.sha256)
        }
        if let programme = loaded.programme, let fingerprint = fingerprints.programme {
            self.programme = Input(id: programme.id, fiscalYear: programme.fiscalYear, file: fingerprint.file, sha256: fingerprint.sha256)
        }
        templates = fingerprints.templates
        schema = fingerprints.schema
        self.documents = documents
        self.word = word
        meterData = fingerprints.meterData.isEmpty ? nil : fingerprints.meterData
    }
}
