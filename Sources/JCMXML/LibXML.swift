internal import CLibXML2

/// The single entry point that prepares libxml2 for this process.
enum LibXML {
    private static let initialization: Void = {
        // Allocators must be in place before libxml2 allocates anything.
        LibXMLMemory.installCountingAllocators()
        xmlInitParser()
        jcm_install_local_only_loader()
    }()

    /// Idempotent and thread-safe; call before any other libxml2 function.
    /// `xmlCleanupParser()` is deliberately never called: other code in the
    /// process may still be using libxml2.
    static func initialize() {
        initialization
    }
}
