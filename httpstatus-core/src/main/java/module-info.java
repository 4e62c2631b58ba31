/**
 * Every HTTP status code: the IANA registry with the facts of RFC 9110, the unofficial codes in common
 * use, and explanations in English and Simplified Chinese. No dependencies.
 */
module dev.httpstatus {
    exports dev.httpstatus;
}
