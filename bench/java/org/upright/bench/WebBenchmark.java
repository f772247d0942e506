package org.upright.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time the server takes to answer the pages and the API over every sample document and the ratification dataset
 * (see {@link ServedCorpus}), one request at a time from a client on the same machine (loopback HTTP/1.1, keep-alive):
 * the dashboard of a State, a search page, the home page and {@code /api/countries}. Latency percentiles from JMH's
 * sample mode; every answer must be a 200.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class WebBenchmark {
    private ServedCorpus served;
    private HttpClient http;

    @Setup(Level.Trial)
    public void start() throws IOException {
        served = ServedCorpus.start();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        http.close();
        served.close();
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(served.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode());
        }
        return response.body();
    }

    @Benchmark
    public String dashboard() throws IOException, InterruptedException {
        return get("/countries/KAZ");
    }

    @Benchmark
    public String searchPage() throws IOException, InterruptedException {
        return get("/search?q=torture");
    }

    @Benchmark
    public String home() throws IOException, InterruptedException {
        return get("/");
    }

    @Benchmark
    public String apiCountries() throws IOException, InterruptedException {
        return get("/api/countries");
    }
}
