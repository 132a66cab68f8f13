package vn.hcmc.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** With the production settings, media_url cannot make the server read internal addresses. */
class MediaFetcherTest {

    final MediaFetcher production = new MediaFetcher(new Open311Properties("tphcm.gov.vn", "contact",
            new Open311Properties.Media(DataSize.ofMegabytes(10), java.time.Duration.ofSeconds(2),
                    java.time.Duration.ofSeconds(5), 3, false)));

    @Test
    void internalAddressesAreRefusedBeforeAnyConnection() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int[] hits = {0};
        server.createContext("/", exchange -> {
            hits[0]++;
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            for (String url : new String[] {"http://127.0.0.1:" + port + "/a.png", "http://localhost:" + port + "/",
                    "http://[::1]:" + port + "/", "http://0.0.0.0:" + port + "/"}) {
                assertThatThrownBy(() -> production.fetch(url)).isInstanceOf(Open311Exception.class)
                        .hasMessageContaining("must point to a public address");
            }
            assertThat(hits[0]).isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void privateLinkLocalAndSharedRangesAreInternal() throws Exception {
        for (String address : new String[] {"10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "fc00::1", "fe80::1", "224.0.0.1", "240.0.0.1"}) {
            assertThat(MediaFetcher.isInternal(InetAddress.getByName(address))).as(address).isTrue();
        }
        for (String address : new String[] {"8.8.8.8", "203.113.131.1", "2001:4860:4860::8888"}) {
            assertThat(MediaFetcher.isInternal(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void onlyHttpUrlsAreFetched() {
        for (String url : new String[] {"file:///etc/passwd", "gopher://x/", "not a url", "/relative.png"}) {
            assertThatThrownBy(() -> production.fetch(url)).isInstanceOf(Open311Exception.class);
        }
    }
}
