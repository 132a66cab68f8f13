package vn.hcmc.feedback.notification.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The city's SMS gateway over HTTP: {@code POST <url>} with {@code {"to": "0xxxxxxxxx", "text": "..."}} as JSON and,
 * if set, {@code Authorization: Bearer <token>}; any 2xx is taken as sent. Most Vietnamese SMS brandname providers
 * take such a request directly or through a small relay. 5 s to connect, 10 s to answer.
 */
public class HttpSmsGateway implements SmsSender {

    private final RestClient client;
    private final URI url;

    public HttpSmsGateway(URI url, String token) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(10));
        RestClient.Builder builder = RestClient.builder().requestFactory(requests);
        if (token != null && !token.isBlank()) {
            builder.defaultHeader("Authorization", "Bearer " + token.strip());
        }
        this.client = builder.build();
        this.url = url;
    }

    @Override
    public void send(String phone, String text) {
        try {
            client.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(Map.of("to", phone, "text", text))
                    .retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new NotSent("The SMS gateway did not take the message: " + e.getMessage(), e);
        }
    }
}
