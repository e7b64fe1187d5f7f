internal import CLibXML2

/// Receives libxml2's structured errors for the duration of one call.
final class LibXMLErrorCollector {
    private(set) var errors: [LibXMLError] = []

    /// Errors and fatal errors; libxml2 warnings do not make a document invalid.
    var failures: [LibXMLError] {
        errors.filter { !$0.isWarning }
    }

    /// Pass as the `void *` context next to `recordLibXMLError`; valid only
    /// while the collector is alive.
    var context: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    fileprivate func record(_ error: xmlError) {
        errors.append(LibXMLError(error))
    }

    /// Runs `body` with this thread's libxml2 error hook pointing here.
    /// On libxml2 2.9 the XML parser reports only through that hook. The hook is
    /// per thread in libxml2's threaded build, so no lock is needed as long as
    /// `body` is synchronous; the previous hook is restored afterwards.
    func capturingThreadErrors<Result>(_ body: () -> Result) -> Result {
        withExtendedLifetime(self) {
            let previousHandler = __xmlStructuredError()?.pointee
            let previousContext = __xmlStructuredErrorContext()?.pointee
            xmlSetStructuredErrorFunc(context, recordLibXMLError)
            defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
            return body()
        }
    }
}

/// The C callback for `xmlSetStructuredErrorFunc` and the `…StructuredErrors` setters.
func recordLibXMLError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    Unmanaged<LibXMLErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
}
