package dev.httpstatus.server.exchange;

import java.util.List;
import java.util.Locale;

/** The kinds of content the server writes, and the choice among them by a request's Accept header. */
public enum MediaType {
    TEXT("text/plain; charset=utf-8", "text", "plain"),
    JSON("application/json", "application", "json"),
    HTML("text/html; charset=utf-8", "text", "html");

    private final String contentType;
    private final String type;
    private final String subtype;

    MediaType(String contentType, String type, String subtype) {
        this.contentType = contentType;
        this.type = type;
        this.subtype = subtype;
    }

    /** The Content-Type of content of this kind. */
    public String contentType() {
        return contentType;
    }

    /**
     * The offered type the Accept header prefers (highest q, then the order of {@code offered}); the first
     * offered when the header is absent, empty, malformed or accepts none of them.
     */
    public static MediaType negotiate(String accept, List<MediaType> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        MediaType best = offered.get(0);
        double bestQuality = 0;
        for (MediaType candidate : offered) {
            double quality = candidate.quality(accept);
            if (quality > bestQuality) {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    /** Whether {@code accept} (absent or blank: anything) takes this type with a q above zero. */
    public boolean isAcceptable(String accept) {
        return accept == null || accept.isBlank() || quality(accept) > 0;
    }

    /** How much {@code accept} wants this type: the q of its most specific matching range, 0 if none. */
    private double quality(String accept) {
        double quality = 0;
        int specificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String[] typeAndSub = parts[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
            if (typeAndSub.length != 2) {
                continue;
            }
            int matched = matches(typeAndSub[0], typeAndSub[1]);
            if (matched > specificity) {
                specificity = matched;
                quality = q(parts);
            }
        }
        return specificity < 0 ? 0 : quality;
    }

    private int matches(String rangeType, String rangeSubtype) {
        if (rangeType.equals("*") && rangeSubtype.equals("*")) {
            return 0;
        }
        if (rangeType.equals(type) && rangeSubtype.equals("*")) {
            return 1;
        }
        return rangeType.equals(type) && rangeSubtype.equals(subtype) ? 2 : -1;
    }

    private static double q(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String[] pair = parameters[i].strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("q")) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(pair[1].strip())));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
