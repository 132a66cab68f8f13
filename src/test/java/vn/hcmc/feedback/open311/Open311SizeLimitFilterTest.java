package vn.hcmc.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** A POST above the request limit is refused before its body is read, with an Open311 error in its format. */
class Open311SizeLimitFilterTest {

    final Open311SizeLimitFilter filter = new Open311SizeLimitFilter(DataSize.ofBytes(10),
            new Open311Writer(new ObjectMapper()));

    @Test
    void tooLargeIsAnOpen311ErrorInThePathsFormat() throws Exception {
        MockHttpServletRequest xml = new MockHttpServletRequest("POST", "/open311/v2/requests.xml");
        xml.setContent(new byte[11]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(xml, response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("text/xml");
        assertThat(response.getContentAsString()).contains("<errors><error><code>413</code>");
        assertThat(chain.getRequest()).as("not passed on").isNull();

        MockHttpServletRequest json = new MockHttpServletRequest("POST", "/open311/v2/requests.json");
        json.setContent(new byte[11]);
        MockHttpServletResponse jsonResponse = new MockHttpServletResponse();
        filter.doFilter(json, jsonResponse, new MockFilterChain());
        assertThat(jsonResponse.getContentAsString()).startsWith("[{\"code\":413,");
    }

    @Test
    void smallPostsAndOtherPathsPass() throws Exception {
        MockHttpServletRequest small = new MockHttpServletRequest("POST", "/open311/v2/requests.json");
        small.setContent(new byte[10]);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(small, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(small);

        MockHttpServletRequest other = new MockHttpServletRequest("POST", "/api/reports");
        other.setContent(new byte[11]);
        MockFilterChain otherChain = new MockFilterChain();
        filter.doFilter(other, new MockHttpServletResponse(), otherChain);
        assertThat(otherChain.getRequest()).isSameAs(other);
    }
}
