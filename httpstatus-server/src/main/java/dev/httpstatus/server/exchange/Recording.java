package dev.httpstatus.server.exchange;

import dev.httpstatus.server.script.RecordedRequest;
import io.netty.buffer.ByteBufUtil;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns an arriving request into the journal's record of it. */
final class Recording {
    private Recording() {}

    static RecordedRequest of(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : request.headers()) {
            headers.computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(header.getValue());
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        return new RecordedRequest(
                request.method().name(),
                request.path(),
                request.rawQuery(),
                Map.copyOf(headers),
                ByteBufUtil.getBytes(request.content()),
                request.protocol(),
                Instant.now(),
                System.nanoTime());
    }
}
