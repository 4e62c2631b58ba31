package dev.httpstatus.server.trigger;

import dev.httpstatus.StatusJson;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The codes the server produces for their real reasons, and how to ask for each; and the registered codes it
 * does not produce, with the reason. Served at {@code /api/v1/triggers} (a code without a trigger has a null
 * method and target) and listed in the README.
 */
public final class Triggers implements Endpoint {
    private static final String ANY = "";

    /** Every trigger, in code order. */
    public static final List<Trigger> ALL = sorted(
            new Trigger(
                    408,
                    "GET",
                    "/anything (a head that stops halfway)",
                    ANY,
                    "the request head did not arrive within the head time-out (10 s by default)",
                    "请求头没有在请求头超时时间内到达（默认 10 秒）"),
            new Trigger(404, "GET", "/resources/999", ANY, "the collection has no such item", "集合中没有这个条目"),
            new Trigger(
                    103,
                    "GET",
                    "/early-hints",
                    ANY,
                    "the page's server names the style sheet and script it will need before the page is ready",
                    "服务器在页面准备好之前先告知将用到的样式表和脚本"),
            new Trigger(
                    207,
                    "PROPFIND",
                    "/dav/",
                    "Depth: 1",
                    "a WebDAV collection lists a status per resource, a missing property included",
                    "WebDAV 集合为每个资源列出状态，包括缺失的属性"),
            new Trigger(
                    300,
                    "GET",
                    "/negotiate",
                    ANY,
                    "two variants are equally acceptable, so the client must choose; Link lists them",
                    "两个变体同样可接受，需要客户端选择；Link 列出了它们"),
            new Trigger(
                    411,
                    "POST",
                    "/resources",
                    "Transfer-Encoding: chunked",
                    "the collection needs a Content-Length to accept an item",
                    "该集合要求提供 Content-Length 才接受条目"),
            new Trigger(
                    426,
                    "GET",
                    "/websocket/echo",
                    ANY,
                    "the endpoint only speaks WebSocket; Upgrade says which protocol to switch to",
                    "该端点只使用 WebSocket；Upgrade 头说明应切换到的协议"),
            new Trigger(
                    507,
                    "POST",
                    "/resources",
                    "Content-Type: application/json",
                    "the collection already holds its 1000 items",
                    "集合已经存满 1000 个条目"),
            new Trigger(
                    100,
                    "POST",
                    "/anything",
                    "Expect: 100-continue",
                    "the client asks before sending its body, and the body is within the limit",
                    "客户端在发送正文前先询问，且正文大小在限制以内"),
            new Trigger(
                    101,
                    "GET",
                    "/websocket/echo",
                    "Upgrade: websocket",
                    "a WebSocket handshake switches the connection to the WebSocket protocol",
                    "WebSocket 握手把连接切换到 WebSocket 协议"),
            new Trigger(200, "GET", "/anything", ANY, "the request succeeded; the body echoes it", "请求成功；响应正文原样回显请求"),
            new Trigger(
                    201,
                    "POST",
                    "/resources",
                    "Content-Type: application/json",
                    "a POST with {\"name\":\"tea\"} created an item; Location points to it",
                    "POST {\"name\":\"tea\"} 创建了一个条目；Location 指向它"),
            new Trigger(
                    202,
                    "POST",
                    "/jobs",
                    ANY,
                    "the job is accepted and runs on; Location is its status monitor",
                    "任务已受理并继续运行；Location 是它的状态监视地址"),
            new Trigger(
                    204,
                    "DELETE",
                    "/resources/1",
                    ANY,
                    "the item is deleted and there is nothing more to say",
                    "条目已删除，没有更多内容可返回"),
            new Trigger(
                    206,
                    "GET",
                    "/range/100",
                    "Range: bytes=0-9",
                    "the client asked for the first ten bytes (bytes=0-9,20-29 gives multipart/byteranges)",
                    "客户端请求前十个字节（bytes=0-9,20-29 返回 multipart/byteranges）"),
            new Trigger(
                    301,
                    "GET",
                    "/redirect-to?url=/status/200&status=301",
                    ANY,
                    "the resource moved for good; clients may turn POST into GET",
                    "资源已永久迁移；客户端可能把 POST 改为 GET"),
            new Trigger(
                    302,
                    "GET",
                    "/redirect/3",
                    ANY,
                    "a chain of three temporary redirects ending at /status/200",
                    "三次临时重定向组成的链，终点是 /status/200"),
            new Trigger(
                    303,
                    "POST",
                    "/redirect-to?url=/anything&status=303",
                    ANY,
                    "after a POST the answer is elsewhere, fetched with GET",
                    "POST 之后到别处用 GET 获取结果"),
            new Trigger(
                    304,
                    "GET",
                    "/cache",
                    "If-None-Match: \"httpstatus-cache-v1\"",
                    "the client's cached copy still matches the ETag",
                    "客户端缓存的副本仍与 ETag 匹配"),
            new Trigger(
                    307,
                    "POST",
                    "/redirect-to?url=/anything&status=307",
                    ANY,
                    "a temporary redirect that keeps the method and body; /anything shows what arrived",
                    "保持方法和正文的临时重定向；/anything 显示实际收到的请求"),
            new Trigger(
                    308,
                    "PUT",
                    "/redirect-to?url=/anything&status=308",
                    ANY,
                    "a permanent redirect that keeps the method and body",
                    "保持方法和正文的永久重定向"),
            new Trigger(
                    400,
                    "POST",
                    "/anything/json",
                    "Content-Type: application/json",
                    "the JSON content is malformed (send {\"name\":)",
                    "JSON 内容格式错误（发送 {\"name\":）"),
            new Trigger(
                    401,
                    "GET",
                    "/basic-auth/alice/secret",
                    ANY,
                    "no credentials: the answer carries a Basic challenge",
                    "没有凭据：响应带有 Basic 质询"),
            new Trigger(
                    403,
                    "GET",
                    "/bearer?scope=admin",
                    "Authorization: Bearer reader",
                    "the token is valid but lacks the admin scope",
                    "令牌有效，但缺少 admin 权限范围"),
            new Trigger(
                    405,
                    "DELETE",
                    "/cache",
                    ANY,
                    "/cache can only be read; Allow says how",
                    "/cache 只能读取；Allow 头列出允许的方法"),
            new Trigger(
                    406,
                    "GET",
                    "/anything/json",
                    "Accept: text/html",
                    "the resource exists only as JSON and the client accepts none",
                    "资源只有 JSON 表示，而客户端不接受 JSON"),
            new Trigger(
                    409,
                    "PUT",
                    "/resources/2",
                    "If-Match: \"2-v1\"",
                    "the new name is already taken by another item",
                    "新名称已被另一个条目使用"),
            new Trigger(
                    410,
                    "GET",
                    "/resources/1",
                    ANY,
                    "the item was deleted (after the DELETE above)",
                    "该条目已被删除（在上面的 DELETE 之后）"),
            new Trigger(
                    412,
                    "GET",
                    "/etag/v2",
                    "If-Match: \"v1\"",
                    "the client's precondition names an old version",
                    "客户端的前提条件指向旧版本"),
            new Trigger(
                    413,
                    "POST",
                    "/anything",
                    "Content-Length: 20000000",
                    "the content is over the body limit (10 MiB by default)",
                    "内容超出正文大小限制（默认 10 MiB）"),
            new Trigger(
                    414,
                    "GET",
                    "/anything?q=<9000 characters>",
                    ANY,
                    "the request target is over the limit (8 KiB by default)",
                    "请求目标超出长度限制（默认 8 KiB）"),
            new Trigger(
                    415,
                    "POST",
                    "/anything/json",
                    "Content-Type: text/plain",
                    "the resource takes JSON only",
                    "该资源只接受 JSON"),
            new Trigger(
                    416,
                    "GET",
                    "/range/100",
                    "Range: bytes=200-300",
                    "no asked range lies within the 100 bytes; Content-Range: bytes */100",
                    "请求的范围都不在这 100 个字节之内；Content-Range: bytes */100"),
            new Trigger(
                    417,
                    "POST",
                    "/anything",
                    "Expect: teapot",
                    "the server cannot meet an unknown expectation",
                    "服务器无法满足未知的期望"),
            new Trigger(
                    422,
                    "POST",
                    "/anything/json",
                    "Content-Type: application/json",
                    "well-formed JSON without the required \"name\" (send {})",
                    "JSON 格式正确但缺少必需的 \"name\"（发送 {}）"),
            new Trigger(
                    423,
                    "PUT",
                    "/resources/2",
                    "If-Match: \"2-v1\"",
                    "the item was locked with POST /resources/2/lock",
                    "该条目已通过 POST /resources/2/lock 锁定"),
            new Trigger(
                    428,
                    "PUT",
                    "/resources/2",
                    ANY,
                    "an update without If-Match could overwrite someone else's change",
                    "不带 If-Match 的更新可能覆盖他人的修改"),
            new Trigger(
                    429,
                    "GET",
                    "/limited",
                    ANY,
                    "the sixth request within ten seconds; Retry-After and RateLimit headers say when to return",
                    "十秒内的第六个请求；Retry-After 和 RateLimit 头说明何时再来"),
            new Trigger(
                    431,
                    "GET",
                    "/anything",
                    "X-Big: <17000 characters>",
                    "the header section is over the limit (16 KiB by default)",
                    "请求头超出大小限制（默认 16 KiB）"),
            new Trigger(
                    451,
                    "GET",
                    "/blocked",
                    ANY,
                    "withheld because of a legal demand; Link rel=\"blocked-by\" names who blocks it",
                    "因法律要求而屏蔽；Link rel=\"blocked-by\" 指明屏蔽方"),
            new Trigger(
                    500,
                    "GET",
                    "/error",
                    ANY,
                    "the endpoint throws an exception; no stack trace reaches the client",
                    "端点抛出异常；堆栈信息不会返回给客户端"),
            new Trigger(501, "BREW", "/anything", ANY, "the server does not know the method", "服务器不认识该请求方法"),
            new Trigger(
                    502,
                    "GET",
                    "/proxy/dead",
                    ANY,
                    "the gateway cannot reach its upstream on loopback",
                    "网关无法连接本机上的上游服务器"),
            new Trigger(
                    503,
                    "GET",
                    "/maintenance",
                    ANY,
                    "after POST /maintenance/on the service is down for maintenance, with Retry-After",
                    "POST /maintenance/on 之后服务停机维护，并带有 Retry-After"),
            new Trigger(
                    504,
                    "GET",
                    "/proxy/slow",
                    ANY,
                    "the upstream does not answer within the gateway's one second",
                    "上游没有在网关等待的一秒内响应"),
            new Trigger(
                    505,
                    "GET",
                    "/ (request line ending HTTP/3.0)",
                    ANY,
                    "the request's major HTTP version is not supported",
                    "不支持请求所用的 HTTP 主版本"));

