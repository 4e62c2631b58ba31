package dev.httpstatus.server.trigger;

/**
 * A request that makes the server answer a code for its real reason, as a real server would.
 *
 * @param code the status code it produces
 * @param method the request method
 * @param target the path and query to request
 * @param headers request headers the trigger needs, as "Name: value" lines, empty when none
 * @param why why the code follows, in English
 * @param whyZh the same in Simplified Chinese
 */
public record Trigger(int code, String method, String target, String headers, String why, String whyZh) {}
