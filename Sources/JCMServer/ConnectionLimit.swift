import Hummingbird
import HummingbirdCore
import NIOCore
import Synchronization

/// Bounds what clients can hold: a connection idle for 30 s is closed (a request that stops
/// half-way, a body that never comes), and beyond 64 connections open at once a new one is
/// closed as soon as it opens. A browser opens six at most.
public enum ConnectionLimit {
    public static let maximumConnections = 64
    public static let idleTimeout = TimeAmount.seconds(30)

    /// The HTTP/1 server of `jcm serve` with these bounds.
    public static func server() -> HTTPServerBuilder {
        let open = OpenConnections()
        return .http1(configuration: .init(additionalChannelHandlers: [Counter(open: open)], idleTimeout: idleTimeout))
    }

    final class OpenConnections: Sendable {
        let count = Mutex(0)
    }

    /// Counts the connection while it is open and closes it when there are too many.
    final class Counter: ChannelInboundHandler, RemovableChannelHandler, Sendable {
        typealias InboundIn = NIOAny
        let open: OpenConnections

        init(open: OpenConnections) { self.open = open }

        func handlerAdded(context: ChannelHandlerContext) {
            let count = open.count.withLock { count -> Int in
                count += 1
                return count
            }
            if count > ConnectionLimit.maximumConnections { context.close(promise: nil) }
        }

        func handlerRemoved(context: ChannelHandlerContext) {
            open.count.withLock { $0 -= 1 }
        }
    }
}