    /** The registered codes the server does not produce for a real reason, and why. */
    public static final List<Untriggered> UNTRIGGERED = List.of(
            new Untriggered(
                    102,
                    "the server answers well within the time a client waits, so it never needs to say it "
                            + "is still working",
                    "服务器总能在客户端等待的时间内作答，从不需要声明仍在处理"),
            new Untriggered(
                    104,
                    "a temporary registration for a resumable-upload draft the server does not implement",
                    "为服务器未实现的可续传上传草案所做的临时注册"),
            new Untriggered(
                    203,
                    "only a transforming proxy sends it; this server is an origin server",
                    "只有会改写内容的代理才发送它；本服务器是源服务器"),
            new Untriggered(
                    205,
                    "an application tells a browser to reset the form it sent; there is no such " + "application here",
                    "由应用告诉浏览器重置已提交的表单；这里没有这样的应用"),
            new Untriggered(
                    208,
                    "needs WebDAV bindings (RFC 5842), which the server does not implement",
                    "需要 WebDAV 绑定（RFC 5842），服务器未实现"),
            new Untriggered(
                    226,
                    "needs delta encoding (RFC 3229), which the server does not implement",
                    "需要增量编码（RFC 3229），服务器未实现"),
            new Untriggered(
                    305,
                    "deprecated: clients must not follow it, so no honest server sends it",
                    "已弃用：客户端不得遵循，诚实的服务器不会发送"),
            new Untriggered(306, "unused: reserved without a meaning", "未使用：保留且没有含义"),
            new Untriggered(402, "reserved for future use; no standard says when it applies", "保留供将来使用；没有标准规定何时适用"),
            new Untriggered(
                    407,
                    "only a proxy asks clients to authenticate to it; this server is not a proxy",
                    "只有代理才要求客户端向其认证；本服务器不是代理"),
            new Untriggered(418, "unused: the teapot joke has no real reason", "未使用：茶壶玩笑没有真实的原因"),
            new Untriggered(
                    421, "needs a server answering for several hosts on reused connections", "需要在复用连接上为多个主机服务的服务器"),
            new Untriggered(
                    424,
                    "needs WebDAV methods whose actions depend on each other, not implemented",
                    "需要动作相互依赖的 WebDAV 方法，未实现"),
            new Untriggered(
                    425, "needs TLS 1.3 early data, which the server does not accept", "需要 TLS 1.3 早期数据，服务器不接受"),
            new Untriggered(
                    506, "needs transparent content negotiation (RFC 2295), not implemented", "需要透明内容协商（RFC 2295），未实现"),
            new Untriggered(
                    508,
                    "needs WebDAV bindings that can form loops (RFC 5842), not implemented",
                    "需要可能形成循环的 WebDAV 绑定（RFC 5842），未实现"),
            new Untriggered(510, "obsoleted: the extension framework it belongs to is historic", "已废弃：它所属的扩展框架已成为历史文档"),
            new Untriggered(
                    511,
                    "only an intercepting network (a captive portal) sends it, never an origin server",
                    "只有拦截式网络（强制门户）才会发送，源服务器从不发送"));

