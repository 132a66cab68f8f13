package vn.hcmc.feedback.open311;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.attachment.IncomingFile;

/**
 * Fetches the file a client names in {@code media_url}, to be inspected and stored like an uploaded attachment.
 * Limits: http(s) only; no loopback, private, link-local or other internal address, checked again for every
 * redirect (at most {@code maxRedirects}); {@code maxSize} bytes, whether or not a Content-Length says so;
 * {@code connectTimeout} to connect and {@code timeout} for the whole download. Any failure is a 400 (413 for a
 * file too large) and nothing is stored.
 */
@Component
class MediaFetcher {

    private static final Logger log = LoggerFactory.getLogger(MediaFetcher.class);

    private final Open311Properties.Media limits;
    private final HttpClient client;

    MediaFetcher(Open311Properties properties) {
        this.limits = properties.media();
        this.client = HttpClient.newBuilder().connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    IncomingFile fetch(String mediaUrl) {
        URI uri = parse(mediaUrl);
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        for (int hop = 0; ; hop++) {
            checkAddress(uri);
            HttpResponse<byte[]> response = get(uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                if (hop >= limits.maxRedirects()) {
                    throw fail("media_url redirects more than " + limits.maxRedirects() + " times.");
                }
                uri = parse(uri.resolve(response.headers().firstValue("Location").get()).toString());
                continue;
            }
            if (status != 200) {
                throw fail("media_url answered HTTP " + status + "; it must answer 200 with the file.");
            }
            String path = uri.getPath();
            String name = path == null || path.isEmpty() || path.endsWith("/") ? "media"
                    : path.substring(path.lastIndexOf('/') + 1);
            return new IncomingFile(name, response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        }
    }

    private HttpResponse<byte[]> get(URI uri, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw fail("media_url did not answer within " + limits.timeout().toSeconds() + " s.");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(remaining))
                .header("Accept", "image/*, application/pdf, video/mp4").GET().build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::limitedBody);
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw fail("media_url did not deliver its file within " + limits.timeout().toSeconds() + " s.");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw fail("The download of media_url was interrupted.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Open311Exception open311) {
                throw open311;
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw fail("media_url did not deliver its file within " + limits.timeout().toSeconds() + " s.");
            }
            log.info("media_url {} could not be fetched: {}", uri, cause.toString());
            throw fail("media_url could not be fetched: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")") + ".");
        }
    }

    /** The body of a 200 up to the size limit; other answers' bodies are discarded. */
    private HttpResponse.BodySubscriber<byte[]> limitedBody(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long max = limits.maxSize().toBytes();
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > max) {
            return new Limited(max, true);
        }
        return new Limited(max, false);
    }

    private URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw Open311Exception.badRequest("media_url is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw Open311Exception.badRequest("media_url must be an absolute http or https URL.");
        }
        return uri;
    }

    private void checkAddress(URI uri) {
        if (limits.allowPrivateAddresses()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw fail("The host of media_url, " + uri.getHost() + ", is unknown.");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw fail("media_url must point to a public address; " + uri.getHost() + " is "
                        + address.getHostAddress() + ".");
            }
        }
    }

    static boolean isInternal(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0/8, carrier-grade NAT 100.64/10, benchmarking 198.18/15, reserved 240/4
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198 && (second == 18
                    || second == 19)) || first >= 240;
        }
        if (a instanceof Inet6Address) {
            // unique local fc00::/7
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }

    private static Open311Exception fail(String description) {
        return Open311Exception.badRequest(description);
    }

    /** Collects the body; past {@code max} bytes it cancels the download and fails with 413. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {

        private final long max;
        private final boolean tooLargeAlready;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Limited(long max, boolean tooLargeAlready) {
            this.max = max;
            this.tooLargeAlready = tooLargeAlready;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (tooLargeAlready) {
                tooLarge();
                return;
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > max) {
                    tooLarge();
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        private void tooLarge() {
            subscription.cancel();
            result.completeExceptionally(new Open311Exception(HttpStatus.PAYLOAD_TOO_LARGE,
                    "The file at media_url has more than " + max + " bytes; at most " + max + " are accepted."));
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
