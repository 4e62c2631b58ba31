package dev.httpstatus.server.trigger;

import dev.httpstatus.StatusJson;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The codes the server produces for their real reasons, and how to ask for each: served at
 * {@code /api/v1/triggers} and listed in the README.
 */
public final class Triggers implements Endpoint {
    private static final String ANY = "";

    /** Every trigger, in code order. */
    public static final List<Trigger> ALL = List.of(
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

    /** {@code /api/v1/triggers}: every trigger as JSON. */
    @Override
    public void handle(Exchange exchange) {
        String json = ALL.stream().map(Triggers::json).collect(Collectors.joining(",", "[", "]"));
        exchange.send(Responses.of(Responses.status(200), "application/json", json));
    }

    private static String json(Trigger t) {
        return "{\"code\":" + t.code() + ",\"method\":" + StatusJson.quote(t.method()) + ",\"target\":"
                + StatusJson.quote(t.target()) + ",\"headers\":" + StatusJson.quote(t.headers()) + ",\"why\":{\"en\":"
                + StatusJson.quote(t.why()) + ",\"zh\":" + StatusJson.quote(t.whyZh()) + "}}";
    }
}
