import JCMDiagnostics
import JCMXML

/// jcm's own versioned XSD for the application XML, kept beside the templates.
public struct ApplicationSchema: Sendable {
    public static let fileName = "jcm-application-1.0.xsd"

    public var fingerprint: FileFingerprint
    let schema: XMLSchema

    /// Reads and compiles the schema; a broken schema is an X3 error with its line.
    public static func load(_ path: String) throws(DiagnosticError) -> ApplicationSchema {
        let (text, fingerprint) = try FileFingerprint.read(path)
        do {
            return ApplicationSchema(fingerprint: fingerprint, schema: try XMLSchema(xsd: text, name: path))
        } catch {
            throw DiagnosticError(error.diagnostics)
        }
    }

    /// X1 diagnostics when `xml` is not well-formed, X2 for each schema violation; empty when valid.
    public func validate(_ xml: String, documentName: String) -> [Diagnostic] {
        schema.validate(xml: xml, documentName: documentName)
    }
}
