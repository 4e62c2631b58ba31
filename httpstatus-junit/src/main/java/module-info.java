/**
 * The status server inside JUnit tests: {@link dev.httpstatus.junit.HttpStatusServerTest} starts one, and each test
 * gets a {@link dev.httpstatus.junit.TestStatusServer} with its scripts and the journal of what its client sent.
 */
module dev.httpstatus.junit {
    requires transitive dev.httpstatus.server;
    requires transitive org.junit.jupiter.api;

    exports dev.httpstatus.junit;
}
