package dev.httpstatus.server.exchange;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Accept-Encoding read as RFC 9110 §12.5.3 says: codings with q-values, {@code *} and {@code identity}. */
final class AcceptEncoding {
    private static final String ANY = "*";
    private static final String IDENTITY = "identity";

    private AcceptEncoding() {}

    /** Each coding named, in lower case, with its q-value; a malformed q counts as 0, refusing rather than guessing. */
    static Map<String, Float> parse(String header) {
        Map<String, Float> weights = new HashMap<>();
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!coding.isEmpty()) {
                weights.put(coding, quality(parts));
            }
        }
        return weights;
    }

    private static float quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    float q = Float.parseFloat(parameter.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** How much {@code coding} is wanted: its own q, else that of {@code *}, else 0 (not named is not acceptable). */
    static float weight(Map<String, Float> weights, String coding) {
        return weights.getOrDefault(coding, weights.getOrDefault(ANY, 0f));
    }

    /**
     * How much the content as it is is wanted: always acceptable unless {@code identity;q=0}, or {@code *;q=0}
     * without an entry for identity, refuses it. A small weight below any named coding, so that {@code gzip;q=0.1}
     * still wins over an identity nobody asked for.
     */
    static float identityWeight(Map<String, Float> weights) {
        if (weights.containsKey(IDENTITY)) {
            return weights.get(IDENTITY);
        }
        if (weights.containsKey(ANY) && weights.get(ANY) == 0) {
            return 0;
        }
        return Float.MIN_VALUE;
    }
}
