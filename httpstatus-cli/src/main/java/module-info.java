/**
 * The {@code httpstatus} command: look up, search, list and check codes, explain access logs, and run the test server. Shipped as one
 * runnable jar, where this descriptor is left out; it holds the command to the registry's and the server's API.
 */
module dev.httpstatus.cli {
    requires com.fasterxml.jackson.databind;
    requires dev.httpstatus;
    requires dev.httpstatus.logs;
    requires dev.httpstatus.server;
    requires info.picocli;
    requires java.net.http;

    // picocli reads the commands' annotated fields and sets them by reflection.
    opens dev.httpstatus.cli to
            info.picocli;
}