    /** A registered code without a trigger, and why. */
    public record Untriggered(int code, String why, String whyZh) {}

    private static List<Trigger> sorted(Trigger... triggers) {
        return java.util.Arrays.stream(triggers)
                .sorted(java.util.Comparator.comparingInt(Trigger::code))
                .toList();
    }

    /** {@code /api/v1/triggers}: every trigger as JSON. */
    @Override
    public void handle(Exchange exchange) {
        String json = java.util.stream.Stream.concat(
                        ALL.stream().map(Triggers::json),
                        UNTRIGGERED.stream()
                                .map(u -> "{\"code\":" + u.code()
                                        + ",\"method\":null,\"target\":null,\"headers\":\"\",\"why\":{\"en\":"
                                        + StatusJson.quote(u.why()) + ",\"zh\":" + StatusJson.quote(u.whyZh()) + "}}"))
                .collect(Collectors.joining(",", "[", "]"));
        exchange.answer(Responses.of(Responses.status(200), "application/json", json));
    }

    private static String json(Trigger t) {
        return "{\"code\":" + t.code() + ",\"method\":" + StatusJson.quote(t.method()) + ",\"target\":"
                + StatusJson.quote(t.target()) + ",\"headers\":" + StatusJson.quote(t.headers()) + ",\"why\":{\"en\":"
                + StatusJson.quote(t.why()) + ",\"zh\":" + StatusJson.quote(t.whyZh()) + "}}";
    }
}
