package dev.httpstatus.cli.output;

/** The command's words in the chosen language, looked up by key. */
@FunctionalInterface
public interface Labels {
    /** The text under {@code key} with {@code args} filled in. */
    String get(String key, Object... args);
}
