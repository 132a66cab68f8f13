package vn.hcmc.feedback.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * A test client that shows every answer as it comes: the default client (Apache HttpClient) waits out a 429's
 * Retry-After and asks again, which hides the 429 and takes minutes.
 */
public final class NoRetryClient {

    private NoRetryClient() {
    }

    public static TestRestTemplate on(int port) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)
                .requestFactory(JdkClientHttpRequestFactory.class));
    }
}
