package dev.httpstatus.cli.output;

/** The output formats of --format. */
public enum Format {
    /** For people at a terminal: coloured by class when the terminal allows it. */
    TEXT,
    /** The project's JSON shape: an object for one code asked for, an array otherwise. */
    JSON,
    /** A Markdown table, for pasting into documents and issues. */
    MARKDOWN,
    /** RFC 4180 CSV with a header row. */
    CSV,
    /** One undecorated line per code. */
    PLAIN
}
