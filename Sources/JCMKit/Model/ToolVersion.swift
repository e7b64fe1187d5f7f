/// The version recorded in every report and generated document.
public enum ToolVersion {
    public static let current = "0.1.0"
}
