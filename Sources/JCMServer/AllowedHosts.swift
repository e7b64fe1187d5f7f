import Synchronization

/// The `Host` values the server answers to: its loopback address and port (known once bound),
/// as `127.0.0.1:PORT`, `localhost:PORT` or `[::1]:PORT`. A request for any other name is
/// refused, so that a web page cannot reach the server by pointing its own domain name at
/// 127.0.0.1 (DNS rebinding).
public final class AllowedHosts: Sendable {
    private let hosts: Mutex<Set<String>>

    public init(_ hosts: Set<String> = []) { self.hosts = Mutex(hosts) }

    /// Allows the loopback names with the port the server was bound to.
    public func allow(port: Int) {
        hosts.withLock { $0.formUnion(["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"]) }
    }

    public func contains(_ host: String?) -> Bool {
        guard let host else { return false }
        return hosts.withLock { $0.contains(host.lowercased()) }
    }
}
