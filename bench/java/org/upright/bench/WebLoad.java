package org.upright.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run, not a JMH benchmark: {@code clients} concurrent clients (virtual threads, one shared JDK
 * HttpClient, HTTP/1.1 keep-alive) each asking the next of the home page, a dashboard, a search page and three API
 * calls in turn for {@code seconds}, over every sample document (see {@link ServedCorpus}); prints the requests, the
 * errors (any failure or status other than 200), the throughput and the latency percentiles per path and overall.
 * Run: {@code java -cp ... org.upright.bench.WebLoad [clients=50] [seconds=20] [warm-up seconds=5]}.
 */
public final class WebLoad {
    static final List<String> PATHS = List.of("/", "/countries/KAZ", "/search?q=torture", "/api/countries",
            "/api/search?q=torture", "/api/countries/KAZ/obligations");

    private WebLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (ServedCorpus served = ServedCorpus.start();
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .connectTimeout(Duration.ofSeconds(5)).build()) {
            run(http, served.base(), clients, warmUp, false);
            run(http, served.base(), clients, seconds, true);
        }
    }

    private static void run(HttpClient http, String base, int clients, int seconds, boolean report)
            throws InterruptedException {
        Map<String, List<long[]>> latencies = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int first = c;
                threads.submit(() -> {
                    Map<String, long[]> mine = new TreeMap<>();
                    Map<String, Integer> counts = new TreeMap<>();
                    for (int i = first; System.nanoTime() < end; i++) {
                        String path = PATHS.get(i % PATHS.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                                note(firstErrors, path + ": " + response.statusCode());
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            note(firstErrors, path + ": " + e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        long[] times = mine.computeIfAbsent(path, p -> new long[1 << 16]);
                        int n = counts.merge(path, 1, Integer::sum);
                        if (n <= times.length) {
                            times[n - 1] = System.nanoTime() - t0;
                        }
                    }
                    mine.forEach((path, times) -> latencies.computeIfAbsent(path, p -> java.util.Collections
                            .synchronizedList(new ArrayList<>())).add(java.util.Arrays.copyOf(times,
                            Math.min(times.length, counts.get(path)))));
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        List<Long> all = new ArrayList<>();
        System.out.printf("%n%d clients, %.1f s%n%-34s %8s %8s %8s %8s %8s %8s%n", clients, elapsed, "path",
                "requests", "p50 ms", "p90 ms", "p99 ms", "max ms", "req/s");
        for (String path : PATHS) {
            List<Long> times = new ArrayList<>();
            latencies.getOrDefault(path, List.of()).forEach(a -> {
                for (long t : a) {
                    times.add(t);
                }
            });
            all.addAll(times);
            line(path, times, elapsed);
        }
        line("all", all, elapsed);
        System.out.printf("errors: %d%s%n", errors.get(), firstErrors.isEmpty() ? "" : " " + firstErrors);
    }

    private static void note(List<String> errors, String error) {
        if (errors.size() < 5) {
            errors.add(error);
        }
    }

    private static void line(String path, List<Long> times, double elapsed) {
        times.sort(null);
        System.out.printf("%-34s %8d %8.1f %8.1f %8.1f %8.1f %8.0f%n", path, times.size(), pct(times, 50),
                pct(times, 90), pct(times, 99), times.isEmpty() ? 0 : times.getLast() / 1e6, times.size() / elapsed);
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1)) / 1e6;
    }
}
