import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Gives the answer to a request the HTTP parser refused (a request line or headers over the
/// server's limits, broken syntax) the same shape as every other error: a JSON body saying
/// what was wrong, and the security headers. The framework writes that answer as a bare 400;
/// this handler, between the codec and the server, fills it in on its way out.
final class MalformedRequestAnswer: ChannelOutboundHandler, RemovableChannelHandler, @unchecked Sendable {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    static let body = #"{"error": "the request could not be read: its line or headers are malformed or too long (at most 80 KB)", "field": null}"#

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .head(var head) = unwrapOutboundIn(data), head.status == .badRequest,
              head.headerFields[.contentLength] == "0", head.headerFields[.connection] == "close" else {
            context.write(data, promise: promise)
            return
        }
        let buffer = ByteBuffer(string: Self.body + "\n")
        head.headerFields[.contentLength] = String(buffer.readableBytes)
        head.headerFields[.contentType] = "application/json; charset=utf-8"
        SecurityHeaders.secure(&head.headerFields, path: "")
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(buffer)), promise: promise)
    }
}
