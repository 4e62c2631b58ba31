package dev.httpstatus.server.ops;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.ExchangeListener;
import dev.httpstatus.server.exchange.Methods;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Prometheus metrics of the server, served at {@code /metrics} in the Prometheus text format: requests by
 * code, method and protocol, a histogram of the time to answer them, and the requests in flight. None
 * keeps exemplars: they link a sample to a trace, which this server has none of, and sampling them cost a
 * few per cent of the work of a request.
 */
public final class Metrics implements ExchangeListener, Endpoint {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests = Counter.builder()
            .name("httpstatus_requests_total")
            .help("Requests answered, by status code, method and protocol")
            .labelNames("code", "method", "protocol")
            .withoutExemplars()
            .register(registry);
    private final Map<String, Map<String, CounterDataPoint[]>> counters = new ConcurrentHashMap<>();
    private final Map<String, DistributionDataPoint> latency = new ConcurrentHashMap<>();
    private final Histogram latencyByProtocol = Histogram.builder()
            .name("httpstatus_request_duration_seconds")
            .help("Time from a request's arrival to the end of its answer, delays included")
            .labelNames("protocol")
            .classicOnly()
            .classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
            .withoutExemplars()
            .register(registry);

    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    /**
     * @param inFlight how many requests are under way, read when the metrics are scraped: counted once by the
     *     server, rather than a second time here for every request
     */
    public Metrics(IntSupplier inFlight) {
        GaugeWithCallback.builder()
                .name("httpstatus_requests_in_flight")
                .help("Requests received and not yet answered, delayed ones included")
                .callback(gauge -> gauge.call(inFlight.getAsInt()))
                .register(registry);
    }

    @Override
    public void completed(Exchange exchange, int status, long bytes, Duration time) {
        String protocol = exchange.request().protocol();
        String method = Methods.isKnown(exchange.request().method())
                ? exchange.request().method().name()
                : "other";
        counter(protocol, method, status).inc();
        DistributionDataPoint histogram = latency.get(protocol);
        if (histogram == null) {
            // computeIfAbsent alone would make its function, which holds the histogram, for every request.
            histogram = latency.computeIfAbsent(protocol, latencyByProtocol::labelValues);
        }
        histogram.observe(time.toNanos() / 1e9);
    }

    /**
     * The counter of one protocol, method and status (0 for none), looked up in maps keyed by the strings the
     * request already holds: {@code labelValues} costs an array, a list and a status string for each request.
     * Methods the server does not know count as "other", so that a client cannot make labels without end.
     */
    private CounterDataPoint counter(String protocol, String method, int status) {
        CounterDataPoint[] byStatus = counters.computeIfAbsent(protocol, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(method, m -> new CounterDataPoint[HttpStatus.MAX_CODE + 1]);
        CounterDataPoint counter = byStatus[status];
        if (counter == null) {
            counter = requests.labelValues(status == 0 ? "none" : Integer.toString(status), method, protocol);
            byStatus[status] = counter;
        }
        return counter;
    }

    @Override
    public void handle(Exchange exchange) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exchange.answer(
                Responses.of(HttpResponseStatus.OK, writer.getContentType(), out.toString(StandardCharsets.UTF_8)));
    }
}
