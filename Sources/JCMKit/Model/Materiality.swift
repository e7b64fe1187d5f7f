import JCMRules
import JCMUnits

/// The share by which a reported figure may differ from the recomputed one before a verifier
/// counts the difference as material, with where the threshold comes from.
public struct Materiality: Sendable {
    public var threshold: Quantity
    public var provenance: Provenance
}
