package dev.httpstatus;

import java.util.List;

/** A minimal streaming JSON writer: enough for {@link StatusJson}, so that the core needs no library. */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder(1024);
    private boolean needsComma;

    JsonWriter beginObject() {
        separate();
        out.append('{');
        needsComma = false;
        return this;
    }

    JsonWriter endObject() {
        out.append('}');
        needsComma = true;
        return this;
    }

    JsonWriter beginArray() {
        separate();
        out.append('[');
        needsComma = false;
        return this;
    }

    JsonWriter endArray() {
        out.append(']');
        needsComma = true;
        return this;
    }

    JsonWriter name(String name) {
        separate();
        string(name);
        out.append(':');
        needsComma = false;
        return this;
    }

    JsonWriter field(String name, String value) {
        name(name);
        string(value);
        needsComma = true;
        return this;
    }

    JsonWriter field(String name, long value) {
        name(name);
        out.append(value);
        needsComma = true;
        return this;
    }

    JsonWriter field(String name, boolean value) {
        name(name);
        out.append(value);
        needsComma = true;
        return this;
    }

    JsonWriter nullField(String name) {
        name(name);
        out.append("null");
        needsComma = true;
        return this;
    }

    JsonWriter array(String name, List<String> values) {
        name(name).beginArray();
        for (String value : values) {
            separate();
            string(value);
            needsComma = true;
        }
        return endArray();
    }

    private void separate() {
        if (needsComma) {
            out.append(',');
        }
    }

    /** {@code value} as a JSON string literal. */
    static String quoted(String value) {
        JsonWriter json = new JsonWriter();
        json.string(value);
        return json.toString();
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
