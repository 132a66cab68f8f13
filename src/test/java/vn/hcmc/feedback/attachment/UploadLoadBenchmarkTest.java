package vn.hcmc.feedback.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.report.ReportClient;

/**
 * The worst allowed uploads under load (issue 16, finding 8; not part of {@code ./mvnw verify}; docs/security.md):
 * {@code benchmark.uploads} (default 50) concurrent reports, each with 5 PNG photos of just under the pixel limit
 * (6,928 × 6,928 = 47.99 megapixels, a few hundred KB each, as a compressible photo can be), while a probe asks for
 * {@code /api/units} and {@code /actuator/health} every 100 ms. Prints how long the uploads took, how the probe was
 * answered meanwhile (the server must keep answering), the heap's peak (the suite's JVM: {@code -Xmx2g}) and the
 * CPU. Run alone:
 * {@code ./mvnw -B -ntp verify -Pbenchmark -Dtest=UploadLoadBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * The load runs in the server's own JVM (client threads are cheap beside the decoding).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLoadBenchmarkTest {

    static final int UPLOADS = Integer.getInteger("benchmark.uploads", 50);
    static final int SIDE = 6928;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AttachmentProperties properties;

    @Test
    void fiftyConcurrentUploadsOfTheWorstAllowedPhotosLeaveTheServerAnswering() throws Exception {
        assertThat((long) SIDE * SIDE).as("just under the limit").isLessThanOrEqualTo(properties.imageMaxPixels());
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            photos.add(worstPhoto(i));
        }
        System.out.printf(Locale.ROOT, "BENCHMARK uploads: photos %d x %d, %s bytes each%n", SIDE, SIDE,
                photos.stream().map(p -> String.valueOf(p.length)).toList());

        System.gc();
        java.util.concurrent.atomic.AtomicLong heapPeak = new java.util.concurrent.atomic.AtomicLong();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();

        AtomicBoolean loading = new AtomicBoolean(true);
        List<Long> probeMillis = Collections.synchronizedList(new ArrayList<>());
        List<String> probeFailures = Collections.synchronizedList(new ArrayList<>());
        Thread probe = new Thread(() -> {
            ReportClient client = new ReportClient(rest, jdbc);
            int i = 0;
            while (loading.get()) {
                String path = i++ % 2 == 0 ? "/api/units" : "/actuator/health";
                long t0 = System.nanoTime();
                try {
                    ResponseEntity<String> r = client.rest().getForEntity(path, String.class);
                    if (!r.getStatusCode().is2xxSuccessful()) {
                        probeFailures.add(path + " " + r.getStatusCode());
                    }
                } catch (RuntimeException e) {
                    probeFailures.add(path + " " + e);
                }
                probeMillis.add((System.nanoTime() - t0) / 1_000_000);
                heapPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "probe");

        ExecutorService clients = Executors.newFixedThreadPool(UPLOADS);
        java.time.Instant startedAt = java.time.Instant.now().minusSeconds(1);
        long started = System.nanoTime();
        probe.start();
        // one multipart body for every request, sent from the same bytes: the load costs the test's JVM ~30 MB
        String boundary = "benchmark-" + System.nanoTime();
        byte[] body = multipart(boundary, photos);
        HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();
        URI reports = URI.create("http://localhost:" + port + "/api/reports");
        List<Future<long[]>> uploads = new ArrayList<>();
        for (int u = 0; u < UPLOADS; u++) {
            uploads.add(clients.submit(() -> {
                long t0 = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(reports)
                        .timeout(java.time.Duration.ofMinutes(10))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new long[] {response.statusCode(), (System.nanoTime() - t0) / 1_000_000};
            }));
        }
        List<long[]> results = new ArrayList<>();
        for (Future<long[]> upload : uploads) {
            results.add(upload.get(30, TimeUnit.MINUTES));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        loading.set(false);
        probe.join();
        clients.shutdown();
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        long peak = heapPeak.get();

        List<Long> uploadMillis = results.stream().map(r -> r[1]).sorted().toList();
        List<Long> probes = new ArrayList<>(probeMillis);
        Collections.sort(probes);
        System.out.printf(Locale.ROOT, "BENCHMARK uploads: %d reports x 5 photos in %.1f s; statuses %s; per upload "
                        + "median %d ms, max %d ms%n", UPLOADS, seconds,
                results.stream().collect(java.util.stream.Collectors.groupingBy(r -> r[0],
                        java.util.TreeMap::new, java.util.stream.Collectors.counting())),
                uploadMillis.get(uploadMillis.size() / 2), uploadMillis.get(uploadMillis.size() - 1));
        System.out.printf(Locale.ROOT, "BENCHMARK uploads: probe %d requests, median %d ms, p99 %d ms, max %d ms, "
                        + "failures %d %s%n", probes.size(), probes.get(probes.size() / 2),
                probes.get((int) Math.min(probes.size() - 1, Math.ceil(probes.size() * 0.99) - 1)),
                probes.get(probes.size() - 1), probeFailures.size(), probeFailures.stream().limit(3).toList());
        System.out.printf(Locale.ROOT, "BENCHMARK uploads: heap used at most %.0f MB (sampled every 100 ms) of %.0f MB max; process CPU %.1f s on %d"
                        + " cores (%.0f%%)%n", peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, cpu,
                Runtime.getRuntime().availableProcessors(),
                100 * cpu / seconds / Runtime.getRuntime().availableProcessors());
        Path out = Path.of("target/benchmark/upload-load.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.format(Locale.ROOT, "uploads=%d seconds=%.1f upload_median_ms=%d "
                        + "upload_max_ms=%d probe_median_ms=%d probe_max_ms=%d probe_failures=%d heap_peak_mb=%.0f%n",
                UPLOADS, seconds, uploadMillis.get(uploadMillis.size() / 2),
                uploadMillis.get(uploadMillis.size() - 1), probes.get(probes.size() / 2),
                probes.get(probes.size() - 1), probeFailures.size(), peak / 1e6));

        assertThat(results).as("every upload stored (201) or told to come back (503 with Retry-After), none failed")
                .allSatisfy(r -> assertThat(r[0]).isIn(201L, 503L));
        assertThat(probeFailures).as("the server kept answering").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from report_attachment where public_media_type is not null "
                + "and created_at >= ?", Long.class, java.sql.Timestamp.from(startedAt)))
                .as("a public copy of every stored photo")
                .isEqualTo(results.stream().filter(r -> r[0] == 201).count() * 5);
    }

    private static byte[] multipart(String boundary, List<byte[]> photos) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String report = new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(ReportClient.report(ReportClient.marker()));
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + report + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < photos.size(); i++) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"anh-" + i
                    + ".png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(photos.get(i));
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A smooth colour field with a variation per photo: compresses like a photo of a wall, decodes at full cost. */
    private static byte[] worstPhoto(int variant) throws Exception {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                row[x] = ((x >> 5) & 0xff) << 16 | ((y >> 5) & 0xff) << 8 | ((variant * 40 + (x + y) / 64) & 0xff);
            }
            image.getRaster().setDataElements(0, y, SIDE, 1, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
