/**
 * Access logs read for their status codes: positional parsers for the common formats and custom ones, filters, and
 * an exact tally by class, code, request and time. Needs only the registry, for the codes' meanings.
 */
module dev.httpstatus.logs {
    requires transitive dev.httpstatus;

    exports dev.httpstatus.logs;
}
